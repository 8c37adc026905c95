import { modeByNumber } from '../../../../knowledge/modes';
import { type BondOption, optionByName, isIneffectiveInMode, isRejectedInMode, nmRefusesProfileInMode, validateOptionValue } from '../../../../knowledge/options';
import type { Text } from '../../../../knowledge/text';
import { type WickedModeRefusal, wickedModeRefusal, wickedSendsInMode } from '../../../../knowledge/wickedModes';
import type { OptionSetting } from '../../../../model/ifcfgModel';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { effectiveMode, isBondFile, nmReadsOpts, removeOption, t } from './util';
import { readByWicked, wickedRejects } from './wicked';

function modeLabel(ctx: IfcfgRuleContext): string {
  const mode = modeByNumber(effectiveMode(ctx))!;
  return ctx.model.mode ? mode.name : `${mode.name} (default)`;
}

/**
 * The check by which wicked's validation refuses this setting in the file's mode, for a SUSE file. Only the last
 * item of a name counts, since wicked validates once all items are read; a value wicked cannot parse is left to
 * opts.invalid-value, which already says that wicked rejects the interface for it.
 */
function wickedRefusal(ctx: IfcfgRuleContext, setting: OptionSetting, option: BondOption): WickedModeRefusal | undefined {
  if (!readByWicked(ctx) || !option.wicked || setting.applied === undefined) return undefined;
  const later = ctx.model.options.slice(ctx.model.options.indexOf(setting) + 1);
  if (later.some((o) => o.token.name === setting.token.name)) return undefined;
  const check = validateOptionValue(option, setting.applied);
  if (!check.ok) return undefined;
  if (check.normalized.kind === 'enum' && option.wicked.names && !option.wicked.names.includes(check.normalized.name)) return undefined;
  const isSet = (name: string) => ctx.model.options.some((o) => o.name === name);
  return wickedModeRefusal(option, effectiveMode(ctx), check.normalized, isSet);
}

function wickedRefusalReason(ctx: IfcfgRuleContext, setting: OptionSetting, refusal: WickedModeRefusal): Text {
  const mode = modeLabel(ctx);
  const name = setting.token.name;
  const item = refusal.accepts ? `${name}=${setting.applied}` : name;
  const what = refusal.withOption ? t(`${item} with ${refusal.withOption}`, `与 ${refusal.withOption} 同时设置的 ${item}`) : t(item, item);
  const a = refusal.accepts;
  const where = !a
    ? t('', '')
    : 'only' in a
      ? t(`, where it accepts only ${a.only}`, `（该模式下只接受 ${a.only}）`)
      : 'atMost' in a
        ? t(`, where it accepts at most ${a.atMost}`, `（该模式下最多接受 ${a.atMost}）`)
        : t(`, where it does not accept ${a.not}`, `（该模式下不接受 ${a.not}）`);
  return t(`wicked refuses ${what.en} in mode ${mode}${where.en}`, `wicked 在 ${mode} 模式下拒绝 ${what.zh}${where.zh}`);
}

