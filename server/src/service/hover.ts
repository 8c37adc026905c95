import { type Hover, MarkupKind, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Lang, tr } from '../knowledge/text';
import type { RuledFinding } from './diagnostics';
import type { Analysis } from './documents';
import type { ServiceEnv } from './languageService';
import { explain, locate } from './procExplain';

const ICON: Readonly<Record<string, string>> = { error: '⛔', warning: '⚠️', info: 'ℹ️', hint: '💡' };

function label(lang: Lang, en: string, zh: string): string {
  return lang === 'zh-cn' ? zh : en;
}

/**
 * Hover on a dump line: what the field is, its value decoded for this line, what the checks found on this
 * line, then when the kernel prints it and where.
 */
export function hover(
  _doc: TextDocument,
  analysis: Analysis,
  position: Position,
  env: ServiceEnv,
  findings: () => readonly RuledFinding[],
): Hover | null {
  if (analysis.kind !== 'proc') return null;
  const where = locate(analysis.bonds, position.line);
  if (!where) return null;
  const { line } = where;
  const target = line.label && position.character >= line.label.start && position.character <= line.label.end ? line.label : line.span;
  if (position.character < line.span.start || position.character > line.span.end) return null;
  const e = explain(line, where);
  if (!e) return null;
  const { lang } = env;
  const parts = [`**${e.field.label || line.valueText}** — ${tr(e.field.meaning, lang)}`];
  if (e.decoded) parts.push(tr(e.decoded, lang));
  const here = findings().filter((f) => f.finding.range.start.line === line.line);
  for (const f of here) parts.push(`${ICON[f.severity]} ${tr(f.finding.message, lang)} \`${f.rule.code}\``);
  const colon = label(lang, ': ', '：');
  const facts = [`${label(lang, 'Printed', '打印条件')}${colon}${tr(e.field.printedWhen, lang)}`];
  if (e.field.since) facts.push(`${label(lang, 'Since', '引入')}${colon}${tr(e.field.since, lang)}`);
  if (e.field.vendor) facts.push(label(lang, 'Printed by some vendor kernels only, never by mainline Linux.', '仅部分厂商内核打印，主线 Linux 从不打印。'));
  facts.push(`${label(lang, 'Source', '来源')}${colon}\`${e.field.source}\``);
  parts.push(`*${facts.join(' · ')}*`);
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: { line: line.line, character: target === line.label ? target.start : line.span.start }, end: { line: line.line, character: target === line.label ? target.end : line.span.end } },
  };
}
