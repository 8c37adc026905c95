import type { TextDocument } from '../../../../textDocument';
import type { ProcBond } from '../../../../syntax/procBonding';
import type { Rule } from '../../rule';
import { t } from './util';

export interface DumpInOneLineContext {
  readonly doc: TextDocument;
  readonly bonds: readonly ProcBond[];
}

/** The mode line, which every dump has, after an escaped line break; the bond's MII line follows it in every dump. */
export const ESCAPED_MODE_LINE = '\\nBonding Mode: ';
const ESCAPED_MII_LINE = '\\nMII Status: ';

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n > 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n % 2 === 1;
}

/** The text of a string literal (JSON, Python, YAML), its escapes read: `\n` a line break, `\t` a tab, `\"` a quote. */
function unescape(s: string): string {
  return s.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|[^])/g, (_, c: string) => (c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '' : c));
}

/**
 * A dump kept as a string (a JSON field such as Ansible's `stdout` or an event stored in Elasticsearch, a Python test
 * fixture) is one line of text with `\n` where the kernel broke lines: no line of it reads as a dump line, and a user who
 * pasted it would be told nothing at all. The fix writes the string out below it, where it is read as any dump is.
 */
export const dumpInOneLine: Rule<DumpInOneLineContext> = {
  code: 'proc.dump-in-one-line',
  severity: 'info',
  title: t('Dump written as one string', '写成一个字符串的 dump'),
  doc: {
    description: t(
      'A dump of /proc/net/bonding kept in a string (a JSON field such as the `stdout` of an Ansible result or an event stored in Elasticsearch, a Python or YAML string) is one line, its line breaks written as `\\n`: nothing in it is read as a dump line, so nothing in it is checked. The quick fix writes the string out below its line, a line for each `\\n`, where it is read and checked as any dump; the string itself is left as it is. Once a dump starts within the three lines below, the finding goes.',
      '保存在字符串中的 /proc/net/bonding 输出（例如 Ansible 结果的 `stdout` 或存入 Elasticsearch 的事件等 JSON 字段、Python 或 YAML 字符串）只有一行，换行写作 `\\n`：其中没有一行会被当作 dump 行读取，因此其中的内容都不会被检查。快速修复会在该行下方把字符串逐行写出（每个 `\\n` 一行），写出的内容像其他 dump 一样被读取和检查；字符串本身保持不变。下方三行内一旦有 dump 开始，此提示即消失。',
    ),
    bad: '"stdout": "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\\n\\nBonding Mode: fault-tolerance (active-backup)\\nPrimary Slave: None\\nCurrently Active Slave: eth0\\nMII Status: up"',
    good: '"stdout": "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\\n\\nBonding Mode: fault-tolerance (active-backup)\\nPrimary Slave: None\\nCurrently Active Slave: eth0\\nMII Status: up"\nEthernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\nBonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0\nMII Status: up',
  },
  check({ doc, bonds }, report) {
    const text = doc.getText();
    const quoteAt = (i: number) => (text[i] === '"' || text[i] === "'") && !escaped(text, i);
    // Each string is read once, from its opening quote to its closing one; a line without quotes is one string.
    for (let from = 0, at = text.indexOf(ESCAPED_MODE_LINE); at >= 0; at = text.indexOf(ESCAPED_MODE_LINE, from)) {
      const { line } = doc.positionAt(at);
      const lineEnd = doc.offsetAt({ line, character: text.length });
      const bound = Math.max(doc.offsetAt({ line, character: 0 }), from);
      let start = at;
      while (start > bound && !quoteAt(start - 1)) start--;
      const quote = start > bound ? text[start - 1] : undefined;
      let end = at + 1;
      while (end < lineEnd && !(text[end] === quote && !escaped(text, end))) end++;
      from = end + 1;
      // A format string (`"\nBonding Mode: %s\n"`) is no dump; a dump written out in the lines below is read there.
      if (!text.slice(at, end).includes(ESCAPED_MII_LINE) || bonds.some((b) => b.firstLine > line && b.firstLine <= line + 3)) continue;
      const lines = unescape(text.slice(start, end)).split('\n');
      while (lines[0]!.trim() === '') lines.shift();
      while (lines.at(-1)!.trim() === '') lines.pop();
      // The line's own break: `\r\n`, `\r` or `\n` (none after the last line).
      const eol = /^\r?\n?/.exec(text.slice(lineEnd, lineEnd + 2))![0] || '\n';
      report({
        range: { start: doc.positionAt(start), end: doc.positionAt(end) },
        message: t(
          'This string holds a dump of /proc/net/bonding, its line breaks written as \\n: it is not read as a dump, and nothing in it is checked. The quick fix writes it out below, a line for each \\n.',
          '这个字符串中是一段 /proc/net/bonding 输出，换行写作 \\n：它不会被当作 dump 读取，其中的内容都不会被检查。快速修复会把它写在下方，每个 \\n 一行。',
        ),
        fixes: [{ title: t('Write the dump out below', '把这段输出逐行写在下方'), edits: [{ range: { start: doc.positionAt(lineEnd), end: doc.positionAt(lineEnd) }, newText: eol + lines.join(eol) }], safe: false, preferred: true }],
      });
    }
  },
};
