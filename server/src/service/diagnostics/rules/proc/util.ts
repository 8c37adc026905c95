import { isPortStateValue } from '../../../../knowledge/lacp';
import { primaryMacClass } from '../../../../knowledge/macs';
import { t, type Text } from '../../../../knowledge/text';
import type { ProcBondModel, ProcPortModel } from '../../../../model/procModel';
import type { ProcLine } from '../../../../syntax/procBonding';

export { t };

export function is8023ad(bond: ProcBondModel): boolean {
  return bond.mode?.number === 4;
}

/**
 * The dump shows that no aggregator is active: it says so, or (read without CAP_NET_ADMIN, which hides that line) every
 * port is attached to none.
 */
export function showsNoActiveAggregator(bond: ProcBondModel): boolean {
  return bond.field('ad.noActiveAggregator') !== undefined || (bond.ports.length > 0 && bond.ports.every((p) => p.value('slave.aggregatorId') === 'N/A'));
}

/** The addresses of an ARP or NS target line, blanks around them removed. */
export const targetList = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** An active-backup bond watched by the ARP monitor alone (MII monitoring off). */
export function abArpMonitor(bond: ProcBondModel): boolean {
  return bond.mode?.number === 1 && bond.int('bond.miimon') === 0 && (bond.int('bond.arpInterval') ?? 0) > 0;
}

/**
 * Whether the ARP monitor has anything to probe: an IPv4 target, or an IPv6 one on kernels that print the NS line
 * (5.19 and 5.18.4 on, built with IPv6, whenever arp_interval > 0). Undefined when the dump has no ARP target line (no ARP monitor, or cut off).
 */
export function hasMonitorTargets(bond: ProcBondModel): boolean | undefined {
  const arp = bond.field('bond.arpTargets');
  if (!arp) return undefined;
  const ns = bond.field('bond.nsTargets');
  return targetList(arp.valueText).length > 0 || (ns !== undefined && targetList(ns.valueText).length > 0);
}

/**
 * balance-tlb/alb with tlb_dynamic_lb on: tlb_choose_channel() puts each new flow on the port with the most spare
 * bandwidth for its speed (compute_gap() in bond_alb.c), and balance-alb hands receive flows to the fastest ports
 * (rlb_next_rx_slave()), so ports of mixed speeds are used as designed. tlb_dynamic_lb 0 hashes flows instead, and then
 * the dump prints the hash policy line (bond_mode_uses_xmit_hash()).
 */
export function balancesBySpeed(bond: ProcBondModel): boolean {
  const mode = bond.mode?.number;
  return (mode === 5 || mode === 6) && bond.field('bond.hashPolicy') === undefined;
}

/** `00:00:00:00:00:00`: the default partner record, i.e. no LACPDU received. Masked addresses are not zero. */
export function isZeroMac(mac: string | undefined): boolean {
  return mac !== undefined && primaryMacClass(mac) === 'zero';
}

/** A partner system MAC that identifies a real system: not zero, not masked, not malformed. */
export function isRealMac(mac: string | undefined): mac is string {
  if (mac === undefined) return false;
  const cls = primaryMacClass(mac);
  return cls !== 'zero' && cls !== 'masked' && cls !== 'invalid';
}

/** Why a bond shows no port: it has none, or their lines were left out (by grep, or by hand). */
export function noPorts(bond: ProcBondModel): Text {
  return bond.syntax.filtered ? t('it has no ports, or their lines were left out', '它没有端口，或端口行被略去了') : t('it has no ports', '它没有端口');
}

/** `eth0 down, eth1 going back`: the ports and their MII values, for messages. */
export function portStates(ports: readonly ProcPortModel[]): Text {
  const each = ports.map((p) => `${p.name} ${p.value('slave.miiStatus') ?? '?'}`);
  return t(each.join(', '), each.join('、'));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The value most ports share, so the odd ones out are the ones reported. Ties go to the first port's value. */
export function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = counts.get(v)!;
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The port the others are compared with. In 802.3ad the active aggregator decides: ad_agg_selection_test() in
 * bond_3ad.c may prefer one 25G port's aggregator to two 10G ports' (ad_select bandwidth, or stable at the first
 * selection), so the value most ports share can be the one left out. Elsewhere, and when the dump shows no active
 * aggregator (none is active, or it was read without CAP_NET_ADMIN), a port with the value most ports share stands in;
 * with several values, each later one decides only among the ports that share the earlier ones.
 */
export function referencePort(
  bond: ProcBondModel,
  ports: readonly ProcPortModel[],
  ...values: readonly ((port: ProcPortModel) => unknown)[]
): { reference?: ProcPortModel; activeAggregator: boolean } {
  if (bond.mode?.number === 4 && bond.activeAggregator !== undefined) {
    const member = ports.find((p) => p.up && p.aggregatorId === bond.activeAggregator);
    if (member) return { reference: member, activeAggregator: true };
  }
  let candidates = ports;
  for (const value of values) {
    const common = majority(candidates.map(value));
    candidates = candidates.filter((p) => value(p) === common);
  }
  return { reference: candidates[0], activeAggregator: false };
}

export interface ChurnSide {
  readonly side: Text;
  readonly state: ProcLine;
  readonly count?: number;
  /** The `port state` of the same side (actor or partner), when the dump shows it. */
  readonly portState?: number;
}

const ACTOR = t('actor', '本端');
const PARTNER = t('partner', '对端');
const NO_SIDES: readonly ChurnSide[] = [];

function portStateOf(port: ProcPortModel, id: 'actor.portState' | 'partner.portState'): number | undefined {
  const n = port.lacpInt(id);
  return n !== undefined && isPortStateValue(n) ? n : undefined;
}

/**
 * The actor and partner churn lines of a port that read `state`. Most ports of a ticket are in none, and two rules ask
 * of every port: the common answer is one shared empty list.
 */
export function churnSidesIn(port: ProcPortModel, state: string): readonly ChurnSide[] {
  const inActor = port.value('slave.actorChurnState') === state;
  const inPartner = port.value('slave.partnerChurnState') === state;
  if (!inActor && !inPartner) return NO_SIDES;
  const sides: ChurnSide[] = [];
  if (inActor) sides.push({ side: ACTOR, state: port.field('slave.actorChurnState')!, count: port.int('slave.actorChurned'), portState: portStateOf(port, 'actor.portState') });
  if (inPartner) sides.push({ side: PARTNER, state: port.field('slave.partnerChurnState')!, count: port.int('slave.partnerChurned'), portState: portStateOf(port, 'partner.portState') });
  return sides;
}
