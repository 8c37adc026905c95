import { t, type Text } from './text';

// source: shared/reference/procfs-lines.md §1–§2 — drivers/net/bonding/bond_procfs.c in every era read there
// (gregkh/linux ddd664bbff63 newest; torvalds e98653b1be15 ≈5.18; reocat/msm-5.4 f1368211b904; rivsidn/linux-4.4.155
// 063344a4e38a; unicorn-soc-425/kernel-3.18-U5- 88393703ceea (3.18 / 4.9.227); mikuhatsune001/linux2.6.32
// 4866fa67770c (≈3.19); New-B/Linux3.6 b5154d3e5bc2; torvalds 02e2407858fd (≈3.0); torvalds bond_main.c 1ff8392c32a2
// (2007)). Release numbers in `since` are inferred from commit dates where marked "≈":
//   lacp_active 3a755cd8b7c6 applied to net-next Aug 2021 → 5.15; peer_notif_delay 07a4ddec3ce9 (mid 2019) → 5.3;
//   header switch to the kernel release ("net/bond: Delete driver and module versions", net-next Feb 2020) → 5.7.
// Releases read from the pull requests and stable review series (netdev and stable lists): `ARP Missed Max` came with
// the option, 5944b5abd864 (net-next Nov 2021, in "Networking for 5.17"), and was backported to 5.15.115 (June 2023);
// the NS IPv6 line 4a1f14df55d1 (net, 30 May 2022) is in 5.19 and was backported to 5.18.4 ("5.18.4-rc1 review").

export type FieldScope = 'header' | 'bond' | 'ad' | 'aggregator' | 'slave' | 'actor' | 'partner';

export type ValueKind =
  | 'none'
  | 'int'
  | 'ms'
  | 'mac'
  | 'hwaddr'
  | 'ifname'
  | 'primary'
  | 'text'
  | 'enum'
  | 'speed'
  | 'duplex'
  | 'ipv4list'
  | 'ipv6list'
  | 'portState'
  | 'key'
  | 'aggregatorId'
  | 'churn'
  | 'mode'
  | 'hashPolicy'
  | 'version';

export interface ProcField {
  /** Stable id `scope.name`, used by rules, hovers and tests; `fieldScope` reads the scope from it. */
  readonly id: `${FieldScope}.${string}`;
  /** Exact text before ':' as the kernel prints it (without leading whitespace). */
  readonly label: string;
  readonly value: ValueKind;
  /** First hover line: what the field is. */
  readonly meaning: Text;
  /** When the kernel prints the line. */
  readonly printedWhen: Text;
  /** Kernel era that added the line; absent for lines every era prints. */
  readonly since?: Text;
  /** Printed only by some vendor kernels, never by mainline. */
  readonly vendor?: boolean;
  /** For `enum` values: every string the kernel prints there. */
  readonly values?: readonly string[];
  readonly source: string;
}


const MASTER = 'bond_procfs.c bond_info_show_master()';
const SLAVE = 'bond_procfs.c bond_info_show_slave()';

const ALWAYS = t('Always.', '总是输出。');
const AB_TLB_ALB = t('Modes active-backup, balance-tlb and balance-alb.', '仅 active-backup、balance-tlb、balance-alb 模式。');
const ARP_ON = t('When ARP monitoring is on (arp_interval > 0).', '仅在启用 ARP 监控（arp_interval > 0）时。');
const AD = t('Mode 802.3ad.', '仅 802.3ad 模式。');
const AD_CAP = t(
  'Mode 802.3ad, and only when the reading process has CAP_NET_ADMIN (e.g. root); a dump taken as an ordinary user lacks the line, which is not an error.',
  '仅 802.3ad 模式，且读取进程具有 CAP_NET_ADMIN（如 root）；以普通用户读取的输出没有此行，这不是错误。',
);
/** When a line is printed, ending in "since ≈4.4 only for readers with CAP_NET_ADMIN" and the parenthesis it is in. */
const privileged = (en: string, zh: string): Text => t(`${en}since ≈4.4 only for readers with CAP_NET_ADMIN).`, `${zh}自 ≈4.4 起仅对具有 CAP_NET_ADMIN 的读取者输出）。`);
const AGG_BLOCK = privileged('Under `Active Aggregator Info:` (802.3ad, an aggregator is active; ', '位于 `Active Aggregator Info:` 之下（802.3ad 且有活动聚合组；');
const PORT_AGG = t(
  'Mode 802.3ad, for a port attached to an aggregator (absent when `Aggregator ID: N/A`).',
  '仅 802.3ad 模式，且端口已加入聚合组（`Aggregator ID: N/A` 时不输出）。',
);
const PORT_AGG_CAP = t(
  'Mode 802.3ad, port attached to an aggregator, and the reading process has CAP_NET_ADMIN (e.g. root); missing in dumps taken as an ordinary user.',
  '仅 802.3ad 模式、端口已加入聚合组，且读取进程具有 CAP_NET_ADMIN（如 root）；普通用户读取的输出中没有。',
);
const SINCE_4_4 = t('≈4.4 (absent in ≈3.19, present in 4.4).', '≈4.4（≈3.19 中没有，4.4 中已有）。');
/** When the lines of the `details … lacp pdu` blocks and their headings are printed, and since when. */
const LACP_PDU_LINE = { printedWhen: PORT_AGG_CAP, since: SINCE_4_4 };
const SINCE_3_0 = t('After 2007 (absent in ≈2.6.22, present in ≈3.0).', '2007 年之后（≈2.6.22 中没有，≈3.0 中已有）。');
const VENDOR_PRINTED = t(
  'Only by vendor kernels that added it (seen in a vendor 4.18 build); mainline bond_procfs.c never prints it.',
  '仅由自行添加了此行的厂商内核输出（见于某厂商 4.18 内核）；主线 bond_procfs.c 从不输出。',
);

