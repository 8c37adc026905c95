import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isAre } from '../../../../knowledge/text';
import { plural, t } from './util';

/**
 * Up ports left out of the active aggregator cost redundancy and bandwidth, although their links work. The count is
 * __agg_active_ports() in __bond_3ad_get_active_agg_info() since 4.7 (0622cab0341c), num_of_ports before.
 */
export const aggregatorPortsBelowUp: Rule<ProcRuleContext> = {
  code: 'proc.aggregator-ports-below-up',
  severity: 'warning',
  title: t('Fewer ports in the active aggregator than up ports', '活动聚合组中的端口少于 up 的端口'),
  doc: {
    description: t(
      '`Number of ports` counts the ports of the active aggregator. Since Linux 4.7 it counts only those whose link is up (`port->is_enabled`, which follows the link state, so a port going down still counts until the down delay ends); older kernels count every port attached to it, whatever its link. When it is lower than the number of ports whose MII status is up (or going down: such a port keeps its aggregator until the down delay ends), some working ports carry no traffic: the bond has less bandwidth and redundancy than its links allow.',
      '`Number of ports` 是活动聚合组中的端口数。自 Linux 4.7 起只统计其中链路为 up 的端口（`port->is_enabled`，随链路状态变化，因此 going down 的端口在 downdelay 结束前仍被计入）；更早的内核统计连接到该聚合组的所有端口，不论其链路状态。若它小于 MII 状态为 up（或 going down：此类端口在 downdelay 结束前保留其聚合组）的端口数，说明有正常的端口不承载流量：bond 的带宽和冗余低于其链路所能提供的。',
    ),
    bad: '\tNumber of ports: 1\n...(two ports with MII Status: up)',
    good: '\tNumber of ports: 2\n...(two ports with MII Status: up)',
  },
  check({ bond }, report) {
    const line = bond.field('aggregator.ports');
    const count = bond.int('aggregator.ports');
    if (!line || count === undefined) return;
    const up = bond.ports.filter((p) => p.upOrGoingDown);
    if (count >= up.length) return;
    const state = up.every((p) => p.up) ? t('up', ' up') : t('up or going down', '为 up 或 going down');
    const outside = up.filter((p) => p.aggregatorId !== bond.activeAggregator).map((p) => p.name);
    const who = outside.length > 0 ? t(`not in it: ${outside.join(', ')}`, `不在其中的端口：${outside.join('、')}`) : t(`${plural(up.length - count, 'of them shows', 'of them show')} its Aggregator ID but ${isAre(up.length - count)} not counted in it`, `其中 ${up.length - count} 个的 Aggregator ID 与之相同，但未被计入`);
    report({
      range: valueRange(line),
      message: t(
        `The active aggregator has ${plural(count, 'port', 'ports')} but ${plural(up.length, 'port is', 'ports are')} ${state.en}; ${who.en}.`,
        `活动聚合组只有 ${count} 个端口，但有 ${up.length} 个端口${state.zh}；${who.zh}。`,
      ),
    });
  },
};
