import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange, valueRange } from '../../procContext';
import { is8023ad, noPorts, portStates, t } from './util';

/**
 * Without an active aggregator an 802.3ad bond sends and receives nothing. bond_3ad.c makes an aggregator active only
 * when one of its ports has link, and gives every port an aggregator whatever its link state, but its state machine
 * runs only while the bond interface is up.
 */
export const noActiveAggregator: Rule<ProcRuleContext> = {
  code: 'proc.no-active-aggregator',
  severity: 'error',
  title: t('802.3ad bond has no active aggregator', '802.3ad bond 没有活动聚合组'),
  doc: {
    description: t(
      'The kernel prints `bond <name> has no active aggregator` when no aggregator is active: the bond has no ports, none of its ports has link, or the 802.3ad state machine has not run since the ports were added (it runs only while the bond interface is up, `ip link set … up`; ports it has not handled show `Aggregator ID: N/A`). The bond passes no traffic.',
      '没有活动聚合组时，内核打印 `bond <name> has no active aggregator`：bond 没有端口、其端口都没有链路，或自端口加入以来 802.3ad 状态机尚未运行（它只在 bond 接口被启用时运行，即 `ip link set … up`；尚未处理的端口显示 `Aggregator ID: N/A`）。此时 bond 不转发任何流量。',
    ),
    bad: '802.3ad info\nLACP rate: slow\n...\nbond bond0 has no active aggregator',
    good: '802.3ad info\nLACP rate: slow\n...\nActive Aggregator Info:\n\tAggregator ID: 1',
  },
  check({ bond }, report) {
    const line = bond.field('ad.noActiveAggregator');
    if (line) {
      report({
        range: lineRange(line),
        message:
          bond.ports.length === 0
            ? t(`${line.valueText} has no active aggregator because ${noPorts(bond).en}: it passes no traffic.`, `${line.valueText} 没有活动聚合组，因为${noPorts(bond).zh}：它不转发流量。`)
            : t(
                `${line.valueText} has no active aggregator (${portStates(bond.ports).en}): no port is aggregated, so it passes no traffic.`,
                `${line.valueText} 没有活动聚合组（${portStates(bond.ports).zh}）：没有端口完成聚合，因此它不转发流量。`,
              ),
      });
      return;
    }
    // A dump read without CAP_NET_ADMIN omits that line; ports all at N/A tell the same.
    if (!is8023ad(bond) || bond.field('aggregator.id') || bond.ports.length === 0) return;
    const na = bond.ports.map((p) => p.field('slave.aggregatorId')).filter((l) => l?.valueText === 'N/A');
    if (na.length !== bond.ports.length) return;
    report({
      range: valueRange(na[0]!),
      message: t(
        `No port is attached to an aggregator (Aggregator ID: N/A on ${bond.ports.map((p) => p.name).join(', ')}): the bond passes no traffic.`,
        `没有端口加入聚合组（${bond.ports.map((p) => p.name).join('、')} 的 Aggregator ID 均为 N/A）：bond 不转发流量。`,
      ),
    });
  },
};
