import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind } from './lspConstants';
import { markdown } from './markdown';
import type { TextDocument } from '../textDocument';
import { hashPolicyByName } from '../knowledge/hashPolicies';
import { FLAVOUR_NAMES, IFCFG_KEYS, IFCFG_TERMS, type IfcfgKey, ifcfgKey } from '../knowledge/ifcfgKeys';
import { MODES, SWITCH_NEED_TEXT, modeByNumber } from '../knowledge/modes';
import {
  BOND_OPTIONS,
  type BondOption,
  type EnumValue,
  OPTION_TERMS,
  expectedValues,
  isIneffectiveInMode,
  isRejectedInMode,
  optionByName,
  settableVia,
} from '../knowledge/options';
import { type Lang, type Text, tr } from '../knowledge/text';
import type { IfcfgModel } from '../model/ifcfgModel';
import { bondingOptsOf } from '../syntax/bondingOpts';
import { type IfcfgNode, nodeAtOffset } from '../syntax/ifcfg';
import type { Analysis } from './documents';
import { directiveCompletion } from './directiveCompletion';
import type { ServiceEnv } from './languageService';
import { OPTIONS_KEYS, dialectReaders, fillText, modeOfTokens, optionFacts, optionReaders, portsOfBond, siblingModels } from './ifcfgHover';

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** Opens the suggestion list again after an inserted `KEY=` or `name=`, so the values follow. */
const SUGGEST_AGAIN = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

interface Context {
  readonly doc: TextDocument;
  readonly model: IfcfgModel;
  readonly env: ServiceEnv;
  readonly lang: Lang;
  readonly offset: number;
  /** The line under the cursor. */
  readonly node: IfcfgNode;
  /** Text of the line before the cursor. */
  readonly before: string;
  /** Text of the line after the cursor. */
  readonly after: string;
}

/**
 * Completion in ifcfg files: keys at the start of a line, values after `KEY=`, and inside BONDING_OPTS option
 * names and their values, ordered for this file's role and mode; rule codes in a `# bondlint disable=` comment. A
 * runtime dump is only read, never typed.
 */
export function completion(doc: TextDocument, analysis: Analysis, position: Position, env: ServiceEnv): CompletionList {
  if (analysis.kind !== 'ifcfg') return EMPTY;
  const codes = directiveCompletion(doc, position, env.lang);
  if (codes) return { isIncomplete: false, items: codes };
  const { model } = analysis;
  const at = doc.offsetAt(position);
  const node = nodeAtOffset(model.file, at);
  if (!node) return EMPTY;
  const text = doc.getText();
  const offset = Math.min(at, node.range.end);
  const ctx: Context = {
    doc,
    model,
    env,
    lang: env.lang,
    offset,
    node,
    before: text.slice(node.range.start, offset),
    after: text.slice(offset, node.range.end),
  };
  const items = keyPosition(ctx) ?? valuePosition(ctx) ?? [];
  const order = (x: CompletionItem) => `${x.sortText ?? x.label}\u0000${x.label}`;
  items.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { isIncomplete: false, items };
}

function range(ctx: Context, start: number, end: number): Range {
  return { start: ctx.doc.positionAt(start), end: ctx.doc.positionAt(end) };
}

/** Paragraphs of knowledge text, then facts in one italic paragraph, as Markdown documentation (see markdown.ts). */
function documentation(texts: readonly string[], facts: readonly string[] = []) {
  const parts = texts.filter((p) => p !== '').map(markdown);
  if (facts.length) parts.push(`*${markdown(facts.join(' · '))}*`);
  return { kind: MarkupKind.Markdown, value: parts.join('\n\n') };
}

const pad = (n: number) => String(n).padStart(3, '0');

// ---------------------------------------------------------------------------------------------------------
// Keys

