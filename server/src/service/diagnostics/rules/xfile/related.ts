import { type IfcfgModel, ifcfgModel } from '../../../../model/ifcfgModel';
import { type ProcBondModel, procModel } from '../../../../model/procModel';
import { parseProcBonding } from '../../../../syntax/procBonding';
import type { WorkspaceFile } from '../../../../workspace';
import type { IfcfgRuleContext } from '../../ifcfgContext';

export interface RelatedIfcfg {
  readonly uri: string;
  readonly text: string;
  readonly model: IfcfgModel;
}

export interface RelatedDump {
  readonly uri: string;
  readonly text: string;
  readonly bond: ProcBondModel;
}

/**
 * Parsed copies of the other files, kept while their text is unchanged: checking a folder of n files reads each
 * of them once, not n times.
 */
const ifcfgCache = new Map<string, RelatedIfcfg>();
const dumpCache = new Map<string, { text: string; bonds: ProcBondModel[] }>();
const CACHE_LIMIT = 5000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

function parsedIfcfg(file: WorkspaceFile): RelatedIfcfg {
  const hit = ifcfgCache.get(file.uri);
  if (hit && hit.text === file.text) return hit;
  return remember(ifcfgCache, file.uri, { uri: file.uri, text: file.text, model: ifcfgModel(file.text, file.uri) });
}

/** The other ifcfg files of the folder this file is in. */
export function siblings(ctx: IfcfgRuleContext): RelatedIfcfg[] {
  return ctx.workspace
    .filesNear(ctx.uri, 'ifcfg')
    .filter((f) => f.uri !== ctx.uri && f.uri.slice(0, f.uri.lastIndexOf('/')) === ctx.uri.slice(0, ctx.uri.lastIndexOf('/')))
    .map(parsedIfcfg);
}

/** Ports of `device` among the sibling files (files whose MASTER names it). */
export function portsOf(ctx: IfcfgRuleContext, device: string): RelatedIfcfg[] {
  return siblings(ctx).filter((s) => s.model.role === 'port' && s.model.master === device);
}

/**
 * Where runtime dumps of this system would be: a sosreport or a copied root keeps ifcfg files under
 * `etc/sysconfig/network-scripts/` and dumps under `proc/net/bonding/` of the same root.
 */
function systemRoot(uri: string): string {
  const m = /^(.*?\/)etc\/sysconfig\/network(?:-scripts)?\/[^/]+$/.exec(uri);
  return m ? m[1]! : uri.slice(0, uri.lastIndexOf('/') + 1);
}

/** Dumps of the bond `device` in the workspace around this file. */
export function dumpsOf(ctx: IfcfgRuleContext, device: string): RelatedDump[] {
  const out: RelatedDump[] = [];
  for (const file of ctx.workspace.filesNear(`${systemRoot(ctx.uri)}_`, 'bonding-status')) {
    let entry = dumpCache.get(file.uri);
    if (!entry || entry.text !== file.text) {
      entry = remember(dumpCache, file.uri, { text: file.text, bonds: parseProcBonding(file.text).bonds.map(procModel) });
    }
    const fileName = decodeURIComponent(file.uri.slice(file.uri.lastIndexOf('/') + 1));
    for (const bond of entry.bonds) {
      const name = bond.name ?? (entry.bonds.length === 1 && /\/proc\/net\/bonding\/[^/]+$/.test(file.uri) ? fileName : undefined);
      if (name === device) out.push({ uri: file.uri, text: file.text, bond });
    }
  }
  return out;
}
