import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { ZERO_MAC, isUp, majority, t } from './util';

export const actorKeyMismatch: Rule<ProcRuleContext> = {
  code: 'proc.actor-key-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Up ports have different actor keys', 'up 端口的本端密钥不同'),
  doc: {
    description: t(
      'The actor key encodes duplex, speed and ad_user_port_key. Ports with different keys cannot join one aggregator, so only some of them carry traffic.',
      '本端密钥编码了双工、速率和 ad_user_port_key。密钥不同的端口不能加入同一聚合组，因此只有部分端口承载流量。',
    ),
    bad: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 15',
    good: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 21',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => isUp(p) && p.lacpInt('actor.portKey') !== undefined);
    const common = majority(ports.map((p) => p.lacpInt('actor.portKey')!));
    for (const port of ports) {
      const key = port.lacpInt('actor.portKey')!;
      if (key === common) continue;
      report({
        range: valueRange(port.lacp('actor.portKey')!),
        message: t(
          `${port.name} has actor key ${key}, the other ports ${common}: a different speed, duplex or user key keeps it out of their aggregator.`,
          `${port.name} 的本端密钥为 ${key}，其他端口为 ${common}：速率、双工或用户密钥不同，使其无法加入同一聚合组。`,
        ),
      });
    }
  },
};

export const partnerMismatch: Rule<ProcRuleContext> = {
  code: 'proc.partner-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Ports see different LACP partners', '端口看到的 LACP 对端不同'),
  doc: {
    description: t(
      'Ports of one 802.3ad bond must all face one LACP system. Different partner system MACs mean the ports reach different switches that do not form one LACP system (no MLAG / virtual chassis), so they end up in different aggregators.',
      '同一 802.3ad bond 的端口必须连接同一个 LACP 系统。对端系统 MAC 不同说明端口连接到了不构成同一 LACP 系统的不同交换机（未配置 MLAG/虚拟机框），因而进入不同的聚合组。',
    ),
    bad: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:02',
    good: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:01',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => {
      const mac = p.lacp('partner.systemMac')?.valueText;
      return mac !== undefined && !ZERO_MAC.test(mac);
    });
    const macOf = (p: (typeof ports)[number]) => p.lacp('partner.systemMac')!.valueText.toLowerCase();
    const common = majority(ports.map(macOf));
    for (const port of ports) {
      const mac = macOf(port);
      if (mac === common) continue;
      report({
        range: valueRange(port.lacp('partner.systemMac')!),
        message: t(
          `${port.name} sees partner ${mac}, the other ports ${common}: the ports reach different LACP systems (different switches without MLAG).`,
          `${port.name} 的对端为 ${mac}，其他端口为 ${common}：端口连接到了不同的 LACP 系统（不同交换机且未配置 MLAG）。`,
        ),
      });
    }
  },
};
