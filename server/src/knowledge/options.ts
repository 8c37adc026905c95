import { MODES, type ModeNumber } from './modes';
import { t, type Text } from './text';

/**
 * The bonding driver's options as data (kernel `drivers/net/bonding/bond_options.c` `bond_opts[]` and its value
 * tables, `bond_main.c` module parameters, `bond_sysfs.c`, `bond_netlink.c`), plus what NetworkManager and
 * wicked accept for each one in ifcfg files. Every other module reads option names from here.
 */

export type OptionKind =
  | 'enum'
  | 'int'
  /** integer milliseconds */
  | 'ms'
  /** integer seconds */
  | 's'
  | 'ipv4-list'
  | 'ipv6-list'
  | 'ifname'
  /** `ifname:queue` */
  | 'ifname:queue'
  | 'mac'
  /** `+ifname` / `-ifname` */
  | 'slaves';

/** NOSLAVES: refused while the bond has ports; IFDOWN: refused while the bond is up; RAWVAL: the option parses its own value. */
export type OptionFlag = 'NOSLAVES' | 'IFDOWN' | 'RAWVAL';

export interface EnumValue {
  readonly name: string;
  readonly number: number;
  readonly doc: Text;
  /** The table entry the keyword `default` selects. */
  readonly isDefault?: boolean;
  readonly since?: Text;
  /** Set when the newest kernel no longer accepts this value; says until when it was accepted. */
  readonly legacy?: Text;
}

/** A name in an integer option's value table (`off`, `minval`, `maxval`, `default`). */
export interface RangeKeyword {
  readonly name: string;
  readonly value: number;
  readonly isMin?: boolean;
  readonly isMax?: boolean;
  /** The entry the keyword `default` selects (which may be this entry under another name). */
  readonly isDefault?: boolean;
}

export interface OptionChannels {
  /** `modprobe bonding <name>=…` / `options bonding …`. */
  readonly moduleParam: boolean;
  /** A writable `/sys/class/net/<bond>/bonding/<name>` file: what initscripts writes BONDING_OPTS to. */
  readonly sysfs: boolean;
  /** An `IFLA_BOND_*` (or per-port `IFLA_BOND_SLAVE_*`) attribute: what NetworkManager, iproute2 and wicked use. */
  readonly netlink: boolean;
}

/** NetworkManager's own validation of the option (libnm `nm-setting-bond.c`), used for ifcfg BONDING_OPTS too. */
export interface NmSupport {
  /** int: decimal digits only, no keywords; enum: a kernel name or a number up to `max`; list: comma-separated. */
  readonly valueClass: 'int' | 'enum' | 'ifname' | 'ipv4-list' | 'ipv6-list' | 'mac';
  readonly min?: number;
  readonly max?: number;
  /** Enum names NetworkManager knows, when it knows fewer than the kernel. */
  readonly names?: readonly string[];
  readonly since?: string;
  readonly note?: Text;
  /**
   * Modes in which NetworkManager's verify() refuses the whole profile for this option (config-formats.md §1.5),
   * where the kernel would only refuse the one option; `fatalUnless` lists values it drops there instead.
   */
  readonly fatalInModes?: readonly ModeNumber[];
  readonly fatalUnless?: readonly string[];
}

/** wicked's `BONDING_MODULE_OPTS` parser (SUSE ifcfg). */
export interface WickedSupport {
  readonly names?: readonly string[];
  /**
   * wicked reads the value through a name table of its own, compared with `strcasecmp` (src/util.c
   * `ni_parse_uint_mapped`, called by src/bonding.c `ni_bonding_set_option`), and sends the kernel the number over
   * netlink: `mode=Active-Backup` is active-backup there, though the kernel's own parser refuses it. Options that
   * wicked reads as plain integers (use_carrier, all_slaves_active, tlb_dynamic_lb) do not have it.
   */
  readonly namesIgnoreCase?: boolean;
  readonly note?: Text;
}

export interface BondOption {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: OptionKind;
  readonly values?: readonly EnumValue[];
  readonly range?: { readonly min: number; readonly max: number };
  readonly keywords?: readonly RangeKeyword[];
  /** Longest list the kernel keeps (targets). */
  readonly maxItems?: number;
  /**
   * An interface name the kernel records without checking it: `bond_option_primary_set()` has no failure path, it
   * copies the name (`strscpy_pad`, cut to IFNAMSIZ - 1 characters) and waits for a port of that name to be enslaved.
   */
  readonly anyName?: boolean;
  /** Kernel default, in kernel spelling ('' for an empty list); undefined when not established. */
  readonly default?: string;
  readonly defaultNote?: Text;
  /** Modes in the option's `unsuppmodes`: the kernel refuses the option while the bond is in one of them. */
  readonly rejectedInModes: readonly ModeNumber[];
  /** Modes where the kernel accepts the option but nothing uses it. */
  readonly ineffectiveInModes: readonly ModeNumber[];
  readonly flags: readonly OptionFlag[];
  readonly since: Text;
  readonly deprecated?: Text;
  readonly channels: OptionChannels;
  /**
   * Why initscripts cannot apply the option although sysfs has a file for it: network-functions
   * `install_bonding_driver` writes BONDING_OPTS while the bond has no port yet (only primary waits for the ports).
   */
  readonly notByInitscripts?: Text;
  /** Set on one port, not on the bond (`queue_id`, `prio`, `actor_port_prio`). */
  readonly perPort?: boolean;
  /**
   * The key of a port's ifcfg file from which NetworkManager sets this per-port option (`nms-ifcfg-rh-reader.c`
   * `make_bond_port_setting`); in the bond's BONDING_OPTS it does not know the name.
   */
  readonly nmPortKey?: string;
  /** false for NetworkManager's own `balance-slb`, which the kernel does not know. */
  readonly kernel: boolean;
  /** A module parameter that is not in `bond_opts[]` (`max_bonds`, `tx_queues`). */
  readonly moduleOnly?: boolean;
  readonly nm?: NmSupport;
  readonly wicked?: WickedSupport;
  /** Facts about this option that could not be established from the sources. */
  readonly unverified?: Text;
  /** The sysfs file reads `<name> <number>` (`802.3ad 4`) rather than a bare number (`bond_sysfs.c` show functions). */
  readonly sysfsShowsName?: boolean;
  /** Values worth offering besides the default and the keywords, each with why (only values the sources name). */
  readonly commonValues?: readonly { readonly value: string; readonly doc: Text }[];
  readonly doc: Text;
}

const ALL_MODES: readonly ModeNumber[] = [0, 1, 2, 3, 4, 5, 6];
const except = (...keep: ModeNumber[]): ModeNumber[] => ALL_MODES.filter((m) => !keep.includes(m));
const ARP_MODES_REFUSED: readonly ModeNumber[] = [4, 5, 6];
const INT_MAX = 2147483647;
/** The modes that have an active port (bond_uses_primary), as the options' texts name them. */
const PRIMARY_MODES = t('active-backup, balance-tlb and balance-alb', 'active-backup、balance-tlb、balance-alb');
/** What the texts of the ARP monitor's options say of ARP_MODES_REFUSED. */
const ARP_REFUSED = t('Refused in 802.3ad, balance-tlb and balance-alb', '802.3ad、balance-tlb、balance-alb 模式拒绝此选项');

const ch = (moduleParam: boolean, sysfs: boolean, netlink: boolean): OptionChannels => ({ moduleParam, sysfs, netlink });

/** `bond_intmax_tbl`: off (the `default` entry) and maxval. */
const INTMAX_KEYWORDS: readonly RangeKeyword[] = [
  { name: 'off', value: 0, isDefault: true },
  { name: 'maxval', value: INT_MAX, isMax: true },
];

const SINCE_2006 = t(
  'Present in every driver version read: a module parameter by 2007 (≈2.6.22) and a field of struct bond_params in driver v3.0.2 (February 2006).',
  '所查阅的各版本驱动中都有：2007 年（约 2.6.22）已是模块参数，2006 年 2 月的驱动 v3.0.2 中已是 struct bond_params 的字段。',
);
const SINCE_2_6_38 = t('Absent from the 2007 (≈2.6.22) driver; present by the ≈2.6.38–3.0 era.', '2007 年（约 2.6.22）的驱动中没有；约 2.6.38–3.0 时期已存在。');
const SINCE_3_6 = t('Absent from the 2007 (≈2.6.22) driver; present in 3.6.', '2007 年（约 2.6.22）的驱动中没有；3.6 中已存在。');
const SINCE_SYSFS = t(
  'A sysfs file since bonding gained its sysfs interface (documented April 2006); never a module parameter.',
  '自 bonding 提供 sysfs 接口起即为 sysfs 文件（2006 年 4 月写入文档）；从来不是模块参数。',
);
const SINCE_2015 = t('Absent in 3.6; present in 2015 kernels (about 4.x).', '3.6 中没有；2015 年的内核（约 4.x）中已存在。');

/** NetworkManager's INT class (digits only). */
const nmInt = (min: number, max: number, extra: Partial<NmSupport> = {}): NmSupport => ({ valueClass: 'int', min, max, ...extra });
const nmEnum = (max: number, extra: Partial<NmSupport> = {}): NmSupport => ({ valueClass: 'enum', min: 0, max, ...extra });

const MODE_VALUES: readonly EnumValue[] = MODES.map((m) => ({
  name: m.name,
  number: m.number,
  doc: m.summary,
  ...(m.number === 0 ? { isDefault: true } : {}),
}));

/** The fields most options share, which an entry of the table writes only where it differs. */
type OptionEntry = Omit<BondOption, 'aliases' | 'rejectedInModes' | 'ineffectiveInModes' | 'flags' | 'kernel'> &
  Partial<Pick<BondOption, 'aliases' | 'rejectedInModes' | 'ineffectiveInModes' | 'flags' | 'kernel'>>;

/** A `since` naming the commit that added the option, then what else is known of its kernels. */
function commitSince(hash: string, title: string, rest: Text): Text {
  return t(`Commit ${hash} "${title}"${rest.en}`, `提交 ${hash} “${title}”${rest.zh}`);
}

/** The doc of an option only 802.3ad takes, and only while the bond is down. */
function onlyAdWhileDown(doc: Text): Text {
  return t(`${doc.en} Only 802.3ad accepts it, and only while the bond is down.`, `${doc.zh}只有 802.3ad 模式接受，且只能在 bond 处于 down 状态时修改。`);
}

