import { ifcfgKey } from '../../../../knowledge/ifcfgKeys';
import { type IfcfgAssignment, type IfcfgProblemCode, type NmEffect, wickedValue } from '../../../../syntax/ifcfg';
import { t, type Text } from '../../../../knowledge/text';
import type { Fix, Rule, RuleCode, RuleDoc, Severity } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';

/** `{key}: <what>; <then>`, the form of most messages here. */
const keyThen = (what: Text, then: Text) => t(`{key}: ${what.en}; ${then.en}`, `{key}：${what.zh}；${then.zh}`);
const NM_EMPTY = t('NetworkManager reads the value as empty.', 'NetworkManager 会把该值读成空值。');
const WICKED_LINE = t('wicked ignores the whole line.', 'wicked 会忽略整行。');
const WICKED_READS = t('wicked reads the value as "{wicked}".', 'wicked 把该值读作 "{wicked}"。');
const UNCLOSED = t('the quote is not closed on this line', '引号未在本行闭合');

/** Characters that keep their meaning inside double quotes and must be escaped when a value is quoted. */
const quoteDouble = (raw: string) => `"${raw.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;

interface SyntaxRuleSpec {
  readonly code: RuleCode;
  readonly problem: IfcfgProblemCode;
  readonly severity: Severity;
  readonly title: Text;
  /** The rule's documentation; the language server's bundles leave it out, as they do every rule's doc. */
  readonly doc: RuleDoc;
  /** Message; `{key}` is the variable name. */
  readonly message: Text;
  /** Messages for a particular NetworkManager reading, when it depends on the quoting. */
  readonly byEffect?: Partial<Record<NmEffect, Text>>;
  /** Message for a problem bash does not have (`bashKeeps`); no reader of a SUSE file has it either. */
  readonly bashKeeps?: Text;
  /** Message for a file NetworkManager reads when it depends on the other lines; `{line}` is a line number. */
  readonly inContext?: (ctx: IfcfgRuleContext, a: IfcfgAssignment) => { readonly message: Text; readonly line: number } | undefined;
  /**
   * Message for a SUSE file, which only wicked reads (no escapes, no expansion); `{wicked}` is the value wicked
   * reads, undefined when it drops the line. Without it, or when it gives undefined, the problem is not one there.
   */
  readonly wicked?: (wickedValue: string | undefined) => Text | undefined;
  readonly fixFor?: (ctx: IfcfgRuleContext, a: IfcfgAssignment) => Fix | undefined;
}

/**
 * The shell-quoting problems of an ifcfg line share one shape: NetworkManager's reader refuses the value (or
 * the line) while initscripts' bash reads something else. One rule per problem, so each can be silenced alone.
 */
function syntaxRule(spec: SyntaxRuleSpec): Rule<IfcfgRuleContext> {
  return {
    code: spec.code,
    severity: spec.severity,
    title: spec.title,
    doc: spec.doc,
    check(ctx, report) {
      for (const a of ctx.model.file.assignments) {
        // One finding per line: the first place the problem shows is enough to fix it (a `$` bash expands first).
        const p = a.problems.find((x) => x.code === spec.problem && !x.bashKeeps) ?? a.problems.find((x) => x.code === spec.problem);
        if (!p) continue;
        // Other tools' keys (Open vSwitch's OVS_EXTRA…) are read by bash on purpose.
        if (ifcfgKey(a.key)?.otherTool) continue;
        const wv = wickedValue(a);
        let message: Text | undefined;
        let line = 0;
        if (ctx.model.dialect === 'suse') {
          message = p.bashKeeps ? undefined : spec.wicked?.(wv);
          if (!message) continue;
        } else {
          const inContext = spec.inContext?.(ctx, a);
          if (inContext) ({ message, line } = inContext);
          // A value NetworkManager refuses for another problem of the line is empty to it, whatever this one does.
          else message = (p.bashKeeps ? spec.bashKeeps : p.nmEffect === 'literal' && a.nmValue === '' ? undefined : spec.byEffect?.[p.nmEffect]) ?? spec.message;
        }
        const fill = (text: string) => text.replace('{key}', a.key).replace('{wicked}', wv ?? '').replace('{line}', String(line));
        const fix = spec.fixFor?.(ctx, a);
        report({
          range: ctx.range(p.code === 'unquoted-whitespace' || p.code === 'unterminated-quote' ? a.rawRange : p.range),
          message: t(fill(message.en), fill(message.zh)),
          fixes: fix ? [fix] : [],
        });
      }
    },
  };
}

export const unquotedValue = syntaxRule({
  code: 'ifcfg.unquoted-value',
  problem: 'unquoted-whitespace',
  severity: 'error',
  title: t('Value with blanks not quoted', '含空白的值未加引号'),
  doc: {
    description: t(
      'A value with blanks must be quoted. NetworkManager reads `BONDING_OPTS=mode=4 miimon=100` as an empty value (badly quoted); initscripts\' bash assigns only `mode=4` and treats the rest as another assignment or a command. wicked (SUSE) reads the value only up to the first blank.',
      '含空白的值必须加引号。NetworkManager 把 `BONDING_OPTS=mode=4 miimon=100` 读作空值（引号错误）；initscripts 的 bash 只赋值 `mode=4`，其余部分被当作另一个赋值或命令。wicked（SUSE）只读取到第一个空白为止。',
    ),
    bad: 'BONDING_OPTS=mode=4 miimon=100',
    good: 'BONDING_OPTS="mode=4 miimon=100"',
  },
  message: t(
    '{key} has blanks but no quotes: NetworkManager reads it as empty, and bash runs the rest as a command (or, when the rest is another assignment, keeps only the first word).',
    '{key} 的值含空白却未加引号：NetworkManager 会读成空值，bash 会把其余部分当作命令执行（若其余部分是另一个赋值，则只保留第一个单词）。',
  ),
  wicked: () => t('{key} has blanks but no quotes: wicked reads the value only up to the first blank, "{wicked}".', '{key} 的值含空白却未加引号：wicked 只读取到第一个空白为止，即 "{wicked}"。'),
  fixFor: (ctx, a) =>
    /["'\\$`]/.test(a.raw) ? undefined : { title: t('Put the value in double quotes', '给值加上双引号'), edits: [ctx.replace(a.rawRange, quoteDouble(a.raw))], safe: true, preferred: true },
});

