/**
 * Parser for ifcfg files (`/etc/sysconfig/network-scripts/ifcfg-*`, `/etc/sysconfig/network/ifcfg-*`): the
 * shell-variable subset that NetworkManager's ifcfg-rh plugin reads without a shell. It never throws and never
 * executes anything. Every line of the text becomes a node.
 *
 * Ranges are `{ start, end }` offsets into the whole document text (UTF-16 code units, `end` exclusive), the
 * unit of `TextDocument.positionAt()`: cheap to compute, exact, and independent of line numbering. Lines end at
 * `\n`; a `\r` just before it (CRLF) belongs to no node's content.
 *
 * Quoting follows NetworkManager `src/core/settings/plugins/ifcfg-rh/shvar.c` (`line_new_parse()`,
 * `svUnescape_full()`, `_svGetValue()`), which implements bash quoting without expansion:
 * - a line is an assignment when, after leading blanks, a shell name is followed directly by `=`; anything else
 *   (including `export FOO=bar` and `FOO =bar`) is kept but ignored ("invalid line ignored");
 * - double quotes honour `\\ \" \$ \``; any other backslash stays. `$` or a backtick inside double quotes is
 *   refused (no expansion). `\'` and `\~` lose their backslash only when the whole value looks like the output
 *   of old svEscape() versions;
 * - single quotes are literal; `$'…'` decodes ANSI-C escapes;
 * - unquoted, a backslash escapes the next character; `$` and backticks are plain characters;
 *   `| & ( ) < >` are refused;
 * - a blank ends the value: only more blanks, one `;`, or a `#` comment may follow. Otherwise the value is
 *   refused (`BONDING_OPTS=mode=4 miimon=100`);
 * - a trailing backslash (line continuation) and an unterminated quote are refused;
 * - a refused value ("badly quoted") and a value that is not UTF-8 are read as the empty string, as if the key
 *   were present but empty; the last assignment of a key wins and earlier ones are ignored (an `export` line is
 *   no assignment here, so it does not count).
 *
 * initscripts instead `source`s the file with bash, so the same lines mean something else there; each problem
 * code below says how the two readers differ. wicked (SUSE) is simpler still: `'…'` or `"…"` without escapes, an
 * unquoted value ends at the first blank, text after the closing quote is ignored, and a missing closing quote
 * drops the variable.
 */

import { type Steps, runAll } from '../steps';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export type QuoteStyle = 'none' | 'double' | 'single' | 'ansi' | 'mixed';

/**
 * - `unterminated-quote`: NetworkManager reads the key as "". bash keeps reading the following lines as part of
 *   the value (or fails with a syntax error at the end of the file).
 * - `unquoted-whitespace`: text after a blank that is not a comment. NetworkManager reads the key as "". bash
 *   splits words: `BONDING_OPTS=mode=4 miimon=100` assigns `mode=4` to BONDING_OPTS and `100` to a variable
 *   `miimon`; `KEY=a b` runs a command `b` with KEY only in its environment, so KEY stays unset.
 * - `line-continuation`: a backslash at the end of the line. NetworkManager reads the key as ""; bash joins the
 *   next line.
 * - `unsupported-expansion`: `$VAR`, `${VAR}`, `$(…)` or a backtick. Inside double quotes NetworkManager reads the
 *   key as ""; unquoted it keeps the characters literally. bash expands them.
 * - `unquoted-metachar`: an unquoted `| & ( ) < >`, or a `;` followed by more text. NetworkManager reads the key
 *   as ""; for bash these are redirections, pipes or command separators.
 * - `invalid-utf8`: `$'…'` escapes that produce bytes which are not UTF-8. NetworkManager reads the key as "".
 * - `export-prefix`: `export KEY=value`. NetworkManager ignores the whole line; bash assigns and exports.
 */
export type IfcfgProblemCode =
  | 'unterminated-quote'
  | 'unquoted-whitespace'
  | 'line-continuation'
  | 'unsupported-expansion'
  | 'unquoted-metachar'
  | 'invalid-utf8'
  | 'export-prefix';

/** What NetworkManager's ifcfg-rh reader makes of the assignment because of the problem. */
export type NmEffect = 'value-empty' | 'literal' | 'line-ignored';

