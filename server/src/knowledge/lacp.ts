import { t, type Text } from './text';

// source: shared/reference/procfs-lines.md §3 (bond_3ad.c / bond_3ad.h / include/uapi/linux/if_bonding.h, mainline and
// multipath-tcp/mptcp_net-next 2a51260c90e8 / 6597c99904af); the AD_STATE_* and timer values were re-read in
// halfline/rhel7 drivers/net/bonding/bond_3ad.c 009109f0be35 and Huawei-Dev/android_kernel_huawei_kirin980 369ce9b14b20
// (same values in every era).

// ---------------------------------------------------------------------------------------------------------------
// Port state (`port state: <n>`, printed in decimal)
// ---------------------------------------------------------------------------------------------------------------

export interface PortStateBit {
  readonly mask: number;
  /** IEEE 802.1AX / 802.3ad name of the bit. */
  readonly name: string;
  /** Compact tag used in inlay hints and annotations. */
  readonly short: string;
  readonly set: Text;
  readonly clear: Text;
}

export const PORT_STATE_BITS: readonly PortStateBit[] = [
  {
    mask: 0x01,
    name: 'LACP_Activity',
    short: 'ACT',
    set: t('Active: sends LACPDUs on its own.', '主动：自行发送 LACPDU。'),
    clear: t('Passive: does not start LACP; it only answers an active partner.', '被动：不主动发起 LACP，只响应主动的对端。'),
  },
  {
    mask: 0x02,
    name: 'LACP_Timeout',
    short: 'FAST',
    set: t(
      'Short timeout (fast): wants a LACPDU every 1 s and lets the other end\'s information expire after 3 s without one.',
      '短超时（fast）：要求每 1 秒收到一个 LACPDU，3 秒收不到即让另一端的信息过期。',
    ),
    clear: t(
      'Long timeout (slow): wants a LACPDU every 30 s and lets the other end\'s information expire after 90 s without one.',
      '长超时（slow）：要求每 30 秒收到一个 LACPDU，90 秒收不到即让另一端的信息过期。',
    ),
  },
  {
    mask: 0x04,
    name: 'Aggregation',
    short: 'AGG',
    set: t('Aggregatable: may be aggregated with other ports.', '可聚合：可以与其他端口聚合。'),
    clear: t('Individual: can only be used on its own.', '独立：只能单独使用。'),
  },
  {
    mask: 0x08,
    name: 'Synchronization',
    short: 'SYNC',
    set: t('In sync: attached to the aggregator that matches the other end.', '已同步：已加入与另一端匹配的聚合组。'),
    clear: t(
      'Not in sync: not attached to an aggregator in use (Linux also clears it on the ports of an aggregator that is not the active one).',
      '未同步：没有加入正在使用的聚合组（Linux 也会清除非活动聚合组端口的此位）。',
    ),
  },
  {
    mask: 0x10,
    name: 'Collecting',
    short: 'COL',
    set: t('Collecting: accepts the frames received on the link.', '收集中：接受该链路上收到的帧。'),
    clear: t('Not collecting: drops the frames received on the link.', '未收集：丢弃该链路上收到的帧。'),
  },
  {
    mask: 0x20,
    name: 'Distributing',
    short: 'DIST',
    set: t('Distributing: sends frames on the link.', '分发中：在该链路上发送帧。'),
    clear: t('Not distributing: sends no frames on the link.', '未分发：不在该链路上发送帧。'),
  },
  {
    mask: 0x40,
    name: 'Defaulted',
    short: 'DEF',
    set: t(
      'Defaulted: no LACPDU has been received (or the last one expired), so the other end\'s record is the built-in default.',
      '默认：未收到 LACPDU（或最后一个已过期），另一端的记录为内置默认值。',
    ),
    clear: t('Not defaulted: the other end\'s record comes from a received LACPDU.', '非默认：另一端的记录来自收到的 LACPDU。'),
  },
  {
    mask: 0x80,
    name: 'Expired',
    short: 'EXP',
    set: t(
      'Expired: no LACPDU arrived within the timeout; after one more short timeout the record falls back to the default.',
      '已过期：超时时间内没有收到 LACPDU；再过一个短超时后记录将回落为默认值。',
    ),
    clear: t('Not expired: LACPDUs arrive in time.', '未过期：LACPDU 按时到达。'),
  },
];

