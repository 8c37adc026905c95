import { optionByName, validateOptionValue } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmReadsOpts, t } from './util';
import { readByWicked } from './wicked';

export const gratArpMismatch: Rule<IfcfgRuleContext> = {
  code: 'opts.num-grat-arp-mismatch',
  severity: 'warning',
  title: t('num_grat_arp and num_unsol_na differ', 'num_grat_arp 与 num_unsol_na 不一致'),
  doc: {
    description: t(
      'num_grat_arp and num_unsol_na are two names for one kernel value (the number of peer notifications after a failover). With different values only the one written last counts under initscripts, and NetworkManager refuses the whole profile.',
      'num_grat_arp 和 num_unsol_na 是内核中同一个值（故障切换后发送对端通告的次数）的两个名字。取值不同时，使用 initscripts 只有最后写入的那个生效，NetworkManager 则会拒绝整个配置。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 num_grat_arp=3 num_unsol_na=1"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100 num_grat_arp=3 num_unsol_na=3"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const tokens = ctx.model.options.filter((o) => o.name === 'num_unsol_na').map((o) => o.token);
    const grat = [...tokens].reverse().find((tk) => tk.name === 'num_grat_arp');
    const na = [...tokens].reverse().find((tk) => tk.name === 'num_unsol_na');
    if (!grat || !na || grat.value === na.value || grat.value === undefined || na.value === undefined) return;
    const [first, last] = grat.range.start < na.range.start ? [grat, na] : [na, grat];
    // A value the kernel refuses (opts.invalid-value) does not win: the earlier one stays in force.
    if (!validateOptionValue(optionByName('num_unsol_na')!, last.value!).ok) return;
    report({
      range: ctx.range(first.range),
      // wicked keeps both and sends num_unsol_na unless the bond already has its value, else num_grat_arp (ifconfig.c).
      message: readByWicked(ctx)
        ? t(
            `${first.text} and ${last.text} set the same kernel value: wicked sends one of them whatever their order (num_unsol_na, unless the bond already has that value); write the same value in both.`,
            `${first.text} 和 ${last.text} 设置的是同一个内核值：wicked 不论顺序只发送其中一个（num_unsol_na，除非 bond 已是该值）；请把两者写成相同的值。`,
          )
        : nmReadsOpts(ctx)
          ? t(
              `${first.text} and ${last.text} set the same kernel value: under initscripts ${last.text} wins, and NetworkManager refuses the profile.`,
              `${first.text} 和 ${last.text} 设置的是同一个内核值：使用 initscripts 时 ${last.text} 生效，NetworkManager 则会拒绝整个配置。`,
            )
          : t(`${first.text} and ${last.text} set the same kernel value: ${last.text} wins.`, `${first.text} 和 ${last.text} 设置的是同一个内核值：${last.text} 生效。`),
      related: readByWicked(ctx) ? [] : [{ range: ctx.range(last.range), message: t('The setting that applies', '生效的设置') }],
      fixes: last.valueRange && first.valueRange
        ? [{ title: t(`Set both to ${last.value}`, `都设为 ${last.value}`), edits: [ctx.replace(first.valueRange, last.value!)], safe: true, preferred: true }]
        : [],
    });
  },
};
