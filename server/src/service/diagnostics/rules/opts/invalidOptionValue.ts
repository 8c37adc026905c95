import { optionByName, validateOptionValue } from '../../../../knowledge/options';
import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, t } from './util';

export const invalidOptionValue: Rule<IfcfgRuleContext> = {
  code: 'opts.invalid-value',
  target: 'ifcfg',
  severity: 'error',
  title: t('Value the kernel refuses', '内核拒绝的取值'),
  doc: {
    description: t(
      'The kernel parses a value as a number when it is all digits, else as an exact, case-sensitive name; numbers must be in range and enum numbers must exist. A refused value leaves the option at its previous value (initscripts logs the error and carries on).',
      '内核把全数字的值当作数字解析，否则当作名称进行精确、区分大小写的匹配；数字必须在范围内，枚举数字必须存在。被拒绝的值会让该选项保持原值（initscripts 记录错误后继续执行）。',
    ),
    bad: 'BONDING_OPTS="mode=Active-Backup lacp_rate=2"',
    good: 'BONDING_OPTS="mode=active-backup"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    for (const { token } of ctx.model.options) {
      const option = optionByName(token.name);
      if (!option || token.value === undefined || token.value === '' || !token.valueRange) continue;
      const check = validateOptionValue(option, token.value);
      if (check.ok) continue;
      const fixes: Fix[] = [];
      // A name in the wrong case is the one mistake with a single right answer.
      const byCase = option.values?.find((v) => v.name.toLowerCase() === token.value!.toLowerCase() && v.name !== token.value);
      if (byCase) fixes.push({ title: t(`Change to "${byCase.name}"`, `改为 "${byCase.name}"`), edits: [ctx.replace(token.valueRange, byCase.name)], safe: true, preferred: true });
      report({
        range: ctx.range(token.valueRange),
        message: t(
          `${option.name}: invalid value "${token.value}"; expected ${check.expected.en}.`,
          `${option.name}：取值 "${token.value}" 无效；应为${check.expected.zh}。`,
        ),
        fixes,
      });
    }
  },
};