const AFTER_3_6 = t('Added after 3.6.', '3.6 之后加入。');
/** An encap hash policy, which reads its layer's fields from the inner headers where it can. */
const encap = (layer: string): Text => t(
  `Like ${layer}, but the flow dissector may use the inner headers of encapsulated (tunnel) packets.`,
  `与 ${layer} 相同，但流解析器可能使用封装（隧道）报文的内层报头。`,
);
const NO_DEFAULT_ENTRY = t('The value table has no default entry, so the keyword default is refused.', '取值表中没有默认项，因此关键字 default 会被拒绝。');

/** updelay and downdelay: what each waits for, and how the kernel keeps it. */
function linkDelay(wait: Text): Text {
  return t(
    `Milliseconds to wait after ${wait.en}. Only the MII monitor uses it; it is stored as a multiple of miimon, rounded down, and writing it through sysfs or netlink fails while miimon is 0.`,
    `${wait.zh}。只有 MII 监控使用它；内核按 miimon 的整数倍（向下取整）保存，miimon 为 0 时通过 sysfs 或 netlink 设置会失败。`,
  );
}

export const BOND_OPTIONS: readonly BondOption[] = ([
  {
    name: 'mode',
    sysfsShowsName: true,
    kind: 'enum',
    values: MODE_VALUES,
    default: 'balance-rr',
    flags: ['NOSLAVES', 'IFDOWN'],
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmEnum(6),
    wicked: { namesIgnoreCase: true },
    doc: t(
      'Bonding policy: how traffic is spread over the ports and how a failure is handled. It can only be changed while the bond is down and has no ports.',
      '绑定策略：流量如何分布到各端口、故障时如何处理。只能在 bond 处于 down 状态且没有端口时修改。',
    ),
  },
  {
    name: 'packets_per_slave',
    kind: 'int',
    range: { min: 0, max: 65535 },
    keywords: [
      { name: 'default', value: 1, isDefault: true },
      { name: 'maxval', value: 65535, isMax: true },
    ],
    default: '1',
    rejectedInModes: except(0),
    since: SINCE_2015,
    channels: ch(true, true, true),
    nm: nmInt(0, 65535),
    wicked: {},
    doc: t(
      'Number of packets balance-rr sends through one port before moving to the next; 0 picks a port at random. Only balance-rr accepts it.',
      'balance-rr 模式在换到下一个端口之前经同一端口发送的数据包数；0 表示随机选择端口。只有 balance-rr 模式接受此选项。',
    ),
  },
  {
    name: 'xmit_hash_policy',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      {
        name: 'layer2',
        number: 0,
        isDefault: true,
        doc: t(
          'XOR of source and destination MAC and the EtherType: all traffic to one peer uses one port. 802.3ad compliant.',
          '源、目的 MAC 地址与以太网类型做异或：发往同一对端的全部流量走同一个端口。符合 802.3ad。',
        ),
      },
      {
        name: 'layer3+4',
        number: 1,
        doc: t(
          'IP addresses and the ports of TCP, UDP, SCTP and the like: one connection stays on one port, but connections to one peer can use different ports. Not fully 802.3ad compliant (fragments of one flow may take two ports).',
          'IP 地址与 TCP、UDP、SCTP 等协议的端口：同一连接固定走一个端口，发往同一对端的不同连接可走不同端口。不完全符合 802.3ad（同一流的分片可能走两个端口）。',
        ),
      },
      {
        name: 'layer2+3',
        number: 2,
        since: t('Added after 2007 (≈2.6.22); present in 3.6.', '2007 年（约 2.6.22）之后加入；3.6 中已存在。'),
        doc: t(
          'MAC addresses and IP addresses: all traffic to one peer uses one port; non-IP traffic is hashed like layer2. 802.3ad compliant.',
          'MAC 地址与 IP 地址：发往同一对端的全部流量走同一个端口；非 IP 流量按 layer2 方式计算。符合 802.3ad。',
        ),
      },
      {
        name: 'encap2+3',
        number: 3,
        since: AFTER_3_6,
        doc: encap('layer2+3'),
      },
      {
        name: 'encap3+4',
        number: 4,
        since: AFTER_3_6,
        doc: encap('layer3+4'),
      },
      {
        name: 'vlan+srcmac',
        number: 5,
        since: commitSince('7b8fc0103bb5', 'bonding: add a vlan+srcmac tx hashing option', t('; present in 2022 kernels.', '；2022 年的内核中已存在。')),
        doc: t('VLAN ID and source MAC only: spreads traffic per VLAN or per virtual machine without LACP.', '只用 VLAN ID 与源 MAC：无需 LACP 即可按 VLAN 或按虚拟机分担流量。'),
      },
    ],
    default: 'layer2',
    // bond_check_params(): "xmit_hash_policy param is irrelevant in mode %s" for balance-rr, active-backup, broadcast
    ineffectiveInModes: [0, 1, 3],
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmEnum(5),
    wicked: { namesIgnoreCase: true, names: ['layer2', 'layer2+3', 'layer3+4', 'encap2+3', 'encap3+4'], note: t('wicked has no vlan+srcmac.', 'wicked 不支持 vlan+srcmac。') },
    doc: t(
      'Transmit hash policy: which header fields choose the port for each packet in balance-xor, 802.3ad and balance-alb with tlb_dynamic_lb=0, and in balance-tlb (with tlb_dynamic_lb=1, the bucket that is then placed by load).',
      '发送哈希策略：在 balance-xor、802.3ad、tlb_dynamic_lb=0 的 balance-alb 以及 balance-tlb 中（tlb_dynamic_lb=1 时为随后按负载分配的哈希桶），决定用哪些报头字段为每个数据包选择端口。',
    ),
  },
  {
    name: 'arp_validate',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      { name: 'none', number: 0, isDefault: true, doc: t('No validation or filtering.', '不校验也不过滤。') },
      { name: 'active', number: 1, doc: t('Validate ARP traffic on the active port only.', '只在活动端口上校验 ARP 报文。') },
      { name: 'backup', number: 2, doc: t('Validate ARP traffic on backup ports only.', '只在备用端口上校验 ARP 报文。') },
      { name: 'all', number: 3, doc: t('Validate ARP traffic on all ports.', '在所有端口上校验 ARP 报文。') },
      {
        name: 'filter',
        number: 4,
        since: AFTER_3_6,
        doc: t('Count only ARP packets on all ports; no validation.', '所有端口只统计 ARP 报文；不校验。'),
      },
      {
        name: 'filter_active',
        number: 5,
        since: AFTER_3_6,
        doc: t('Filter on all ports; validate on the active port.', '所有端口过滤；活动端口校验。'),
      },
      {
        name: 'filter_backup',
        number: 6,
        since: AFTER_3_6,
        doc: t('Filter on all ports; validate on backup ports.', '所有端口过滤；备用端口校验。'),
      },
    ],
    default: 'none',
    rejectedInModes: ARP_MODES_REFUSED,
    since: t('Absent from driver v3.0.2 (2006); present by 2007 (≈2.6.22). The filter values came after 3.6.', '2006 年的驱动 v3.0.2 中没有；2007 年（约 2.6.22）已存在。filter 系列取值在 3.6 之后加入。'),
    channels: ch(true, true, true),
    nm: nmEnum(6),
    wicked: { namesIgnoreCase: true },
    doc: t(
      `Whether the ARP monitor checks that ARP requests and replies belong to this bond (validation), or counts only ARP packets (filtering), before it considers a port up. ${ARP_REFUSED.en}; every mode change resets it to none.`,
      `ARP 监控在判定端口为 up 之前，是否检查 ARP 请求和应答属于本 bond（校验），或只统计 ARP 报文（过滤）。${ARP_REFUSED.zh}；每次修改模式都会把它重置为 none。`,
    ),
  },
  {
    name: 'arp_all_targets',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      { name: 'any', number: 0, isDefault: true, doc: t('A port is up when any ARP target answers.', '任一 ARP 目标有应答即认为端口 up。') },
      { name: 'all', number: 1, doc: t('A port is up only when all ARP targets answer.', '所有 ARP 目标都有应答才认为端口 up。') },
    ],
    default: 'any',
    // bonding.rst: "This option affects only active-backup mode for slaves with arp_validation enabled."
    ineffectiveInModes: except(1),
    since: t('Absent in 3.6; present before 3.14.', '3.6 中没有；3.14 之前已存在。'),
    channels: ch(true, true, true),
    nm: nmEnum(1),
    wicked: { namesIgnoreCase: true },
    doc: t(
      'How many arp_ip_target addresses must answer for the ARP monitor to consider a port up. Only active-backup with arp_validate enabled uses it.',
      'ARP 监控判定端口为 up 所需应答的 arp_ip_target 地址个数。只有启用了 arp_validate 的 active-backup 模式使用它。',
    ),
  },
  {
    name: 'fail_over_mac',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      {
        name: 'none',
        number: 0,
        isDefault: true,
        doc: t('Every port is given the bond\'s MAC address when it is enslaved (traditional behaviour).', '每个端口加入时都被设置为 bond 的 MAC 地址（传统行为）。'),
      },
      {
        name: 'active',
        number: 1,
        doc: t(
          'The bond\'s MAC address is always that of the current active port; port MAC addresses are never changed, so peers must learn the new MAC from gratuitous ARP after a failover.',
          'bond 的 MAC 地址始终等于当前活动端口的 MAC；端口的 MAC 从不修改，因此故障切换后对端要靠免费 ARP 学习新的 MAC。',
        ),
      },
      {
        name: 'follow',
        number: 2,
        doc: t(
          'The bond\'s MAC address is chosen normally; a port gets it only when it becomes active, and the previously active port takes the new active port\'s MAC address.',
          'bond 的 MAC 地址照常选取；端口只在成为活动端口时才被设置为该 MAC，原活动端口则换用新活动端口的 MAC。',
        ),
      },
    ],
    default: 'none',
    // bond_enslave(): only `BOND_MODE(bond) == BOND_MODE_ACTIVEBACKUP && fail_over_mac != BOND_FOM_ACTIVE` switches it.
    defaultNote: t(
      'In active-backup mode the kernel selects active when the first port cannot change its MAC address.',
      '在 active-backup 模式下，若第一个端口不能修改 MAC 地址，内核会改用 active。',
    ),
    // bond_check_params(): "Warning: fail_over_mac only affects active-backup mode"
    ineffectiveInModes: except(1),
    flags: ['NOSLAVES'],
    since: SINCE_2_6_38,
    channels: ch(true, true, true),
    nm: nmEnum(2),
    wicked: { namesIgnoreCase: true },
    doc: t(
      'How active-backup handles the bond\'s MAC address when the active port changes. It can only be changed while the bond has no ports.',
      'active-backup 模式在活动端口切换时如何处理 bond 的 MAC 地址。只能在 bond 没有端口时修改。',
    ),
  },
  {
    name: 'arp_interval',
    kind: 'ms',
    range: { min: 0, max: INT_MAX },
    keywords: INTMAX_KEYWORDS,
    default: '0',
    rejectedInModes: ARP_MODES_REFUSED,
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmInt(0, INT_MAX, { fatalInModes: [5, 6], fatalUnless: ['0'] }),
    wicked: {},
    doc: t(
      `ARP monitoring interval in milliseconds: the bond sends ARP probes to arp_ip_target and checks each port for traffic; 0 disables it. ${ARP_REFUSED.en}. Only one link monitor runs: written after miimon, a non-zero value turns MII monitoring off; at module load miimon wins.`,
      `ARP 监控间隔（毫秒）：bond 向 arp_ip_target 发送 ARP 探测并检查各端口的收发流量；0 表示关闭。${ARP_REFUSED.zh}。同一时间只运行一种链路监控：在 miimon 之后写入的非零值会关闭 MII 监控；加载模块时以 miimon 为准。`,
    ),
  },
  {
    name: 'arp_missed_max',
    kind: 'int',
    range: { min: 1, max: 255 },
    keywords: [
      { name: 'minval', value: 1, isMin: true },
      { name: 'maxval', value: 255, isMax: true },
      { name: 'default', value: 2, isDefault: true },
    ],
    default: '2',
    rejectedInModes: ARP_MODES_REFUSED,
    since: t(
      'Kernel 5.17: commit 5944b5abd864 "Bonding: add arp_missed_max option" (2021); backported to 5.15.115.',
      '内核 5.17：提交 5944b5abd864 “Bonding: add arp_missed_max option”（2021 年）；已回移到 5.15.115。',
    ),
    channels: ch(false, true, true),
    nm: nmInt(0, 255, { since: '1.44', note: t('NetworkManager treats 0 as "use the default" (2).', 'NetworkManager 把 0 视为“使用默认值”（2）。'), fatalInModes: ARP_MODES_REFUSED, fatalUnless: ['0'] }),
    doc: t(
      `Number of ARP monitor intervals a port may miss before it is marked down (backup ports get one more), 1–255, default 2. ${ARP_REFUSED.en}.`,
      `端口被判定为 down 之前允许错过的 ARP 监控周期数（备用端口多允许一次），取值 1–255，默认 2。${ARP_REFUSED.zh}。`,
    ),
  },
  {
    name: 'arp_ip_target',
    kind: 'ipv4-list',
    maxItems: 16,
    default: '',
    // the ARP monitor cannot run there: arp_interval is refused in these modes
    ineffectiveInModes: ARP_MODES_REFUSED,
    flags: ['RAWVAL'],
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: { valueClass: 'ipv4-list' },
    wicked: {},
    doc: t(
      'IPv4 addresses the ARP monitor probes, comma-separated, at most 16; needed when arp_interval is above 0. 0.0.0.0 and 255.255.255.255 are refused (before Linux 5.3, every 0.x.x.x address). The sysfs file takes one +address or -address per write.',
      'ARP 监控探测的 IPv4 地址，用逗号分隔，最多 16 个；arp_interval 大于 0 时必须设置。0.0.0.0 和 255.255.255.255 会被拒绝（Linux 5.3 之前，所有 0.x.x.x 地址都会被拒绝）。sysfs 文件每次写入一个 +地址 或 -地址。',
    ),
  },
  {
    name: 'ns_ip6_target',
    kind: 'ipv6-list',
    maxItems: 16,
    default: '',
    ineffectiveInModes: ARP_MODES_REFUSED,
    flags: ['RAWVAL'],
    since: t('Kernel 5.18: commit 4e24be018eb9 "bonding: add new parameter ns_targets" (2022).', '内核 5.18：提交 4e24be018eb9 “bonding: add new parameter ns_targets”（2022 年）。'),
    channels: ch(false, false, true),
    nm: { valueClass: 'ipv6-list', since: '1.44' },
    doc: t(
      'IPv6 addresses the ARP monitor probes with Neighbor Solicitations, comma-separated, at most 16. Netlink only: there is no sysfs file or module parameter. ::, ::1 and multicast addresses are refused.',
      'ARP 监控用邻居请求（NS）探测的 IPv6 地址，用逗号分隔，最多 16 个。只能通过 netlink 设置：没有 sysfs 文件，也没有模块参数。::、::1 和组播地址会被拒绝。',
    ),
  },
  {
    name: 'downdelay',
    kind: 'ms',
    range: { min: 0, max: INT_MAX },
    keywords: INTMAX_KEYWORDS,
    default: '0',
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmInt(0, INT_MAX),
    wicked: {},
    doc: linkDelay(t('a link failure is detected before the port is disabled', '检测到链路故障后，等待多少毫秒再停用该端口')),
  },
  {
    name: 'updelay',
    kind: 'ms',
    range: { min: 0, max: INT_MAX },
    keywords: INTMAX_KEYWORDS,
    default: '0',
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmInt(0, INT_MAX),
    wicked: {},
    doc: linkDelay(t('a link recovery is detected before the port is enabled', '检测到链路恢复后，等待多少毫秒再启用该端口')),
  },
  {
    name: 'lacp_active',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      {
        name: 'off',
        number: 0,
        doc: t('LACPDUs are sent only in answer to the partner ("speak when spoken to").', '只在对端发送 LACPDU 时才应答（“有问才答”）。'),
      },
      { name: 'on', number: 1, isDefault: true, doc: t('LACPDUs are sent periodically at the lacp_rate.', '按 lacp_rate 周期性发送 LACPDU。') },
    ],
    default: 'on',
    rejectedInModes: except(4),
    flags: ['IFDOWN'],
    since: commitSince('3a755cd8b7c6', 'bonding: add new option lacp_active', t(' (2021).', '（2021 年）。')),
    channels: ch(false, true, true),
    nm: nmEnum(1, { since: '1.44', note: t('Any value outside 802.3ad makes the whole NetworkManager profile invalid.', '在 802.3ad 以外的模式中设置任何值，都会使整个 NetworkManager 配置无效。'), fatalInModes: except(4) }),
    doc: onlyAdWhileDown(t('Whether 802.3ad ports send LACPDUs periodically (on) or only answer the partner (off).', '802.3ad 端口是周期性发送 LACPDU（on），还是只应答对端（off）。')),
  },
  {
    name: 'lacp_rate',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      {
        name: 'slow',
        number: 0,
        doc: t('asks the partner to send LACPDUs every 30 s; 90 s timeout', '请求对端每 30 秒发送一次 LACPDU；超时 90 秒'),
      },
      {
        name: 'fast',
        number: 1,
        doc: t('asks the partner to send LACPDUs every 1 s; 3 s timeout', '请求对端每 1 秒发送一次 LACPDU；超时 3 秒'),
      },
    ],
    default: 'slow',
    defaultNote: NO_DEFAULT_ENTRY,
    rejectedInModes: except(4),
    flags: ['IFDOWN'],
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmEnum(1, { note: t('Outside 802.3ad NetworkManager refuses fast (the profile is invalid) and drops slow.', '在 802.3ad 以外的模式中，NetworkManager 拒绝 fast（整个配置无效），并丢弃 slow。'), fatalInModes: except(4), fatalUnless: ['slow', '0'] }),
    wicked: { namesIgnoreCase: true },
    doc: onlyAdWhileDown(t('The rate at which the bond asks its 802.3ad partner to send LACPDUs.', 'bond 要求 802.3ad 对端发送 LACPDU 的速率。')),
  },
  {
    name: 'min_links',
    kind: 'int',
    range: { min: 0, max: INT_MAX },
    keywords: INTMAX_KEYWORDS,
    default: '0',
    // bonding.rst: "This option only affect 802.3ad mode."
    ineffectiveInModes: except(4),
    since: SINCE_3_6,
    channels: ch(true, true, true),
    nm: nmInt(0, INT_MAX),
    wicked: {},
    doc: t(
      'Minimum number of ports that must be up before the bond reports carrier. Only 802.3ad uses it; 0 and 1 have the same effect.',
      'bond 报告载波（carrier on）前至少需要处于 up 状态的端口数。只有 802.3ad 模式使用它；0 与 1 效果相同。',
    ),
  },
  {
    name: 'ad_select',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      {
        name: 'stable',
        number: 0,
        isDefault: true,
        doc: t(
          'The aggregator with the largest total bandwidth; it stays active as long as one of its ports has link and it has an LACP partner (or neither it nor the best other aggregator has one).',
          '选择总带宽最大的聚合组；只要其中有端口链路正常，且它有 LACP 对端（或它与最佳的其他聚合组都没有对端），它就保持为活动聚合组。',
        ),
      },
      {
        name: 'bandwidth',
        number: 1,
        doc: t(
          'The aggregator with the largest total bandwidth; reselected when a port is added or removed, or a port\'s link or 802.3ad state changes.',
          '选择总带宽最大的聚合组；端口增删、端口链路或 802.3ad 状态变化时重新选择。',
        ),
      },
      {
        name: 'count',
        number: 2,
        doc: t('The aggregator with the most ports; reselected in the same cases as bandwidth.', '选择端口数最多的聚合组；重新选择的时机与 bandwidth 相同。'),
      },
      {
        name: 'actor_port_prio',
        number: 3,
        since: t('Added with actor_port_prio in 2025; newest kernels only.', '2025 年随 actor_port_prio 一同加入；仅最新内核支持。'),
        doc: t(
          'The aggregator whose enabled ports have the largest sum of actor_port_prio values; on a tie the one with more ports, then the one with more bandwidth. The sum is compared as is, so larger numbers win (in LACP itself a lower port priority number ranks higher). Reselected in the same cases as bandwidth.',
          '选择其已启用端口的 actor_port_prio 值之和最大的聚合组；和相同时选端口数多的，再相同时选带宽大的。内核直接比较这个和，所以数值大者胜出（而在 LACP 本身中，端口优先级数值越小越优先）。重新选择的时机与 bandwidth 相同。',
        ),
      },
    ],
    default: 'stable',
    // bond_check_params(): "ad_select param only affects 802.3ad mode"
    ineffectiveInModes: except(4),
    flags: ['IFDOWN'],
    since: SINCE_2_6_38,
    channels: ch(true, true, true),
    nm: nmEnum(2, { names: ['stable', 'bandwidth', 'count'] }),
    wicked: { namesIgnoreCase: true, names: ['stable', 'bandwidth', 'count'] },
    doc: t(
      '802.3ad aggregator selection logic: which aggregator becomes active when the ports form more than one. It can only be changed while the bond is down.',
      '802.3ad 聚合组选择逻辑：端口形成多个聚合组时哪一个成为活动聚合组。只能在 bond 处于 down 状态时修改。',
    ),
  },
  {
    name: 'num_unsol_na',
    aliases: ['num_grat_arp'],
    kind: 'int',
    range: { min: 0, max: 255 },
    keywords: [
      { name: 'off', value: 0 },
      { name: 'maxval', value: 255, isMax: true },
      { name: 'default', value: 1, isDefault: true },
    ],
    default: '1',
    // bonding.rst: "These options affect the active-backup or 802.3ad (broadcast_neighbor enabled) mode."
    ineffectiveInModes: [0, 2, 3, 5, 6],
    since: SINCE_3_6,
    channels: ch(true, true, true),
    nm: nmInt(0, 255, { note: t('Setting num_grat_arp and num_unsol_na to different values makes the profile invalid.', 'num_grat_arp 与 num_unsol_na 设为不同的值会使配置无效。') }),
    wicked: {},
    doc: t(
      'Number of peer notifications (gratuitous ARPs and unsolicited IPv6 Neighbor Advertisements) sent after a failover, 0–255, default 1. num_grat_arp and num_unsol_na are two names for the same value. Used by active-backup, and by 802.3ad when broadcast_neighbor is on.',
      '故障切换后发送的对端通告（免费 ARP 与非请求的 IPv6 邻居通告）次数，取值 0–255，默认 1。num_grat_arp 与 num_unsol_na 是同一个值的两个名字。active-backup 模式使用；802.3ad 模式仅在 broadcast_neighbor 开启时使用。',
    ),
  },
  {
    name: 'miimon',
    commonValues: [
      {
        value: '100',
        doc: t(
          'BOND_DEFAULT_MIIMON: the interval the kernel sets when a bond with miimon 0 is loaded in, or switched to, 802.3ad, balance-tlb or balance-alb; NetworkManager applies it when none of miimon, arp_interval and arp_validate is set.',
          'BOND_DEFAULT_MIIMON：miimon 为 0 的 bond 以 802.3ad、balance-tlb 或 balance-alb 模式加载或切换到这些模式时，内核设置的间隔；未设置 miimon、arp_interval 和 arp_validate 时 NetworkManager 也使用此值。',
        ),
      },
    ],
    kind: 'ms',
    range: { min: 0, max: INT_MAX },
    keywords: INTMAX_KEYWORDS,
    default: '0',
    defaultNote: t(
      'When the module is loaded in 802.3ad, balance-tlb or balance-alb mode, or the mode is changed to one of these, a miimon of 0 is replaced by 100; other modes keep 0. NetworkManager applies 100 when none of miimon, arp_interval and arp_validate is set.',
      '以 802.3ad、balance-tlb 或 balance-alb 模式加载模块，或把模式改为其中之一时，为 0 的 miimon 会被改为 100；其他模式保持 0。未设置 miimon、arp_interval 和 arp_validate 时，NetworkManager 会使用 100。',
    ),
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: nmInt(0, INT_MAX),
    wicked: {},
    doc: t(
      'MII link monitoring interval in milliseconds: how often each port\'s link state is checked; 0 disables it. A non-zero value turns ARP monitoring off.',
      'MII 链路监控间隔（毫秒）：每隔多久检查一次各端口的链路状态；0 表示关闭。非零值会关闭 ARP 监控。',
    ),
  },
  {
    name: 'prio',
    kind: 'int',
    range: { min: -2147483648, max: INT_MAX },
    rejectedInModes: except(1, 5, 6),
    flags: ['RAWVAL'],
    since: commitSince('0a2ff7cc8ad4', 'Bonding: add per-port priority for failover re-selection', t('; absent in 2022 kernels, present in 2024 kernels.', '；2022 年的内核中没有，2024 年的内核中已有。')),
    channels: ch(false, false, true),
    perPort: true,
    nmPortKey: 'BOND_PORT_PRIO',
    // bond_opts[] gives prio no default (RAWVAL); Documentation/networking/bonding.rst: "The default value is 0."
    default: '0',
    doc: t(
      `Per-port failover priority: when a new active port is chosen, a higher number wins; the primary port still comes first. Netlink only (NetworkManager writes it from BOND_PORT_PRIO), and only ${PRIMARY_MODES.en} accept it.`,
      `端口级故障切换优先级：选择新的活动端口时数值大者优先；primary 端口仍然最优先。只能通过 netlink 设置（NetworkManager 从 BOND_PORT_PRIO 写入），且只有 ${PRIMARY_MODES.zh} 模式接受。`,
    ),
  },
  {
    name: 'primary',
    kind: 'ifname',
    anyName: true,
    default: '',
    rejectedInModes: except(1, 5, 6),
    flags: ['RAWVAL'],
    since: SINCE_2006,
    channels: ch(true, true, true),
    nm: { valueClass: 'ifname', note: t('In any other mode than active-backup, balance-tlb or balance-alb NetworkManager refuses the whole profile.', '在 active-backup、balance-tlb、balance-alb 以外的模式中，NetworkManager 会拒绝整个配置。'), fatalInModes: except(1, 5, 6) },
    wicked: {},
    doc: t(
      `The port that is the active port whenever it is available (${PRIMARY_MODES.en} only). The name may be set before that interface is enslaved; an empty value clears it.`,
      `只要可用就作为活动端口的端口（仅 ${PRIMARY_MODES.zh} 模式）。可以在该接口加入 bond 之前设置；空值表示清除。`,
    ),
  },
  {
    name: 'primary_reselect',
    sysfsShowsName: true,
    kind: 'enum',
    values: [
      { name: 'always', number: 0, isDefault: true, doc: t('The primary becomes active whenever it comes back up.', 'primary 端口一恢复就成为活动端口。') },
      {
        name: 'better',
        number: 1,
        doc: t(
          'The primary becomes active when it comes back up if its speed and duplex are better than those of the current active port.',
          'primary 端口恢复后，若其速率和双工优于当前活动端口，才成为活动端口。',
        ),
      },
      {
        name: 'failure',
        number: 2,
        doc: t('The primary becomes active only when the current active port fails and the primary is up.', '只有当前活动端口故障且 primary 端口为 up 时，primary 才成为活动端口。'),
      },
    ],
    default: 'always',
    // only consulted together with primary, which these modes refuse (bond_uses_primary())
    ineffectiveInModes: [0, 2, 3, 4],
    since: SINCE_2_6_38,
    channels: ch(true, true, true),
    nm: nmEnum(2),
    wicked: { namesIgnoreCase: true },
    doc: t(
      `When the primary port takes over again after it recovers or the active port fails. It matters only when a primary is set, so only in ${PRIMARY_MODES.en}.`,
      `primary 端口恢复或活动端口故障时，primary 何时重新接管。只有设置了 primary 时才起作用，因此仅用于 ${PRIMARY_MODES.zh} 模式。`,
    ),
  },
  {
    name: 'use_carrier',
    kind: 'enum',
    values: [
      {
        name: 'off',
        number: 0,
        legacy: t('Accepted until use_carrier was made obsolete in 2025 (commit 23a6037ce76c); newer kernels refuse it.', '2025 年 use_carrier 被废弃（提交 23a6037ce76c）之前接受；更新的内核拒绝。'),
        doc: t('Link state from MII/ethtool ioctls.', '通过 MII/ethtool ioctl 获取链路状态。'),
      },
      { name: 'on', number: 1, isDefault: true, doc: t('Link state from the driver\'s carrier (netif_carrier_ok()).', '通过驱动的载波状态（netif_carrier_ok()）获取链路状态。') },
    ],
    default: 'on',
    since: t(
      'Since 2003; made obsolete by commit 23a6037ce76c "bonding: Remove support for use_carrier" (2025).',
      '自 2003 年起存在；2025 年被提交 23a6037ce76c “bonding: Remove support for use_carrier” 废弃。',
    ),
    deprecated: t(
      'Obsolete: the link state always comes from netif_carrier_ok(). Newest kernels accept only 1 (on); a module parameter other than 1 stops the module from loading.',
      '已废弃：链路状态始终来自 netif_carrier_ok()。最新内核只接受 1（on）；模块参数不为 1 时模块无法加载。',
    ),
    channels: ch(true, true, true),
    nm: nmInt(0, 1),
    wicked: {},
    doc: t(
      'Whether the MII monitor reads the link state from the driver\'s carrier (1) or from MII/ethtool ioctls (0). Obsolete: newest kernels always use the carrier and accept only 1.',
      'MII 监控是从驱动的载波状态（1）还是通过 MII/ethtool ioctl（0）读取链路状态。已废弃：最新内核始终使用载波状态，只接受 1。',
    ),
  },
  {
    name: 'active_slave',
    kind: 'ifname',
    rejectedInModes: except(1, 5, 6),
    flags: ['RAWVAL'],
    since: SINCE_SYSFS,
    channels: ch(false, true, true),
    notByInitscripts: t(
      'it writes active_slave before any port is enslaved, and the kernel refuses a name that is not one of the bond\'s ports',
      '它在任何端口加入 bond 之前就写入 active_slave，而内核拒绝不是 bond 端口的名字',
    ),
    nm: { valueClass: 'ifname', note: t('NetworkManager treats it as another name for primary and never sets the kernel\'s active_slave.', 'NetworkManager 把它当作 primary 的别名，从不设置内核的 active_slave。') },
    wicked: {},
    doc: t(
      `Makes the named port the active port now (${PRIMARY_MODES.en}). The port and its link must be up; an empty value clears it and lets the bond choose. Not a module parameter.`,
      `立即把指定端口设为活动端口（${PRIMARY_MODES.zh} 模式）。该端口及其链路必须为 up；空值表示清除，由 bond 自行选择。没有同名模块参数。`,
    ),
  },
  {
    name: 'queue_id',
    kind: 'ifname:queue',
    default: '0',
    flags: ['RAWVAL'],
    since: SINCE_2_6_38,
    channels: ch(false, true, true),
    // bond_option_queue_id_set() looks the name up among the bond's ports and fails (-EPERM) for any other.
    notByInitscripts: t(
      'it writes queue_id before any port is enslaved, and the kernel sets a queue id only on a port that is already enslaved',
      '它在任何端口加入 bond 之前就写入 queue_id，而内核只为已加入 bond 的端口设置队列号',
    ),
    perPort: true,
    nmPortKey: 'BOND_PORT_QUEUE_ID',
    doc: t(
      'Assigns a port to a transmit queue, written ifname:queue; packets the system classifies to that queue leave through that port. The queue must not exceed the bond\'s TX queue count, and non-zero ids must be unique. The port must already be enslaved when it is written.',
      '把端口绑定到一个发送队列，写作 接口名:队列号；被系统分类到该队列的报文经该端口发出。队列号不能超过 bond 的发送队列数，非零队列号不能重复。写入时该端口必须已加入 bond。',
    ),
  },
  {
    name: 'all_slaves_active',
    kind: 'enum',
    values: [
      { name: 'off', number: 0, isDefault: true, doc: t('Duplicate frames received on inactive ports are dropped.', '丢弃在非活动端口上收到的重复帧。') },
      { name: 'on', number: 1, doc: t('Duplicate frames received on inactive ports are delivered.', '接收在非活动端口上收到的重复帧。') },
    ],
    default: 'off',
    since: SINCE_3_6,
    channels: ch(true, true, true),
    nm: nmInt(0, 1, { note: t('NetworkManager accepts only 0 or 1, not off/on.', 'NetworkManager 只接受 0 或 1，不接受 off/on。') }),
    wicked: {},
    doc: t('Whether duplicate frames received on inactive ports are dropped (0) or delivered (1).', '在非活动端口上收到的重复帧是丢弃（0）还是接收（1）。'),
  },
  {
    name: 'resend_igmp',
    kind: 'int',
    range: { min: 0, max: 255 },
    keywords: [
      { name: 'off', value: 0 },
      { name: 'maxval', value: 255, isMax: true },
      { name: 'default', value: 1, isDefault: true },
    ],
    default: '1',
    since: SINCE_3_6,
    channels: ch(true, true, true),
    nm: nmInt(0, 255),
    wicked: {},
    doc: t(
      'Number of IGMP membership reports sent after a failover, 0–255, default 1: one at once, the rest every 200 ms; 0 sends none. It matters where a failover moves IGMP traffic to another port (balance-rr, active-backup, balance-tlb, balance-alb).',
      `故障切换后发送的 IGMP 成员报告数，取值 0–255，默认 1：立即发送一个，其余每 200 毫秒发送一个；0 表示不发送。在故障切换会把 IGMP 流量移到另一端口的模式中有意义（balance-rr、${PRIMARY_MODES.zh}）。`,
    ),
  },
  {
    name: 'lp_interval',
    kind: 's',
    range: { min: 1, max: INT_MAX },
    keywords: [
      { name: 'minval', value: 1, isMin: true, isDefault: true },
      { name: 'maxval', value: INT_MAX, isMax: true },
    ],
    default: '1',
    // bonding.rst: "This Option has effect only in balance-tlb and balance-alb modes."
    ineffectiveInModes: except(5, 6),
    since: SINCE_2015,
    channels: ch(true, true, true),
    nm: nmInt(1, INT_MAX),
    wicked: {},
    doc: t(
      'Seconds between the learning packets balance-tlb and balance-alb send to each port\'s peer switch, 1–2147483647, default 1.',
      'balance-tlb 与 balance-alb 模式向各端口对端交换机发送学习报文的间隔（秒），取值 1–2147483647，默认 1。',
    ),
  },
  {
    name: 'slaves',
    kind: 'slaves',
    flags: ['RAWVAL'],
    since: SINCE_SYSFS,
    channels: ch(false, true, false),
    doc: t(
      'Adds (+ifname) or removes (-ifname) one port per write to the sysfs slaves file. Over netlink a port is enslaved by setting its master instead.',
      '每次写入 sysfs 的 slaves 文件添加（+接口名）或移除（-接口名）一个端口。通过 netlink 时则是设置端口的 master。',
    ),
  },
  {
    name: 'tlb_dynamic_lb',
    kind: 'enum',
    values: [
      {
        name: 'off',
        number: 0,
        doc: t('Flows are placed by the transmit hash only (xmit_hash_policy); no reordering.', '只按发送哈希（xmit_hash_policy）分配流；不会乱序。'),
      },
      {
        name: 'on',
        number: 1,
        isDefault: true,
        doc: t('Flows are shuffled across ports by current load; packets may be reordered.', '按当前负载在端口间动态调整流；报文可能乱序。'),
      },
    ],
    default: 'on',
    defaultNote: t('Switching to balance-alb sets it to on.', '切换到 balance-alb 模式时会被设为 on。'),
    rejectedInModes: except(5, 6),
    flags: ['IFDOWN'],
    since: SINCE_2015,
    channels: ch(false, true, true),
    nm: nmInt(0, 1),
    wicked: {},
    doc: t(
      'Whether balance-tlb and balance-alb shuffle flows by load (1) or place them by the transmit hash only (0). Only those modes accept it, and only while the bond is down.',
      'balance-tlb 与 balance-alb 模式是按负载动态分配流（1），还是只按发送哈希分配（0）。只有这两种模式接受，且只能在 bond 处于 down 状态时修改。',
    ),
  },
  {
    name: 'ad_actor_sys_prio',
    kind: 'int',
    range: { min: 1, max: 65535 },
    keywords: [
      { name: 'minval', value: 1, isMin: true },
      { name: 'maxval', value: 65535, isMax: true, isDefault: true },
    ],
    default: '65535',
    rejectedInModes: except(4),
    since: SINCE_2015,
    channels: ch(false, true, true),
    nm: nmInt(1, 65535),
    wicked: {},
    doc: t(
      '802.3ad system priority the bond sends in its LACPDUs, 1–65535, default 65535. Only 802.3ad accepts it.',
      'bond 在 LACPDU 中通告的 802.3ad 系统优先级，取值 1–65535，默认 65535。只有 802.3ad 模式接受。',
    ),
  },
  {
    name: 'actor_port_prio',
    kind: 'int',
    range: { min: 0, max: 65535 },
    default: '255',
    rejectedInModes: except(4),
    flags: ['RAWVAL'],
    since: commitSince('6b6dc81ee7e8', 'bonding: add support for per-port LACP actor priority', t(' (September 2025); raw value since 067bf016e99a (November 2025).', '（2025 年 9 月）；自 067bf016e99a（2025 年 11 月）起按原始值解析。')),
    channels: ch(false, false, true),
    perPort: true,
    unverified: t('The patch documentation says 1–65535; the netlink attribute is a u16 (0–65535).', '补丁文档写的是 1–65535；netlink 属性是 u16（0–65535）。'),
    doc: t(
      'Per-port 802.3ad actor port priority, used by ad_select=actor_port_prio; default 255. Netlink only, and only 802.3ad accepts it.',
      '端口级 802.3ad actor 端口优先级，供 ad_select=actor_port_prio 使用；默认 255。只能通过 netlink 设置，且只有 802.3ad 模式接受。',
    ),
  },
  {
    name: 'ad_actor_system',
    kind: 'mac',
    default: '00:00:00:00:00:00',
    rejectedInModes: except(4),
    flags: ['RAWVAL'],
    since: SINCE_2015,
    channels: ch(false, true, true),
    nm: { valueClass: 'mac' },
    wicked: {},
    doc: t(
      '802.3ad system MAC address the bond sends in its LACPDUs. It must not be a multicast address; all zeros means the bond\'s own MAC. Only 802.3ad accepts it.',
      'bond 在 LACPDU 中通告的 802.3ad 系统 MAC 地址。不能是组播地址；全零表示使用 bond 自身的 MAC。只有 802.3ad 模式接受。',
    ),
  },
  {
    name: 'ad_user_port_key',
    kind: 'int',
    range: { min: 0, max: 1023 },
    keywords: [
      { name: 'minval', value: 0, isMin: true, isDefault: true },
      { name: 'maxval', value: 1023, isMax: true },
    ],
    default: '0',
    rejectedInModes: except(4),
    flags: ['IFDOWN'],
    since: SINCE_2015,
    channels: ch(false, true, true),
    nm: nmInt(0, 1023),
    wicked: {},
    doc: onlyAdWhileDown(t('Upper 10 bits (bits 6–15) of the 802.3ad port key, 0–1023, default 0.', '802.3ad 端口 key 的高 10 位（第 6–15 位），取值 0–1023，默认 0。')),
  },
  {
    name: 'peer_notif_delay',
    kind: 'ms',
    range: { min: 0, max: 300000 },
    keywords: [
      { name: 'off', value: 0 },
      { name: 'maxval', value: 300000, isMax: true },
    ],
    default: '0',
    defaultNote: t(`0 means one miimon interval. ${NO_DEFAULT_ENTRY.en}`, `0 表示一个 miimon 间隔。${NO_DEFAULT_ENTRY.zh}`),
    ineffectiveInModes: [0, 2, 3, 5, 6],
    since: commitSince('07a4ddec3ce9', 'bonding: add an option to specify a delay between peer notifications', t(' (2019); the 300000 ms limit came later.', '（2019 年）；300000 毫秒的上限是之后加的。')),
    channels: ch(false, true, true),
    nm: nmInt(0, INT_MAX, { note: t('NetworkManager refuses the profile when miimon is 0 or the value is not a multiple of miimon.', 'miimon 为 0 或该值不是 miimon 的整数倍时，NetworkManager 拒绝整个配置。') }),
    doc: t(
      'Milliseconds between the peer notifications sent after a failover (see num_grat_arp), 0–300000. It is stored as a multiple of miimon, rounded down, and writing it through sysfs or netlink fails while miimon is 0.',
      '故障切换后相邻两次对端通告（见 num_grat_arp）之间的毫秒数，取值 0–300000。内核按 miimon 的整数倍（向下取整）保存，miimon 为 0 时通过 sysfs 或 netlink 设置会失败。',
    ),
  },
  {
    name: 'coupled_control',
    kind: 'enum',
    values: [
      { name: 'off', number: 0, doc: t('Independent control: Collecting and Distributing are separate mux states (IEEE 802.1AX-2008 5.4.15).', '独立控制：Collecting 与 Distributing 是复用器的两个独立状态（IEEE 802.1AX-2008 5.4.15）。') },
      { name: 'on', number: 1, isDefault: true, doc: t('Coupled control: Collecting and Distributing change together.', '耦合控制：Collecting 与 Distributing 同时变化。') },
    ],
    default: 'on',
    rejectedInModes: except(4),
    flags: ['IFDOWN'],
    since: t(
      'Series "bonding: Add independent control state machine" (net-next, January–February 2024); also backported to CIP 6.1 (v6.1.151-cip46).',
      '补丁系列 “bonding: Add independent control state machine”（net-next，2024 年 1–2 月）；也被回移到 CIP 6.1（v6.1.151-cip46）。',
    ),
    channels: ch(false, false, true),
    doc: t(
      'Whether the 802.3ad mux couples the Collecting and Distributing states (on, default) or runs them separately (off). Netlink only, only 802.3ad accepts it, and only while the bond is down.',
      '802.3ad 复用器是把 Collecting 与 Distributing 状态耦合在一起（on，默认）还是分开（off）。只能通过 netlink 设置，只有 802.3ad 模式接受，且只能在 bond 处于 down 状态时修改。',
    ),
  },
  {
    name: 'broadcast_neighbor',
    kind: 'enum',
    values: [
      { name: 'off', number: 0, isDefault: true, doc: t('ARP/ND packets go out on one port like other traffic.', 'ARP/ND 报文与其他流量一样只从一个端口发出。') },
      { name: 'on', number: 1, doc: t('ARP/ND packets are sent on all active ports.', 'ARP/ND 报文从所有活动端口发出。') },
    ],
    default: 'off',
    defaultNote: t('Every mode change resets it to off.', '每次修改模式都会把它重置为 off。'),
    rejectedInModes: except(4),
    since: commitSince('ce7a381697cb', 'net: bonding: add broadcast_neighbor option for 802.3ad', t(', in v6.17-rc1; reported backported to 6.6 stable.', '，进入 v6.17-rc1；据报已回移到 6.6 稳定版。')),
    channels: ch(false, false, true),
    doc: t(
      'In 802.3ad, whether ARP and IPv6 neighbour (ND) packets are sent on all active ports. Netlink only, and only 802.3ad accepts it.',
      '在 802.3ad 模式中，是否把 ARP 和 IPv6 邻居发现（ND）报文从所有活动端口发出。只能通过 netlink 设置，且只有 802.3ad 模式接受。',
    ),
  },
  {
    name: 'lacp_strict',
    kind: 'int',
    range: { min: 0, max: 255 },
    // read only by bond_3ad_set_carrier()
    ineffectiveInModes: except(4),
    since: commitSince('32b0b8953343', 'bonding: 3ad: add lacp_strict configuration knob', t(' (2026); reported in 6.18.y stable.', '（2026 年）；据报已进入 6.18.y 稳定版。')),
    channels: ch(false, false, true),
    unverified: t(
      'Its value names, default, mode restriction, flags and any sysfs file could not be established; the netlink attribute is a u8.',
      '取值名称、默认值、模式限制、标志以及是否有 sysfs 文件均未能确认；netlink 属性为 u8。',
    ),
    doc: t(
      'With min_links, 802.3ad counts only ports that are both collecting and distributing when this is set, and enabled ports otherwise, before it reports carrier. Netlink only (IFLA_BOND_LACP_STRICT).',
      '设置后，802.3ad 在依据 min_links 判断是否报告载波时，只统计同时处于 collecting 和 distributing 的端口；否则统计已启用的端口。只能通过 netlink（IFLA_BOND_LACP_STRICT）设置。',
    ),
  },
  {
    name: 'max_bonds',
    kind: 'int',
    range: { min: 0, max: INT_MAX },
    default: '1',
    since: t('A module parameter in every driver read, by 2007 (≈2.6.22) at the latest.', '所查阅的各版本驱动中都是模块参数，最晚 2007 年（约 2.6.22）已存在。'),
    channels: ch(true, false, false),
    moduleOnly: true,
    doc: t(
      'Module parameter: how many bond devices the bonding module creates when it loads (default 1; 0 creates none). It is not a setting of one bond.',
      '模块参数：加载 bonding 模块时创建的 bond 设备数（默认 1；0 表示不创建）。不是单个 bond 的设置。',
    ),
  },
  {
    name: 'tx_queues',
    kind: 'int',
    range: { min: 1, max: 255 },
    default: '16',
    since: SINCE_3_6,
    channels: ch(true, false, false),
    moduleOnly: true,
    doc: t(
      'Module parameter: number of transmit queues of each bond device, 1–255, default 16 (normally the limit for queue_id). It is not a setting of one bond.',
      '模块参数：每个 bond 设备的发送队列数，取值 1–255，默认 16（通常也是 queue_id 的上限）。不是单个 bond 的设置。',
    ),
  },
  {
    name: 'balance-slb',
    kind: 'int',
    range: { min: 0, max: 1 },
    default: '0',
    since: t('NetworkManager 1.42.', 'NetworkManager 1.42。'),
    channels: ch(false, false, false),
    kernel: false,
    nm: nmInt(0, 1, { since: '1.42' }),
    doc: t(
      'NetworkManager option, not a kernel one: NetworkManager itself balances traffic by source MAC. It requires mode balance-xor with xmit_hash_policy vlan+srcmac (implied when unset).',
      'NetworkManager 自有选项，内核没有：由 NetworkManager 自己按源 MAC 分担流量。要求 mode 为 balance-xor 且 xmit_hash_policy 为 vlan+srcmac（未设置时默认即为此值）。',
    ),
  },
] satisfies OptionEntry[]).map((o) => ({ aliases: [], rejectedInModes: [], ineffectiveInModes: [], flags: [], kernel: true, ...o }));

