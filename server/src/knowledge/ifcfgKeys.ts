import { editDistance } from './options';
import { t, type Text } from './text';

/**
 * The ifcfg keys that matter around bonds, and which tool reads each one:
 * - `initscripts`: the network-scripts of RHEL/Fedora (`ifup`, `ifup-eth`, `ifup-ipv6`, `network-functions`),
 *   which source the file with bash;
 * - `networkmanager`: NetworkManager's ifcfg-rh plugin (its list of well-known keys in `nms-ifcfg-rh-utils.c`);
 * - `wicked`: SUSE's `/etc/sysconfig/network/ifcfg-*` reader.
 * Keys of other tools that share the file format (Open vSwitch's ifup-ovs, os-net-config's Contrail scripts) are
 * listed with `otherTool`, so that they are known rather than reported as typos: they do not make a kernel bond.
 */

export type IfcfgFlavour = 'initscripts' | 'networkmanager' | 'wicked';

export type IfcfgValueKind =
  | 'yes-no'
  | 'ipv4'
  /** IPv4 address, optionally with `/prefix` (wicked) */
  | 'ipv4-cidr'
  /** IPv6 address, optionally with `/prefix` */
  | 'ipv6-cidr'
  /** 0–32 */
  | 'prefix'
  | 'netmask'
  /** colon-separated hex bytes: 6 for Ethernet, 20 for InfiniBand */
  | 'mac'
  | 'ifname'
  | 'uuid'
  | 'int'
  | 'text'
  /** a blank-separated `name=value` list */
  | 'options'
  | 'enum';

/**
 * How a reader parses a yes/no key where it does not use its usual function (initscripts' is_true/is_false,
 * NetworkManager's svParseBoolean, wicked's ni_sysconfig_test_boolean):
 * - `toggle_value`: initscripts' network-functions toggle_value, which knows only yes/YES and no/NO and gives nothing
 *   for any other spelling;
 * - `yes-no-on-off`: yes and on, in any case, are yes; anything else is no (NetworkManager's make_bridge_setting for
 *   STP, which warns for a spelling other than no and off);
 * - `exact`: the value compared with "yes" or "no" as written (initscripts' ifup-ipv6 `[ "$IPV6_AUTOCONF" = "yes" ]`),
 *   so any other spelling counts as if the key were not set.
 */
export type BooleanParser = 'toggle_value' | 'yes-no-on-off' | 'exact';

export interface IfcfgKeyValue {
  readonly name: string;
  readonly doc: Text;
  /** Tools that accept this value, when fewer than those reading the key (none with `otherTool`). */
  readonly readers?: readonly IfcfgFlavour[];
  /** The value belongs to another tool (Open vSwitch, Contrail); no reader of the key accepts it. */
  readonly otherTool?: Text;
}

export interface IfcfgKey {
  /** Display name; numbered or prefixed keys show their form, e.g. `IPADDR<n>`. */
  readonly name: string;
  /** Names the entry covers besides `name` itself. */
  readonly pattern?: RegExp;
  /** For a numbered or prefixed entry: the name that completion inserts (entries without it are not offered). */
  readonly completeAs?: string;
  readonly valueKind: IfcfgValueKind;
  readonly values?: readonly IfcfgKeyValue[];
  readonly range?: { readonly min: number; readonly max: number };
  readonly readers: readonly IfcfgFlavour[];
  /** Set for keys of another tool: known, but they do not configure a kernel bond. */
  readonly otherTool?: Text;
  /** The key is about bonding (bond or port side). */
  readonly bond?: 'bond' | 'port';
  /** yes-no keys: the value NetworkManager takes when the key is missing or not one of its spellings. */
  readonly nmDefault?: 'yes' | 'no';
  /** yes-no keys a reader parses with another function than its usual one. */
  readonly booleanParsers?: Partial<Record<IfcfgFlavour, BooleanParser>>;
  readonly doc: Text;
}

/**
 * A key as the table writes it: valueKind only when the value is not free text, readers only when they are not
 * initscripts and NetworkManager.
 */
type KeyEntry = Omit<IfcfgKey, 'valueKind' | 'readers'> & {
  readonly valueKind?: IfcfgValueKind;
  readonly readers?: readonly IfcfgFlavour[];
};

const I: IfcfgFlavour = 'initscripts';
const N: IfcfgFlavour = 'networkmanager';
const W: IfcfgFlavour = 'wicked';

const OVS = t(
  "Open vSwitch's ifup-ovs network script (an OVS bridge, port or bond, not a Linux kernel bond)",
  'Open vSwitch 的 ifup-ovs 网络脚本（OVS 网桥、端口或 bond，不是 Linux 内核 bond）',
);
const CONTRAIL = t(
  'the Contrail (Tungsten Fabric) vRouter scripts, as written by os-net-config (not a Linux kernel bond)',
  'Contrail（Tungsten Fabric）vRouter 脚本，由 os-net-config 写入（不是 Linux 内核 bond）',
);

const yesNo = (name: string, readers: readonly IfcfgFlavour[], doc: Text, extra: Partial<IfcfgKey> = {}): IfcfgKey => ({
  name,
  valueKind: 'yes-no',
  readers,
  doc,
  ...extra,
});

/** The doc of a key only initscripts reads: "initscripts: …". */
const initscripts = (en: string, zh: string): Text => t(`initscripts: ${en}`, `initscripts：${zh}`);
/** A key of another tool's scripts, which no reader of ifcfg files reads: its doc starts with the tool's name. */
const otherKey =
  (otherTool: Text, label: string) =>
  (name: string, en: string, zh: string, valueKind?: IfcfgValueKind): KeyEntry => ({ name, ...(valueKind && { valueKind }), readers: [], otherTool, doc: t(`${label}: ${en}`, `${label}：${zh}`) });
const ovsKey = otherKey(OVS, 'Open vSwitch');
const contrailKey = otherKey(CONTRAIL, 'Contrail vRouter');
/** A key only initscripts reads, with no values to offer. */
const initscriptsKey = (name: string, valueKind: IfcfgValueKind, doc: Text): IfcfgKey => ({ name, valueKind, readers: [I], doc });

