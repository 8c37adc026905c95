import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isRealMac, majority, t } from './util';

/** Ports of one aggregation must face one LACP system; two systems mean two aggregators, only one of them used. */
export const partnerMismatch: Rule<ProcRuleContext> = {
  code: 'proc.partner-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Ports see different LACP partners', '端口看到的 LACP 对端不同'),
  doc: {
    description: t(
      'Ports of one 802.3ad bond must all face one LACP system. Different partner system MACs mean the ports reach switches that do not present one LACP system (no MLAG / virtual chassis, or a misconfigured one), so they end up in different aggregators. Masked addresses are not compared.',
      '同一 802.3ad bond 的端口必须连接同一个 LACP 系统。对端系统 MAC 不同说明端口连接到了不构成同一 LACP 系统的交换机（未配置或配错 MLAG/虚拟机框），因而进入不同的聚合组。已遮盖的地址不做比较。',
    ),
    bad: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:02',
    good: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:01',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => isRealMac(p.lacpValue('partner.systemMac')));
    const macOf = (p: (typeof ports)[number]) => p.lacpValue('partner.systemMac')!.toLowerCase();
    const common = majority(ports.map(macOf));
    const reference = ports.find((p) => macOf(p) === common);
    for (const port of ports) {
      const mac = macOf(port);
      if (mac === common) continue;
      report({
        range: valueRange(port.lacp('partner.systemMac')!),
        message: t(
          `${port.name} sees partner ${mac}, ${reference!.name} sees ${common}: the ports reach different LACP systems, so they cannot share an aggregator.`,
          `${port.name} 的对端为 ${mac}，${reference!.name} 的对端为 ${common}：端口连接到了不同的 LACP 系统，无法共用一个聚合组。`,
        ),
      });
    }
  },
};
