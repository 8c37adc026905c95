import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { majority, t } from './util';

/** Mixed speeds split 802.3ad ports into aggregators by key, and elsewhere skew, shrink or cap the bandwidth. */
export const speedMismatch: Rule<ProcRuleContext> = {
  code: 'proc.speed-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Ports run at different speeds', '端口速率不一致'),
  doc: {
    description: t(
      'In 802.3ad the speed is part of the LACP key, so up ports of different speeds cannot share an aggregator. In active-backup the bond runs at the backup\'s speed after a failover. In broadcast every port sends every packet, so a slower port cannot carry its copy of traffic above its speed. In the other modes traffic is spread unevenly.',
      '在 802.3ad 中速率是 LACP key 的一部分，不同速率的 up 端口不能在同一聚合组中。在 active-backup 下故障切换后 bond 以备用端口的速率运行。在 broadcast 下每个端口都发送每个数据包，因此较慢的端口无法承载其流量副本中超过其速率的部分。在其他模式下流量分布不均。',
    ),
    bad: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 10000 Mbps',
    good: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 25000 Mbps',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => p.up && p.speedMbps !== undefined);
    const common = majority(ports.map((p) => p.speedMbps!));
    const reference = ports.find((p) => p.speedMbps === common);
    for (const port of ports) {
      if (port.speedMbps === common) continue;
      const slower = Math.min(port.speedMbps!, common!);
      // Broadcast spreads nothing: every port sends a copy of every packet (bonding.rst), so the slower port is the
      // limit for the copies it carries.
      const tail =
        bond.mode?.number === 4
          ? t(': its LACP key differs, so it cannot join their aggregator', '：其 LACP key 不同，无法加入同一聚合组')
          : bond.mode?.number === 1
            ? t(': the bond runs at that speed while this port is active', '：该端口为活动端口时 bond 以此速率运行')
            : bond.mode?.number === 3
              ? t(
                  `: broadcast sends every packet on every port, so the slower port cannot carry its copy of traffic above ${slower} Mbps`,
                  `：broadcast 模式在每个端口上发送每个数据包，因此较慢的端口无法承载其流量副本中超过 ${slower} Mbps 的部分`,
                )
              : t(': traffic is spread unevenly', '：流量分布不均');
      report({
        range: valueRange(port.field('slave.speed')!),
        message: t(
          `${port.name} runs at ${port.speedMbps} Mbps, ${reference!.name} at ${common} Mbps${tail.en}.`,
          `${port.name} 速率为 ${port.speedMbps} Mbps，${reference!.name} 为 ${common} Mbps${tail.zh}。`,
        ),
      });
    }
  },
};
