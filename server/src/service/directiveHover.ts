import type { Hover, Position } from 'vscode-languageserver-types';
import { type Lang, t, tr } from '../knowledge/text';
import { configFiles } from './configHalf';
import { RULE_DOCS_BASE } from './diagnostics';
import type { Directives } from './diagnostics/directives';
import { MarkupKind } from './lspConstants';

/**
 * Hover on a rule code in a `# bondlint disable=` comment: the rule's title, where the comment silences it, and its
 * page. Undefined when the position is on no code of such a comment (an unknown code has its own diagnostic).
 */
export function directiveHover(directives: Directives, position: Position, lang: Lang): Hover | undefined {
  const { line, character } = position;
  const hit = directives.codes.find((c) => c.range.start.line === line && character >= c.range.start.character && character <= c.range.end.character);
  const rule = hit && configFiles().ALL_RULES.find((r) => r.code === hit.code);
  if (!hit || !rule) return undefined;
  const where =
    hit.silences === 'file'
      ? t('Silenced in the whole file.', '在整个文件中屏蔽。')
      : hit.silences >= 0
        ? t(`Silenced on line ${hit.silences + 1}.`, `在第 ${hit.silences + 1} 行屏蔽。`)
        : t('No line follows this comment: it silences nothing.', '此注释之后没有内容行：不屏蔽任何内容。');
  const page = tr(t('Rule page', '规则说明'), lang);
  return {
    contents: { kind: MarkupKind.Markdown, value: [`**${rule.code}** — ${tr(rule.title, lang)}`, tr(where, lang), `[${page}](${RULE_DOCS_BASE}${rule.code}.md)`].join('\n\n') },
    range: hit.range,
  };
}
