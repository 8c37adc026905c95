import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from './lspConstants';
import type { TextDocument } from '../textDocument';
import { type Lang, t, tr } from '../knowledge/text';
import type { Span } from '../syntax/procBonding';
import type { RuledFinding } from './diagnostics';
import type { Analysis } from './documents';
import type { ServiceEnv } from './languageService';
import { literal, markdown } from './markdown';
import { explain, locate } from './procExplain';

const LEFT_OUT = t(
  'Lines were left out here (grep prints `--` between the groups of lines it shows; `[...]` marks a cut made by hand): no finding on this dump rests on a line being absent or out of order.',
  '此处略去了若干行（grep 在它显示的各组行之间打印 `--`；`[...]` 标出手工删节）：对这段输出的发现都不依赖某行缺失或顺序。',
);

const ICON: Readonly<Record<string, string>> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

function label(lang: Lang, en: string, zh: string): string {
  return lang === 'zh-cn' ? zh : en;
}

const within = (span: Span | undefined, character: number): span is Span => span !== undefined && character >= span.start && character <= span.end;
const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Hover on a dump line: what the line is; its value decoded for this line and what that means for the bond;
 * the findings on this line; then when the kernel prints it, since which version, and where.
 */
export function hover(
  doc: TextDocument,
  analysis: Analysis,
  position: Position,
  env: ServiceEnv,
  findings: () => readonly RuledFinding[],
): Hover | null {
  if (analysis.kind !== 'proc') return null;
  const where = locate(analysis.bonds, position.line);
  if (!where) return null;
  const { line } = where;
  const { lang } = env;
  const toRange = (s: Span) => ({ start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } });
  // The span ends before a trailing annotation: hovering someone's own comment explains nothing.
  if (line.kind === 'comment' || !within(line.span, position.character)) return null;
  // grep's `--`, or `[...]`: the one blank line with text, in a dump that lacks lines.
  if (line.kind === 'blank') return line.span.end > line.span.start && where.bond.syntax.filtered ? { contents: { kind: MarkupKind.Markdown, value: markdown(tr(LEFT_OUT, lang)) }, range: toRange(line.span) } : null;
  const e = explain(line, where);
  if (!e) return null;
  // Kernel labels are plain text; the text of a line no kernel prints is whatever was pasted, Markdown in it
  // (`<b>MII Status: up</b>` pasted from a page) included.
  const title = e.field ? markdown(e.title) : literal(e.title || clip(doc.getText(toRange(line.span))));
  const parts = [`**${title}** — ${markdown(tr(e.meaning, lang))}`];
  if (e.decoded) parts.push(markdown(tr(e.decoded, lang)));
  const here = findings().filter((f) => f.finding.range.start.line === line.line);
  for (const f of here) parts.push(`${ICON[f.severity]} ${markdown(tr(f.finding.message, lang))} \`${f.rule.code}\``);
  if (e.field) {
    const colon = label(lang, ': ', '：');
    const facts = [`${label(lang, 'Printed', '打印条件')}${colon}${tr(e.field.printedWhen, lang)}`];
    if (e.field.since) facts.push(`${label(lang, 'Since', '引入')}${colon}${tr(e.field.since, lang)}`);
    if (e.field.vendor) facts.push(label(lang, 'Printed by some vendor kernels only, never by mainline Linux.', '仅部分厂商内核打印，主线 Linux 从不打印。'));
    facts.push(`${label(lang, 'Source', '来源')}${colon}\`${e.field.source}\``);
    parts.push(`*${markdown(facts.join(' · '))}*`);
  }
  const target = within(line.label, position.character) ? line.label : within(line.value, position.character) ? line.value : line.span;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: toRange(target) };
}
