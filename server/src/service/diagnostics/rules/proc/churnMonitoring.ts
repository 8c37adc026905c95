import { churnState } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { churnSidesIn, t } from './util';

/** `monitoring` is normal for 60 s after LACP (re)starts; seen again and again it means a port that keeps restarting. */
export const churnMonitoring: Rule<ProcRuleContext> = {
  code: 'proc.churn-monitoring',
  severity: 'info',
  title: t('LACP churn machine still monitoring', 'LACP 抖动状态机仍在监测'),
  doc: {
    description: churnState('monitoring')!.meaning,
    bad: 'Actor Churn State: monitoring',
    good: 'Actor Churn State: none',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      for (const { side, state } of churnSidesIn(port, 'monitoring')) {
        report({
          range: valueRange(state),
          message: t(
            `${port.name}: ${side.en} churn state is monitoring: LACP on this port (re)started less than 60 s before the dump, or keeps restarting.`,
            `${port.name}：${side.zh}抖动状态为 monitoring：该端口的 LACP 在抓取前 60 秒内（重新）开始，或在反复重启。`,
          ),
        });
      }
    }
  },
};
