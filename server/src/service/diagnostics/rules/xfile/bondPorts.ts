import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { hasSiblings, portsOf } from './related';

const t = (en: string, zh: string) => ({ en, zh });

function anchor(ctx: IfcfgRuleContext) {
  const a = ctx.model.assignment('DEVICE') ?? ctx.model.opts?.assignment ?? ctx.model.assignment('BONDING_MASTER');
  return a ? ctx.range(a.range) : undefined;
}

export const bondWithoutPorts: Rule<IfcfgRuleContext> = {
  code: 'xfile.bond-without-ports',
  target: 'xfile',
  severity: 'warning',
  title: t('Bond with no port files', 'bond 没有端口文件'),
  doc: {
    description: t(
      'No ifcfg file of the folder has `MASTER=<this bond>`: the bond comes up with no ports and passes no traffic. Checked when other ifcfg files of the folder are visible.',
      '该目录中没有任何 ifcfg 文件设置 `MASTER=<该 bond>`：bond 启动后没有端口，不转发任何流量。仅在能看到该目录中其他 ifcfg 文件时检查。',
    ),
    bad: '# ifcfg-bond0 with no ifcfg-* containing MASTER=bond0',
    good: '# ifcfg-eth0 and ifcfg-eth1 with MASTER=bond0 and SLAVE=yes',
  },
  check(ctx, report) {
    const device = ctx.model.device;
    if (ctx.model.role !== 'bond' || !device || !hasSiblings(ctx) || portsOf(ctx, device).length > 0) return;
    const range = anchor(ctx);
    if (range) report({ range, message: t(`No ifcfg file in this folder has MASTER=${device}: the bond has no ports.`, `该目录中没有文件设置 MASTER=${device}：该 bond 没有端口。`) });
  },
};

export const bondSinglePort: Rule<IfcfgRuleContext> = {
  code: 'xfile.bond-single-port',
  target: 'xfile',
  severity: 'info',
  title: t('Bond with a single port', 'bond 只有一个端口'),
  doc: {
    description: t('A bond with one port has no redundancy and no extra bandwidth. Fine while building it up; worth a second look in a finished configuration.', '只有一个端口的 bond 既没有冗余也没有额外带宽。搭建过程中可以接受；在完成的配置中值得再检查一下。'),
    bad: '# only ifcfg-eth0 has MASTER=bond0',
    good: '# ifcfg-eth0 and ifcfg-eth1 have MASTER=bond0',
  },
  check(ctx, report) {
    const device = ctx.model.device;
    if (ctx.model.role !== 'bond' || !device) return;
    const ports = portsOf(ctx, device);
    if (ports.length !== 1) return;
    const range = anchor(ctx);
    const name = ports[0]!.model.device ?? ports[0]!.uri.slice(ports[0]!.uri.lastIndexOf('/') + 1);
    if (range) report({ range, message: t(`${device} has one port (${name}): no redundancy.`, `${device} 只有一个端口（${name}）：没有冗余。`) });
  },
};
