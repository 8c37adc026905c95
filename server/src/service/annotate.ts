import { type Lang, type Text, t, tr } from '../knowledge/text';
import { procModel, type ProcBondModel } from '../model/procModel';
import { type ProcDocument, parseProcBonding, splitLines } from '../syntax/procBonding';
import { RULE_DOCS_BASE, type RuledFinding } from './diagnostics';
import type { Severity } from './diagnostics/rule';
import { literal } from './markdown';
import { type Explanation, explain, locate } from './procExplain';

/**
 * A dump as text with a decoding comment after every line that `explain()` decodes, for a terminal, a ticket or
 * the editor's "annotate selection". Lines keep their numbers, so findings listed after the dump point at them.
 */
export interface AnnotateOptions {
  readonly lang: Lang;
  /** Wraps the dump in a fenced block and lists the findings as Markdown, for pasting into a ticket. */
  readonly markdown?: boolean;
  /** Findings on the same text (`LanguageService.findings`), listed after the dump; none: no findings section. */
  readonly findings?: readonly RuledFinding[];
  /** The text's dumps when the caller has parsed them already (`parseProcBonding` of the same text). */
  readonly syntax?: ProcDocument;
}


const SEVERITY_TEXT: Readonly<Record<Severity, Text>> = {
  error: t('error', '错误'),
  warning: t('warning', '警告'),
  info: t('info', '信息'),
  hint: t('hint', '提示'),
};
const FINDINGS = (n: number) => t(`Findings (${n}):`, `发现的问题（${n}）：`);
const NO_FINDINGS = t('No problems found.', '未发现问题。');

/** Comments start at the same column within a block of consecutive lines, unless a line is longer than this. */
const ALIGN_LIMIT = 64;

/** Columns a string takes in a terminal: tabs stop every 8 columns, CJK and fullwidth characters take two. */
export function displayWidth(s: string): number {
  // Most lines are printable ASCII, as wide as they are long.
  if (/^[ -~]*$/.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    if (ch === '\t') width += 8 - (width % 8);
    else if (ch < '\u1100') width += 1;
    else width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  }
  return width;
}