export interface IfcfgProblem {
  readonly code: IfcfgProblemCode;
  readonly range: OffsetRange;
  readonly nmEffect: NmEffect;
  /** A `$` in double quotes that starts no expansion (`"cost$"`): bash keeps it, NetworkManager still refuses it. */
  readonly bashKeeps?: true;
}

/**
 * Where each UTF-16 unit of an unescaped value came from (`valueRange` reads it): a character that stands for itself
 * from its own column, the text of an escape such as `\"` or `\x41` from all of the escape's characters.
 */
export interface ValueOffsetMap {
  /**
   * The value's pieces, four numbers each: the first unit of the piece, the document offsets `[start, end)` of its
   * source, and AS_IS when each unit comes from its own column (else every unit of the piece comes from the whole range).
   */
  readonly pieces: readonly number[];
  /** Units of the value. */
  readonly length: number;
  /** Document offset where the value text begins (just after `=`). */
  readonly startOffset: number;
}

const PIECE = 4;
const AS_IS = 1;

interface NodeBase {
  /** 0-based line number. */
  readonly line: number;
  /** The line's content, without `\n` and without a `\r` before it. */
  readonly range: OffsetRange;
}

export interface IfcfgBlank extends NodeBase {
  readonly kind: 'blank';
}

export interface IfcfgComment extends NodeBase {
  readonly kind: 'comment';
  /** Text after `#`. */
  readonly text: string;
}

export interface IfcfgAssignment extends NodeBase {
  readonly kind: 'assignment';
  readonly key: string;
  readonly keyRange: OffsetRange;
  /** `export KEY=…` (see `export-prefix`). */
  readonly exported: boolean;
  /** Source text after `=` up to an unquoted comment or the end of the line, trailing blanks excluded. */
  readonly raw: string;
  readonly rawRange: OffsetRange;
  /**
   * The unescaped value. When a problem makes NetworkManager refuse it, this is still the best reading of the
   * first word (the part before the problem), which is what bash assigns for `unquoted-whitespace`.
   */
  readonly value: string;
  /** Exactly what NetworkManager's svGetValue() returns; undefined when it ignores the line (`export`). */
  readonly nmValue: string | undefined;
  readonly valueMap: ValueOffsetMap;
  readonly quoted: QuoteStyle;
  /** Inline comment, from `#` to the end of the line. */
  readonly comment?: OffsetRange;
  readonly problems: readonly IfcfgProblem[];
}

/**
 * - `no-assignment`: text that is neither a comment nor `NAME=value` (NetworkManager: "invalid line ignored";
 *   bash would run it as a command).
 * - `bad-key`: `=` after something that is not a shell name (`FOO-BAR=1`, `1FOO=2`).
 * - `space-before-equals`: `FOO =bar`; bash runs a command `FOO`, NetworkManager ignores the line.
 */
export type IfcfgInvalidReason = 'no-assignment' | 'bad-key' | 'space-before-equals';

export interface IfcfgInvalid extends NodeBase {
  readonly kind: 'invalid';
  readonly reason: IfcfgInvalidReason;
  readonly text: string;
  /** For `bad-key` and `space-before-equals`: the would-be key. */
  readonly keyRange?: OffsetRange;
}

export type IfcfgNode = IfcfgBlank | IfcfgComment | IfcfgAssignment | IfcfgInvalid;

export interface IfcfgFile {
  /** One node per line; `nodes[n].line === n`. A text ending in `\n` has a last, empty line, as in LSP. */
  readonly nodes: readonly IfcfgNode[];
  readonly assignments: readonly IfcfgAssignment[];
}

export interface DuplicateKey {
  readonly key: string;
  /** The assignment that takes effect for the reader `lastAssignments` was given. */
  readonly winner: IfcfgAssignment;
  /** Earlier assignments of the same key that this reader reads too, and so ignores, in file order. */
  readonly shadowed: readonly IfcfgAssignment[];
  /** Every assignment of the key, in file order, including those the reader skips. */
  readonly all: readonly IfcfgAssignment[];
}

export interface LastAssignments {
  readonly byKey: ReadonlyMap<string, IfcfgAssignment>;
  readonly duplicates: readonly DuplicateKey[];
}

/** g_ascii_isspace(): the blanks shvar.c skips and splits on. */
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function parseIfcfg(text: string): IfcfgFile {
  return runAll(parseIfcfgSteps(text));
}

