import type { TextDocument } from '../../../../textDocument';
import type { ProcBond } from '../../../../syntax/procBonding';
import { PROC_FIELDS } from '../../../../knowledge/procFields';
import type { Rule } from '../../rule';
import type { Text } from '../../../../knowledge/text';
import { t } from './util';

export interface DumpInOneLineContext {
  readonly doc: TextDocument;
  readonly bonds: readonly ProcBond[];
}

/** The mode line, which every dump has; the bond's MII line follows it in every dump. */
export const MODE_LINE = 'Bonding Mode: ';

/** Where a dump whose line breaks were lost is broken: before each label the kernel prints (headings need no colon). */
export const LABEL_BREAK = new RegExp(
  `[ \\t](?=${PROC_FIELDS.filter((f) => f.label)
    .map((f) => f.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (f.value === 'none' ? '' : ':'))
    .join('|')})`,
  'g',
);

const ESCAPED = t(
  'This string holds a dump, its line breaks written as \\n: nothing in it is read or checked. The quick fix writes it out below.',
  '这个字符串中是一段 dump，换行写作 \\n：其中的内容都不会被读取和检查。快速修复会把它逐行写在下方。',
);
const LOST = t(
  'This line holds a dump whose line breaks were lost: its fields are not read or checked. The quick fix breaks the line before each label.',
  '这一行是一段丢失了换行的 dump：其中的字段都不会被读取和检查。快速修复会在每个标签前断行。',
);

