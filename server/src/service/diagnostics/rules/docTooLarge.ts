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

/** Analysis of a huge paste would stall the editor; one clear finding says why nothing else is shown. */
export const docTooLarge: Rule<DocumentSizeContext> = {
  code: 'doc.too-large',
  target: 'document',
  severity: 'info',
  title: { en: 'Document too large to analyse', zh: '文档过大，未做分析' },
  doc: {
    description: {
      en: 'Documents longer than `bonding.maxFileSize` characters are not analysed; split the file or raise the setting.',
      zh: '超过 `bonding.maxFileSize` 个字符的文档不做分析；请拆分文件或调大该设置。',
    },
    bad: '(a 50 MB sosreport pasted into one file)',
    good: '(the /proc/net/bonding part of it in its own file)',
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
