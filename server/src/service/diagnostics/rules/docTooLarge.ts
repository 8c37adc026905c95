import { t, type Text } from '../../../knowledge/text';
import type { Rule } from '../rule';

// Why a text gets no analysis (nor annotation, nor inspection): here for a text read, and for a document the
// language server did not read; cli/tooLarge.ts says it of a file that bondlint judges by its size in bytes.

/** A text of `size` characters, `limit` being bonding.maxFileSize. */
export function charactersOverLimit(size: number, limit: number): Text | undefined {
  if (size <= limit) return undefined;
  return t(
    `This document has ${size} characters, more than bonding.maxFileSize (${limit}): it is not analysed.`,
    `该文档有 ${size} 个字符，超过 bonding.maxFileSize（${limit}），未做分析。`,
  );
}

/** A document that a message of `size` bytes left unread, the language server reading at most `limit` bytes. */
export function messageOverLimit(size: number, limit: number): Text | undefined {
  if (size <= limit) return undefined;
  return t(
    `This document came in a message of ${size} bytes, more than the server reads (${limit}): it is not analysed until reopened.`,
    `该文档所在的消息有 ${size} 字节，超过服务器读取的上限（${limit}）：重新打开之前不做分析。`,
  );
}

/**
 * Analysis of a huge paste would stall the editor; one clear finding says why nothing else is shown. `off` does not hide
 * it (limits.ts): an unanalysed document must not look like a clean one.
 */
export const docTooLarge: Rule<Text> = {
  code: 'doc.too-large',
  severity: 'info',
  title: t('Document too large to analyse', '文档过大，未做分析'),
  doc: {
    description: t(
      'Documents longer than `bonding.maxFileSize` characters are not analysed; split the file or raise the setting. `bondlint` does not even hold in memory a file or standard input of more than three bytes per allowed character (UTF-8 takes at most three for one), which is longer whatever it holds: it reports it from its size in bytes. Nor does the language server read a message that opens or changes a document when it is longer than 128 MiB (a document within the default limit takes at most 120 MB even with every character escaped in six bytes) and than six bytes per character of the largest limit it was given (at most 512 MiB, the longest string V8 holds): the document gets this finding, from the size of that message, until it is opened again (or a change gives its whole text, which few editors send).',
      '超过 `bonding.maxFileSize` 个字符的文档不做分析；请拆分文件或调大该设置。对于字节数超过所允许字符数三倍的文件或标准输入（UTF-8 中一个字符最多占三个字节），无论内容如何都必然超限，`bondlint` 根本不把它保留在内存中，而是按其字节数报告。语言服务器也不读取打开或修改文档的消息，只要它超过 128 MiB（默认上限内的文档即便每个字符都转义为六个字节，也至多 120 MB），也超过它所得到的最大上限每个字符六个字节（至多 512 MiB，即 V8 最长的字符串）：该文档按那条消息的大小得到这条提示，直到重新打开（或某次修改给出其全文，但很少有编辑器这样发送）。',
    ),
    bad: '(a 50 MB sosreport pasted into one file)',
    good: '(the /proc/net/bonding part of it in its own file)',
    notSilenced: t(
      'It cannot be turned off: a document above the limit gets no analysis at all, and this finding is the only sign of that, so `off` shows it at its default level, info (which does not fail `bondlint` at the default `--max-severity error`). To be rid of it, split the file or raise `bonding.maxFileSize` (`maxFileSize` in `.bondlintrc.json`).',
      '它不能被关闭：超过上限的文档完全不做分析，这条提示是唯一的迹象，因此设为 `off` 时仍以默认级别 info 显示（在默认的 `--max-severity error` 下不会使 `bondlint` 失败）。要消除它，请拆分文件或调大 `bonding.maxFileSize`（`.bondlintrc.json` 中的 `maxFileSize`）。',
    ),
  },
  check(message, report) {
    report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message });
  },
};
