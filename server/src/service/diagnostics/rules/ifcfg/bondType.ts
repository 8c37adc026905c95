import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const bondType: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.bond-type',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Bond without TYPE=Bond', 'bond 未设置 TYPE=Bond'),
  doc: {
    description: t(
      'A bond\'s file should say `TYPE=Bond`. Without TYPE, NetworkManager reads `BONDING_MASTER=yes` as a bond. With `TYPE=Ethernet`, both NetworkManager and initscripts read the file as a bond only through BONDING_OPTS; NetworkManager refuses a `TYPE=Ethernet` file with `BONDING_MASTER=yes` and no BONDING_OPTS ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"). TYPE=Bond says what the file is to every reader and tool.',
      'bond 的配置文件应写明 `TYPE=Bond`。没有 TYPE 时，NetworkManager 会把 `BONDING_MASTER=yes` 的文件读作 bond。写成 `TYPE=Ethernet` 时，NetworkManager 和 initscripts 都只凭 BONDING_OPTS 把文件读作 bond；`TYPE=Ethernet` 且有 `BONDING_MASTER=yes` 却没有 BONDING_OPTS 的文件会被 NetworkManager 拒绝（"BONDING_MASTER=yes key only allowed in TYPE=bond connections"）。TYPE=Bond 能让所有读取工具和其他工具都明确该文件的类型。',
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
      // NetworkManager's ifcfg-rh reader turns TYPE=Ethernet into a bond through BONDING_OPTS alone.
      const message = model.opts
        ? t(
            `TYPE=${type.value} on a bond: NetworkManager and initscripts read it as a bond only because BONDING_OPTS is set; use TYPE=Bond.`,
            `bond 上写了 TYPE=${type.value}：NetworkManager 和 initscripts 只是因为设置了 BONDING_OPTS 才把它读作 bond；应使用 TYPE=Bond。`,
          )
        : t(
            `TYPE=${type.value} with BONDING_MASTER=yes and no BONDING_OPTS: NetworkManager refuses the file ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"); use TYPE=Bond.`,
            `TYPE=${type.value} 且设置了 BONDING_MASTER=yes，却没有 BONDING_OPTS：NetworkManager 会拒绝该文件（"BONDING_MASTER=yes key only allowed in TYPE=bond connections"）；应使用 TYPE=Bond。`,
          );
      report({
        range: ctx.range(type.rawRange),
        message,
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