// ad_rx_machine clears Expired in every state that installs the default record (INITIALIZE, LACP_DISABLED, DEFAULTED
// via __record_default), so with Defaulted set a clear Expired bit says nothing about LACPDUs arriving.
/** Meaning of a clear Expired bit in a state that has Defaulted set. */
export const EXPIRED_CLEAR_DEFAULTED_TEXT = t(
  'Not expired: the record is the built-in default (Defaulted), and the kernel clears Expired whenever it installs the default; it does not mean LACPDUs arrive.',
  '未过期：记录为内置默认值（Defaulted），内核每次装入默认值时都会清除 Expired；这并不表示 LACPDU 按时到达。',
);

// A port whose link comes up goes PORT_DISABLED → EXPIRED with the default record that INITIALIZE installed; the
// current_while timer (short timeout) then moves it to DEFAULTED, which clears Expired again.
/** Meaning of a set Expired bit in a state that also has Defaulted set. */
export const EXPIRED_SET_DEFAULTED_TEXT = t(
  'Expired: no LACPDU has arrived since the port was enabled, and the record is already the default; if none arrives within a short timeout (3 s), the receive machine settles in the default state and clears Expired.',
  '已过期：端口启用以来没有收到 LACPDU，记录已是默认值；若在一个短超时（3 秒）内仍未收到，接收状态机进入默认状态并清除 Expired。',
);

// ad_rx_machine AD_RX_EXPIRED writes LACP_Timeout into partner_oper.port_state itself (IEEE 802.1AX-2014 fig. 6-18),
// and before 0599640a21e9 it wrote LACP_Activity there too (procfs-lines §3.5).
/** A partner bit this bond's kernel set itself when the port's receive machine expired. */
const forcedOn = (bit: Text, when: Text, unknown: Text): Text => t(
  `${bit.en}, forced on here by this bond's kernel when the port's receive machine expired (${when.en}): whether the partner ${unknown.en} cannot be told.`,
  `${bit.zh}：由本 bond 的内核在该端口接收状态机过期时在此强制置位（${when.zh}）：无法判断对端是否${unknown.zh}。`,
);

/** Partner's LACP_Timeout bit while this port's state has Expired set. */
export const PARTNER_TIMEOUT_EXPIRED_TEXT: Text = forcedOn(
  t('Short timeout', '短超时'),
  t('Expired in the actor state', '本端状态中的 Expired'),
  t('asked for it', '要求短超时'),
);

/** Partner's Synchronization bit, clear while this port's state has Expired set (ad_rx_machine AD_RX_EXPIRED clears it). */
export const PARTNER_SYNC_EXPIRED_TEXT = t(
  "Not in sync, cleared here by this bond's kernel when the port's receive machine expired (Expired in the actor state).",
  '未同步：由本 bond 的内核在该端口接收状态机过期时（本端状态中的 Expired）在此清除。',
);

/** Partner's LACP_Activity bit while Expired is set, on a kernel before 0599640a21e9. */
export const PARTNER_ACTIVITY_EXPIRED_TEXT: Text = forcedOn(
  t('Active', '主动'),
  t('kernels before the 2025 change do this', '2025 年修改之前的内核如此'),
  t('sent it', '发送了此位'),
);

/** Partner's LACP_Activity bit while Expired is set, when the dump does not tell the kernel's side of the 2025 change. */
export const PARTNER_ACTIVITY_EXPIRED_MAYBE_TEXT = t(
  "Active, as last received from the partner; kernels before the 2025 change also set this bit here themselves when the port's receive machine expires, so on them it may not come from the partner.",
  '主动：最后一次从对端收到的值；2025 年修改之前的内核在该端口接收状态机过期时也会自行在此置位，因此在这些内核上它可能并非来自对端。',
);

// Before 0599640a21e9 ad_initialize_port set LACP_Activity on every port whatever lacp_active said, and
// ad_periodic_machine stopped periodic transmission when lacp_active was off.
/** The actor's LACP_Activity bit set while `LACP active: off`. */
export const ACTOR_ACTIVITY_PASSIVE_OLD_TEXT = t(
  'Set although LACP active is off: kernels before the 2025 change set this bit on every port, and with LACP active off they send no periodic LACPDUs.',
  '尽管 LACP active 为 off 仍置位：2025 年修改之前的内核在每个端口上都置此位，而 LACP active 为 off 时它们不周期性发送 LACPDU。',
);

