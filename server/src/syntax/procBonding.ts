import { MODES } from '../knowledge/modes';
import { DIRECTIVE } from './directive';
import { type Steps, runAll } from '../steps';
import { type FieldScope, PROC_FIELDS, type ProcField, procFieldById, procFieldsLabelled } from '../knowledge/procFields';

/**
 * Parser for `/proc/net/bonding/<bond>` dumps: one or many bonds, whole documents or blocks embedded in a
 * ticket, log or Markdown text. It never throws; every line inside a dump gets a shape (what it says, with its
 * columns), lines it cannot place get `unknown` shapes so diagnostics can point at them, and a line's node is made
 * when it is asked for.
 */

/** Columns within one line of the original text (line breaks excluded). */
export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export type ProcLineKind =
  | 'driver' // Ethernet Channel Bonding Driver: ...
  | 'field' // label: value
  | 'heading' // 802.3ad info, Active Aggregator Info:, details ... lacp pdu:
  | 'noActiveAggregator' // bond X has no active aggregator
  | 'marker' // ==> /proc/net/bonding/bond0 <==, a path line, a prompt running cat on the file
  | 'comment' // a line holding only an annotation (# ...)
  | 'blank' // an empty line, grep's `--` between the groups of lines it shows around matches, or `[...]` for lines cut
  | 'unknown';

/** Why a line inside a dump is `unknown`. */
export type UnknownReason =
  | 'text' // no kernel prints this text
  | 'misplaced' // the kernel prints this label, but in another part of the dump
  | 'noColon'; // the kernel prints this label followed by `: value`

/** What a line says, apart from which line it is: lines with the same text in the same part of a dump share it. */
export interface ProcLineShape {
  readonly kind: ProcLineKind;
  readonly field?: ProcField;
  readonly scope: FieldScope;
  readonly labelText: string;
  /** Value text as printed (trimmed); '' when the line has no value. For a marker: the bond name. */
  readonly valueText: string;
  readonly reason?: UnknownReason;
  /** For an unknown line: the fields whose label it carries or nearly carries. */
  readonly near?: readonly ProcField[];
}

export interface ProcLine extends ProcLineShape {
  readonly line: number;
  /** The whole content of the line after any quoting prefix, without comment and trailing blanks. */
  readonly span: Span;
  readonly label?: Span;
  readonly value?: Span;
  /** A trailing annotation (`# ...`, or text after the mode name) added by whoever pasted the dump. */
  readonly comment?: Span;
}

/** A block of lines whose fields can be looked up by id (`slave.speed`, `actor.portState`). */
export interface ProcFields {
  /** The first line of the block with the field. */
  field(id: string): ProcLine | undefined;
  /** That line's value text, without making its node. */
  valueOf(id: string): string | undefined;
}

export interface ProcDetails extends ProcFields {
  readonly heading: ProcLine;
  readonly lines: readonly ProcLine[];
}

export interface ProcSlave extends ProcFields {
  readonly heading: ProcLine;
  readonly name: string;
  readonly lines: readonly ProcLine[];
  readonly actor?: ProcDetails;
  readonly partner?: ProcDetails;
  readonly lastLine: number;
}

/**
 * One dump. Its lines are `firstLine` to `lastLine`, every one of them; a node is made for a line when it is asked
 * for (`lines`, `lineAt`), and checks that read every line of a large paste read their shapes (`shapeAt`) instead.
 */
export interface ProcBond {
  /** Bond name when the text tells it: a `==> file <==` header, a path line, grep's file name, or the no-aggregator line. */
  readonly name?: string;
  /** The line that only names the file (`==> … <==`, a path, a prompt running cat), when there is one: the first of `lines`. */
  readonly marker?: ProcLine;
  readonly driver?: ProcLine;
  readonly firstLine: number;
  readonly lastLine: number;
  /** The text starts inside the dump (no driver or mode line at its start): its first lines have no context. */
  readonly fragment: boolean;
  /**
   * Lines may have been left out anywhere, so what the dump lacks tells nothing: grep printed it (its file's name before
   * every line) without the file's blank lines, which nothing shows it printed all of, or with `--` between its lines;
   * or whoever pasted it cut lines out and wrote `[...]` (or the like) in their place or after its last line.
   */
  readonly filtered: boolean;
  /** Every line of the block, in order, blank, comment and unknown lines included. */
  readonly lines: readonly ProcLine[];
  /** Bond-level lines before the 802.3ad section. */
  readonly master: readonly ProcLine[];
  readonly adInfo?: ProcLine;
  readonly ad: readonly ProcLine[];
  readonly aggregatorHeading?: ProcLine;
  readonly aggregator: readonly ProcLine[];
  readonly noActiveAggregator?: ProcLine;
  readonly slaves: readonly ProcSlave[];
  /** What line `line` (from `firstLine` to `lastLine`) says. */
  shapeAt(line: number): ProcLineShape;
  /** The shapes of the parse, which every dump of one text shares. */
  readonly shapes: ProcShapeTable;
  /** The node of line `line` (from `firstLine` to `lastLine`): the same object each time. */
  lineAt(line: number): ProcLine;
}

/**
 * Which shape each line of one parse has, by number: lines that read the same (most lines of every port) share one. A
 * check that judges every line of a large paste judges each shape once and keeps its answers in an array by id.
 */
export interface ProcShapeTable {
  /** The shape's id of line `line`: from 0 to `count - 1`. */
  idAt(line: number): number;
  readonly count: number;
}

export interface ProcDocument {
  readonly bonds: ProcBond[];
  /** True when the whole text is a dump (its first line that is not a file marker belongs to one). */
  readonly wholeDocument: boolean;
}

const DRIVER_LABEL = 'Ethernet Channel Bonding Driver';
const NO_AGGREGATOR = /^bond (\S+) has no active aggregator$/;
/**
 * `==> bond0 <==` (head/tail), also `==> ./bond0 <==` and full paths. Group 1 is the name without surrounding blanks.
 * Written so that no two repetitions can take the same blanks (`^==>\s*(.*?)\s*<==\s*$` reads the same but
 * backtracks in cubic time on a long run of blanks): the name is non-blank characters joined by blanks that are
 * not line terminators, and no `<` that starts the closing `<==`.
 */
