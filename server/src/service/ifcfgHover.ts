import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from './lspConstants';
import type { TextDocument } from '../textDocument';
import { hashPolicyByName } from '../knowledge/hashPolicies';
import { FLAVOUR_NAMES, IFCFG_TERMS, type IfcfgFlavour, type IfcfgKey, type IfcfgKeyValue, ifcfgKey } from '../knowledge/ifcfgKeys';
import { LACP_RATE_NOTE } from '../knowledge/lacp';
import { type BondMode, type ModeNumber, MODES, SWITCH_NEED_TEXT, modeByNumber, modeByValue } from '../knowledge/modes';
import {
  type BondOption,
  type EnumValue,
  OPTION_TERMS,
  expectedValues,
  isIneffectiveInMode,
  isRejectedInMode,
  optionByName,
  settableVia,
  validateOptionValue,
} from '../knowledge/options';
import { type Lang, sentences, t, type Text, tr } from '../knowledge/text';
import { type IfcfgDialect, type IfcfgModel, appliedValue, readBoolean } from '../model/ifcfgModel';
import { type BondingOptToken, bondingOptsOf } from '../syntax/bondingOpts';
import { type IfcfgAssignment, type OffsetRange, nodeAtOffset } from '../syntax/ifcfg';
import type { RuledFinding } from './diagnostics';
import type { IfcfgAnalysis } from './documents';
import type { ServiceEnv } from './languageService';
import { codeSpan, markdown } from './markdown';
import { type RelatedIfcfg, ifcfgFolder, siblingIfcfg } from './workspaceFiles';

const ICON: Readonly<Record<string, string>> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

/** Keys whose value is a bonding option list. */
export const OPTIONS_KEYS: readonly string[] = ['BONDING_OPTS', 'BONDING_MODULE_OPTS'];

/** The tools that read a file of this dialect. */
export function dialectReaders(dialect: IfcfgDialect): readonly IfcfgFlavour[] {
  return dialect === 'suse' ? ['wicked'] : ['initscripts', 'networkmanager'];
}

/** The readers that apply the file's BONDING_OPTS: not NetworkManager where the file's TYPE makes it no bond there. */
export function optionReaders(model: IfcfgModel): readonly IfcfgFlavour[] {
  return model.rhel && !model.rhel.nmReadsOpts ? ['initscripts'] : dialectReaders(model.dialect);
}

// ---------------------------------------------------------------------------------------------------------
// Texts

/** Fills `{name}` placeholders language by language; a parameter may itself be a text. */
export function fillText(text: Text, params: Readonly<Record<string, string | Text>>): Text {
  const sub = (s: string, lang: keyof Text) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = params[key];
      return v === undefined ? whole : typeof v === 'string' ? v : v[lang];
    });
  return t(sub(text.en, 'en'), sub(text.zh, 'zh'));
}

const same = (s: string): Text => t(s, s);

function list(items: readonly string[], lang: Lang): string {
  return items.join(tr(OPTION_TERMS.listSeparator, lang));
}

function fact(label: Text, value: string, lang: Lang): string {
  return `${tr(label, lang)}${tr(OPTION_TERMS.colon, lang)}${value}`;
}

const modeNames = (modes: readonly ModeNumber[]) => modes.map((m) => modeByNumber(m)!.name);

// ---------------------------------------------------------------------------------------------------------
// Workspace

/** The other ifcfg files of the folder `uri` is in, parsed. */
export function siblingModels(env: ServiceEnv, uri: string): RelatedIfcfg[] {
  return siblingIfcfg(env.workspace, uri);
}

/** The other files of the folder that are ports of `bond`, by MASTER or by the bond's UUID (as the cross-file rules). */
export function portsOfBond(env: ServiceEnv, uri: string, bond: string): RelatedIfcfg[] {
  return ifcfgFolder(env.workspace, uri).ports(bond, uri);
}

// ---------------------------------------------------------------------------------------------------------
// Options

/** The mode an option list sets (the last `mode=` token, as the rules read it), else the kernel default. */
export function modeOfTokens(tokens: readonly BondingOptToken[], dialect: IfcfgDialect): { mode: BondMode; explicit: boolean } {
  let last: BondingOptToken | undefined;
  for (const t of tokens) if (optionByName(t.name)?.name === 'mode') last = t;
  const applied = last ? appliedValue(dialect, last) : undefined;
  const mode = applied !== undefined ? modeByValue(applied) : undefined;
  return mode ? { mode, explicit: true } : { mode: MODES[0]!, explicit: false };
}

