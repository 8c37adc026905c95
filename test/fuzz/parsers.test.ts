import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic, DocumentSymbol, MarkupContent, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { ifcfgModel } from '../../server/src/model/ifcfgModel';
import { procModel } from '../../server/src/model/procModel';
import { annotate } from '../../server/src/service/annotate';
import { RULE_DOCS_BASE } from '../../server/src/service/diagnostics';
import { languageIdFor } from '../../server/src/service/documents';
import { inspect } from '../../server/src/service/inspect';
import { type LanguageService, createLanguageService } from '../../server/src/service/languageService';
import { bondingOptsOf, tokenizeBondingOpts } from '../../server/src/syntax/bondingOpts';
import { type IfcfgFile, parseIfcfg, type ValueOffsetMap, valueRange } from '../../server/src/syntax/ifcfg';
import { type ProcDocument, type ProcLine, parseProcBonding, splitLines } from '../../server/src/syntax/procBonding';
import { InMemoryWorkspace } from '../../server/src/workspace';
import {
  IFCFG_FIXTURES,
  LONG,
  PROC_FIXTURES,
  SEED,
  anyText,
  hostileText,
  lspLines,
  mutatedFixture,
  params,
  positionInside,
  rangeInside,
  show,
  wordText,
} from './arbitraries';
import { type KnownIssue, expect, guard, setSubject, tracking, visible } from './known';

/**
 * Parsers and language service on hostile text: nothing throws, every range points inside the document, and every
 * quick fix applies cleanly and leaves text that parses. A few hundred runs per property with a fixed seed here;
 * `FUZZ_RUNS=n` (optionally `FUZZ_SEED=s`) for long runs. A failure prints the seed and path to replay it.
 */

const ALL_FIXTURES = [...PROC_FIXTURES, ...IFCFG_FIXTURES];

/**
 * Bugs reported to the owners of the code, tolerated until fixed (see ./known.ts): each explains the violations it
 * causes, from the message and the document text. None is open.
 */
const KNOWN_ISSUES: readonly KnownIssue[] = [];
const track = tracking(KNOWN_ISSUES);
const anything = hostileText(ALL_FIXTURES);

// ---------------------------------------------------------------------------------------------------------------
// Parsers
// ---------------------------------------------------------------------------------------------------------------

const NODES_ON_REQUEST = ['lines', 'master', 'ad', 'aggregator', 'marker', 'driver', 'adInfo', 'aggregatorHeading', 'noActiveAggregator', 'heading'];

/** Every `{ line, start, end }` span reachable from the parse, with where it was found. */
function spansOf(root: unknown): { path: string; line: number; start: number; end: number }[] {
  const out: { path: string; line: number; start: number; end: number }[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.start === 'number' && typeof o.end === 'number') {
      out.push({ path, line: o.line, start: o.start, end: o.end });
    }
    // A line node makes its spans when they are asked for: they are no properties of its own.
    if (typeof o.kind === 'string' && typeof o.line === 'number') {
      for (const k of ['span', 'label', 'value', 'comment'] as const) {
        const span = (o as Partial<ProcLine>)[k];
        if (span) out.push({ path: `${path}.${k}`, line: span.line === o.line ? span.line : -1, start: span.start, end: span.end });
      }
    }
    for (const [k, child] of Object.entries(o)) {
      // catalogue entries (fields a line is, or is near) hold no positions
      if (k === 'field' || k === 'near') continue;
      walk(child, `${path}.${k}`);
    }
    // A dump and its blocks make their line nodes when asked for, too.
    for (const k of NODES_ON_REQUEST) if (k in o && !Object.hasOwn(o, k)) walk(o[k], `${path}.${k}`);
  };
  walk(root, 'doc');
  return out;
}

