import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

const STATES: Readonly<Record<string, { en: string; zh: string }>> = {
  down: t('its link is down', '其链路已断开'),
  'going down': t('its link just went down (the down delay is running)', '其链路刚刚断开（正在等待 downdelay）'),
  'going back': t('its link is coming back (the up delay is running)', '其链路正在恢复（正在等待 updelay）'),
};

export const slaveDown: Rule<ProcRuleContext> = {
  code: 'proc.slave-down',
  target: 'proc',
  severity: 'warning',
  title: t('Port link is not up', '端口链路未 up'),
  doc: {
    description: t(
      'A port whose `MII Status` is not `up` carries no traffic; the bond runs with less redundancy or bandwidth. Check the cable, the switch port and the NIC.',
      '`MII Status` 不是 `up` 的端口不承载流量，bond 的冗余或带宽因此减少。请检查线缆、交换机端口和网卡。',
    ),
    bad: 'Slave Interface: eth1\nMII Status: down',
    good: 'Slave Interface: eth1\nMII Status: up',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      const line = port.field('slave.miiStatus');
      if (!line || line.valueText === 'up' || line.valueText === '') continue;
      const why = STATES[line.valueText] ?? t(`its MII status is ${line.valueText}`, `其 MII 状态为 ${line.valueText}`);
      report({
        range: valueRange(line),
        message: t(`${port.name} is not up: ${why.en}.`, `${port.name} 未 up：${why.zh}。`),
      });
    }
  },
};
