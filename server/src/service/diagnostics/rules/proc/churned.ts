import { churnState, portStateSynced } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { churnSidesIn, t } from './util';

const CHURNED = churnState('churned')!;

/**
 * A churned side did not reach synchronization within 60 s. The kernel sets the state once, when the churn timer runs
 * out, and keeps it until LACP restarts on the port, so the finding stands only while that side's port state does not
 * show it in sync now.
 */
export const churned: Rule<ProcRuleContext> = {
  code: 'proc.churned',
  severity: 'warning',
  title: t('LACP churn: a port did not reach synchronization', 'LACP 抖动：端口未能达到同步'),
  doc: {
    description: t(
      `${CHURNED.meaning.en} A churned side is reported while its port state does not show Synchronization, Collecting and Distributing, or when the dump has no port state. ${CHURNED.causes!.en}`,
      `${CHURNED.meaning.zh}当该侧的 port state 未显示 Synchronization、Collecting 和 Distributing，或输出中没有 port state 时，才报告 churned 的一侧。${CHURNED.causes!.zh}`,
    ),
    bad: 'Actor Churn State: churned',
    good: 'Actor Churn State: none',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      for (const { side, state, count, portState } of churnSidesIn(port, 'churned')) {
        if (portState !== undefined && portStateSynced(portState)) continue;
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