/** "this bond's mode, active-backup", or the default when no mode is set. */
function thisMode(m: { mode: BondMode; explicit: boolean }): Text {
  return fillText(OPTION_TERMS.thisMode, { mode: m.explicit ? m.mode.name : fillText(OPTION_TERMS.defaultMode, { mode: m.mode.name }) });
}

function enumText(v: EnumValue): string {
  return `\`${v.name}\` (${v.number})`;
}

function defaultText(option: BondOption, lang: Lang): string | undefined {
  if (option.default === undefined) return undefined;
  if (option.default === '') return tr(OPTION_TERMS.empty, lang);
  const v = option.values?.find((x) => x.name === option.default);
  return v ? enumText(v) : `\`${option.default}\``;
}

function unitText(option: BondOption, n: number): Text | undefined {
  if (option.kind === 'ms') return fillText(OPTION_TERMS.ms, { n: String(n) });
  if (option.kind === 's') return fillText(OPTION_TERMS.seconds, { n: String(n) });
  return undefined;
}

interface DecodedValue {
  readonly ok: boolean;
  /** Follows the value as written: ` → \`802.3ad\``, ` (1)`, ` = 100 ms`. */
  readonly suffix: Text;
  readonly enumValue?: EnumValue;
  readonly expected?: Text;
  readonly legacy?: Text;
}

/**
 * A value decoded the way the kernel reads it (`validateOptionValue`), once the file's reader has applied it
 * (`applied`, see `appliedValue`); the suffix follows the value as written.
 */
