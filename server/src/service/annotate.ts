import { type Lang, type Text, tr } from '../knowledge/text';
import { procModel, type ProcBondModel } from '../model/procModel';
import { parseProcBonding, splitLines } from '../syntax/procBonding';
import { RULE_DOCS_BASE, type RuledFinding } from './diagnostics';
import type { Severity } from './diagnostics/rule';
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
}

const t = (en: string, zh: string): Text => ({ en, zh });

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
  let width = 0;
  for (const ch of s) {
    if (ch === '\t') width += 8 - (width % 8);
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
    const local = sentencesOf(mainParagraph(tr(explanation.decoded, lang)));
    const index = english.findIndex((s) => !prefixEn || !normalized(prefixEn).includes(normalized(s)));
    if (index >= 0 && local.length > 0) summary = local[Math.min(index, local.length - 1)];
  }
  if (prefix && summary) return `${prefix}${lang === 'zh-cn' ? '：' : ': '}${summary}`;
  return prefix ?? summary;
}

interface AnnotatedLine {
  readonly content: string;
  readonly comment?: string;
}

function annotatedLines(text: string, bonds: readonly ProcBondModel[], lang: Lang): AnnotatedLine[] {
  return splitLines(text).map((raw, lineNo): AnnotatedLine => {
    const where = locate(bonds, lineNo);
    if (!where || where.line.kind === 'blank') return { content: raw };
    const explanation = explain(where.line, { bond: where.bond, port: where.port });
    const comment = explanation && commentFor(explanation, lang);
    if (!comment) return { content: raw };
    // A comment already on the line (an earlier annotation, a note from whoever pasted it) gives way to the decode.
    const content = (where.line.comment ? raw.slice(0, where.line.comment.start) : raw).trimEnd();
    return { content, comment };
  });
}

function render(lines: readonly AnnotatedLine[]): string[] {
  const out: string[] = [];
  let block: AnnotatedLine[] = [];
  const flush = () => {
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
    block = [];
  };
  for (const line of lines) {
    if (line.content.trim() === '') {
      flush();
      out.push(line.content);
    } else {
      block.push(line);
    }
  }
  flush();
  return out;
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

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function markdownFindings(findings: readonly RuledFinding[], lang: Lang): string[] {
  if (findings.length === 0) return [tr(NO_FINDINGS, lang)];
  return [
    `**${tr(FINDINGS(findings.length), lang)}**`,
    '',
    ...findings.map((f) => {
      const line = f.finding.range.start.line + 1;
      const lineText = lang === 'zh-cn' ? `第 ${line} 行` : `line ${line}`;
      return `- **${tr(SEVERITY_TEXT[f.severity], lang)}** (${lineText}): ${escapeMarkdown(tr(f.finding.message, lang))} [\`${f.rule.code}\`](${RULE_DOCS_BASE}${f.rule.code}.md)`;
    }),
  ];
}

/** A fence longer than any backtick run in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The bonds of a text, parsed as the language service parses dumps. */
export function bondsOf(text: string): ProcBondModel[] {
  return parseProcBonding(text).bonds.map(procModel);
}

/** The annotated text. A text without a dump comes back unchanged (plus the findings section, if asked for). */
export function annotate(text: string, options: AnnotateOptions): string {
  const { lang } = options;
  const parsed = parseProcBonding(text);
  const lines = render(annotatedLines(text, parsed.bonds.map(procModel), lang));
  // A trailing newline ends the last line; it does not start another one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  // Joined, not spread into one array: a long paste has more lines than a call takes arguments.
  const body = lines.join('\n');
  if (options.markdown) {
    const fence = fenceFor(body);
    const findings = options.findings ? ['', ...markdownFindings(options.findings, lang)] : [];
    return `${[`${fence}${parsed.wholeDocument ? 'bonding' : 'text'}`, body, fence, ...findings].join('\n')}\n`;
  }
  const findings = options.findings ? ['', ...plainFindings(options.findings, lang)] : [];
  return `${[body, ...findings].join('\n')}\n`;
}
