import type { TextEdit } from 'vscode-languageserver-types';
import type { ModeNumber } from '../../../../knowledge/modes';
import { isRejectedInMode, optionByName, validateOptionValue } from '../../../../knowledge/options';
import type { OptionSetting } from '../../../../model/ifcfgModel';
import type { BondingOptToken } from '../../../../syntax/bondingOpts';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { lastStartingBy } from '../../../../sorted';
import { t } from '../../../../knowledge/text';

export { t };

/** Modes whose bonds the kernel gives miimon=100 when none is set (802.3ad, balance-tlb, balance-alb). */
export const MIIMON_FORCED_MODES: readonly ModeNumber[] = [4, 5, 6];

/** The effective mode of a bond file: the `mode=` token, else the kernel default balance-rr (0). */
export function effectiveMode(ctx: IfcfgRuleContext): ModeNumber {
  return ctx.model.mode?.mode.number ?? 0;
}

/** Integer value of an option's last setting as the kernel reads it (`miimon=off` is 0); undefined when unset or invalid. */
export function intOption(ctx: IfcfgRuleContext, name: string): number | undefined {
  const v = ctx.model.option(name)?.applied;
  const option = optionByName(name);
  if (v === undefined || !option) return undefined;
  const check = validateOptionValue(option, v);
  return check.ok && check.normalized.kind === 'int' ? check.normalized.value : undefined;
}

/**
 * The ARP monitor runs: arp_interval is above 0 and the mode takes it. 802.3ad, balance-tlb and balance-alb have
 * arp_interval in their `unsuppmodes`: the kernel refuses the write, so ARP monitoring never starts and miimon keeps
 * what the mode gave it (opts.rejected-in-mode reports the option itself).
 */
export function arpMonitoring(ctx: IfcfgRuleContext): boolean {
  return (intOption(ctx, 'arp_interval') ?? 0) > 0 && !isRejectedInMode(optionByName('arp_interval')!, effectiveMode(ctx));
}

/**
 * miimon in effect once the file is applied: the written value (NetworkManager applies it after the mode, so an
 * explicit 0 stays 0; initscripts follows the file's order, so a miimon=0 written before an 802.3ad/tlb/alb mode= ends
 * at 100 there: initscriptsMiimon, which only xfile.runtime-differs reads), else
 * the 100 ms the kernel gives 802.3ad, balance-tlb and balance-alb when no ARP monitor runs, else 0. Undefined when
 * the written value is not one the kernel accepts (another rule reports it).
 */
export function miimonInEffect(ctx: IfcfgRuleContext): number | undefined {
  if (ctx.model.option('miimon')) return intOption(ctx, 'miimon');
  return MIIMON_FORCED_MODES.includes(effectiveMode(ctx)) && !arpMonitoring(ctx) ? 100 : 0;
}

/**
 * NetworkManager applies the file's options: a RHEL file whose TYPE lets it read them (RhelReaders). A file of another
 * TYPE (Bridge, Team…) is another kind of connection to it (ifcfg.bond-type reports it): initscripts alone builds that
 * bond. SUSE files are wicked's.
 */
export function nmReadsOpts(ctx: IfcfgRuleContext): boolean {
  return ctx.model.rhel?.nmReadsOpts === true;
}

/** `text` where NetworkManager reads the options (nmReadsOpts), else nothing: the part of a message about it. */
export function nmPart(ctx: IfcfgRuleContext, en: string, zh: string): { en: string; zh: string } {
  return nmReadsOpts(ctx) ? t(en, zh) : t('', '');
}

/**
 * The miimon initscripts leaves (network-functions install_bonding_driver): mode and miimon in the order of the file, a
 * mode of 802.3ad/tlb/alb turning a miimon of 0 into 100 (bond_option_mode_set), then the other options, of which an
 * arp_interval above 0, where the mode takes it, turns miimon off. Undefined for a miimon the kernel refuses.
 */
