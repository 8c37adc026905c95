import { churnState } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { churnSidesIn, t } from './util';

const CHURNED = churnState('churned')!;

/** A churned side never reached synchronization: the port does not aggregate. */
export const churned: Rule<ProcRuleContext> = {
  code: 'proc.churned',
  target: 'proc',
  severity: 'warning',
  title: t('LACP churn: a port did not reach synchronization', 'LACP 抖动：端口未能达到同步'),
  doc: {
    description: { en: `${CHURNED.meaning.en} ${CHURNED.causes!.en}`, zh: `${CHURNED.meaning.zh}${CHURNED.causes!.zh}` },
    bad: 'Actor Churn State: churned',
    good: 'Actor Churn State: none',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      for (const { side, state, count } of churnSidesIn(port, 'churned')) {
        const times = count !== undefined ? t(` (churned count ${count})`, `（累计 ${count} 次）`) : t('', '');
        report({
          range: valueRange(state),
          message: t(
            `${port.name}: ${side.en} churned${times.en}: the ${side.en} side did not reach synchronization within 60 s.`,
            `${port.name}：${side.zh}处于 churned 状态${times.zh}：${side.zh}在 60 秒内未能达到同步。`,
          ),
        });
      }
    }
  },
};
