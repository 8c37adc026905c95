import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { pluralS } from '../../../../knowledge/text';
import { t } from './util';

/** A past failure is history, not a fault now; a count that grows between two dumps is a flapping link. */
export const linkFailures: Rule<ProcRuleContext> = {
  code: 'proc.link-failures',
  severity: 'info',
  title: t('Port has lost its link before', '端口曾经断开链路'),
  doc: {
    description: t(
      '`Link Failure Count` counts how often the bond saw the port\'s link go down since the port joined the bond, or, with ARP monitoring, its ARP probes go unanswered. A growing count means a flapping link: check cable, optics, switch port errors, and with ARP monitoring the targets.',
      '`Link Failure Count` 统计端口加入 bond 以来链路断开的次数，或在 ARP 监测下 ARP 探测未获应答的次数。该数值持续增长说明链路抖动：请检查线缆、光模块和交换机端口错误计数，使用 ARP 监测时还要检查探测目标。',
    ),
    bad: 'Link Failure Count: 17',
    good: 'Link Failure Count: 0',
  },
  check({ bond }, report) {
    const arp = (bond.int('bond.arpInterval') ?? 0) > 0;
    for (const port of bond.ports) {
      const count = port.int('slave.linkFailures');
      if (!count) continue;
      report({
        range: valueRange(port.field('slave.linkFailures')!),
        // bond_ab_arp_commit() and bond_ab_arp_probe() count a port the ARP monitor takes down as a failure too.
        message: arp
          ? t(`${port.name} has been marked down ${count} time${pluralS(count)} since it joined the bond (a lost link, or ARP probes not answered).`, `${port.name} 自加入 bond 以来已被判定为 down ${count} 次（链路断开，或 ARP 探测未获应答）。`)
          : t(`${port.name} has lost its link ${count} time${pluralS(count)} since it joined the bond.`, `${port.name} 自加入 bond 以来已断开链路 ${count} 次。`),
      });
    }
  },
};