/** Commit that changed passive mode (lacp_active off); named by hovers that tell the two behaviours apart. */
export const PASSIVE_FIX = {
  commit: '0599640a21e9',
  subject: "bonding: send LACPDUs periodically in passive mode after receiving partner's LACPDU",
  /** First mainline release with it; stable updates from August 2025 (e.g. 6.6.103) carry it too. */
  mainline: [6, 17] as const,
} as const;

/** Port state bits by name, for code that tests one of them. */
export const PORT_STATE = {
  activity: 0x01,
  timeout: 0x02,
  aggregation: 0x04,
  synchronization: 0x08,
  collecting: 0x10,
  distributing: 0x20,
  defaulted: 0x40,
  expired: 0x80,
} as const;

/** Word `portStateShort` prints when no bit is set. */
export const PORT_STATE_NONE = 'none';

/**
 * Bits a port has when it carries traffic in an aggregation: Aggregation, Synchronization, Collecting, Distributing.
 * Defaulted and Expired are clear on such a port.
 */
export const PORT_STATE_IN_USE = 0x3c;

/** Synchronization, Collecting and Distributing all set: that side takes part in the aggregation now. */
export function portStateSynced(n: number): boolean {
  return (n & 0x38) === 0x38;
}

/** The kernel prints an unsigned 8-bit value; anything else did not come from bond_procfs.c. */
export function isPortStateValue(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 255;
}

/**
 * Splits a port state into the bits set and clear. Only the low 8 bits are decoded; a value outside 0..255 (or not an
 * integer) is still decoded that way, so callers that care must check `isPortStateValue(n)` themselves.
 */
export function decodePortState(n: number): { set: PortStateBit[]; clear: PortStateBit[] } {
  const v = Number.isFinite(n) ? Math.trunc(n) & 0xff : 0;
  const set: PortStateBit[] = [];
  const clear: PortStateBit[] = [];
  for (const bit of PORT_STATE_BITS) (v & bit.mask ? set : clear).push(bit);
  return { set, clear };
}

