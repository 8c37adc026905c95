import { churnState } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

const SIDES = [
  { id: 'slave.actorChurnState', en: 'actor', zh: '本端' },
  { id: 'slave.partnerChurnState', en: 'partner', zh: '对端' },
] as const;

function churnRule(code: string, state: 'churned' | 'monitoring', severity: 'warning' | 'info'): Rule<ProcRuleContext> {
  const meaning = churnState(state)!;
  return {
    code,
    target: 'proc',
    severity,
    title:
      state === 'churned'
        ? t('LACP churn: a port did not reach synchronization', 'LACP 抖动：端口未能达到同步')
        : t('LACP churn machine still monitoring', 'LACP 抖动状态机仍在监测'),
    doc: {
      description: meaning.causes ? { en: `${meaning.meaning.en} ${meaning.causes.en}`, zh: `${meaning.meaning.zh}${meaning.causes.zh}` } : meaning.meaning,
      bad: `Actor Churn State: ${state}`,
      good: 'Actor Churn State: none',
    },
    check({ bond }, report) {
      for (const port of bond.ports) {
        for (const side of SIDES) {
          const line = port.field(side.id);
          if (line?.valueText !== state) continue;
          const count = port.int(side.id === 'slave.actorChurnState' ? 'slave.actorChurned' : 'slave.partnerChurned');
          const times = count !== undefined && state === 'churned' ? t(` (churned count ${count})`, `（累计 ${count} 次）`) : t('', '');
          report({
            range: valueRange(line),
            message:
              state === 'churned'
                ? t(
                    `${port.name}: ${side.en} churned${times.en}: it did not reach synchronization within the churn detection time (60 s).`,
                    `${port.name}：${side.zh}处于 churned 状态${times.zh}：在抖动检测时间（60 秒）内未能同步。`,
                  )
                : t(
                    `${port.name}: ${side.en} churn state is monitoring: the port (re)started LACP less than 60 s before the dump, or keeps restarting it.`,
                    `${port.name}：${side.zh}抖动状态为 monitoring：端口在抓取前 60 秒内（重新）开始 LACP 协商，或在反复重新协商。`,
                  ),
          });
        }
      }
    },
  };
}

export const churned = churnRule('proc.churned', 'churned', 'warning');
export const churnMonitoring = churnRule('proc.churn-monitoring', 'monitoring', 'info');
