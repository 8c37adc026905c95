import { PORT_STATE_BITS, PORT_STATE_IN_USE } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isUp, t } from './util';

const EXPIRED = 0x80;

/** An up port whose LACP state lacks sync/collecting/distributing is enslaved but not used. */
export const portNotDistributing: Rule<ProcRuleContext> = {
  code: 'proc.port-not-distributing',
  target: 'proc',
  severity: 'warning',
  title: t('Up port is not collecting and distributing', '端口 up 但未处于收发状态'),
  doc: {
    description: t(
      'A port carries traffic in an aggregation only when its actor state has Aggregation, Synchronization, Collecting and Distributing set (e.g. 61 or 63). An up port without them, or with Expired set, is attached but unused.',
      '端口只有在本端状态同时带有 Aggregation、Synchronization、Collecting 和 Distributing（例如 61 或 63）时才在聚合中承载流量。缺少这些位或带有 Expired 位的 up 端口虽已加入，但未被使用。',
    ),
    bad: 'details actor lacp pdu:\n    ...\n    port state: 7',
    good: 'details actor lacp pdu:\n    ...\n    port state: 61',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      if (!isUp(port)) continue;
      const line = port.lacp('actor.portState');
      const state = port.lacpInt('actor.portState');
      if (!line || state === undefined || state > 255) continue;
      const missing = PORT_STATE_BITS.filter((b) => (PORT_STATE_IN_USE & b.mask) !== 0 && (state & b.mask) === 0);
      const expired = (state & EXPIRED) !== 0;
      if (missing.length === 0 && !expired) continue;
      const what = [...missing.map((b) => `${b.short} clear`), ...(expired ? ['EXP set'] : [])].join(', ');
      report({
        range: valueRange(line),
        message: t(
          `${port.name}: actor port state ${state} (${what}): the port is up but not used for traffic.`,
          `${port.name}：本端端口状态 ${state}（${what}）：端口 up 但未用于转发流量。`,
        ),
      });
    }
  },
};
