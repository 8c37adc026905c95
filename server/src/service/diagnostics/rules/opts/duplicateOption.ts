import { checkTargetList, optionByName, validateNmValue, validateOptionValue } from '../../../../knowledge/options';
import type { OptionSetting } from '../../../../model/ifcfgModel';
import type { Finding, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmReadsOpts, removeOption, t, targetIndex } from './util';
import { readByWicked } from './wicked';

export const duplicateOption: Rule<IfcfgRuleContext> = {
  code: 'opts.duplicate-option',
  severity: 'warning',
  title: t('Option set more than once', '选项被重复设置'),
  doc: {
    description: t(
      'Each item is applied in order, so a later setting of the same option replaces the earlier one, unless the kernel refuses its value or NetworkManager drops it: the earlier one then stays in force. Keep one. A second arp_ip_target item is the exception under initscripts, which adds its addresses to those of the first, where NetworkManager and wicked keep the last list only: join the lists. (`num_grat_arp` and `num_unsol_na` are one value: with different values opts.num-grat-arp-mismatch reports them.) An address listed twice in one arp_ip_target or ns_ip6_target list is kept once: initscripts skips an address the bond already has, and the kernel refuses a repeated target ("ARP target … is already present"). NetworkManager does not refuse the repeat itself and sends the whole list over netlink, where the kernel refuses the repeated address and fails the whole request, so the bond is not activated. wicked (SUSE) sends the list as written too.',
      '各项按顺序生效，同一选项后面的设置会覆盖前面的设置；但如果内核拒绝后者的取值或 NetworkManager 丢弃了它，前面的设置仍然有效。请只保留一个。第二个 arp_ip_target 项是例外：initscripts 会把它的地址加到第一个列表的地址之后，而 NetworkManager 和 wicked 只保留最后一个列表，请把两个列表合并。（`num_grat_arp` 与 `num_unsol_na` 是同一个值：取值不同时由 opts.num-grat-arp-mismatch 报告。）同一个 arp_ip_target 或 ns_ip6_target 列表中重复出现的地址只保留一次：initscripts 会跳过 bond 已有的地址，内核也会拒绝重复的目标（"ARP target … is already present"）。NetworkManager 自身不拒绝重复地址，而是通过 netlink 发送整个列表，内核拒绝重复的地址并使整个请求失败，因此该 bond 不会被激活。wicked（SUSE）同样按原样发送该列表。',
    ),
    bad: 'BONDING_OPTS="mode=1 miimon=100 miimon=200"',
    good: 'BONDING_OPTS="mode=1 miimon=200"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const seen = new Map<string, OptionSetting>();
    const settings = ctx.model.options.filter((o) => o.token.name !== '');
    const lists = settings.filter((o) => o.name === 'arp_ip_target' && o.applied);
    for (const earlier of lists.slice(0, -1)) reportTargetLists(ctx, report, earlier, lists[lists.length - 1]!);
    // initscripts adds every arp_ip_target item to the target list instead of replacing it.
    for (const setting of settings) {
      if (setting.name === 'arp_ip_target' || setting.name === 'ns_ip6_target') {
        const option = optionByName(setting.name)!;
        const { token, applied } = setting;
        if (applied === undefined || applied === '') continue;
        const indexOf = targetIndex(token);
        for (const at of checkTargetList(option, applied).repeated) {
          const index = indexOf(at);
          const item = token.items[index];
          const before = token.items[index - 1];
          if (!item || !before) continue;
          const text = applied.slice(at.start, at.end);
          report({
            range: ctx.range(item.range),
            // bond_changelink returns the error of the repeated target; nm-device-bond.c then fails the activation.
            message: nmReadsOpts(ctx)
              ? t(
                  `${setting.name} lists "${text}" a second time: initscripts adds it once; NetworkManager sends the list over netlink, where the kernel refuses the repeat and the whole request fails, so the bond is not activated.`,
                  `${setting.name} 第二次列出 "${text}"：initscripts 只添加一次；NetworkManager 通过 netlink 发送整个列表，内核拒绝重复的地址并使整个请求失败，因此该 bond 不会被激活。`,
                )
              : readByWicked(ctx) && setting.name === 'arp_ip_target'
                ? // ni_bonding_set_option keeps the list as written; __ni_rtnl_link_put_bond_arp_ip_targets sends every item.
                  t(`${setting.name} lists "${text}" a second time: wicked sends it twice over netlink, where the kernel refuses the repeat and the whole request fails.`, `${setting.name} 第二次列出 "${text}"：wicked 通过 netlink 把它发送两次，内核拒绝重复的地址并使整个请求失败。`)
                : t(`${setting.name} lists "${text}" a second time; the kernel keeps each address once.`, `${setting.name} 第二次列出 "${text}"；内核对每个地址只保留一次。`),
            unnecessary: true,
            // the comma before the item goes with it, so the list stays well formed
            fixes: [{ title: t(`Remove the repeated "${text}"`, `删除重复的 "${text}"`), edits: [ctx.replace({ start: before.range.end, end: item.range.end }, '')], safe: true, preferred: true }],
          });
        }
        continue;
      }
      const earlier = seen.get(setting.name);
      // A value refused (opts.invalid-value) or dropped by NetworkManager (opts.nm-refused-value) leaves the earlier
      // one in force: it replaces nothing.
      if (!appliedByEveryReader(ctx, setting)) continue;
      seen.set(setting.name, setting);
      if (!earlier) continue;
      // num_grat_arp and num_unsol_na with different values: only initscripts applies the later one;
      // opts.num-grat-arp-mismatch says what each reader does.
      if (earlier.token.name !== setting.token.name && earlier.token.value !== setting.token.value) continue;
      reportReplaced(ctx, report, earlier, setting);
    }
  },
};