const ENTRIES: readonly KeyEntry[] = [
  {
    name: 'DEVICE',
    valueKind: 'ifname',
    doc: t(
      'Name of the interface this file configures, e.g. bond0. NetworkManager refuses a bond file without it ("mandatory DEVICE keyword missing"; without TYPE as well, "had neither TYPE nor DEVICE keys").',
      '本文件所配置的接口名，例如 bond0。缺少它时 NetworkManager 拒绝读取 bond 文件（“mandatory DEVICE keyword missing”；若同时没有 TYPE，则为“had neither TYPE nor DEVICE keys”）。',
    ),
  },
  {
    name: 'NAME',
    doc: t(
      'Connection name: NetworkManager shows it as the profile name, and initscripts can find the file by it. SUSE\'s YaST writes it as a description; wicked does not read it.',
      '连接名：NetworkManager 把它作为配置名称显示，initscripts 可以据此查找文件。SUSE 的 YaST 把它写作描述；wicked 不读取它。',
    ),
  },
  {
    name: 'TYPE',
    valueKind: 'enum',
    values: [
      { name: 'Ethernet', doc: t('An Ethernet interface (also used for bond ports).', '以太网接口（bond 端口也用它）。') },
      {
        name: 'Bond',
        doc: t(
          'A Linux bond. NetworkManager takes the name in any case, and also reads as a bond a file without TYPE that has BONDING_MASTER=yes or a non-empty BONDING_OPTS, and one with TYPE=Ethernet, exactly so spelled, and a non-empty BONDING_OPTS. initscripts creates a bond for a non-empty BONDING_OPTS and does not read TYPE for it.',
          'Linux bond。NetworkManager 不区分该名称的大小写；它还会把没有 TYPE 且有 BONDING_MASTER=yes 或非空 BONDING_OPTS 的文件，以及 TYPE=Ethernet（须完全按此拼写）且 BONDING_OPTS 非空的文件读作 bond。initscripts 只要 BONDING_OPTS 非空就创建 bond，为此不读 TYPE。',
        ),
      },
      { name: 'Vlan', doc: t('An 802.1Q VLAN interface (NetworkManager).', '802.1Q VLAN 接口（NetworkManager）。'), readers: [N] },
      { name: 'Bridge', doc: t('A Linux bridge.', 'Linux 网桥。') },
      { name: 'InfiniBand', doc: t('An InfiniBand (IPoIB) interface; as a bond port it needs mode active-backup.', 'InfiniBand（IPoIB）接口；作为 bond 端口时要求 active-backup 模式。') },
      { name: 'Team', doc: t('A teamd team device (not a bond).', 'teamd 的 team 设备（不是 bond）。') },
      { name: 'TeamPort', doc: t('A port of a teamd team device.', 'teamd team 设备的端口。') },
      { name: 'Wireless', doc: t('A Wi-Fi interface.', 'Wi-Fi 接口。') },
      { name: 'OVSBridge', doc: t('An Open vSwitch bridge.', 'Open vSwitch 网桥。'), otherTool: OVS },
      { name: 'OVSUserBridge', doc: t('An Open vSwitch userspace (DPDK) bridge.', 'Open vSwitch 用户态（DPDK）网桥。'), otherTool: OVS },
      { name: 'OVSPort', doc: t('A port of an Open vSwitch bridge.', 'Open vSwitch 网桥的端口。'), otherTool: OVS },
      { name: 'OVSIntPort', doc: t('An Open vSwitch internal port.', 'Open vSwitch 内部端口。'), otherTool: OVS },
      { name: 'OVSBond', doc: t('An Open vSwitch bond of the interfaces in BOND_IFACES, not a Linux kernel bond.', '由 BOND_IFACES 中的接口组成的 Open vSwitch bond，不是 Linux 内核 bond。'), otherTool: OVS },
      { name: 'OVSDPDKPort', doc: t('An Open vSwitch DPDK port.', 'Open vSwitch DPDK 端口。'), otherTool: OVS },
      { name: 'OVSDPDKBond', doc: t('An Open vSwitch bond of DPDK ports, not a Linux kernel bond.', '由 DPDK 端口组成的 Open vSwitch bond，不是 Linux 内核 bond。'), otherTool: OVS },
      { name: 'OVSPatchPort', doc: t('An Open vSwitch patch port.', 'Open vSwitch patch 端口。'), otherTool: OVS },
      { name: 'OVSTunnel', doc: t('An Open vSwitch tunnel port.', 'Open vSwitch 隧道端口。'), otherTool: OVS },
      { name: 'dpdk', doc: t('A Contrail vRouter DPDK interface.', 'Contrail vRouter DPDK 接口。'), otherTool: CONTRAIL },
    ],
    doc: t(
      'Interface type. initscripts picks its ifup-<type> script from it; NetworkManager picks the connection type.',
      '接口类型。initscripts 据此选择 ifup-<类型> 脚本；NetworkManager 据此确定连接类型。',
    ),
  },
  yesNo(
    'BONDING_MASTER',
    [N, W],
    t(
      'yes marks the file as a bond. NetworkManager reads it whatever the TYPE: without TYPE it makes the file a bond; with a TYPE other than Bond it refuses the file, unless TYPE=Ethernet, exactly so spelled, comes with a non-empty BONDING_OPTS, which makes a bond. NetworkManager does not know on (it takes on as no). wicked requires it, as yes, true or on in any case: it reads any other value, 1 included, as no. initscripts does not read it.',
      'yes 表示本文件是 bond。无论 TYPE 为何，NetworkManager 都会读取它：没有 TYPE 时它把文件读作 bond；TYPE 不是 Bond 时它拒绝该文件，除非 TYPE=Ethernet（须完全按此拼写）且 BONDING_OPTS 非空，此时读作 bond。NetworkManager 不认识 on（把 on 当作 no）。wicked 要求设置它，且须为 yes、true 或 on（不区分大小写）：其他值（包括 1）都被读作 no。initscripts 不读取它。',
    ),
    { bond: 'bond', nmDefault: 'no' },
  ),
  {
    name: 'BONDING_OPTS',
    valueKind: 'options',
    bond: 'bond',
    doc: t(
      'Bonding driver options as a space-separated name=value list, e.g. "mode=802.3ad miimon=100" (quote it: it contains a space; NetworkManager does not split at a tab). initscripts writes each option to /sys/class/net/<bond>/bonding/<name>; NetworkManager validates each one and drops the invalid ones.',
      '以空格分隔的 名称=值 形式的 bonding 驱动选项，例如 "mode=802.3ad miimon=100"（值中有空格，必须加引号；NetworkManager 不在制表符处分隔）。initscripts 把每个选项写入 /sys/class/net/<bond>/bonding/<名称>；NetworkManager 逐个校验并丢弃无效的选项。',
    ),
  },
  {
    name: 'BONDING_MODULE_OPTS',
    valueKind: 'options',
    readers: [W],
    bond: 'bond',
    doc: t(
      'SUSE/wicked bonding options, blank-separated name=value. wicked applies them over netlink and rejects the whole interface configuration when one is unknown or invalid.',
      'SUSE/wicked 的 bonding 选项，以空白分隔的 名称=值。wicked 通过 netlink 应用这些选项，只要有一个未知或无效，就拒绝整个接口配置。',
    ),
  },
  {
    name: 'BONDING_SLAVE<n>',
    completeAs: 'BONDING_SLAVE_0',
    pattern: /^BONDING_SLAVE\w*$/,
    valueKind: 'ifname',
    readers: [W],
    bond: 'bond',
    doc: t(
      'SUSE/wicked: one port of the bond per variable, e.g. BONDING_SLAVE_0=eth0; every variable whose name starts with BONDING_SLAVE counts. initscripts and NetworkManager ignore it: there each port\'s own file names the bond in MASTER=.',
      'SUSE/wicked：每个变量指定 bond 的一个端口，例如 BONDING_SLAVE_0=eth0；所有以 BONDING_SLAVE 开头的变量都算。initscripts 和 NetworkManager 忽略它：在那里由每个端口自己的文件用 MASTER= 指明所属 bond。',
    ),
  },
  {
    name: 'MASTER',
    valueKind: 'ifname',
    bond: 'port',
    doc: t(
      'Port file: the bond this interface belongs to. initscripts enslaves the interface only when SLAVE=yes is also set; NetworkManager does not need SLAVE.',
      '端口文件：本接口所属的 bond。initscripts 只有在同时设置 SLAVE=yes 时才把接口加入 bond；NetworkManager 不需要 SLAVE。',
    ),
  },
  {
    name: 'MASTER_UUID',
    valueKind: 'uuid',
    readers: [N],
    bond: 'port',
    doc: t('Port file: UUID of the NetworkManager connection of the bond this interface belongs to.', '端口文件：本接口所属 bond 的 NetworkManager 连接 UUID。'),
  },
  yesNo(
    'SLAVE',
    [I],
    t(
      'yes marks a port file. initscripts enslaves the interface to MASTER only when SLAVE=yes; NetworkManager reads MASTER alone.',
      'yes 表示端口文件。只有 SLAVE=yes 时 initscripts 才会把接口加入 MASTER 指定的 bond；NetworkManager 只看 MASTER。',
    ),
    { bond: 'port' },
  ),
  {
    name: 'BOND_PORT_QUEUE_ID',
    valueKind: 'int',
    range: { min: 0, max: 65535 },
    readers: [N],
    bond: 'port',
    doc: t('Port file, NetworkManager: the bonding queue_id of this port (0–65535).', '端口文件（NetworkManager）：该端口的 bonding queue_id（0–65535）。'),
  },
  {
    name: 'BOND_PORT_PRIO',
    valueKind: 'int',
    range: { min: -2147483648, max: 2147483647 },
    readers: [N],
    bond: 'port',
    doc: t(
      'Port file, NetworkManager: the bonding prio of this port, used to choose the active port in active-backup, balance-tlb and balance-alb.',
      '端口文件（NetworkManager）：该端口的 bonding prio，在 active-backup、balance-tlb、balance-alb 模式中用于选择活动端口。',
    ),
  },
  {
    name: 'BOOTPROTO',
    valueKind: 'enum',
    readers: [I, N, W],
    values: [
      {
        name: 'none',
        doc: t(
          'No DHCP; static addresses from IPADDR, if any. wicked instead skips all link-layer and IP setup (meant for bond ports) and ignores IPADDR; there an address without DHCP needs static.',
          '不用 DHCP；如有 IPADDR 则使用静态地址。wicked 则跳过全部链路层与 IP 设置（用于 bond 端口），并忽略 IPADDR；在 wicked 中不用 DHCP 的地址需要写 static。',
        ),
      },
      { name: 'static', doc: t('Static addresses from IPADDR.', '使用 IPADDR 中的静态地址。') },
      { name: 'dhcp', doc: t('Address by DHCP (wicked: DHCPv4 and DHCPv6).', '通过 DHCP 获取地址（wicked 中为 DHCPv4 和 DHCPv6）。') },
      { name: 'bootp', doc: t('Treated like dhcp.', '按 dhcp 处理。'), readers: [I, N] },
      { name: 'autoip', doc: t('IPv4 link-local address (169.254.0.0/16).', 'IPv4 链路本地地址（169.254.0.0/16）。'), readers: [N, W] },
      { name: 'shared', doc: t('NetworkManager shares this host\'s connection to the network on this interface.', 'NetworkManager 在此接口上共享本机的网络连接。'), readers: [N] },
      {
        name: 'ibft',
        doc: t(
          'The iSCSI Boot Firmware Table configures the interface: NetworkManager ignores the file ("Ignoring iBFT configuration"), wicked sets up no address from it, initscripts treats it as none.',
          '由 iSCSI 启动固件表配置该接口：NetworkManager 忽略该文件（"Ignoring iBFT configuration"），wicked 不按它配置地址，initscripts 按 none 处理。',
        ),
        readers: [N, W],
      },
      { name: 'dhcp4', doc: t('wicked: DHCPv4 only.', 'wicked：仅 DHCPv4。'), readers: [W] },
      { name: 'dhcp6', doc: t('wicked: DHCPv6 only.', 'wicked：仅 DHCPv6。'), readers: [W] },
      {
        name: 'dhcp+autoip',
        doc: t('wicked: DHCPv4 and DHCPv6, with an IPv4 link-local address (autoip) as the fallback.', 'wicked：DHCPv4 和 DHCPv6，并以 IPv4 链路本地地址（autoip）作为后备。'),
        readers: [W],
      },
      { name: 'auto4', doc: t('wicked: another name for autoip.', 'wicked：autoip 的另一个名称。'), readers: [W] },
      { name: 'auto6', doc: t('wicked: IPv6 autoconfiguration only.', 'wicked：仅 IPv6 自动配置。'), readers: [W] },
      { name: '6to4', doc: t('wicked: treated like static.', 'wicked：按 static 处理。'), readers: [W] },
      { name: 'ppp', doc: t('wicked: for a PPP interface; no addresses are set up from this file.', 'wicked：用于 PPP 接口；不按本文件配置地址。'), readers: [W] },
    ],
    doc: t(
      'How the interface gets its IP configuration. Bond ports normally use none: the address belongs on the bond. wicked also takes several of dhcp, dhcp4, dhcp6, autoip, auto4 and auto6 joined by "+" (e.g. dhcp4+autoip), these in lower case; with any of them it also sets up the static addresses in IPADDR.',
      '接口获取 IP 配置的方式。bond 端口通常用 none：地址应配置在 bond 上。wicked 还接受用 "+" 连接的多个 dhcp、dhcp4、dhcp6、autoip、auto4、auto6（例如 dhcp4+autoip），这些须小写；使用其中任何一个时，它也会配置 IPADDR 中的静态地址。',
    ),
  },
  yesNo(
    'ONBOOT',
    [I, N],
    t('Whether the interface is brought up at boot (NetworkManager: autoconnect).', '开机时是否启用该接口（NetworkManager 中即自动连接）。'),
    { nmDefault: 'yes' },
  ),
  {
    name: 'STARTMODE',
    valueKind: 'enum',
    readers: [W],
    values: [
      { name: 'auto', doc: t('Brought up at boot.', '开机时启用。') },
      { name: 'hotplug', doc: t('Brought up when the device appears; a missing device is no error (usual for bond ports).', '设备出现时启用；设备不存在不算错误（bond 端口常用）。') },
      { name: 'ifplugd', doc: t('Brought up when the interface has a link.', '接口有链路时启用。') },
      { name: 'nfsroot', doc: t('Like auto, but never shut down (root file system on NFS).', '与 auto 相同，但不会被关闭（根文件系统在 NFS 上时）。') },
      { name: 'manual', doc: t('Brought up only on request.', '只在手动请求时启用。') },
      { name: 'off', doc: t('Never brought up.', '从不启用。') },
      // ifcfg(5): "To be backward compliant onboot, on and boot are aliases for auto."
      { name: 'onboot', doc: t('An older name for auto.', 'auto 的旧名称。') },
      { name: 'on', doc: t('An older name for auto.', 'auto 的旧名称。') },
      { name: 'boot', doc: t('An older name for auto.', 'auto 的旧名称。') },
    ],
    doc: t('SUSE/wicked: when the interface is brought up.', 'SUSE/wicked：何时启用该接口。'),
  },
  {
    name: 'IPADDR<n>',
    completeAs: 'IPADDR',
    pattern: /^IPADDR\d*$/,
    valueKind: 'ipv4-cidr',
    readers: [I, N, W],
    doc: t(
      'IPv4 address, without a prefix (that goes in PREFIX or NETMASK: NetworkManager refuses the connection for "/24"); IPADDR0, IPADDR1… add more. wicked also accepts an IPv6 address and address/prefix.',
      'IPv4 地址，不带前缀（前缀写在 PREFIX 或 NETMASK 中：写成 "/24" 时 NetworkManager 会拒绝该连接）；IPADDR0、IPADDR1… 用于添加更多地址。wicked 还接受 IPv6 地址以及 地址/前缀 形式。',
    ),
  },
  {
    name: 'IPADDR_<suffix>',
    pattern: /^IPADDR_\w+$/,
    valueKind: 'ipv4-cidr',
    readers: [W],
    doc: t('SUSE/wicked: an additional address, any suffix.', 'SUSE/wicked：附加地址，后缀任意。'),
  },
  {
    name: 'PREFIX<n>',
    completeAs: 'PREFIX',
    pattern: /^PREFIX\d*$/,
    valueKind: 'prefix',
    range: { min: 0, max: 32 },
    doc: t('Prefix length (0–32) of the IPADDR with the same number.', '同编号 IPADDR 的前缀长度（0–32）。'),
  },
  {
    name: 'PREFIXLEN',
    completeAs: 'PREFIXLEN',
    pattern: /^PREFIXLEN\w*$/,
    valueKind: 'int',
    readers: [W],
    doc: t('SUSE/wicked: prefix length for an IPADDR written without /prefix.', 'SUSE/wicked：未带 /前缀 的 IPADDR 所用的前缀长度。'),
  },
  {
    name: 'REMOTE_IPADDR',
    completeAs: 'REMOTE_IPADDR',
    pattern: /^REMOTE_IPADDR\w*$/,
    // wicked takes an IPv4 or an IPv6 address here, of IPADDR's family and without /prefix: no value kind says that.
    readers: [W],
    doc: t(
      'SUSE/wicked: peer address of a point-to-point link, for the IPADDR with the same suffix; wicked reads it only when that address has a full-length prefix (/32 for IPv4, /128 for IPv6).',
      'SUSE/wicked：点对点链路对端的地址，对应后缀相同的 IPADDR；只有当该地址的前缀为全长（IPv4 为 /32，IPv6 为 /128）时 wicked 才读取它。',
    ),
  },
  {
    name: 'NETMASK<n>',
    completeAs: 'NETMASK',
    pattern: /^NETMASK\w*$/,
    valueKind: 'netmask',
    readers: [I, N, W],
    doc: t('Dotted netmask of the IPADDR with the same number (PREFIX, for wicked PREFIXLEN, is preferred when both are set).', '同编号 IPADDR 的点分十进制子网掩码（同时设置时优先使用 PREFIX，wicked 则优先使用 PREFIXLEN）。'),
  },
  {
    name: 'GATEWAY<n>',
    completeAs: 'GATEWAY',
    pattern: /^GATEWAY\d*$/,
    valueKind: 'ipv4',
    doc: t('IPv4 default gateway.', 'IPv4 默认网关。'),
  },
  {
    name: 'ADDRESS<n>',
    pattern: /^ADDRESS\d+$/,
    valueKind: 'ipv4',
    doc: t(
      'route-<interface> file: destination of static route n, with NETMASK<n> and GATEWAY<n>.',
      'route-<接口> 文件：第 n 条静态路由的目的地址，配合 NETMASK<n> 与 GATEWAY<n>。',
    ),
  },
  {
    name: 'GATEWAYDEV',
    valueKind: 'ifname',
    readers: [I],
    // NetworkManager reads it from /etc/sysconfig/network only (make_ip4_setting: svGetValueStr(network_ifcfg, …)).
    doc: initscripts('interface that gets the default route. NetworkManager reads it from /etc/sysconfig/network only.', '设置默认路由的接口。NetworkManager 只从 /etc/sysconfig/network 读取它。'),
  },
  {
    name: 'DNS<n>',
    completeAs: 'DNS1',
    pattern: /^DNS\d+$/,
    doc: t('DNS server address; initscripts uses DNS1 to DNS3.', 'DNS 服务器地址；initscripts 使用 DNS1 到 DNS3。'),
  },
  {
    name: 'DOMAIN',
    doc: t('DNS search domains, separated by blanks.', 'DNS 搜索域，以空白分隔。'),
  },
  yesNo('DEFROUTE', [I, N], t('no keeps this interface from getting the default route.', 'no 表示该接口不设置默认路由。')),
  {
    name: 'MTU',
    valueKind: 'int',
    readers: [I, N, W],
    doc: t('Maximum transmission unit of the interface. On a bond it is also applied to the ports.', '接口的最大传输单元。设在 bond 上时也会应用到各端口。'),
  },
  {
    name: 'HWADDR',
    valueKind: 'mac',
    doc: t(
      'Permanent MAC address of the NIC this file belongs to: initscripts refuses to bring up a device whose MAC differs, NetworkManager matches the device by it. InfiniBand addresses have 20 bytes.',
      '本文件所属网卡的永久 MAC 地址：MAC 不符时 initscripts 拒绝启用该设备，NetworkManager 用它匹配设备。InfiniBand 地址为 20 字节。',
    ),
  },
  {
    name: 'MACADDR',
    valueKind: 'mac',
    doc: t('MAC address to set on the interface, replacing the current one.', '要设置到接口上的 MAC 地址，替换当前地址。'),
  },
  {
    name: 'LLADDR',
    valueKind: 'mac',
    readers: [W],
    doc: t('SUSE/wicked: MAC address to set on the interface.', 'SUSE/wicked：要设置到接口上的 MAC 地址。'),
  },
  yesNo(
    'NM_CONTROLLED',
    [I, N],
    t('no tells NetworkManager to leave the interface unmanaged, so that initscripts handles it.', 'no 表示 NetworkManager 不管理该接口，由 initscripts 处理。'),
    { nmDefault: 'yes' },
  ),
  {
    name: 'UUID',
    valueKind: 'uuid',
    readers: [N],
    doc: t('UUID of the NetworkManager connection made from this file.', '由本文件生成的 NetworkManager 连接的 UUID。'),
  },
  {
    name: 'ZONE',
    readers: [I, N, W],
    doc: t(
      'firewalld zone of the interface; empty means the default zone. wicked reads it only when FIREWALL is yes (in this file, else in /etc/sysconfig/network/config).',
      '接口所属的 firewalld 区域；空值表示默认区域。只有 FIREWALL 为 yes（在本文件中，否则在 /etc/sysconfig/network/config 中）时 wicked 才读取它。',
    ),
  },
  yesNo('USERCTL', [I], initscripts(
    'whether users other than root may bring the interface up and down (usernetctl). NetworkManager ignores it.',
    '是否允许 root 以外的用户启用和停用该接口（usernetctl）。NetworkManager 忽略它。',
  )),
  yesNo('USERCONTROL', [W], t(
    'SUSE/wicked: yes lets users other than root control the interface; wicked ignores it with STARTMODE=off or nfsroot.',
    'SUSE/wicked：yes 表示允许 root 以外的用户控制该接口；STARTMODE=off 或 nfsroot 时 wicked 忽略它。',
  )),
  yesNo('HOTPLUG', [I], initscripts(
    'no keeps the interface from being brought up when its device is hot-plugged.',
    'no 表示设备热插拔时不自动启用该接口。',
  )),
  yesNo('IPV6INIT', [I, N], t('Whether IPv6 is configured on the interface.', '是否在该接口上配置 IPv6。')),
  yesNo(
    'IPV6_DISABLED',
    [N],
    t(
      'NetworkManager: yes disables IPv6 on the interface (ipv6.method disabled), whatever IPV6INIT says.',
      'NetworkManager：yes 表示在该接口上禁用 IPv6（ipv6.method 为 disabled），无论 IPV6INIT 为何值。',
    ),
    { nmDefault: 'no' },
  ),
  yesNo(
    'IPV6_AUTOCONF',
    [I, N],
    t(
      'Whether IPv6 addresses are taken from router advertisements (SLAAC). initscripts compares it with yes and no exactly, in lower case.',
      '是否根据路由器通告获取 IPv6 地址（SLAAC）。initscripts 按原样与小写的 yes、no 比较。',
    ),
    { booleanParsers: { initscripts: 'exact' } },
  ),
  {
    name: 'IPV6ADDR',
    valueKind: 'ipv6-cidr',
    doc: t('Primary static IPv6 address, optionally with /prefix.', '主静态 IPv6 地址，可带 /前缀。'),
  },
  {
    name: 'IPV6ADDR_SECONDARIES',
    doc: t('More static IPv6 addresses, separated by blanks.', '更多静态 IPv6 地址，以空白分隔。'),
  },
  {
    name: 'IPV6_DEFAULTGW',
    doc: t('IPv6 default gateway, optionally %interface.', 'IPv6 默认网关，可带 %接口。'),
  },
  {
    name: 'IPV6_DEFAULTDEV',
    valueKind: 'ifname',
    readers: [I],
    doc: initscripts('interface for the IPv6 default route. NetworkManager reads it from /etc/sysconfig/network only.', 'IPv6 默认路由使用的接口。NetworkManager 只从 /etc/sysconfig/network 读取它。'),
  },
  yesNo('IPV6_DEFROUTE', [N], t('NetworkManager: no keeps this interface from getting the IPv6 default route.', 'NetworkManager：no 表示该接口不设置 IPv6 默认路由。')),
  yesNo('IPV6_FAILURE_FATAL', [N], t(
    'NetworkManager: yes makes the connection fail when IPv6 configuration fails.',
    'NetworkManager：yes 表示 IPv6 配置失败时整个连接失败。',
  )),
  yesNo('IPV4_FAILURE_FATAL', [I, N], t('yes makes bringing the interface up fail when IPv4 (DHCP) configuration fails.', 'yes 表示 IPv4（DHCP）配置失败时启用接口失败。')),
  yesNo(
    'IPV6_FORCE_ACCEPT_RA',
    [I],
    initscripts(
      'with IPV6_AUTOCONF=no and forwarding off, yes still accepts router advertisements (accept_ra=1); it compares the value with yes exactly, in lower case. NetworkManager ignores it.',
      '在 IPV6_AUTOCONF=no 且未开启转发时，yes 表示仍接受路由器通告（accept_ra=1）；它按原样与小写的 yes 比较。NetworkManager 忽略它。',
    ),
    { booleanParsers: { initscripts: 'exact' } },
  ),
  {
    name: 'IPV6_ADDR_GEN_MODE',
    valueKind: 'enum',
    readers: [N],
    values: [
      { name: 'eui64', doc: t('Interface identifier from the MAC address (EUI-64).', '由 MAC 地址生成接口标识（EUI-64）。') },
      { name: 'stable-privacy', doc: t('Stable, opaque interface identifier (RFC 7217).', '稳定且不透明的接口标识（RFC 7217）。') },
      { name: 'default-or-eui64', doc: t('The global default, else eui64.', '使用全局默认值，否则用 eui64。') },
      { name: 'default', doc: t('The global default, else stable-privacy.', '使用全局默认值，否则用 stable-privacy。') },
    ],
    doc: t('NetworkManager: how IPv6 interface identifiers are generated.', 'NetworkManager：IPv6 接口标识的生成方式。'),
  },
  {
    name: 'IPV6_MTU',
    valueKind: 'int',
    readers: [I],
    doc: initscripts('IPv6 MTU of the link.', '链路的 IPv6 MTU。'),
  },
  {
    name: 'IPV6_PRIVACY',
    doc: t('IPv6 privacy extensions (temporary addresses), e.g. rfc3041.', 'IPv6 隐私扩展（临时地址），例如 rfc3041。'),
  },
  yesNo(
    'IPV6FORWARDING',
    [I, N],
    t('Whether IPv6 forwarding is enabled. initscripts compares it with yes exactly, in lower case.', '是否开启 IPv6 转发。initscripts 按原样与小写的 yes 比较。'),
    { booleanParsers: { initscripts: 'exact' } },
  ),
  yesNo('DHCPV6C', [I, N], t('yes gets an IPv6 address by DHCPv6.', 'yes 表示通过 DHCPv6 获取 IPv6 地址。')),
  {
    name: 'DHCLIENT6_MODE',
    valueKind: 'enum',
    readers: [W],
    values: [
      { name: 'auto', doc: t('Follow the router advertisement flags.', '按路由器通告中的标志决定。') },
      { name: 'managed', doc: t('Request an address by DHCPv6.', '通过 DHCPv6 请求地址。') },
      { name: 'info', doc: t('Request other configuration only, no address.', '只请求其他配置，不请求地址。') },
    ],
    doc: t('SUSE/wicked: DHCPv6 mode.', 'SUSE/wicked：DHCPv6 模式。'),
  },
  {
    name: 'DHCP_HOSTNAME',
    doc: t('Host name sent to the DHCP server.', '发送给 DHCP 服务器的主机名。'),
  },
  yesNo('PEERDNS', [I, N], t('no keeps DNS servers received by DHCP out of /etc/resolv.conf.', 'no 表示不把 DHCP 获得的 DNS 服务器写入 /etc/resolv.conf。')),
  yesNo(
    'PEERROUTES',
    [N],
    t('NetworkManager: no ignores the routes that DHCP provides (ipv4.ignore-auto-routes).', 'NetworkManager：no 表示忽略 DHCP 提供的路由（ipv4.ignore-auto-routes）。'),
    { nmDefault: 'yes' },
  ),
  yesNo(
    'IPV6_PEERDNS',
    [N],
    t(
      'NetworkManager: no ignores the DNS servers and search domains that automatic IPv6 configuration provides (ipv6.ignore-auto-dns).',
      'NetworkManager：no 表示忽略 IPv6 自动配置提供的 DNS 服务器和搜索域（ipv6.ignore-auto-dns）。',
    ),
    { nmDefault: 'yes' },
  ),
  yesNo(
    'IPV6_PEERROUTES',
    [N],
    t('NetworkManager: no ignores the routes that automatic IPv6 configuration provides (ipv6.ignore-auto-routes).', 'NetworkManager：no 表示忽略 IPv6 自动配置提供的路由（ipv6.ignore-auto-routes）。'),
    { nmDefault: 'yes' },
  ),
  {
    name: 'DHCP_CLIENT_ID',
    readers: [N],
    doc: t('NetworkManager: the DHCPv4 client identifier (ipv4.dhcp-client-id).', 'NetworkManager：DHCPv4 客户端标识（ipv4.dhcp-client-id）。'),
  },
  {
    name: 'IPV4_ROUTE_METRIC',
    valueKind: 'int',
    range: { min: -1, max: 4294967295 },
    readers: [N],
    doc: t(
      'NetworkManager: metric of the IPv4 routes that set none of their own, the default route included (ipv4.route-metric).',
      'NetworkManager：未自行指定度量值的 IPv4 路由（包括默认路由）所用的度量值（ipv4.route-metric）。',
    ),
  },
  {
    name: 'ETHTOOL_OPTS',
    doc: t('ethtool settings applied when the interface comes up, e.g. "autoneg off speed 1000 duplex full".', '启用接口时应用的 ethtool 设置，例如 "autoneg off speed 1000 duplex full"。'),
  },
  {
    name: 'ETHTOOL_OPTIONS',
    readers: [W],
    doc: t('SUSE/wicked: ethtool settings applied to the interface.', 'SUSE/wicked：应用到接口的 ethtool 设置。'),
  },
  yesNo('VLAN', [I, N], t('yes makes the interface an 802.1Q VLAN on PHYSDEV.', 'yes 表示该接口是 PHYSDEV 上的 802.1Q VLAN。')),
  {
    name: 'PHYSDEV',
    valueKind: 'ifname',
    doc: t('Parent interface of a VLAN, e.g. bond0 for bond0.100.', 'VLAN 的父接口，例如 bond0.100 的 bond0。'),
  },
  {
    name: 'VID',
    valueKind: 'int',
    range: { min: 0, max: 4095 },
    readers: [I],
    doc: initscripts('VLAN ID, which then needs PHYSDEV; without it the ID comes from the device name (.<id>).', 'VLAN ID，设置时必须同时设置 PHYSDEV；未设置时 VLAN ID 取自设备名（.<ID>）。'),
  },
  {
    name: 'VLAN_ID',
    valueKind: 'int',
    range: { min: 0, max: 4095 },
    readers: [N, W],
    doc: t('VLAN ID (NetworkManager, wicked).', 'VLAN 编号（NetworkManager、wicked 读取）。'),
  },
  {
    name: 'ETHERDEVICE',
    valueKind: 'ifname',
    readers: [W],
    doc: t('SUSE/wicked: parent interface of a VLAN.', 'SUSE/wicked：VLAN 的父接口。'),
  },
  {
    name: 'BRIDGE',
    valueKind: 'ifname',
    doc: t('The Linux bridge this interface is a port of.', '本接口作为端口所属的 Linux 网桥。'),
  },
  {
    name: 'DEVICETYPE',
    values: [{ name: 'ovs', doc: t('Handled by Open vSwitch\'s ifup-ovs.', '由 Open vSwitch 的 ifup-ovs 处理。'), otherTool: OVS }],
    doc: t('initscripts runs ifup-<DEVICETYPE> when that script exists.', '若存在 ifup-<DEVICETYPE> 脚本，initscripts 会运行它。'),
  },
  {
    name: 'PROXY_METHOD',
    valueKind: 'enum',
    readers: [N],
    values: [
      { name: 'none', doc: t('No proxy.', '不使用代理。') },
      { name: 'auto', doc: t('Proxy from PAC_URL or PAC_SCRIPT (WPAD).', '使用 PAC_URL 或 PAC_SCRIPT 中的代理（WPAD）。') },
    ],
    doc: t('NetworkManager: proxy configuration method.', 'NetworkManager：代理配置方式。'),
  },
  yesNo('BROWSER_ONLY', [N], t('NetworkManager: whether the proxy applies to browsers only.', 'NetworkManager：代理是否只用于浏览器。')),
  {
    name: 'AUTOCONNECT_PRIORITY',
    valueKind: 'int',
    range: { min: -999, max: 999 },
    readers: [N],
    doc: t('NetworkManager: among connections for the same device, the higher priority autoconnects first.', 'NetworkManager：同一设备的多个连接中，优先级高者先自动连接。'),
  },
  yesNo('AUTOCONNECT_SLAVES', [N], t(
    'NetworkManager: yes also activates the ports when the bond connection is activated.',
    'NetworkManager：yes 表示激活 bond 连接时同时激活其端口。',
  ), { bond: 'bond' }),
  {
    name: 'LLDP',
    readers: [N],
    doc: t('NetworkManager: rx listens to LLDP on the interface; no disables it.', 'NetworkManager：rx 表示在接口上接收 LLDP；no 表示关闭。'),
  },
  {
    name: 'NETWORK',
    valueKind: 'ipv4',
    readers: [I],
    doc: initscripts('network address of IPADDR; computed when missing.', 'IPADDR 所在网络的地址；缺省时自动计算。'),
  },
  {
    name: 'BROADCAST<n>',
    completeAs: 'BROADCAST',
    pattern: /^BROADCAST\w*$/,
    valueKind: 'ipv4',
    readers: [I, W],
    doc: t('Broadcast address of the IPADDR with the same number (initscripts computes it when missing).', '同编号 IPADDR 的广播地址（缺省时 initscripts 自动计算）。'),
  },
  {
    name: 'LINKDELAY',
    valueKind: 'int',
    readers: [I],
    doc: initscripts('seconds to wait for the link before configuring the interface.', '配置接口前等待链路的秒数。'),
  },
  // Read by initscripts' ifup-eth and network-functions; not bond keys, but a file may carry them.
  yesNo('PERSISTENT_DHCLIENT', [I], initscripts('yes keeps dhclient trying after a failed lease instead of giving up after one attempt.', 'yes 表示获取租约失败后 dhclient 继续尝试，而不是只尝试一次。')),
  initscriptsKey('METRIC', 'int', initscripts('metric of the default route through this interface.', '经由本接口的默认路由的度量值。')),
  initscriptsKey('SRCADDR', 'ipv4', initscripts('source address of the default route through this interface.', '经由本接口的默认路由的源地址。')),
  initscriptsKey('WINDOW', 'int', initscripts('TCP window of the default route through this interface.', '经由本接口的默认路由的 TCP 窗口。')),
  yesNo(
    'ARP',
    [I],
    initscripts(
      'no turns ARP off on the interface (ip link set … arp off), yes on, when it sets up static addresses. It takes only yes and no, in lower or upper case (toggle_value): any other spelling leaves ARP as it is.',
      'no 表示在该接口上关闭 ARP（ip link set … arp off），yes 表示开启，仅在配置静态地址时生效。它只接受全小写或全大写的 yes 和 no（toggle_value）：其他写法不会改变 ARP。',
    ),
    { booleanParsers: { initscripts: 'toggle_value' } },
  ),
  { name: 'SCOPE', valueKind: 'text', readers: [I, W], doc: t('Scope of the addresses added to the interface (ip addr add … scope); wicked reads SCOPE<suffix> for each IPADDR<suffix>.', '添加到接口的地址的作用域（ip addr add … scope）；wicked 为每个 IPADDR<后缀> 读取 SCOPE<后缀>。') },
  {
    name: 'DEVTIMEOUT',
    valueKind: 'int',
    doc: t(
      'Seconds to wait for the device to appear before giving up; NetworkManager takes it (fractions too) as connection.wait-device-timeout, initscripts whole seconds only (any other value: no wait).',
      '放弃之前等待设备出现的秒数；NetworkManager 把它（可为小数）作为 connection.wait-device-timeout，initscripts 只接受整数秒（其他值：不等待）。',
    ),
  },
  yesNo('ARPCHECK', [I], initscripts('no skips the duplicate address check (arping) before an address is added.', 'no 表示添加地址前跳过重复地址检查（arping）。')),
  {
    name: 'ARPING_WAIT',
    valueKind: 'int',
    doc: t(
      'Seconds to check that no other host uses an address before it is added (duplicate address detection). initscripts passes it to arping -w (default 3); when ACD_TIMEOUT is not set, NetworkManager takes it as ipv4.dad-timeout (in milliseconds, so times 1000), and above 30 keeps its default.',
      '添加地址前检查是否有其他主机在使用该地址（重复地址检测）的秒数。initscripts 把它传给 arping -w（默认 3）；未设置 ACD_TIMEOUT 时，NetworkManager 把它乘以 1000 作为 ipv4.dad-timeout（单位为毫秒），大于 30 时保持默认值。',
    ),
  },
  yesNo('ARPUPDATE', [I], initscripts('no skips the gratuitous ARP sent after an address is added.', 'no 表示添加地址后不发送免费 ARP。')),
  { name: 'TEAM_MASTER', valueKind: 'ifname', doc: t('The team device this interface is a port of (a team, not a bond).', '本接口所属的 team 设备（team，不是 bond）。') },
  {
    name: 'DELAY',
    valueKind: 'int',
    doc: t(
      'Forward delay of a bridge (TYPE=Bridge), in seconds. NetworkManager reads it only with STP on ("\'DELAY\' invalid when STP is disabled").',
      '网桥（TYPE=Bridge）的转发延迟，单位为秒。只有 STP 开启时 NetworkManager 才读取它（"\'DELAY\' invalid when STP is disabled"）。',
    ),
  },
  yesNo(
    'STP',
    [I, N],
    t(
      'Turns the spanning tree protocol of a bridge (TYPE=Bridge) on or off. NetworkManager takes only yes, no, on and off here, in any case, and reads anything else as no ("invalid STP value").',
      '开启或关闭网桥（TYPE=Bridge）的生成树协议。NetworkManager 在此只接受 yes、no、on、off（不区分大小写），其他值一律读作 no（"invalid STP value"）。',
    ),
    { booleanParsers: { networkmanager: 'yes-no-on-off' } },
  ),
  ovsKey('BOND_IFACES', 'the interfaces of an OVSBond, separated by blanks. Not a Linux kernel bond.', 'OVSBond 的成员接口，以空白分隔。不是 Linux 内核 bond。'),
  ovsKey('OVS_BRIDGE', 'the OVS bridge this port or bond belongs to.', '本端口或 bond 所属的 OVS 网桥。', 'ifname'),
  ovsKey('OVS_OPTIONS', 'extra ovs-vsctl options for the port or bond (e.g. bond_mode=balance-slb).', '端口或 bond 的额外 ovs-vsctl 选项（例如 bond_mode=balance-slb）。'),
  ovsKey('OVS_EXTRA', 'extra ovs-vsctl commands, separated by " -- ".', '额外的 ovs-vsctl 命令，以 " -- " 分隔。'),
  ovsKey('OVSBOOTPROTO', 'BOOTPROTO of an OVS bridge (e.g. dhcp).', 'OVS 网桥的 BOOTPROTO（例如 dhcp）。'),
  ovsKey('OVSDHCPINTERFACES', 'ports whose links must be up before DHCP on the bridge starts.', '网桥开始 DHCP 之前必须处于 up 状态的端口。'),
  contrailKey('BIND_INT', 'PCI addresses of the DPDK interfaces, comma-separated.', 'DPDK 接口的 PCI 地址，以逗号分隔。'),
  contrailKey('BOND_MODE', 'bond mode of its DPDK bond (not a kernel bonding option).', '其 DPDK bond 的模式（不是内核 bonding 选项）。'),
  contrailKey('BOND_POLICY', 'hash policy of its DPDK bond.', '其 DPDK bond 的哈希策略。'),
  contrailKey('DRIVER', 'the kernel driver the DPDK interfaces are bound to (e.g. uio_pci_generic).', 'DPDK 接口所绑定的内核驱动（例如 uio_pci_generic）。'),
  contrailKey('CPU_LIST', 'CPUs for the DPDK forwarding threads.', 'DPDK 转发线程使用的 CPU。'),
];