const BY_NAME: ReadonlyMap<string, BondOption> = new Map(
  BOND_OPTIONS.flatMap((o) => [[o.name, o] as const, ...o.aliases.map((a) => [a, o] as const)]),
);

/** Every name the table knows, aliases included. */
export const OPTION_NAMES: readonly string[] = [...BY_NAME.keys()];

/** Exact, case-sensitive lookup by kernel name or alias (sysfs file names are case-sensitive). */
export function optionByName(name: string): BondOption | undefined {
  return BY_NAME.get(name);
}

/** The option can be set this way, so a reader that uses only that way can apply it. */
export function settableVia(option: BondOption, reader: 'initscripts' | 'networkmanager' | 'wicked'): boolean {
  switch (reader) {
    case 'initscripts':
      return option.channels.sysfs && !option.notByInitscripts;
    case 'networkmanager':
      return option.nm !== undefined;
    case 'wicked':
      return option.wicked !== undefined;
  }
}

/**
 * The table's own spelling of an enum name that wicked accepts in another case (`Active-Backup` → `active-backup`);
 * undefined when wicked reads the option without its name table or the value matches no name.
 */
export function wickedEnumName(option: BondOption, value: string): string | undefined {
  if (!option.wicked?.namesIgnoreCase) return undefined;
  const lower = value.toLowerCase();
  return option.values?.find((v) => v.name.toLowerCase() === lower)?.name;
}