export const rejectedInMode: Rule<IfcfgRuleContext> = {
  code: 'opts.rejected-in-mode',
  severity: 'error',
  title: t('Option the kernel refuses in this mode', '内核在该模式下拒绝的选项'),
  doc: {
    description: t(
      'Some options exist only for some modes (their `unsuppmodes` in bond_options.c): lacp_rate, lacp_active, ad_actor_*, ad_user_port_key, actor_port_prio, coupled_control and broadcast_neighbor only in 802.3ad, primary, active_slave and prio only in active-backup/balance-tlb/balance-alb, arp_interval, arp_validate and arp_missed_max not in 802.3ad/tlb/alb, packets_per_slave only in balance-rr, tlb_dynamic_lb only in tlb/alb. The kernel refuses them in other modes: "option X: mode dependency failed". NetworkManager drops most of them, but refuses the whole profile for primary, lacp_active, lacp_rate=fast, arp_missed_max above 0, and arp_interval above 0 in balance-tlb/alb. In SUSE files wicked checks the options against the mode itself before anything reaches the kernel, with rules of its own: outside balance-xor/802.3ad it refuses xmit_hash_policy other than layer2; outside 802.3ad lacp_rate other than slow, ad_select other than stable and min_links above 0; in balance-xor/broadcast/802.3ad resend_igmp above 1; outside active-backup fail_over_mac other than none and num_grat_arp/num_unsol_na above 1; outside active-backup/tlb/alb primary, active_slave and primary_reselect other than always; outside balance-rr packets_per_slave other than 1; outside balance-tlb tlb_dynamic_lb=0; in 802.3ad/tlb/alb arp_interval and arp_ip_target, and with arp_interval also arp_validate and arp_all_targets; with arp_interval outside active-backup arp_validate other than none. For any of these wicked rejects the whole configuration of the interface ("bonding validation" in its log) and does not set the interface up. An option the kernel would refuse but wicked lets through (lacp_rate=slow in active-backup) is not sent to the kernel in that mode, so it is ignored without an error.',
      '部分选项只适用于某些模式（bond_options.c 中的 `unsuppmodes`）：lacp_rate、lacp_active、ad_actor_*、ad_user_port_key、actor_port_prio、coupled_control 和 broadcast_neighbor 仅用于 802.3ad，primary、active_slave 和 prio 仅用于 active-backup/balance-tlb/balance-alb，arp_interval、arp_validate 和 arp_missed_max 不能用于 802.3ad/tlb/alb，packets_per_slave 仅用于 balance-rr，tlb_dynamic_lb 仅用于 tlb/alb。在其他模式下内核会拒绝："option X: mode dependency failed"。NetworkManager 会丢弃其中大部分选项，但对于 primary、lacp_active、lacp_rate=fast、大于 0 的 arp_missed_max，以及 balance-tlb/alb 中大于 0 的 arp_interval，会拒绝整个配置。在 SUSE 文件中，wicked 会在任何设置到达内核之前自行按模式检查选项，规则与内核不同：在 balance-xor/802.3ad 以外拒绝不是 layer2 的 xmit_hash_policy；在 802.3ad 以外拒绝不是 slow 的 lacp_rate、不是 stable 的 ad_select 以及大于 0 的 min_links；在 balance-xor/broadcast/802.3ad 中拒绝大于 1 的 resend_igmp；在 active-backup 以外拒绝不是 none 的 fail_over_mac 以及大于 1 的 num_grat_arp/num_unsol_na；在 active-backup/tlb/alb 以外拒绝 primary、active_slave 以及不是 always 的 primary_reselect；在 balance-rr 以外拒绝不是 1 的 packets_per_slave；在 balance-tlb 以外拒绝 tlb_dynamic_lb=0；在 802.3ad/tlb/alb 中拒绝 arp_interval 和 arp_ip_target，设置了 arp_interval 时还拒绝 arp_validate 和 arp_all_targets；设置了 arp_interval 时在 active-backup 以外拒绝不是 none 的 arp_validate。遇到其中任何一种情况，wicked 都会拒绝该接口的全部配置（日志中为 "bonding validation"），该接口不会被启用。内核会拒绝但 wicked 放行的选项（如 active-backup 中的 lacp_rate=slow）在该模式下不会被发送给内核，因此会被忽略，不会报错。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 lacp_rate=fast"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const mode = effectiveMode(ctx);
    for (const setting of ctx.model.options) {
      const option = optionByName(setting.token.name);
      if (!option) continue;
      const refusal = wickedRefusal(ctx, setting, option);
      if (!refusal && !isRejectedInMode(option, mode)) continue;
      let message: Text;
      if (refusal) message = wickedRejects(ctx, wickedRefusalReason(ctx, setting, refusal));
      // Every option the kernel refuses in a mode and wicked lets through is one of the attributes that
      // `__ni_rtnl_link_put_bond` masks by mode: it is skipped, so the kernel never gets to refuse it.
      else if (readByWicked(ctx) && option.wicked && !wickedSendsInMode(option, mode))
        message = t(
          `wicked does not pass ${setting.token.name} to the kernel in mode ${modeLabel(ctx)}: the setting is ignored.`,
          `wicked 在 ${modeLabel(ctx)} 模式下不会把 ${setting.token.name} 传给内核：该设置会被忽略。`,
        );
      else if (nmReadsOpts(ctx) && nmRefusesProfileInMode(option, mode, setting.applied ?? ''))
        message = t(
          `The kernel refuses ${setting.token.name} in mode ${modeLabel(ctx)} ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.`,
          `内核在 ${modeLabel(ctx)} 模式下拒绝 ${setting.token.name}（"mode dependency failed"）：使用 initscripts 时该设置会丢失，NetworkManager 则会拒绝整个配置。`,
        );
      else
        message = t(
          `The kernel refuses ${setting.token.name} in mode ${modeLabel(ctx)} ("mode dependency failed"): the setting is lost.`,
          `内核在 ${modeLabel(ctx)} 模式下拒绝 ${setting.token.name}（"mode dependency failed"）：该设置会丢失。`,
        );
      report({
        range: ctx.range(setting.token.range),
        message,
        unnecessary: true,
        fixes: [{ title: t(`Remove ${setting.token.text}`, `删除 ${setting.token.text}`), edits: [removeOption(ctx, setting)], safe: true, preferred: true }],
      });
    }
  },
};

export const ineffectiveInMode: Rule<IfcfgRuleContext> = {
  code: 'opts.ineffective-in-mode',
  severity: 'warning',
  title: t('Option that does nothing in this mode', '在该模式下不起作用的选项'),
  doc: {
    description: t(
      'The kernel accepts some options in every mode although only some modes use them (xmit_hash_policy outside balance-xor/802.3ad/tlb/alb, ad_select and min_links outside 802.3ad, fail_over_mac outside active-backup, lp_interval outside tlb/alb…). They do nothing and suggest the mode is not what the author thought. In SUSE files wicked refuses several of them outside their modes unless they keep their default (xmit_hash_policy other than layer2, ad_select other than stable, min_links above 0, fail_over_mac other than none…): opts.rejected-in-mode reports those instead, since the interface is then not set up at all.',
      '有些选项内核在所有模式下都接受，但只有部分模式会用到（xmit_hash_policy 只用于 balance-xor/802.3ad/tlb/alb，ad_select 和 min_links 只用于 802.3ad，fail_over_mac 只用于 active-backup，lp_interval 只用于 tlb/alb……）。它们不起作用，还暗示模式可能与作者的预期不同。在 SUSE 文件中，wicked 会在这些选项的适用模式以外拒绝其中几个非默认的值（不是 layer2 的 xmit_hash_policy、不是 stable 的 ad_select、大于 0 的 min_links、不是 none 的 fail_over_mac……）：这些情况改由 opts.rejected-in-mode 报告，因为该接口根本不会被启用。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 xmit_hash_policy=layer3+4"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const mode = effectiveMode(ctx);
    for (const setting of ctx.model.options) {
      const option = optionByName(setting.token.name);
      if (!option || isRejectedInMode(option, mode) || !isIneffectiveInMode(option, mode) || wickedRefusal(ctx, setting, option)) continue;
      report({
        range: ctx.range(setting.token.range),
        // The name as written: num_grat_arp is num_unsol_na to the kernel, but the reader sees what the file says.
        message: t(`${setting.token.name} does nothing in mode ${modeLabel(ctx)}.`, `${setting.token.name} 在 ${modeLabel(ctx)} 模式下不起作用。`),
        unnecessary: true,
        fixes: [{ title: t(`Remove ${setting.token.text}`, `删除 ${setting.token.text}`), edits: [removeOption(ctx, setting)], safe: true, preferred: true }],
      });
    }
  },
};