export const unterminatedQuote = syntaxRule({
  code: 'ifcfg.unterminated-quote',
  problem: 'unterminated-quote',
  severity: 'error',
  title: t('Quote not closed', '引号未闭合'),
  doc: {
    description: t(
      'A quote opened on a line must close on the same line. NetworkManager reads the value as empty; bash keeps reading the following lines into the value. wicked (SUSE) ignores the line when the value begins with the quote that does not close.',
      '一行中打开的引号必须在同一行闭合。NetworkManager 会把该值读成空值；bash 会把后面的行也读进这个值。若值以未闭合的引号开头，wicked（SUSE）会忽略该行。',
    ),
    bad: 'BONDING_OPTS="mode=1 miimon=100',
    good: 'BONDING_OPTS="mode=1 miimon=100"',
  },
  message: keyThen(UNCLOSED, NM_EMPTY),
  wicked: (wv) => keyThen(UNCLOSED, wv === undefined ? WICKED_LINE : WICKED_READS),
});

export const lineContinuation = syntaxRule({
  code: 'ifcfg.line-continuation',
  problem: 'line-continuation',
  severity: 'error',
  title: t('Backslash at the end of the line', '行尾有反斜杠'),
  doc: {
    description: t(
      'ifcfg files have no line continuation: NetworkManager reads a value ending in a backslash as empty, while bash joins the next line. wicked (SUSE) has no continuation either: it keeps the backslash as a character, or ignores the line when the value begins with a quote that does not close. Write the whole value on one line.',
      'ifcfg 文件不支持续行：NetworkManager 把以反斜杠结尾的值读成空值，bash 则会拼接下一行。wicked（SUSE）同样不支持续行：它把反斜杠当作普通字符；若值以未闭合的引号开头，则忽略该行。请把整个值写在一行上。',
    ),
    bad: 'BONDING_OPTS="mode=1 \\\n  miimon=100"',
    good: 'BONDING_OPTS="mode=1 miimon=100"',
  },
  message: keyThen(t('a trailing backslash is not a line continuation here', '行尾反斜杠在这里不是续行'), NM_EMPTY),
  wicked: (wv) =>
    wv === undefined
      ? keyThen(t(`${UNCLOSED.en} (a trailing backslash does not continue it)`, `${UNCLOSED.zh}（行尾反斜杠不会续行）`), WICKED_LINE)
      : keyThen(t('a trailing backslash is not a line continuation', '行尾反斜杠不是续行'), WICKED_READS),
});

