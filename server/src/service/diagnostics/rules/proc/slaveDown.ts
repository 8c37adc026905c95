import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

const STATES: Readonly<Record<string, { en: string; zh: string }>> = {
  down: t('its link is down, so it carries no traffic', '其链路已断开，因此不承载流量'),
  // BOND_LINK_FAIL: the port is still used until the down delay ends.
  'going down': t(
    'its link was lost, but it stays in use until the down delay ends; then it is disabled unless the link returns',
    '其链路已丢失，但在 downdelay 结束前仍在使用；届时若链路仍未恢复，端口将被停用',
  ),
  'going back': t('its link is back, but it carries no traffic yet (the up delay is running, or the ARP monitor is trying it)', '其链路已恢复，但尚不承载流量（updelay 正在计时，或 ARP 监测正在尝试它）'),
  unknown: t('bonding does not know the state of its link', 'bonding 不知道其链路状态'),
};

/**
 * A port without link carries nothing, or will once its down delay ends: the bond runs with less bandwidth or
 * redundancy than it was built for.
 */
export const slaveDown: Rule<ProcRuleContext> = {
  code: 'proc.slave-down',
  target: 'proc',
  severity: 'warning',
  title: t('Port link is not up', '端口链路未 up'),
  doc: {
    description: t(
      'A port whose `MII Status` is `down` has no link and carries no traffic; the bond runs with less redundancy or bandwidth. `going down`: the link was lost and the down delay runs; the port is still used until it ends. `going back`: the link is back but the port carries no traffic yet: with MII monitoring until the up delay ends; under the active-backup ARP monitor it is the port being tried while no port is active. Check the cable, the switch port and the NIC.',
      '`MII Status` 为 `down` 的端口没有链路、不承载流量，bond 的冗余或带宽因此减少。`going down`：链路已丢失，downdelay 正在计时；计时结束前端口仍在使用。`going back`：链路已恢复，但端口尚不承载流量：使用 MII 监测时直到 updelay 结束；使用 active-backup 的 ARP 监测时，它是在没有活动端口期间正被尝试的端口。请检查线缆、交换机端口和网卡。',
    ),
    bad: 'Slave Interface: eth1\nMII Status: down',
    good: 'Slave Interface: eth1\nMII Status: up',
  },
  check({ bond }, report) {
    for (const port of bond.ports) {
      const mii = port.value('slave.miiStatus');
      // `up` is fine; a value no kernel prints is proc.unrecognised-line's, not a link state.
      const why = mii === undefined ? undefined : STATES[mii];
      if (!why) continue;
      report({
        range: valueRange(port.field('slave.miiStatus')!),
        message: t(`${port.name} is not up (MII Status: ${mii}): ${why.en}.`, `${port.name} 未 up（MII Status: ${mii}）：${why.zh}。`),
      });
    }
  },
};
