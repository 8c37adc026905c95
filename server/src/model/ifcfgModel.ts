import type { BooleanParser, IfcfgFlavour } from '../knowledge/ifcfgKeys';
import { type BondMode, modeByValue } from '../knowledge/modes';
import { optionByName, wickedEnumName } from '../knowledge/options';
import { type BondingOptToken, type BondingOpts, bondingOptsOf } from '../syntax/bondingOpts';
import { type IfcfgAssignment, type IfcfgFile, type LastAssignments, lastAssignments, nmReads, parseIfcfgSteps, wickedReads } from '../syntax/ifcfg';
import { type Steps, runAll } from '../steps';
import type { BondConfig, Origin, Sourced } from './bond';

/** SUSE's wicked reads `/etc/sysconfig/network/ifcfg-*`; RHEL's initscripts and NetworkManager read network-scripts. */
export type IfcfgDialect = 'redhat' | 'suse';

export type IfcfgRole = 'bond' | 'port' | 'other';

export interface OptionSetting {
  /** Kernel name of the option (aliases resolved), or the name as written when unknown. */
  readonly name: string;
  readonly token: BondingOptToken;
  /**
   * The value the file's reader gives the option, which rules and hover judge; `token.value` stays what the user
   * wrote. They differ where wicked matches an enum name in another case (`mode=Active-Backup` in a SUSE file).
   */
  readonly applied: string | undefined;
}

/**
 * One ifcfg file read the way its consumers read it: last assignment wins (as NetworkManager or, for SUSE, wicked reads
 * the file), options split into tokens.
 */
export interface IfcfgModel {
  readonly file: IfcfgFile;
  readonly last: LastAssignments;
  readonly dialect: IfcfgDialect;
  /** The `<name>` of `ifcfg-<name>`, from the document's path. */
  readonly fileDevice?: string;
  /** The interface this file configures: DEVICE, else the file name. */
  readonly device?: string;
  readonly role: IfcfgRole;
  /** RHEL files: how NetworkManager and initscripts each take the file (see `RhelReaders`). */
  readonly rhel?: RhelReaders;
  /** `BONDING_OPTS` (or SUSE `BONDING_MODULE_OPTS`) and its tokens. */
  readonly opts?: { readonly assignment: IfcfgAssignment; readonly parsed: BondingOpts };
  /** Option settings in order of appearance. */
  readonly options: readonly OptionSetting[];
  /** Mode chosen by the last `mode=` token as its reader applies it, when valid. */
  readonly mode?: { readonly mode: BondMode; readonly token: BondingOptToken };
  /** The bond a port belongs to (`MASTER`), when given. */
  readonly master?: string;
  /**
   * The UUID of the bond's connection a port names: MASTER_UUID, or a UUID written in MASTER. NetworkManager takes
   * it before the name (`check_if_bond_slave`); initscripts reads MASTER as an interface name only.
   */
  readonly masterUuid?: string;
  /**
   * SUSE: the ports a bond file names itself, one per variable whose name starts with `BONDING_SLAVE` (wicked counts
   * every such name; its ports need no file of their own). Empty in RHEL files, where each port names its bond.
   */
  readonly slaves: readonly string[];
  value(key: string): string | undefined;
  assignment(key: string): IfcfgAssignment | undefined;
  /** The last token setting `name` (aliases count as the same option). */
  option(name: string): OptionSetting | undefined;
}

/** A true value to initscripts' is_true: y, yes, t, true, on, 1, in any case. */
export const yes = (v: string | undefined) => v !== undefined && /^(yes|true|y|t|1|on)$/i.test(v);
/** A false value to initscripts' is_false: n, no, f, false, off, 0, in any case. */
export const no = (v: string | undefined) => v !== undefined && /^(no|false|n|f|0|off)$/i.test(v);

/** A true value to NetworkManager's svParseBoolean, which does not know on: y, yes, t, true, 1, in any case. */
export const nmYes = (v: string | undefined) => v !== undefined && /^(yes|true|y|t|1)$/i.test(v);
/** A false value to svParseBoolean: n, no, f, false, 0, in any case. */
export const nmNo = (v: string | undefined) => v !== undefined && /^(no|false|n|f|0)$/i.test(v);

/**
 * A true value to wicked's ni_sysconfig_test_boolean (src/sysconfig.c): on, true, yes, in any case. Anything else,
 * 1 and y included, is false there.
 */
export const wickedYes = (v: string | undefined) => v !== undefined && /^(on|true|yes)$/i.test(v);

