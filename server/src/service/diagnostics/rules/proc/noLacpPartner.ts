import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { ZERO_MAC, t } from './util';

const DEFAULTED = 0x40;

/** A port that never received a LACPDU runs on the default partner record: the switch is not speaking LACP. */
export const noLacpPartner: Rule<ProcRuleContext> = {
  code: 'proc.no-lacp-partner',
  target: 'proc',
  severity: 'warning',
  title: t('No LACP partner: the switch is not answering LACP', '没有 LACP 对端：交换机未响应 LACP'),
  doc: {
    description: t(
      'A partner system MAC of 00:00:00:00:00:00, or an actor port state with the Defaulted bit (0x40), means no LACPDU was ever received on the port: LACP is not configured on that switch port, the port is in no port-channel, or the link is down. 802.3ad needs LACP on the switch.',
      '对端系统 MAC 为 00:00:00:00:00:00，或本端端口状态带有 Defaulted 位（0x40），表示该端口从未收到 LACPDU：交换机端口未配置 LACP、未加入端口聚合组，或链路断开。802.3ad 需要交换机运行 LACP。',
    ),
    bad: 'details partner lacp pdu:\n    system priority: 65535\n    system mac address: 00:00:00:00:00:00\n    oper key: 1',
    good: 'details partner lacp pdu:\n    system priority: 32768\n    system mac address: 00:1c:73:aa:bb:cc\n    oper key: 15',
  },
  check({ bond }, report) {
    const aggMac = bond.field('aggregator.partnerMac');
    if (aggMac && ZERO_MAC.test(aggMac.valueText)) {
      report({
        range: valueRange(aggMac),
        message: t(
          'The active aggregator has no partner (Partner Mac Address 00:00:00:00:00:00): the switch sends no LACPDUs. 802.3ad needs LACP configured on the switch ports.',
          '活动聚合组没有对端（Partner Mac Address 为 00:00:00:00:00:00）：交换机没有发送 LACPDU。802.3ad 需要在交换机端口上配置 LACP。',
        ),
      });
    }
    for (const port of bond.ports) {
      const mac = port.lacp('partner.systemMac');
      const state = port.lacpInt('actor.portState');
      const zero = mac !== undefined && ZERO_MAC.test(mac.valueText);
      const defaulted = state !== undefined && (state & DEFAULTED) !== 0;
      if (!zero && !defaulted) continue;
      const down = port.field('slave.miiStatus')?.valueText !== 'up';
      const evidence = zero ? t(`partner MAC ${mac!.valueText}`, `对端 MAC ${mac!.valueText}`) : t(`actor port state ${state} has Defaulted set`, `本端端口状态 ${state} 带有 Defaulted 位`);
      report({
        range: valueRange(zero ? mac! : port.lacp('actor.portState')!),
        message: down
          ? t(
              `${port.name}: no LACPDU received (${evidence.en}); the link is down.`,
              `${port.name}：未收到 LACPDU（${evidence.zh}）；链路已断开。`,
            )
          : t(
              `${port.name}: no LACPDU received (${evidence.en}): the switch port is not running LACP or is in no port-channel. 802.3ad needs LACP on the switch.`,
              `${port.name}：未收到 LACPDU（${evidence.zh}）：交换机端口未运行 LACP 或未加入端口聚合组。802.3ad 需要交换机运行 LACP。`,
            ),
      });
    }
  },
};