/** Lines parsed between two pauses of `parseIfcfgSteps`. */
const LINES_PER_STEP = 4096;

/** `parseIfcfg` in steps (see steps.ts): a file of hundreds of thousands of lines is no reason to stop answering. */
export function* parseIfcfgSteps(text: string): Steps<IfcfgFile> {
  const reader = new LineReader(text);
  // The line loop lives in a plain method: a generator's own loop is not optimised while it runs.
  while (!reader.done) {
    reader.read(LINES_PER_STEP);
    yield;
  }
  return { nodes: reader.nodes, assignments: reader.assignments };
}

class LineReader {
  readonly nodes: IfcfgNode[] = [];
  readonly assignments: IfcfgAssignment[] = [];
  #lineStart = 0;
  done = false;

  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  read(count: number): void {
    const text = this.#text;
    const { nodes } = this;
    for (let n = 0; n < count && !this.done; n++) {
      const lineStart = this.#lineStart;
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 ? text.length : nl;
      const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      const node = parseLine(text.slice(lineStart, contentEnd), lineStart, nodes.length);
      nodes.push(node);
      if (node.kind === 'assignment') this.assignments.push(node);
      if (nl < 0) this.done = true;
      else this.#lineStart = nl + 1;
    }
  }
}

/**
 * The node of the line holding `offset` (its line break included). Find nodes by offset, not by LSP line number:
 * a lone `\r` ends a line for an editor but not for NetworkManager and initscripts, whose lines these are.
 */
export function nodeAtOffset(file: IfcfgFile, offset: number): IfcfgNode | undefined {
  const { nodes } = file;
  let low = 0;
  let high = nodes.length - 1;
  if (high < 0 || offset < 0) return undefined;
  // The last node that starts at or before the offset.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (nodes[mid]!.range.start <= offset) low = mid;
    else high = mid - 1;
  }
  return nodes[low];
}

/**
 * Whether NetworkManager's reader keys the line at all: `line_new_parse()` stops at the blank after `export`, so an
 * `export KEY=…` line has no key and cannot shadow a plain assignment.
 */
export const nmReads = (a: IfcfgAssignment): boolean => !a.exported;

/** Whether wicked keeps the assignment: it skips `export` lines and drops one whose quote does not close. */
export const wickedReads = (a: IfcfgAssignment): boolean => wickedValue(a) !== undefined;

/**
 * What wicked's `unquote()` (src/sysconfig.c) makes of the value: the text inside a leading `'…'` or `"…"` without
 * escapes, else the text up to the first blank; undefined when the quote does not close (the variable is dropped)
 * or for an `export` line, which is not `NAME=value`.
 */
export function wickedValue(a: IfcfgAssignment): string | undefined {
  if (a.exported) return undefined;
  const raw = a.raw;
  const q = raw[0];
  if (q === '"' || q === "'") {
    const close = raw.indexOf(q, 1);
    return close < 0 ? undefined : raw.slice(1, close);
  }
  const blank = raw.search(/[ \t\v\f\r]/);
  return blank < 0 ? raw : raw.slice(0, blank);
}

/** The words of a bash simple command in `text`, up to an unquoted `;`; quotes and backslashes kept. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ';') break;
    if (isSpace(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\') {
      word += text.slice(i, i + 2);
      i++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += c === '"' && text[j] === '\\' ? 2 : 1;
      word += text.slice(i, j + 1);
      i = j;
    } else word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * Whether initscripts' bash, sourcing the file, sets the variable in its own shell. `KEY=a b` runs the command `b`
 * with KEY only in that command's environment, so KEY keeps its earlier value; `KEY=a OTHER=b` is two assignments.
 */
