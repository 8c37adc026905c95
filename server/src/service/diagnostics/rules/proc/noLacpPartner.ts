import { PORT_STATE } from '../../../../knowledge/lacp';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isZeroMac, t } from './util';

/**
 * A port that receives no LACPDU runs on the default partner record (ad_rx_machine, __record_default): the switch is not
 * speaking LACP, unless the port is not full duplex, which the bond itself runs no LACP on (ad_update_actor_keys).
 */
export const noLacpPartner: Rule<ProcRuleContext> = {
  code: 'proc.no-lacp-partner',
  severity: 'warning',
  title: t('No LACP partner: the switch is not answering LACP', '没有 LACP 对端：交换机未响应 LACP'),
  doc: {
    description: t(
      'A partner system MAC of 00:00:00:00:00:00, or an actor port state with the Defaulted bit (0x40), means no LACPDU is being received on the port: none ever arrived, or they stopped and the partner record timed out to its default. LACP is not configured on that switch port, the port is in no port-channel, the switch stopped sending LACPDUs, or the link is down. A port that is not full duplex (Duplex: half or Unknown) is another cause, on the host: the bond runs LACP on full-duplex ports only, and on any other it sends no LACPDU and ignores those it receives. 802.3ad needs LACP on the switch.',
      '对端系统 MAC 为 00:00:00:00:00:00，或本端端口状态带有 Defaulted 位（0x40），表示该端口没有在收到 LACPDU：要么从未收到，要么 LACPDU 中断后对端记录已超时回落为默认值。交换机端口未配置 LACP、未加入端口聚合组、已停止发送 LACPDU，或链路断开。端口不是全双工（Duplex 为 half 或 Unknown）是主机一侧的另一个原因：bond 只在全双工端口上运行 LACP，在其他端口上既不发送 LACPDU，也忽略收到的 LACPDU。802.3ad 需要交换机运行 LACP。',
    ),
    bad: 'details partner lacp pdu:\n    system priority: 65535\n    system mac address: 00:00:00:00:00:00\n    oper key: 1',
    good: 'details partner lacp pdu:\n    system priority: 32768\n    system mac address: 00:1c:73:aa:bb:cc\n    oper key: 15',
  },
  check({ bond }, report) {
    const aggMac = bond.field('aggregator.partnerMac');
    if (aggMac && isZeroMac(aggMac.valueText)) {
      const id = bond.activeAggregator !== undefined ? ` ${bond.activeAggregator}` : '';
      report({
        range: valueRange(aggMac),
        message: t(
          `The active aggregator${id} has no LACP partner (Partner Mac Address ${aggMac.valueText}): the switch sends no LACPDUs, so its ports run without LACP.`,
          `活动聚合组${id} 没有 LACP 对端（Partner Mac Address 为 ${aggMac.valueText}）：交换机没有发送 LACPDU，其端口在没有 LACP 的情况下运行。`,
        ),
      });
    }
    for (const port of bond.ports) {
      const mac = port.lacpValue('partner.systemMac');
      const state = port.lacpInt('actor.portState');
      const zero = isZeroMac(mac);
      const defaulted = state !== undefined && (state & PORT_STATE.defaulted) !== 0;
      if (!zero && !defaulted) continue;
      const mii = port.value('slave.miiStatus');
      const duplex = port.value('slave.duplex');
      const evidence = zero ? t(`partner MAC ${mac}`, `对端 MAC 为 ${mac}`) : t(`actor port state ${state} has Defaulted set`, `本端端口状态 ${state} 带有 Defaulted 位`);
      report({
        range: valueRange(port.lacp(zero ? 'partner.systemMac' : 'actor.portState')!),
        message:
          mii !== undefined && mii !== 'up'
            ? t(`${port.name}: no LACPDU received (${evidence.en}); its link is ${mii}.`, `${port.name}：未收到 LACPDU（${evidence.zh}）；其链路为 ${mii}。`)
            : duplex !== undefined && duplex !== 'full'
              ? t(
                  `${port.name}: no LACP partner (${evidence.en}): the bond runs no LACP on a port that is not full duplex (Duplex: ${duplex}).`,
                  `${port.name}：没有 LACP 对端（${evidence.zh}）：端口不是全双工（Duplex: ${duplex}），bond 不在其上运行 LACP。`,
                )
              : t(
                `${port.name}: no LACPDU received (${evidence.en}): the switch port does not run LACP, is in no port-channel, or stopped sending LACPDUs.`,
                `${port.name}：未收到 LACPDU（${evidence.zh}）：交换机端口未运行 LACP、未加入端口聚合组，或已停止发送 LACPDU。`,
              ),
      });
    }
  },
};
