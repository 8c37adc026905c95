import type { TextDocument } from '../../../textDocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Rule } from '../rule';
import type { DirectiveCode } from '../directives';
import { configFiles } from '../../configHalf';
import { t } from '../../../knowledge/text';

export interface UnusedDirectiveContext {
  readonly doc: TextDocument;
  /** Codes of known rules whose comment silenced no finding. */
  readonly unused: readonly DirectiveCode[];
}

/**
 * A comment left after the problem it silenced was fixed would hide the same problem when it comes back. Shown as a
 * hint, faded like unused code, with the edit that takes the code out.
 */
export const docUnusedDirective: Rule<UnusedDirectiveContext> = {
  code: 'doc.unused-directive',
  severity: 'hint',
  title: t('bondlint comment that silences nothing', '不屏蔽任何内容的 bondlint 注释'),
  doc: {
    description: t(
      'A `# bondlint disable=CODE` comment whose line has no CODE finding, or a `disable-file=CODE` comment in a file without one, silences nothing: the problem was fixed, or the comment stands above another line. Left there, it would hide the problem if it came back. A rule turned off in the settings finds nothing, so its comments are reported too.',
      '`# bondlint disable=CODE` 注释所针对的行上没有 CODE 问题，或文件中没有 CODE 问题却有 `disable-file=CODE` 注释时，该注释不屏蔽任何内容：问题已被修正，或注释写在了别的行上方。留着它，问题再次出现时会被掩盖。在设置中关闭的规则不会发现任何问题，因此其注释也会被报告。',
    ),
    bad: '# bondlint disable=ifcfg.unknown-key\nDEVICE=bond0',
    good: 'DEVICE=bond0',
  },
  check({ doc, unused }, report) {
    const { RULE_CODES } = configFiles();
    for (const c of unused) {
      if (!RULE_CODES.includes(c.code)) continue;
      report({
        range: c.range,
        message:
          c.silences === 'file'
            ? t(`${c.code} silences nothing: this file has no ${c.code} finding.`, `${c.code} 不屏蔽任何内容：该文件中没有 ${c.code} 问题。`)
            : c.silences < 0
              ? t(`${c.code} silences nothing: no line follows this comment.`, `${c.code} 不屏蔽任何内容：此注释之后没有内容行。`)
              : t(`${c.code} silences nothing: line ${c.silences + 1} has no ${c.code} finding.`, `${c.code} 不屏蔽任何内容：第 ${c.silences + 1} 行没有 ${c.code} 问题。`),
        unnecessary: true,
        fixes: [{ title: t(`Remove ${c.code} from the comment`, `从注释中删除 ${c.code}`), edits: [removal(doc, c)], safe: true, preferred: true }],
      });
    }
  },
};

/** Takes the code out with one of its commas; the whole comment line when it is the comment's only code. */
function removal(doc: TextDocument, c: DirectiveCode): TextEdit {
  const { start, end } = c.range;
  const text = doc.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } });
  const after = text[end.character];
  const before = text[start.character - 1];
  if (after === ',') return { range: { start, end: { line: end.line, character: end.character + 1 } }, newText: '' };
  if (before === ',') return { range: { start: { line: start.line, character: start.character - 1 }, end }, newText: '' };
  const next = start.line + 1 < doc.lineCount ? { line: start.line + 1, character: 0 } : { line: start.line, character: text.length };
  return { range: { start: { line: start.line, character: 0 }, end: next }, newText: '' };
}
