import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t, yes } from './util';

export const bondType: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.bond-type',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Bond without TYPE=Bond', 'bond 未设置 TYPE=Bond'),
  doc: {
    description: t(
      'A bond\'s file should say `TYPE=Bond`. NetworkManager also recognises `BONDING_MASTER=yes`, and initscripts a device with BONDING_OPTS, but a missing or other TYPE (`Ethernet`) makes tools and readers disagree on what the file is.',
      'bond 的配置文件应写明 `TYPE=Bond`。NetworkManager 也认 `BONDING_MASTER=yes`，initscripts 也认带 BONDING_OPTS 的设备，但缺少 TYPE 或写成其他类型（`Ethernet`）会让各工具和读者对文件的理解不一致。',
    ),
    bad: 'DEVICE=bond0\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
    good: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
  },
  check(ctx, report) {
    const { model } = ctx;
    if (model.role !== 'bond' || model.dialect !== 'redhat') return;
    const type = model.assignment('TYPE');
    if (type && /^bond$/i.test(type.value)) return;
    const anchor = model.assignment('BONDING_MASTER') ?? model.opts?.assignment;
    if (!anchor) return;
    if (type) {
      report({
        range: ctx.range(type.rawRange),
        message: t(`TYPE=${type.value} on a bond (${yes(model.value('BONDING_MASTER')) ? 'BONDING_MASTER=yes' : 'BONDING_OPTS'} is set): use TYPE=Bond.`, `bond 上写了 TYPE=${type.value}（已设置 ${yes(model.value('BONDING_MASTER')) ? 'BONDING_MASTER=yes' : 'BONDING_OPTS'}）：应使用 TYPE=Bond。`),
        fixes: [{ title: t('Change to TYPE=Bond', '改为 TYPE=Bond'), edits: [ctx.replace(type.rawRange, 'Bond')], safe: false, preferred: true }],
      });
      return;
    }
    report({
      range: ctx.range(anchor.keyRange),
      message: t('This file configures a bond but has no TYPE=Bond.', '该文件配置的是 bond，但没有 TYPE=Bond。'),
      fixes: [{ title: t('Add TYPE=Bond', '添加 TYPE=Bond'), edits: [ctx.insertLineAfter(anchor, 'TYPE=Bond')], safe: true, preferred: true }],
    });
  },
};
