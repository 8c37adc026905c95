import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const invalidLine: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.invalid-line',
  severity: 'error',
  title: t('Line that is not KEY=value', '不是 KEY=value 形式的行'),
  doc: {
    description: t(
      'An ifcfg file holds only comments and `KEY=value` lines, with no blank before `=` and a key made of letters, digits and `_`. NetworkManager ignores any other line ("invalid line ignored"); initscripts\' bash would run it as a command; wicked (SUSE) skips it without a word.',
      'ifcfg 文件只能包含注释和 `KEY=value` 行，`=` 前不能有空白，键名只能由字母、数字和 `_` 组成。NetworkManager 会忽略其他行（"invalid line ignored"）；initscripts 的 bash 则会把它当作命令执行；wicked（SUSE）会不加提示地跳过它。',
    ),
    bad: 'MASTER = bond0',
    good: 'MASTER=bond0',
  },
  check(ctx, report) {
    // __ni_sysconfig_read() skips a line without a name followed by `=`.
    const suse = ctx.model.dialect === 'suse';
    for (const node of ctx.model.file.nodes) {
      if (node.kind !== 'invalid') continue;
      const fixes: Fix[] = [];
      let message;
      if (node.reason === 'space-before-equals' && node.keyRange) {
        const eq = ctx.doc.getText().indexOf('=', node.keyRange.end);
        let after = eq + 1;
        while (ctx.doc.getText()[after] === ' ' || ctx.doc.getText()[after] === '\t') after++;
        fixes.push({ title: t('Remove the blanks around "="', '删除 "=" 两侧的空白'), edits: [ctx.replace({ start: node.keyRange.end, end: after }, '=')], safe: true, preferred: true });
        message = t(
          `Blank before "=": NetworkManager ignores this line and bash runs "${node.text.trim().split(/\s+/)[0]}" as a command.`,
          `"=" 前有空白：NetworkManager 会忽略这一行，bash 会把 "${node.text.trim().split(/\s+/)[0]}" 当作命令执行。`,
        );
      } else if (node.reason === 'bad-key') {
        message = t('Not a valid variable name (letters, digits and "_" only, not starting with a digit): the line is ignored.', '不是合法的变量名（只能含字母、数字和 "_"，且不能以数字开头）：该行会被忽略。');
      } else {
        message = t('Not a KEY=value assignment or a comment: NetworkManager ignores it and bash would run it as a command.', '既不是 KEY=value 赋值也不是注释：NetworkManager 会忽略它，bash 会把它当作命令执行。');
      }
      report({ range: ctx.range(node.range), message: suse ? t('Not a KEY=value assignment or a comment: wicked skips this line.', '既不是 KEY=value 赋值也不是注释：wicked 会跳过这一行。') : message, fixes });
    }
  },
};
