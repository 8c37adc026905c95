import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { is8023ad, t } from './util';

/** Half duplex today means failed autonegotiation; in 802.3ad such a port is not LACP-enabled at all. */
export const halfDuplex: Rule<ProcRuleContext> = {
  code: 'proc.half-duplex',
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
      if (port.value('slave.duplex') !== 'half' || !port.up) continue;
      report({
        range: valueRange(port.field('slave.duplex')!),
        message: is8023ad(bond)
          ? t(`${port.name} runs half duplex: it cannot take part in LACP aggregation.`, `${port.name} 为半双工：无法参与 LACP 聚合。`)
          : t(`${port.name} runs half duplex: usually a failed autonegotiation.`, `${port.name} 为半双工：通常是自动协商失败。`),
      });
    }
  },
};