export function initscriptsMiimon(ctx: IfcfgRuleContext): number | undefined {
  let miimon: number | undefined = 0;
  for (const setting of ctx.model.options) {
    if (setting.name === 'miimon') {
      const check = validateOptionValue(optionByName('miimon')!, setting.applied ?? '');
      miimon = check.ok && check.normalized.kind === 'int' ? check.normalized.value : undefined;
    } else if (setting.name === 'mode' && miimon === 0 && MIIMON_FORCED_MODES.includes(effectiveMode(ctx))) miimon = 100;
  }
  return arpMonitoring(ctx) ? 0 : miimon;
}

/**
 * Every reader of a RHEL file ends with MII monitoring although the file writes miimon=0: written before an
 * 802.3ad/tlb/alb `mode=`, the 0 ends at 100 under initscripts (initscriptsMiimon), and NetworkManager, where it reads
 * the options, drops a keyword and, seeing no monitor in these modes, sets miimon=100 itself (as opts.no-link-monitoring
 * says). Only a NetworkManager that keeps a written 0 runs such a bond without a monitor.
 */
export function everyReaderMonitors(ctx: IfcfgRuleContext): boolean {
  return initscriptsMonitors(ctx) && !nmKeepsMiimon(ctx);
}

/**
 * initscripts ends with MII monitoring in a RHEL file that writes miimon=0 (initscriptsMiimon); SUSE files are
 * wicked's, which applies the options in an order of its own.
 */
export function initscriptsMonitors(ctx: IfcfgRuleContext): boolean {
  return ctx.model.rhel !== undefined && (initscriptsMiimon(ctx) ?? 0) > 0;
}

/** Why initscripts monitors such a file after all, as the end of a message. */
export const modeAfter = (off: string) =>
  t(` (initscripts writes mode= after ${off}, and the mode sets miimon=100)`, `（initscripts 在 ${off} 之后写入 mode=，该模式会设置 miimon=100）`);

/** NetworkManager applies the file's miimon: written as digits, which it keeps; it drops a kernel keyword such as `off`. */
export function nmKeepsMiimon(ctx: IfcfgRuleContext): boolean {
  const miimon = ctx.model.option('miimon');
  return nmReadsOpts(ctx) && miimon !== undefined && /^\d+$/.test(miimon.applied ?? '');
}

/**
 * NetworkManager sets miimon=100 itself: a file it reads as a bond where it finds no link monitor, neither miimon
 * nor arp_interval nor arp_validate (config-formats.md §1.4; nm-device-bond.c `miimon_has = !arp_interval &&
 * !arp_validate`, so an arp_interval of 0 or arp_validate=none is none), where initscripts leaves the kernel's value.
 */
export function nmSetsMiimon(ctx: IfcfgRuleContext): boolean {
  if (!nmReadsOpts(ctx) || nmKeepsMiimon(ctx)) return false;
  // It drops the ARP options in the modes it marks them unsupported in (802.3ad, tlb, alb; config-formats.md §1.5).
  return arpValidateRefused(ctx) || (!intOption(ctx, 'arp_interval') && !nmArpValidate(ctx));
}

const arpValidateRefused = (ctx: IfcfgRuleContext) => optionByName('arp_validate')!.rejectedInModes.includes(effectiveMode(ctx));

/** The arp_validate NetworkManager sends: one other than none, in a mode that takes it (it skips an empty value). */
function nmArpValidate(ctx: IfcfgRuleContext): OptionSetting | undefined {
  const validate = ctx.model.option('arp_validate');
  return validate?.applied && !/^(none|0)$/.test(validate.applied) && !arpValidateRefused(ctx) ? validate : undefined;
}

/**
 * The arp_validate that makes NetworkManager send no miimon although it keeps one above 0: with arp_validate set it
 * sends no miimon, updelay or downdelay (`miimon_has = !arp_interval && !arp_validate`; the kernel refuses both in one
 * netlink message), and without arp_interval a bond it creates in modes 0 to 3 keeps the kernel's miimon of 0.
 */