export function isRejectedInMode(option: BondOption, mode: ModeNumber): boolean {
  return option.rejectedInModes.includes(mode);
}

/**
 * NetworkManager refuses the whole profile for this value in this mode, not only the option. A value it cannot read
 * is dropped before that check (with a warning), so it never gets there.
 */
export function nmRefusesProfileInMode(option: BondOption, mode: ModeNumber, value: string): boolean {
  const nm = option.nm;
  return nm?.fatalInModes?.includes(mode) === true && !nm.fatalUnless?.includes(value) && validateNmValue(option, value).ok;
}

export function isIneffectiveInMode(option: BondOption, mode: ModeNumber): boolean {
  return option.ineffectiveInModes.includes(mode);
}

// ---------------------------------------------------------------------------------------------------------
// Value validation

export type ValueProblem =
  | 'empty'
  | 'unknown-value'
  | 'out-of-range'
  | 'bad-ip'
  | 'bad-ipv6'
  | 'reserved-address'
  | 'too-many'
  | 'bad-mac'
  | 'multicast-mac'
  | 'bad-ifname'
  | 'bad-queue-id'
  | 'bad-command'
  | 'not-supported';

export type NormalizedValue =
  | { readonly kind: 'enum'; readonly name: string; readonly number: number }
  | { readonly kind: 'int'; readonly value: number; readonly keyword?: string }
  | { readonly kind: 'ipv4-list'; readonly addresses: readonly string[] }
  | { readonly kind: 'ipv6-list'; readonly addresses: readonly string[] }
  | { readonly kind: 'ifname'; readonly name: string }
  | { readonly kind: 'ifname:queue'; readonly ifname: string; readonly queue: number }
  | { readonly kind: 'mac'; readonly mac: string }
  | { readonly kind: 'slaves'; readonly op: '+' | '-'; readonly ifname: string };