/** Short tags of the set bits in bit order, e.g. 61 → `ACT AGG SYNC COL DIST`; `none` when no bit is set. */
export function portStateShort(n: number): string {
  const { set } = decodePortState(n);
  return set.length === 0 ? PORT_STATE_NONE : set.map((b) => b.short).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Churn machine (`Actor/Partner Churn State:`)
// ---------------------------------------------------------------------------------------------------------------

export type ChurnStateName = 'monitoring' | 'churned' | 'none' | 'unknown';

export interface ChurnState {
  readonly name: ChurnStateName;
  /** Value of the kernel enum (AD_CHURN_MONITOR 0, AD_CHURN 1, AD_NO_CHURN 2); `unknown` is any other value. */
  readonly number?: number;
  readonly meaning: Text;
  readonly causes?: Text;
}

// source: procfs-lines §3.4 (ad_churn_machine, bond_3ad_churn_desc): on port (re)initialisation, on entering EXPIRED,
// and when a LACPDU arrives while the receive machine is not CURRENT, both states restart at `monitoring` with a 60 s
// timer; on expiry each becomes `none` if that side is in Synchronization, else `churned` (count + 1). Nothing else
// changes it: a side that reaches synchronization after the timer ran out keeps showing `churned`.
export const CHURN_STATES: readonly ChurnState[] = [
  {
    name: 'monitoring',
    number: 0,
    meaning: t(
      'The 60 s churn timer is running: the port was (re)initialised, its LACP information expired, or a LACPDU arrived after a silence. Normal for up to 60 s after such a change; a port that stays monitoring keeps restarting it (e.g. a partner that ignores our fast rate and sends every 30 s, past our 3 s timeout).',
      '60 秒抖动检测计时器正在运行：端口刚（重新）初始化、LACP 信息已过期，或在中断后又收到 LACPDU。在此类变化后 60 秒内属正常；一直处于 monitoring 的端口在反复重启计时（例如对端不理会 fast 速率，每 30 秒才发送，超过我们的 3 秒超时）。',
    ),
  },
  {
    name: 'churned',
    number: 1,
    meaning: t(
      'Synchronization was not reached within the 60 s churn detection time. The state stays churned until LACP restarts on the port (the port is reinitialised, its LACP information expires, or a LACPDU arrives after a silence), so a side that reached synchronization later still shows churned: its port state tells whether it is in sync now.',
      '在 60 秒抖动检测时间内未达到同步。该状态会一直保持为 churned，直到该端口的 LACP 重新开始（端口重新初始化、LACP 信息过期，或在中断后又收到 LACPDU），因此后来才达到同步的一侧仍显示 churned：其 port state 表明它现在是否已同步。',
    ),
    causes: t(
      'Usual causes: the switch port does not run LACP (no LACPDUs arrive; the partner stays defaulted); both ends are passive; the switch put the port in a different or suspended port-channel (wrong channel-group, ports on two switches that are not one MLAG/stack, differing speed or configuration); the link flaps.',
      '常见原因：交换机端口未运行 LACP（收不到 LACPDU，对端信息停留在默认值）；两端都是被动模式；交换机把该端口放进了别的或被挂起的聚合组（channel-group 配错、端口接在两台未组成 MLAG/堆叠的交换机上、速率或配置不一致）；链路反复抖动。',
    ),
  },
  {
    name: 'none',
    number: 2,
    meaning: t('No churn: synchronization was reached within the churn detection time (normal).', '无抖动：在抖动检测时间内已达到同步（正常）。'),
  },
  {
    name: 'unknown',
    meaning: t('A churn value the kernel has no name for; it should not occur.', '内核无法命名的抖动状态值，正常情况下不会出现。'),
  },
];

export function churnState(name: string): ChurnState | undefined {
  return CHURN_STATES.find((s) => s.name === name);
}

// ---------------------------------------------------------------------------------------------------------------
// LACP rate
// ---------------------------------------------------------------------------------------------------------------

export interface LacpRate {
  readonly name: 'slow' | 'fast';
  /** Value accepted by `lacp_rate=` and printed by sysfs. */
  readonly number: 0 | 1;
  /** LACPDU interval this bond asks the partner for (our LACP_Timeout bit). */
  readonly partnerIntervalS: number;
  /** How long this bond keeps the partner's information without a new LACPDU. */
  readonly receiveTimeoutS: number;
  readonly meaning: Text;
}

// source: procfs-lines §3.1: lacp_rate only sets the actor's LACP_Timeout bit and our current_while timeout;
// the period at which the bond itself transmits follows the partner's LACP_Timeout bit (ad_periodic_machine).
export const LACP_RATES: readonly LacpRate[] = [
  {
    name: 'slow',
    number: 0,
    partnerIntervalS: 30,
    receiveTimeoutS: 90,
    meaning: t(
      'slow (0, default): the partner is asked for a LACPDU every 30 s; its information times out after 90 s without one, so a partner that stops answering is noticed after up to 90 s.',
      'slow（0，默认）：要求对端每 30 秒发送一个 LACPDU；90 秒收不到即超时，因此对端停止响应后最长 90 秒才会被发现。',
    ),
  },
  {
    name: 'fast',
    number: 1,
    partnerIntervalS: 1,
    receiveTimeoutS: 3,
    meaning: t(
      'fast (1): the partner is asked for a LACPDU every 1 s; its information times out after 3 s without one.',
      'fast（1）：要求对端每 1 秒发送一个 LACPDU；3 秒收不到即超时。',
    ),
  },
];

/** What lacp_rate does and does not control; shown with either value. */
export const LACP_RATE_NOTE = t(
  'lacp_rate sets this bond\'s LACP_Timeout bit (the rate it asks the partner for) and its own receive timeout. How often the bond itself sends LACPDUs follows the partner\'s LACP_Timeout bit, so the two ends may use different rates.',
  'lacp_rate 设置本 bond 的 LACP_Timeout 位（即要求对端使用的发送速率）以及自己的接收超时。本 bond 自己多久发送一次 LACPDU 取决于对端的 LACP_Timeout 位，因此两端速率可以不同。',
);

export function lacpRate(name: string): LacpRate | undefined {
  return LACP_RATES.find((r) => r.name === name || String(r.number) === name);
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults and timers
// ---------------------------------------------------------------------------------------------------------------

// source: procfs-lines §3.5 (ad_initialize_port partner admin template). Port state is 1 (LACP_Activity) before the
// 2025 fix "bonding: send LACPDUs periodically in passive mode after receiving partner's LACPDU" and 0 after it.
export const DEFAULT_PARTNER = {
  systemPriority: 65535,
  systemMac: '00:00:00:00:00:00',
  operKey: 1,
  portPriority: 255,
  portNumber: 1,
  portStates: [1, 0],
} as const;

export const DEFAULT_PARTNER_TEXT = t(
  'Default partner record (priority 65535, MAC 00:00:00:00:00:00, key 1, port priority 255, port 1, state 1 or 0): no LACPDU is being received on this port (none arrived, or they stopped and the record timed out). The switch port does not run LACP, is in no LACP port-channel or stopped it, or the link is down; or the port is not full duplex, which runs no LACP.',
  '默认对端记录（优先级 65535、MAC 00:00:00:00:00:00、key 1、端口优先级 255、端口号 1、状态 1 或 0）：该端口没有在收到 LACPDU（从未收到，或中断后记录已超时）。交换机端口未运行 LACP、不在任何 LACP 聚合组中或已停止 LACP，或链路已断开；或端口不是全双工，不运行 LACP。',
);

// __record_default copies partner_admin into the partner record and sets Defaulted in the actor's state only, when the
// receive machine starts and again when the record of a partner that stopped sending has expired (ad_rx_machine); the
// EXPIRED receive state adds LACP_Timeout to whatever record is there (procfs-lines §3.5). So the bits of a default
// record are the template's, and none of them was sent by a partner.
/** Said of the port state of a default partner record, before its bits are listed. */
export const DEFAULT_PARTNER_STATE_TEXT = t(
  "Template bits, not the partner's state: no LACPDU is being received on this port, so the kernel filled the partner record from its default (state 1 = LACP_Activity, 0 in the newest kernels), and no partner sent these bits. Defaulted is set in this port's own (actor) state instead.",
  '模板位，并非对端的状态：该端口没有在收到 LACPDU，内核用其默认值填充了对端记录（状态 1 = LACP_Activity，最新内核为 0），这些位并非由任何对端发送。Defaulted 位置于该端口自己（actor）的状态中，而不在此处。',
);

/** Added when a default record also has LACP_Timeout set. */
export const DEFAULT_PARTNER_EXPIRED_TEXT = t(
  "LACP_Timeout is added by the kernel while this port's receive machine is expired.",
  'LACP_Timeout 是该端口的接收状态机处于过期状态时由内核加上的。',
);

/** 802.3ad timers of the Linux implementation; identical in every era read. */
export const LACP_TIMERS = {
  /** State machines run every 100 ms. */
  tickMs: 100,
  fastPeriodicS: 1,
  slowPeriodicS: 30,
  shortTimeoutS: 3,
  longTimeoutS: 90,
  churnDetectionS: 60,
  aggregateWaitS: 2,
  /** Delay before the first aggregator selection after a change. */
  aggregatorSelectionS: 8,
  maxLacpduPerSecond: 3,
} as const;

/** Destination of LACPDUs (Slow Protocols multicast address). */
export const LACPDU_MULTICAST = '01:80:c2:00:00:02';

// ---------------------------------------------------------------------------------------------------------------
// sm_vars (printed only by some vendor kernels as `Slave sm_vars: 0x...`)
// ---------------------------------------------------------------------------------------------------------------

export interface SmVarBit {
  readonly mask: number;
  readonly name: string;
}

// source: AD_PORT_* in drivers/net/bonding/bond_3ad.c (halfline/rhel7 009109f0be35, Huawei-Dev kirin980 369ce9b14b20).
// Mainline keeps these in port->sm_vars but never prints them; a vendor line that prints "sm_vars" most likely shows
// this field, which is why the bit names are given, not a meaning of the vendor line.
export const AD_PORT_SM_VARS: readonly SmVarBit[] = [
  { mask: 0x001, name: 'BEGIN' },
  { mask: 0x002, name: 'LACP_ENABLED' },
  { mask: 0x004, name: 'ACTOR_CHURN' },
  { mask: 0x008, name: 'PARTNER_CHURN' },
  { mask: 0x010, name: 'READY' },
  { mask: 0x020, name: 'READY_N' },
  { mask: 0x040, name: 'MATCHED' },
  { mask: 0x080, name: 'STANDBY' },
  { mask: 0x100, name: 'SELECTED' },
  { mask: 0x200, name: 'MOVED' },
];