function keyPosition(ctx: Context): CompletionItem[] | undefined {
  const m = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)?$/.exec(ctx.before);
  if (!m) return undefined;
  const typed = m[1] ?? '';
  const rest = /^[A-Za-z0-9_]*/.exec(ctx.after)![0];
  const start = ctx.offset - typed.length;
  const end = ctx.offset + rest.length;
  const hasEquals = ctx.after[rest.length] === '=';
  const { model, lang } = ctx;
  const readers = dialectReaders(model.dialect);
  const assigned = new Set(model.file.assignments.filter((a) => a !== ctx.node).map((a) => a.key));
  // Keys of another tool only make sense once the file says it belongs to that tool.
  const tools = new Set<Text>();
  for (const k of ['TYPE', 'DEVICETYPE']) {
    const value = model.value(k);
    const tool = ifcfgKey(k)?.values?.find((v) => v.name === value)?.otherTool;
    if (tool) tools.add(tool);
  }
  const items: CompletionItem[] = [];
  IFCFG_KEYS.forEach((key, index) => {
    const name = key.pattern ? key.completeAs : key.name;
    if (!name || assigned.has(name)) return;
    if (key.otherTool && !tools.has(key.otherTool)) return;
    const readable = key.otherTool !== undefined || key.readers.some((r) => readers.includes(r));
    let group: number;
    if (!readable) group = 3;
    else if (key.bond && model.role !== 'other' && key.bond !== model.role) group = 3;
    else if (key.bond && key.bond === model.role) group = 0;
    else if (key.otherTool) group = 2;
    else group = 1;
    const readBy = key.otherTool ? tr(key.otherTool, lang) : key.readers.map((r) => FLAVOUR_NAMES[r]).join(tr(OPTION_TERMS.listSeparator, lang));
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: `${tr(IFCFG_TERMS.readBy, lang)}${tr(OPTION_TERMS.colon, lang)}${readBy}`,
      documentation: documentation([tr(key.doc, lang)]),
      sortText: `${group}${pad(index)}`,
      textEdit: { range: range(ctx, start, end), newText: hasEquals ? name : `${name}=` },
      ...(hasEquals || !hasValueItems(key) ? {} : { command: SUGGEST_AGAIN }),
    });
  });
  return items;
}

function hasValueItems(key: IfcfgKey): boolean {
  return key.valueKind === 'enum' || key.valueKind === 'yes-no' || key.valueKind === 'options' || key.name === 'MASTER';
}

// ---------------------------------------------------------------------------------------------------------
// Values of keys