export function nmDropsMiimon(ctx: IfcfgRuleContext): OptionSetting | undefined {
  return nmKeepsMiimon(ctx) && intOption(ctx, 'miimon') && !intOption(ctx, 'arp_interval') ? nmArpValidate(ctx) : undefined;
}

/**
 * NetworkManager's verify() refuses a peer_notif_delay that is not a multiple of miimon, as it reads miimon (100 when
 * the file writes none it keeps), while arp_interval is 0: "'peer_notif_delay' option needs to be a value multiple of
 * 'miimon' value".
 */
export function nmRefusesPeerNotifDelay(ctx: IfcfgRuleContext, value: number): boolean {
  if (!nmReadsOpts(ctx)) return false;
  const miimon = nmKeepsMiimon(ctx) ? Number(ctx.model.option('miimon')!.applied) : 100;
  const arp = ctx.model.option('arp_interval')?.applied ?? '';
  return miimon > 0 && value % miimon !== 0 && !(/^\d+$/.test(arp) && Number(arp) > 0);
}

/**
 * Removes one option token together with the blank that separates it from its neighbour, so the option list
 * stays well formed (`"mode=1 lacp_rate=fast miimon=100"` → `"mode=1 miimon=100"`).
 */
export function removeOption(ctx: IfcfgRuleContext, setting: OptionSetting): TextEdit {
  const tokens = ctx.model.opts?.parsed.tokens ?? [];
  const i = lastStartingBy(tokens, setting.token.range.start, (t) => t.range.start);
  const { start, end } = setting.token.range;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next) return ctx.replace({ start, end: next.range.start }, '');
  if (prev) return ctx.replace({ start: prev.range.end, end }, '');
  return ctx.replace({ start, end }, '');
}

/**
 * Adds `text` as a new option at the start or the end of the option list, inside its quotes: a quoted value gets it
 * inside the quotes; a lone unquoted word is quoted with it, since an unquoted blank would end the value (bash runs
 * the rest as a command, NetworkManager reads the key as empty). Other shapes (quotes in the middle, escapes) get no
 * edit rather than a guess that could break the line.
 */
export function addOption(ctx: IfcfgRuleContext, text: string, where: 'first' | 'last'): TextEdit | undefined {
  const a = ctx.model.opts?.assignment;
  if (!a || a.problems.length) return undefined;
  const { raw, rawRange } = a;
  if ((a.quoted === 'double' || a.quoted === 'single') && raw.length >= 2 && raw[0] === raw[raw.length - 1] && !raw.slice(1, -1).includes(raw[0]!)) {
    const empty = raw.slice(1, -1).trim() === '';
    const first = ctx.model.opts?.parsed.tokens[0];
    const at = where === 'last' || !first ? rawRange.end - 1 : first.range.start;
    return ctx.replace({ start: at, end: at }, empty ? text : where === 'last' ? ` ${text}` : `${text} `);
  }
  if (a.quoted === 'none' && /^[^\s"'\\$`]+$/.test(raw)) return ctx.replace(rawRange, where === 'last' ? `"${raw} ${text}"` : `"${text} ${raw}"`);
  return undefined;
}

/** Options are only checked on files that configure a bond. */
export function isBondFile(ctx: IfcfgRuleContext): boolean {
  return ctx.model.role === 'bond' && ctx.model.opts !== undefined;
}

/**
 * Options as written, without tokens that hold a shell expansion (`$EXTRA`): bash replaces those before anything
 * reads them and NetworkManager reads the value as empty, which `ifcfg.shell-expansion` already reports.
 */
export function writtenOptions(ctx: IfcfgRuleContext): readonly OptionSetting[] {
  return ctx.model.options.filter((o) => !/[$`]/.test(o.token.text));
}

/**
 * Finds the index of the comma-separated item of a list value that `at` (offsets into the value) falls in. A binary
 * search: a list of thousands of addresses gets a finding for each one past the 16th.
 */
export function targetIndex(token: BondingOptToken): (at: { readonly start: number }) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const item of token.items) {
    starts.push(offset);
    offset += item.text.length + 1;
  }
  return (at) => lastStartingBy(starts, at.start, (start) => start);
}