function checkProc(text: string, doc: ProcDocument): void {
  const lines = splitLines(text);
  assert.deepEqual(lines, lspLines(text), 'splitLines counts lines as LSP does');
  for (const s of spansOf(doc)) {
    assert.ok(Number.isInteger(s.line) && s.line >= 0 && s.line < lines.length, `${s.path}: line ${s.line} of ${lines.length}`);
    const length = lines[s.line]!.length;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${s.path}: columns ${s.start}-${s.end} on line ${s.line} of length ${length}`);
  }
  for (const bond of doc.bonds) {
    assert.ok(bond.firstLine >= 0 && bond.firstLine <= bond.lastLine && bond.lastLine < lines.length, `bond lines ${bond.firstLine}-${bond.lastLine}`);
    for (const l of bond.lines) assert.ok(l.line >= bond.firstLine && l.line <= bond.lastLine, `line ${l.line} outside its bond ${bond.firstLine}-${bond.lastLine}`);
    for (const s of bond.slaves) {
      assert.ok(s.heading.line <= s.lastLine && s.lastLine <= bond.lastLine, `port ${s.name}: lines ${s.heading.line}-${s.lastLine} in bond ending ${bond.lastLine}`);
    }
  }
}

function checkOffsets(root: unknown, from: number, to: number, what: string): void {
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && !('line' in o && typeof o.line === 'number' && 'kind' in o)) {
      assert.ok(o.start >= from && o.start <= o.end && o.end <= to, `${what}${path}: ${o.start}-${o.end} outside ${from}-${to}`);
    }
    if (Array.isArray(o.pieces) && typeof o.length === 'number') {
      const map = o as unknown as ValueOffsetMap;
      for (let i = 0; i < map.length; i++) {
        const r = valueRange(map, i, i + 1);
        assert.ok(r.start >= from && r.start < r.end && r.end <= to, `${what}${path}: unit ${i} from ${r.start}-${r.end}, outside ${from}-${to}`);
      }
    }
    for (const [k, child] of Object.entries(o)) walk(child, `${path}.${k}`);
  };
  walk(root, '');
}

function checkIfcfg(text: string, file: IfcfgFile): void {
  const newlines = text.split('\n').length;
  assert.equal(file.nodes.length, newlines, 'one node per line');
  file.nodes.forEach((node, i) => {
    assert.equal(node.line, i);
    assert.ok(node.range.start >= 0 && node.range.start <= node.range.end && node.range.end <= text.length, `node ${i}: ${node.range.start}-${node.range.end}`);
    // everything a node points at lies on its own line
    checkOffsets(node, node.range.start, node.range.end, `nodes[${i}]`);
    if (node.kind === 'assignment') {
      assert.equal(node.valueMap.length, node.value.length, 'one source range per value unit');
      const opts = bondingOptsOf(node);
      checkOffsets(opts, node.range.start, node.range.end, `BONDING_OPTS of line ${i}`);
    }
  });
}

describe(`parsers never throw and keep their ranges inside the text (seed ${SEED}${LONG ? `, ${process.env.FUZZ_RUNS} runs` : ''})`, () => {
  before(() => {
    // printed so that a failure in CI can be replayed: FUZZ_SEED=<seed> FUZZ_RUNS=<n> npm run fuzz
    console.log(`fuzz seed ${SEED}`);
  });

  it('procBonding on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(anyText(), wordText()), (text) => checkProc(text, parseProcBonding(text))), params(500));
  });

  it('procBonding on mutated dumps', () => {
    fc.assert(
      fc.property(mutatedFixture(PROC_FIXTURES), (text) => {
        const doc = parseProcBonding(text);
        checkProc(text, doc);
        for (const bond of doc.bonds) procModel(bond);
      }),
      params(500),
    );
  });

  it('ifcfg on arbitrary text and mutated files', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(), wordText(), mutatedFixture(IFCFG_FIXTURES)), (text) => {
        checkIfcfg(text, parseIfcfg(text));
        ifcfgModel(text, 'file:///etc/sysconfig/network-scripts/ifcfg-bond0');
      }),
      params(500),
    );
  });

  it('BONDING_OPTS tokens on arbitrary option strings', () => {
    const options = fc.oneof(anyText(80), fc.array(fc.constantFrom('mode=4', 'miimon=100', ' ', '  ', '\t', '\n', '=', 'x', ',', 'arp_ip_target=+1.2.3.4,-5.6.7.8', 'a=b=c', 'mode', '= 1'), { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(
      fc.property(options, fc.nat({ max: 1000 }), (value, offset) => checkOffsets(tokenizeBondingOpts(value, offset), offset, offset + value.length, 'tokens')),
      params(400),
    );
  });

  it('language detection, annotate and inspect', (t) =>
    track(t, () =>
      fc.assert(
        fc.property(fc.constantFrom('x', 'ifcfg-bond0', 'proc/net/bonding/bond0', 'a.md', 'b.log', ''), anything, (path, text) => {
          setSubject(text);
          guard('languageIdFor', () => languageIdFor(path, text));
          guard('annotate', () => annotate(text, { lang: 'en' }));
          guard('annotate --markdown', () => annotate(text, { lang: 'zh-cn', markdown: true }));
          guard('inspect', () => inspect(text));
        }),
        params(150),
      ),
    ));
});

// ---------------------------------------------------------------------------------------------------------------
// Language service
// ---------------------------------------------------------------------------------------------------------------

const ROOT = 'file:///sos/';
const IFCFG_DIR = `${ROOT}etc/sysconfig/network-scripts/`;
const LANGUAGES = ['bonding-status', 'ifcfg', 'plaintext', 'markdown', 'log'] as const;

interface Fixed {
  readonly diagnostic: Diagnostic;
  readonly title: string;
  readonly text: string;
}

interface Fixes {
  readonly fixes?: { readonly title: string; readonly edits: TextEdit[] }[];
}

/** A service over a folder holding the fixtures, the document under test and a dump of the same system. */
function serviceFor(doc: TextDocument, settings: unknown): LanguageService {
  const workspace = new InMemoryWorkspace();
  for (const f of IFCFG_FIXTURES) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    workspace.set({ uri: IFCFG_DIR + name, languageId: 'ifcfg', text: f.text });
  }
  workspace.set({ uri: `${ROOT}proc/net/bonding/bond0`, languageId: 'bonding-status', text: PROC_FIXTURES.find((f) => f.path.endsWith('mode4-aggregator-mismatch.txt'))!.text });
  workspace.set({ uri: doc.uri, languageId: doc.languageId, text: doc.getText() });
  const service = createLanguageService({ workspace, locale: 'en' });
  service.configure(settings);
  return service;
}

function checkSymbols(lines: readonly string[], symbols: readonly DocumentSymbol[], path = 'symbol'): void {
  for (const s of symbols) {
    expect(typeof s.name === 'string' && s.name.trim() !== '', `${path}: empty name`);
    expect(rangeInside(lines, s.range), `${path} ${s.name}: range ${show(s.range)}`);
    expect(rangeInside(lines, s.selectionRange), `${path} ${s.name}: selectionRange ${show(s.selectionRange)}`);
    const within =
      (s.selectionRange.start.line > s.range.start.line || (s.selectionRange.start.line === s.range.start.line && s.selectionRange.start.character >= s.range.start.character)) &&
      (s.selectionRange.end.line < s.range.end.line || (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
    expect(within, `${path} ${s.name}: selectionRange ${show(s.selectionRange)} not inside range ${show(s.range)}`);
    checkSymbols(lines, s.children ?? [], `${path} ${s.name} >`);
  }
}

function checkEdits(lines: readonly string[], edits: readonly TextEdit[], what: string): void {
  for (const e of edits) expect(rangeInside(lines, e.range), `${what}: edit at ${show(e.range)} outside the document`);
}

function checkCompletion(lines: readonly string[], items: readonly CompletionItem[]): void {
  for (const item of items) {
    const edit = item.textEdit;
    if (edit && 'range' in edit) expect(rangeInside(lines, edit.range), `completion ${item.label}: ${show(edit.range)}`);
    if (edit && 'insert' in edit) expect(rangeInside(lines, edit.insert) && rangeInside(lines, edit.replace), `completion ${item.label}: insert/replace outside`);
    checkEdits(lines, item.additionalTextEdits ?? [], `completion ${item.label}`);
  }
}

/** Runs every feature on the document and checks what comes back; answers the texts the offered fixes produce. */
function exercise(service: LanguageService, doc: TextDocument, positions: readonly Position[]): Fixed[] {
  const text = doc.getText();
  setSubject(text);
  const lines = lspLines(text);
  const end: Position = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  const whole: Range = { start: { line: 0, character: 0 }, end };

  const diagnostics = guard('doValidation', () => service.doValidation(doc)) ?? [];
  const fixed: Fixed[] = [];
  for (const d of diagnostics) {
    expect(rangeInside(lines, d.range), `${d.code}: range ${show(d.range)} outside the document (${lines.length} lines)`);
    expect(typeof d.message === 'string' && d.message !== '', `${d.code}: no message`);
    for (const r of d.relatedInformation ?? []) {
      if (r.location.uri === doc.uri) expect(rangeInside(lines, r.location.range), `${d.code}: related range ${show(r.location.range)}`);
    }
    for (const fix of (d.data as Fixes | undefined)?.fixes ?? []) {
      checkEdits(lines, fix.edits, `${d.code} fix "${fix.title}"`);
      let after: string;
      try {
        after = TextDocument.applyEdits(doc, fix.edits);
      } catch (error) {
        assert.fail(`${d.code} fix "${fix.title}" does not apply: ${String(error)}`);
      }
      fixed.push({ diagnostic: d, title: fix.title, text: after });
    }
  }
  const actions = guard('getCodeActions', () => service.getCodeActions(doc, whole, { diagnostics })) ?? [];
  for (const a of actions) {
    for (const [uri, edits] of Object.entries(a.edit?.changes ?? {})) {
      assert.equal(uri, doc.uri, `code action "${a.title}" edits another document`);
      checkEdits(lines, edits, `code action "${a.title}"`);
    }
  }
  for (const p of positions) {
    const hover = guard(`doHover at ${show(p)}`, () => service.doHover(doc, p));
    if (hover?.range) expect(rangeInside(lines, hover.range), `hover at ${show(p)}: range ${show(hover.range)}`);
    if (hover) checkMarkdown((hover.contents as MarkupContent).value, `hover at ${show(p)}`);
    const items = guard(`doComplete at ${show(p)}`, () => service.doComplete(doc, p))?.items ?? [];
    checkCompletion(lines, items);
    for (const item of items) if (item.documentation) checkMarkdown((item.documentation as MarkupContent).value, `completion "${item.label}"`);
  }
  for (const h of guard('getInlayHints', () => service.getInlayHints(doc, whole)) ?? []) {
    expect(positionInside(lines, h.position), `inlay hint at ${show(h.position)}`);
    checkEdits(lines, h.textEdits ?? [], 'inlay hint');
  }
  checkSymbols(lines, guard('getDocumentSymbols', () => service.getDocumentSymbols(doc)) ?? []);
  for (const f of guard('getFoldingRanges', () => service.getFoldingRanges(doc)) ?? []) {
    expect(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.length, `folding ${f.startLine}-${f.endLine} of ${lines.length} lines`);
  }
  return fixed;
}

/** Lines with a syntax problem: lines NetworkManager ignores, and assignments whose quoting or escapes it refuses. */
function ifcfgSyntaxProblems(text: string): number {
  return parseIfcfg(text).nodes.filter((node) => node.kind === 'invalid' || (node.kind === 'assignment' && node.problems.length > 0)).length;
}

const MARKDOWN = new MarkdownIt({ html: true });
/**
 * What no text of a file may turn a hover into: a link (but those to the rule pages, which hovers on a `bondlint`
 * comment give), an image, HTML, a heading, a quote, struck-out text.
 */
const FORBIDDEN_TOKENS = new Set(['link_open', 'image', 'html_inline', 'html_block', 'heading_open', 'blockquote_open', 's_open']);

function checkMarkdown(value: string, what: string): void {
  const tokens = MARKDOWN.parse(value, {}).flatMap((t) => [t, ...(t.children ?? [])]);
  const bad = tokens.find((t) => FORBIDDEN_TOKENS.has(t.type) && !(t.type === 'link_open' && t.attrGet('href')?.startsWith(RULE_DOCS_BASE)));
  expect(bad === undefined, `${what}: the Markdown makes a ${bad?.type}: ${visible(value)}`);
}

/** Positions to hover and complete at: inside lines, at their ends, past them, and far outside. */
const positionsIn = (text: string): fc.Arbitrary<Position[]> => {
  const lines = lspLines(text);
  const inside = fc.nat({ max: lines.length - 1 }).chain((line) => fc.record({ line: fc.constant(line), character: fc.nat({ max: lines[line]!.length + 2 }) }));
  const outside = fc.record({ line: fc.oneof(fc.constant(lines.length), fc.constant(1_000_000), fc.integer({ min: -3, max: -1 })), character: fc.integer({ min: -2, max: 10_000 }) });
  return fc.array(fc.oneof({ arbitrary: inside, weight: 6 }, { arbitrary: outside, weight: 1 }), { minLength: 1, maxLength: 8 });
};

const settings = fc.oneof(
  { arbitrary: fc.constant({}), weight: 4 },
  fc.record(
    {
      language: fc.constantFrom('en', 'zh-cn', 'auto', 'fr', 3),
      switch: fc.constantFrom('unknown', 'none', 'static', 'lacp', 'bogus'),
      maxFileSize: fc.oneof(fc.constant(20_000_000), fc.integer({ min: -5, max: 2000 }), fc.constant(Number.NaN)),
      rules: fc.dictionary(fc.constantFrom('proc.slave-down', 'ifcfg.unknown-key', 'opts.unknown-option', 'proc.unrecognised-line', 'x'), fc.constantFrom('off', 'hint', 'info', 'warning', 'error', 'loud')),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

const documentInput = fc.tuple(fc.constantFrom(...LANGUAGES), anything).chain(([languageId, text]) => fc.tuple(fc.constant(languageId), fc.constant(text), positionsIn(text), settings));

describe(`language service on hostile documents (seed ${SEED})`, () => {
  it('configure accepts any settings object', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const s = createLanguageService();
        s.configure(raw);
        s.configure({ bonding: raw });
      }),
      params(200),
    );
  });

  it('every feature answers, with ranges inside the document, and every quick fix applies', (t) => {
    let n = 0;
    track(t, () =>
      fc.assert(
        fc.property(documentInput, ([languageId, text, positions, raw]) => {
          const name = languageId === 'ifcfg' ? `etc/sysconfig/network-scripts/ifcfg-fuzz${n++ % 3}` : languageId === 'bonding-status' ? 'proc/net/bonding/bond9' : `ticket${n++}.txt`;
          const doc = TextDocument.create(ROOT + name, languageId, 1, text);
          const fixed = exercise(serviceFor(doc, raw), doc, positions);
          // every fix was applied above; a few of the results (spread over the document) are analysed again in full,
          // as the editor would after applying the edit
          const step = Math.max(1, Math.ceil(fixed.length / 4));
          for (const f of fixed.filter((_, i) => i % step === 0)) {
            const next = TextDocument.create(doc.uri, languageId, 2, f.text);
            exercise(serviceFor(next, raw), next, positions);
          }
        }),
        params(400),
      ),
    );
  });

  it('quick fixes on ifcfg files leave text that parses with no new syntax problems', (t) =>
    track(t, () =>
      fc.assert(
        fc.property(fc.oneof(mutatedFixture(IFCFG_FIXTURES), wordText(30)), (text) => {
          const doc = TextDocument.create(`${IFCFG_DIR}ifcfg-bond0`, 'ifcfg', 1, text);
          const before = ifcfgSyntaxProblems(text);
          for (const f of exercise(serviceFor(doc, {}), doc, [{ line: 0, character: 0 }])) {
            const after = ifcfgSyntaxProblems(f.text);
            setSubject(text);
            expect(after <= before, `${f.diagnostic.code} fix "${f.title}" adds lines with syntax problems (${before} → ${after}): ${visible(text)} → ${visible(f.text)}`);
          }
        }),
        params(300),
      ),
    ));
});
