import type { Text } from '../../../../knowledge/text';
import type { ProcPortModel } from '../../../../model/procModel';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isRealMac, referencePort, t } from './util';

const macOf = (p: ProcPortModel) => p.lacpValue('partner.systemMac')!.toLowerCase();
const priorityOf = (p: ProcPortModel) => p.lacpInt('partner.systemPriority');
const keyOf = (p: ProcPortModel) => p.lacpInt('partner.operKey');

/**
 * ad_port_selection_logic() in bond_3ad.c puts a port into an aggregator only when the partner system (priority and
 * MAC) and the partner key match the aggregator's, as well as the actor key (proc.actor-key-mismatch). A different MAC
 * is named alone: another system's priority and key say nothing more.
 */
export const partnerMismatch: Rule<ProcRuleContext> = {
  code: 'proc.partner-mismatch',
  severity: 'warning',
  title: t('Ports see different LACP partners', '端口看到的 LACP 对端不同'),
  doc: {
    description: t(
      'Ports of one 802.3ad bond share an aggregator only when they see the same partner system (priority and MAC) and the same partner key. Different partner system MACs mean the ports reach switches that do not present one LACP system (no MLAG / virtual chassis, or a misconfigured one). The same MAC with a different system priority or key means the partner does not aggregate these ports together (on a switch, typically ports in different port-channels). Either way they end up in different aggregators. A port is compared with the ports of the active aggregator, or, when the dump does not show it, with the partner most ports see. Masked addresses are not compared.',
      '同一 802.3ad bond 的端口只有在看到相同的对端系统（优先级和 MAC）和相同的对端 key 时才能共用一个聚合组。对端系统 MAC 不同说明端口连接到了不构成同一 LACP 系统的交换机（未配置或配错 MLAG/虚拟机框）。MAC 相同而系统优先级或 key 不同说明对端没有把这些端口聚合在一起（在交换机上通常是端口位于不同的 port-channel）。两种情况下端口都会进入不同的聚合组。端口与活动聚合组的端口比较；输出未显示活动聚合组时，与多数端口看到的对端比较。已遮盖的地址不做比较。',
    ),
    bad: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:02',
    good: 'Slave Interface: eth0\n...\n    system mac address: 00:1c:73:00:00:01\n...\nSlave Interface: eth1\n...\n    system mac address: 00:1c:73:00:00:01',
  },
  check({ bond }, report) {
    const ports = bond.ports.filter((p) => isRealMac(p.lacpValue('partner.systemMac')));
    const { reference } = referencePort(bond, ports, macOf, priorityOf, keyOf);
    if (!reference) return;
    const common = macOf(reference);
    for (const port of ports) {
      const mac = macOf(port);
      if (mac !== common) {
        report({
          range: valueRange(port.lacp('partner.systemMac')!),
          message: t(
            `${port.name} sees partner ${mac}, ${reference.name} sees ${common}: the ports reach different LACP systems, so they cannot share an aggregator.`,
            `${port.name} 的对端为 ${mac}，${reference.name} 的对端为 ${common}：端口连接到了不同的 LACP 系统，无法共用一个聚合组。`,
          ),
        });
        continue;
      }
      const finding = sameMacFinding(port, reference);
      if (finding) report(finding);
    }
  },
};

/** The partner system priority and key that differ under one partner MAC, on the first line that differs. */
function sameMacFinding(port: ProcPortModel, reference: ProcPortModel) {
  const [prio, refPrio, key, refKey] = [priorityOf(port), priorityOf(reference), keyOf(port), keyOf(reference)];
  const prioDiffers = prio !== undefined && refPrio !== undefined && prio !== refPrio;
  const keyDiffers = key !== undefined && refKey !== undefined && key !== refKey;
  if (!prioDiffers && !keyDiffers) return undefined;
  const [mine, theirs, what]: [Text, Text, Text] =
    prioDiffers && keyDiffers
      ? [t(`system priority ${prio} and key ${key}`, `系统优先级为 ${prio}、key 为 ${key}`), t(`${refPrio} and ${refKey}`, `分别为 ${refPrio}、${refKey}`), t('system priority and key', '系统优先级和 key ')]
      : prioDiffers
        ? [t(`system priority ${prio}`, `系统优先级为 ${prio}`), t(`${refPrio}`, `为 ${refPrio}`), t('system priority', '系统优先级')]
        : [t(`key ${key}`, ` key 为 ${key}`), t(`${refKey}`, `为 ${refKey}`), t('key', ' key ')];
  return {
    range: valueRange(port.lacp(prioDiffers ? 'partner.systemPriority' : 'partner.operKey')!),
    message: t(
      `${port.name} sees partner ${mine.en}, ${reference.name} sees ${theirs.en}: with a different partner ${what.en} they cannot share an aggregator.`,
      `${port.name} 的对端${mine.zh}，${reference.name} 的对端${theirs.zh}：对端${what.zh}不同，无法共用一个聚合组。`,
    ),
  };
}