/**
 * What a reader makes of a yes/no spelling: yes, no, or undefined where it does not know the spelling (then
 * initscripts' test fails either way, NetworkManager takes its default for the key, toggle_value gives nothing).
 * wicked knows every spelling: what is not yes to it is no.
 */
export function readBoolean(reader: IfcfgFlavour, value: string, parser?: BooleanParser): 'yes' | 'no' | undefined {
  if (parser === 'toggle_value') return /^(yes|YES)$/.test(value) ? 'yes' : /^(no|NO)$/.test(value) ? 'no' : undefined;
  if (parser === 'exact') return value === 'yes' ? 'yes' : value === 'no' ? 'no' : undefined;
  // make_bridge_setting() warns "invalid STP value" for any other spelling and takes it as no.
  if (parser === 'yes-no-on-off') return /^(yes|on)$/i.test(value) ? 'yes' : 'no';
  if (reader === 'networkmanager') return nmYes(value) ? 'yes' : nmNo(value) ? 'no' : undefined;
  if (reader === 'wicked') return wickedYes(value) ? 'yes' : 'no';
  return yes(value) ? 'yes' : no(value) ? 'no' : undefined;
}

/**
 * Whether each RHEL reader makes a bond of the file, as the two differ.
 * - NetworkManager (connection_from_file_full): the type is TYPE when not empty (s390 `CTC` counts as Ethernet);
 *   without TYPE it is Bond when BONDING_MASTER is true to svParseBoolean, else Ethernet for the devices that matter
 *   here. Then a type of exactly `Ethernet` (case-sensitive) with a non-empty BONDING_OPTS becomes Bond. Bond is
 *   compared in any case. A file whose BONDING_MASTER is true but whose type is not Bond is refused.
 * - initscripts creates a bond for a non-empty BONDING_OPTS (network-functions is_available); it reads neither TYPE
 *   nor BONDING_MASTER for that.
 */
export interface RhelReaders {
  /**
   * NetworkManager reads the file: NM_CONTROLLED is not false to svParseBoolean. With NM_CONTROLLED=no,
   * connection_from_file_full leaves the device unmanaged and reads nothing else, and initscripts alone brings it up.
   */
  readonly nmManaged: boolean;
  /** The type NetworkManager gives the file is Bond (whether or not it manages the device). */
  readonly nmBond: boolean;
  /**
   * NetworkManager reads BONDING_OPTS here: the type it gives the file is Bond, or exactly Ethernet (which the options
   * make a bond). Another type (Bridge, Team…) makes another kind of connection, which ignores them.
   */
  readonly nmReadsOpts: boolean;
  /** NetworkManager refuses the file: BONDING_MASTER is true but the type is not Bond. */
  readonly nmRefused: boolean;
  readonly initscriptsBond: boolean;
}

/**
 * `value`: a key as bash reads it (initscripts); `nmValue`: as NetworkManager's svGetValue() does, which reads a badly
 * quoted value as empty (`BONDING_OPTS=mode=4 miimon=100` is "mode=4" to bash, "" to NetworkManager).
 */
export function rhelReaders(value: (key: string) => string | undefined, nmValue: (key: string) => string | undefined): RhelReaders {
  const written = nmValue('TYPE') || undefined;
  const bondingMaster = nmYes(nmValue('BONDING_MASTER'));
  const nmOpts = !!nmValue('BONDING_OPTS');
  const nmType = written === undefined ? (bondingMaster ? 'Bond' : 'Ethernet') : written === 'CTC' ? 'Ethernet' : written;
  const bondType = nmType.toLowerCase() === 'bond';
  const nmBond = (nmType === 'Ethernet' && nmOpts) || bondType;
  const nmManaged = !nmNo(nmValue('NM_CONTROLLED'));
  return { nmManaged, nmBond, nmReadsOpts: nmManaged && (nmType === 'Ethernet' || bondType), nmRefused: nmManaged && bondingMaster && !nmBond, initscriptsBond: !!value('BONDING_OPTS') };
}

export function fileDeviceOf(uri: string): string | undefined {
  const base = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  return base.startsWith('ifcfg-') && base.length > 'ifcfg-'.length ? base.slice('ifcfg-'.length) : undefined;
}

/** The value `token` gives its option once a reader of this dialect applies it (see `OptionSetting.applied`). */
export function appliedValue(dialect: IfcfgDialect, token: BondingOptToken): string | undefined {
  const written = token.value;
  if (written === undefined || dialect !== 'suse') return written;
  const option = optionByName(token.name);
  return (option && wickedEnumName(option, written)) ?? written;
}

