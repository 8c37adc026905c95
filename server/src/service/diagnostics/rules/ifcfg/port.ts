import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { UUID } from '../../../../model/ifcfgModel';
import { t, yes } from './util';

const ADDRESS_KEY = /^(IPADDR\d*|PREFIX\d*|NETMASK\d*|GATEWAY\d*|IPV6ADDR(_SECONDARIES)?)$/;

export const portHasAddress: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.port-has-address',
  severity: 'warning',
  title: t('Bond port with its own IP configuration', 'bond 端口有自己的 IP 配置'),
  doc: {
    description: t(
      'A bond port carries no IP configuration of its own: addresses belong on the bond. An IPADDR or BOOTPROTO=dhcp on a port is ignored while it is enslaved, or configured on the NIC before it joins, confusing routing.',
      'bond 端口不应有自己的 IP 配置：地址应配置在 bond 上。端口上的 IPADDR 或 BOOTPROTO=dhcp 在其加入 bond 后被忽略，或在加入前被配置到网卡上，扰乱路由。',
    ),
    bad: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=dhcp',
    good: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=none',
  },
  check(ctx, report) {
    const { model } = ctx;
    if (model.role !== 'port') return;
    for (const a of model.last.byKey.values()) {
      const dhcp = a.key === 'BOOTPROTO' && /^(dhcp|bootp)$/i.test(a.value);
      if (!dhcp && !(ADDRESS_KEY.test(a.key) && a.value !== '')) continue;
      report({
        range: ctx.range(a.range),
        message: dhcp
          ? t(`BOOTPROTO=${a.value} on a port of ${model.master ?? 'a bond'}: IP configuration belongs on the bond.`, `${model.master ?? 'bond'} 的端口上设置了 BOOTPROTO=${a.value}：IP 配置应放在 bond 上。`)
          : t(`${a.key} on a port of ${model.master ?? 'a bond'}: addresses belong on the bond.`, `${model.master ?? 'bond'} 的端口上设置了 ${a.key}：地址应配置在 bond 上。`),
        fixes: dhcp ? [{ title: t('Change to BOOTPROTO=none', '改为 BOOTPROTO=none'), edits: [ctx.replace(a.rawRange, 'none')], safe: false, preferred: true }] : [],
      });
    }
  },
};

export const slaveWithoutMaster: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.slave-without-master',
  severity: 'error',
  title: t('SLAVE=yes without MASTER', 'SLAVE=yes 但没有 MASTER'),
  doc: {
    description: t('`SLAVE=yes` says the interface is a bond port, but without `MASTER=<bond>` no reader knows which bond to put it in.', '`SLAVE=yes` 表示该接口是 bond 端口，但没有 `MASTER=<bond>` 时任何工具都不知道要把它加入哪个 bond。'),
    bad: 'DEVICE=eth0\nSLAVE=yes',
    good: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes',
  },
  check(ctx, report) {
    const { model } = ctx;
    const slave = model.assignment('SLAVE');
    // MASTER_UUID names the bond to NetworkManager alone, which does not read a file with NM_CONTROLLED=no.
    if (!slave || !yes(slave.value) || model.master || (model.assignment('MASTER_UUID') && model.rhel?.nmManaged !== false)) return;
    report({ range: ctx.range(slave.range), message: t('SLAVE=yes but no MASTER: the interface joins no bond.', '设置了 SLAVE=yes 但没有 MASTER：该接口不会加入任何 bond。') });
  },
};