export const shellExpansion = syntaxRule({
  code: 'ifcfg.shell-expansion',
  problem: 'unsupported-expansion',
  severity: 'warning',
  title: t('Shell expansion in a value', '值中含 shell 展开'),
  doc: {
    description: t(
      '`$VAR`, `${VAR}`, `$(…)` and backticks are expanded by bash (initscripts) but not by NetworkManager, which reads such a double-quoted value as empty and keeps an unquoted `$VAR` or backtick literally (an unquoted `$(…)` makes the value empty too). A `$` in double quotes that starts no expansion (`\"cost$\"`) is kept by bash but still empties the value for NetworkManager: the fix writes it `\\$`, a `$` to both. wicked (SUSE) does not expand them either: it reads the characters literally. Write the value itself.',
      '`$VAR`、`${VAR}`、`$(…)` 和反引号会被 bash（initscripts）展开，但 NetworkManager 不展开：双引号中的此类值会被读成空值，未加引号的 `$VAR` 或反引号按字面保留（未加引号的 `$(…)` 同样使该值为空）。双引号中不引起展开的 `$`（`\"cost$\"`）会被 bash 保留，但仍使 NetworkManager 把该值读成空值：快速修复将其写成 `\\$`，两者都读作 `$`。wicked（SUSE）同样不展开，按字面读取这些字符。请直接写出值本身。',
    ),
    bad: 'BONDING_OPTS="mode=1 primary=$PRIMARY"',
    good: 'BONDING_OPTS="mode=1 primary=eth0"',
  },
  message: t('{key}: bash expands this but NetworkManager reads the value as empty.', '{key}：bash 会展开它，而 NetworkManager 会把该值读成空值。'),
  byEffect: {
    literal: t('{key}: bash expands this but NetworkManager keeps it as literal text.', '{key}：bash 会展开它，而 NetworkManager 按字面文本保留。'),
  },
  bashKeeps: t('{key}: bash keeps this `$`, but NetworkManager reads a double-quoted value with `$` as empty.', '{key}：bash 保留这个 `$`，而 NetworkManager 把双引号中含 `$` 的值读成空值。'),
  // `\$` is a `$` to both readers; a `$` that bash expands has no value to write in its place.
  fixFor: (ctx, a) => {
    const dollars = a.problems.filter((p) => p.code === 'unsupported-expansion');
    return dollars.every((p) => p.bashKeeps) ? { title: t('Escape the `$`', '转义 `$`'), edits: dollars.map((p) => ctx.replace(p.range, '\\$')), safe: true, preferred: true } : undefined;
  },
  // A line wicked drops is ifcfg.unterminated-quote's finding.
  wicked: (wv) => (wv === undefined ? undefined : t('{key}: wicked does not expand this; it reads the value as "{wicked}".', '{key}：wicked 不会展开它；该值被读作 "{wicked}"。')),
});

