import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { is8023ad, t } from './util';

/** A down port has no speed by nature; an up port without one has a driver that reports none. */
export const speedUnknown: Rule<ProcRuleContext> = {
  code: 'proc.speed-unknown',
  target: 'proc',
  severity: 'info',
  title: t('Up port reports no speed', 'up 端口未报告速率'),
  doc: {
    description: t(
      'An up port with `Speed: Unknown` has a driver that reports no link speed (virtio, Wi-Fi, some virtual NICs). In 802.3ad the speed feeds the LACP key, so such a port gets speed code 0 and may not aggregate; balance-tlb/alb also use the speed to share load. Kernels before the February 2026 fix 48dec8d88af9 could also show Unknown for a moment on a working link.',
      '`Speed: Unknown` 的 up 端口其驱动不报告链路速率（virtio、Wi-Fi、部分虚拟网卡）。在 802.3ad 中速率参与 LACP key 计算，此类端口的速率编码为 0，可能无法聚合；balance-tlb/alb 也依据速率分配负载。2026 年 2 月的修复 48dec8d88af9 之前的内核，在正常链路上也可能短暂显示 Unknown。',
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
