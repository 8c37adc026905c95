import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { abArpMonitor, t } from './util';

/** BOND_LINK_FAIL under the active-backup ARP monitor (bond_ab_arp_inspect): a port tried without reply. */
const ARP_GOING_DOWN = t('it was tried while no port was active and no ARP reply came, so it carries no traffic', '没有活动端口时尝试过它，但未收到 ARP 应答，因此它不承载流量');

const STATES: Readonly<Record<string, { en: string; zh: string }>> = {
  down: t('its link is down, so it carries no traffic', '其链路已断开，因此不承载流量'),
  // BOND_LINK_FAIL: bond_slave_can_tx() wants BOND_LINK_UP, so only active-backup still sends on its active port.
  'going down': t(
    'its link was lost and the down delay is running; it is disabled when the delay ends unless the link returns (only an active-backup bond keeps using its active port until then)',
    '其链路已丢失，downdelay 正在计时；计时结束时若链路仍未恢复，端口将被停用（只有 active-backup 会在此之前继续使用其活动端口）',
  ),
  'going back': t('its link is back, but it carries no traffic yet (the up delay is running, or the ARP monitor is trying it)', '其链路已恢复，但尚不承载流量（updelay 正在计时，或 ARP 监测正在尝试它）'),
  unknown: t('bonding does not know the state of its link', 'bonding 不知道其链路状态'),
};

/**
 * 802.3ad, balance-tlb and balance-alb need each port's speed and duplex (bond_needs_speed_duplex()): when a link comes
 * up and the driver gives neither, bond_miimon_commit() keeps the port down ("failed to get link speed/duplex"), and
 * bond_update_speed_duplex() leaves both Unknown. A port without link usually shows Unknown as well, so the dump cannot
 * tell the two apart and the message names both.
 */
function noSpeedOrDuplex(mode: string): { en: string; zh: string } {
  return t(
    `its link is down, or its link is up but its driver reports no speed or duplex, which ${mode} needs: current kernels then keep the port down (kernel log: "failed to get link speed/duplex"). Either way it carries no traffic`,
    `其链路已断开，或链路已 up 但驱动未报告速率或双工，而 ${mode} 需要它们：此时当前内核会让端口保持 down（内核日志："failed to get link speed/duplex"）。无论哪种情况，它都不承载流量`,
  );
}

/**
 * A port without link carries nothing, or will once its down delay ends: the bond runs with less bandwidth or
 * redundancy than it was built for.
 */
export const slaveDown: Rule<ProcRuleContext> = {
  code: 'proc.slave-down',
  severity: 'warning',
  title: t('Port link is not up', '端口链路未 up'),
  doc: {
    description: t(
      'A port whose `MII Status` is `down` carries no traffic; the bond runs with less redundancy or bandwidth. Usually the port has no link. In 802.3ad, balance-tlb and balance-alb current kernels also keep a port down when its link comes up but its driver reports no speed or duplex (kernel log `failed to get link speed/duplex`); such a port shows `Speed: Unknown` and `Duplex: Unknown`, as a port without link usually does too, so the message names both causes. `going down`: the link was lost and the down delay runs: an active-backup bond keeps using its active port until it ends, other modes stop sending on the port at once; under the active-backup ARP monitor it is a port that was tried and got no reply. `going back`: the link is back but the port carries no traffic yet: with MII monitoring until the up delay ends; under the active-backup ARP monitor it is the port being tried while no port is active. Check the cable, the switch port and the NIC, and whether `ethtool <port>` shows a speed and duplex.',
      '`MII Status` 为 `down` 的端口不承载流量，bond 的冗余或带宽因此减少。通常是端口没有链路。在 802.3ad、balance-tlb 和 balance-alb 中，若端口链路 up 但驱动未报告速率或双工，当前内核也会让它保持 down（内核日志 `failed to get link speed/duplex`）；此类端口显示 `Speed: Unknown` 和 `Duplex: Unknown`，而没有链路的端口通常也如此，因此消息会同时说明两种原因。`going down`：链路已丢失，downdelay 正在计时：active-backup 在计时结束前仍使用其活动端口，其他模式会立即停止在该端口上发送；在 active-backup 的 ARP 监测下，它是被尝试后未收到应答的端口。`going back`：链路已恢复，但端口尚不承载流量：使用 MII 监测时直到 updelay 结束；使用 active-backup 的 ARP 监测时，它是在没有活动端口期间正被尝试的端口。请检查线缆、交换机端口和网卡，以及 `ethtool <端口>` 是否显示速率和双工。',
    ),
    bad: 'Slave Interface: eth1\nMII Status: down',
    good: 'Slave Interface: eth1\nMII Status: up',
  },
  check({ bond }, report) {
    const needsSpeedDuplex = bond.mode !== undefined && [4, 5, 6].includes(bond.mode.number);
    for (const port of bond.ports) {
      const mii = port.value('slave.miiStatus');
      // `up` is fine; a value no kernel prints is proc.unrecognised-line's, not a link state.
      const state = mii === undefined ? undefined : STATES[mii];
      if (!state) continue;
      const unknown = port.value('slave.speed') === 'Unknown' || port.value('slave.duplex') === 'Unknown';
      const why = mii === 'down' && needsSpeedDuplex && unknown ? noSpeedOrDuplex(bond.mode!.name) : mii === 'going down' && abArpMonitor(bond) ? ARP_GOING_DOWN : state;
      report({
        range: valueRange(port.field('slave.miiStatus')!),
        message: t(`${port.name} is not up (MII Status: ${mii}): ${why.en}.`, `${port.name} 未 up（MII Status: ${mii}）：${why.zh}。`),
      });
    }
  },
};
