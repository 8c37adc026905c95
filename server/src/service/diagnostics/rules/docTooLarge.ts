import type { Text } from '../../../knowledge/text';
import type { Rule } from '../rule';

export interface DocumentSizeContext {
  /** The text's length in characters (UTF-16 units), or, for a file not read, its size in bytes. */
  readonly size: number;
  readonly inBytes: boolean;
  readonly limit: number;
}

/** A file of more bytes than this times the limit holds more characters than the limit: UTF-8 takes at most 3 bytes for one. */
export const MAX_BYTES_PER_CHARACTER = 3;

/** Why a text of `size` characters (or a file of `size` bytes) gets no analysis (nor annotation, nor inspection). */
export function tooLargeMessage({ size, inBytes, limit }: DocumentSizeContext): Text | undefined {
  if (size <= (inBytes ? MAX_BYTES_PER_CHARACTER * limit : limit)) return undefined;
  return inBytes
    ? {
        en: `This text has ${size} bytes, so more characters than bonding.maxFileSize (${limit}): it is not analysed or held in memory.`,
        zh: `该文本有 ${size} 字节，字符数因此超过 bonding.maxFileSize（${limit}），未做分析，也未保留在内存中。`,
      }
    : {
        en: `This document has ${size} characters, more than bonding.maxFileSize (${limit}): it is not analysed.`,
        zh: `该文档有 ${size} 个字符，超过 bonding.maxFileSize（${limit}），未做分析。`,
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
      en: 'Documents longer than `bonding.maxFileSize` characters are not analysed; split the file or raise the setting. `bondlint` does not even hold in memory a file or standard input of more than three bytes per allowed character (UTF-8 takes at most three for one), which is longer whatever it holds: it reports it from its size in bytes.',
      zh: '超过 `bonding.maxFileSize` 个字符的文档不做分析；请拆分文件或调大该设置。对于字节数超过所允许字符数三倍的文件或标准输入（UTF-8 中一个字符最多占三个字节），无论内容如何都必然超限，`bondlint` 根本不把它保留在内存中，而是按其字节数报告。',
    },
    bad: '(a 50 MB sosreport pasted into one file)',
    good: '(the /proc/net/bonding part of it in its own file)',
    notSilenced: {
      en: 'It cannot be turned off: a document above the limit gets no analysis at all, and this finding is the only sign of that, so `off` shows it at its default level, info (which does not fail `bondlint` at the default `--max-severity error`). To be rid of it, split the file or raise `bonding.maxFileSize` (`maxFileSize` in `.bondlintrc.json`).',
      zh: '它不能被关闭：超过上限的文档完全不做分析，这条提示是唯一的迹象，因此设为 `off` 时仍以默认级别 info 显示（在默认的 `--max-severity error` 下不会使 `bondlint` 失败）。要消除它，请拆分文件或调大 `bonding.maxFileSize`（`.bondlintrc.json` 中的 `maxFileSize`）。',
    },
  },
  check(ctx, report) {
    const message = tooLargeMessage(ctx);
    if (message) report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message });
  },
};