function normalized(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=。)|(?<=\.)\s+(?=[A-Z0-9("])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The paragraph a comment is taken from: the only one, or the last (what the value means for the bond). */
function mainParagraph(text: string): string {
  const paragraphs = text
    .replace(/`([^`]*)`/g, '$1')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.split('\n').every((l) => /^\s*[-*] /.test(l)));
  const paragraph = paragraphs.length > 1 ? paragraphs[paragraphs.length - 1]! : (paragraphs[0] ?? '');
  // Line by line, not /\s*\n\s*/: that one retries every blank of a long run that ends without a newline.
  return paragraph
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
}

/**
 * One line that says what a value means: the short decode (the localized inlay hint when there is one), then the
 * first sentence of the decoded text that adds to it. The sentence is chosen on the English text, whose short
 * decode it can be compared with, and the same sentence is taken in the other language.
 */
export function commentFor(explanation: Explanation, lang: Lang): string | undefined {
  const prefix = (explanation.hint ? tr(explanation.hint, lang) : explanation.short)?.trim() || undefined;
  const prefixEn = (explanation.hint?.en ?? explanation.short)?.trim() || undefined;
  let summary: string | undefined;
  if (explanation.decoded) {
    const english = sentencesOf(mainParagraph(explanation.decoded.en));
    const localText = tr(explanation.decoded, lang);
    const local = localText === explanation.decoded.en ? english : sentencesOf(mainParagraph(localText));
    const said = prefixEn === undefined ? undefined : normalized(prefixEn);
    const index = english.findIndex((s) => said === undefined || !said.includes(normalized(s)));
    if (index >= 0 && local.length > 0) summary = local[Math.min(index, local.length - 1)];
  }
  const comment = prefix && summary ? `${prefix}${lang === 'zh-cn' ? '：' : ': '}${summary}` : (prefix ?? summary);
  // No backtick, so that the fence of the Markdown form can be chosen from the input alone.
  return comment?.replaceAll('`', '');
}

interface AnnotatedLine {
  readonly content: string;
  readonly comment?: string;
}

/**
 * `commentFor` of the explanations met lately. Most lines of a paste repeat one of a few explanations (`MII Status:
 * up` in every port); the lines that name a port or an address do not, so the memo is emptied when it fills rather
 * than kept for a whole ticket.
 */
class CommentMemo {
  readonly #comments = new Map<string, string | undefined>();

  readonly #lang: Lang;

  constructor(lang: Lang) {
    this.#lang = lang;
  }

  commentFor(explanation: Explanation): string | undefined {
    const { hint, short, decoded } = explanation;
    // \u0001 stands for a part the explanation lacks: no text holds it. An English comment reads no Chinese text.
    const english = `${hint?.en ?? '\u0001'}\0${short ?? '\u0001'}\0${decoded?.en ?? '\u0001'}`;
    const key = this.#lang === 'en' ? english : `${english}\0${hint?.zh}\0${decoded?.zh}`;
    const known = this.#comments.get(key);
    if (known !== undefined || this.#comments.has(key)) return known;
    if (this.#comments.size >= 4096) this.#comments.clear();
    const comment = commentFor(explanation, this.#lang);
    this.#comments.set(key, comment);
    return comment;
  }
}

function annotatedLine(raw: string, lineNo: number, bonds: readonly ProcBondModel[], memo: CommentMemo): AnnotatedLine {
  const where = locate(bonds, lineNo);
  if (!where || where.line.kind === 'blank') return { content: raw };
  const explanation = explain(where.line, { bond: where.bond, port: where.port });
  const comment = explanation && memo.commentFor(explanation);
  if (!comment) return { content: raw };
  // A comment already on the line (an earlier annotation, a note from whoever pasted it) gives way to the decode.
  const content = (where.line.comment ? raw.slice(0, where.line.comment.start) : raw).trimEnd();
  return { content, comment };
}

/** The lines of a block (consecutive lines that are not blank), their comments starting at one column. */
function renderBlock(block: readonly AnnotatedLine[], out: string[]): void {
  let widest = 0;
  for (const l of block) {
    if (l.comment === undefined) continue;
    const width = displayWidth(l.content);
    if (width <= ALIGN_LIMIT) widest = Math.max(widest, width);
  }
  const column = widest + 2;
  for (const l of block) {
    if (l.comment === undefined) out.push(l.content);
    else out.push(`${l.content}${' '.repeat(Math.max(2, column - displayWidth(l.content)))}# ${l.comment}`);
  }
}

function location(f: RuledFinding): string {
  const { start } = f.finding.range;
  return `${start.line + 1}:${start.character + 1}`;
}

function plainFindings(findings: readonly RuledFinding[], lang: Lang): string[] {
  if (findings.length === 0) return [tr(NO_FINDINGS, lang)];
  const where = findings.map(location);
  const locWidth = where.reduce((w, s) => Math.max(w, s.length), 0);
  const severities = findings.map((f) => tr(SEVERITY_TEXT[f.severity], lang));
  const sevWidth = severities.reduce((w, s) => Math.max(w, displayWidth(s)), 0);
  return [
    tr(FINDINGS(findings.length), lang),
    ...findings.map((f, i) => {
      const sev = severities[i]!;
      return `  ${where[i]!.padStart(locWidth)}  ${sev}${' '.repeat(sevWidth - displayWidth(sev))}  ${tr(f.finding.message, lang)}  ${f.rule.code}`;
    }),
  ];
}

/** A line of `plainFindings`' list: `  LINE:COL  severity  message  code`. */
const FINDING_LINE = /^ +\d+:\d+  \S.*  [a-z]+\.[a-z0-9-]+$/;

/** How many lines at the end of `raws[0, count)` are a findings section that `plainFindings` wrote, with the blank line before it. */
function oldFindings(raws: readonly string[], count: number): number {
  let i = count;
  while (i > 0 && FINDING_LINE.test(raws[i - 1]!)) i--;
  const heading = raws[i - 1];
  const listed = count - i;
  const ours = heading !== undefined && (listed > 0 ? [FINDINGS(listed).en, FINDINGS(listed).zh] : [NO_FINDINGS.en, NO_FINDINGS.zh]).includes(heading);
  return ours && raws[i - 2] === '' ? count - i + 2 : 0;
}

function markdownFindings(findings: readonly RuledFinding[], lang: Lang): string[] {
  if (findings.length === 0) return [tr(NO_FINDINGS, lang)];
  return [
    `**${tr(FINDINGS(findings.length), lang)}**`,
    '',
    ...findings.map((f) => {
      const line = f.finding.range.start.line + 1;
      const lineText = lang === 'zh-cn' ? `第 ${line} 行` : `line ${line}`;
      return `- **${tr(SEVERITY_TEXT[f.severity], lang)}** (${lineText}): ${literal(tr(f.finding.message, lang))} [\`${f.rule.code}\`](${RULE_DOCS_BASE}${f.rule.code}.md)`;
    }),
  ];
}

/** A fence longer than any backtick run in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Characters of output handed out at a time: a long paste is written while it is annotated, not held whole. */
const CHUNK_CHARS = 1 << 16;

/**
 * The annotated text in pieces that, joined, are `annotate()`'s answer. A text without a dump comes back unchanged
 * (plus the findings section, if asked for).
 */
export function* annotateChunks(text: string, options: AnnotateOptions): Generator<string> {
  const { lang } = options;
  const parsed = options.syntax ?? parseProcBonding(text);
  const bonds = parsed.bonds.map(procModel);
  const raws = splitLines(text);
  // A trailing newline ends the last line; it does not start another one.
  const lines = raws.length > 1 && raws[raws.length - 1] === '' ? raws.length - 1 : raws.length;
  // The findings an earlier annotation listed at the end give way to the new list: annotating twice changes nothing.
  const count = options.findings && !options.markdown ? lines - oldFindings(raws, lines) : lines;
  // Comments hold no backtick, so the input's longest run decides the fence before any line is written.
  const fence = fenceFor(text);
  let out: string[] = [];
  let size = 0;
  const piece = () => {
    const joined = `${out.join('\n')}\n`;
    out = [];
    size = 0;
    return joined;
  };
  if (options.markdown) out.push(`${fence}${parsed.wholeDocument ? 'bonding' : 'text'}`);
  let block: AnnotatedLine[] = [];
  const memo = new CommentMemo(lang);
  for (let lineNo = 0; lineNo < count; lineNo++) {
    const line = annotatedLine(raws[lineNo]!, lineNo, bonds, memo);
    size += line.content.length + (line.comment?.length ?? 0);
    if (line.content.trim() !== '') {
      block.push(line);
      continue;
    }
    renderBlock(block, out);
    block = [];
    out.push(line.content);
    if (size >= CHUNK_CHARS) yield piece();
  }
  renderBlock(block, out);
  if (options.markdown) out.push(fence);
  if (options.findings) out.push('', ...(options.markdown ? markdownFindings : plainFindings)(options.findings, lang));
  yield piece();
}

/** The annotated text (see `annotateChunks`). */
export function annotate(text: string, options: AnnotateOptions): string {
  return [...annotateChunks(text, options)].join('');
}
