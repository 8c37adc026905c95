import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

export const noLinkMonitoring: Rule<ProcRuleContext> = {
  code: 'proc.no-link-monitoring',
  target: 'proc',
  severity: 'warning',
  title: t('No link monitoring', '未启用链路监测'),
  doc: {
    description: t(
      'With `MII Polling Interval (ms): 0` and no ARP monitoring, the bond never notices a failed link: a dead port keeps receiving traffic. Set miimon (e.g. 100) or arp_interval with arp_ip_target.',
      '`MII Polling Interval (ms): 0` 且未启用 ARP 监测时，bond 永远发现不了链路故障：失效的端口仍会被分配流量。请设置 miimon（如 100）或 arp_interval 加 arp_ip_target。',
    ),
    bad: 'MII Polling Interval (ms): 0',
    good: 'MII Polling Interval (ms): 100',
  },
  check({ bond }, report) {
    const line = bond.field('bond.miimon');
    if (!line || bond.int('bond.miimon') !== 0 || (bond.int('bond.arpInterval') ?? 0) > 0) return;
    // A bond with no ports is not carrying traffic yet; what it needs first is ports.
    if (bond.ports.length === 0) return;
    report({
      range: valueRange(line),
      message: t(
        'MII monitoring is off (interval 0) and ARP monitoring is not set: the bond will not detect a failed link.',
        'MII 监测已关闭（间隔为 0）且未设置 ARP 监测：bond 无法发现链路故障。',
      ),
    });
  },
};

const DELAYS = [
  { id: 'bond.updelay', name: 'Up Delay' },
  { id: 'bond.downdelay', name: 'Down Delay' },
  { id: 'bond.peerNotifDelay', name: 'Peer Notification Delay' },
] as const;

export const delayNotMultiple: Rule<ProcRuleContext> = {
  code: 'proc.delay-not-multiple',
  target: 'proc',
  severity: 'info',
  title: t('Delay is not a multiple of the MII interval', '延迟不是 MII 间隔的整数倍'),
  doc: {
    description: t(
      'The kernel stores updelay, downdelay and peer_notif_delay as a number of MII polls and prints that number × miimon, so a kernel never prints a delay that is not a multiple of the MII interval. Such a dump was edited, or is not kernel output.',
      '内核以 MII 轮询次数保存 updelay、downdelay 和 peer_notif_delay，并打印该次数 × miimon，因此内核不会打印不是 MII 间隔整数倍的延迟。出现这种值说明 dump 被编辑过，或不是内核输出。',
    ),
    bad: 'MII Polling Interval (ms): 100\nUp Delay (ms): 250',
    good: 'MII Polling Interval (ms): 100\nUp Delay (ms): 200',
  },
  check({ bond }, report) {
    const miimon = bond.int('bond.miimon');
    for (const d of DELAYS) {
      const line = bond.field(d.id);
      const ms = bond.int(d.id);
      if (!line || !ms) continue;
      if (miimon && ms % miimon === 0) continue;
      report({
        range: valueRange(line),
        message: miimon
          ? t(
              `${d.name} ${ms} ms is not a multiple of the MII interval (${miimon} ms); the kernel prints delays as multiples, so this text was edited.`,
              `${d.name} ${ms} 毫秒不是 MII 间隔（${miimon} 毫秒）的整数倍；内核打印的延迟总是整数倍，此文本被编辑过。`,
            )
          : t(
              `${d.name} ${ms} ms with MII monitoring off: the kernel refuses delays while miimon is 0, so this text was edited.`,
              `MII 监测关闭时 ${d.name} 为 ${ms} 毫秒：miimon 为 0 时内核拒绝设置延迟，此文本被编辑过。`,
            ),
      });
    }
  },
};
