import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

/** Characters that look like a space or like nothing, by code point: what they are called. */
const NAMES: Readonly<Record<number, { en: string; zh: string }>> = {
  0xa0: t('A no-break space', '不换行空格'),
  0x202f: t('A narrow no-break space', '窄不换行空格'),
  0x3000: t('An ideographic space', '全角空格'),
  0x200b: t('A zero-width space', '零宽空格'),
  0xfeff: t('A byte order mark', '字节顺序标记（BOM）'),
};
const INVISIBLE = /[\u00a0\u202f\u3000\u200b\ufeff]+/g;

/** Whether `at` in a line's text is inside quotes: `"…"` (where a backslash escapes) or `'…'`. */
function quotedAt(text: string, at: number): boolean {
  let quote = '';
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '\\' && quote !== "'") i++;
    else if (quote === '' ? c === '"' || c === "'" : c === quote) quote = quote ? '' : c!;
  }
  return quote !== '';
}

export const invisibleCharacter: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.invisible-character',
  severity: 'warning',
  title: t('Character that looks like a space or like nothing', '看起来像空格或根本看不见的字符'),
  doc: {
    description: t(
      'Text copied from a web page, a chat or a Windows editor can carry characters that look like a space or like nothing: a no-break space (U+00A0, U+202F), an ideographic space (U+3000), a zero-width space (U+200B), a byte order mark (U+FEFF). bash, NetworkManager, initscripts and wicked split a line on spaces and tabs only, so such a character becomes part of the name or value around it: `BONDING_OPTS="mode=4 miimon=100"` with a no-break space is one item, not two options (NetworkManager reads mode with the value `4 miimon=100`, initscripts, which takes what follows the last `=`, mode=100), and a byte order mark before `DEVICE=` makes the line no assignment at all. The fix writes a space for one between quotes and removes one at the end of a value, a zero-width space and a byte order mark; in a comment it does no harm. An editor that opens a file with a byte order mark hides it (VS Code shows "UTF-8 with BOM" in its status bar): `bondlint` reads the bytes and finds it.',
      '从网页、聊天工具或 Windows 编辑器复制来的文本可能带有看起来像空格或根本看不见的字符：不换行空格（U+00A0、U+202F）、全角空格（U+3000）、零宽空格（U+200B）、字节顺序标记（U+FEFF）。bash、NetworkManager、initscripts 和 wicked 只按空格和制表符拆分一行，因此这类字符会成为其周围名称或值的一部分：含不换行空格的 `BONDING_OPTS="mode=4 miimon=100"` 是一项而不是两个选项（NetworkManager 读作值为 `4 miimon=100` 的 mode，initscripts 取最后一个 `=` 之后的内容，读作 mode=100）；`DEVICE=` 之前的字节顺序标记会使该行根本不是赋值。修复会把引号之间的这类字符改为空格，删除值末尾的这类字符以及零宽空格和字节顺序标记；出现在注释中则无害。编辑器打开带字节顺序标记的文件时会隐藏它（VS Code 在状态栏显示 "UTF-8 with BOM"）：`bondlint` 读取原始字节，能发现它。',
    ),
    bad: '# the blank after mode=4 is a no-break space (U+00A0)\nBONDING_OPTS="mode=4\u00a0miimon=100"',
    good: 'BONDING_OPTS="mode=4 miimon=100"',
  },
  check(ctx, report) {
    const text = ctx.doc.getText();
    for (const node of ctx.model.file.nodes) {
      if (node.kind === 'blank' || node.kind === 'comment') continue;
      const end = node.kind === 'assignment' ? (node.comment?.start ?? node.range.end) : node.range.end;
      const line = text.slice(node.range.start, end);
      for (const m of line.matchAll(INVISIBLE)) {
        const code = m[0].charCodeAt(0);
        const name = NAMES[code]!;
        const at = node.range.start + m.index!;
        const range = { start: at, end: at + m[0].length };
        // A space for one between quotes; nothing for one that ends the value, or that was never seen as a space.
        const fix = (title: { en: string; zh: string }, newText: string): Fix[] => [{ title, edits: [ctx.replace(range, newText)], safe: true, preferred: true }];
        const fixes =
          code === 0x200b || code === 0xfeff || line.slice(m.index! + m[0].length).trim() === ''
            ? fix(t('Remove it', '删除它'), '')
            : quotedAt(line, m.index!)
              ? fix(t('Write a space', '改为空格'), ' '.repeat(m[0].length))
              : [];
        const hex = code.toString(16).toUpperCase().padStart(4, '0');
        report({
          range: ctx.range(range),
          message: t(`${name.en} (U+${hex}): every reader of the file takes it for part of the text around it.`, `${name.zh}（U+${hex}）：读取该文件的程序都会把它当作周围文本的一部分。`),
          fixes,
        });
      }
    }
  },
};
