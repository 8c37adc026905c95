import type { OptionSetting } from '../../../../model/ifcfgModel';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, removeOption, t } from './util';

export const duplicateOption: Rule<IfcfgRuleContext> = {
  code: 'opts.duplicate-option',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Option set more than once', '选项被重复设置'),
  doc: {
    description: t(
      'Each item is applied in order, so a later setting of the same option (or of its alias, `num_grat_arp` / `num_unsol_na`) replaces the earlier one. Keep one.',
      '各项按顺序生效，同一选项（或其别名 `num_grat_arp` / `num_unsol_na`）后面的设置会覆盖前面的设置。请只保留一个。',
    ),
    bad: 'BONDING_OPTS="mode=1 miimon=100 miimon=200"',
    good: 'BONDING_OPTS="mode=1 miimon=200"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const seen = new Map<string, OptionSetting>();
    const settings = ctx.model.options.filter((o) => o.token.name !== '');
    // initscripts adds every arp_ip_target item to the target list instead of replacing it.
    for (const setting of settings) {
      if (setting.name === 'arp_ip_target' || setting.name === 'ns_ip6_target') continue;
      const earlier = seen.get(setting.name);
      seen.set(setting.name, setting);
      if (!earlier) continue;
      report({
        range: ctx.range(earlier.token.range),
        message: t(
          `"${earlier.token.text}" is replaced by the later "${setting.token.text}".`,
          `"${earlier.token.text}" 会被后面的 "${setting.token.text}" 覆盖。`,
        ),
        related: [{ range: ctx.range(setting.token.range), message: t('The setting that applies', '生效的设置') }],
        unnecessary: true,
        fixes: [{ title: t(`Remove "${earlier.token.text}"`, `删除 "${earlier.token.text}"`), edits: [removeOption(ctx, earlier)], safe: true, preferred: true }],
      });
    }
  },
};
