import type { TextDocument } from '../../textDocument';
import type { Range } from 'vscode-languageserver-types';
import type { RuledFinding } from '.';
import { DIRECTIVE } from '../../syntax/directive';
import { type ProcBond, isContent } from '../../syntax/procBonding';

/**
 * Comments that silence rules where the user decided a finding does not apply:
 * - `# bondlint disable=CODE[,CODE…]` on a line of its own: those rules on the next line that is neither blank nor a
 *   comment;
 * - `# bondlint disable-file=CODE[,CODE…]`: those rules in the whole document.
 *
 * ShellCheck's form, since ifcfg files are shell: every reader of the file skips the line. Blanks and a quoting prefix
 * (`> `) may come before the `#`, as in a dump pasted into a ticket; text after the codes and a blank is a reason. In
 * a dump written as comments (`# MII Status: down`), its lines are what the comment is about: there the next line is
 * the next one of the dump that is neither blank nor a comment as the dump reads it (`#` alone, `# # …`).
 */
export interface Directives {
  /** Codes silenced in the whole document. */
  readonly file: ReadonlySet<string>;
  /** Codes silenced on a line, by line number. */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
  /** Every code a directive names, where it is written. */
  readonly codes: readonly DirectiveCode[];
}

export interface DirectiveCode {
  readonly code: string;
  readonly range: Range;
  /** The line the directive silences the code on (-1: no line follows it), or the whole file. */
  readonly silences: number | 'file';
}

export type DirectiveKind = 'disable' | 'disable-file';

/** A line a `disable` directive looks past (outside a dump written as comments): blank, or only a comment. */
const PASSED_OVER = /^[ \t>]*(?:#|$)/;

/**
 * What `doc` says to silence, its dumps being `dumps` (a text's, when it is read for dumps); undefined when it has no
 * directive (the common case, found with one search).
 */
export function directivesOf(doc: TextDocument, dumps: readonly ProcBond[] = []): Directives | undefined {
  const text = doc.getText();
  let at = nextDirective(text, 0);
  if (at < 0) return undefined;
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const codes: DirectiveCode[] = [];
  // The last line a `disable` looked for its target from, and the target found: a run of directives above one line
  // shares it, instead of each looking past the others (quadratic on a paste of many).
  let scanned = { from: -1, target: -1 };
  const silenced = silencesLine(doc, () => dumps);
  while (at >= 0) {
    const line = doc.positionAt(at).line;
    const m = DIRECTIVE.exec(lineText(doc, text, line));
    if (m) {
      let target: Set<string> | undefined = file;
      let silences: number | 'file' = 'file';
      if (m[2] === 'disable') {
        if (!(line > scanned.from && line < scanned.target)) scanned = { from: line, target: targetOf(doc, line, silenced) };
        target = undefined;
        silences = -1;
        if (scanned.target < doc.lineCount) {
          silences = scanned.target;
          target = lines.get(silences);
          if (!target) lines.set(silences, (target = new Set()));
        }
      }
      for (const c of codesIn(m[3]!, line, m[1]!.length)) {
        codes.push({ ...c, silences });
        target?.add(c.code);
      }
    }
    at = line + 1 < doc.lineCount ? nextDirective(text, doc.offsetAt({ line: line + 1, character: 0 })) : -1;
  }
  return codes.length ? { file, lines, codes } : undefined;
}

/**
 * Where the next `bondlint` after a `#` and blanks starts, at or after `from`; -1 when there is none. A dump mentions
 * `bond` on most lines, which makes a search for the word itself slow; `#` is rare.
 */
function nextDirective(text: string, from: number): number {
  for (let hash = text.indexOf('#', from); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    let i = hash + 1;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (text.startsWith('bondlint', i)) return i;
  }
  return -1;
}

/** The codes of a directive's list with their columns; empty items (`a,,b`, a trailing comma) are skipped. */
export function codesIn(list: string, line: number, column: number): { code: string; range: Range }[] {
  const out: { code: string; range: Range }[] = [];
  let from = 0;
  for (const code of list.split(',')) {
    if (code) out.push({ code, range: { start: { line, character: column + from }, end: { line, character: column + from + code.length } } });
    from += code.length + 1;
  }
  return out;
}

/** The findings the comments leave, and the codes that silenced none of them. */
export function applyDirectives(directives: Directives, findings: readonly RuledFinding[]): { kept: RuledFinding[]; unused: DirectiveCode[] } {
  const found = new Set<string>(findings.map((f) => f.rule.code));
  const foundOn = new Set(findings.map((f) => `${f.finding.range.start.line} ${f.rule.code}`));
  const silenced = (code: string, line: number) => directives.file.has(code) || directives.lines.get(line)?.has(code) === true;
  return {
    kept: findings.filter((f) => !silenced(f.rule.code, f.finding.range.start.line)),
    unused: directives.codes.filter((c) => (c.silences === 'file' ? !found.has(c.code) : !foundOn.has(`${c.silences} ${c.code}`))),
  };
}

/** Line `n` of `doc` without its line break, as the editor counts lines (a lone CR ends one too). */
export function lineText(doc: TextDocument, text: string, n: number): string {
  const start = doc.offsetAt({ line: n, character: 0 });
  const end = n + 1 < doc.lineCount ? doc.offsetAt({ line: n + 1, character: 0 }) : text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/** The first line after `line` that a `disable` comment on it silences (see silencesLine); `doc.lineCount` when none. */
function targetOf(doc: TextDocument, line: number, silenced: (n: number) => boolean): number {
  let n = line + 1;
  while (n < doc.lineCount && !silenced(n)) n++;
  return n;
}

/**
 * Whether a `disable` comment right above line `n` silences it (a line it does not look past), for lines asked in
 * increasing order. A line that looks like one it passes over is silenced when it says something in a dump: only in a
 * dump written as comments, the others read such a line as a comment. The dumps come in line order, so a paste of
 * many dumps and comments is read once.
 */
export function silencesLine(doc: TextDocument, dumps: () => readonly ProcBond[]): (n: number) => boolean {
  const text = doc.getText();
  let k = 0;
  return (n) => {
    if (!PASSED_OVER.test(lineText(doc, text, n))) return true;
    const all = dumps();
    while (k < all.length && all[k]!.lastLine < n) k++;
    const dump = all[k];
    return dump !== undefined && n >= dump.firstLine && isContent(dump.shapeAt(n));
  };
}
