import { type KeyEra, decodeKey, eraForRelease } from '../knowledge/actorKey';
import { type HashPolicy, hashPolicyByName } from '../knowledge/hashPolicies';
import { primaryMacClass } from '../knowledge/macs';
import { type BondMode, modeByProcText } from '../knowledge/modes';
import type { ProcBond, ProcDetails, ProcLine, ProcSlave } from '../syntax/procBonding';
import type { BondConfig, Sourced } from './bond';

/**
 * Typed view of one parsed dump. Values stay attached to their lines so every finding can point at the
 * text it is about; a value the kernel could not have printed is `undefined`, never a guess.
 */
export interface ProcBondModel {
  readonly syntax: ProcBond;
  readonly name?: string;
  /** Text after `Ethernet Channel Bonding Driver: `. */
  readonly driver?: string;
  readonly mode?: BondMode;
  /** `fail_over_mac` name from the `(fail_over_mac …)` suffix of the mode line. */
  readonly failOverMac?: string;
  /** Policy of `Transmit Hash Policy: <name> (<n>)` when name and number agree. */
  readonly hashPolicy?: HashPolicy;
  readonly ports: readonly ProcPortModel[];
  /** `Aggregator ID` under `Active Aggregator Info:`. */
  readonly activeAggregator?: number;
  /**
   * Whether the active aggregator has an LACP partner: false when its `Partner Mac Address` is all zero; undefined
   * when the dump does not show it (read without CAP_NET_ADMIN, masked address).
   */
  readonly activeAggregatorHasPartner?: boolean;
  /** Actor-key speed numberings that fit this dump, most likely first (see `keyErasFor`). */
  readonly keyEras: readonly KeyEra[];
  /** The line for a bond-level field id (`bond.*`, `ad.*`, `aggregator.*`). */
  field(id: string): ProcLine | undefined;
  /** The value text of `field(id)`. */
  value(id: string): string | undefined;
  /** The integer printed on a bond-level field, when it is one. */
  int(id: string): number | undefined;
}

export interface ProcPortModel {
  readonly syntax: ProcSlave;
  readonly name: string;
  /** `MII Status: up`. */
  readonly up: boolean;
  /**
   * `MII Status: up` or `going down`. The link monitor hands a lost link to 802.3ad and to the failover only when the
   * down delay ends (bond_miimon_commit), and the kernel reports a `going down` port to the stack as up
   * (bond_lower_state_changed): until then the port keeps its LACP role and its place as active port. `going back`
   * is not up yet: the up delay runs before the link is handed on.
   */
  readonly upOrGoingDown: boolean;
  /** `Speed: <n> Mbps`; undefined for `Unknown` or no line. */
  readonly speedMbps?: number;
  /** A numeric `Aggregator ID`; undefined for `N/A` or no line. */
  readonly aggregatorId?: number;
  field(id: string): ProcLine | undefined;
  /** The value text of `field(id)`; checks of every port read this, and ask for the line only to report it. */
  value(id: string): string | undefined;
  int(id: string): number | undefined;
  /** `details actor lacp pdu` / `details partner lacp pdu` fields by id (`actor.portState`, `partner.systemMac`…). */
  lacp(id: string): ProcLine | undefined;
  lacpValue(id: string): string | undefined;
  lacpInt(id: string): number | undefined;
}

/** The block of a port that can hold field `id`: each holds the fields of its scope, the first part of the id. */
const detailsFor = (port: ProcSlave, id: string): ProcDetails | undefined => (id.startsWith('partner.') ? port.partner : port.actor);

export function parseInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

function indexById(lines: readonly ProcLine[]): Map<string, ProcLine> {
  const map = new Map<string, ProcLine>();
  for (const l of lines) if (l.field && !map.has(l.field.id)) map.set(l.field.id, l);
  return map;
}

const FAIL_OVER_MAC_SUFFIX = / \(fail_over_mac (\w+)\)$/;

/** `fault-tolerance (active-backup) (fail_over_mac active)` → the mode text, its mode, and the fail_over_mac name. */
export function parseModeLine(text: string): { text: string; mode?: BondMode; failOverMac?: string } {
  const m = FAIL_OVER_MAC_SUFFIX.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  return { text: head, mode: modeByProcText(head), failOverMac: m?.[1] };
}

