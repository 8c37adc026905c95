import type { Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Lang, tr } from '../knowledge/text';
import { configFiles } from './configHalf';
import { RULE_DOCS_BASE } from './diagnostics';
import { DIRECTIVE, codesIn, lineText, targetOf } from './diagnostics/directives';
import { MarkupKind } from './lspConstants';

/**
 * Hover on a rule code in a `# bondlint disable=` comment: the rule's title, where the comment silences it, and its
 * page. Undefined when the position is on no code of such a comment (an unknown code has its own diagnostic).
 */
export function directiveHover(doc: TextDocument, position: Position, lang: Lang): Hover | undefined {
  const text = doc.getText();
  const m = DIRECTIVE.exec(lineText(doc, text, position.line));
  if (!m) return undefined;
  const hit = codesIn(m[3]!, position.line, m[1]!.length).find((c) => position.character >= c.range.start.character && position.character <= c.range.end.character);
  const rule = hit && configFiles().ALL_RULES.find((r) => r.code === hit.code);
  if (!hit || !rule) return undefined;
  const target = m[2] === 'disable' ? targetOf(doc, text, position.line) : undefined;
  const where =
    target === undefined
      ? { en: 'Silenced in the whole file.', zh: '在整个文件中屏蔽。' }
      : target < doc.lineCount
        ? { en: `Silenced on line ${target + 1}.`, zh: `在第 ${target + 1} 行屏蔽。` }
        : { en: 'No line follows this comment: it silences nothing.', zh: '此注释之后没有内容行：不屏蔽任何内容。' };
  const page = tr({ en: 'Rule page', zh: '规则说明' }, lang);
  return {
    contents: { kind: MarkupKind.Markdown, value: [`**${rule.code}** — ${tr(rule.title, lang)}`, tr(where, lang), `[${page}](${RULE_DOCS_BASE}${rule.code}.md)`].join('\n\n') },
    range: hit.range,
  };
}
