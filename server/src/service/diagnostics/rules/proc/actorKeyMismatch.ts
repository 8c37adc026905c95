import { decodeKey } from '../../../../knowledge/actorKey';
import type { Text } from '../../../../knowledge/text';
import type { ProcBondModel } from '../../../../model/procModel';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { referencePort, t } from './util';

/** The key fields that differ, with both values. Only bit positions are read, and they are the same in every era. */
function differences(key: number, other: number, bond: ProcBondModel): Text[] {
  const era = bond.keyEras[0]!;
  const a = decodeKey(key, era);
  const b = decodeKey(other, era);
  const parts: Text[] = [];
  if (a.speedCode !== b.speedCode) {
    const zero = a.speedCode === 0 || b.speedCode === 0;
    parts.push(t(`speed code (${a.speedCode} against ${b.speedCode}${zero ? '; 0 means no speed' : ''})`, `速率编码（${a.speedCode}，对方为 ${b.speedCode}${zero ? '；0 表示无速率' : ''}）`));
  }
  if (a.fullDuplex !== b.fullDuplex) parts.push(t(`duplex bit (${+a.fullDuplex} against ${+b.fullDuplex})`, `双工位（${+a.fullDuplex}，对方为 ${+b.fullDuplex}）`));
  if (a.userKey !== b.userKey) parts.push(t(`user key, ad_user_port_key (${a.userKey} against ${b.userKey})`, `用户 key，即 ad_user_port_key（${a.userKey}，对方为 ${b.userKey}）`));
  return parts;
}

/**
 * Only ports with equal actor keys share an aggregator. The port blamed is the one whose key differs from that of the
 * active aggregator's ports (referencePort), not from the majority's. The cause named is the key field that differs:
 * speed code, duplex bit or user key. Ports whose printed speeds differ are left to proc.speed-mismatch; a port printing
 * `Speed: Unknown` has speed code 0 and is reported here.
 */
export const actorKeyMismatch: Rule<ProcRuleContext> = {
  code: 'proc.actor-key-mismatch',
  severity: 'warning',
  title: t('Up ports have different actor keys', 'up 端口的本端 key 不同'),
  doc: {
    description: t(
      'The actor key encodes duplex, speed and ad_user_port_key. Ports with different keys cannot join one aggregator, so only some of them carry traffic. A port is compared with the ports of the active aggregator, even when ports with another key are the majority (ad_select may choose the aggregator with fewer ports); when the dump does not show the active aggregator, with the key most ports share. The finding names the field that differs: the speed code (0 when the speed is unknown), the duplex bit or the user key. Ports whose printed speeds differ are reported by proc.speed-mismatch instead.',
      '本端 key 编码了双工、速率和 ad_user_port_key。key 不同的端口不能加入同一聚合组，因此只有部分端口承载流量。端口与活动聚合组的端口比较，即使另一 key 的端口占多数（ad_select 可能选择端口较少的聚合组）；输出未显示活动聚合组时，与多数端口共有的 key 比较。报告会指出不同的字段：速率编码（速率未知时为 0）、双工位或用户 key。打印的速率不同的端口改由 proc.speed-mismatch 报告。',
    ),
    bad: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 85',
    good: 'Slave Interface: eth0\n...\n    port key: 21\n...\nSlave Interface: eth1\n...\n    port key: 21',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => p.up && p.lacpInt('actor.portKey') !== undefined);
    const { reference } = referencePort(bond, ports, (p) => p.lacpInt('actor.portKey'));
    if (!reference) return;
    const common = reference.lacpInt('actor.portKey')!;
    for (const port of ports) {
      const key = port.lacpInt('actor.portKey')!;
      if (key === common) continue;
      // Two printed speeds that differ already explain the key: proc.speed-mismatch reports them.
      if (port.speedMbps !== undefined && reference.speedMbps !== undefined && port.speedMbps !== reference.speedMbps) continue;
      const parts = differences(key, common, bond);
      const listEn = parts.length < 2 ? parts[0]!.en : `${parts.slice(0, -1).map((p) => p.en).join(', ')} and ${parts[parts.length - 1]!.en}`;
      report({
        range: valueRange(port.lacp('actor.portKey')!),
        message: t(
          `${port.name} has actor key ${key}, ${reference.name} has ${common}: a different ${listEn} ${parts.length === 1 ? 'keeps' : 'keep'} them in different aggregators.`,
          `${port.name} 的本端 key 为 ${key}，${reference.name} 为 ${common}：${parts.map((p) => p.zh).join('、')}不同，使它们位于不同的聚合组。`,
        ),
      });
    }
  },
};
