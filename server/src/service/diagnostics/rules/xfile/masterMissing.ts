import { t } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { folder } from './related';


export const masterMissing: Rule<IfcfgRuleContext> = {
  code: 'xfile.master-missing',
  severity: 'warning',
  title: t('MASTER names a bond with no ifcfg file', 'MASTER 指向的 bond 没有 ifcfg 文件'),
  doc: {
    description: t(
      'A port\'s `MASTER=` must name a bond configured by an `ifcfg-<bond>` file (DEVICE=<bond>) in the same folder. Otherwise NetworkManager has no bond profile for the port and leaves it unconfigured, and initscripts creates the bond on its own, with the kernel\'s defaults (balance-rr, no link monitoring) and no address, and enslaves the port to it. Checked when other ifcfg files of the folder are visible.',
      '端口的 `MASTER=` 必须指向同一目录中由 `ifcfg-<bond>` 文件（DEVICE=<bond>）配置的 bond。否则 NetworkManager 没有该端口对应的 bond 配置，端口保持未配置；initscripts 则会自行创建该 bond，使用内核默认值（balance-rr、无链路监测）且没有地址，并把端口加入其中。仅在能看到该目录中其他 ifcfg 文件时检查。',
    ),
    bad: '# ifcfg-eth0\nMASTER=bond1\nSLAVE=yes\n# (no ifcfg-bond1 in the folder)',
    good: '# ifcfg-eth0\nMASTER=bond0\nSLAVE=yes\n# ifcfg-bond0 has DEVICE=bond0',
  },
  check(ctx, report) {
    const { model } = ctx;
    const master = model.assignment('MASTER');
    if (model.role !== 'port' || !master || !model.master) return;
    const files = folder(ctx);
    if (!files.hasOthers(ctx.uri) || files.bondsOf(model, ctx.uri).length > 0) return;
    // A folder of many bonds is named in the message only up to a few; beyond that a list helps nobody.
    const bonds = files.allBonds(ctx.uri).map((o) => o.model.device!);
    const shown = bonds.length <= 5 ? bonds : [];
    report({
      range: ctx.range(master.rawRange),
      message: shown.length
        ? t(`No ifcfg file in this folder configures ${model.master} (bonds here: ${shown.join(', ')}).`, `该目录中没有配置 ${model.master} 的 ifcfg 文件（此处的 bond：${shown.join('、')}）。`)
        : t(`No ifcfg file in this folder configures ${model.master}.`, `该目录中没有配置 ${model.master} 的 ifcfg 文件。`),
      fixes: shown.map((b, i) => ({ title: t(`Change to MASTER=${b}`, `改为 MASTER=${b}`), edits: [ctx.replace(master.rawRange, b)], safe: false, preferred: i === 0 && shown.length === 1 })),
    });
  },
};