/**
 * Whether every reader of the file takes this setting's value: the kernel (a refused sysfs write changes nothing) and
 * NetworkManager (handle_bond_option skips an item it does not validate).
 */
function appliedByEveryReader(ctx: IfcfgRuleContext, { name, applied }: OptionSetting): boolean {
  const option = optionByName(name);
  if (!option || applied === undefined) return true;
  return validateOptionValue(option, applied).ok && (!option.nm || !nmReadsOpts(ctx) || validateNmValue(option, applied).ok);
}

function reportReplaced(ctx: IfcfgRuleContext, report: (finding: Finding) => void, earlier: OptionSetting, later: OptionSetting): void {
  report({
    range: ctx.range(earlier.token.range),
    message: t(`"${earlier.token.text}" is replaced by the later "${later.token.text}".`, `"${earlier.token.text}" 会被后面的 "${later.token.text}" 覆盖。`),
    related: [{ range: ctx.range(later.token.range), message: t('The setting that applies', '生效的设置') }],
    unnecessary: true,
    fixes: [{ title: t(`Remove "${earlier.token.text}"`, `删除 "${earlier.token.text}"`), edits: [removeOption(ctx, earlier)], safe: true, preferred: true }],
  });
}

/**
 * A second arp_ip_target item: initscripts adds its addresses to those of the first (install_bonding_driver writes
 * `+address` for each), while NetworkManager (nm_setting_bond_add_option) and wicked (ni_bonding_set_option) keep the
 * last list only. A bond only initscripts makes gets both lists, as written.
 */
function reportTargetLists(ctx: IfcfgRuleContext, report: (finding: Finding) => void, earlier: OptionSetting, later: OptionSetting): void {
  if (readByWicked(ctx)) return reportReplaced(ctx, report, earlier, later);
  if (!nmReadsOpts(ctx)) return;
  const first = earlier.applied!.split(',');
  const joined = [...first, ...later.applied!.split(',').filter((a) => !first.includes(a))].join(',');
  // One edit from the earlier item to the later value: the earlier item goes with the blank after it, what lies
  // between them stays as written. A `+` item would be written differently once joined (opts.invalid-value reports
  // `+` lists): no fix then.
  const tokens = ctx.model.opts!.parsed.tokens;
  const next = tokens[tokens.indexOf(earlier.token) + 1]!;
  const value = later.token.valueRange;
  const join = value && !joined.includes('+') ? [ctx.replace({ start: earlier.token.range.start, end: value.end }, ctx.doc.getText().slice(next.range.start, value.start) + joined)] : undefined;
  report({
    range: ctx.range(earlier.token.range),
    message: t(
      `"${earlier.token.text}" is followed by another arp_ip_target: initscripts adds the addresses of both, NetworkManager keeps only the last list (${later.applied}).`,
      `"${earlier.token.text}" 之后还有一个 arp_ip_target：initscripts 会添加两者的全部地址，NetworkManager 只保留最后一个列表（${later.applied}）。`,
    ),
    related: [{ range: ctx.range(later.token.range), message: t('The list NetworkManager keeps', 'NetworkManager 保留的列表') }],
    fixes: join ? [{ title: t('Join the two lists', '合并两个列表'), edits: join, safe: false, preferred: true }] : [],
  });
}