export const masterWithoutSlave: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.master-without-slave',
  severity: 'warning',
  title: t('MASTER without SLAVE=yes', '有 MASTER 但没有 SLAVE=yes'),
  doc: {
    description: t(
      'initscripts enslaves an interface only when its file has both `MASTER=<bond>` and `SLAVE=yes`; without SLAVE=yes it brings the interface up on its own. NetworkManager accepts MASTER alone, so the two readers build different networks.',
      'initscripts 只有在文件同时含有 `MASTER=<bond>` 和 `SLAVE=yes` 时才会把接口加入 bond；没有 SLAVE=yes 时会把接口单独启用。NetworkManager 只需 MASTER 即可，因此两种读取方式会得到不同的网络。',
    ),
    bad: 'DEVICE=eth0\nMASTER=bond0',
    good: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes',
  },
  check(ctx, report) {
    const { model } = ctx;
    const master = model.assignment('MASTER');
    if (!master || master.value === '' || model.dialect !== 'redhat' || yes(model.value('SLAVE'))) return;
    const slave = model.assignment('SLAVE');
    report({
      range: ctx.range(master.range),
      message: t(`MASTER=${master.value} without SLAVE=yes: initscripts does not enslave this interface.`, `设置了 MASTER=${master.value} 但没有 SLAVE=yes：initscripts 不会把该接口加入 bond。`),
      fixes: [
        slave
          ? { title: t('Change to SLAVE=yes', '改为 SLAVE=yes'), edits: [ctx.replace(slave.rawRange, 'yes')], safe: true, preferred: true }
          : { title: t('Add SLAVE=yes', '添加 SLAVE=yes'), edits: [ctx.insertLineAfter(master, 'SLAVE=yes')], safe: true, preferred: true },
      ],
    });
  },
};

/**
 * NetworkManager reads MASTER_UUID before MASTER and takes a connection UUID in either (`check_if_bond_slave`);
 * initscripts' ifup-eth enslaves only with SLAVE=yes and MASTER, which it uses as the bond's interface name.
 */
export const masterByUuid: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.master-by-uuid',
  severity: 'warning',
  title: t('Port that names its bond only by connection UUID', '端口只用连接 UUID 指定其 bond'),
  doc: {
    description: t(
      'NetworkManager finds a port\'s bond by `MASTER_UUID`, or by `MASTER`, which may hold the bond connection\'s UUID. initscripts knows neither: it enslaves an interface only when `MASTER` names the bond\'s interface (with `SLAVE=yes`). A port that names its bond only by UUID joins it under NetworkManager and is brought up on its own by `ifup` (initscripts). NetworkManager itself writes both `MASTER_UUID` and `MASTER=<interface>` so that other tools can read the file.',
      'NetworkManager 通过 `MASTER_UUID` 或 `MASTER`（其中也可以是 bond 连接的 UUID）找到端口所属的 bond。initscripts 两者都不认：只有当 `MASTER` 是 bond 的接口名（并且有 `SLAVE=yes`）时它才把接口加入 bond。只用 UUID 指定 bond 的端口，在 NetworkManager 下会加入 bond，而 `ifup`（initscripts）会把它单独启用。NetworkManager 自己写文件时会同时写 `MASTER_UUID` 和 `MASTER=<接口名>`，以便其他工具读取。',
    ),
    bad: 'DEVICE=eth0\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nSLAVE=yes',
    good: 'DEVICE=eth0\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nMASTER=bond0\nSLAVE=yes',
  },
  check(ctx, report) {
    const { model } = ctx;
    if (model.role !== 'port' || model.dialect !== 'redhat') return;
    const nm = model.rhel?.nmManaged;
    const master = model.assignment('MASTER');
    if (master && UUID.test(master.value)) {
      report({
        range: ctx.range(master.range),
        message: t(
          `MASTER=${master.value} is a connection UUID: ${nm ? 'NetworkManager reads it, but ' : ''}initscripts takes it for the bond's interface name, which no interface can have, and enslaves nothing.`,
          `MASTER=${master.value} 是连接 UUID：${nm ? 'NetworkManager 能读取，但 ' : ''}initscripts 把它当作 bond 的接口名，而没有接口能叫这个名字，因此不会加入任何 bond。`,
        ),
      });
      return;
    }
    const uuid = model.assignment('MASTER_UUID');
    // Without NetworkManager (NM_CONTROLLED=no) the port joins no bond: ifcfg.slave-without-master says so.
    if (model.master || !uuid || uuid.value === '' || !nm) return;
    report({
      range: ctx.range(uuid.range),
      message: t(
        'MASTER_UUID without MASTER: NetworkManager puts this interface in the bond, initscripts does not (it reads only MASTER); add MASTER with the bond\'s interface name.',
        '有 MASTER_UUID 但没有 MASTER：NetworkManager 会把该接口加入 bond，initscripts 不会（它只读取 MASTER）；请添加 MASTER 并写上 bond 的接口名。',
      ),
    });
  },
};