export type ValueCheck =
  | {
      readonly ok: true;
      readonly normalized: NormalizedValue;
      /** Set when only older kernels accept the value. */
      readonly legacy?: Text;
      /** What the kernel keeps of a name it takes unchecked, when that is not the name as written or no interface can have it. */
      readonly kept?: Text;
    }
  | {
      readonly ok: false;
      readonly problem: ValueProblem;
      readonly expected: Text;
      /** The offending part, as offsets into the value string. */
      readonly at?: { readonly start: number; readonly end: number };
    };

const fail = (problem: ValueProblem, expected: Text, at?: { start: number; end: number }): ValueCheck =>
  at ? { ok: false, problem, expected, at } : { ok: false, problem, expected };

/** `dev_valid_name()` in words. */
const IFNAME_TEXT = t('an interface name of at most 15 characters without "/", ":" or blanks', '接口名，最多 15 个字符，不含 “/”、“:” 或空白');

const EXPECTED = new Map<BondOption, Text>();

/** A human description of the accepted values, e.g. "one of slow (0), fast (1)"; every value check carries it. */
export function expectedValues(option: BondOption): Text {
  let text = EXPECTED.get(option);
  if (!text) EXPECTED.set(option, (text = describeValues(option)));
  return text;
}

function describeValues(option: BondOption): Text {
  switch (option.kind) {
    case 'enum': {
      const list = (option.values ?? []).filter((v) => !v.legacy).map((v) => `${v.name} (${v.number})`).join(', ');
      const dflt = (option.values ?? []).some((v) => v.isDefault);
      return t(`one of ${list}${dflt ? ', or default' : ''}`, `以下之一：${list}${dflt ? '，或 default' : ''}`);
    }
    case 'int':
    case 'ms':
    case 's': {
      const r = option.range ?? { min: 0, max: INT_MAX };
      const kws = keywordNames(option);
      const unit = option.kind === 'ms' ? t(' (milliseconds)', '（毫秒）') : option.kind === 's' ? t(' (seconds)', '（秒）') : t('', '');
      return t(
        `an integer from ${r.min} to ${r.max}${unit.en}${kws.length ? `, or ${kws.join(', ')}` : ''}`,
        `${r.min} 到 ${r.max} 之间的整数${unit.zh}${kws.length ? `，或 ${kws.join('、')}` : ''}`,
      );
    }
    case 'ipv4-list':
      return t(
        `comma-separated IPv4 addresses (at most ${option.maxItems ?? 16}), not 0.0.0.0 or 255.255.255.255`,
        `用逗号分隔的 IPv4 地址（最多 ${option.maxItems ?? 16} 个），不能是 0.0.0.0 或 255.255.255.255`,
      );
    case 'ipv6-list':
      return t(
        `comma-separated IPv6 addresses (at most ${option.maxItems ?? 16}), not ::, ::1 or multicast`,
        `用逗号分隔的 IPv6 地址（最多 ${option.maxItems ?? 16} 个），不能是 ::、::1 或组播地址`,
      );
    case 'ifname':
      return option.anyName
        ? t(`any name; only ${IFNAME_TEXT.en} can match a port`, '任意名称；只有符合接口名规则（最多 15 个字符，不含 “/”、“:” 或空白）的名称才能与端口匹配')
        : IFNAME_TEXT;
    case 'ifname:queue':
      return t('ifname:queue, e.g. eth0:2', '接口名:队列号，例如 eth0:2');
    case 'mac':
      return t('a MAC address xx:xx:xx:xx:xx:xx that is not multicast', '形如 xx:xx:xx:xx:xx:xx 的非组播 MAC 地址');
    case 'slaves':
      return t('+ifname to add a port or -ifname to remove one', '+接口名 添加端口，-接口名 移除端口');
  }
}