/** A connection UUID as NetworkManager writes it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ifcfgModel(text: string, uri: string): IfcfgModel {
  return runAll(ifcfgModelSteps(text, uri));
}

/** `ifcfgModel` in steps (see steps.ts). */
export function* ifcfgModelSteps(text: string, uri: string): Steps<IfcfgModel> {
  const file = yield* parseIfcfgSteps(text);
  const dialect: IfcfgDialect =
    /\/sysconfig\/network\/ifcfg-/.test(uri) || file.assignments.some((a) => a.key === 'BONDING_MODULE_OPTS' || a.key === 'STARTMODE') ? 'suse' : 'redhat';
  // The value NetworkManager (or wicked) reads: an `export` line does not override a plain one there, although it does in bash.
  const last = lastAssignments(file, dialect === 'suse' ? wickedReads : nmReads);
  yield;
  const value = (key: string) => last.byKey.get(key)?.value;
  const optsAssignment = last.byKey.get(dialect === 'suse' ? 'BONDING_MODULE_OPTS' : 'BONDING_OPTS') ?? last.byKey.get('BONDING_OPTS') ?? last.byKey.get('BONDING_MODULE_OPTS');
  const opts = optsAssignment ? { assignment: optsAssignment, parsed: bondingOptsOf(optsAssignment) } : undefined;
  const options: OptionSetting[] = (opts?.parsed.tokens ?? []).map((token) => ({ name: optionByName(token.name)?.name ?? token.name, token, applied: appliedValue(dialect, token) }));
  const option = (name: string) => {
    const canonical = optionByName(name)?.name ?? name;
    for (let i = options.length - 1; i >= 0; i--) if (options[i]!.name === canonical) return options[i];
    return undefined;
  };
  const modeSetting = option('mode');
  const mode = modeSetting?.applied !== undefined ? modeByValue(modeSetting.applied) : undefined;
  const type = value('TYPE');
  const rhel = dialect === 'redhat' ? rhelReaders(value, (key) => last.byKey.get(key)?.nmValue) : undefined;
  // A RHEL file that says BONDING_MASTER=yes stays a bond where NetworkManager refuses it for its TYPE, so that its
  // ports find it; ifcfg.bond-type reports the refusal. wicked (try_bonding) makes a bond only of a BONDING_MASTER
  // true to ni_sysconfig_test_boolean: BONDING_MASTER=1 is no bond there (ifcfg.invalid-value says so). A SUSE file
  // with bonding options or TYPE=Bond is still taken for a bond, so that its options are checked.
  const isBond = rhel
    ? rhel.nmBond || rhel.initscriptsBond || rhel.nmRefused
    : wickedYes(value('BONDING_MASTER')) || /^bond$/i.test(type ?? '') || opts !== undefined;
  const master = value('MASTER');
  const isPort = !isBond && (master !== undefined || yes(value('SLAVE')) || last.byKey.has('MASTER_UUID'));
  const fileDevice = fileDeviceOf(uri);
  return {
    file,
    last,
    dialect,
    fileDevice,
    // wicked names the interface after the file and does not read DEVICE (client/suse/compat-suse.c).
    device: (dialect === 'suse' ? fileDevice : undefined) || value('DEVICE') || fileDevice,
    role: isBond ? 'bond' : isPort ? 'port' : 'other',
    rhel,
    opts,
    options,
    mode: mode && modeSetting ? { mode, token: modeSetting.token } : undefined,
    master: master || undefined,
    masterUuid: value('MASTER_UUID') || (master && UUID.test(master) ? master : undefined),
    slaves: dialect === 'suse' ? [...last.byKey].filter(([key, a]) => key.startsWith('BONDING_SLAVE') && a.value).map(([, a]) => a.value) : [],
    value,
    assignment: (key) => last.byKey.get(key),
    option,
  };
}

/** Maps a bond's ifcfg onto the format-neutral bond. Ports come from other files; the caller adds them. */
export function ifcfgToConfig(model: IfcfgModel, uri: string, offsetToOrigin: (start: number, end: number) => Origin): BondConfig {
  const options = new Map<string, Sourced<string>>();
  for (const o of model.options) {
    if (o.applied === undefined) continue;
    options.set(o.name, { value: o.applied, origin: offsetToOrigin(o.token.range.start, o.token.range.end) });
  }
  return {
    source: 'ifcfg',
    uri,
    name: model.device,
    mode: model.mode ? { value: model.mode.mode.number, origin: offsetToOrigin(model.mode.token.range.start, model.mode.token.range.end) } : undefined,
    options,
    ports: [],
  };
}
