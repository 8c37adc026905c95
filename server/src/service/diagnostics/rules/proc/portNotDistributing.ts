import { PORT_STATE, PORT_STATE_BITS, PORT_STATE_IN_USE } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { showsNoActiveAggregator, t } from './util';

/**
 * An up port of the active aggregator whose LACP state lacks sync/collecting/distributing is attached but unused.
 * Ports of other aggregators are proc.aggregator-mismatch; the ports of an active aggregator without a partner are
 * enabled by ad_agg_selection_logic() whatever their state bits, so they are not reported here.
 */
export const portNotDistributing: Rule<ProcRuleContext> = {
  code: 'proc.port-not-distributing',
  severity: 'warning',
  title: t('Up port is not collecting and distributing', '端口 up 但未处于收发状态'),
  doc: {
    description: t(
      'A port of the active aggregator carries traffic only when its actor state has Aggregation, Synchronization, Collecting and Distributing set (e.g. 61 or 63) and Expired clear. An up port without them is attached but unused.',
      '活动聚合组中的端口只有在本端状态同时带有 Aggregation、Synchronization、Collecting 和 Distributing（例如 61 或 63）且 Expired 未置位时才承载流量。缺少这些位的 up 端口虽已加入，但未被使用。',
    ),
    bad: 'details actor lacp pdu:\n    ...\n    port state: 15',
    good: 'details actor lacp pdu:\n    ...\n    port state: 63',
  },
  check({ bond }, report) {
    if (bond.activeAggregatorHasPartner === false) return;
    // A dump that does not show the active aggregator (pasted from below it, lines left out): a port with no partner
    // may be in the active one, partnerless, and so in use; no-lacp-partner speaks of it.
    const activeUnknown = bond.activeAggregator === undefined && !showsNoActiveAggregator(bond);
    for (const port of bond.ports) {
      if (!port.up) continue;
      // Ports of another aggregator are proc.aggregator-mismatch's; without the active one shown, each port is read alone.
      if (bond.activeAggregator !== undefined && port.aggregatorId !== bond.activeAggregator) continue;
      const state = port.lacpInt('actor.portState');
      if (state === undefined || state > 255) continue;
      if (activeUnknown && state & PORT_STATE.defaulted) continue;
      const missing = PORT_STATE_BITS.filter((b) => (PORT_STATE_IN_USE & b.mask) !== 0 && (state & b.mask) === 0).map((b) => b.name);
      const expired = (state & PORT_STATE.expired) !== 0;
      if (missing.length === 0 && !expired) continue;
      const what = [...(missing.length > 0 ? [`${missing.join(', ')} clear`] : []), ...(expired ? ['Expired set'] : [])].join('; ');
      const whatZh = [...(missing.length > 0 ? [`${missing.join('、')} 未置位`] : []), ...(expired ? ['Expired 已置位'] : [])].join('；');
      report({
        range: valueRange(port.lacp('actor.portState')!),
        message: t(
          `${port.name}: actor port state ${state} (${what}): the port is up and in aggregator ${port.aggregatorId ?? '?'} but not used for traffic.`,
          `${port.name}：本端端口状态 ${state}（${whatZh}）：端口 up 且位于聚合组 ${port.aggregatorId ?? '?'}，但未用于转发流量。`,
        ),
      });
    }
  },
};
