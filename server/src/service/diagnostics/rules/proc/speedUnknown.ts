import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { is8023ad, t } from './util';

/**
 * A down port has no speed by nature; an up port without one has a driver that reports none. In the modes that need
 * speed and duplex, bond_miimon_commit() holds such a port down when its link comes up, but bond_enslave() sets the
 * initial state from the carrier alone, so a port whose link was up as it joined stays up with Unknown.
 */
export const speedUnknown: Rule<ProcRuleContext> = {
  code: 'proc.speed-unknown',
  severity: 'info',
  title: t('Up port reports no speed', 'up 端口未报告速率'),
  doc: {
    description: t(
      'An up port with `Speed: Unknown` has a driver that reports no link speed (virtio, Wi-Fi, some virtual NICs). 802.3ad, balance-tlb and balance-alb need the speed and duplex: when such a port\'s link comes up under the MII monitor, current kernels keep it down (kernel log `failed to get link speed/duplex`; see proc.slave-down). It still shows up there when its link was already up as it joined the bond, which takes the link state as it finds it. While it is up, in 802.3ad its LACP key carries speed code 0, so it may not aggregate; balance-tlb/alb use the speed to share load. Kernels before the February 2026 fix 48dec8d88af9 could also show Unknown for a moment on a working link.',
      '`Speed: Unknown` 的 up 端口其驱动不报告链路速率（virtio、Wi-Fi、部分虚拟网卡）。802.3ad、balance-tlb 和 balance-alb 需要速率和双工：使用 MII 监测时，此类端口的链路 up 后，当前内核会让它保持 down（内核日志 `failed to get link speed/duplex`；见 proc.slave-down）。若端口加入 bond 时链路已经 up，它在这些模式下仍显示 up，因为加入时 bond 按当时的链路状态接收端口。处于 up 期间，在 802.3ad 中其 LACP key 的速率编码为 0，可能无法聚合；balance-tlb/alb 依据速率分配负载。2026 年 2 月的修复 48dec8d88af9 之前的内核，在正常链路上也可能短暂显示 Unknown。',
    ),
    bad: 'MII Status: up\nSpeed: Unknown',
    good: 'MII Status: up\nSpeed: 10000 Mbps',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      if (port.value('slave.speed') !== 'Unknown' || !port.up) continue;
      report({
        range: valueRange(port.field('slave.speed')!),
        message: is8023ad(bond)
          ? t(`${port.name} is up but reports no speed: its LACP key carries speed code 0, so it may not aggregate.`, `${port.name} 为 up 但未报告速率：其 LACP key 的速率编码为 0，可能无法聚合。`)
          : t(`${port.name} is up but reports no speed (its driver gives none).`, `${port.name} 为 up 但未报告速率（驱动未提供）。`),
      });
    }
  },
};