function valuePosition(ctx: Context): CompletionItem[] | undefined {
  const m = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(ctx.before);
  if (!m) return undefined;
  const keyName = m[1]!;
  const value = m[2]!;
  if (OPTIONS_KEYS.includes(keyName)) return optionsValue(ctx, value);
  const key = ifcfgKey(keyName);
  if (!key) return [];
  const quote = value[0] === '"' || value[0] === "'" ? 1 : 0;
  const typed = value.slice(quote);
  if (/[\s"'#;]/.test(typed)) return [];
  const rest = /^[^\s"'#;]*/.exec(ctx.after)![0];
  const r = range(ctx, ctx.offset - typed.length, ctx.offset + rest.length);
  const { lang, model } = ctx;
  const readers = dialectReaders(model.dialect);
  if (key.values) {
    return key.values.map((v, index) => {
      const other = v.otherTool !== undefined || (v.readers !== undefined && !v.readers.some((x) => readers.includes(x)));
      return {
        label: v.name,
        kind: CompletionItemKind.EnumMember,
        detail: tr(v.doc, lang),
        sortText: `${other ? 1 : 0}${pad(index)}`,
        textEdit: { range: r, newText: v.name },
      };
    });
  }
  if (key.valueKind === 'yes-no') {
    return ['yes', 'no'].map((v, index) => ({ label: v, kind: CompletionItemKind.Value, sortText: pad(index), textEdit: { range: r, newText: v } }));
  }
  if (key.name === 'MASTER') {
    const seen = new Set<string>();
    const items: CompletionItem[] = [];
    for (const s of siblingModels(ctx.env, ctx.doc.uri)) {
      const device = s.model.device;
      if (s.model.role !== 'bond' || !device || seen.has(device)) continue;
      seen.add(device);
      const mode = s.model.mode?.mode;
      items.push({
        label: device,
        kind: CompletionItemKind.Value,
        detail: mode ? `${s.file} · ${mode.name}` : s.file,
        ...(mode ? { documentation: documentation([tr(mode.summary, lang)]) } : {}),
        sortText: device,
        textEdit: { range: r, newText: device },
      });
    }
    return items;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// BONDING_OPTS

function optionsValue(ctx: Context, value: string): CompletionItem[] {
  if (value === '') return ctx.after.trim() === '' ? optionSnippets(ctx) : [];
  let inner: string;
  if (value[0] === '"') {
    inner = value.slice(1);
    // past the closing quote
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === '\\') i++;
      else if (inner[i] === '"') return [];
    }
  } else if (value[0] === "'") {
    inner = value.slice(1);
    if (inner.includes("'")) return [];
  } else {
    inner = value;
    // unquoted, a blank ends the value
    if (/[\s"'$]/.test(inner)) return [];
  }
  const word = inner.slice(Math.max(inner.lastIndexOf(' '), inner.lastIndexOf('\t')) + 1);
  const eq = word.indexOf('=');
  if (eq >= 0) return optionValues(ctx, word.slice(0, eq), word.slice(eq + 1));
  return optionNames(ctx, word);
}

/** `BONDING_OPTS=` with nothing after it: a quoted option list per mode. */
function optionSnippets(ctx: Context): CompletionItem[] {
  const { lang } = ctx;
  const miimon = optionByName('miimon')!;
  const common = miimon.commonValues?.[0];
  return MODES.map((mode) => {
    const label = common ? `"mode=${mode.name} miimon=${common.value}"` : `"mode=${mode.name}"`;
    const snippet = common ? `"mode=${mode.name} miimon=\${1:${common.value}}$0"` : `"mode=${mode.name}$0"`;
    return {
      label,
      kind: CompletionItemKind.Snippet,
      detail: tr(mode.summary, lang),
      documentation: documentation([
        tr(fillText(OPTION_TERMS.needsSwitch, { mode: mode.name, need: SWITCH_NEED_TEXT[mode.switchNeed] }), lang),
        common ? `\`miimon=${common.value}\`${tr(OPTION_TERMS.colon, lang)}${tr(common.doc, lang)}` : '',
      ]),
      sortText: pad(mode.number),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(ctx, ctx.offset, ctx.offset), newText: snippet },
    };
  });
}

/** The option tokens of the cursor's line other than the one being typed. */
function otherTokens(ctx: Context) {
  const a = ctx.node;
  if (a.kind !== 'assignment') return [];
  const tokens = ctx.model.opts?.assignment === a ? ctx.model.opts.parsed.tokens : bondingOptsOf(a).tokens;
  return tokens.filter((t) => !(t.range.start <= ctx.offset && ctx.offset <= t.range.end));
}

function optionNames(ctx: Context, typed: string): CompletionItem[] {
  const { lang, model } = ctx;
  const rest = /^[^\s"'=]*/.exec(ctx.after)![0];
  const hasEquals = ctx.after[rest.length] === '=';
  const r = range(ctx, ctx.offset - typed.length, ctx.offset + rest.length);
  const tokens = otherTokens(ctx);
  const set = new Set(tokens.map((t) => optionByName(t.name)?.name ?? t.name));
  const mode = modeOfTokens(tokens, model.dialect);
  const readers = optionReaders(model);
  const items: CompletionItem[] = [];
  for (const option of BOND_OPTIONS) {
    if (!option.kernel || option.moduleOnly || set.has(option.name)) continue;
    const settable = readers.filter((x) => settableVia(option, x)).length;
    if (settable === 0) continue;
    let group: number;
    if (option.name === 'mode') group = 0;
    else if (mode.explicit && isRejectedInMode(option, mode.mode.number)) continue;
    else if ((mode.explicit && isIneffectiveInMode(option, mode.mode.number)) || settable < readers.length || option.deprecated) group = 2;
    else group = 1;
    const docs = documentation([tr(option.doc, lang)], optionFacts(option, lang, readers));
    for (const name of [option.name, ...option.aliases]) {
      items.push({
        label: name,
        kind: CompletionItemKind.Property,
        detail: tr(expectedValues(option), lang),
        documentation: docs,
        sortText: `${group}${name}`,
        textEdit: { range: r, newText: hasEquals ? name : `${name}=` },
        ...(option.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
        ...(hasEquals || !hasOptionValues(option) ? {} : { command: SUGGEST_AGAIN }),
      });
    }
  }
  return items;
}

function hasOptionValues(option: BondOption): boolean {
  return option.values !== undefined || option.keywords !== undefined || option.commonValues !== undefined || option.kind === 'ifname';
}

function optionValues(ctx: Context, name: string, typed: string): CompletionItem[] {
  const option = optionByName(name);
  if (!option) return [];
  const { lang, model } = ctx;
  const rest = /^[^\s"']*/.exec(ctx.after)![0];
  const r = range(ctx, ctx.offset - typed.length, ctx.offset + rest.length);
  const item = (label: string, sortText: string, extra: Partial<CompletionItem>): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    sortText,
    textEdit: { range: r, newText: label },
    ...extra,
  });

  if (option.values) {
    return option.values.map((v) =>
      item(v.name, `${v.legacy ? 1 : 0}${pad(v.number)}`, {
        kind: CompletionItemKind.EnumMember,
        labelDetails: { detail: ` (${v.number})` },
        detail: tr(v.doc, lang),
        documentation: enumDocumentation(option, v, lang),
        ...(v.legacy ? { tags: [CompletionItemTag.Deprecated] } : {}),
      }),
    );
  }

  if (option.kind === 'ifname') {
    const bond = model.device;
    if (!bond) return [];
    return portsOfBond(ctx.env, ctx.doc.uri, bond)
      .filter((s) => s.model.device)
      .map((s) => item(s.model.device!, s.model.device!, { detail: s.file }));
  }

  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const unit = (n: number): string => {
    const u = option.kind === 'ms' ? OPTION_TERMS.ms : option.kind === 's' ? OPTION_TERMS.seconds : undefined;
    return u ? tr(fillText(u, { n: String(n) }), lang) : String(n);
  };
  for (const c of option.commonValues ?? []) {
    seen.add(c.value);
    items.push(item(c.value, `0${c.value}`, { detail: tr(c.doc, lang) }));
  }
  if (option.default !== undefined && /^\d+$/.test(option.default) && !seen.has(option.default)) {
    seen.add(option.default);
    items.push(item(option.default, `1${option.default}`, { detail: tr(OPTION_TERMS.default, lang) }));
  }
  // NetworkManager reads integer options as digits only; keywords are for the kernel's own parser.
  const nmNote = option.nm?.valueClass === 'int' && optionReaders(model).includes('networkmanager') ? tr(OPTION_TERMS.nmDigitsOnly, lang) : '';
  const keywords = [...(option.keywords ?? [])];
  const dflt = keywords.find((k) => k.isDefault);
  if (dflt && !keywords.some((k) => k.name === 'default')) keywords.push({ name: 'default', value: dflt.value });
  keywords.forEach((k, index) => {
    items.push(item(k.name, `2${pad(index)}`, { kind: CompletionItemKind.Keyword, detail: `= ${unit(k.value)}`, ...(nmNote ? { documentation: documentation([nmNote]) } : {}) }));
  });
  return items;
}

function enumDocumentation(option: BondOption, v: EnumValue, lang: Lang) {
  const parts = [tr(v.doc, lang)];
  if (option.name === 'mode') {
    const mode = modeByNumber(v.number)!;
    parts.push(tr(fillText(OPTION_TERMS.needsSwitch, { mode: mode.name, need: SWITCH_NEED_TEXT[mode.switchNeed] }), lang));
  }
  if (option.name === 'xmit_hash_policy') {
    const policy = hashPolicyByName(v.name);
    if (policy) parts.push(`${tr(OPTION_TERMS.hashed, lang)}${tr(OPTION_TERMS.colon, lang)}${tr(policy.fields, lang)}`);
  }
  const facts: string[] = [];
  if (v.since) facts.push(`${tr(OPTION_TERMS.since, lang)}${tr(OPTION_TERMS.colon, lang)}${tr(v.since, lang)}`);
  if (v.legacy) facts.push(tr(v.legacy, lang));
  return documentation(parts, facts);
}