/** Every key the service knows, with the table's defaults: any text, read by initscripts and NetworkManager. */
export const IFCFG_KEYS: readonly IfcfgKey[] = ENTRIES.map((k) => ({ valueKind: 'text', readers: [I, N], ...k }));

/** How each reader is called in hover and completion texts. */
export const FLAVOUR_NAMES: Readonly<Record<IfcfgFlavour, string>> = {
  initscripts: 'initscripts',
  networkmanager: 'NetworkManager',
  wicked: 'wicked',
};

/** The words hover and completion put around this catalogue's facts (`{name}` placeholders, filled with `fill()`). */
export const IFCFG_TERMS = {
  readBy: t('Read by', '读取者'),
  valueReaders: t('accepted only by {readers}', '只有 {readers} 接受此值'),
  valueOtherTool: t('read by {tool}', '由 {tool} 读取'),
  booleanOne: t('{readers} reads `{value}` as {reading}.', '{readers} 把 `{value}` 读作 {reading}。'),
  booleanBoth: t('initscripts and NetworkManager read `{value}` as {reading}.', 'initscripts 和 NetworkManager 把 `{value}` 读作 {reading}。'),
  bondConfigured: t('{file} in this folder configures {bond}, mode {mode}.', '该目录中的 {file} 配置了 {bond}，模式为 {mode}。'),
} satisfies Record<string, Text>;