function keywordNames(option: BondOption): string[] {
  const names = (option.keywords ?? []).map((k) => k.name);
  if (option.keywords?.some((k) => k.isDefault) && !names.includes('default')) names.push('default');
  return names;
}

/**
 * Checks a value the way the kernel does when it is written to sysfs (`bond_opt_parse()`, then the option's own setter
 * for RAWVAL options). Values written as in BONDING_OPTS: `arp_ip_target` may be a comma-separated list with `+` before
 * addresses. Module parameters are parsed otherwise: only the string ones go through `bond_opt_parse()`; an integer
 * one (`miimon=off`) is refused by the module loader, and one out of range is reset by `bond_check_params()`.
 */
export function validateOptionValue(option: BondOption, value: string): ValueCheck {
  const expected = expectedValues(option);
  switch (option.kind) {
    case 'enum':
    case 'int':
    case 'ms':
    case 's':
      if (option.flags.includes('RAWVAL') || option.moduleOnly || !option.kernel) return checkPlainInt(option, value, expected);
      return checkTable(option, value, expected);
    case 'ipv4-list':
      return checkIpList(option, value, expected, 4);
    case 'ipv6-list':
      return checkIpList(option, value, expected, 6);
    case 'ifname': {
      const name = value.replace(/\n$/, '');
      // an empty primary or active_slave clears the setting
      if (name === '') return { ok: true, normalized: { kind: 'ifname', name } };
      if (option.anyName) return keptName(name);
      return validIfname(name) ? { ok: true, normalized: { kind: 'ifname', name } } : fail('bad-ifname', expected, { start: 0, end: name.length });
    }
    case 'ifname:queue': {
      const m = /^([^:]*):(\d+)$/.exec(value);
      if (!m) return fail('bad-queue-id', expected, { start: 0, end: value.length });
      if (!validIfname(m[1]!)) return fail('bad-ifname', expected, { start: 0, end: m[1]!.length });
      const queue = Number(m[2]);
      if (m[2]!.length > 5 || queue > 65535) return fail('out-of-range', expected, { start: m[1]!.length + 1, end: value.length });
      return { ok: true, normalized: { kind: 'ifname:queue', ifname: m[1]!, queue } };
    }
    case 'mac': {
      if (!/^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/.test(value)) return fail('bad-mac', expected, { start: 0, end: value.length });
      if (parseInt(value.slice(0, 2), 16) & 1) return fail('multicast-mac', expected, { start: 0, end: value.length });
      return { ok: true, normalized: { kind: 'mac', mac: value.toLowerCase() } };
    }
    case 'slaves': {
      const m = /^([+-])(.*)$/.exec(value);
      if (!m) return fail('bad-command', expected, { start: 0, end: value.length });
      if (!validIfname(m[2]!)) return fail('bad-ifname', expected, { start: 1, end: value.length });
      return { ok: true, normalized: { kind: 'slaves', op: m[1] as '+' | '-', ifname: m[2]! } };
    }
  }
}

