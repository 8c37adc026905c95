import type { ProcBondModel, ProcPortModel } from '../../../../model/procModel';

export const ZERO_MAC = /^0{1,2}(?::0{1,2}){5}$/;

export function isUp(port: ProcPortModel): boolean {
  return port.field('slave.miiStatus')?.valueText === 'up';
}

export function is8023ad(bond: ProcBondModel): boolean {
  return bond.mode?.number === 4;
}

/** Speed in Mbps printed for a port, undefined for `Unknown` or a missing line. */
export function speedOf(port: ProcPortModel): number | undefined {
  const m = /^(\d+) Mbps$/.exec(port.field('slave.speed')?.valueText ?? '');
  return m ? Number(m[1]) : undefined;
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

export const t = (en: string, zh: string) => ({ en, zh });