export function bashApplies(a: IfcfgAssignment): boolean {
  if (!a.problems.some((p) => p.code === 'unquoted-whitespace')) return true;
  return shellWords(a.raw)
    .slice(1)
    .every((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
}

/**
 * Last assignment of each key for one reader (later ones win, as in every reader) and the keys assigned more than
 * once. `reads` says which lines the reader takes as assignments (by default NetworkManager's); a key that only has
 * lines the reader skips keeps its last one, so rules can still point at it.
 */
export function lastAssignments(file: IfcfgFile, reads: (a: IfcfgAssignment) => boolean = nmReads): LastAssignments {
  const byKey = new Map<string, IfcfgAssignment>();
  const all = new Map<string, IfcfgAssignment[]>();
  for (const a of file.assignments) {
    if (reads(a) || !byKey.has(a.key) || !reads(byKey.get(a.key)!)) byKey.set(a.key, a);
    const list = all.get(a.key);
    if (list) list.push(a);
    else all.set(a.key, [a]);
  }
  const duplicates: DuplicateKey[] = [];
  for (const [key, list] of all) {
    if (list.length < 2) continue;
    const winner = byKey.get(key)!;
    const shadowed = list.filter((a) => a !== winner && reads(a) && a.range.start < winner.range.start);
    duplicates.push({ key, winner, shadowed, all: list });
  }
  return { byKey, duplicates };
}

/** Document range of the value characters `[from, to)` of an assignment (or of any value with its map). */
export function valueRange(map: ValueOffsetMap, from: number, to: number): OffsetRange {
  const n = map.length;
  const start = from < n ? unitSource(map, from).start : n > 0 ? unitSource(map, n - 1).end : map.startOffset;
  return { start, end: to <= from || n === 0 ? start : unitSource(map, Math.min(to, n) - 1).end };
}

/** Document offsets of the source of unit `i` (`0 <= i < map.length`): the piece that holds it is found by halving. */
function unitSource(map: ValueOffsetMap, i: number): OffsetRange {
  const p = map.pieces;
  let lo = 0;
  let hi = p.length / PIECE - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p[mid * PIECE]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const k = lo * PIECE;
  const at = p[k + 1]! + i - p[k]!;
  return p[k + 3] === AS_IS ? { start: at, end: at + 1 } : { start: p[k + 1]!, end: p[k + 2]! };
}

function parseLine(s: string, base: number, line: number): IfcfgNode {
  const range = { start: base, end: base + s.length };
  let k = 0;
  while (k < s.length && isSpace(s[k])) k++;
  if (k === s.length) return { kind: 'blank', line, range };
  if (s[k] === '#') return { kind: 'comment', line, range, text: s.slice(k + 1) };

  let keyStart = k;
  let exported = false;
  const exp = /^export[ \t]+/.exec(s.slice(k));
  if (exp) {
    const after = k + exp[0].length;
    if (nameEnd(s, after) > after && s[nameEnd(s, after)] === '=') {
      exported = true;
      keyStart = after;
    }
  }
  const e = nameEnd(s, keyStart);
  if (e > keyStart && s[e] === '=') {
    return parseAssignment(s, base, line, range, keyStart, e, exported);
  }
  const text = s.slice(k);
  if (e > keyStart) {
    let j = e;
    while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
    if (j > e && s[j] === '=') {
      return { kind: 'invalid', line, range, reason: 'space-before-equals', text, keyRange: { start: base + keyStart, end: base + e } };
    }
  }
  const word = /^[^\s=]+=/.exec(s.slice(k));
  if (word) {
    return { kind: 'invalid', line, range, reason: 'bad-key', text, keyRange: { start: base + k, end: base + k + word[0].length - 1 } };
  }
  return { kind: 'invalid', line, range, reason: 'no-assignment', text };
}

function nameEnd(s: string, i: number): number {
  if (i >= s.length || !NAME_START.test(s[i]!)) return i;
  let e = i + 1;
  while (e < s.length && NAME_CHAR.test(s[e]!)) e++;
  return e;
}

/** Mirrors `_looks_like_old_svescaped()`: the whole value is `"…"` with only old-style escapes inside. */
function looksLikeOldSvEscaped(v: string): boolean {
  const special = (c: string | undefined) => c === '"' || c === '\\' || c === '$' || c === '`' || c === "'" || c === '~';
  if (v[0] !== '"') return false;
  for (let k = 1; ; k++) {
    const c = v[k];
    if (c === undefined) return false;
    if (!special(c)) continue;
    if (c === '"') return k + 1 === v.length;
    if (c === '\\') {
      k++;
      if (!special(v[k])) return false;
    } else return false;
  }
}

/**
 * The unescaped value and where each of its UTF-16 units came from, in pieces: a run of characters that stand for
 * themselves is one piece, whatever its length, and so is the text of one escape. A `BONDING_OPTS` of thousands of
 * options is read again for every fix offered on it, and a string and two array slots a character cost most of that.
 */
class ValueBuilder {
  /** The texts of the pieces that are not runs of the line, in order. */
  readonly #texts: string[] = [];
  readonly #pieces: number[] = [];
  #length = 0;
  #bytes: number[] = [];
  #byteStart = 0;
  #byteEnd = 0;
  invalidUtf8: OffsetRange | undefined;

  readonly #line: string;
  readonly #base: number;

  constructor(line: string, base: number) {
    this.#line = line;
    this.#base = base;
  }

  /** Appends source columns `[from, to)` of the line as they stand, each character from its own column. */
  source(from: number, to: number): void {
    if (to <= from) return;
    this.#flushBytes();
    const p = this.#pieces;
    const last = p.length - PIECE;
    if (last >= 0 && p[last + 3] === AS_IS && p[last + 2] === this.#base + from) p[last + 2] = this.#base + to;
    else p.push(this.#length, this.#base + from, this.#base + to, AS_IS);
    this.#length += to - from;
  }

  /** Appends text that came from source columns `[from, to)` of the line (an escape and what it stands for). */
  push(text: string, from: number, to: number): void {
    this.#flushBytes();
    if (text === '') return;
    this.#texts.push(text);
    this.#pieces.push(this.#length, this.#base + from, this.#base + to, 0);
    this.#length += text.length;
  }

  /** A raw byte from `\xHH` or an octal escape; consecutive bytes are decoded together as UTF-8, as shvar does. */
  pushByte(b: number, from: number, to: number): void {
    if (b < 0x80) {
      this.push(String.fromCharCode(b), from, to);
      return;
    }
    if (this.#bytes.length === 0) this.#byteStart = from;
    this.#bytes.push(b);
    this.#byteEnd = to;
  }

  text(): string {
    this.#flushBytes();
    const p = this.#pieces;
    let text = '';
    for (let k = 0, n = 0; k < p.length; k += PIECE) text += p[k + 3] === AS_IS ? this.#line.slice(p[k + 1]! - this.#base, p[k + 2]! - this.#base) : this.#texts[n++];
    return text;
  }

  map(startOffset: number): ValueOffsetMap {
    return { pieces: this.#pieces, length: this.#length, startOffset };
  }

  #flushBytes(): void {
    const bytes = this.#bytes;
    if (bytes.length === 0) return;
    this.#bytes = [];
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      this.invalidUtf8 ??= { start: this.#base + this.#byteStart, end: this.#base + this.#byteEnd };
      // One character per byte, mapped without spreading: a long run of escapes has more bytes than a call takes arguments.
      decoded = bytes.map((b) => String.fromCharCode(b)).join('');
    }
    this.push(decoded, this.#byteStart, this.#byteEnd);
  }
}

function expansionEnd(s: string, i: number): number {
  // s[i] === '$'
  const c = s[i + 1];
  if (c === '{') {
    const close = s.indexOf('}', i + 2);
    return close < 0 ? s.length : close + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '(') depth++;
      else if (s[j] === ')' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  if (c !== undefined && NAME_START.test(c)) {
    let j = i + 2;
    while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
    return j;
  }
  if (c !== undefined && /[0-9@*#?$!-]/.test(c)) return i + 2;
  return i + 1;
}

/** bash would expand `$` here (outside single quotes): a name, a parameter, `${`, `$(` or the old `$[` arithmetic. */
function shellExpands(s: string, i: number): boolean {
  const c = s[i + 1];
  return c !== undefined && /[A-Za-z_{([0-9@*#?$!-]/.test(c);
}

/** Finds where a bash comment begins after `from` (an unquoted `#` at the start of a word), or the line end. */
function shellCommentStart(s: string, from: number): number {
  let i = from;
  let wordStart = true;
  while (i < s.length) {
    const c = s[i]!;
    if (isSpace(c) || c === ';') {
      wordStart = true;
      i++;
      continue;
    }
    if (c === '#' && wordStart) return i;
    wordStart = false;
    if (c === '\\') i += 2;
    else if (c === "'") {
      const close = s.indexOf("'", i + 1);
      i = close < 0 ? s.length : close + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else i++;
  }
  return s.length;
}

const ANSI_SIMPLE: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '?': '?',
  '"': '"',
  '\\': '\\',
  "'": "'",
};

function parseAssignment(
  s: string,
  base: number,
  line: number,
  range: OffsetRange,
  keyStart: number,
  keyEnd: number,
  exported: boolean,
): IfcfgAssignment {
  const problems: IfcfgProblem[] = [];
  const problem = (code: IfcfgProblemCode, from: number, to: number, nmEffect: NmEffect = 'value-empty', bashKeeps = false) =>
    problems.push({ code, range: { start: base + from, end: base + to }, nmEffect, ...(bashKeeps && { bashKeeps }) });
  const i0 = keyEnd + 1;
  const v = new ValueBuilder(s, base);
  const styles = new Set<'none' | 'double' | 'single' | 'ansi'>();
  let refused = false;
  let commentAt = -1;
  let rawEnd = s.length;
  let oldEscaped: boolean | undefined;
  // an unquoted expansion is reported once, from its `$` or opening backtick to its end
  let expansionReportedUntil = 0;
  let i = i0;

  outer: while (i < s.length) {
    const c = s[i]!;
    if (isSpace(c) || c === ';') {
      let semicolon = c === ';';
      let j = i + 1;
      while (j < s.length && (isSpace(s[j]) || (!semicolon && (semicolon = s[j] === ';')))) j++;
      if (j >= s.length) {
        rawEnd = j;
        break;
      }
      if (s[j] === '#') {
        commentAt = j;
        rawEnd = j;
        break;
      }
      refused = true;
      const commentStart = shellCommentStart(s, j);
      if (commentStart < s.length) commentAt = commentStart;
      rawEnd = commentStart;
      let restEnd = commentStart;
      while (restEnd > j && isSpace(s[restEnd - 1])) restEnd--;
      let blank = false;
      for (let b = i; b < j; b++) if (isSpace(s[b])) blank = true;
      if (blank) problem('unquoted-whitespace', j, restEnd);
      else problem('unquoted-metachar', i, i + 1);
      break;
    }
    if (c === '\\') {
      if (i + 1 >= s.length) {
        refused = true;
        problem('line-continuation', i, i + 1);
        i++;
        break;
      }
      styles.add('none');
      v.push(s[i + 1]!, i, i + 2);
      i += 2;
      continue;
    }
    if (c === "'") {
      styles.add('single');
      const close = s.indexOf("'", i + 1);
      if (close < 0) {
        refused = true;
        problem('unterminated-quote', i, s.length);
        v.source(i + 1, s.length);
        i = s.length;
        break;
      }
      v.source(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      styles.add('double');
      const open = i;
      const close = closingDoubleQuote(s, i);
      i++;
      for (;;) {
        const d = s[i];
        if (d === undefined) {
          refused = true;
          problem('unterminated-quote', open, s.length);
          break outer;
        }
        if (d === '"') {
          i++;
          break;
        }
        if (d === '$' || d === '`') {
          refused = true;
          let end = d === '$' ? expansionEnd(s, i) : backtickEnd(s, i);
          if (end > close) end = d === '$' ? close : i + 1;
          problem('unsupported-expansion', i, end, 'value-empty', d === '$' && !shellExpands(s, i));
          v.source(i, end);
          i = end;
          continue;
        }
        if (d === '\\') {
          const n = s[i + 1];
          if (n === undefined) {
            refused = true;
            problem('line-continuation', i, i + 1);
            break outer;
          }
          if (n === '$' || n === '`' || n === '"' || n === '\\') {
            v.push(n, i, i + 2);
          } else if ((n === "'" || n === '~') && (oldEscaped ??= looksLikeOldSvEscaped(s.slice(i0)))) {
            v.push(n, i, i + 2);
          } else {
            v.source(i, i + 2);
          }
          i += 2;
          continue;
        }
        // The characters that stand for themselves, up to the next `$`, backtick or backslash, in one piece.
        let j = i + 1;
        for (let k = s.charCodeAt(j); j < close && k !== 36 && k !== 96 && k !== 92; k = s.charCodeAt(++j));
        v.source(i, j);
        i = j;
      }
      continue;
    }
    if (c === '$' && s[i + 1] === "'") {
      styles.add('ansi');
      const open = i;
      i += 2;
      for (;;) {
        const d = s[i];
        if (d === undefined) {
          refused = true;
          problem('unterminated-quote', open, s.length);
          break outer;
        }
        if (d === "'") {
          i++;
          break;
        }
        if (d !== '\\') {
          v.source(i, i + 1);
          i++;
          continue;
        }
        const esc = i;
        const n = s[i + 1];
        if (n === undefined) {
          refused = true;
          problem('line-continuation', i, i + 1);
          break outer;
        }
        i += 1;
        const simple = ANSI_SIMPLE[n];
        if (simple !== undefined) {
          v.push(simple, esc, i + 1);
          i++;
        } else if (/[0-7]/.test(n)) {
          let val = 0;
          let digits = 0;
          while (digits < 3 && /[0-7]/.test(s[i] ?? '')) {
            val = val * 8 + Number(s[i]);
            i++;
            digits++;
          }
          // like bash, values above 0377 are cut to a byte
          v.pushByte(val & 0xff, esc, i);
        } else if (n === 'x' || n === 'u' || n === 'U') {
          i++;
          let maxDigits = n === 'x' ? 2 : n === 'u' ? 4 : 8;
          if (!/[0-9A-Fa-f]/.test(s[i] ?? '')) {
            v.push('\\' + n, esc, i);
          } else {
            let val = 0;
            while (maxDigits-- > 0 && /[0-9A-Fa-f]/.test(s[i] ?? '')) {
              val = val * 16 + parseInt(s[i]!, 16);
              i++;
            }
            if (n === 'x') v.pushByte(val, esc, i);
            else if (val > 0x10ffff || (val >= 0xd800 && val <= 0xdfff)) {
              // g_unichar_to_utf8() writes bytes that fail the later UTF-8 check
              v.pushByte(0xff, esc, i);
            } else v.push(String.fromCodePoint(val), esc, i);
          }
        } else {
          v.push('\\' + n, esc, i + 1);
          i++;
        }
      }
      continue;
    }
    if (c === '|' || c === '&' || c === '(' || c === ')' || c === '<' || c === '>') {
      refused = true;
      problem('unquoted-metachar', i, i + 1);
      styles.add('none');
      v.source(i, i + 1);
      i++;
      continue;
    }
    if (((c === '$' && shellExpands(s, i)) || c === '`') && i >= expansionReportedUntil) {
      const end = c === '$' ? expansionEnd(s, i) : backtickEnd(s, i);
      expansionReportedUntil = end;
      styles.add('none');
      if (c === '$' && s[i + 1] === '(') {
        // shvar refuses the unquoted `(`
        refused = true;
        problem('unsupported-expansion', i, end);
        v.source(i, end);
        i = end;
        continue;
      }
      problem('unsupported-expansion', i, end, 'literal');
    }
    styles.add('none');
    v.source(i, i + 1);
    i++;
  }

  const value = v.text();
  if (v.invalidUtf8) {
    refused = true;
    problems.push({ code: 'invalid-utf8', range: v.invalidUtf8, nmEffect: 'value-empty' });
  }
  if (exported) {
    const k = s.search(/\S/);
    problem('export-prefix', k, k + 'export'.length, 'line-ignored');
  }
  // shvar.c returns a C string: an embedded NUL (from `$'\0'`) ends it
  const nul = value.indexOf('\0');
  const nmValue = exported ? undefined : refused ? '' : nul >= 0 ? value.slice(0, nul) : value;
  while (rawEnd > i0 && isSpace(s[rawEnd - 1])) rawEnd--;
  const quoted: QuoteStyle = styles.size === 0 ? 'none' : styles.size === 1 ? [...styles][0]! : 'mixed';
  problems.sort((a, b) => a.range.start - b.range.start);
  return {
    kind: 'assignment',
    line,
    range,
    key: s.slice(keyStart, keyEnd),
    keyRange: { start: base + keyStart, end: base + keyEnd },
    exported,
    raw: s.slice(i0, rawEnd),
    rawRange: { start: base + i0, end: base + rawEnd },
    value,
    nmValue,
    valueMap: v.map(base + i0),
    quoted,
    ...(commentAt >= 0 ? { comment: { start: base + commentAt, end: base + s.length } } : {}),
    problems,
  };
}

/** Index of the `"` that closes the double quote opened at `open`, or the line length. */
function closingDoubleQuote(s: string, open: number): number {
  let j = open + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
  return Math.min(j, s.length);
}

function backtickEnd(s: string, i: number): number {
  const close = s.indexOf('`', i + 1);
  return close < 0 ? s.length : close + 1;
}
