import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Text } from '../../../knowledge/text';
import type { Rule } from '../rule';

export interface DocumentSizeContext {
  readonly doc: TextDocument;
  readonly limit: number;
}

/** Why a text of `length` characters gets no analysis (nor annotation, nor inspection). */
export function tooLargeMessage(length: number, limit: number): Text {
  return {
    en: `This document has ${length} characters, more than bonding.maxFileSize (${limit}): it is not analysed.`,
    zh: `该文档有 ${length} 个字符，超过 bonding.maxFileSize（${limit}），未做分析。`,
  };
}

/**
 * Analysis of a huge paste would stall the editor; one clear finding says why nothing else is shown. `off` does not hide
 * it (limits.ts): an unanalysed document must not look like a clean one.
 */
export const docTooLarge: Rule<DocumentSizeContext> = {
  code: 'doc.too-large',
  severity: 'info',
  title: { en: 'Document too large to analyse', zh: '文档过大，未做分析' },
  doc: {
    description: {
      en: 'Documents longer than `bonding.maxFileSize` characters are not analysed; split the file or raise the setting.',
      zh: '超过 `bonding.maxFileSize` 个字符的文档不做分析；请拆分文件或调大该设置。',
    },
    bad: '(a 50 MB sosreport pasted into one file)',
    good: '(the /proc/net/bonding part of it in its own file)',
    notSilenced: {
      en: 'It cannot be turned off: a document above the limit gets no analysis at all, and this finding is the only sign of that, so `off` shows it at its default level, info (which does not fail `bondlint` at the default `--max-severity error`). To be rid of it, split the file or raise `bonding.maxFileSize` (`maxFileSize` in `.bondlintrc.json`).',
      zh: '它不能被关闭：超过上限的文档完全不做分析，这条提示是唯一的迹象，因此设为 `off` 时仍以默认级别 info 显示（在默认的 `--max-severity error` 下不会使 `bondlint` 失败）。要消除它，请拆分文件或调大 `bonding.maxFileSize`（`.bondlintrc.json` 中的 `maxFileSize`）。',
    },
  },
  check({ doc, limit }, report) {
    const length = doc.getText().length;
    if (length <= limit) return;
    report({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: tooLargeMessage(length, limit),
    });
  },
};