/** A per-port line some vendor kernels add: what its name suggests is all that is known of it. */
function vendorField(id: ProcField['id'], label: string, value: ProcField['value'], suggests: string, suggestsZh: string): ProcField {
  return {
    id,
    label,
    value,
    meaning: t(
      `Vendor line, not printed by mainline kernels; its meaning is the vendor's (the name suggests ${suggests}).`,
      `厂商自加的行，主线内核不输出；含义由厂商定义（从名称看，${suggestsZh}）。`,
    ),
    printedWhen: VENDOR_PRINTED,
    vendor: true,
    source: 'vendor bond_procfs.c (not in mainline)',
  };
}

/**
 * The table below writes a field's `source` only where it is not the function that prints the field's part of the
 * dump: bond_info_show_slave() for a port's lines, bond_info_show_master() for the others.
 */
type FieldEntry = Omit<ProcField, 'source'> & { readonly source?: string };
const PORT_SCOPES: readonly string[] = ['slave', 'actor', 'partner'];

const ENTRIES: readonly FieldEntry[] = [
  // ---------------------------------------------------------------- header
  {
    id: 'header.driver',
    label: 'Ethernet Channel Bonding Driver',
    value: 'version',
    meaning: t(
      'Bonding driver banner: the driver version and date (kernels before ≈5.7), or the release of the kernel it was built for (≈5.7 and later, and some backports; some vendor kernels add a date).',
      'bonding 驱动标识：驱动版本与日期（≈5.7 之前的内核），或构建所针对的内核版本号（≈5.7 及之后，以及部分向后移植的内核；部分厂商内核会附上日期）。',
    ),
    printedWhen: t('Always, as the first line, followed by an empty line.', '总是输出，位于第一行，其后为一个空行。'),
    source: 'bond_procfs.c bond_info_seq_show() (bond_version)',
  },
  // ---------------------------------------------------------------- bond
  {
    id: 'bond.mode',
    label: 'Bonding Mode',
    value: 'mode',
    meaning: t(
      'Bonding mode (mode=), as descriptive text. In active-backup a suffix `(fail_over_mac active|follow)` shows a non-default fail_over_mac (option added in driver 3.2.0; the 2007 driver prints no suffix).',
      'bonding 模式（mode=）的描述文字。在 active-backup 下，后缀 `(fail_over_mac active|follow)` 表示 fail_over_mac 不是默认值（该选项始于 3.2.0 驱动；2007 年的驱动不显示后缀）。',
    ),
    printedWhen: ALWAYS,
    source: `${MASTER}, bond_main.c bond_mode_name()`,
  },
  {
    id: 'bond.hashPolicy',
    label: 'Transmit Hash Policy',
    value: 'hashPolicy',
    meaning: t(
      'Transmit hash policy (xmit_hash_policy): which header fields choose the outgoing port; name and number.',
      '发送哈希策略（xmit_hash_policy）：用哪些报文头字段选择出端口；名称和编号。',
    ),
    printedWhen: t(
      'Modes balance-xor and 802.3ad, and balance-tlb/balance-alb with tlb_dynamic_lb=0 (kernels up to ≈3.19: only balance-xor and 802.3ad; 4.4 to 4.14: also balance-tlb, not balance-alb).',
      'balance-xor、802.3ad 模式，以及 tlb_dynamic_lb=0 时的 balance-tlb/balance-alb（≈3.19 及更早的内核：仅 balance-xor 与 802.3ad；4.4 至 4.14：另有 balance-tlb，没有 balance-alb）。',
    ),
    since: t(
      'Bonding driver 2.6.3 (option xmit_hash_policy; dumps of driver 2.6.0 have no such line). With tlb_dynamic_lb=0: balance-tlb ≈4.4 (absent in ≈3.19), balance-alb 4.15–4.19 (absent in 4.14).',
      'bonding 驱动 2.6.3（xmit_hash_policy 选项；2.6.0 驱动的输出没有此行）。tlb_dynamic_lb=0 时：balance-tlb ≈4.4（≈3.19 中没有），balance-alb 4.15–4.19（4.14 中没有）。',
    ),
    source: `${MASTER}, bonding.h bond_mode_uses_xmit_hash()`,
  },
  {
    id: 'bond.primary',
    label: 'Primary Slave',
    value: 'primary',
    meaning: t(
      'Preferred port (primary=), when it is a port of the bond; `None` when no primary is set or the name set is not enslaved. Drivers 3.6.0 and later add `(primary_reselect always|better|failure)` after a primary.',
      '首选端口（primary=），且须为本 bond 的端口；未设置或设置的名字尚未加入时为 `None`。3.6.0 及之后的驱动会在首选端口后加上 `(primary_reselect always|better|failure)`。',
    ),
    printedWhen: AB_TLB_ALB,
  },
  {
    id: 'bond.activeSlave',
    label: 'Currently Active Slave',
    value: 'ifname',
    meaning: t(
      'Port that is currently active (in active-backup it carries all traffic); `None` when no port is active.',
      '当前的活动端口（active-backup 模式下由它承载全部流量）；没有活动端口时为 `None`。',
    ),
    printedWhen: AB_TLB_ALB,
  },
  {
    id: 'bond.miiStatus',
    label: 'MII Status',
    value: 'enum',
    values: ['up', 'down'],
    meaning: t(
      'Carrier of the bond device: `up` or `down`. In 802.3ad it follows the active aggregator and min_links.',
      'bond 设备的载波状态：`up` 或 `down`。802.3ad 模式下取决于活动聚合组和 min_links。',
    ),
    printedWhen: ALWAYS,
  },
  {
    id: 'bond.miimon',
    label: 'MII Polling Interval (ms)',
    value: 'ms',
    meaning: t('MII link monitoring interval (miimon), in ms; 0 = MII monitoring off.', 'MII 链路监控间隔（miimon），单位毫秒；0 表示关闭 MII 监控。'),
    printedWhen: ALWAYS,
  },
  {
    id: 'bond.updelay',
    label: 'Up Delay (ms)',
    value: 'ms',
    meaning: t(
      'Wait after a port\'s link comes back before it is used again (updelay), in ms; always a multiple of miimon.',
      '端口链路恢复后重新启用前的等待时间（updelay），单位毫秒；总是 miimon 的整数倍。',
    ),
    printedWhen: ALWAYS,
  },
  {
    id: 'bond.downdelay',
    label: 'Down Delay (ms)',
    value: 'ms',
    meaning: t(
      'Wait after a port\'s link fails before it is disabled (downdelay), in ms; always a multiple of miimon.',
      '端口链路故障后停用前的等待时间（downdelay），单位毫秒；总是 miimon 的整数倍。',
    ),
    printedWhen: ALWAYS,
  },
  {
    id: 'bond.peerNotifDelay',
    label: 'Peer Notification Delay (ms)',
    value: 'ms',
    meaning: t(
      'Delay between the peer notifications (gratuitous ARP, unsolicited IPv6 NA) sent after a failover (peer_notif_delay), in ms; a multiple of miimon.',
      '故障切换后发送的各次对端通告（免费 ARP、主动 IPv6 NA）之间的间隔（peer_notif_delay），单位毫秒；为 miimon 的整数倍。',
    ),
    printedWhen: ALWAYS,
    since: t(
      '≈5.3 (commit 07a4ddec3ce9, 2019); also in vendor kernels with the backport (e.g. RHEL 8).',
      '≈5.3（提交 07a4ddec3ce9，2019 年）；也见于带有该补丁的厂商内核（如 RHEL 8）。',
    ),
  },
  {
    id: 'bond.arpInterval',
    label: 'ARP Polling Interval (ms)',
    value: 'ms',
    meaning: t('ARP link monitoring interval (arp_interval), in ms.', 'ARP 链路监控间隔（arp_interval），单位毫秒。'),
    printedWhen: ARP_ON,
  },
  {
    id: 'bond.arpMissedMax',
    label: 'ARP Missed Max',
    value: 'int',
    meaning: t(
      'Number of arp_interval periods without traffic (received, and also sent on a port that transmits) before a port is marked down (arp_missed_max).',
      '端口被判定为断开前允许没有流量（收到的流量；发送流量的端口还包括发出的流量）的 arp_interval 周期数（arp_missed_max）。',
    ),
    printedWhen: ARP_ON,
    since: t(
      '5.17, with the option arp_missed_max (commit 5944b5abd864, 2021); 5.15 from 5.15.115 on.',
      '5.17，随 arp_missed_max 选项加入（提交 5944b5abd864，2021 年）；5.15 自 5.15.115 起也有。',
    ),
  },
  {
    id: 'bond.arpTargets',
    label: 'ARP IP target/s (n.n.n.n form)',
    value: 'ipv4list',
    meaning: t(
      'IPv4 addresses the ARP monitor probes (arp_ip_target), comma-separated; nothing after the colon when none is set.',
      'ARP 监控探测的 IPv4 地址（arp_ip_target），以逗号分隔；未设置时冒号后为空。',
    ),
    printedWhen: ARP_ON,
  },
  {
    id: 'bond.nsTargets',
    label: 'NS IPv6 target/s (xx::xx form)',
    value: 'ipv6list',
    meaning: t(
      'IPv6 addresses the ARP/NS monitor probes with Neighbor Solicitations (ns_ip6_target), comma-separated.',
      'ARP/NS 监控以邻居请求（NS）探测的 IPv6 地址（ns_ip6_target），以逗号分隔。',
    ),
    printedWhen: t('When ARP monitoring is on (arp_interval > 0) and the kernel has IPv6.', '仅在启用 ARP 监控（arp_interval > 0）且内核支持 IPv6 时。'),
    since: t('5.19 (commit 4a1f14df55d1, 2022); 5.18 from 5.18.4 on.', '5.19（提交 4a1f14df55d1，2022 年）；5.18 自 5.18.4 起也有。'),
  },
  // ---------------------------------------------------------------- 802.3ad section of the master
  {
    id: 'ad.info',
    label: '802.3ad info',
    value: 'none',
    meaning: t('Start of the 802.3ad (LACP) section of the bond.', 'bond 的 802.3ad（LACP）部分开始。'),
    printedWhen: t('Mode 802.3ad, after an empty line.', '仅 802.3ad 模式，前有一个空行。'),
  },
  {
    id: 'ad.lacpActive',
    label: 'LACP active',
    value: 'enum',
    values: ['on', 'off'],
    meaning: t(
      'lacp_active: `on` = the bond sends LACPDUs on its own; `off` = passive, it does not start LACP and answers an active partner.',
      'lacp_active：`on` 表示 bond 主动发送 LACPDU；`off` 表示被动，不主动发起 LACP，只响应主动的对端。',
    ),
    printedWhen: AD,
    since: t(
      '≈5.15 (option lacp_active, commit 3a755cd8b7c6, 2021); also in vendor kernels with the backport (e.g. RHEL 9).',
      '≈5.15（lacp_active 选项，提交 3a755cd8b7c6，2021 年）；也见于带有该补丁的厂商内核（如 RHEL 9）。',
    ),
  },
  {
    id: 'ad.lacpRate',
    label: 'LACP rate',
    value: 'enum',
    values: ['slow', 'fast'],
    meaning: t(
      'lacp_rate: the LACPDU rate this bond asks its partner for: `slow` = every 30 s, `fast` = every 1 s.',
      'lacp_rate：本 bond 要求对端发送 LACPDU 的速率：`slow` 为每 30 秒，`fast` 为每 1 秒。',
    ),
    printedWhen: AD,
  },
  {
    id: 'ad.minLinks',
    label: 'Min links',
    value: 'int',
    meaning: t('min_links: ports the active aggregator needs before the bond has carrier.', 'min_links：活动聚合组至少需要的端口数，达到后 bond 才有载波。'),
    printedWhen: AD,
    since: t('After 3.0 (absent in ≈3.0, present in 3.6).', '3.0 之后（≈3.0 中没有，3.6 中已有）。'),
  },
  {
    id: 'ad.select',
    label: 'Aggregator selection policy (ad_select)',
    value: 'enum',
    values: ['stable', 'bandwidth', 'count', 'actor_port_prio'],
    meaning: t(
      'ad_select: how the active aggregator is chosen: `stable`, `bandwidth`, `count`, or `actor_port_prio` (newest kernels).',
      'ad_select：活动聚合组的选择方式：`stable`、`bandwidth`、`count`，或 `actor_port_prio`（最新内核）。',
    ),
    printedWhen: AD,
    since: t('Bonding driver 3.4.0 (option ad_select; absent in ≈2.6.22, present in ≈3.0).', 'bonding 驱动 3.4.0（ad_select 选项；≈2.6.22 中没有，≈3.0 中已有）。'),
  },
  {
    id: 'ad.systemPriority',
    label: 'System priority',
    value: 'int',
    meaning: t('LACP system priority this bond announces (ad_actor_sys_prio, default 65535).', '本 bond 通告的 LACP 系统优先级（ad_actor_sys_prio，默认 65535）。'),
    printedWhen: AD_CAP,
    since: SINCE_4_4,
  },
  {
    id: 'ad.systemMac',
    label: 'System MAC address',
    value: 'mac',
    meaning: t(
      'LACP system MAC this bond announces: ad_actor_system when set, otherwise the bond\'s own MAC.',
      '本 bond 通告的 LACP 系统 MAC：设置了 ad_actor_system 时为该值，否则为 bond 自身的 MAC。',
    ),
    printedWhen: AD_CAP,
    since: SINCE_4_4,
  },
  {
    id: 'ad.noActiveAggregator',
    label: '',
    value: 'none',
    meaning: t(
      '`bond <name> has no active aggregator`: no aggregator is active, so no port carries traffic.',
      '`bond <name> has no active aggregator`：没有活动聚合组，因此没有端口承载流量。',
    ),
    printedWhen: privileged('Mode 802.3ad with no active aggregator (', '802.3ad 模式且没有活动聚合组（'),
  },
  {
    id: 'ad.activeAggregator',
    label: 'Active Aggregator Info',
    value: 'none',
    meaning: t('Heading of the active aggregator\'s details (the indented lines below).', '活动聚合组详细信息的标题（其下为缩进的各行）。'),
    printedWhen: privileged('Mode 802.3ad with an active aggregator (', '802.3ad 模式且存在活动聚合组（'),
  },
  // ---------------------------------------------------------------- Active Aggregator Info
  {
    id: 'aggregator.id',
    label: 'Aggregator ID',
    // `N/A` is a port's: the block prints ad_info.aggregator_id with %d.
    value: 'int',
    meaning: t('Number of the active aggregator. Only ports whose own `Aggregator ID` equals it carry traffic.', '活动聚合组的编号。只有自身 `Aggregator ID` 与之相同的端口才承载流量。'),
    printedWhen: AGG_BLOCK,
  },
  {
    id: 'aggregator.ports',
    label: 'Number of ports',
    value: 'int',
    meaning: t(
      'Ports in the active aggregator: since Linux 4.7 those whose link is up (a port going down counts until its down delay ends), before that every port attached to it.',
      '活动聚合组中的端口数：自 Linux 4.7 起只统计链路为 up 的端口（going down 的端口在 downdelay 结束前仍计入），更早的内核统计连接到该聚合组的所有端口。',
    ),
    printedWhen: AGG_BLOCK,
  },
  {
    id: 'aggregator.actorKey',
    label: 'Actor Key',
    value: 'key',
    meaning: t('Operational LACP key of the active aggregator on this side: duplex, speed code and user key.', '本端活动聚合组的 LACP 运行 key：双工、速率编码和用户 key。'),
    printedWhen: AGG_BLOCK,
  },
  {
    id: 'aggregator.partnerKey',
    label: 'Partner Key',
    value: 'key',
    meaning: t('Operational key of the partner (switch) for this aggregator; chosen by the switch.', '对端（交换机）在该聚合组上的运行 key，由交换机决定。'),
    printedWhen: AGG_BLOCK,
  },
  {
    id: 'aggregator.partnerMac',
    label: 'Partner Mac Address',
    value: 'mac',
    meaning: t('LACP system MAC of the partner (switch); 00:00:00:00:00:00 = no partner.', '对端（交换机）的 LACP 系统 MAC；00:00:00:00:00:00 表示没有对端。'),
    printedWhen: AGG_BLOCK,
  },
  // ---------------------------------------------------------------- per port
  {
    id: 'slave.interface',
    label: 'Slave Interface',
    value: 'ifname',
    meaning: t('Name of the port (slave) this block describes.', '本段所描述的端口（从接口）名称。'),
    printedWhen: t('Once per port, after an empty line.', '每个端口一次，前有一个空行。'),
  },
  {
    id: 'slave.miiStatus',
    label: 'MII Status',
    value: 'enum',
    values: ['up', 'going down', 'down', 'going back', 'unknown'],
    meaning: t(
      'Link state of this port as bonding sees it: `up`, `going down` (link lost, downdelay running; or, under the active-backup ARP monitor, a port tried without reply), `down`, `going back` (link back, not in use yet: updelay running, or the active-backup ARP monitor trying the port).',
      'bonding 看到的该端口链路状态：`up`、`going down`（链路丢失，downdelay 计时中；或在 active-backup 的 ARP 监测下，尝试过但未收到应答的端口）、`down`、`going back`（链路恢复但尚未使用：updelay 计时中，或 active-backup 的 ARP 监测正在尝试该端口）。',
    ),
    printedWhen: t('Always (kernels before ≈3.6 print only `up` / `down`).', '总是输出（≈3.6 之前的内核只显示 `up` / `down`）。'),
    source: `${SLAVE}, bond_main.c bond_slave_link_status()`,
  },
  {
    id: 'slave.speed',
    label: 'Speed',
    value: 'speed',
    meaning: t('Link speed reported by the port\'s driver, in Mbps; `Unknown` when the driver reports none.', '端口驱动报告的链路速率，单位 Mbps；驱动未报告时为 `Unknown`。'),
    printedWhen: t(
      'Always. Kernels before ≈3.6 could show a faked `100 Mbps` / `full` when the driver could not be queried.',
      '总是输出。≈3.6 之前的内核在无法查询驱动时可能显示伪造的 `100 Mbps` / `full`。',
    ),
    since: SINCE_3_0,
  },
  {
    id: 'slave.duplex',
    label: 'Duplex',
    value: 'duplex',
    meaning: t(
      'Duplex reported by the port\'s driver: `full`, `half` or `Unknown`. 802.3ad uses only full-duplex ports.',
      '端口驱动报告的双工模式：`full`、`half` 或 `Unknown`。802.3ad 只使用全双工端口。',
    ),
    printedWhen: ALWAYS,
    since: SINCE_3_0,
  },
  {
    id: 'slave.linkFailures',
    label: 'Link Failure Count',
    value: 'int',
    meaning: t('Times bonding has seen this port\'s link fail since the port was added to the bond.', '自该端口加入 bond 以来，bonding 检测到其链路故障的次数。'),
    printedWhen: ALWAYS,
  },
  {
    id: 'slave.permAddr',
    label: 'Permanent HW addr',
    value: 'hwaddr',
    meaning: t(
      'The MAC address the port had when it joined the bond, restored when it leaves: usually, not always, the factory one. Its current MAC may differ because the bond rewrites it. Longer than 6 bytes for non-Ethernet ports (InfiniBand: 20), except in kernels up to 4.4, which print 6 bytes for every port.',
      '端口加入 bond 时的 MAC 地址，离开时会恢复：通常（但不一定）是出厂地址。当前 MAC 可能不同，因为 bond 会改写它。非以太网端口更长（InfiniBand 为 20 字节），但 4.4 及更早的内核对所有端口都只打印 6 字节。',
    ),
    printedWhen: ALWAYS,
  },
  {
    id: 'slave.queueId',
    label: 'Slave queue ID',
    value: 'int',
    meaning: t(
      'queue_id of this port: in balance-rr and active-backup, traffic tc puts in this queue of the bond leaves on this port; 0 = none.',
      '该端口的 queue_id：在 balance-rr 和 active-backup 模式下，被 tc 放入 bond 该队列的流量从该端口发出；0 表示未设置。',
    ),
    printedWhen: t(
      'Always; in ≈3.18 and older it is the last line of the block, later it precedes the 802.3ad lines.',
      '总是输出；≈3.18 及更早版本中位于本段最后，之后位于 802.3ad 各行之前。',
    ),
    since: t(
      'Bonding driver 3.7.0 (option queue_id, ≈2.6.35); absent in ≈2.6.22 and in older RHEL 5 drivers.',
      'bonding 驱动 3.7.0（queue_id 选项，≈2.6.35）；≈2.6.22 及较旧的 RHEL 5 驱动中没有。',
    ),
  },
  {
    id: 'slave.aggregatorId',
    label: 'Aggregator ID',
    value: 'aggregatorId',
    meaning: t(
      'Aggregator this port is attached to, or `N/A` when none. The port carries traffic only when this equals the active Aggregator ID.',
      '该端口所在的聚合组，未加入时为 `N/A`。仅当它等于活动聚合组 ID 时端口才承载流量。',
    ),
    printedWhen: AD,
  },
  {
    id: 'slave.actorChurnState',
    label: 'Actor Churn State',
    value: 'churn',
    meaning: t(
      'Churn detection for this side (actor): `monitoring`, `churned` (no synchronization within 60 s) or `none`.',
      '本端（actor）的抖动检测状态：`monitoring`、`churned`（60 秒内未同步）或 `none`。',
    ),
    printedWhen: PORT_AGG,
    since: SINCE_4_4,
  },
  {
    id: 'slave.partnerChurnState',
    label: 'Partner Churn State',
    value: 'churn',
    meaning: t(
      'Churn detection for the partner side: `monitoring`, `churned` (partner not in synchronization within 60 s) or `none`.',
      '对端的抖动检测状态：`monitoring`、`churned`（对端 60 秒内未同步）或 `none`。',
    ),
    printedWhen: PORT_AGG,
    since: SINCE_4_4,
  },
  {
    id: 'slave.actorChurned',
    label: 'Actor Churned Count',
    value: 'int',
    meaning: t('Times the actor churn state became `churned`.', '本端抖动状态变为 `churned` 的次数。'),
    printedWhen: PORT_AGG,
    since: SINCE_4_4,
  },
  {
    id: 'slave.partnerChurned',
    label: 'Partner Churned Count',
    value: 'int',
    meaning: t('Times the partner churn state became `churned`.', '对端抖动状态变为 `churned` 的次数。'),
    printedWhen: PORT_AGG,
    since: SINCE_4_4,
  },
  {
    id: 'slave.actorDetails',
    label: 'details actor lacp pdu',
    value: 'none',
    meaning: t('Heading: the LACP parameters this port sends (actor), in the indented lines below.', '标题：该端口发送的 LACP 参数（actor），见其下缩进的各行。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'slave.partnerDetails',
    label: 'details partner lacp pdu',
    value: 'none',
    meaning: t(
      'Heading: the LACP parameters last received from the partner, or the defaults when none arrives (none ever did, or they stopped and the record timed out).',
      '标题：最近一次从对端收到的 LACP 参数；没有在收到时为默认值（从未收到，或中断后记录已超时）。',
    ),
    ...LACP_PDU_LINE,
  },
  // ---------------------------------------------------------------- details actor lacp pdu
  {
    id: 'actor.systemPriority',
    label: 'system priority',
    value: 'int',
    meaning: t('System priority this port announces (ad_actor_sys_prio).', '该端口通告的系统优先级（ad_actor_sys_prio）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'actor.systemMac',
    label: 'system mac address',
    value: 'mac',
    meaning: t('System MAC this port announces (ad_actor_system, or the bond\'s MAC).', '该端口通告的系统 MAC（ad_actor_system，或 bond 的 MAC）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'actor.portKey',
    label: 'port key',
    value: 'key',
    meaning: t('Operational key this port announces: duplex, speed code and user key.', '该端口通告的运行 key：双工、速率编码和用户 key。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'actor.portPriority',
    label: 'port priority',
    value: 'int',
    meaning: t('Port priority this port announces (default 255; settable per port only in the newest kernels).', '该端口通告的端口优先级（默认 255；仅最新内核可按端口设置）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'actor.portNumber',
    label: 'port number',
    value: 'int',
    meaning: t(
      'Port number this port announces: its 802.3ad id in the bond (1 for the first port enslaved, then +1).',
      '该端口通告的端口号：它在 bond 中的 802.3ad 编号（第一个加入的端口为 1，之后依次加 1）。',
    ),
    ...LACP_PDU_LINE,
  },
  {
    id: 'actor.portState',
    label: 'port state',
    value: 'portState',
    meaning: t('LACP state bits this port announces, in decimal.', '该端口通告的 LACP 状态位，十进制。'),
    ...LACP_PDU_LINE,
  },
  // ---------------------------------------------------------------- details partner lacp pdu
  {
    id: 'partner.systemPriority',
    label: 'system priority',
    value: 'int',
    meaning: t('Partner\'s system priority (65535 while no LACPDU has been received).', '对端的系统优先级（未收到 LACPDU 时为 65535）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'partner.systemMac',
    label: 'system mac address',
    value: 'mac',
    meaning: t(
      'Partner\'s system MAC; the same on every port of one aggregator (00:00:00:00:00:00 while no LACPDU has been received).',
      '对端的系统 MAC；同一聚合组的所有端口上应相同（未收到 LACPDU 时为 00:00:00:00:00:00）。',
    ),
    ...LACP_PDU_LINE,
  },
  {
    id: 'partner.operKey',
    label: 'oper key',
    value: 'key',
    meaning: t('Partner\'s operational key, chosen by the switch (1 while no LACPDU has been received).', '对端的运行 key，由交换机决定（未收到 LACPDU 时为 1）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'partner.portPriority',
    label: 'port priority',
    value: 'int',
    meaning: t('Partner\'s port priority (255 while no LACPDU has been received).', '对端的端口优先级（未收到 LACPDU 时为 255）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'partner.portNumber',
    label: 'port number',
    value: 'int',
    meaning: t('Partner\'s port number, the switch\'s id for its port (1 while no LACPDU has been received).', '对端的端口号，即交换机对其端口的编号（未收到 LACPDU 时为 1）。'),
    ...LACP_PDU_LINE,
  },
  {
    id: 'partner.portState',
    label: 'port state',
    value: 'portState',
    meaning: t(
      'Partner\'s LACP state bits, in decimal (1, or 0 in the newest kernels, while no LACPDU has been received).',
      '对端的 LACP 状态位，十进制（未收到 LACPDU 时为 1，最新内核为 0）。',
    ),
    ...LACP_PDU_LINE,
  },
  // ---------------------------------------------------------------- vendor-only per-port lines
  vendorField('slave.vendorSlaveActive', 'Slave active', 'int', 'whether bonding treats the port as active', '可能表示 bonding 是否把该端口视为活动端口'),
  vendorField('slave.vendorSmVars', 'Slave sm_vars', 'text', "the port's 802.3ad state-machine flags, `sm_vars`, in hex", '可能是该端口 802.3ad 状态机标志 `sm_vars` 的十六进制值'),
  vendorField('slave.vendorAggregatorActive', 'Aggregator active', 'int', "whether the port's aggregator is the active one", '可能表示该端口所在聚合组是否为活动聚合组'),
];

export const PROC_FIELDS: readonly ProcField[] = ENTRIES.map((f) => ({ ...f, source: f.source ?? (PORT_SCOPES.includes(fieldScope(f)) ? SLAVE : MASTER) }));

// ---------------------------------------------------------------------------------------------------------------
// Print order
// ---------------------------------------------------------------------------------------------------------------

// source: bond_info_show_master() / bond_info_show_slave() in every era of procfs-lines.md §0 (MAIN-2007 through
// PROC-NEW), re-read in rivsidn/linux-4.4.155 063344a4e38a and gregkh/linux ddd664bbff63. Each line is printed by one
// seq_printf in a fixed sequence; the conditions (mode, arp_interval, CAP_NET_ADMIN, aggregator attached, era) only
// leave lines out. So the line printed right before a given line is always one of a few: the union over every era and
// condition is listed here. The vendor lines follow the one vendor 4.18 layout seen (`Slave active`, `Slave sm_vars`
// between `Slave queue ID` and `Aggregator ID`, `Aggregator active` right after it).
const BOND_END = ['bond.downdelay', 'bond.peerNotifDelay', 'bond.arpTargets', 'bond.nsTargets'];
const AGG_BEFORE = ['ad.lacpRate', 'ad.select', 'ad.systemMac'];

/** Field id → ids of the fields the kernel may print on the line before it (blank lines aside). */
export const PRINTED_AFTER: Readonly<Record<string, readonly string[]>> = {
  'bond.mode': ['header.driver'],
  'bond.hashPolicy': ['bond.mode'],
  'bond.primary': ['bond.mode', 'bond.hashPolicy'],
  'bond.activeSlave': ['bond.primary'],
  'bond.miiStatus': ['bond.mode', 'bond.hashPolicy', 'bond.activeSlave'],
  'bond.miimon': ['bond.miiStatus'],
  'bond.updelay': ['bond.miimon'],
  'bond.downdelay': ['bond.updelay'],
  'bond.peerNotifDelay': ['bond.downdelay'],
  'bond.arpInterval': ['bond.downdelay', 'bond.peerNotifDelay'],
  'bond.arpMissedMax': ['bond.arpInterval'],
  'bond.arpTargets': ['bond.arpInterval', 'bond.arpMissedMax'],
  'bond.nsTargets': ['bond.arpTargets'],
  'ad.info': BOND_END,
  'ad.lacpActive': ['ad.info'],
  'ad.lacpRate': ['ad.info', 'ad.lacpActive'],
  'ad.minLinks': ['ad.lacpRate'],
  'ad.select': ['ad.lacpRate', 'ad.minLinks'],
  'ad.systemPriority': ['ad.select'],
  'ad.systemMac': ['ad.systemPriority'],
  'ad.noActiveAggregator': AGG_BEFORE,
  'ad.activeAggregator': AGG_BEFORE,
  'aggregator.id': ['ad.activeAggregator'],
  'aggregator.ports': ['aggregator.id'],
  'aggregator.actorKey': ['aggregator.ports'],
  'aggregator.partnerKey': ['aggregator.actorKey'],
  'aggregator.partnerMac': ['aggregator.partnerKey'],
  'slave.interface': [
    ...BOND_END,
    'ad.select', // read without CAP_NET_ADMIN (≈4.4 and later)
    'ad.noActiveAggregator',
    'aggregator.partnerMac',
    'slave.permAddr', // driver 2.6 / ≈2.6.22, modes other than 802.3ad
    'slave.queueId',
    'slave.aggregatorId', // ≈2.6.22, and `N/A` in every era
    'slave.partnerChurned', // read without CAP_NET_ADMIN
    'partner.portState',
  ],
  'slave.miiStatus': ['slave.interface'],
  'slave.speed': ['slave.miiStatus'],
  'slave.duplex': ['slave.speed'],
  'slave.linkFailures': ['slave.miiStatus', 'slave.duplex'],
  'slave.permAddr': ['slave.linkFailures'],
  'slave.queueId': ['slave.permAddr', 'slave.aggregatorId'],
  'slave.vendorSlaveActive': ['slave.queueId'],
  'slave.vendorSmVars': ['slave.vendorSlaveActive'],
  'slave.aggregatorId': ['slave.permAddr', 'slave.queueId', 'slave.vendorSmVars'],
  'slave.vendorAggregatorActive': ['slave.aggregatorId'],
  'slave.actorChurnState': ['slave.aggregatorId', 'slave.vendorAggregatorActive'],
  'slave.partnerChurnState': ['slave.actorChurnState'],
  'slave.actorChurned': ['slave.partnerChurnState'],
  'slave.partnerChurned': ['slave.actorChurned'],
  'slave.actorDetails': ['slave.partnerChurned'],
  'actor.systemPriority': ['slave.actorDetails'],
  'actor.systemMac': ['actor.systemPriority'],
  'actor.portKey': ['actor.systemMac'],
  'actor.portPriority': ['actor.portKey'],
  'actor.portNumber': ['actor.portPriority'],
  'actor.portState': ['actor.portNumber'],
  'slave.partnerDetails': ['actor.portState'],
  'partner.systemPriority': ['slave.partnerDetails'],
  'partner.systemMac': ['partner.systemPriority'],
  'partner.operKey': ['partner.systemMac'],
  'partner.portPriority': ['partner.operKey'],
  'partner.portNumber': ['partner.portPriority'],
  'partner.portState': ['partner.portNumber'],
};

// ---------------------------------------------------------------------------------------------------------------
// Value domains
// ---------------------------------------------------------------------------------------------------------------

// Hardware addresses as printed (`%pM`, `%*phC`: lowercase hex octets with colons), and as people mask them before
// sharing (`xx`, `XX`, `##`, `**`, partly masked octets); sos clean keeps the hex form.
const OCTET = '[0-9a-fA-FxX#*?]{1,2}';
const ADDRESS = `${OCTET}(?::${OCTET})+`;
const IPV4 = '[0-9xX*]{1,3}(?:\\.[0-9xX*]{1,3}){3}';
// Up to the first colon without colons, so that the two repetitions never share one (linear, not quadratic, time).
const IPV6 = '[0-9a-fA-F.]*:[0-9a-fA-F:.]*';

/** What the kernel prints as the value of each kind of line (after the label and `: `). */
export const VALUE_PATTERN: Readonly<Record<Exclude<ValueKind, 'enum' | 'mode' | 'hashPolicy'>, RegExp>> = {
  none: /^$/,
  int: /^\d{1,10}$/,
  ms: /^\d{1,10}$/,
  mac: new RegExp(`^${ADDRESS}$`),
  hwaddr: new RegExp(`^(?:${ADDRESS})?$`),
  ifname: /^\S{1,64}$/,
  primary: /^\S{1,64}(?: \(primary_reselect (?:always|better|failure)\))?$/,
  text: /^[\s\S]*$/,
  speed: /^(?:\d{1,10} Mbps|Unknown)$/,
  duplex: /^(?:full|half|Unknown)$/,
  ipv4list: new RegExp(`^(?:${IPV4}(?:, ${IPV4})*)?$`),
  ipv6list: new RegExp(`^(?:${IPV6}(?:, ${IPV6})*)?$`),
  portState: /^(?:\d|[1-9]\d|1\d\d|2[0-4]\d|25[0-5])$/,
  // 16-bit keys (struct ad_info, port->actor_oper_port_key): 0 to 65535.
  key: /^(?:\d{1,4}|[0-5]\d{4}|6[0-4]\d{3}|65[0-4]\d\d|655[0-2]\d|6553[0-5])$/,
  aggregatorId: /^(?:\d{1,10}|N\/A)$/,
  churn: /^(?:monitoring|churned|none|unknown)$/,
  // `v` + version and date (before ≈5.7) or `v` + kernel release, which always has three numbers (`5.15.0-…`).
  // (`\d+\S*` is written `\d\S*`: the same texts, without a quadratic split of a long number between the two.)
  version: /^v?\d+\.\d+\.(?:\d\S*|\d+ \([^()]+\))$/,
};

/** Shown when a value is not one the kernel prints: what it prints there instead. */
export const VALUE_EXPECTED: Readonly<Record<ValueKind, Text>> = {
  none: t('nothing after the label', '标签后没有内容'),
  int: t('a decimal number', '一个十进制数'),
  ms: t('a number of milliseconds', '一个毫秒数'),
  mac: t('a MAC address such as 00:1b:21:49:d4:e4', '形如 00:1b:21:49:d4:e4 的 MAC 地址'),
  hwaddr: t('a hardware address such as 00:1b:21:49:d4:e4', '形如 00:1b:21:49:d4:e4 的硬件地址'),
  ifname: t('an interface name or None', '接口名或 None'),
  primary: t('an interface name, optionally with (primary_reselect always|better|failure), or None', '接口名（可带 (primary_reselect always|better|failure)）或 None'),
  text: t('text', '文本'),
  enum: t('one of: {values}', '以下之一：{values}'),
  speed: t('<n> Mbps or Unknown', '<n> Mbps 或 Unknown'),
  duplex: t('full, half or Unknown', 'full、half 或 Unknown'),
  ipv4list: t('IPv4 addresses separated by ", "', '以 ", " 分隔的 IPv4 地址'),
  ipv6list: t('IPv6 addresses separated by ", "', '以 ", " 分隔的 IPv6 地址'),
  portState: t('a decimal number from 0 to 255', '0 到 255 之间的十进制数'),
  key: t('a decimal number from 0 to 65535', '0 到 65535 之间的十进制数'),
  aggregatorId: t('an aggregator number or N/A', '聚合组编号或 N/A'),
  churn: t('one of: monitoring, churned, none', '以下之一：monitoring、churned、none'),
  mode: t('one of the seven mode texts of bond_mode_name()', 'bond_mode_name() 的七种模式文字之一'),
  hashPolicy: t('<policy> (<number>), e.g. layer3+4 (1)', '<策略> (<编号>)，例如 layer3+4 (1)'),
  version: t(
    'v<driver version> (<date>) or v<kernel release>, e.g. v3.7.1 (April 27, 2011) or v6.8.0-54-generic',
    'v<驱动版本> (<日期>) 或 v<内核版本>，例如 v3.7.1 (April 27, 2011) 或 v6.8.0-54-generic',
  ),
};

/** The part of the dump a field is printed in: the first part of its id (`slave.speed`). */
export function fieldScope(field: Pick<ProcField, 'id'>): FieldScope {
  return field.id.slice(0, field.id.indexOf('.')) as FieldScope;
}

// Lookups run for every line of every dump: maps, not scans.
/** Fields by label, then by scope: one lookup per line of a dump, however many scopes are searched. */
const BY_LABEL_AND_SCOPE = new Map<string, Map<FieldScope, ProcField>>();
for (const f of PROC_FIELDS) {
  let scopes = BY_LABEL_AND_SCOPE.get(f.label);
  if (!scopes) BY_LABEL_AND_SCOPE.set(f.label, (scopes = new Map()));
  scopes.set(fieldScope(f), f);
}
const BY_ID: ReadonlyMap<string, ProcField> = new Map(PROC_FIELDS.map((f) => [f.id, f]));

/** Exact, case-sensitive label match within a scope. The `no active aggregator` line has the empty label. */
export function procField(scope: FieldScope, label: string): ProcField | undefined {
  return BY_LABEL_AND_SCOPE.get(label)?.get(scope);
}

/** Labels by length and first character: a line's label is found without cutting it out of the line. */
const BY_LENGTH_AND_FIRST = new Map<number, { label: string; scopes: ReadonlyMap<FieldScope, ProcField> }[]>();
for (const [label, scopes] of BY_LABEL_AND_SCOPE) {
  if (label === '') continue;
  const key = label.length * 0x10000 + label.charCodeAt(0);
  BY_LENGTH_AND_FIRST.set(key, [...(BY_LENGTH_AND_FIRST.get(key) ?? []), { label, scopes }]);
}

/**
 * The fields printed with the exact label `text[start, end)`, by scope (most labels have one scope; `MII Status`
 * has two).
 */
export function procFieldsLabelled(text: string, start: number, end: number): ReadonlyMap<FieldScope, ProcField> | undefined {
  if (end <= start) return undefined;
  const candidates = BY_LENGTH_AND_FIRST.get((end - start) * 0x10000 + text.charCodeAt(start));
  if (candidates === undefined) return undefined;
  for (const c of candidates) if (text.startsWith(c.label, start)) return c.scopes;
  return undefined;
}

export function procFieldById(id: string): ProcField | undefined {
  return BY_ID.get(id);
}