const EXACT: ReadonlyMap<string, IfcfgKey> = new Map(IFCFG_KEYS.filter((k) => !k.pattern).map((k) => [k.name, k]));
const PATTERNED: readonly IfcfgKey[] = IFCFG_KEYS.filter((k) => k.pattern);

/** Looks a key up by its exact (case-sensitive) name, then by the numbered or prefixed forms. */
export function ifcfgKey(name: string): IfcfgKey | undefined {
  return EXACT.get(name) ?? PATTERNED.find((k) => k.pattern!.test(name));
}

/** The parts wicked's BOOTPROTO joins with "+". */
export const WICKED_BOOTPROTO_PARTS: readonly string[] = ['dhcp', 'dhcp4', 'dhcp6', 'autoip', 'auto4', 'auto6'];

/**
 * wicked's BOOTPROTO (__ni_suse_bootproto in client/suse/compat-suse.c): none, ppp, ibft, 6to4 and static whole, in
 * any case; otherwise parts joined by "+", each exactly dhcp, dhcp4, dhcp6, auto4, autoip or auto6 ("Unknown value in
 * BOOTPROTO" for any other, which wicked logs and skips).
 */
export function wickedBootprotoKnown(value: string): boolean {
  if (/^(none|ppp|ibft|6to4|static)$/i.test(value)) return true;
  const parts = value.split('+').filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => WICKED_BOOTPROTO_PARTS.includes(p));
}

/** The names a misspelt key is compared with: numbered and prefixed forms by their fixed part. */
const SUGGESTED_NAMES: readonly string[] = IFCFG_KEYS.map((k) => (k.pattern ? k.name.replace(/<\w+>$/, '') : k.name)).filter((n) => n.length > 0);

/** Keys the name is probably a misspelling of, best first (`BONDING_OPT` → `BONDING_OPTS`). */
export function suggestKey(name: string): string[] {
  const upper = name.toUpperCase().replace(/-/g, '_');
  const scored: { n: string; score: number }[] = [];
  for (const n of SUGGESTED_NAMES) {
    if (n === name) continue;
    let score: number;
    if (n === upper) score = 0;
    else {
      const limit = Math.max(1, Math.floor(Math.min(upper.length, n.length) / 4));
      const d = editDistance(upper, n, limit);
      if (d > limit) continue;
      score = d;
    }
    scored.push({ n, score });
  }
  scored.sort((a, b) => a.score - b.score || a.n.localeCompare(b.n));
  return [...new Set(scored.map((s) => s.n))];
}