function decodeValue(option: BondOption, value: string, applied = value): DecodedValue {
  const check = validateOptionValue(option, applied);
  if (!check.ok) return { ok: false, suffix: same(''), expected: check.expected };
  const n = check.normalized;
  const legacy = check.legacy ? { legacy: check.legacy } : {};
  switch (n.kind) {
    case 'enum': {
      const v = option.values!.find((x) => x.number === n.number)!;
      const suffix = v.name === value ? same(` (${v.number})`) : same(` → ${/^\s*\d+\s*$/.test(value) ? `\`${v.name}\`` : enumText(v)}`);
      return { ok: true, suffix, enumValue: v, ...legacy };
    }
    case 'int': {
      const unit = unitText(option, n.value);
      if (n.keyword) return { ok: true, suffix: unit ? fillText(same(' = {u}'), { u: unit }) : same(` = ${n.value}`) };
      const off = option.keywords?.find((k) => k.name === 'off' && k.value === n.value);
      const named = off ? ` (\`${off.name}\`)` : '';
      return { ok: true, suffix: unit ? fillText(same(` = {u}${named}`), { u: unit }) : same(named) };
    }
    case 'ipv4-list':
    case 'ipv6-list': {
      const count = n.addresses.length === 1 ? OPTION_TERMS.oneAddress : fillText(OPTION_TERMS.addresses, { n: String(n.addresses.length) });
      return { ok: true, suffix: fillText(same(' = {c}'), { c: count }) };
    }
    default:
      return { ok: true, suffix: same('') };
  }
}

/** ` — not accepted by the kernel; expected …`, short when a finding on the token already says what is expected. */
function invalidSuffix(d: DecodedValue, covered: boolean): Text {
  if (d.ok) return same('');
  const why = covered || !d.expected ? OPTION_TERMS.invalidShort : fillText(OPTION_TERMS.invalid, { expected: d.expected });
  return fillText(same(' — {w}'), { w: why });
}

/**
 * The judgement of an option against the bond's mode, when no finding on the token already says it; `name` is the
 * option as written (an alias such as num_grat_arp is named as the file names it).
 */
function modeJudgement(option: BondOption, name: string, m: { mode: BondMode; explicit: boolean }, shown: readonly RuledFinding[]): Text | undefined {
  const mode = m.mode.number;
  if (isRejectedInMode(option, mode)) {
    if (covers(shown, 'opts.rejected-in-mode')) return undefined;
    return fillText(OPTION_TERMS.refusedHere, { option: name, mode: thisMode(m) });
  }
  if (isIneffectiveInMode(option, mode)) {
    if (covers(shown, 'opts.ineffective-in-mode')) return undefined;
    return fillText(OPTION_TERMS.ineffectiveHere, { option: name, mode: thisMode(m) });
  }
  return undefined;
}

/** The facts of the option table about one option, for hover and completion documentation. */
export function optionFacts(option: BondOption, lang: Lang, readers: readonly IfcfgFlavour[]): string[] {
  const facts: string[] = [];
  const dflt = defaultText(option, lang);
  if (dflt !== undefined) {
    const note = option.defaultNote ? `${tr(OPTION_TERMS.sentenceBreak, lang)}${tr(option.defaultNote, lang)}` : '';
    facts.push(fact(OPTION_TERMS.default, `${dflt}${note}`, lang));
  }
  facts.push(fact(OPTION_TERMS.accepts, tr(expectedValues(option), lang), lang));
  const all = MODES.map((m) => m.number);
  const rejected = option.rejectedInModes;
  if (rejected.length > all.length / 2) {
    facts.push(fact(OPTION_TERMS.acceptedOnlyIn, list(modeNames(all.filter((m) => !rejected.includes(m))), lang), lang));
  } else if (rejected.length > 0) {
    facts.push(fact(OPTION_TERMS.refusedIn, list(modeNames(rejected), lang), lang));
  }
  const ineffective = option.ineffectiveInModes;
  const used = all.filter((m) => !rejected.includes(m) && !ineffective.includes(m));
  if (ineffective.length > used.length && used.length > 0) facts.push(fact(OPTION_TERMS.usedOnlyIn, list(modeNames(used), lang), lang));
  else if (ineffective.length > 0) facts.push(fact(OPTION_TERMS.noEffectIn, list(modeNames(ineffective), lang), lang));
  const channels: Text[] = [];
  if (option.channels.moduleParam) channels.push(OPTION_TERMS.moduleParam);
  if (option.channels.sysfs) channels.push(OPTION_TERMS.sysfs);
  if (option.channels.netlink) channels.push(OPTION_TERMS.netlink);
  if (channels.length) facts.push(fact(OPTION_TERMS.setVia, list(channels.map((c) => tr(c, lang)), lang), lang));
  const can = readers.filter((r) => settableVia(option, r)).map((r) => FLAVOUR_NAMES[r]);
  const cannot = readers.filter((r) => !settableVia(option, r)).map((r) => FLAVOUR_NAMES[r]);
  if (can.length) facts.push(fact(OPTION_TERMS.appliedBy, list(can, lang), lang));
  if (cannot.length) facts.push(fact(OPTION_TERMS.notAppliedBy, list(cannot, lang), lang));
  if (option.nm?.note && readers.includes('networkmanager')) facts.push(tr(option.nm.note, lang));
  if (option.perPort) facts.push(tr(OPTION_TERMS.perPort, lang));
  if (option.nmPortKey && readers.includes('networkmanager')) facts.push(tr(fillText(OPTION_TERMS.nmPortKey, { key: option.nmPortKey }), lang));
  facts.push(fact(OPTION_TERMS.since, tr(option.since, lang), lang));
  if (option.deprecated) facts.push(tr(option.deprecated, lang));
  if (option.unverified) facts.push(fact(OPTION_TERMS.unverified, tr(option.unverified, lang), lang));
  return facts;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

interface Sections {
  readonly title: string;
  readonly value?: string;
  readonly meaning?: readonly Text[];
  readonly findings: readonly RuledFinding[];
  readonly facts?: readonly string[];
}

function covers(shown: readonly RuledFinding[], ...codes: string[]): boolean {
  return shown.some((f) => codes.includes(f.rule.code));
}

interface HoverContext {
  readonly doc: TextDocument;
  readonly model: IfcfgModel;
  readonly env: ServiceEnv;
  readonly lang: Lang;
  readonly findings: () => readonly RuledFinding[];
}

/** Findings whose range overlaps `range` (a finding of no width counts where it stands). */
function overlapping(ctx: HoverContext, range: OffsetRange, also?: (start: number, end: number) => boolean): RuledFinding[] {
  return ctx.findings().filter((f) => {
    const start = ctx.doc.offsetAt(f.finding.range.start);
    const end = ctx.doc.offsetAt(f.finding.range.end);
    const over = end > start ? start < range.end && range.start < end : start >= range.start && start <= range.end;
    return over || (also?.(start, end) ?? false);
  });
}

function render(ctx: HoverContext, s: Sections, range: OffsetRange): Hover {
  const { lang } = ctx;
  const parts = [s.title];
  if (s.value) parts.push(s.value);
  if (s.meaning?.length) parts.push(markdown(tr(sentences(s.meaning), lang)));
  for (const f of s.findings) parts.push(`${ICON[f.severity]} ${markdown(tr(f.finding.message, lang))} \`${f.rule.code}\``);
  if (s.facts?.length) parts.push(`*${markdown(s.facts.join(' · '))}*`);
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: ctx.doc.positionAt(range.start), end: ctx.doc.positionAt(range.end) },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Hover

/**
 * Hover on ifcfg keys, BONDING_OPTS options and their values: what it is, the value of this line decoded, what
 * it means for this bond (with the findings on the hovered token), then the facts of the knowledge tables.
 */
export function ifcfgHover(
  doc: TextDocument,
  analysis: IfcfgAnalysis,
  position: Position,
  env: ServiceEnv,
  findings: () => readonly RuledFinding[],
): Hover | null {
  const { model } = analysis;
  const offset = doc.offsetAt(position);
  const node = nodeAtOffset(model.file, offset);
  if (!node || node.kind !== 'assignment' || offset >= node.range.end) return null;
  const inside = (r: OffsetRange) => offset >= r.start && offset < r.end;
  const ctx: HoverContext = { doc, model, env, lang: env.lang, findings };

  if (inside(node.keyRange)) return keyHover(ctx, node, node.keyRange);
  if (OPTIONS_KEYS.includes(node.key)) {
    const tokens = tokensOf(model, node);
    for (const token of tokens) {
      if (inside(token.nameRange)) return optionNameHover(ctx, token, tokens);
      if (token.valueRange && inside(token.valueRange)) return optionValueHover(ctx, token, tokens);
    }
    return null;
  }
  if (inside(node.rawRange)) return keyHover(ctx, node, node.rawRange);
  return null;
}

function tokensOf(model: IfcfgModel, a: IfcfgAssignment): readonly BondingOptToken[] {
  return model.opts?.assignment === a ? model.opts.parsed.tokens : bondingOptsOf(a).tokens;
}

function optionTitle(option: BondOption, lang: Lang): string {
  return `**${option.name}** — ${markdown(tr(option.doc, lang))}`;
}

function optionNameHover(ctx: HoverContext, token: BondingOptToken, tokens: readonly BondingOptToken[]): Hover | null {
  const { lang } = ctx;
  const shown = overlapping(ctx, token.nameRange);
  const option = optionByName(token.name);
  if (!option) return shown.length ? render(ctx, { title: `**${markdown(token.name)}**`, findings: shown }, token.nameRange) : null;
  let value: string | undefined;
  if (token.value !== undefined && token.value !== '') {
    const d = decodeValue(option, token.value, appliedValue(ctx.model.dialect, token));
    value = `${codeSpan(token.text)}${markdown(tr(d.suffix, lang) + tr(invalidSuffix(d, covers(shown, 'opts.invalid-value')), lang))}`;
  }
  const judgement = modeJudgement(option, token.name, modeOfTokens(tokens, ctx.model.dialect), shown);
  return render(
    ctx,
    { title: optionTitle(option, lang), value, meaning: judgement ? [judgement] : [], findings: shown, facts: optionFacts(option, lang, optionReaders(ctx.model)) },
    token.nameRange,
  );
}

function optionValueHover(ctx: HoverContext, token: BondingOptToken, tokens: readonly BondingOptToken[]): Hover | null {
  const { lang, model } = ctx;
  const range = token.valueRange!;
  const shown = overlapping(ctx, range);
  const option = optionByName(token.name);
  const written = token.value!;
  if (!option) return shown.length ? render(ctx, { title: `**${markdown(token.name)}**`, value: codeSpan(written), findings: shown }, range) : null;
  const applied = appliedValue(model.dialect, token)!;
  const d = decodeValue(option, written, applied);
  const mode = modeOfTokens(tokens, model.dialect);
  const rejected = isRejectedInMode(option, mode.mode.number);
  const meaning: Text[] = [];
  let doc: Text | undefined = d.enumValue?.doc;

  // A SUSE file's name in another case: say why no error is shown where a RHEL file would get one.
  if (applied !== written && d.ok) meaning.push(fillText(OPTION_TERMS.wickedCaseless, { name: applied }));
  if (d.ok && d.enumValue) {
    if (option.name === 'mode') {
      const m = modeByNumber(d.enumValue.number)!;
      if (!covers(shown, 'opts.switch-config', 'opts.switch-mismatch')) {
        meaning.push(fillText(OPTION_TERMS.needsSwitch, { mode: m.name, need: SWITCH_NEED_TEXT[m.switchNeed] }));
      }
    } else if (option.name === 'lacp_rate') {
      meaning.push(LACP_RATE_NOTE);
    } else if (option.name === 'xmit_hash_policy') {
      const policy = hashPolicyByName(d.enumValue.name);
      if (policy) {
        doc = policy.summary;
        meaning.push(fillText(same('{label}{colon}{fields}'), { label: OPTION_TERMS.hashed, colon: OPTION_TERMS.colon, fields: policy.fields }));
        if (policy.caveats) meaning.push(policy.caveats);
      }
    }
  }
  if (d.ok && option.kind === 'ifname' && written !== '' && model.device && !rejected) {
    const port = portMeaning(ctx, model.device, written);
    if (port) meaning.push(port);
  }
  const judgement = modeJudgement(option, token.name, mode, shown);
  if (judgement) meaning.push(judgement);

  const decoded = `${tr(d.suffix, lang)}${doc ? ` — ${tr(doc, lang)}` : ''}${tr(invalidSuffix(d, covers(shown, 'opts.invalid-value')), lang)}`;
  // A value that decodes to nothing more than itself (an interface name, a MAC) is not repeated.
  const value = decoded ? `${codeSpan(written)}${markdown(decoded)}` : undefined;
  const facts: string[] = [];
  const dflt = defaultText(option, lang);
  if (dflt !== undefined) facts.push(fact(OPTION_TERMS.default, dflt, lang));
  if (d.ok && d.enumValue && option.sysfsShowsName && option.channels.sysfs && !rejected) {
    const path = `/sys/class/net/${model.device ?? '<bond>'}/bonding/${option.name}`;
    facts.push(`${tr(OPTION_TERMS.sysfs, lang)}${tr(OPTION_TERMS.colon, lang)}${tr(fillText(OPTION_TERMS.sysfsReads, { path, value: `${d.enumValue.name} ${d.enumValue.number}` }), lang)}`);
  }
  if (d.enumValue?.since) facts.push(fact(OPTION_TERMS.since, tr(d.enumValue.since, lang), lang));
  if (d.legacy) facts.push(tr(d.legacy, lang));
  return render(ctx, { title: optionTitle(option, lang), value, meaning, findings: shown, facts }, range);
}

/** Whether the interface named in `primary=` / `active_slave=` is a port of this bond in the folder. */
function portMeaning(ctx: HoverContext, bond: string, port: string): Text | undefined {
  const others = siblingModels(ctx.env, ctx.doc.uri);
  if (others.length === 0) return undefined;
  const hit = portsOfBond(ctx.env, ctx.doc.uri, bond).find((o) => o.model.device === port);
  return hit ? fillText(OPTION_TERMS.isPort, { port, bond, file: hit.file }) : fillText(OPTION_TERMS.notPort, { port, bond });
}

// ---------------------------------------------------------------------------------------------------------
// Keys

function keyValueOf(key: IfcfgKey, value: string): IfcfgKeyValue | undefined {
  return key.values?.find((v) => v.name === value) ?? key.values?.find((v) => v.name.toLowerCase() === value.toLowerCase());
}

function readersText(readers: readonly IfcfgFlavour[], lang: Lang): string {
  return list(readers.map((r) => FLAVOUR_NAMES[r]), lang);
}

/**
 * What the readers of a yes/no key in a file of this dialect make of another spelling, each with its own parser (see
 * `readBoolean`). Nothing when they disagree or one does not know it: ifcfg.invalid-value says that.
 */
function booleanReading(key: IfcfgKey, dialect: IfcfgDialect, written: string): { readers: IfcfgFlavour[]; reading: 'yes' | 'no' } | undefined {
  const ofDialect = key.readers.filter((r) => dialectReaders(dialect).includes(r));
  const known = ofDialect.length ? ofDialect : [...key.readers];
  const readings = new Set(known.map((r) => readBoolean(r, written, key.booleanParsers?.[r])));
  const reading = readings.size === 1 ? [...readings][0] : undefined;
  return reading ? { readers: known, reading } : undefined;
}

function keyHover(ctx: HoverContext, a: IfcfgAssignment, range: OffsetRange): Hover | null {
  const { lang, model } = ctx;
  const key = ifcfgKey(a.key);
  const options = OPTIONS_KEYS.includes(a.key);
  const tokens = options ? tokensOf(model, a) : [];
  // An option list's own findings belong to its tokens; the key shows those about the key or the whole value.
  const shown = options
    ? overlapping(ctx, a.keyRange, (start, end) => start >= a.rawRange.start && end <= a.rawRange.end && !tokens.some((t) => start >= t.range.start && end <= t.range.end))
    : overlapping(ctx, { start: a.keyRange.start, end: a.range.end });
  if (!key) return shown.length ? render(ctx, { title: `**${markdown(a.key)}**`, findings: shown }, range) : null;

  const title = `**${markdown(a.key)}**${key.name !== a.key ? ` (${markdown(key.name)})` : ''} — ${markdown(tr(key.doc, lang))}`;
  const meaning: Text[] = [];
  const facts: string[] = [];
  let value: string | undefined;
  const written = a.value;

  if (options) {
    const parts = tokens.map((t) => {
      const option = optionByName(t.name);
      if (!option || t.value === undefined || t.value === '') return codeSpan(t.text);
      const d = decodeValue(option, t.value, appliedValue(model.dialect, t));
      return `${codeSpan(t.text)}${markdown(tr(d.suffix, lang) + (d.ok ? '' : tr(invalidSuffix(d, true), lang)))}`;
    });
    if (parts.length) value = parts.join(markdown(tr(OPTION_TERMS.listSeparator, lang)));
  } else if (written !== '') {
    const v = keyValueOf(key, written);
    if (v) {
      value = `${codeSpan(written)} — ${markdown(tr(v.doc, lang))}`;
      if (v.otherTool) facts.push(`\`${v.name}\`${tr(OPTION_TERMS.colon, lang)}${tr(fillText(IFCFG_TERMS.valueOtherTool, { tool: v.otherTool }), lang)}`);
      else if (v.readers) facts.push(`\`${v.name}\`${tr(OPTION_TERMS.colon, lang)}${tr(fillText(IFCFG_TERMS.valueReaders, { readers: readersText(v.readers, lang) }), lang)}`);
    } else if (key.valueKind === 'yes-no' && !/^(yes|no)$/.test(written)) {
      const reading = booleanReading(key, model.dialect, written);
      if (reading) value = markdown(tr(fillText(reading.readers.length > 1 ? IFCFG_TERMS.booleanBoth : IFCFG_TERMS.booleanOne, { value: written, reading: reading.reading, readers: readersText(reading.readers, lang) }), lang));
    }
    if (a.key === 'MASTER') {
      const bond = siblingModels(ctx.env, ctx.doc.uri).find((o) => o.model.role === 'bond' && o.model.device === written);
      if (bond) {
        const m = bond.model.mode ? { mode: bond.model.mode.mode, explicit: true } : { mode: MODES[0]!, explicit: false };
        meaning.push(fillText(IFCFG_TERMS.bondConfigured, { file: bond.file, bond: written, mode: m.explicit ? m.mode.name : fillText(OPTION_TERMS.defaultMode, { mode: m.mode.name }) }));
      }
    }
    if (a.key === 'DEVICE' && model.role === 'bond') {
      const ports = portsOfBond(ctx.env, ctx.doc.uri, written)
        .map((o) => o.model.device ?? o.file)
        .sort();
      if (ports.length) meaning.push(fillText(OPTION_TERMS.portsOf, { bond: written, ports: t(list(ports, 'en'), list(ports, 'zh-cn')) }));
    }
  }
  const readBy = key.otherTool ? tr(key.otherTool, lang) : readersText(key.readers, lang);
  facts.unshift(fact(IFCFG_TERMS.readBy, readBy, lang));
  return render(ctx, { title, value, meaning, findings: shown, facts }, range);
}
