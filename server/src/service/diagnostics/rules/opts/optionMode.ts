import { modeByNumber } from '../../../../knowledge/modes';
import { optionByName, isIneffectiveInMode, isRejectedInMode } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { effectiveMode, isBondFile, removeOption, t } from './util';

function modeLabel(ctx: IfcfgRuleContext): string {
  const mode = modeByNumber(effectiveMode(ctx))!;
  return ctx.model.mode ? mode.name : `${mode.name} (default)`;
}

export const rejectedInMode: Rule<IfcfgRuleContext> = {
  code: 'opts.rejected-in-mode',
  target: 'ifcfg',
  severity: 'error',
  title: t('Option the kernel refuses in this mode', '内核在该模式下拒绝的选项'),
  doc: {
    description: t(
      'Some options exist only for some modes (their `unsuppmodes` in bond_options.c): lacp_rate and ad_* only in 802.3ad, primary and active_slave only in active-backup/balance-tlb/balance-alb, arp_* not in 802.3ad/tlb/alb, packets_per_slave only in balance-rr, tlb_dynamic_lb only in tlb/alb. The kernel refuses them in other modes: "option X: mode dependency failed".',
      '部分选项只适用于某些模式（bond_options.c 中的 `unsuppmodes`）：lacp_rate 和 ad_* 仅用于 802.3ad，primary 和 active_slave 仅用于 active-backup/balance-tlb/balance-alb，arp_* 不能用于 802.3ad/tlb/alb，packets_per_slave 仅用于 balance-rr，tlb_dynamic_lb 仅用于 tlb/alb。在其他模式下内核会拒绝："option X: mode dependency failed"。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 lacp_rate=fast"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const mode = effectiveMode(ctx);
    for (const setting of ctx.model.options) {
      const option = optionByName(setting.token.name);
      if (!option || !isRejectedInMode(option, mode)) continue;
      report({
        range: ctx.range(setting.token.range),
        message: t(
          `The kernel refuses ${option.name} in mode ${modeLabel(ctx)} ("mode dependency failed"): the setting is lost.`,
          `内核在 ${modeLabel(ctx)} 模式下拒绝 ${option.name}（"mode dependency failed"）：该设置会丢失。`,
        ),
        unnecessary: true,
        fixes: [{ title: t(`Remove ${setting.token.text}`, `删除 ${setting.token.text}`), edits: [removeOption(ctx, setting)], safe: true, preferred: true }],
      });
    }
  },
};

export const ineffectiveInMode: Rule<IfcfgRuleContext> = {
  code: 'opts.ineffective-in-mode',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Option that does nothing in this mode', '在该模式下不起作用的选项'),
  doc: {
    description: t(
      'The kernel accepts some options in every mode although only some modes use them (xmit_hash_policy outside balance-xor/802.3ad/tlb/alb, ad_select and min_links outside 802.3ad, fail_over_mac outside active-backup, lp_interval outside tlb/alb…). They do nothing and suggest the mode is not what the author thought.',
      '有些选项内核在所有模式下都接受，但只有部分模式会用到（xmit_hash_policy 只用于 balance-xor/802.3ad/tlb/alb，ad_select 和 min_links 只用于 802.3ad，fail_over_mac 只用于 active-backup，lp_interval 只用于 tlb/alb……）。它们不起作用，还暗示模式可能与作者的预期不同。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 xmit_hash_policy=layer3+4"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const mode = effectiveMode(ctx);
    for (const setting of ctx.model.options) {
      const option = optionByName(setting.token.name);
      if (!option || isRejectedInMode(option, mode) || !isIneffectiveInMode(option, mode)) continue;
      report({
        range: ctx.range(setting.token.range),
        message: t(`${option.name} does nothing in mode ${modeLabel(ctx)}.`, `${option.name} 在 ${modeLabel(ctx)} 模式下不起作用。`),
        unnecessary: true,
        fixes: [{ title: t(`Remove ${setting.token.text}`, `删除 ${setting.token.text}`), edits: [removeOption(ctx, setting)], safe: true, preferred: true }],
      });
    }
  },
};
