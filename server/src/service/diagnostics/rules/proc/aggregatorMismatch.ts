import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange, valueRange } from '../../procContext';
import { majority, t } from './util';

/** A port outside the active aggregator is enslaved but carries no traffic. */
export const aggregatorMismatch: Rule<ProcRuleContext> = {
  code: 'proc.aggregator-mismatch',
  severity: 'warning',
  title: t('Port is not in the active aggregator', '端口不在活动聚合组中'),
  doc: {
    description: t(
      'In 802.3ad only the ports of the active aggregator carry traffic. A port whose `Aggregator ID` differs joined another aggregator: it negotiated with a different partner, or with different keys (speed, duplex, ad_user_port_key), or not at all (a port that was down or not full duplex when it joined has no duplex bit in its key and gets an aggregator of its own).',
      '在 802.3ad 模式下只有活动聚合组中的端口承载流量。`Aggregator ID` 不同的端口加入了另一个聚合组：它与不同的对端协商，或 key（速率、双工、ad_user_port_key）不同，或根本没有协商成功（加入时为 down 或不是全双工的端口，其 key 中没有双工位，会单独使用一个聚合组）。',
    ),
    bad: 'Active Aggregator Info:\n\tAggregator ID: 1\n...\nSlave Interface: eth1\n...\nAggregator ID: 2',
    good: 'Active Aggregator Info:\n\tAggregator ID: 1\n...\nSlave Interface: eth1\n...\nAggregator ID: 1',
  },
  check({ bond }, report) {
    // With no active aggregator no port carries traffic; proc.no-active-aggregator says so once.
    if (bond.field('ad.noActiveAggregator')) return;
    const activeLine = bond.field('aggregator.id');
    const active = bond.activeAggregator;
    const ports = bond.ports.filter((p) => p.aggregatorId !== undefined);
    // Read without CAP_NET_ADMIN the active aggregator is not shown: the ports' most common one stands in for it.
    const reference = active ?? majority(ports.map((p) => p.aggregatorId!));
    if (reference === undefined) return;
    for (const port of ports) {
      const id = port.aggregatorId!;
      if (id === reference) continue;
      report({
        range: valueRange(port.field('slave.aggregatorId')!),
        message:
          active !== undefined
            ? t(
                `${port.name} is in aggregator ${id}, not in the active aggregator ${active}: it carries no traffic.`,
                `${port.name} 位于聚合组 ${id}，不在活动聚合组 ${active} 中：它不承载流量。`,
              )
            : t(
                `${port.name} is in aggregator ${id} while the other ports are in aggregator ${reference}: only one aggregator carries traffic.`,
                `${port.name} 位于聚合组 ${id}，而其他端口位于聚合组 ${reference}：只有一个聚合组承载流量。`,
              ),
        related: activeLine ? [{ range: lineRange(activeLine), message: t(`Active aggregator ${active}`, `活动聚合组 ${active}`) }] : undefined,
      });
    }
  },
};
