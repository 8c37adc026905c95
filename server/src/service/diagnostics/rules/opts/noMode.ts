import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { addOption, t } from './util';

export const noMode: Rule<IfcfgRuleContext> = {
  code: 'opts.no-mode',
  severity: 'info',
  title: t('No mode: the bond runs balance-rr', '未设置模式：bond 使用 balance-rr'),
  doc: {
    description: t(
      'Without `mode=` a bond runs balance-rr (mode 0), the kernel default, which needs the switch ports grouped statically. Most bonds want active-backup or 802.3ad: write the mode down.',
      '未设置 `mode=` 时 bond 使用内核默认的 balance-rr（模式 0），它需要交换机端口静态聚合。多数 bond 需要的是 active-backup 或 802.3ad：请明确写出模式。',
    ),
    bad: 'BONDING_OPTS="miimon=100"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    const { model } = ctx;
    if (model.role !== 'bond' || model.option('mode')) return;
    const opts = model.opts;
    const anchor = opts?.assignment ?? model.assignment('BONDING_MASTER') ?? model.assignment('TYPE') ?? model.assignment('DEVICE');
    if (!anchor) return;
    // First in the list, where people look for it.
    const fixes = ['balance-rr', 'active-backup', '802.3ad']
      .map((mode) => ({ mode, edit: opts?.parsed.tokens.length ? addOption(ctx, `mode=${mode}`, 'first') : undefined }))
      .filter((x) => x.edit)
      .map(({ mode, edit }) => ({
        title: mode === 'balance-rr' ? t('Add mode=balance-rr (the default, written out)', '添加 mode=balance-rr（写明默认值）') : t(`Add mode=${mode}`, `添加 mode=${mode}`),
        edits: [edit!],
        safe: mode === 'balance-rr',
      }));
    report({
      range: ctx.range(opts ? opts.assignment.keyRange : anchor.keyRange),
      message: t('No mode is set: the bond runs balance-rr (mode 0), which needs the switch ports grouped statically.', '未设置模式：bond 使用 balance-rr（模式 0），需要交换机端口静态聚合。'),
      fixes,
    });
  },
};