/** How many backslashes come right before `at`. */
function backslashes(text: string, at: number): number {
  let n = 0;
  while (at - n > 0 && text.charCodeAt(at - n - 1) === 92) n++;
  return n;
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
const escaped = (text: string, at: number) => backslashes(text, at) % 2 === 1;

/** The text of a string literal (JSON, Python, YAML), its escapes read: `\n` a line break, `\t` a tab, `\"` a quote. */
function unescape(s: string): string {
  return s.replace(/\\(u[\da-fA-F]{4}|x[\da-fA-F]{2}|[^])/g, (_, c: string) => (c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '' : c));
}

/**
 * A dump kept as a string (a JSON field such as Ansible's `stdout` or an event stored in Elasticsearch, a Python test
 * fixture) is one line of text with `\n` where the kernel broke lines, and one whose line breaks were lost is one line
 * of labels and values: no line of either reads as a dump line, and a user who pasted it would be told nothing at all.
 * The fixes write it out, where it is read as any dump is.
 */
export const dumpInOneLine: Rule<DumpInOneLineContext> = {
  code: 'proc.dump-in-one-line',
  severity: 'info',
  title: t('Dump on one line', '写在一行中的 dump'),
  doc: {
    description: t(
      'A dump of /proc/net/bonding on one line is not read: nothing in it is checked. Kept in a string (a JSON field such as the `stdout` of an Ansible result or an event stored in Elasticsearch, a Python or YAML string), its line breaks are written as `\\n` (`\\\\n` in a string kept in a string, such as a JSON log line in an event\'s message); the quick fix writes the string out below its line, a line for each `\\n`, and leaves the string as it is (once a dump starts within the three lines below, the finding goes). With its line breaks lost (`echo $(cat /proc/net/bonding/bond0)`, text taken from a web page), its labels follow one another on the line; the quick fix breaks the line before each label the kernel prints. Either way the dump is then read and checked as any dump.',
      '写在一行中的 /proc/net/bonding 输出不会被读取，其中的内容都不会被检查。保存在字符串中时（例如 Ansible 结果的 `stdout` 或存入 Elasticsearch 的事件等 JSON 字段、Python 或 YAML 字符串），换行写作 `\\n`（字符串中的字符串里写作 `\\\\n`，例如事件 message 中的一行 JSON 日志）：快速修复会在该行下方把字符串逐行写出（每个 `\\n` 一行），字符串本身保持不变（下方三行内一旦有 dump 开始，此提示即消失）。换行丢失时（`echo $(cat /proc/net/bonding/bond0)`、从网页复制的文本），各标签在同一行中首尾相接：快速修复会在内核打印的每个标签前断行。两种情况下，写出的输出都像其他 dump 一样被读取和检查。',
    ),
    bad: '"stdout": "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\\n\\nBonding Mode: fault-tolerance (active-backup)\\nPrimary Slave: None\\nCurrently Active Slave: eth0\\nMII Status: up"\nEthernet Channel Bonding Driver: v3.7.1 (April 27, 2011) Bonding Mode: fault-tolerance (active-backup) Primary Slave: None Currently Active Slave: eth0 MII Status: up',
    good: '"stdout": "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\\n\\nBonding Mode: fault-tolerance (active-backup)\\nPrimary Slave: None\\nCurrently Active Slave: eth0\\nMII Status: up"\nEthernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\nBonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0\nMII Status: up',
  },
  check({ doc, bonds }, report) {
    const text = doc.getText();
    const isBreak = (i: number) => text[i] === '\n' || text[i] === '\r';
    const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const fixes = (title: Text, start: number, end: number, newText: string) => [{ title, edits: [{ range: range(start, end), newText }], safe: false, preferred: true }];
    let lineStart = 0;
    let lineEnd = -1;
    // The break that ends the line: `\r\n`, `\r` or `\n` (none after the last line); asked for a finding only.
    const eol = () => /^\r?\n?/.exec(text.slice(lineEnd, lineEnd + 2))![0] || '\n';
    for (let from = 0, at = text.indexOf(MODE_LINE); at >= 0; at = text.indexOf(MODE_LINE, from)) {
      // The line is found from the mode line, once for all the strings on it, and not from the document's table of
      // lines: a check that reports nothing leaves that table unbuilt (1–2 ms for 1 MB).
      if (at > lineEnd) {
        for (lineStart = at; lineStart > 0 && !isBreak(lineStart - 1); ) lineStart--;
        for (lineEnd = at; lineEnd < text.length && !isBreak(lineEnd); ) lineEnd++;
      }
      // `\n` before the mode line (an odd number of backslashes), or `\\n` in a string kept in a string (a JSON log
      // line in an event's message), `\\\\n` a level deeper: their count is the levels' power of two.
      const count = text[at - 1] === 'n' ? backslashes(text, at - 1) : 0;
      const escapes = count % 2 ? 1 : count;
      if (escapes === 0 || escapes & (escapes - 1)) {
        // A dump whose line breaks were lost (`echo $(cat …)`, text taken from a web page): its labels follow one
        // another on one line. The fix breaks the line before each of them.
        from = lineEnd + 1;
        if (!text.slice(at, lineEnd).includes(' MII Status: ')) continue;
        report({
          range: range(lineStart, lineEnd),
          message: LOST,
          fixes: fixes(t('Break the line before each label', '在每个标签前断行'), lineStart, lineEnd, text.slice(lineStart, lineEnd).split(LABEL_BREAK).map((l) => l.trimEnd()).join(eol())),
        });
        continue;
      }
      // A string: from its opening quote to its closing one, read once; a line without quotes is one string. It
      // opens at the last quote of the kind left open before the mode line, so that an apostrophe in a double-quoted
      // string (`"Don't …`) opens none.
      let start = Math.max(lineStart, from);
      let quote: string | undefined;
      for (const q of '"\'') {
        let open = -1;
        for (let i = start; i < at; i++) if (text[i] === q && !escaped(text, i)) open = open < 0 ? i + 1 : -1;
        if (open >= 0) {
          [start, quote] = [open, q];
          break;
        }
      }
      let end = at;
      while (end < lineEnd && !(text[end] === quote && !escaped(text, end))) end++;
      from = end + 1;
      // A format string (`"\nBonding Mode: %s\n"`) is no dump; a dump written out in the lines below is read there.
      if (!text.slice(at, end).includes(`${'\\'.repeat(escapes)}nMII Status: `)) continue;
      const { line } = doc.positionAt(at);
      if (bonds.some((b) => b.firstLine > line && b.firstLine <= line + 3)) continue;
      let written = text.slice(start, end);
      for (let level = escapes; level > 0; level >>= 1) written = unescape(written);
      const lines = written.trim().split('\n');
      const br = eol();
      report({
        range: range(start, end),
        message: ESCAPED,
        fixes: fixes(t('Write the dump out below', '把这段输出逐行写在下方'), lineEnd, lineEnd, br + lines.join(br)),
      });
    }
  },
};
