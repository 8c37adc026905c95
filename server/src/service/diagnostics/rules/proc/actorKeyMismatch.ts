import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { majority, t } from './util';

/** Only ports with equal actor keys share an aggregator; a key that differs at equal speed is a duplex or user key. */
export const actorKeyMismatch: Rule<ProcRuleContext> = {
  code: 'proc.actor-key-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Up ports have different actor keys', 'up 端口的本端 key 不同'),
  doc: {
    description: t(
      'The actor key encodes duplex, speed and ad_user_port_key. Ports with different keys cannot join one aggregator, so only some of them carry traffic. Ports whose speeds differ are reported by proc.speed-mismatch instead.',
      '本端 key 编码了双工、速率和 ad_user_port_key。key 不同的端口不能加入同一聚合组，因此只有部分端口承载流量。速率不同的端口改由 proc.speed-mismatch 报告。',
    ),
    bad: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 85',
    good: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 21',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => p.up && p.lacpInt('actor.portKey') !== undefined);
    const common = majority(ports.map((p) => p.lacpInt('actor.portKey')!));
    const reference = ports.find((p) => p.lacpInt('actor.portKey') === common);
    for (const port of ports) {
      const key = port.lacpInt('actor.portKey')!;
      if (key === common) continue;
      // A different speed already explains a different key.
      if (port.speedMbps !== undefined && reference?.speedMbps !== undefined && port.speedMbps !== reference.speedMbps) continue;
      report({
        range: valueRange(port.lacp('actor.portKey')!),
        message: t(
          `${port.name} has actor key ${key}, ${reference!.name} has ${common}: a different duplex or user key (ad_user_port_key) keeps them in different aggregators.`,
          `${port.name} 的本端 key 为 ${key}，${reference!.name} 为 ${common}：双工或用户 key（ad_user_port_key）不同，使它们位于不同的聚合组。`,
        ),
      });
    }
  },
};