/** The name before ` (n)` in `Transmit Hash Policy: layer3+4 (1)` and the `(primary_reselect …)` suffix. */
export function splitSuffix(text: string): { head: string; suffix?: string } {
  // Anchored at the end only: a lazy head followed by \s* backtracks quadratically on long runs of blanks.
  const m = /\(([^()]*)\)$/.exec(text);
  return m ? { head: text.slice(0, m.index).trimEnd(), suffix: m[1]! } : { head: text };
}

/** `layer3+4 (1)` → the policy, when the printed number is the policy's own. */
export function parseHashPolicy(text: string): HashPolicy | undefined {
  const { head, suffix } = splitSuffix(text);
  const policy = hashPolicyByName(head);
  return policy && suffix === String(policy.number) ? policy : undefined;
}

/** A class, not an object of closures: a ticket has thousands of ports, and methods on the prototype cost none each. */
class PortModel implements ProcPortModel {
  readonly name: string;
  readonly up: boolean;
  readonly upOrGoingDown: boolean;
  readonly speedMbps?: number;
  readonly aggregatorId?: number;

  constructor(readonly syntax: ProcSlave) {
    this.name = syntax.name;
    const mii = syntax.valueOf('slave.miiStatus');
    this.up = mii === 'up';
    this.upOrGoingDown = this.up || mii === 'going down';
    const speed = /^(\d{1,10}) Mbps$/.exec(syntax.valueOf('slave.speed') ?? '');
    this.speedMbps = speed ? Number(speed[1]) : undefined;
    this.aggregatorId = this.int('slave.aggregatorId');
  }

  field(id: string): ProcLine | undefined {
    return this.syntax.field(id);
  }

  value(id: string): string | undefined {
    return this.syntax.valueOf(id);
  }

  int(id: string): number | undefined {
    return parseInteger(this.syntax.valueOf(id));
  }

  lacp(id: string): ProcLine | undefined {
    return detailsFor(this.syntax, id)?.field(id);
  }

  lacpValue(id: string): string | undefined {
    return detailsFor(this.syntax, id)?.valueOf(id);
  }

  lacpInt(id: string): number | undefined {
    return parseInteger(this.lacpValue(id));
  }
}

// Lines that date a dump: churn lines, the `lacp pdu` blocks and `System priority` came between 3.19 and 4.4, when
// actor keys stopped being bitmasks; `Peer Notification Delay` (≈5.3), `LACP active` (≈5.15) and the NS line (5.19)
// are later than the 2017 numbering. procfs-lines.md §2.1, actorKey.ts.
const AFTER_BITMASK = ['slave.actorChurnState', 'slave.actorDetails', 'ad.systemPriority'];
const AFTER_2017 = ['bond.peerNotifDelay', 'ad.lacpActive', 'bond.nsTargets'];

/**
 * Speed numberings that fit the dump, most likely first: the candidates for its header (`eraForRelease`), without
 * those its layout rules out, ordered by how many actor keys decode to the speed their ports print.
 */
export function keyErasFor(bond: ProcBond, ports: readonly ProcPortModel[], active: number | undefined, field: (id: string) => ProcLine | undefined): KeyEra[] {
  let eras = eraForRelease(bond.driver?.valueText);
  const has = (ids: readonly string[]) => {
    for (let n = bond.firstLine; n <= bond.lastLine; n++) {
      const field = bond.shapeAt(n).field;
      if (field && ids.includes(field.id)) return true;
    }
    return false;
  };
  const keep = (ok: (e: KeyEra) => boolean) => {
    const kept = eras.filter(ok);
    if (kept.length > 0) eras = kept;
  };
  if (has(AFTER_BITMASK)) keep((e) => !e.bitmask);
  if (has(AFTER_2017)) keep((e) => !['A', 'B', 'C', 'D'].includes(e.id));

  const pairs: [number, number][] = [];
  for (const p of ports) {
    const key = p.lacpInt('actor.portKey');
    if (key !== undefined && p.speedMbps !== undefined && key & 1) pairs.push([key, p.speedMbps]);
  }
  const aggregatorKey = parseInteger(field('aggregator.actorKey')?.valueText);
  const member = ports.find((p) => p.aggregatorId === active && p.speedMbps !== undefined);
  if (aggregatorKey !== undefined && member && aggregatorKey & 1) pairs.push([aggregatorKey, member.speedMbps!]);
  const score = (e: KeyEra) => pairs.reduce((n, [key, mbps]) => n + (decodeKey(key, e).speedMbps === mbps ? 1 : -1), 0);
  return eras.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.e);
}

