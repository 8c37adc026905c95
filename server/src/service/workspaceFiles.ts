import { ignoredByEveryReader } from '../knowledge/ifcfgFileNames';
import { type IfcfgModel, ifcfgModel } from '../model/ifcfgModel';
import { type ProcBondModel, procModel } from '../model/procModel';
import { parseProcBonding } from '../syntax/procBonding';
import type { Workspace, WorkspaceFile } from '../workspace';

/** Another ifcfg file of the same folder, parsed. */
export interface RelatedIfcfg {
  readonly uri: string;
  /** Its file name, e.g. `ifcfg-bond0`. */
  readonly file: string;
  readonly text: string;
  readonly model: IfcfgModel;
}

export interface RelatedDump {
  readonly uri: string;
  readonly bond: ProcBondModel;
}

/**
 * Parsed copies of the other files, kept while their text is unchanged, so that checking or hovering over a folder of
 * n files parses each of them once rather than n times.
 */
const ifcfgCache = new Map<string, RelatedIfcfg>();
const dumpCache = new Map<string, { text: string; bonds: ProcBondModel[] }>();
const CACHE_LIMIT = 5000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

const folderOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/') + 1);
const fileOf = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

function parsedIfcfg(file: WorkspaceFile): RelatedIfcfg {
  const hit = ifcfgCache.get(file.uri);
  if (hit && hit.text === file.text) return hit;
  return remember(ifcfgCache, file.uri, { uri: file.uri, file: fileOf(file.uri), text: file.text, model: ifcfgModel(file.text, file.uri) });
}

/**
 * The parsed ifcfg files of one folder, indexed by what cross-file checks look up: a bond by its DEVICE, ports by the
 * bond they name, by MASTER or by the UUID of the bond's connection (NetworkManager's MASTER_UUID).
 */
export class IfcfgFolder {
  readonly #bondsByDevice = new Map<string, RelatedIfcfg[]>();
  readonly #bondsByUuid = new Map<string, RelatedIfcfg[]>();
  readonly #portsByMaster = new Map<string, RelatedIfcfg[]>();
  readonly #bondFiles: RelatedIfcfg[] = [];

  constructor(readonly files: readonly RelatedIfcfg[]) {
    for (const f of files) {
      const { role, device } = f.model;
      if (role !== 'bond' || !device) continue;
      this.#bondFiles.push(f);
      append(this.#bondsByDevice, device, f);
      const uuid = f.model.value('UUID')?.toLowerCase();
      if (uuid) append(this.#bondsByUuid, uuid, f);
    }
    for (const f of files) {
      if (f.model.role !== 'port') continue;
      const master = this.#masterDevice(f.model);
      if (master) append(this.#portsByMaster, master, f);
    }
  }

  /** The bond a port names, as a device: through the bond's UUID when it names one that a file here has. */
  #masterDevice(port: IfcfgModel): string | undefined {
    const byUuid = port.masterUuid && this.#bondsByUuid.get(port.masterUuid.toLowerCase())?.[0]?.model.device;
    return byUuid || port.master;
  }

  /** The files other than `uri`. */
  others(uri: string): RelatedIfcfg[] {
    return this.files.filter((f) => f.uri !== uri);
  }

  hasOthers(uri: string): boolean {
    return this.files.some((f) => f.uri !== uri);
  }

  /** Files other than `uri` that configure the bond `device`. */
  bonds(device: string, uri: string): RelatedIfcfg[] {
    return (this.#bondsByDevice.get(device) ?? []).filter((f) => f.uri !== uri);
  }

  /** Files other than `uri` that configure the bond the port `port` names. */
  bondsOf(port: IfcfgModel, uri: string): RelatedIfcfg[] {
    const device = this.#masterDevice(port);
    return device ? this.bonds(device, uri) : [];
  }

  /** Files other than `uri` that configure a bond, in folder order. */
  allBonds(uri: string): RelatedIfcfg[] {
    return this.#bondFiles.filter((f) => f.uri !== uri);
  }

  /** Files other than `uri` whose MASTER is `device`. */
  ports(device: string, uri: string): RelatedIfcfg[] {
    return (this.#portsByMaster.get(device) ?? []).filter((f) => f.uri !== uri);
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * What was derived from one answer of `filesNear`: a workspace that did not change answers the same array, so
 * checking a folder of n files builds its index once instead of n times.
 */
const ifcfgFolders = new WeakMap<readonly WorkspaceFile[], Map<string, IfcfgFolder>>();
const dumpsByBond = new WeakMap<readonly WorkspaceFile[], Map<string, RelatedDump[]>>();

/** The ifcfg files of the folder `uri` is in, itself included when the workspace has it. */
export function ifcfgFolder(workspace: Workspace, uri: string): IfcfgFolder {
  const near = workspace.filesNear(uri, 'ifcfg');
  const folder = folderOf(uri);
  let folders = ifcfgFolders.get(near);
  if (!folders) ifcfgFolders.set(near, (folders = new Map()));
  let found = folders.get(folder);
  // A backup copy that every reader skips (ifcfg-bond0.bak) configures nothing: it is no bond and no port here.
  if (!found) folders.set(folder, (found = new IfcfgFolder(near.filter((f) => folderOf(f.uri) === folder && !ignoredByEveryReader(fileOf(f.uri))).map(parsedIfcfg))));
  return found;
}

/** The other ifcfg files of the folder `uri` is in. */
export function siblingIfcfg(workspace: Workspace, uri: string): RelatedIfcfg[] {
  return ifcfgFolder(workspace, uri).others(uri);
}

/**
 * Where runtime dumps of this system would be: a sosreport or a copied root keeps ifcfg files under
 * `etc/sysconfig/network-scripts/` and dumps under `proc/net/bonding/` of the same root.
 */
function systemRoot(uri: string): string {
  const m = /^(.*?\/)etc\/sysconfig\/network(?:-scripts)?\/[^/]+$/.exec(uri);
  return m ? m[1]! : folderOf(uri);
}

/** Dumps of the bond `device` in the workspace around the ifcfg file `uri`. */
export function dumpsOf(workspace: Workspace, uri: string, device: string): RelatedDump[] {
  const near = workspace.filesNear(`${systemRoot(uri)}_`, 'bonding-status');
  let byBond = dumpsByBond.get(near);
  if (!byBond) {
    byBond = new Map();
    for (const file of near) {
      let entry = dumpCache.get(file.uri);
      if (!entry || entry.text !== file.text) {
        entry = remember(dumpCache, file.uri, { text: file.text, bonds: parseProcBonding(file.text).bonds.map(procModel) });
      }
      for (const bond of entry.bonds) {
        // A dump saved as proc/net/bonding/<bond> is named by its path.
        const name = bond.name ?? (entry.bonds.length === 1 && /\/proc\/net\/bonding\/[^/]+$/.test(file.uri) ? fileOf(file.uri) : undefined);
        if (name === undefined) continue;
        let dumps = byBond.get(name);
        if (!dumps) byBond.set(name, (dumps = []));
        dumps.push({ uri: file.uri, bond });
      }
    }
    dumpsByBond.set(near, byBond);
  }
  return [...(byBond.get(device) ?? [])];
}