/** `bond_opt_parse()` for options with a value table. */
function checkTable(option: BondOption, raw: string, expected: Text): ValueCheck {
  const value = raw.includes('\n') ? raw.slice(0, raw.indexOf('\n')) : raw;
  if (value.trim() === '') return fail('empty', expected);
  if (/^[\d\s]+$/.test(value)) {
    const digits = /\d+/.exec(value)![0];
    const at = { start: value.indexOf(digits), end: value.indexOf(digits) + digits.length };
    const n = digits.length > 15 ? Number.MAX_SAFE_INTEGER : Number(digits);
    if (option.kind === 'enum') {
      const v = option.values?.find((x) => x.number === n);
      if (!v) return fail('unknown-value', expected, at);
      return enumOk(v);
    }
    const kw = option.keywords?.find((k) => k.value === n);
    if (kw) return { ok: true, normalized: { kind: 'int', value: n } };
    const r = option.range!;
    if (n < r.min || n > r.max) return fail('out-of-range', expected, at);
    return { ok: true, normalized: { kind: 'int', value: n } };
  }
  // `sscanf("%32s")`: the first word, at most 32 characters, compared case-sensitively
  const word = /\S+/.exec(value)!;
  const name = word[0].slice(0, 32);
  const at = { start: word.index, end: word.index + word[0].length };
  if (option.kind === 'enum') {
    const values = option.values ?? [];
    const v = name === 'default' ? values.find((x) => x.isDefault) ?? values.find((x) => x.name === name) : values.find((x) => x.name === name);
    if (!v) return fail('unknown-value', expected, at);
    return enumOk(v);
  }
  const kws = option.keywords ?? [];
  const kw = name === 'default' ? kws.find((k) => k.isDefault) ?? kws.find((k) => k.name === name) : kws.find((k) => k.name === name);
  if (!kw) return fail('unknown-value', expected, at);
  return { ok: true, normalized: { kind: 'int', value: kw.value, keyword: name } };
}

function enumOk(v: EnumValue): ValueCheck {
  const normalized: NormalizedValue = { kind: 'enum', name: v.name, number: v.number };
  return v.legacy ? { ok: true, normalized, legacy: v.legacy } : { ok: true, normalized };
}

/** Integers the kernel reads without the option table (netlink integers, module-only parameters). */
function checkPlainInt(option: BondOption, value: string, expected: Text): ValueCheck {
  if (value.trim() === '') return fail('empty', expected);
  if (!/^-?\d+$/.test(value)) return fail('unknown-value', expected, { start: 0, end: value.length });
  const n = value.replace(/^-?0+(?=\d)/, '').length > 16 ? (value.startsWith('-') ? -Infinity : Infinity) : Number(value);
  const r = option.range ?? { min: 0, max: INT_MAX };
  if (n < r.min || n > r.max) return fail('out-of-range', expected, { start: 0, end: value.length });
  return { ok: true, normalized: { kind: 'int', value: n } };
}

const IFNAMSIZ = 16;

/** A name the kernel records as it comes, cut to IFNAMSIZ - 1 characters: it selects only a port of exactly that name. */
function keptName(name: string): ValueCheck {
  const kept = name.slice(0, IFNAMSIZ - 1);
  const normalized: NormalizedValue = { kind: 'ifname', name: kept };
  if (!validIfname(kept)) return { ok: true, normalized, kept: t('the kernel keeps it, but no interface can have that name', '内核会保留它，但任何接口都不可能叫这个名字') };
  if (kept !== name) return { ok: true, normalized, kept: t(`the kernel keeps only its first ${IFNAMSIZ - 1} characters, ${kept}`, `内核只保留它的前 ${IFNAMSIZ - 1} 个字符：${kept}`) };
  return { ok: true, normalized };
}

/** `dev_valid_name()`: 1–15 characters, not `.`/`..`, no `/`, `:` or whitespace. */
export function validIfname(name: string): boolean {
  return name.length > 0 && name.length < 16 && name !== '.' && name !== '..' && !/[/:\s]/.test(name);
}

/** One target of a list (`arp_ip_target`, `ns_ip6_target`) the kernel refuses, as offsets into the value string. */
export interface RefusedTarget {
  readonly problem: ValueProblem;
  readonly at: { readonly start: number; readonly end: number };
}

export interface TargetListCheck {
  /** The targets the kernel keeps, in order, each once. */
  readonly addresses: readonly string[];
  readonly refused: readonly RefusedTarget[];
  /** Targets already listed earlier in the same value, as offsets into the value string. */
  readonly repeated: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Each target of a list on its own, as initscripts applies it: one `+address` write per item (network-functions
 * `install_bonding_driver`; a list that starts with "+" is written whole, which opts.invalid-value reports), so the
 * kernel refuses only the bad item and keeps the others. A refused item takes no
 * slot of the 16; an address already present is skipped by initscripts and refused by the kernel
 * ("ARP target %pI4 is already present").
 */
export function checkTargetList(option: BondOption, value: string): TargetListCheck {
  const family = option.kind === 'ipv6-list' ? 6 : 4;
  const addresses: string[] = [];
  const refused: RefusedTarget[] = [];
  const repeated: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const part of value.split(',')) {
    const start = offset;
    offset += part.length + 1;
    // `+address` is the sysfs add command, also written so in BONDING_OPTS for initscripts
    const addr = part.startsWith('+') ? part.slice(1) : part;
    const at = { start, end: start + part.length };
    let canonical: string;
    let kept: string;
    if (family === 4) {
      const octets = parseIpv4(addr);
      if (!octets) { refused.push({ problem: 'bad-ip', at }); continue; }
      // bond_is_ip_target_ok(): ipv4_is_zeronet() is only 0.0.0.0 since Linux 5.3 (all of 0.0.0.0/8 before)
      if (octets.every((o) => o === 0) || octets.every((o) => o === 255)) { refused.push({ problem: 'reserved-address', at }); continue; }
      canonical = kept = octets.join('.');
    } else {
      const words = parseIpv6(addr);
      if (!words) { refused.push({ problem: 'bad-ipv6', at }); continue; }
      const unspecified = words.every((w) => w === 0);
      const loopback = words.slice(0, 7).every((w) => w === 0) && words[7] === 1;
      if (unspecified || loopback || words[0]! >> 8 === 0xff) { refused.push({ problem: 'reserved-address', at }); continue; }
      canonical = words.map((w) => w.toString(16)).join(':');
      kept = addr.toLowerCase();
    }
    if (seen.has(canonical)) { repeated.push(at); continue; }
    if (addresses.length >= (option.maxItems ?? 16)) { refused.push({ problem: 'too-many', at }); continue; }
    seen.add(canonical);
    addresses.push(kept);
  }
  return { addresses, refused, repeated };
}

