import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isUp, t } from './util';

export const aggregatorPortsBelowUp: Rule<ProcRuleContext> = {
  code: 'proc.aggregator-ports-below-up',
  target: 'proc',
  severity: 'warning',
  title: t('Fewer ports in the active aggregator than up ports', '活动聚合组中的端口少于 up 的端口'),
  doc: {
    description: t(
      '`Number of ports` counts the ports of the active aggregator. When it is lower than the number of ports whose MII status is up, some up ports are left out of the aggregation and carry no traffic.',
      '`Number of ports` 是活动聚合组中的端口数。若它小于 MII 状态为 up 的端口数，说明有 up 的端口未加入聚合，不承载流量。',
    ),
    bad: '\tNumber of ports: 1\n...(two ports with MII Status: up)',
    good: '\tNumber of ports: 2\n...(two ports with MII Status: up)',
  },
  check({ bond }, report) {
    const line = bond.field('aggregator.ports');
    const count = bond.int('aggregator.ports');
    if (!line || count === undefined) return;
    const up = bond.ports.filter(isUp);
    if (count >= up.length) return;
    report({
      range: valueRange(line),
      message: t(
        `The active aggregator has ${count} port(s) but ${up.length} ports are up (${up.map((p) => p.name).join(', ')}): ${up.length - count} up port(s) carry no traffic.`,
        `活动聚合组只有 ${count} 个端口，但有 ${up.length} 个端口 up（${up.map((p) => p.name).join('、')}）：有 ${up.length - count} 个 up 端口不承载流量。`,
      ),
    });
  },
};