export function procModel(bond: ProcBond): ProcBondModel {
  const fields = indexById([...bond.master, ...bond.ad, ...bond.aggregator]);
  if (bond.noActiveAggregator) fields.set('ad.noActiveAggregator', bond.noActiveAggregator);
  const field = (id: string) => fields.get(id);
  const modeLine = fields.get('bond.mode');
  const parsedMode = modeLine ? parseModeLine(modeLine.valueText) : undefined;
  const ports = bond.slaves.map((slave) => new PortModel(slave));
  const active = parseInteger(fields.get('aggregator.id')?.valueText);
  const partnerMac = fields.get('aggregator.partnerMac')?.valueText;
  const partnerClass = partnerMac !== undefined ? primaryMacClass(partnerMac) : undefined;
  const hashLine = fields.get('bond.hashPolicy');
  return {
    syntax: bond,
    name: bond.name,
    driver: bond.driver?.valueText,
    mode: parsedMode?.mode,
    failOverMac: parsedMode?.failOverMac,
    hashPolicy: hashLine ? parseHashPolicy(hashLine.valueText) : undefined,
    ports,
    activeAggregator: active,
    activeAggregatorHasPartner: partnerClass === undefined || partnerClass === 'masked' || partnerClass === 'invalid' || partnerClass === 'nonEthernet' ? undefined : partnerClass !== 'zero',
    keyEras: keyErasFor(bond, ports, active, field),
    field,
    value: (id) => fields.get(id)?.valueText,
    int: (id) => parseInteger(fields.get(id)?.valueText),
  };
}

/** Maps a dump onto the format-neutral bond, with options in kernel syntax. */
export function procToConfig(model: ProcBondModel, uri: string): BondConfig {
  const options = new Map<string, Sourced<string>>();
  const put = (option: string, id: string, value?: (text: string) => string | undefined) => {
    const line = model.field(id);
    if (!line || line.valueText === '') return;
    const v = value ? value(line.valueText) : line.valueText;
    if (v !== undefined) options.set(option, { value: v, origin: { uri, line: line.line, start: line.span.start, end: line.span.end } });
  };
  put('miimon', 'bond.miimon');
  put('updelay', 'bond.updelay');
  put('downdelay', 'bond.downdelay');
  put('peer_notif_delay', 'bond.peerNotifDelay');
  put('arp_interval', 'bond.arpInterval');
  put('arp_missed_max', 'bond.arpMissedMax');
  put('arp_ip_target', 'bond.arpTargets', (t) => t.split(',').map((x) => x.trim()).join(','));
  put('xmit_hash_policy', 'bond.hashPolicy', (t) => splitSuffix(t).head);
  put('primary', 'bond.primary', (t) => (t === 'None' ? undefined : splitSuffix(t).head));
  put('primary_reselect', 'bond.primary', (t) => splitSuffix(t).suffix?.replace(/^primary_reselect /, ''));
  put('lacp_active', 'ad.lacpActive');
  put('lacp_rate', 'ad.lacpRate');
  put('min_links', 'ad.minLinks');
  put('ad_select', 'ad.select');
  put('ad_actor_sys_prio', 'ad.systemPriority');
  if (model.failOverMac && model.mode) {
    options.set('fail_over_mac', { value: model.failOverMac });
  }
  const modeLine = model.field('bond.mode');
  return {
    source: 'proc',
    uri,
    name: model.name,
    mode: model.mode && modeLine ? { value: model.mode.number, origin: { uri, line: modeLine.line, start: modeLine.span.start, end: modeLine.span.end } } : undefined,
    options,
    ports: model.ports.map((p) => ({ value: p.name, origin: { uri, line: p.syntax.heading.line, start: p.syntax.heading.span.start, end: p.syntax.heading.span.end } })),
  };
}