function checkIpList(option: BondOption, value: string, expected: Text, family: 4 | 6): ValueCheck {
  if (value.trim() === '') return fail('empty', expected);
  const list = checkTargetList(option, value);
  const first = list.refused[0];
  if (first) return fail(first.problem, expected, first.at);
  return family === 4 ? { ok: true, normalized: { kind: 'ipv4-list', addresses: list.addresses } } : { ok: true, normalized: { kind: 'ipv6-list', addresses: list.addresses } };
}

/** `in4_pton()`: four decimal octets. */
export function parseIpv4(s: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** Eight 16-bit words, with `::` compression and an optional dotted IPv4 tail. */
export function parseIpv6(s: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.split('::').length > 2) return undefined;
  const [head, tail] = s.includes('::') ? (s.split('::') as [string, string]) : [s, undefined];
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const groups = part.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIpv4(g);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const h = parse(head);
  if (!h) return undefined;
  if (tail === undefined) return h.length === 8 ? h : undefined;
  const t = parse(tail);
  if (!t || h.length + t.length > 7) return undefined;
  return [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
}

/**
 * Checks a value the way NetworkManager does before it keeps a BONDING_OPTS item (libnm
 * `_nm_setting_bond_validate_option()`, after the ifcfg reader stripped `+`, `-` and quotes from
 * `arp_ip_target`). Kernel keywords such as `off` or `maxval` are not accepted there.
 */
export function validateNmValue(option: BondOption, value: string): ValueCheck {
  const nm = option.nm;
  const expected = nmExpected(option);
  if (!nm) return fail('not-supported', expected);
  if (value === '') return fail('empty', expected);
  const whole = { start: 0, end: value.length };
  switch (nm.valueClass) {
    case 'int': {
      if (!/^\d+$/.test(value)) return fail('unknown-value', expected, whole);
      const n = value.length > 15 ? Infinity : Number(value);
      if (n < (nm.min ?? 0) || n > (nm.max ?? INT_MAX)) return fail('out-of-range', expected, whole);
      return { ok: true, normalized: { kind: 'int', value: n } };
    }
    case 'enum': {
      const names = nm.names ?? (option.values ?? []).map((v) => v.name);
      if (/^\d+$/.test(value)) {
        const n = value.length > 15 ? Infinity : Number(value);
        const v = option.values?.find((x) => x.number === n);
        if (!v || n > (nm.max ?? Infinity) || !names.includes(v.name)) return fail('unknown-value', expected, whole);
        return { ok: true, normalized: { kind: 'enum', name: v.name, number: v.number } };
      }
      const v = option.values?.find((x) => x.name === value);
      if (!v || !names.includes(v.name)) return fail('unknown-value', expected, whole);
      return { ok: true, normalized: { kind: 'enum', name: v.name, number: v.number } };
    }
    case 'ifname':
      return validIfname(value) ? { ok: true, normalized: { kind: 'ifname', name: value } } : fail('bad-ifname', expected, whole);
    case 'mac':
      return /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/.test(value)
        ? { ok: true, normalized: { kind: 'mac', mac: value.toLowerCase() } }
        : fail('bad-mac', expected, whole);
    case 'ipv4-list':
    case 'ipv6-list': {
      const family = nm.valueClass === 'ipv4-list' ? 4 : 6;
      const cleaned = value.replace(/['"+-]/g, '');
      const addresses: string[] = [];
      let offset = 0;
      for (const part of cleaned.split(',')) {
        const at = { start: offset, end: offset + part.length };
        offset += part.length + 1;
        const item = part.trim();
        if (family === 4 ? !parseIpv4(item) : !parseIpv6(item)) return fail(family === 4 ? 'bad-ip' : 'bad-ipv6', expected, at);
        addresses.push(item);
      }
      return family === 4 ? { ok: true, normalized: { kind: 'ipv4-list', addresses } } : { ok: true, normalized: { kind: 'ipv6-list', addresses } };
    }
  }
}

function nmExpected(option: BondOption): Text {
  const nm = option.nm;
  if (!nm) return t('NetworkManager does not know this option', 'NetworkManager 不支持此选项');
  switch (nm.valueClass) {
    case 'int':
      return t(`decimal digits from ${nm.min ?? 0} to ${nm.max ?? INT_MAX}`, `${nm.min ?? 0} 到 ${nm.max ?? INT_MAX} 之间的十进制数字`);
    case 'enum': {
      const names = nm.names ?? (option.values ?? []).map((v) => v.name);
      const list = (option.values ?? []).filter((v) => names.includes(v.name)).map((v) => `${v.name} (${v.number})`).join(', ');
      return t(`one of ${list}`, `以下之一：${list}`);
    }
    case 'ifname':
      return IFNAME_TEXT;
    default:
      return expectedValues(option);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Did-you-mean

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), or `limit + 1` as soon as it must be
 * larger than `limit`: a pasted line can make a 100 000-character key, and the table is compared with each unknown one.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows, not the whole table (a transposition reads the row before the previous one), kept between calls:
  // every unknown key of a file is compared with every key of the table.
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(2 * (b.length + 1))) as typeof rows;
  let [older, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, older[j - 2]! + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every alignment crosses one of two rows in a row (a transposition skips one row, never two).
    if (rowMin > limit && previousMin > limit) return limit + 1;
    previousMin = rowMin;
    [older, previous, current] = [previous, current, older];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * Candidates that `name` is probably a misspelling of, best first: the same name in another case or with `-`
 * for `_`, then a candidate that `name` is a prefix of (`xmit_hash` → `xmit_hash_policy`), then small edit
 * distances (`miimom` → `miimon`). Empty when nothing is close.
 */
export function suggest(name: string, candidates: readonly string[] = OPTION_NAMES): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/-/g, '_');
  const n = norm(name);
  if (n.length === 0) return [];
  const scored: { c: string; score: number }[] = [];
  for (const c of candidates) {
    if (c === name) continue;
    const cn = norm(c);
    let score: number;
    if (cn === n) score = 0;
    else if (n.length >= 4 && cn.startsWith(n)) score = 1 + (cn.length - n.length) / 100;
    else {
      const limit = Math.max(1, Math.floor(Math.min(n.length, cn.length) / 4));
      const dist = editDistance(n, cn, limit);
      if (dist > limit) continue;
      score = 1 + dist;
    }
    scored.push({ c, score });
  }
  scored.sort((x, y) => x.score - y.score || x.c.localeCompare(y.c));
  return scored.map((s) => s.c);
}

// ---------------------------------------------------------------------------------------------------------
// Words around the table's facts

/**
 * The words hover and completion put around the facts of this table, so that no feature holds text of its own.
 * `{name}` placeholders are filled with `fill()`.
 */
export const OPTION_TERMS = {
  colon: t(': ', '：'),
  listSeparator: t(', ', '、'),
  sentenceBreak: t('. ', '。'),
  default: t('Default', '默认值'),
  accepts: t('Accepts', '取值'),
  refusedIn: t('Refused in', '拒绝于'),
  acceptedOnlyIn: t('Accepted only in', '仅接受于'),
  noEffectIn: t('No effect in', '不起作用于'),
  usedOnlyIn: t('Used only in', '仅作用于'),
  setVia: t('Set via', '设置途径'),
  moduleParam: t('module parameter', '模块参数'),
  sysfs: t('sysfs', 'sysfs'),
  netlink: t('netlink', 'netlink'),
  appliedBy: t('Applied from this file by', '可从本文件应用的工具'),
  notAppliedBy: t('Not applied by', '无法应用的工具'),
  since: t('Since', '引入'),
  unverified: t('Unverified', '未确认'),
  perPort: t('Set per port, not on the bond', '按端口设置，不是设在 bond 上'),
  nmPortKey: t('NetworkManager sets it from {key} in the port\'s ifcfg file', 'NetworkManager 从端口 ifcfg 文件中的 {key} 设置它'),
  empty: t('empty', '空'),
  sysfsReads: t('`{path}` reads `{value}`', '读取 `{path}` 得到 `{value}`'),
  ms: t('{n} ms', '{n} 毫秒'),
  seconds: t('{n} s', '{n} 秒'),
  oneAddress: t('1 address', '1 个地址'),
  addresses: t('{n} addresses', '{n} 个地址'),
  invalid: t('not accepted by the kernel; expected {expected}', '内核不接受；应为{expected}'),
  invalidShort: t('not accepted by the kernel', '内核不接受'),
  wickedCaseless: t('wicked matches the name without regard to case: the bond gets {name}.', 'wicked 匹配名称时不区分大小写：bond 得到的是 {name}。'),
  hashed: t('Hashed', '参与哈希'),
  thisMode: t("this bond's mode, {mode}", '本 bond 的模式为 {mode}'),
  defaultMode: t('{mode} (the default: no mode= is set)', '{mode}（默认值：未设置 mode=）'),
  refusedHere: t('The kernel refuses {option} in {mode}.', '{mode}，内核在该模式下拒绝 {option}。'),
  ineffectiveHere: t('{option} does nothing in {mode}.', '{mode}，{option} 在该模式下不起作用。'),
  needsSwitch: t('{mode} {need}.', '{mode} {need}。'),
  nmDigitsOnly: t('NetworkManager accepts only decimal digits for this option, not keywords.', 'NetworkManager 对此选项只接受十进制数字，不接受关键字。'),
  isPort: t('{port} is a port of {bond} ({file}).', '{port} 是 {bond} 的端口（{file}）。'),
  notPort: t('No ifcfg file in this folder sets MASTER={bond} for {port}.', '该目录中没有为 {port} 设置 MASTER={bond} 的 ifcfg 文件。'),
  portsOf: t('Ports of {bond} in this folder: {ports}.', '该目录中 {bond} 的端口：{ports}。'),
} satisfies Record<string, Text>;
