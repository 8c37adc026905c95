import type { Text } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { balancesBySpeed, referencePort, t } from './util';

/**
 * Mixed speeds keep 802.3ad ports out of the active aggregator, and in the modes that spread traffic without regard to
 * speed they make the slower port the bottleneck. Dynamic balance-tlb/alb weigh each port by its speed, so they are
 * left alone.
 */
export const speedMismatch: Rule<ProcRuleContext> = {
  code: 'proc.speed-mismatch',
  severity: 'warning',
  title: t('Ports run at different speeds', '端口速率不一致'),
  doc: {
    description: t(
      'In 802.3ad the speed is part of the LACP key, so up ports of different speeds cannot share an aggregator: a port whose speed differs from that of the active aggregator\'s ports cannot join it, even when such ports are the majority (ad_select bandwidth or stable may choose one fast port over several slower ones). In active-backup the bond runs at the backup\'s speed after a failover. In broadcast every port sends every packet, so a slower port cannot carry its copy of traffic above its speed. balance-rr and balance-xor spread traffic over the ports without regard to their speed, so the slower port is the first to saturate; so do balance-tlb and balance-alb with tlb_dynamic_lb 0, which the dump shows by a `Transmit Hash Policy` line. Otherwise balance-tlb and balance-alb send in proportion to each port\'s speed (and balance-alb gives the flows it receives to its fastest ports), and mixed speeds are not reported there.',
      '在 802.3ad 中速率是 LACP key 的一部分，不同速率的 up 端口不能在同一聚合组中：速率与活动聚合组端口不同的端口无法加入该聚合组，即使这样的端口占多数（ad_select 为 bandwidth 或 stable 时可能选择一个高速端口而不是多个较慢的端口）。在 active-backup 下故障切换后 bond 以备用端口的速率运行。在 broadcast 下每个端口都发送每个数据包，因此较慢的端口无法承载其流量副本中超过其速率的部分。balance-rr 和 balance-xor 不考虑速率地将流量分配到各端口，因此较慢的端口最先饱和；tlb_dynamic_lb 为 0 的 balance-tlb 和 balance-alb 也是如此，此时输出中有 `Transmit Hash Policy` 行。除此之外，balance-tlb 和 balance-alb 按各端口速率的比例发送（balance-alb 把接收的流交给其最快的端口），因此不报告其中的速率差异。',
    ),
    bad: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 10000 Mbps',
    good: 'Slave Interface: eth0\nSpeed: 25000 Mbps\n...\nSlave Interface: eth1\nSpeed: 25000 Mbps',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => p.up && p.speedMbps !== undefined);
    const mode = bond.mode?.number;
    if (mode === undefined || balancesBySpeed(bond)) return;
    const { reference, activeAggregator } = referencePort(bond, ports, (p) => p.speedMbps);
    if (!reference) return;
    const common = reference.speedMbps!;
    for (const port of ports) {
      if (port.speedMbps === common) continue;
      const slower = Math.min(port.speedMbps!, common);
      report({
        range: valueRange(port.field('slave.speed')!),
        message: t(
          `${port.name} runs at ${port.speedMbps} Mbps, ${reference.name} at ${common} Mbps${tail(mode, slower, activeAggregator).en}.`,
          `${port.name} 速率为 ${port.speedMbps} Mbps，${reference.name} 为 ${common} Mbps${tail(mode, slower, activeAggregator).zh}。`,
        ),
      });
    }
  },
};

function tail(mode: number, slower: number, activeAggregator: boolean): Text {
  switch (mode) {
    case 4:
      return activeAggregator
        ? t(': its LACP key differs, so it cannot join the active aggregator', '：其 LACP key 不同，无法加入活动聚合组')
        : t(': its LACP key differs, so it cannot join their aggregator', '：其 LACP key 不同，无法加入同一聚合组');
    case 1:
      return t(': the bond runs at that speed while this port is active', '：该端口为活动端口时 bond 以此速率运行');
    // Broadcast spreads nothing: every port sends a copy of every packet (bonding.rst), so the slower port is the limit
    // for the copies it carries.
    case 3:
      return t(
        `: broadcast sends every packet on every port, so the slower port cannot carry its copy of traffic above ${slower} Mbps`,
        `：broadcast 模式在每个端口上发送每个数据包，因此较慢的端口无法承载其流量副本中超过 ${slower} Mbps 的部分`,
      );
    // bond_xmit_roundrobin_slave_get() and bond_xmit_hash() pick a port by count or hash, never by speed.
    case 0:
      return saturates(': balance-rr spreads packets evenly over the ports whatever their speed', '：balance-rr 不考虑速率，将数据包平均分配到各端口');
    case 2:
      return saturates(': balance-xor spreads flows over the ports by hash whatever their speed', '：balance-xor 不考虑速率，按哈希将流分配到各端口');
    default:
      return saturates(
        ': with tlb_dynamic_lb 0 (shown by the Transmit Hash Policy line) outgoing flows are spread over the ports by hash whatever their speed',
        '：tlb_dynamic_lb 为 0（见 Transmit Hash Policy 行）时，发送的流不考虑速率、按哈希分配到各端口',
      );
  }
}

const saturates = (en: string, zh: string): Text => t(`${en}, so the slower port is the first to saturate`, `${zh}，因此较慢的端口最先饱和`);