const FILE_HEADER = /^==>\s*(?=\S)((?:(?:[^\s<]|<(?!==\s*$))(?:[^\S\n\r\u2028\u2029]*(?:[^\s<]|<(?!==\s*$)))*)?)\s*<==\s*$/;
/** A line naming the file: `/proc/net/bonding/bond0`, a sosreport path, or a shell prompt running cat on it (`bat … -p`). */
const PATH_LINE = /(?:^|[\s/])proc\/net\/bonding\/([^\s/:)'"]+)['")]*(?:\s+-[-\w]+)*\s*$/;
/** Quote and indentation prefixes that pasting adds in front of every line: `> `, spaces. */
const PASTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** A hardware address, real or masked (`##:##:##`, `xx:xx`), in which `#` does not start a comment. */
const ADDRESS_TOKEN = /^[#xX*?0-9a-fA-F]{1,2}(?::[#xX*?0-9a-fA-F]{1,2})+$/;
const TOKEN = /\S+/y;
const FENCE = /^\s*(```|~~~)/;
function isFence(raw: string): boolean {
  const c = raw.charCodeAt(skipBlanks(raw, 0));
  return (c === 96 || c === 126) && FENCE.test(raw);
}

/**
 * The heading `annotate` writes after an annotated dump (service/annotate.ts), plain or Markdown, in either language:
 * a dump annotated before and read again ends there, and the findings listed under it are not dump lines.
 */
const FINDINGS_HEADING = /^(?:\*\*)?(?:Findings \(\d+\):|发现的问题（\d+）：|No problems found\.|未发现问题。)(?:\*\*)?$/;
function isFindingsHeading(raw: string): boolean {
  const c = raw.charCodeAt(skipBlanks(raw, 0));
  // F, N, *, 发, 未: the first characters it can have
  return (c === 70 || c === 78 || c === 42 || c === 0x53d1 || c === 0x672a) && FINDINGS_HEADING.test(raw.trim());
}

/** Headings that open a nested scope; their labels are in the field catalogue. */
const SCOPE_OF_HEADING: Readonly<Record<string, FieldScope>> = {
  'ad.info': 'ad',
  'ad.activeAggregator': 'aggregator',
  'slave.actorDetails': 'actor',
  'slave.partnerDetails': 'partner',
};

const HEADINGS: ReadonlySet<ProcField | undefined> = new Set(Object.keys(SCOPE_OF_HEADING).map(procFieldById));

/** Where to look for a label not found in the current scope: the kernel closes nested blocks without a marker. */
const FALLBACK: Readonly<Record<FieldScope, readonly FieldScope[]>> = {
  header: ['bond', 'ad', 'slave'],
  bond: ['ad', 'slave'],
  ad: ['bond', 'slave'],
  aggregator: ['ad', 'bond', 'slave'],
  slave: [],
  actor: ['slave'],
  partner: ['slave'],
};

/** The scope itself, then its fallbacks. */
const SEARCH_ORDER: Readonly<Record<FieldScope, readonly FieldScope[]>> = {
  header: ['header', ...FALLBACK.header],
  bond: ['bond', ...FALLBACK.bond],
  ad: ['ad', ...FALLBACK.ad],
  aggregator: ['aggregator', ...FALLBACK.aggregator],
  slave: ['slave', ...FALLBACK.slave],
  actor: ['actor', ...FALLBACK.actor],
  partner: ['partner', ...FALLBACK.partner],
};

const PORT_SCOPES: ReadonlySet<FieldScope> = new Set(['slave', 'actor', 'partner']);

/** Mode texts the kernel prints, longest first so that a prefix match takes the whole text. */
const MODE_TEXTS = [...MODES.map((m) => m.procText), 'unknown'].sort((a, b) => b.length - a.length);
const FAIL_OVER_MAC_SUFFIX = /^ \(fail_over_mac \w+\)/;

/** Lines as an LSP client counts them: `\r\n`, `\n` and a lone `\r` each end a line. */
export function splitLines(text: string): string[] {
  const lines = new TextLines(text);
  return Array.from({ length: lines.length }, (_, i) => lines.at(i));
}

/**
 * The lines of a text as `splitLines` answers them, each cut out when asked for: a parse of a large paste then holds
 * no string per line from start to end, only two numbers.
 */
class TextLines {
  /** Where each line starts, and where it ends with its line break excluded; the collector does not copy typed arrays' contents. */
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    // One pass; the arrays grow by doubling, from a guess of one line per 32 characters.
    let starts = new Int32Array(Math.max(16, text.length >> 5));
    let ends = new Int32Array(starts.length);
    let n = 0;
    const record = (end: number, next: number) => {
      if (n + 1 === starts.length) {
        const grownStarts = new Int32Array(starts.length * 2);
        const grownEnds = new Int32Array(starts.length * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      ends[n++] = end;
      starts[n] = next;
    };
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) record(at, at + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        const end = i;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        record(end, i + 1);
      }
    }
    ends[n] = text.length;
    this.#starts = starts.subarray(0, n + 1);
    this.#ends = ends.subarray(0, n + 1);
  }

  get length(): number {
    return this.#ends.length;
  }

  at(i: number): string {
    return this.#text.slice(this.#starts[i]!, this.#ends[i]!);
  }
}

/** What String.prototype.trim removes: WhiteSpace and LineTerminator code units. */
function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Whether the first `length` characters are only blanks, `>` (a Markdown or mail quote, indentation) and the dash of a
 * YAML list's item, or those and the quote that opens a quoted line; in a dump written as comments, also its `#`.
 */
function isPastePrefix(raw: string, length: number, commented = false): boolean {
  for (let i = 0; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 62 && !isBlank(c) && !(commented && c === 35) && !(c === 45 && isBlank(raw.charCodeAt(i + 1)))) return i === length - 1 && closingQuote(raw, i) >= 0;
  }
  return true;
}

/**
 * Where the quote at `open` is closed when a line of a dump is written as a string of its own: an item of a JSON or
 * Python list (Ansible's `stdout_lines`, `"MII Status: up",`) or a piece of a string written over several lines
 * (`"MII Status: up\n"` before `+`, `\`, `;`, `)` or nothing); -1 when the line is not such a string.
 */
function closingQuote(raw: string, open: number): number {
  const q = raw.charCodeAt(open);
  if (q !== 34 && q !== 39) return -1;
  let end = raw.length;
  for (let c = raw.charCodeAt(end - 1); end > open + 1 && (isBlank(c) || c === 44 || c === 43 || c === 92 || c === 59 || c === 41); c = raw.charCodeAt(--end - 1));
  return end > open + 1 && raw.charCodeAt(end - 1) === q ? end - 1 : -1;
}

/**
 * The paste prefix's length, with the `#` and blank of a line written as a comment (a dump shown as the expected
 * output in a script or a doc's shell example: `# MII Status: up`) and the quote of a line written as a string (see
 * closingQuote).
 */
function pasteLength(raw: string): number {
  let length = PASTE_PREFIX.exec(raw)![0].length;
  if (raw.charCodeAt(length) === 35 && raw.charCodeAt(length + 1) !== 35) length += isBlank(raw.charCodeAt(length + 1)) ? 2 : 1;
  // A YAML list's quoted item (`- 'MII Status: up'`: Ansible's yaml output of `stdout_lines`).
  if (raw.startsWith('- ', length) && closingQuote(raw, length + 2) >= 0) length += 2;
  return closingQuote(raw, length) >= 0 ? length + 1 : length;
}

/** The column of the `#` in a paste prefix of `length` characters (see pasteLength), or -1. */
function hashIn(raw: string, length: number): number {
  const at = raw.indexOf('#');
  return at < length ? at : -1;
}

/**
 * Where a line's text starts after the file name that grep writes before it when it reads several files or is told to
 * (`grep -H`, `grep -r`): `/proc/net/bonding/bond0:` at `from`, a name with no blank, or -1.
 */
function grepPrefixEnd(raw: string, from: number): number {
  const colon = raw.indexOf(':', from);
  if (colon <= from || raw.charCodeAt(colon - 1) === 47) return -1;
  for (let i = from; i < colon; i++) if (isBlank(raw.charCodeAt(i))) return -1;
  return colon + 1;
}

/**
 * Whether the first `length` characters are a file name as grep writes it: `…:` before a line it matched, `…-` before
 * one it prints around a match (`-A`, `-B`, `-C`).
 */
function isGrepPrefix(raw: string, length: number): boolean {
  const from = PASTE_PREFIX.exec(raw)![0].length;
  const end = grepPrefixEnd(raw, from);
  return end === length || isNumberSeparator(raw, length) || (raw.charCodeAt(length - 1) === 45 && (end < 0 || end > length) && !/\s/.test(raw.slice(from, length)));
}

/** Whether a digit and `:`, `-` or a tab end the first `length` characters: a line number's end. */
function isNumberSeparator(raw: string, length: number): boolean {
  const c = raw.charCodeAt(length - 1);
  return (c === 58 || c === 45 || c === 9) && isDigit(raw.charCodeAt(length - 2));
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The line number that ends at `end` with its separator (see lineNumberEnd). */
function numberBefore(raw: string, end: number): number {
  let n = 0;
  for (let i = end - 2, unit = 1; isDigit(raw.charCodeAt(i)); i--, unit *= 10) n += (raw.charCodeAt(i) - 48) * unit;
  return n;
}

/**
 * Where a line's text starts after the line number at `from` that `grep -n` writes (`12:`, or `12-` before a line
 * around a match) or `cat -n` (`    12⇥`), or -1.
 */
function lineNumberEnd(raw: string, from: number): number {
  let i = from;
  while (isDigit(raw.charCodeAt(i))) i++;
  return i > from && isNumberSeparator(raw, i + 1) ? i + 1 : -1;
}

/** What frames the words of a line that stands for lines left out: brackets, dashes, dots, blanks. */
const ELISION_FRAME = ' \t-=~*.\u2026[](){}<>\uff08\uff09\u3010\u3011';
const ELISION_WORDS = /^(?:snip(?:ped)?|cut|(?:output |lines? )?(?:omitted|truncated|removed|skipped)|\d+ (?:more )?(?:lines|ports|slaves)|(?:以下|中间|其余)?省?略)$/i;

/**
 * Whether `raw[from, to)` stands for lines left out of a pasted dump: `...`, `…`, `[...]`, `<snip>`, `-- snip --`,
 * `(output omitted)`, `[... 62 more ports ...]`, `……`, `（略）`. Frames alone (`----`, `()`) say nothing.
 */
function isElision(raw: string, from: number, to: number): boolean {
  // Most lines are the kernel's, with a colon: they are ruled out first.
  const colon = raw.indexOf(':', from);
  if (to - from > 40 || (colon >= 0 && colon < to)) return false;
  const start = from;
  while (from < to && ELISION_FRAME.includes(raw[from]!)) from++;
  while (to > from && ELISION_FRAME.includes(raw[to - 1]!)) to--;
  const frame = raw.slice(start, from);
  return from === to ? frame.includes('...') || frame.includes('\u2026') : ELISION_WORDS.test(raw.slice(from, to));
}

/** Whether `raw[from, to)` is set in Markdown's bold: `**…**` or `__…__` around some text. */
function isBold(raw: string, from: number, to: number): boolean {
  const c = raw.charCodeAt(from);
  return to - from > 4 && (c === 42 || c === 95) && raw.charCodeAt(from + 1) === c && raw.charCodeAt(to - 2) === c && raw.charCodeAt(to - 1) === c;
}

/** `::::::::::::::`, which `more` prints above and below each file's name when it shows several: a frame, no content. */
function isColonRule(raw: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  while (from < to && raw.charCodeAt(from) === 58) from++;
  return from === to;
}

/** grep's separator between the groups of lines it prints around its matches. */
function isGrepSeparator(raw: string, from: number, to: number): boolean {
  return to - from === 2 && raw.startsWith('--', from);
}

/** Index after the blanks starting at `from`. */
function skipBlanks(s: string, from: number, to = s.length): number {
  while (from < to && isBlank(s.charCodeAt(from))) from++;
  return from;
}

/** Index after the last non-blank character before `to`. */
function endOfText(s: string, to: number, from = 0): number {
  while (to > from && isBlank(s.charCodeAt(to - 1))) to--;
  return to;
}

/** Column where a `# annotation` starts in `raw[from, to)`, or -1. A `#` inside a masked address (`##:##`) starts none. */
function commentStart(raw: string, from: number, to: number): number {
  for (let i = raw.indexOf('#', from); i >= 0 && i < to; ) {
    if (i > from && !isBlank(raw.charCodeAt(i - 1))) {
      i = raw.indexOf('#', i + 1);
      continue;
    }
    if (i === from) return i;
    TOKEN.lastIndex = i;
    const token = TOKEN.exec(raw)![0];
    if (!ADDRESS_TOKEN.test(token)) return i;
    i = raw.indexOf('#', i + token.length);
  }
  return -1;
}

/** An arrow that points at a line (`MII Status: up  <-- the active one`, `Link Failure Count: 2   ← failed twice`),
 *  at the start of the text or after a blank: the kernel prints neither. */
const ARROW = /(?<!\S)(?:<-|←)/g;

/** Column where an arrow starts in `raw[from, to)`, or -1. */
function arrowAt(raw: string, from: number, to: number): number {
  ARROW.lastIndex = from;
  const at = ARROW.exec(raw)?.index ?? -1;
  return at < to ? at : -1;
}

/** The colon in `raw[from, to)` that ends a label: the first one followed by a blank or the end (labels such as
 *  `NS IPv6 target/s (xx::xx form)` hold colons of their own), else the first one; -1 when there is none. */
function labelColon(raw: string, from: number, to: number): number {
  const first = raw.indexOf(':', from);
  if (first < 0 || first >= to) return -1;
  for (let i = first; i >= 0 && i < to; i = raw.indexOf(':', i + 1)) {
    const next = i + 1 < to ? raw.charCodeAt(i + 1) : -1;
    if (next === -1 || next === 32 || next === 9) return i;
  }
  return first;
}

/** Length of the kernel's text at the start of a `Bonding Mode` value, when annotated text follows it. */
function modeTextLength(value: string): number | undefined {
  const text = MODE_TEXTS.find((m) => value.startsWith(m));
  if (text === undefined) return undefined;
  const suffix = FAIL_OVER_MAC_SUFFIX.exec(value.slice(text.length));
  const length = text.length + (suffix ? suffix[0].length : 0);
  return length < value.length && /\s/.test(value[length]!) ? length : undefined;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_*]+/g, ' ').trim();

function groupBy(key: (f: ProcField) => string): Map<string, ProcField[]> {
  const map = new Map<string, ProcField[]>();
  for (const f of PROC_FIELDS) if (f.label !== '') map.set(key(f), [...(map.get(key(f)) ?? []), f]);
  return map;
}
const BY_LABEL = groupBy((f) => f.label);
const BY_SQUASHED_LABEL = groupBy((f) => squash(f.label));
/** No label is longer; a longer stray text cannot be a mistyped label. */
const LONGEST_LABEL = Math.max(...PROC_FIELDS.map((f) => f.label.length));

/** Fields a stray label names: exactly (printed elsewhere), or with other case or spacing (mistyped). */
function nearFields(label: string): { fields: ProcField[]; exact: boolean } {
  const exact = BY_LABEL.get(label);
  if (exact) return { fields: exact, exact: true };
  if (!label || label.length > 2 * LONGEST_LABEL) return { fields: [], exact: false };
  return { fields: BY_SQUASHED_LABEL.get(squash(label)) ?? [], exact: false };
}

/**
 * What a line says, apart from where it is: kind, field, columns, texts. A dump repeats most of its lines
 * (`MII Status: up`, `port key: 15` in every port), so one parse reads each distinct line once and its nodes share
 * the shape. Every shape has the same fields, in the same order, so that the engine keeps one map for them all.
 */
class Shape implements ProcLineShape {
  #misplacedShape: Shape | undefined;
  /** Its index in the parse's `LineTable`, once a line has it. */
  id = -1;
  constructor(
    readonly kind: ProcLineKind,
    readonly scope: FieldScope,
    readonly start: number,
    readonly end: number,
    readonly field: ProcField | undefined,
    /** End column of the label; -1 for a line without one (its label starts where the line does). */
    readonly labelEnd: number,
    readonly labelText: string,
    /** Columns of the value; -1 for a line without one. */
    readonly valueStart: number,
    readonly valueEnd: number,
    readonly valueText: string,
    /** Columns of the trailing annotation; -1 for a line without one. */
    readonly commentStart: number,
    readonly commentEnd: number,
    readonly reason?: UnknownReason,
    readonly near?: readonly ProcField[],
  ) {}

  /** The same line read as a port-level field met where no port block is open: the kernel prints it only inside one. */
  misplaced(): Shape {
    const { scope, start, end, labelEnd, labelText, valueStart, valueEnd, valueText, commentStart, commentEnd } = this;
    this.#misplacedShape ??= new Shape('unknown', scope, start, end, undefined, labelEnd, labelText, valueStart, valueEnd, valueText, commentStart, commentEnd, 'misplaced', nearFields(labelText).fields);
    return this.#misplacedShape;
  }
}

/**
 * A line node: its shape and its line number. A paste has tens of thousands of lines and most spans are never read,
 * so a span is made when asked for.
 */
class Line implements ProcLine {
  readonly #shape: Shape;

  constructor(
    shape: Shape,
    readonly line: number,
  ) {
    this.#shape = shape;
  }

  get kind(): ProcLineKind {
    return this.#shape.kind;
  }
  get scope(): FieldScope {
    return this.#shape.scope;
  }
  get field(): ProcField | undefined {
    return this.#shape.field;
  }
  get labelText(): string {
    return this.#shape.labelText;
  }
  get valueText(): string {
    return this.#shape.valueText;
  }
  get reason(): UnknownReason | undefined {
    return this.#shape.reason;
  }
  get near(): readonly ProcField[] | undefined {
    return this.#shape.near;
  }

  get span(): Span {
    return { line: this.line, start: this.#shape.start, end: this.#shape.end };
  }

  get label(): Span | undefined {
    const { labelEnd, start } = this.#shape;
    return labelEnd < 0 ? undefined : { line: this.line, start, end: labelEnd };
  }

  get value(): Span | undefined {
    const { valueStart, valueEnd } = this.#shape;
    return valueStart < 0 ? undefined : { line: this.line, start: valueStart, end: valueEnd };
  }

  get comment(): Span | undefined {
    const { commentStart, commentEnd } = this.#shape;
    return commentStart < 0 ? undefined : { line: this.line, start: commentStart, end: commentEnd };
  }
}

/** A line with no label and no value: blank, comment-only. */
const bare = (kind: ProcLineKind, scope: FieldScope, start: number, end: number, commentStart = -1, commentEnd = -1) =>
  new Shape(kind, scope, start, end, undefined, -1, '', -1, -1, '', commentStart, commentEnd);

/** A line text already read in one parse, and the one read after it last time. */
interface Seen {
  readonly raw: string;
  readonly prefixLength: number;
  /** The prefix ends with the `#` of a dump written as comments. */
  readonly commented: boolean;
  readonly scope: FieldScope;
  readonly shape: Shape;
  /** A Markdown fence or a line naming a file: either ends the open dump. */
  readonly endsDump: boolean;
  next: Seen | undefined;
}

/**
 * The shapes of one parse, by paste prefix length, scope and raw line. A dump prints its lines in a fixed order, so
 * the line read after a text last time is tried first: comparing two strings is cheaper than hashing one.
 */
class ShapeCache {
  readonly #seen = new Map<number, Map<FieldScope, Map<string, Seen>>>();
  #last: Seen | undefined;
  /**
   * The guess after a line read for the first time, which has no `next` yet: what followed the line it replaced. In
   * `Slave Interface: eth7` → `MII Status: up` the first line is new in every port, the second is not.
   */
  #skip: Seen | undefined;

  lookup(raw: string, prefixLength: number, scope: FieldScope, commented = false): Seen {
    const last = this.#last;
    const guess = last === undefined ? undefined : (last.next ?? this.#skip);
    if (guess !== undefined && guess.raw === raw && guess.scope === scope && guess.prefixLength === prefixLength && guess.commented === commented) {
      if (last!.next === undefined) last!.next = guess;
      return (this.#last = guess);
    }
    this.#skip = last?.next?.next;
    const key = commented ? -1 - prefixLength : prefixLength;
    let byScope = this.#seen.get(key);
    if (!byScope) this.#seen.set(key, (byScope = new Map()));
    let byRaw = byScope.get(scope);
    if (!byRaw) byScope.set(scope, (byRaw = new Map()));
    let seen = byRaw.get(raw);
    if (!seen) {
      const endsDump = isFence(raw) || markerAt(raw) !== undefined || isFindingsHeading(raw);
      byRaw.set(raw, (seen = { raw, prefixLength, commented, scope, shape: shapeOf(raw, prefixLength, scope, commented), endsDump, next: undefined }));
    }
    if (this.#last) this.#last.next = seen;
    return (this.#last = seen);
  }

  classify(raw: string, prefixLength: number, scope: FieldScope, commented = false): Shape {
    return this.lookup(raw, prefixLength, scope, commented).shape;
  }
}

/**
 * Reads one line. Columns are those of `raw`: the content is `raw[offset, end)` once the paste prefix, the blanks
 * around it and any trailing annotation are set apart; only the value (and the label of an unknown line) is cut out.
 */
function shapeOf(raw: string, prefixLength: number, scope: FieldScope, commented: boolean): Shape {
  let offset = Math.min(prefixLength, raw.length);
  // The dump's own prefix (`> `, indentation, `# `, grep's file name), when this line has it too; a line without it is read whole.
  if (offset > 0 && !isPastePrefix(raw, offset, commented) && !(offset === prefixLength && isGrepPrefix(raw, offset))) offset = 0;
  // A line written as a string: its text is between the quotes, without the escapes of its tab and line break.
  let limit = raw.length;
  const close = offset > 0 ? closingQuote(raw, offset - 1) : -1;
  if (close >= 0) {
    limit = raw.startsWith('\\n', close - 2) ? close - 2 : close;
    while (raw.startsWith('\\t', offset) && offset < limit) offset += 2;
  }
  offset = skipBlanks(raw, offset, limit);
  let end = endOfText(raw, limit, offset);
  // A `# bondlint` comment among lines written as comments is the script's, not the dump's.
  if (commented && DIRECTIVE.test(raw)) return bare('comment', scope, offset, offset, offset, end);
  let hash = raw.indexOf('#', offset) < 0 ? -1 : commentStart(raw, offset, end);
  const arrow = arrowAt(raw, offset, hash < 0 ? end : hash);
  if (arrow >= 0) hash = arrow;
  const commentEnd = hash >= 0 ? end : -1;
  if (hash >= 0) end = endOfText(raw, hash, offset);
  if (end === offset) return bare(hash >= 0 ? 'comment' : 'blank', scope, offset, end, hash, commentEnd);
  // A mail in quoted-printable writes the blank after a quote's `> ` as `=20`: a blank line of the dump (`> >=20`).
  if (isColonRule(raw, offset, end) || (raw.endsWith('=20', end) && isPastePrefix(raw, end - 3))) return bare('blank', scope, offset, offset);
  if (isGrepSeparator(raw, offset, end) || isElision(raw, offset, end)) return bare('blank', scope, offset, end, hash, commentEnd);
  // A line set in Markdown's bold to be seen (`**MII Status: down**`) says what the line inside says.
  if (isBold(raw, offset, end)) {
    offset += 2;
    end -= 2;
  }

  const noAgg = raw.startsWith('bond ', offset) ? NO_AGGREGATOR.exec(raw.slice(offset, end)) : null;
  if (noAgg) {
    const start = offset + 'bond '.length;
    const name = noAgg[1]!;
    return new Shape('noActiveAggregator', 'ad', offset, end, procFieldById('ad.noActiveAggregator'), -1, '', start, start + name.length, name, hash, commentEnd);
  }

  const colon = labelColon(raw, offset, end);
  const labelEnd = colon < 0 ? end : endOfText(raw, colon, offset);
  let valueText = '';
  let valueStart = -1;
  let valueEnd = -1;
  if (colon >= 0) {
    let from = skipBlanks(raw, colon + 1, end);
    let to = endOfText(raw, end, from);
    if (isBold(raw, from, to)) {
      from += 2;
      to -= 2;
    }
    if (to > from) {
      valueText = raw.slice(from, to);
      valueStart = from;
      valueEnd = to;
    }
  }

  // A dump whose line breaks were lost (`echo $(cat …)`) runs on past its first value: no kernel line says this, and
  // proc.dump-in-one-line reports it whole, so it opens no dump.
  if (valueText.includes(' MII Status: ')) {
    return new Shape('unknown', scope, offset, end, undefined, labelEnd, raw.slice(offset, labelEnd), valueStart, valueEnd, valueText, hash, commentEnd, 'text');
  }
  if (colon >= 0 && labelEnd - offset === DRIVER_LABEL.length && raw.startsWith(DRIVER_LABEL, offset)) {
    return new Shape('driver', 'header', offset, end, procFieldById('header.driver'), labelEnd, DRIVER_LABEL, valueStart, valueEnd, valueText, hash, commentEnd);
  }

  const byScope = procFieldsLabelled(raw, offset, labelEnd);
  for (const s of byScope ? SEARCH_ORDER[scope] : []) {
    const field = byScope!.get(s);
    if (!field) continue;
    // A heading printed without its colon (`802.3ad info`) must not take a value; a field needs its colon.
    const isHeading = HEADINGS.has(field);
    if (!isHeading && colon < 0) break;
    let noteStart = hash;
    let noteEnd = commentEnd;
    if (field.id === 'bond.mode' && valueStart >= 0) {
      // Blog copies append their own words to the mode (`fault-tolerance (active-backup) ——主备模式`).
      const length = modeTextLength(valueText);
      if (length !== undefined) {
        const rest = valueText.slice(length);
        noteStart = valueStart + length + rest.length - rest.trimStart().length;
        noteEnd = hash >= 0 ? commentEnd : valueEnd;
        valueText = valueText.slice(0, length);
        valueEnd = valueStart + length;
      }
    }
    // The catalogue's own label string: the piece cut from the line need not outlive the parse.
    return new Shape(isHeading ? 'heading' : 'field', s, offset, end, field, labelEnd, field.label, valueStart, valueEnd, valueText, noteStart, noteEnd);
  }
  const labelText = raw.slice(offset, labelEnd);
  const near = nearFields(labelText);
  const reason: UnknownReason = near.exact ? (colon < 0 && near.fields.every((f) => !(f.id in SCOPE_OF_HEADING)) ? 'noColon' : 'misplaced') : 'text';
  const hasLabel = colon >= 0 || near.fields.length > 0;
  return new Shape('unknown', scope, offset, end, undefined, hasLabel ? labelEnd : -1, labelText, valueStart, valueEnd, valueText, hash, commentEnd, reason, near.fields.length > 0 ? near.fields : undefined);
}

function scopeAfter(shape: ProcLineShape, current: FieldScope): FieldScope {
  if (shape.kind === 'driver') return 'bond';
  if (shape.kind === 'noActiveAggregator') return 'ad';
  const id = shape.field?.id;
  if (!id) return current;
  if (shape.kind === 'heading') return SCOPE_OF_HEADING[id]!;
  if (id === 'slave.interface') return 'slave';
  return shape.scope;
}

interface Marker {
  readonly name: string;
  readonly shape: Shape;
  /** A line that only names the file (`==> … <==`, a path, a prompt running cat), not a log line mentioning it. */
  readonly pure: boolean;
}

/** `[root@host ~]# cat /proc/net/bonding/bond0`, `$ sudo cat …`. */
const PROMPT_CAT = /[#$>]\s*(?:sudo\s+)?cat\s+\S*proc\/net\/bonding\/\S+$/;

/**
 * The shapes of one parse and which one each line inside a dump has: four bytes a line instead of a node, which a
 * paste of a hundred thousand lines would keep and the collector would copy.
 */
class LineTable implements ProcShapeTable {
  readonly #shapes: Shape[] = [];
  readonly #ids: Int32Array;

  constructor(lineCount: number) {
    this.#ids = new Int32Array(lineCount);
  }

  set(line: number, shape: Shape): void {
    if (shape.id < 0) {
      shape.id = this.#shapes.length;
      this.#shapes.push(shape);
    }
    this.#ids[line] = shape.id;
  }

  shape(line: number): Shape {
    return this.#shapes[this.#ids[line]!]!;
  }

  idAt(line: number): number {
    return this.#ids[line]!;
  }

  get count(): number {
    return this.#shapes.length;
  }
}

/**
 * The lines of a block: those after its heading, up to its port's last line, that `holds` keeps. A port's lines follow
 * one another, so a block is its heading and a test on the table, not a list of numbers a port would keep (and the
 * collector copy) for each of its lines.
 */
abstract class Block implements ProcFields {
  #nodes: ProcLine[] | undefined;

  constructor(
    protected readonly bond: Bond,
    readonly headingLine: number,
  ) {}

  /** The block's last line. */
  protected abstract get end(): number;

  /** Whether a line of the range with this shape is one of the block's lines. */
  protected abstract holds(shape: Shape): boolean;

  get heading(): ProcLine {
    return this.bond.lineAt(this.headingLine);
  }

  get lines(): readonly ProcLine[] {
    if (this.#nodes) return this.#nodes;
    const nodes: ProcLine[] = [];
    for (let n = this.headingLine + 1; n <= this.end; n++) if (this.holds(this.bond.table.shape(n))) nodes.push(this.bond.lineAt(n));
    return (this.#nodes = nodes);
  }

  /** The block's first line with field `id`, or -1. */
  #firstWith(id: string): number {
    const table = this.bond.table;
    for (let n = this.headingLine + 1; n <= this.end; n++) {
      const shape = table.shape(n);
      if (shape.field?.id === id && this.holds(shape)) return n;
    }
    return -1;
  }

  field(id: string): ProcLine | undefined {
    const n = this.#firstWith(id);
    return n < 0 ? undefined : this.bond.lineAt(n);
  }

  valueOf(id: string): string | undefined {
    const n = this.#firstWith(id);
    return n < 0 ? undefined : this.bond.table.shape(n).valueText;
  }
}

/** `details actor lacp pdu:` or `details partner lacp pdu:` and the fields of that scope after it in its port. */
class Details extends Block implements ProcDetails {
  readonly #port: Port;
  readonly #scope: FieldScope;

  constructor(
    bond: Bond,
    headingLine: number,
    port: Port,
    scope: FieldScope,
  ) {
    super(bond, headingLine);
    this.#port = port;
    this.#scope = scope;
  }

  protected get end(): number {
    return this.#port.lastLine;
  }

  protected holds(shape: Shape): boolean {
    return shape.kind === 'field' && shape.scope === this.#scope;
  }
}

/** A port: its fields, and the lines no kernel prints there (an unknown line stays with the port it is in). */
class Port extends Block implements ProcSlave {
  actor: Details | undefined;
  partner: Details | undefined;

  constructor(
    bond: Bond,
    headingLine: number,
    readonly name: string,
    public lastLine: number,
  ) {
    super(bond, headingLine);
  }

  protected get end(): number {
    return this.lastLine;
  }

  protected holds(shape: Shape): boolean {
    return shape.kind === 'unknown' || (shape.kind === 'field' && shape.scope === 'slave');
  }
}

const NO_LINE = -1;

class Bond implements ProcBond {
  name: string | undefined;
  lastLine: number;
  /** grep printed the dump. */
  grepped = false;
  /** grep printed a blank line of it. */
  blank = false;
  /** `--` or `[...]` stands between two of its lines, or `[...]` after its last one. */
  gap = false;
  readonly slaves: Port[] = [];
  /** The lines of `master`, `ad` and `aggregator` by number, and the single lines' numbers (NO_LINE when absent). */
  readonly masterLines: number[] = [];
  readonly adLines: number[] = [];
  readonly aggregatorLines: number[] = [];
  adInfoLine = NO_LINE;
  aggregatorHeadingLine = NO_LINE;
  noActiveAggregatorLine = NO_LINE;
  #nodes: (ProcLine | undefined)[] | undefined;
  #allNodes: readonly ProcLine[] | undefined;
  readonly #driverLine: number;
  readonly #markerLine: number;

  constructor(
    readonly table: LineTable,
    readonly firstLine: number,
    readonly fragment: boolean,
    driverLine: number,
    markerLine: number,
  ) {
    this.lastLine = firstLine;
    this.#driverLine = driverLine;
    this.#markerLine = markerLine;
  }

  shapeAt(line: number): ProcLineShape {
    return this.table.shape(line);
  }

  get filtered(): boolean {
    return this.gap || (this.grepped && !this.blank);
  }

  get shapes(): ProcShapeTable {
    return this.table;
  }

  lineAt(line: number): ProcLine {
    const nodes = (this.#nodes ??= new Array<ProcLine | undefined>(this.lastLine - this.firstLine + 1));
    return (nodes[line - this.firstLine] ??= new Line(this.table.shape(line), line));
  }

  #optional(line: number): ProcLine | undefined {
    return line === NO_LINE ? undefined : this.lineAt(line);
  }

  get lines(): readonly ProcLine[] {
    return (this.#allNodes ??= Array.from({ length: this.lastLine - this.firstLine + 1 }, (_, i) => this.lineAt(this.firstLine + i)));
  }
  get master(): readonly ProcLine[] {
    return this.masterLines.map((n) => this.lineAt(n));
  }
  get ad(): readonly ProcLine[] {
    return this.adLines.map((n) => this.lineAt(n));
  }
  get aggregator(): readonly ProcLine[] {
    return this.aggregatorLines.map((n) => this.lineAt(n));
  }
  get marker(): ProcLine | undefined {
    return this.#optional(this.#markerLine);
  }
  get driver(): ProcLine | undefined {
    return this.#optional(this.#driverLine);
  }
  get adInfo(): ProcLine | undefined {
    return this.#optional(this.adInfoLine);
  }
  get aggregatorHeading(): ProcLine | undefined {
    return this.#optional(this.aggregatorHeadingLine);
  }
  get noActiveAggregator(): ProcLine | undefined {
    return this.#optional(this.noActiveAggregatorLine);
  }
}

/** Files line `line` of `shape` in its bond's lists; the bond's table has it already. */
function place(bond: Bond, shape: Shape, line: number): void {
  const slave = bond.slaves[bond.slaves.length - 1];
  const kind = shape.kind;
  const id = shape.field?.id;
  const opensPort = id === 'slave.interface';
  if (slave && !opensPort && kind !== 'blank' && kind !== 'marker') slave.lastLine = line;
  if (kind !== 'field' && kind !== 'heading' && kind !== 'noActiveAggregator') return;
  if (kind === 'noActiveAggregator') {
    bond.noActiveAggregatorLine = line;
    return;
  }
  if (opensPort) {
    bond.slaves.push(new Port(bond, line, shape.valueText, line));
    return;
  }
  if (id === 'ad.info') bond.adInfoLine = line;
  else if (id === 'ad.activeAggregator') bond.aggregatorHeadingLine = line;
  switch (shape.scope) {
    case 'actor':
    case 'partner':
    case 'slave':
      // A port's other lines are found in its range of the table (Block). Without a port (a fragment that starts
      // inside a port block) the line stays in `lines` only.
      if (id === 'slave.actorDetails' && slave) slave.actor = new Details(bond, line, slave, 'actor');
      else if (id === 'slave.partnerDetails' && slave) slave.partner = new Details(bond, line, slave, 'partner');
      return;
    case 'aggregator':
      bond.aggregatorLines.push(line);
      return;
    case 'ad':
      if (id !== 'ad.info' && id !== 'ad.activeAggregator') bond.adLines.push(line);
      return;
    default:
      bond.masterLines.push(line);
  }
}

/** A line that says something: neither blank, nor a comment, nor a file marker. */
export function isContent(shape: ProcLineShape): boolean {
  return shape.kind !== 'blank' && shape.kind !== 'comment' && shape.kind !== 'marker';
}

/** A line that can only come from a dump; used to find dumps whose driver line was not pasted. */
function opensDump(shape: ProcLineShape): boolean {
  return shape.kind === 'driver' || shape.field?.id === 'bond.mode';
}

/** Any line of the catalogue, whatever its scope: how a text that starts inside a dump is recognised. */
function isDumpLine(shape: ProcLineShape): boolean {
  return shape.kind === 'field' || shape.kind === 'heading' || shape.kind === 'noActiveAggregator' || (shape.kind === 'unknown' && shape.reason === 'misplaced');
}

function markerAt(raw: string): Marker | undefined {
  // Most lines name no file: a line without `/` or `>` cannot (one-character searches are the cheapest).
  if (raw.indexOf('/') < 0 && raw.indexOf('>') < 0) return undefined;
  if (!raw.includes('==>') && !raw.includes('proc/net/bonding/')) return undefined;
  const text = raw.trim();
  // head's header in a comment too, before a dump written as comments
  const header = FILE_HEADER.exec(text) ?? (text.charCodeAt(0) === 35 ? FILE_HEADER.exec(text.slice(1).trimStart()) : null);
  const target = header ? header[1]! : text;
  const m = PATH_LINE.exec(target) ?? (header ? /^(?:\.\/)?([^\s/]+)$/.exec(target) : null);
  if (!m) return undefined;
  const name = m[1]!;
  const start = raw.lastIndexOf(name);
  const first = raw.length - raw.trimStart().length;
  return {
    name,
    pure: header !== null || !/\s/.test(text) || PROMPT_CAT.test(text),
    shape: new Shape('marker', 'header', first, raw.trimEnd().length, undefined, -1, '', start, start + name.length, name, -1, -1),
  };
}

/** Non-blank lines from `from` on, at most `count`. */
function* contentLines(lines: TextLines, from: number, count: number): Generator<number> {
  for (let i = from, n = 0; i < lines.length && n < count; i++) {
    if (lines.at(i).trim() === '') continue;
    n++;
    yield i;
  }
}

/**
 * Parses every dump found in `text`. In a document that is a dump (`wholeDocument`), every line after the
 * first dump line belongs to a dump. In other text a dump ends at a Markdown fence, at a file marker, or at two
 * stray lines with no dump line in the three lines after them, so the surrounding prose is left alone.
 */
export function parseProcBonding(text: string): ProcDocument {
  return runAll(parseProcBondingSteps(text));
}

/**
 * The text with a space for each no-break (U+00A0, U+202F), ideographic (U+3000) and zero-width (U+200B) space: a
 * dump copied from a web page or a chat carries them where the kernel printed a space or nothing. Columns stay.
 */
function spaced(text: string): string {
  const found = ['\u00a0', '\u200b', '\u202f', '\u3000'].some((c) => text.includes(c));
  return found ? text.replace(/[\u00a0\u200b\u202f\u3000]/g, ' ') : text;
}

/** Lines parsed between two pauses of `parseProcBondingSteps`. */
const LINES_PER_STEP = 4096;

/** `parseProcBonding` in steps (see steps.ts). */
export function* parseProcBondingSteps(text: string): Steps<ProcDocument> {
  const reader = new DumpReader(new TextLines(spaced(text)));
  // The line loop lives in a plain method: a generator's own loop is never optimised while it runs, which is
  // exactly when the first (cold) parse of a large paste needs it.
  for (let i = 0; i < reader.lines.length; ) {
    i = reader.read(i, Math.min(reader.lines.length, i + LINES_PER_STEP));
    yield;
  }
  reader.close();
  return { bonds: reader.bonds, wholeDocument: reader.wholeDocument };
}

/** The state of one parse, line after line. */
class DumpReader {
  readonly bonds: ProcBond[] = [];
  /** The first line that is not blank and not only a file name. */
  readonly #firstContent: number = -1;
  /** The text starts inside a dump. */
  readonly #fragmentStart: boolean;
  readonly wholeDocument: boolean;

  #bond: Bond | undefined;
  #scope: FieldScope = 'bond';
  /** Length of the paste prefix (`> `, indentation) of the open dump's first line. */
  #prefix = 0;
  /**
   * The open dump's lines are strings of their own (the prefix ends with a quote): a line that is not one ends the
   * dump, as a line grep did not print ends grep's (code that builds a dump line by line is no dump).
   */
  #quoted = false;
  /**
   * The column of the `#` before each line of the open dump when it is written as comments, or -1: a line without it
   * there ends the dump (the script or the doc goes on), a blank line does not.
   */
  #hashAt = -1;
  /** What grep wrote before each line of the open dump (`/proc/net/bonding/bond0:`), when grep printed it. */
  #grep: string | undefined;
  /** The line number of the open dump's last line, when `grep -n` or `cat -n` wrote one before each. */
  #lineNumber: number | undefined;
  /** A `--` or `[...]` has been read since the open dump's last line: lines were left out there if another one follows. */
  #gap = false;
  /** A file marker read outside a dump, and its line: it names the dump that follows. */
  #pending: Marker | undefined;
  #pendingLine = NO_LINE;
  /** Lines in a row that are no dump line. */
  #strays = 0;
  /** Whether the open dump has shown its `Bonding Mode` line. */
  #hasMode = false;
  /** The last dump of each host (pdsh: `db01:`), by the host's prefix. */
  #hosts: Map<string, Bond> | undefined;
  readonly #shapes = new ShapeCache();
  readonly #table: LineTable;

  constructor(readonly lines: TextLines) {
    this.#table = new LineTable(lines.length);
    const probeAt = (i: number) => {
      const raw = lines.at(i);
      const length = pasteLength(raw);
      return this.#grepped(raw, i)?.shape ?? this.#shapes.classify(raw, length, 'header', hashIn(raw, length) >= 0);
    };
    // A paste that starts with `[...]` starts where the lines after it do.
    for (let i = 0; i < lines.length && this.#firstContent < 0; i++) {
      if (probeAt(i).kind !== 'blank' && !markerAt(lines.at(i))?.pure) this.#firstContent = i;
    }
    const leading = this.#firstContent >= 0 ? probeAt(this.#firstContent) : undefined;
    // A text that starts with two dump lines (`Link Failure Count: 0`, `Permanent HW addr: …`) is a dump cut at its
    // start; one such line alone could be anything.
    const second = this.#firstContent >= 0 ? [...contentLines(lines, this.#firstContent + 1, 1)][0] : undefined;
    this.#fragmentStart = leading !== undefined && !opensDump(leading) && isDumpLine(leading) && second !== undefined && isDumpLine(probeAt(second));
    // A dump written as comments or strings is in a script or code, which goes on after it.
    const first = this.#firstContent >= 0 ? lines.at(this.#firstContent) : '';
    const length = pasteLength(first);
    const written = hashIn(first, length) >= 0 || closingQuote(first, length - 1) >= 0;
    this.wholeDocument = leading !== undefined && (opensDump(leading) || this.#fragmentStart) && !written;
  }

  close(): void {
    const bond = this.#bond;
    if (!bond) return;
    // Trailing blank lines end no dump; in other text, trailing comment or unknown lines belong to the text around it.
    let lastLine = bond.lastLine;
    while (lastLine > bond.firstLine) {
      const { kind, start, end } = this.#table.shape(lastLine);
      if (kind !== 'blank' && (this.wholeDocument || (kind !== 'unknown' && kind !== 'comment'))) break;
      // `[...]` after its last line: the rest was left out (a `--` there is no grep's, which prints it only between lines).
      if (kind === 'blank' && end > start && !isGrepSeparator(this.lines.at(lastLine), start, end)) bond.gap = true;
      lastLine--;
    }
    bond.lastLine = lastLine;
    for (const slave of bond.slaves) slave.lastLine = Math.min(Math.max(slave.lastLine, slave.headingLine), lastLine);
    this.bonds.push(bond);
    this.#bond = undefined;
  }

  /** Adds line `line` to the open dump. */
  #add(shape: Shape, line: number): void {
    this.#table.set(line, shape);
    this.#bond!.lastLine = line;
  }

  #open(shape: Shape, at: number, fragment: boolean): void {
    const pending = this.#pending?.pure ? this.#pending : undefined;
    const bond = (this.#bond = new Bond(this.#table, pending ? this.#pendingLine : at, fragment, shape.kind === 'driver' ? at : NO_LINE, pending ? this.#pendingLine : NO_LINE));
    const grep = this.#grep;
    // A host's name is no bond's (pdsh: a blank after it).
    const host = grep !== undefined && this.lines.at(at).charCodeAt(grep.length) === 32;
    bond.name = grep === undefined || host ? this.#pending?.name : grep.slice(grep.lastIndexOf('/') + 1, -1).replace(PASTE_PREFIX, '');
    this.#gap = false;
    if (pending) {
      this.#add(pending.shape, this.#pendingLine);
      for (let j = this.#pendingLine + 1; j < at; j++) this.#add(this.#shapes.classify(this.lines.at(j), this.#prefix, 'header', this.#hashAt >= 0), j);
    }
    // Every host ran the command that named the dump (`pdsh -w db[01-02] cat /proc/net/bonding/bond0`).
    if (!host || pending) this.#pending = undefined;
    if (host) (this.#hosts ??= new Map()).set(grep, bond);
    this.#add(shape, at);
    place(bond, shape, at);
    this.#hasMode = shape.field?.id === 'bond.mode';
    this.#scope = shape.kind === 'driver' ? 'bond' : scopeAfter(shape, 'bond');
    this.#strays = 0;
  }

  /** Remembers a file marker read on line `line` outside a dump. */
  #expect(marker: Marker | undefined, line: number): void {
    this.#pending = marker;
    this.#pendingLine = line;
  }

  /**
   * A line that grep printed with its file's name in front (`/proc/net/bonding/bond0:Bonding Mode: …`) and that can
   * start a dump: where its text starts and what it says.
   */
  #grepped(raw: string, at: number): { start: number; file: number; shape: Shape } | undefined {
    const paste = PASTE_PREFIX.exec(raw)![0].length;
    // A line number alone (`grep -n` of one file, `cat -n`), or after the file name (`grep -Hn`).
    let file = -1;
    let start = lineNumberEnd(raw, paste);
    if (start < 0) {
      file = start = grepPrefixEnd(raw, paste);
      const numbered = file > 0 ? lineNumberEnd(raw, file) : -1;
      if (numbered > 0) start = numbered;
    }
    if (start < 0 || start === raw.length) return undefined;
    // pdsh and clush write `host: ` before each line of a host's output; grep writes no blank after the file name.
    const host = start === file && raw.charCodeAt(start) === 32;
    if (isBlank(raw.charCodeAt(host ? start + 1 : start))) return undefined;
    const shape = this.#shapes.classify(raw, start, 'header');
    // A bare name (grep run inside /proc/net/bonding) or number says less than a path: only a line that opens a dump counts.
    const path = raw.lastIndexOf('proc/net/bonding/', start) >= paste;
    if (!(opensDump(shape) || (path && isDumpLine(shape)))) return undefined;
    return !host || this.#goesOn(at + 1, start, (l) => l.startsWith(raw.slice(0, file)), false) ? { start, file, shape } : undefined;
  }

  /**
   * Where the text of a line of the open dump starts: after its paste prefix or grep's file name, and after its line
   * number where the dump has them (-1 for a line without one).
   */
  #prefixOf(raw: string): number {
    if (this.#hashAt >= 0) return raw.charCodeAt(this.#hashAt) === 35 && isPastePrefix(raw, this.#hashAt) ? this.#prefix : -1;
    // A YAML list's item that needs no quotes (`- 802.3ad info`) among quoted ones.
    if (this.#quoted && raw.startsWith('- ', this.#prefix - 3) && closingQuote(raw, this.#prefix - 1) < 0) return this.#prefix - 1;
    return this.#lineNumber === undefined ? this.#prefix : lineNumberEnd(raw, this.#grep?.length ?? PASTE_PREFIX.exec(raw)![0].length);
  }

  /** What a line of the open dump says, read after its prefix `prefix` (see prefixOf), or whole without one. */
  #lookup(raw: string, prefix: number, scope = this.#scope): Seen {
    return this.#shapes.lookup(raw, Math.max(prefix, 0), scope, prefix >= 0 && this.#hashAt >= 0);
  }

  /** Whether a dump line (not one that opens a new dump) comes within the next three lines. */
  #continuesSoon(from: number): boolean {
    for (const j of contentLines(this.lines, from, 3)) {
      const raw = this.lines.at(j);
      const seen = this.#lookup(raw, this.#prefixOf(raw));
      if (seen.endsDump) return false;
      if (opensDump(seen.shape)) return false;
      if (isDumpLine(seen.shape) && seen.shape.kind !== 'unknown') return true;
    }
    return false;
  }

  /**
   * Whether a dump whose first line has a prefix that other text has too goes on after it: a line with the prefix
   * (`carries`) that the kernel could have printed comes within the next three lines, before any other text. A
   * Markdown heading (`# Bonding Mode: what each one does`) or a kernel message (`bonding: Ethernet Channel Bonding
   * Driver: …`) is no dump.
   */
  #goesOn(from: number, prefix: number, carries: (raw: string) => boolean, commented: boolean): boolean {
    for (let j = from; j < this.lines.length && j < from + 3; j++) {
      const raw = this.lines.at(j);
      const has = carries(raw);
      if (!has && raw.trim() !== '') return false;
      const shape = has ? this.#shapes.classify(raw, prefix, 'bond', commented) : undefined;
      if (shape && isContent(shape)) return isDumpLine(shape);
    }
    return false;
  }

  /**
   * A dump line of a host after the host's dump ended: pdsh mixed the hosts' lines, which are not put back together,
   * so lines were left out of that dump.
   */
  #leftOut(raw: string): void {
    const end = grepPrefixEnd(raw, PASTE_PREFIX.exec(raw)![0].length);
    const bond = end > 0 ? this.#hosts!.get(raw.slice(0, end)) : undefined;
    if (bond && isDumpLine(this.#shapes.classify(raw, end, 'bond'))) bond.gap = true;
  }

  /** Reads the lines from `from` up to `to`; answers where to go on (a line that ended a dump is read again). */
  read(from: number, to: number): number {
    let i = from;
    for (; i < to; i++) {
      const raw = this.lines.at(i);
      if (!this.#bond) {
        const marker = markerAt(raw);
        if (marker) {
          this.#expect(marker, i);
          continue;
        }
        // Only the driver line and the mode line open a dump, and both carry this word; grep's lines may start one too.
        // So does a port's first line, of a dump cut before it (its ports pasted), when a dump line follows.
        let fragment = this.#fragmentStart && i === this.#firstContent;
        const opener = fragment || raw.includes('Bonding') || raw.includes('Slave Interface');
        const grepped = opener || raw.includes('bonding/') ? this.#grepped(raw, i) : undefined;
        this.#grep = grepped && grepped.file > 0 ? raw.slice(0, grepped.file) : undefined;
        this.#lineNumber = grepped && grepped.start !== grepped.file ? numberBefore(raw, grepped.start) : undefined;
        if (grepped) {
          this.#prefix = grepped.start;
          this.#quoted = false;
          this.#hashAt = -1;
          this.#open(grepped.shape, i, !opensDump(grepped.shape));
          // grep's output, not `cat -n`'s (a tab after the number).
          this.#bond!.grepped = raw.charCodeAt(grepped.start - 1) !== 9;
          continue;
        }
        const prefixLength = opener ? pasteLength(raw) : -1;
        const hashAt = prefixLength < 0 ? -1 : hashIn(raw, prefixLength);
        const probe = prefixLength < 0 ? undefined : this.#shapes.classify(raw, prefixLength, 'bond', hashAt >= 0);
        const carries = (l: string) => (hashAt < 0 ? isPastePrefix(l, prefixLength) : l.charCodeAt(hashAt) === 35 && isPastePrefix(l, hashAt));
        fragment ||= probe?.field?.id === 'slave.interface' && this.#goesOn(i + 1, prefixLength, carries, hashAt >= 0);
        const opens = probe !== undefined && opensDump(probe) && (hashAt < 0 || this.#goesOn(i + 1, prefixLength, carries, true));
        if (!opens && !fragment) {
          const text = raw.trim();
          if (!isPastePrefix(raw, raw.length) && !isColonRule(text, 0, text.length)) this.#pending = undefined;
          if (this.#hosts) this.#leftOut(raw);
          continue;
        }
        this.#prefix = prefixLength;
        this.#quoted = closingQuote(raw, prefixLength - 1) >= 0;
        this.#hashAt = hashAt;
        this.#open(fragment ? this.#shapes.classify(raw, prefixLength, 'header', hashAt >= 0) : probe!, i, fragment);
        continue;
      }

      const prefix = this.#prefixOf(raw);
      const seen = this.#lookup(raw, prefix);
      const grep = this.#grep;
      // grep's own line: its file name, then `:` or (a line around a match, which may look like a path) `-`; and its
      // line number, when it writes them.
      const own = (grep === undefined || raw.startsWith(grep) || (raw.charCodeAt(grep.length - 1) === 45 && raw.startsWith(grep.slice(0, -1)))) && prefix >= 0 && (!this.#quoted || isPastePrefix(raw, prefix, this.#hashAt >= 0));
      if (seen.endsDump && !(grep && own)) {
        this.close();
        this.#expect(isFence(raw) ? undefined : markerAt(raw), i);
        continue;
      }
      const current = this.#bond;
      let shape = seen.shape;
      if (!own) {
        // Lines of another file, or text that grep did not print, end the dump; a blank or comment line may be in it.
        if (shape.kind !== 'blank' && shape.kind !== 'comment') {
          this.close();
          return i;
        }
      } else if (current.grepped || this.#lineNumber !== undefined) {
        // A blank line that grep printed: it was not filtering (a filter's pattern picks lines by their text).
        if (shape.kind === 'blank' && current.grepped) current.blank = true;
        if (this.#lineNumber !== undefined) {
          // The numbers show where lines were left out (before the next dump's first line, from the dump before).
          const number = numberBefore(raw, prefix);
          if (number !== this.#lineNumber + 1 && !opensDump(shape)) current.gap = true;
          this.#lineNumber = number;
        }
      }
      if (shape.kind === 'blank' && shape.end > shape.start) this.#gap = true;
      else if (shape.kind !== 'blank' && shape.kind !== 'comment') {
        if (this.#gap && isDumpLine(shape)) current.gap = true;
        this.#gap = false;
      }
      // `cat /proc/net/bonding/*` of kernels that print no driver line: the next dump starts at its mode line,
      // which in the scope of the previous dump's last port is no field at all.
      if (shape.kind === 'unknown' && this.#hasMode) {
        const again = this.#lookup(raw, prefix, 'bond').shape;
        if (again.field?.id === 'bond.mode') shape = again;
      }
      if (shape.kind === 'driver' || (shape.field?.id === 'bond.mode' && this.#hasMode)) {
        this.close();
        this.#open(shape, i, false);
        // The next dump of the same output (`cat /proc/net/bonding/*`, the same grep).
        this.#bond!.grepped = current.grepped;
        continue;
      }
      if (current.slaves.length === 0 && !current.fragment && !current.filtered && shape.field && PORT_SCOPES.has(shape.scope) && shape.field.id !== 'slave.interface') {
        shape = shape.misplaced();
      }
      if (shape.kind === 'unknown') {
        this.#strays++;
        if (!this.wholeDocument && this.#strays >= 2 && !this.#continuesSoon(i + 1)) {
          this.close();
          this.#strays = 0;
          // Read this line again: it may start another dump.
          return i;
        }
      } else if (shape.kind !== 'blank' && shape.kind !== 'comment') {
        this.#strays = 0;
      }
      if (shape.kind === 'noActiveAggregator' && !current.name) current.name = shape.valueText;
      this.#add(shape, i);
      place(current, shape, i);
      if (shape.field?.id === 'bond.mode') this.#hasMode = true;
      this.#scope = scopeAfter(shape, this.#scope);
    }
    return i;
  }
}
