import { t } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { wickedRejects } from '../opts/wicked';
import { hasSiblings, portsOf } from './related';


function anchor(ctx: IfcfgRuleContext) {
  const a = ctx.model.assignment('DEVICE') ?? ctx.model.opts?.assignment ?? ctx.model.assignment('BONDING_MASTER');
  return a ? ctx.range(a.range) : undefined;
}

export const bondWithoutPorts: Rule<IfcfgRuleContext> = {
  code: 'xfile.bond-without-ports',
  severity: 'warning',
  title: t('Bond with no port files', 'bond 没有端口文件'),
  doc: {
    description: t(
      'No ifcfg file of the folder has `MASTER=<this bond>`: the bond comes up with no ports and passes no traffic. Checked when other ifcfg files of the folder are visible. A SUSE bond names its ports itself in `BONDING_SLAVE*` variables, and wicked rejects a bond without any ("invalid bonding without BONDING_SLAVEs").',
      '该目录中没有任何 ifcfg 文件设置 `MASTER=<该 bond>`：bond 启动后没有端口，不转发任何流量。仅在能看到该目录中其他 ifcfg 文件时检查。SUSE 的 bond 在自身的 `BONDING_SLAVE*` 变量中列出端口，wicked 拒绝没有任何端口的 bond（"invalid bonding without BONDING_SLAVEs"）。',
    ),
    bad: '# ifcfg-bond0 with no ifcfg-* containing MASTER=bond0',
    good: '# ifcfg-eth0 and ifcfg-eth1 with MASTER=bond0 and SLAVE=yes',
  },
  check(ctx, report) {
    const { model } = ctx;
    const device = model.device;
    if (model.role !== 'bond' || !device) return;
    if (model.dialect === 'suse') {
      // The bond file alone says it: its ports are its own BONDING_SLAVE* variables, not other files.
      const range = anchor(ctx);
      if (model.slaves.length === 0 && range) report({ range, message: wickedRejects(ctx, t('No BONDING_SLAVE variable names a port of this bond', '没有任何 BONDING_SLAVE 变量为该 bond 指定端口')) });
      return;
    }
    if (!hasSiblings(ctx) || portsOf(ctx, device).length > 0) return;
    const range = anchor(ctx);
    if (range) report({ range, message: t(`No ifcfg file in this folder has MASTER=${device}: the bond has no ports.`, `该目录中没有文件设置 MASTER=${device}：该 bond 没有端口。`) });
  },
};

export const bondSinglePort: Rule<IfcfgRuleContext> = {
  code: 'xfile.bond-single-port',
  severity: 'info',
  title: t('Bond with a single port', 'bond 只有一个端口'),
  doc: {
    description: t('A bond with one port has no redundancy and no extra bandwidth. Fine while building it up; worth a second look in a finished configuration.', '只有一个端口的 bond 既没有冗余也没有额外带宽。搭建过程中可以接受；在完成的配置中值得再检查一下。'),
    bad: '# only ifcfg-eth0 has MASTER=bond0 (SUSE: only BONDING_SLAVE0=eth0)',
    good: '# ifcfg-eth0 and ifcfg-eth1 have MASTER=bond0',
  },
  check(ctx, report) {
    const device = ctx.model.device;
    if (ctx.model.role !== 'bond' || !device) return;
    const names = ctx.model.dialect === 'suse' ? ctx.model.slaves : portsOf(ctx, device).map((p) => p.model.device ?? p.uri.slice(p.uri.lastIndexOf('/') + 1));
    if (names.length !== 1) return;
    const range = anchor(ctx);
    const name = names[0]!;
    if (range) report({ range, message: t(`${device} has one port (${name}): no redundancy.`, `${device} 只有一个端口（${name}）：没有冗余。`) });
  },
};