export const shellMetachar = syntaxRule({
  code: 'ifcfg.shell-metachar',
  problem: 'unquoted-metachar',
  severity: 'error',
  title: t('Unquoted shell metacharacter', '未加引号的 shell 元字符'),
  doc: {
    description: t(
      'Unquoted `| & ( ) < >` or a `;` followed by more text are pipes, redirections or command separators for bash; NetworkManager reads the value as empty. Quote the value. wicked (SUSE) reads these characters literally, so SUSE files are not checked for them.',
      '未加引号的 `| & ( ) < >`，或后面还有内容的 `;`，对 bash 来说是管道、重定向或命令分隔符；NetworkManager 会把该值读成空值。请给值加引号。wicked（SUSE）按字面读取这些字符，因此不对 SUSE 文件检查此项。',
    ),
    bad: 'NAME=bond0(uplink)',
    good: 'NAME="bond0(uplink)"',
  },
  message: keyThen(t('unquoted shell metacharacter', '含未加引号的 shell 元字符'), NM_EMPTY),
});

export const invalidUtf8 = syntaxRule({
  code: 'ifcfg.invalid-utf8',
  problem: 'invalid-utf8',
  severity: 'error',
  title: t('Value is not UTF-8', '值不是 UTF-8'),
  doc: {
    description: t(
      'A `$\'…\'` value whose escapes produce bytes that are not UTF-8 is read as empty by NetworkManager. wicked (SUSE) does not decode `$\'…\'`, so SUSE files are not checked for this.',
      '`$\'…\'` 中的转义若产生非 UTF-8 字节，NetworkManager 会把该值读成空值。wicked（SUSE）不解码 `$\'…\'`，因此不对 SUSE 文件检查此项。',
    ),
    bad: "NAME=$'\\xff'",
    good: 'NAME=bond0',
  },
  message: keyThen(t('the escapes produce bytes that are not UTF-8', '转义产生了非 UTF-8 字节'), NM_EMPTY),
});

export const exportPrefix = syntaxRule({
  code: 'ifcfg.export',
  problem: 'export-prefix',
  severity: 'error',
  title: t('`export` in an ifcfg file', 'ifcfg 文件中使用了 `export`'),
  doc: {
    description: t(
      'NetworkManager ignores a line written `export KEY=value` ("invalid line ignored"), and so does wicked (SUSE); bash assigns it. Drop `export`.',
      'NetworkManager 会忽略写成 `export KEY=value` 的行（"invalid line ignored"），wicked（SUSE）也会忽略；bash 则会赋值。请去掉 `export`。',
    ),
    bad: 'export BONDING_OPTS="mode=1 miimon=100"',
    good: 'BONDING_OPTS="mode=1 miimon=100"',
  },
  message: t('NetworkManager ignores this line because of `export`: {key} is not set.', 'NetworkManager 会因为 `export` 忽略这一行：{key} 不会被设置。'),
  inContext: (ctx, a) => {
    const read = plainAssignment(ctx, a);
    return read && { message: t('NetworkManager ignores this line because of `export` and reads {key} from line {line}.', 'NetworkManager 会因为 `export` 忽略这一行，并从第 {line} 行读取 {key}。'), line: ctx.range(read.range).start.line + 1 };
  },
  wicked: () => t('wicked ignores this line because of `export`: it is not a NAME=value line.', 'wicked 会因为 `export` 忽略这一行：它不是 NAME=value 形式的行。'),
  // From the start of the line (its range), whatever blanks come before `export`. Safe only when no plain
  // assignment of the key exists: otherwise the reader that skipped this line would take its value instead.
  fixFor: (ctx, a) => ({
    title: t('Remove `export`', '删除 `export`'),
    edits: [ctx.replace({ start: a.range.start, end: a.keyRange.start }, '')],
    safe: !plainAssignment(ctx, a),
    preferred: true,
  }),
});

/** The assignment of the same key that the file's reader takes instead of an `export` line, if any. */
function plainAssignment(ctx: IfcfgRuleContext, a: IfcfgAssignment): IfcfgAssignment | undefined {
  const read = ctx.model.last.byKey.get(a.key);
  return read && read !== a && !read.exported ? read : undefined;
}

export const SHELL_SYNTAX_RULES: readonly Rule<IfcfgRuleContext>[] = [
  unquotedValue,
  unterminatedQuote,
  lineContinuation,
  shellExpansion,
  shellMetachar,
  invalidUtf8,
  exportPrefix,
];
