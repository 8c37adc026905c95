import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/** Without miimon or arp_interval nothing marks a port down: traffic keeps going to a dead link. */
export const noLinkMonitoring: Rule<ProcRuleContext> = {
  code: 'proc.no-link-monitoring',
  target: 'proc',
  severity: 'warning',
  title: t('No link monitoring', '未启用链路监控'),
  doc: {
    description: t(
      'With `MII Polling Interval (ms): 0` and no ARP monitoring, the bond never notices a failed link: a dead port keeps receiving traffic, and its `MII Status: up` proves nothing. Set miimon (e.g. 100) or arp_interval with arp_ip_target.',
      '`MII Polling Interval (ms): 0` 且未启用 ARP 监控时，bond 永远发现不了链路故障：失效的端口仍会被分配流量，其 `MII Status: up` 也说明不了什么。请设置 miimon（如 100）或 arp_interval 加 arp_ip_target。',
    ),
    bad: 'MII Polling Interval (ms): 0',
    good: 'MII Polling Interval (ms): 100',
  },
  check({ bond }, report) {
    const line = bond.field('bond.miimon');
    if (!line || bond.int('bond.miimon') !== 0 || (bond.int('bond.arpInterval') ?? 0) > 0) return;
    // A bond with no ports is not carrying traffic yet; what it needs first is ports (proc.bond-down).
    if (bond.ports.length === 0) return;
    report({
      range: valueRange(line),
      message: t(
        'MII monitoring is off (MII Polling Interval 0) and ARP monitoring is not set: the bond does not detect a failed link, and the ports\' MII Status stays up.',
        'MII 监控已关闭（MII Polling Interval 为 0）且未设置 ARP 监控：bond 无法发现链路故障，端口的 MII Status 会一直显示 up。',
      ),
    });
  },
};
