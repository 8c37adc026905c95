import { checkTargetList, optionByName } from '../../../../knowledge/options';
import type { OptionSetting } from '../../../../model/ifcfgModel';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, removeOption, t, targetItem } from './util';

export const duplicateOption: Rule<IfcfgRuleContext> = {
  code: 'opts.duplicate-option',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Option set more than once', '选项被重复设置'),
  doc: {
    description: t(
      'Each item is applied in order, so a later setting of the same option (or of its alias, `num_grat_arp` / `num_unsol_na`) replaces the earlier one. Keep one. An address listed twice in one arp_ip_target or ns_ip6_target list is kept once: initscripts skips an address the bond already has, and the kernel refuses a repeated target ("ARP target … is already present"). NetworkManager does not refuse the repeat itself and passes the list over netlink, where the kernel stops at the repeated address, so the addresses after it are not added.',
      '各项按顺序生效，同一选项（或其别名 `num_grat_arp` / `num_unsol_na`）后面的设置会覆盖前面的设置。请只保留一个。同一个 arp_ip_target 或 ns_ip6_target 列表中重复出现的地址只保留一次：initscripts 会跳过 bond 已有的地址，内核也会拒绝重复的目标（"ARP target … is already present"）。NetworkManager 自身不拒绝重复地址，而是通过 netlink 传递整个列表，内核在重复的地址处停止，其后的地址不会被添加。',
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
      if (setting.name === 'arp_ip_target' || setting.name === 'ns_ip6_target') {
        const option = optionByName(setting.name)!;
        const { token, applied } = setting;
        if (applied === undefined || applied === '') continue;
        for (const at of checkTargetList(option, applied).repeated) {
          const items = token.items;
          const item = targetItem(token, at);
          const before = item && items[items.indexOf(item) - 1];
          if (!item || !before) continue;
          const text = applied.slice(at.start, at.end);
          report({
            range: ctx.range(item.range),
            message: t(`${setting.name} lists "${text}" a second time; the kernel keeps each address once.`, `${setting.name} 第二次列出 "${text}"；内核对每个地址只保留一次。`),
            unnecessary: true,
            // the comma before the item goes with it, so the list stays well formed
            fixes: [{ title: t(`Remove the repeated "${text}"`, `删除重复的 "${text}"`), edits: [ctx.replace({ start: before.range.end, end: item.range.end }, '')], safe: true, preferred: true }],
          });
        }
        continue;
      }
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
