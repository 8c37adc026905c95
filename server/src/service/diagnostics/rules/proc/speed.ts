import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { is8023ad, isUp, majority, speedOf, t } from './util';

export const speedMismatch: Rule<ProcRuleContext> = {
  code: 'proc.speed-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Ports run at different speeds', '端口速率不一致'),
  doc: {
    description: t(
      'Up ports of one bond at different speeds spread traffic unevenly; in 802.3ad the speed is part of the LACP key, so ports of different speeds cannot share an aggregator.',
      '同一 bond 中 up 端口速率不同会导致流量分布不均；在 802.3ad 中速率是 LACP 密钥的一部分，不同速率的端口不能在同一聚合组中。',
    ),
    bad: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 10000 Mbps',
    good: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 25000 Mbps',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => isUp(p) && speedOf(p) !== undefined);
    const common = majority(ports.map((p) => speedOf(p)!));
    for (const port of ports) {
      const speed = speedOf(port)!;
      if (speed === common) continue;
      report({
        range: valueRange(port.field('slave.speed')!),
        message: is8023ad(bond)
          ? t(
              `${port.name} runs at ${speed} Mbps, the other ports at ${common} Mbps: its LACP key differs, so it cannot join their aggregator.`,
              `${port.name} 速率为 ${speed} Mbps，其他端口为 ${common} Mbps：其 LACP 密钥不同，无法加入同一聚合组。`,
            )
          : t(`${port.name} runs at ${speed} Mbps, the other ports at ${common} Mbps.`, `${port.name} 速率为 ${speed} Mbps，其他端口为 ${common} Mbps。`),
      });
    }
  },
};

export const halfDuplex: Rule<ProcRuleContext> = {
  code: 'proc.half-duplex',
  target: 'proc',
  severity: 'warning',
  title: t('Port runs half duplex', '端口为半双工'),
  doc: {
    description: t(
      'A half-duplex link is almost always a failed autonegotiation. In 802.3ad a port that is not full duplex is not LACP-enabled and cannot aggregate.',
      '半双工链路几乎都是自动协商失败所致。在 802.3ad 中非全双工端口不启用 LACP，无法参与聚合。',
    ),
    bad: 'Duplex: half',
    good: 'Duplex: full',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      const line = port.field('slave.duplex');
      if (!line || line.valueText !== 'half' || !isUp(port)) continue;
      report({
        range: valueRange(line),
        message: is8023ad(bond)
          ? t(`${port.name} runs half duplex: it cannot take part in LACP aggregation.`, `${port.name} 为半双工：无法参与 LACP 聚合。`)
          : t(`${port.name} runs half duplex: usually a failed autonegotiation.`, `${port.name} 为半双工：通常是自动协商失败。`),
      });
    }
  },
};

export const speedUnknown: Rule<ProcRuleContext> = {
  code: 'proc.speed-unknown',
  target: 'proc',
  severity: 'info',
  title: t('Up port reports no speed', 'up 端口未报告速率'),
  doc: {
    description: t(
      'An up port with `Speed: Unknown` has a driver that reports no link speed (virtio, Wi-Fi, some virtual NICs). In 802.3ad the speed feeds the LACP key, so such a port gets key speed 0 and may not aggregate; balance-tlb/alb also use the speed to share load.',
      '`Speed: Unknown` 的 up 端口其驱动不报告链路速率（virtio、Wi-Fi、部分虚拟网卡）。在 802.3ad 中速率参与 LACP 密钥计算，此类端口的密钥速率为 0，可能无法聚合；balance-tlb/alb 也依据速率分配负载。',
    ),
    bad: 'MII Status: up\nSpeed: Unknown',
    good: 'MII Status: up\nSpeed: 10000 Mbps',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      const line = port.field('slave.speed');
      if (!line || line.valueText !== 'Unknown' || !isUp(port)) continue;
      report({
        range: valueRange(line),
        message: is8023ad(bond)
          ? t(`${port.name} is up but reports no speed: its LACP key carries no speed, so it may not aggregate.`, `${port.name} 为 up 但未报告速率：其 LACP 密钥不含速率，可能无法聚合。`)
          : t(`${port.name} is up but reports no speed (its driver gives none).`, `${port.name} 为 up 但未报告速率（驱动未提供）。`),
      });
    }
  },
};
