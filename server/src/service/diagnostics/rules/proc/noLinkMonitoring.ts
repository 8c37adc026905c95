import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange, valueRange } from '../../procContext';
import { hasMonitorTargets, t } from './util';

/**
 * Without miimon or arp_interval nothing marks a port down: traffic keeps going to a dead link. An ARP monitor without
 * targets runs but probes nothing, so it judges the ports by traffic that happens to pass.
 */
export const noLinkMonitoring: Rule<ProcRuleContext> = {
  code: 'proc.no-link-monitoring',
  severity: 'warning',
  title: t('No link monitoring', '未启用链路监控'),
  doc: {
    description: t(
      'With `MII Polling Interval (ms): 0` and no ARP monitoring, the bond never notices a failed link and the `MII Status: up` of its ports proves nothing: an active-backup bond keeps sending on an active port whose link failed, and other modes skip a port only while its driver reports no carrier, so a failure that leaves the carrier up goes unnoticed; in 802.3ad only the LACP timeout (3 s fast, 90 s slow) takes a port whose partner fell silent out of use. Set miimon (e.g. 100) or arp_interval with arp_ip_target. An `ARP Polling Interval` with no ARP IP target and no NS IPv6 target is reported too: that ARP monitor sends no probes, so a port counts as up only while other traffic happens to cross it, and a working but quiet link is marked down.',
      '`MII Polling Interval (ms): 0` 且未启用 ARP 监控时，bond 永远发现不了链路故障，端口的 `MII Status: up` 也说明不了什么：active-backup 会继续在链路已故障的活动端口上发送，其他模式只在驱动报告无载波时跳过该端口，因此保持载波的故障无法被发现；在 802.3ad 下只有 LACP 超时（fast 3 秒、slow 90 秒）才会停用对端已无响应的端口。请设置 miimon（如 100）或 arp_interval 加 arp_ip_target。设置了 `ARP Polling Interval` 却既没有 ARP IP 目标也没有 NS IPv6 目标时同样会报告：这样的 ARP 监控不发送探测，端口只有在恰好有其他流量经过时才被视为 up，链路正常但空闲的端口会被标记为 down。',
    ),
    bad: 'MII Polling Interval (ms): 0',
    good: 'MII Polling Interval (ms): 100',
  },
  check({ bond }, report) {
    // A bond with no ports is not carrying traffic yet; what it needs first is ports (proc.bond-down).
    if (bond.ports.length === 0) return;
    const arpInterval = bond.int('bond.arpInterval') ?? 0;
    if (arpInterval > 0) {
      // bond_option_arp_interval_set() accepts an interval without targets (only module parameters reset it to 0).
      // The monitor then sends nothing (bond_arp_send_all(), bond_ns_send_all()), and bond_ab_arp_inspect() and
      // bond_loadbalance_arp_mon() see only the last_rx and trans_start that other traffic leaves, or, with
      // arp_validate, none at all.
      if (hasMonitorTargets(bond) !== false) return;
      const arpLine = bond.field('bond.arpTargets')!;
      const nsLine = bond.field('bond.nsTargets');
      const none = nsLine ? t('no ARP IP target, no NS IPv6 target', '没有 ARP IP 目标，也没有 NS IPv6 目标') : t('no ARP IP target', '没有 ARP IP 目标');
      report({
        range: valueRange(bond.field('bond.arpInterval')!),
        message: t(
          `ARP monitoring runs every ${arpInterval} ms but has no target (${none.en}): it sends no probes, so a port counts as up only while other traffic happens to cross it, and a working but quiet link is marked down.`,
          `ARP 监控每 ${arpInterval} 毫秒运行一次，但没有任何目标（${none.zh}）：它不发送探测，因此端口只有在恰好有其他流量经过时才被视为 up，链路正常但空闲的端口会被标记为 down。`,
        ),
        related: [arpLine, ...(nsLine ? [nsLine] : [])].map((line) => ({ range: lineRange(line), message: t('No target', '没有目标') })),
      });
      return;
    }
    const line = bond.field('bond.miimon');
    if (!line || bond.int('bond.miimon') !== 0) return;
    report({
      range: valueRange(line),
      // ad_rx_machine: a partner that stops sending expires (Synchronization cleared), and the mux stops using the port.
      message:
        bond.mode?.number === 4
          ? t(
              'MII monitoring is off (MII Polling Interval 0): the ports\' MII Status stays up whatever their link, and only the LACP timeout (3 s fast, 90 s slow) takes a port whose partner fell silent out of use.',
              'MII 监控已关闭（MII Polling Interval 为 0）：端口的 MII Status 无论链路如何都显示 up，只有 LACP 超时（fast 3 秒、slow 90 秒）才会停用对端已无响应的端口。',
            )
          : t(
              'MII monitoring is off (MII Polling Interval 0) and ARP monitoring is not set: the bond does not detect a failed link, and the ports\' MII Status stays up.',
              'MII 监控已关闭（MII Polling Interval 为 0）且未设置 ARP 监控：bond 无法发现链路故障，端口的 MII Status 会一直显示 up。',
            ),
    });
  },
};
