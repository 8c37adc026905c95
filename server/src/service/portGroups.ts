import { primaryMacClass } from '../knowledge/macs';
import type { ProcBondModel, ProcPortModel } from '../model/procModel';

/**
 * A port's hover compares it with the bond's other ports (the same partner, the same speed, the same permanent
 * address). Each port's lines are explained in turn, so the ports are grouped once per bond, not scanned per line: a
 * dump of one bond with thousands of ports would otherwise take the square of them.
 */
export type PortKey = 'permAddr' | 'partnerMac' | 'speed';

const KEY_OF: Readonly<Record<PortKey, (p: ProcPortModel) => string | undefined>> = {
  permAddr: (p) => p.value('slave.permAddr')?.toLowerCase() || undefined,
  // A partner MAC of zeros is the default record of a port that never heard LACP: no partner to compare.
  partnerMac: (p) => {
    const mac = p.lacp('partner.systemMac')?.valueText;
    return mac !== undefined && primaryMacClass(mac) !== 'zero' ? mac.toLowerCase() : undefined;
  },
  speed: (p) => (p.up && p.speedMbps !== undefined ? String(p.speedMbps) : undefined),
};

interface Grouping {
  /** The ports that have a key, in the dump's order. */
  readonly members: readonly ProcPortModel[];
  readonly keys: ReadonlyMap<ProcPortModel, string>;
  readonly groups: ReadonlyMap<string, readonly ProcPortModel[]>;
}

const GROUPINGS = new WeakMap<ProcBondModel, Map<PortKey, Grouping>>();

function grouping(bond: ProcBondModel, kind: PortKey): Grouping {
  let byKind = GROUPINGS.get(bond);
  if (!byKind) GROUPINGS.set(bond, (byKind = new Map()));
  let found = byKind.get(kind);
  if (!found) {
    const members: ProcPortModel[] = [];
    const keys = new Map<ProcPortModel, string>();
    const groups = new Map<string, ProcPortModel[]>();
    for (const p of bond.ports) {
      const key = KEY_OF[kind](p);
      if (key === undefined) continue;
      members.push(p);
      keys.set(p, key);
      const group = groups.get(key);
      if (group) group.push(p);
      else groups.set(key, [p]);
    }
    byKind.set(kind, (found = { members, keys, groups }));
  }
  return found;
}

/** Some ports, in the dump's order, out of `count`. */
export interface SomePorts {
  readonly ports: readonly ProcPortModel[];
  readonly count: number;
}

/** The ports other than `port` whose key is `key`: the first `limit`, and how many there are. */
export function portsWith(bond: ProcBondModel, kind: PortKey, key: string, port: ProcPortModel | undefined, limit: number): SomePorts {
  const { keys, groups } = grouping(bond, kind);
  const group = groups.get(key) ?? [];
  // One more than the limit is read: `port` itself may be among them.
  const ports = group.slice(0, limit + 1).filter((p) => p !== port).slice(0, limit);
  return { ports, count: group.length - (port !== undefined && keys.get(port) === key ? 1 : 0) };
}

/** The ports other than `port` that have a key and another one than `key`: the first `limit`, and how many. */
export function portsWithOther(bond: ProcBondModel, kind: PortKey, key: string, port: ProcPortModel | undefined, limit: number): SomePorts {
  const { members, keys, groups } = grouping(bond, kind);
  const same = groups.get(key)?.length ?? 0;
  const count = members.length - same - (port !== undefined && keys.has(port) && keys.get(port) !== key ? 1 : 0);
  const ports: ProcPortModel[] = [];
  for (let i = 0; i < members.length && ports.length < Math.min(limit, count); i++) {
    const p = members[i]!;
    if (p !== port && keys.get(p) !== key) ports.push(p);
  }
  return { ports, count };
}
