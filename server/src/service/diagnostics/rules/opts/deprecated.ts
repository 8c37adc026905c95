import { optionByName } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, removeOption, t } from './util';

export const deprecatedOption: Rule<IfcfgRuleContext> = {
  code: 'opts.deprecated',
  severity: 'warning',
  title: t('Deprecated option', '已弃用的选项'),
  doc: {
    description: t(
      'use_carrier is obsolete: since 2025 kernels always use the carrier state, accept only use_carrier=1, and refuse 0. Remove it.',
      'use_carrier 已废弃：自 2025 年起内核始终使用载波状态，只接受 use_carrier=1 并拒绝 0。请删除它。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 use_carrier=0"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    for (const setting of ctx.model.options) {
      const option = optionByName(setting.token.name);
      if (!option?.deprecated) continue;
      report({
        range: ctx.range(setting.token.range),
        message: t(`${option.name} is deprecated: ${option.deprecated.en}`, `${option.name} 已弃用：${option.deprecated.zh}`),
        fixes: [{ title: t(`Remove ${setting.token.text}`, `删除 ${setting.token.text}`), edits: [removeOption(ctx, setting)], safe: false }],
      });
    }
  },
};
