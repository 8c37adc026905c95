import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange } from '../../procContext';
import { is8023ad, t } from './util';

/**
 * Since ≈4.4 bond_procfs.c prints System priority, System MAC address, the active aggregator and the lacp pdu blocks
 * only to readers with CAP_NET_ADMIN. Churn lines date the kernel to that era, so their presence without any of those
 * lines means the dump was read as an ordinary user: not a fault, but half of what LACP checks need is missing.
 */
export const unprivilegedDump: Rule<ProcRuleContext> = {
  code: 'proc.unprivileged-dump',
  severity: 'info',
  title: t('802.3ad dump read without CAP_NET_ADMIN', '802.3ad 输出由无 CAP_NET_ADMIN 的用户读取'),
  doc: {
    description: t(
      'Kernels since ≈4.4 print `System priority`, `System MAC address`, `Active Aggregator Info` (or `bond … has no active aggregator`) and the `details actor/partner lacp pdu` blocks only to a reader with CAP_NET_ADMIN (root). A dump taken as an ordinary user lacks them; that is not an error, but the active aggregator, the keys, the partner and the LACP port states cannot be checked. Read the file as root to see them.',
      '≈4.4 起的内核只向具有 CAP_NET_ADMIN（root）的读取者打印 `System priority`、`System MAC address`、`Active Aggregator Info`（或 `bond … has no active aggregator`）以及 `details actor/partner lacp pdu` 块。普通用户读取的输出没有这些行；这不是错误，但无法检查活动聚合组、key、对端和 LACP 端口状态。请以 root 身份读取该文件。',
    ),
    bad: '$ cat /proc/net/bonding/bond0   (as an ordinary user)',
    good: '$ sudo cat /proc/net/bonding/bond0',
  },
  check({ bond }, report) {
    const heading = bond.syntax.adInfo;
    // Lines grep left out tell nothing.
    if (!is8023ad(bond) || !heading || bond.syntax.filtered) return;
    const privileged = bond.field('ad.systemPriority') || bond.field('ad.systemMac') || bond.syntax.aggregatorHeading || bond.field('ad.noActiveAggregator');
    if (privileged || bond.ports.some((p) => p.syntax.actor || p.syntax.partner)) return;
    if (!bond.ports.some((p) => p.field('slave.actorChurnState'))) return;
    report({
      range: lineRange(heading),
      message: t(
        'Read without CAP_NET_ADMIN: the kernel left out System priority, System MAC address, the active aggregator and the LACP details of every port, so aggregator membership, keys and partners cannot be checked. Read the file as root for the full dump.',
        '读取者没有 CAP_NET_ADMIN：内核省略了 System priority、System MAC address、活动聚合组以及各端口的 LACP 详情，因此无法检查聚合组成员、key 和对端。请以 root 身份读取以获得完整输出。',
      ),
    });
  },
};
