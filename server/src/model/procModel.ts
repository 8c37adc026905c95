import { type BondMode, modeByProcText } from '../knowledge/modes';
import type { ProcBond, ProcLine, ProcSlave } from '../syntax/procBonding';
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
  readonly ports: readonly ProcPortModel[];
  /** The line for a bond-level field id (`bond.*`, `ad.*`, `aggregator.*`). */
  field(id: string): ProcLine | undefined;
  /** The integer printed on a bond-level field, when it is one. */
  int(id: string): number | undefined;
}

export interface ProcPortModel {
  readonly syntax: ProcSlave;
  readonly name: string;
  field(id: string): ProcLine | undefined;
  int(id: string): number | undefined;
  /** `details actor lacp pdu` / `details partner lacp pdu` fields by id (`actor.portState`, `partner.systemMac`…). */
  lacp(id: string): ProcLine | undefined;
  lacpInt(id: string): number | undefined;
}

export function parseInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  return Number(text);
}

function indexById(lines: readonly ProcLine[]): Map<string, ProcLine> {
  const map = new Map<string, ProcLine>();
  for (const l of lines) if (l.field && !map.has(l.field.id)) map.set(l.field.id, l);
  return map;
}

const MODE_LINE = /^(.*?)(?: \(fail_over_mac (\w+)\))?$/;

export function procModel(bond: ProcBond): ProcBondModel {
  const fields = indexById([...bond.master, ...bond.ad, ...bond.aggregator]);
  if (bond.noActiveAggregator) fields.set('ad.noActiveAggregator', bond.noActiveAggregator);
  const modeLine = fields.get('bond.mode');
  const modeMatch = modeLine ? MODE_LINE.exec(modeLine.valueText) : null;
  const ports = bond.slaves.map((slave): ProcPortModel => {
    const own = indexById(slave.lines);
    const lacp = indexById([...(slave.actor?.lines ?? []), ...(slave.partner?.lines ?? [])]);
    return {
      syntax: slave,
      name: slave.name,
      field: (id) => own.get(id),
      int: (id) => parseInteger(own.get(id)?.valueText),
      lacp: (id) => lacp.get(id),
      lacpInt: (id) => parseInteger(lacp.get(id)?.valueText),
    };
  });
  return {
    syntax: bond,
    name: bond.name,
    driver: bond.driver?.valueText,
    mode: modeMatch ? modeByProcText(modeMatch[1]!) : undefined,
    failOverMac: modeMatch?.[2],
    ports,
    field: (id) => fields.get(id),
    int: (id) => parseInteger(fields.get(id)?.valueText),
  };
}

/** The name before ` (n)` in `Transmit Hash Policy: layer3+4 (1)` and the `(primary_reselect …)` suffix. */
export function splitSuffix(text: string): { head: string; suffix?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  return m ? { head: m[1]!, suffix: m[2]! } : { head: text };
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
  put('arp_ip_target', 'bond.arpTargets', (t) => t.split(/\s*,\s*/).join(','));
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
