import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { IFCFG_TERMS } from '../../server/src/knowledge/ifcfgKeys';
import { BOND_OPTIONS, OPTION_TERMS } from '../../server/src/knowledge/options';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';
import { hoverText, service, withCursor } from './helpers';

const en = service();
const zh = service({}, 'zh-cn');

function hover(text: string, s = en): string | undefined {
  const { doc, position } = withCursor(text, 'ifcfg');
  return hoverText(s, doc, position);
}

function hoverRange(text: string, s = en): Range | undefined {
  const { doc, position } = withCursor(text, 'ifcfg');
  return s.doHover(doc, position)?.range;
}

const BOND = 'DEVICE=bond0\nTYPE=Bond\nBOOTPROTO=none\nONBOOT=yes\n';

test('mode=4: the mode it names, its summary, what the switch needs, then the facts', () => {
  const text = `${BOND}BONDING_OPTS="mode=|4 miimon=100"\n`;
  assert.equal(
    hover(text),
    [
      '**mode** — Bonding policy: how traffic is spread over the ports and how a failure is handled. It can only be changed while the bond is down and has no ports.',
      '`4` → `802.3ad` — 802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.',
      'ℹ️ Mode 802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode). `opts.switch-config`',
      '*Default: `balance-rr` (0) · sysfs: `/sys/class/net/bond0/bonding/mode` reads `802.3ad 4`*',
    ].join('\n\n'),
  );
  assert.deepEqual(hoverRange(text), { start: { line: 4, character: 19 }, end: { line: 4, character: 20 } });
});

test('a lone CR starts a line in the editor, not in the file: the hover is that of the token under the cursor', () => {
  // The editor shows five lines; NetworkManager reads four, the first a comment.
  const text = `# uplink\rbond\n${BOND}BONDING_OPTS="mode=|4 miimon=100"\n`;
  assert.equal(hover(text)!.split('\n\n')[1], '`4` → `802.3ad` — 802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.');
  assert.deepEqual(hoverRange(text), { start: { line: 6, character: 19 }, end: { line: 6, character: 20 } });
  assert.match(hover(`# uplink\rbond\nDEV|ICE=bond0\n`)!, /^\*\*DEVICE\*\*/);
});

test('mode=4 in Chinese', () => {
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=|4 miimon=100"\n`, zh),
    [
      '**mode** — 绑定策略：流量如何分布到各端口、故障时如何处理。只能在 bond 处于 down 状态且没有端口时修改。',
      '`4` → `802.3ad` — 802.3ad（LACP）：端口与交换机协商链路聚合，流量按发送哈希策略分布。',
      'ℹ️ 802.3ad 模式需要在交换机端口上启用 LACP（LACP 模式的端口聚合组）。 `opts.switch-config`',
      '*默认值：`balance-rr` (0) · sysfs：读取 `/sys/class/net/bond0/bonding/mode` 得到 `802.3ad 4`*',
    ].join('\n\n'),
  );
});

test('the switch requirement is said by the hover itself when no finding says it', () => {
  const s = service({ switch: 'lacp' });
  const text = hover(`${BOND}BONDING_OPTS="mode=|4 miimon=100"\n`, s)!;
  assert.equal(text.split('\n\n')[2], '802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode).');
  assert.ok(!text.includes('opts.switch-config'));
});

test('mode=802.3ad: the name with its number', () => {
  const text = `${BOND}BONDING_OPTS="mode=802.3|ad miimon=100"\n`;
  assert.equal(
    hover(text)!.split('\n\n')[1],
    '`802.3ad` (4) — 802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.',
  );
  assert.deepEqual(hoverRange(text), { start: { line: 4, character: 19 }, end: { line: 4, character: 26 } });
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=active-bac|kup"\n`)!.split('\n\n')[1],
    '`active-backup` (1) — Active-backup: one port carries all traffic; another takes over when it fails. No load balancing.',
  );
});

test('lacp_rate=fast: 1 s LACPDUs and a 3 s timeout, and what the rate does not control', () => {
  const text = `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fa|st"\n`;
  assert.equal(
    hover(text),
    [
      '**lacp_rate** — The rate at which the bond asks its 802.3ad partner to send LACPDUs. Only 802.3ad accepts it, and only while the bond is down.',
      '`fast` (1) — asks the partner to send LACPDUs every 1 s; 3 s timeout',
      "lacp_rate sets this bond's LACP_Timeout bit (the rate it asks the partner for) and its own receive timeout. How often the bond itself sends LACPDUs follows the partner's LACP_Timeout bit, so the two ends may use different rates.",
      '*Default: `slow` (0) · sysfs: `/sys/class/net/bond0/bonding/lacp_rate` reads `fast 1`*',
    ].join('\n\n'),
  );
  assert.deepEqual(hoverRange(text), { start: { line: 4, character: 48 }, end: { line: 4, character: 52 } });
});

test('lacp_rate=fast in Chinese', () => {
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fa|st"\n`, zh),
    [
      '**lacp_rate** — bond 要求 802.3ad 对端发送 LACPDU 的速率。只有 802.3ad 模式接受，且只能在 bond 处于 down 状态时修改。',
      '`fast` (1) — 请求对端每 1 秒发送一次 LACPDU；超时 3 秒',
      'lacp_rate 设置本 bond 的 LACP_Timeout 位（即要求对端使用的发送速率）以及自己的接收超时。本 bond 自己多久发送一次 LACPDU 取决于对端的 LACP_Timeout 位，因此两端速率可以不同。',
      '*默认值：`slow` (0) · sysfs：读取 `/sys/class/net/bond0/bonding/lacp_rate` 得到 `fast 1`*',
    ].join('\n\n'),
  );
});

test('miimon: what it does, the value in ms, default, accepted values, modes, channels, history', () => {
  const text = `${BOND}BONDING_OPTS="mode=802.3ad mii|mon=100"\n`;
  assert.equal(
    hover(text),
    [
      "**miimon** — MII link monitoring interval in milliseconds: how often each port's link state is checked; 0 disables it. A non-zero value turns ARP monitoring off.",
      '`miimon=100` = 100 ms',
      '*Default: `0`. When the module is loaded in 802.3ad, balance-tlb or balance-alb mode, or the mode is changed to one of these, a miimon of 0 is replaced by 100; other modes keep 0. NetworkManager applies 100 when none of miimon, arp_interval and arp_validate is set. · Accepts: an integer from 0 to 2147483647 (milliseconds), or off, maxval, default · Set via: module parameter, sysfs, netlink · Applied from this file by: initscripts, NetworkManager · Since: Present in every driver version read: a module parameter by 2007 (≈2.6.22) and a field of struct bond_params in driver v3.0.2 (February 2006).*',
    ].join('\n\n'),
  );
  assert.deepEqual(hoverRange(text), { start: { line: 4, character: 27 }, end: { line: 4, character: 33 } });
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=802.3ad miimon=1|00"\n`)!.split('\n\n')[1], '`100` = 100 ms');
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=802.3ad miimon=o|ff"\n`)!.split('\n\n')[1], '`off` = 0 ms');
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=1 miimon=|0 arp_interval=100"\n`)!.split('\n\n')[1], '`0` = 0 ms (`off`)');
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=6 lp_interval=1|0"\n`)!.split('\n\n')[1], '`10` = 10 s');
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=802.3ad mii|mon=100"\n`, zh)!.split('\n\n')[1], '`miimon=100` = 100 毫秒');
});

test('xmit_hash_policy=layer3+4: which headers are hashed', () => {
  const parts = hover(`${BOND}BONDING_OPTS="mode=802.3ad miimon=100 xmit_hash_policy=layer3|+4"\n`)!.split('\n\n');
  assert.equal(parts[1], '`layer3+4` (1) — Spreads connections to one peer over several ports; one connection stays on one port.');
  assert.equal(
    parts[2],
    'Hashed: Source and destination IP plus the ports of TCP, UDP, UDP-Lite, SCTP and DCCP, or the SPI of ESP and AH (kernels with the encap policies; older ones take TCP and UDP ports only); an ICMP echo hashes with its identifier, an ICMP error as the packet it reports (2019, commit 58deb77cc52d); no ports for fragments and other IP protocols; non-IP traffic hashes as layer2. Not fully 802.3ad-compliant: a TCP or UDP flow that mixes fragmented and unfragmented packets is split over two ports and may arrive out of order.',
  );
  assert.equal(parts[3], '*Default: `layer2` (0) · sysfs: `/sys/class/net/bond0/bonding/xmit_hash_policy` reads `layer3+4 1`*');
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=4 xmit_hash_policy=|1"\n`)!.split('\n\n')[1].startsWith('`1` → `layer3+4` — '), true);
});

test('an option the kernel refuses in this mode: the hover says so and shows the finding', () => {
  const name = hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_r|ate=fast"\n`)!.split('\n\n');
  assert.equal(name[1], '`lacp_rate=fast` (1)');
  assert.equal(name[2], '⛔ The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile. `opts.rejected-in-mode`');
  assert.ok(name[3]!.includes(' · Accepted only in: 802.3ad · '));
  // the value hover shows the same finding, and no sysfs reading that could not happen
  const value = hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_rate=fa|st"\n`)!.split('\n\n');
  assert.equal(value[3], '⛔ The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile. `opts.rejected-in-mode`');
  assert.equal(value[4], '*Default: `slow` (0)*');
  // with the rule silenced the hover still judges the option against the mode
  const quiet = service({ rules: { 'opts.rejected-in-mode': 'off' } });
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_r|ate=fast"\n`, quiet)!.split('\n\n')[2],
    "The kernel refuses lacp_rate in this bond's mode, active-backup.",
  );
  assert.equal(
    hover(`${BOND}BONDING_OPTS="miimon=100 lacp_r|ate=fast"\n`, quiet)!.split('\n\n')[2],
    "The kernel refuses lacp_rate in this bond's mode, balance-rr (the default: no mode= is set).",
  );
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_r|ate=fast"\n`, service({ rules: { 'opts.rejected-in-mode': 'off' } }, 'zh-cn'))!.split('\n\n')[2],
    '本 bond 的模式为 active-backup，内核在该模式下拒绝 lacp_rate。',
  );
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_r|ate=fast"\n`, zh)!.split('\n\n')[2],
    '⛔ 内核在 active-backup 模式下拒绝 lacp_rate（"mode dependency failed"）：使用 initscripts 时该设置会丢失，NetworkManager 则会拒绝整个配置。 `opts.rejected-in-mode`',
  );
});

test('an option that does nothing in this mode', () => {
  const parts = hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 xmit_hash|_policy=layer2"\n`)!.split('\n\n');
  assert.equal(parts[2], '⚠️ xmit_hash_policy does nothing in mode active-backup. `opts.ineffective-in-mode`');
  assert.ok(parts[3]!.includes(' · No effect in: balance-rr, active-backup, broadcast · '));
  // bond_xmit_tlb_slave_get hashes with it whatever tlb_dynamic_lb is; balance-alb only without dynamic balancing.
  assert.equal(
    parts[0],
    '**xmit_hash_policy** — Transmit hash policy: which header fields choose the port for each packet in balance-xor, 802.3ad and balance-alb with tlb_dynamic_lb=0, and in balance-tlb (with tlb_dynamic_lb=1, the bucket that is then placed by load).',
  );
  const quiet = service({ rules: { 'opts.ineffective-in-mode': 'off' } });
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=active-backup miimon=100 xmit_hash|_policy=layer2"\n`, quiet)!.split('\n\n')[2],
    "xmit_hash_policy does nothing in this bond's mode, active-backup.",
  );
});

test('how an option can be set decides whether initscripts applies it', () => {
  const facts = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 ns_ip6_tar|get=2001:db8::1"\n`)!.split('\n\n').at(-1)!;
  assert.ok(facts.includes(' · Set via: netlink · Applied from this file by: NetworkManager · Not applied by: initscripts · '), facts);
  // NetworkManager reads a TYPE=Bridge file as a bridge and ignores its BONDING_OPTS: initscripts is the only reader.
  const bridge = (option: string) => hover(`DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="mode=1 miimon=100 ${option}"\n`)!.split('\n\n').at(-1)!;
  assert.ok(bridge('ns_ip6_tar|get=2001:db8::1').includes(' · Set via: netlink · Not applied by: initscripts · '));
  assert.ok(bridge('updel|ay=200').includes(' · Applied from this file by: initscripts · '));
  const suse = TextDocument.create('file:///etc/sysconfig/network/ifcfg-bond0', 'ifcfg', 1, "BONDING_MASTER=yes\nBONDING_MODULE_OPTS='mode=1 miimon=100'\n");
  const h = en.doHover(suse, { line: 1, character: 30 });
  assert.ok((h!.contents as { value: string }).value.includes(' · Applied from this file by: wicked · '));
  // initscripts writes active_slave before the ports join, and NetworkManager reads it as primary.
  const active = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 active_sl|ave=eth0"\n`)!.split('\n\n').at(-1)!;
  assert.ok(
    active.includes(" · Applied from this file by: NetworkManager · Not applied by: initscripts · NetworkManager treats it as another name for primary and never sets the kernel's active_slave. · "),
    active,
  );
  // initscripts writes queue_id before the ports join too; NetworkManager takes it from the port's own file.
  const queue = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 queue|_id=eth0:2"\n`)!.split('\n\n').at(-1)!;
  assert.ok(
    queue.includes(" · Set via: sysfs, netlink · Not applied by: initscripts, NetworkManager · Set per port, not on the bond · NetworkManager sets it from BOND_PORT_QUEUE_ID in the port's ifcfg file · "),
    queue,
  );
});

test('an invalid value says what the kernel expects', () => {
  const parts = hover(`${BOND}BONDING_OPTS="mode=|7"\n`)!.split('\n\n');
  assert.equal(parts[1], '`7` — not accepted by the kernel');
  assert.equal(
    parts[2],
    '⛔ mode: invalid value "7"; expected one of balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6), or default. `opts.invalid-value`',
  );
  const quiet = service({ rules: { 'opts.invalid-value': 'off' } });
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=4 lacp_rate=|2"\n`, quiet)!.split('\n\n')[1],
    '`2` — not accepted by the kernel; expected one of slow (0), fast (1)',
  );
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=4 mii|mon=100ms"\n`)!.split('\n\n')[1],
    '`miimon=100ms` — not accepted by the kernel; expected an integer from 0 to 2147483647 (milliseconds), or off, maxval, default',
  );
});

test('TYPE: the key, the value of this line, who reads it', () => {
  const file = 'DEVICE=bond0\nTY|PE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n';
  assert.equal(
    hover(file),
    [
      '**TYPE** — Interface type. initscripts picks its ifup-\\<type\\> script from it; NetworkManager picks the connection type.',
      '`Bond` — A Linux bond. NetworkManager takes the name in any case, and also reads as a bond a file without TYPE that has BONDING_MASTER=yes or a non-empty BONDING_OPTS, and one with TYPE=Ethernet, exactly so spelled, and a non-empty BONDING_OPTS. initscripts creates a bond for a non-empty BONDING_OPTS and does not read TYPE for it.',
      '*Read by: initscripts, NetworkManager*',
    ].join('\n\n'),
  );
  assert.deepEqual(hoverRange(file), { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
  // on the value the same text, with the value's range
  const onValue = 'DEVICE=bond0\nTYPE=Bo|nd\nBONDING_OPTS="mode=1 miimon=100"\n';
  assert.equal(hover(onValue), hover(file));
  assert.deepEqual(hoverRange(onValue), { start: { line: 1, character: 5 }, end: { line: 1, character: 9 } });
  assert.equal(
    hover('DEVICE=bond0\nTY|PE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n', zh),
    [
      '**TYPE** — 接口类型。initscripts 据此选择 ifup-\\<类型\\> 脚本；NetworkManager 据此确定连接类型。',
      '`Bond` — Linux bond。NetworkManager 不区分该名称的大小写；它还会把没有 TYPE 且有 BONDING_MASTER=yes 或非空 BONDING_OPTS 的文件，以及 TYPE=Ethernet（须完全按此拼写）且 BONDING_OPTS 非空的文件读作 bond。initscripts 只要 BONDING_OPTS 非空就创建 bond，为此不读 TYPE。',
      '*读取者：initscripts、NetworkManager*',
    ].join('\n\n'),
  );
});

test('BONDING_MASTER: NetworkManager reads it with every TYPE and does not know on', () => {
  assert.equal(
    hover('DEVICE=bond0\nTYPE=Bond\nBONDING_MAS|TER=yes\n')!.split('\n\n')[0],
    '**BONDING_MASTER** — yes marks the file as a bond. NetworkManager reads it whatever the TYPE: without TYPE it makes the file a bond; with a TYPE other than Bond it refuses the file, unless TYPE=Ethernet, exactly so spelled, comes with a non-empty BONDING_OPTS, which makes a bond. NetworkManager does not know on (it takes on as no). wicked requires it, as yes, true or on in any case: it reads any other value, 1 included, as no. initscripts does not read it.',
  );
  assert.equal(
    hover('DEVICE=bond0\nTYPE=Bond\nBONDING_MAS|TER=yes\n', zh)!.split('\n\n')[0],
    '**BONDING_MASTER** — yes 表示本文件是 bond。无论 TYPE 为何，NetworkManager 都会读取它：没有 TYPE 时它把文件读作 bond；TYPE 不是 Bond 时它拒绝该文件，除非 TYPE=Ethernet（须完全按此拼写）且 BONDING_OPTS 非空，此时读作 bond。NetworkManager 不认识 on（把 on 当作 no）。wicked 要求设置它，且须为 yes、true 或 on（不区分大小写）：其他值（包括 1）都被读作 no。initscripts 不读取它。',
  );
});

test('DEVICE: NetworkManager\'s message for a bond file without it depends on TYPE', () => {
  assert.equal(
    hover('DEV|ICE=bond0\nTYPE=Bond\n')!.split('\n\n')[0],
    '**DEVICE** — Name of the interface this file configures, e.g. bond0. NetworkManager refuses a bond file without it ("mandatory DEVICE keyword missing"; without TYPE as well, "had neither TYPE nor DEVICE keys").',
  );
  assert.equal(
    hover('DEV|ICE=bond0\nTYPE=Bond\n', zh)!.split('\n\n')[0],
    '**DEVICE** — 本文件所配置的接口名，例如 bond0。缺少它时 NetworkManager 拒绝读取 bond 文件（“mandatory DEVICE keyword missing”；若同时没有 TYPE，则为“had neither TYPE nor DEVICE keys”）。',
  );
});

test('IPV6_PEERDNS: a key NetworkManager alone reads', () => {
  assert.equal(
    hover('DEVICE=bond0\nTYPE=Bond\nIPV6_PEER|DNS=no\n'),
    [
      '**IPV6_PEERDNS** — NetworkManager: no ignores the DNS servers and search domains that automatic IPv6 configuration provides (ipv6.ignore-auto-dns).',
      '*Read by: NetworkManager*',
    ].join('\n\n'),
  );
  assert.equal(
    hover('DEVICE=bond0\nTYPE=Bond\nIPV6_PEER|DNS=no\n', zh),
    ['**IPV6_PEERDNS** — NetworkManager：no 表示忽略 IPv6 自动配置提供的 DNS 服务器和搜索域（ipv6.ignore-auto-dns）。', '*读取者：NetworkManager*'].join('\n\n'),
  );
});

test('values of other tools and values only some readers accept', () => {
  assert.equal(
    hover('DEVICE=bond0\nTYPE=OVS|Bond\n'),
    [
      '**TYPE** — Interface type. initscripts picks its ifup-\\<type\\> script from it; NetworkManager picks the connection type.',
      '`OVSBond` — An Open vSwitch bond of the interfaces in BOND_IFACES, not a Linux kernel bond.',
      "*Read by: initscripts, NetworkManager · `OVSBond`: read by Open vSwitch's ifup-ovs network script (an OVS bridge, port or bond, not a Linux kernel bond)*",
    ].join('\n\n'),
  );
  assert.equal(
    hover('DEVICE=bond0\nBOND_IF|ACES="eth0 eth1"\nTYPE=OVSBond\n')!.split('\n\n').at(-1),
    "*Read by: Open vSwitch's ifup-ovs network script (an OVS bridge, port or bond, not a Linux kernel bond)*",
  );
  assert.equal(hover('DEVICE=bond0.100\nVLAN=yes\nTYPE=Vl|an\n')!.split('\n\n').at(-1), '*Read by: initscripts, NetworkManager · `Vlan`: accepted only by NetworkManager*');
});

test('BOOTPROTO=none and SLAVE spellings', () => {
  assert.equal(
    hover('DEVICE=eth0\nBOOT|PROTO=none\nMASTER=bond0\nSLAVE=yes\n'),
    [
      '**BOOTPROTO** — How the interface gets its IP configuration. Bond ports normally use none: the address belongs on the bond. wicked also takes several of dhcp, dhcp4, dhcp6, autoip, auto4 and auto6 joined by "+" (e.g. dhcp4+autoip), these in lower case; with any of them it also sets up the static addresses in IPADDR.',
      '`none` — No DHCP; static addresses from IPADDR, if any. wicked instead skips all link-layer and IP setup (meant for bond ports) and ignores IPADDR; there an address without DHCP needs static.',
      '*Read by: initscripts, NetworkManager, wicked*',
    ].join('\n\n'),
  );
  assert.equal(
    hover('DEVICE=eth0\nMASTER=bond0\nSL|AVE=yes\n'),
    [
      '**SLAVE** — yes marks a port file. initscripts enslaves the interface to MASTER only when SLAVE=yes; NetworkManager reads MASTER alone.',
      '*Read by: initscripts*',
    ].join('\n\n'),
  );
  // SLAVE is read by initscripts only (NetworkManager does not check it), whose is_true knows on.
  assert.equal(hover('DEVICE=eth0\nMASTER=bond0\nSLAVE=Tr|ue\n')!.split('\n\n')[1], 'initscripts reads `True` as yes.');
  assert.equal(hover('DEVICE=eth0\nMASTER=bond0\nSLAVE=Tr|ue\n', zh)!.split('\n\n')[1], 'initscripts 把 `True` 读作 yes。');
  assert.equal(hover('DEVICE=eth0\nMASTER=bond0\nSLAVE=o|n\n')!.split('\n\n')[1], 'initscripts reads `on` as yes.');
  // ONBOOT, read by both: svParseBoolean knows t and f too; on is read differently, which the diagnostic reports.
  assert.equal(hover('DEVICE=eth0\nONBOOT=|t\n')!.split('\n\n')[1], 'initscripts and NetworkManager read `t` as yes.');
  assert.equal(hover('DEVICE=eth0\nONBOOT=|F\n', zh)!.split('\n\n')[1], 'initscripts 和 NetworkManager 把 `F` 读作 no。');
  assert.ok(!hover('DEVICE=eth0\nONBOOT=|off\n')!.includes('read `off`'));
});

test('BOOTPROTO=ibft: NetworkManager ignores the file, wicked sets up no address from it; wicked\'s dhcp+autoip', () => {
  assert.deepEqual(hover('DEVICE=eth0\nBOOTPROTO=ib|ft\n')!.split('\n\n').slice(1), [
    '`ibft` — The iSCSI Boot Firmware Table configures the interface: NetworkManager ignores the file ("Ignoring iBFT configuration"), wicked sets up no address from it, initscripts treats it as none.',
    '*Read by: initscripts, NetworkManager, wicked · `ibft`: accepted only by NetworkManager, wicked*',
  ]);
  assert.equal(
    hover('DEVICE=eth0\nBOOTPROTO=ib|ft\n', zh)!.split('\n\n')[1],
    '`ibft` — 由 iSCSI 启动固件表配置该接口：NetworkManager 忽略该文件（"Ignoring iBFT configuration"），wicked 不按它配置地址，initscripts 按 none 处理。',
  );
  assert.equal(
    hover('STARTMODE=auto\nBOOTPROTO=dhcp+au|toip\n')!.split('\n\n')[1],
    '`dhcp+autoip` — wicked: DHCPv4 and DHCPv6, with an IPv4 link-local address (autoip) as the fallback.',
  );
  assert.equal(hover('STARTMODE=auto\nBOOTPROTO=6t|o4\n')!.split('\n\n')[1], '`6to4` — wicked: treated like static.');
});

test('IPV6_AUTOCONF: the hover names no reading initscripts does not make', () => {
  assert.equal(hover('DEVICE=eth0\nIPV6_AUTOCONF=N|o\n')!.split('\n\n')[1], '⛔ IPV6_AUTOCONF: initscripts compares it with yes and no exactly, in lower case, and takes "No" as if IPV6_AUTOCONF were not set; write no. `ifcfg.invalid-value`');
  assert.ok(!hover('DEVICE=eth0\nIPV6_AUTOCONF=tr|ue\n')!.includes('initscripts reads'));
});

test('ARP: initscripts reads it with toggle_value, which knows yes and no in lower or upper case only', () => {
  const off = hover('DEVICE=eth0\nIPADDR=192.0.2.5\nARP=o|ff\n')!;
  assert.equal(
    off,
    [
      '**ARP** — initscripts: no turns ARP off on the interface (ip link set … arp off), yes on, when it sets up static addresses. It takes only yes and no, in lower or upper case (toggle_value): any other spelling leaves ARP as it is.',
      '⛔ ARP: initscripts takes only yes or no here, in lower or upper case, and leaves ARP as it is for "off"; write no. `ifcfg.invalid-value`',
      '*Read by: initscripts*',
    ].join('\n\n'),
  );
  assert.equal(hover('DEVICE=eth0\nARP=Y|ES\n')!.split('\n\n')[1], 'initscripts reads `YES` as yes.');
  assert.equal(hover('DEVICE=eth0\nARP=N|O\n', zh)!.split('\n\n')[1], 'initscripts 把 `NO` 读作 no。');
  assert.equal(
    hover('DEVICE=eth0\nARP=o|ff\n', zh)!.split('\n\n')[0],
    '**ARP** — initscripts：no 表示在该接口上关闭 ARP（ip link set … arp off），yes 表示开启，仅在配置静态地址时生效。它只接受全小写或全大写的 yes 和 no（toggle_value）：其他写法不会改变 ARP。',
  );
});

test('who reads the keys about routes and teams: GATEWAYDEV only from /etc/sysconfig/network for NetworkManager, TEAM_MASTER by both', () => {
  // make_ip4_setting reads GATEWAYDEV from the network file (svGetValueStr(network_ifcfg, …)); check_if_team_slave reads TEAM_MASTER.
  assert.deepEqual(hover('DEVICE=bond0\nGATEWAY|DEV=bond0\n')!.split('\n\n'), [
    '**GATEWAYDEV** — initscripts: interface that gets the default route. NetworkManager reads it from /etc/sysconfig/network only.',
    '*Read by: initscripts*',
  ]);
  assert.equal(hover('DEVICE=eth0\nTEAM_MA|STER=team0\n')!.split('\n\n').at(-1), '*Read by: initscripts, NetworkManager*');
});

test('keys NetworkManager and wicked read too: DEVTIMEOUT, a bridge\'s STP and DELAY, ZONE', () => {
  assert.deepEqual(hover('DEVICE=eth0\nDEV|TIMEOUT=5\n')!.split('\n\n'), [
    '**DEVTIMEOUT** — Seconds to wait for the device to appear before giving up; NetworkManager takes it (fractions too) as connection.wait-device-timeout, initscripts whole seconds only (any other value: no wait).',
    '*Read by: initscripts, NetworkManager*',
  ]);
  assert.equal(
    hover('DEVICE=eth0\nDEV|TIMEOUT=5\n', zh)!.split('\n\n')[0],
    '**DEVTIMEOUT** — 放弃之前等待设备出现的秒数；NetworkManager 把它（可为小数）作为 connection.wait-device-timeout，initscripts 只接受整数秒（其他值：不等待）。',
  );
  assert.deepEqual(hover('DEVICE=br0\nTYPE=Bridge\nST|P=on\n')!.split('\n\n'), [
    '**STP** — Turns the spanning tree protocol of a bridge (TYPE=Bridge) on or off. NetworkManager takes only yes, no, on and off here, in any case, and reads anything else as no ("invalid STP value").',
    'initscripts and NetworkManager read `on` as yes.',
    '*Read by: initscripts, NetworkManager*',
  ]);
  assert.equal(hover('DEVICE=br0\nTYPE=Bridge\nSTP=o|ff\n', zh)!.split('\n\n')[1], 'initscripts 和 NetworkManager 把 `off` 读作 no。');
  assert.deepEqual(hover('DEVICE=br0\nTYPE=Bridge\nSTP=yes\nDEL|AY=2\n')!.split('\n\n'), [
    '**DELAY** — Forward delay of a bridge (TYPE=Bridge), in seconds. NetworkManager reads it only with STP on ("\'DELAY\' invalid when STP is disabled").',
    '*Read by: initscripts, NetworkManager*',
  ]);
  assert.deepEqual(hover('DEVICE=eth0\nZO|NE=internal\n')!.split('\n\n'), [
    '**ZONE** — firewalld zone of the interface; empty means the default zone. wicked reads it only when FIREWALL is yes (in this file, else in /etc/sysconfig/network/config).',
    '*Read by: initscripts, NetworkManager, wicked*',
  ]);
  assert.equal(
    hover('DEVICE=eth0\nZO|NE=internal\n', zh)!.split('\n\n')[0],
    '**ZONE** — 接口所属的 firewalld 区域；空值表示默认区域。只有 FIREWALL 为 yes（在本文件中，否则在 /etc/sysconfig/network/config 中）时 wicked 才读取它。',
  );
});

test('a SUSE file\'s yes/no values as wicked reads them: only yes, true and on are yes', () => {
  let n = 0;
  const suse = (text: string, s = en) => {
    const { doc, position } = withCursor(text, 'ifcfg');
    return hoverText(s, TextDocument.create(`file:///etc/sysconfig/network/ifcfg-bond${++n}`, 'ifcfg', 1, doc.getText()), position);
  };
  assert.deepEqual(suse('STARTMODE=auto\nBONDING_MASTER=|1\nBONDING_SLAVE_0=eth0\n')!.split('\n\n').slice(1), [
    'wicked reads `1` as no.',
    '⛔ BONDING_MASTER: wicked reads "1" as no, so it makes no bond of this file: it takes only yes, true and on, in any case, as yes; write yes. `ifcfg.invalid-value`',
    '*Read by: NetworkManager, wicked*',
  ]);
  assert.equal(suse('STARTMODE=auto\nBONDING_MASTER=|On\n')!.split('\n\n')[1], 'wicked reads `On` as yes.');
  assert.equal(suse('STARTMODE=auto\nUSERCONTROL=|TRUE\n', zh)!.split('\n\n')[1], 'wicked 把 `TRUE` 读作 yes。');
});

test('BONDING_OPTS key: every option of the line decoded', () => {
  const text = `${BOND}BONDING_|OPTS="mode=4 miimon=100 lacp_rate=fast"\n`;
  assert.equal(
    hover(text),
    [
      '**BONDING_OPTS** — Bonding driver options as a space-separated name=value list, e.g. "mode=802.3ad miimon=100" (quote it: it contains a space; NetworkManager does not split at a tab). initscripts writes each option to /sys/class/net/\\<bond\\>/bonding/\\<name\\>; NetworkManager validates each one and drops the invalid ones.',
      '`mode=4` → `802.3ad`, `miimon=100` = 100 ms, `lacp_rate=fast` (1)',
      '*Read by: initscripts, NetworkManager*',
    ].join('\n\n'),
  );
  assert.deepEqual(hoverRange(text), { start: { line: 4, character: 0 }, end: { line: 4, character: 12 } });
  // findings about the value as a whole belong to the key; those of one option to that option
  const unquoted = hover(`${BOND}BONDING_|OPTS=mode=4\n`)!;
  assert.ok(!unquoted.includes('opts.switch-config'), unquoted);
});

test('MASTER: the bond file of the folder', () => {
  const workspace = new InMemoryWorkspace();
  const dir = 'file:///etc/sysconfig/network-scripts/';
  workspace.set({ uri: `${dir}ifcfg-bond0`, languageId: 'ifcfg', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=802.3ad miimon=100"\n' });
  workspace.set({ uri: `${dir}ifcfg-bond1`, languageId: 'ifcfg', text: 'DEVICE=bond1\nTYPE=Bond\nBONDING_OPTS="miimon=100"\n' });
  workspace.set({ uri: `${dir}ifcfg-eth1`, languageId: 'ifcfg', text: 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n' });
  const s = createLanguageService({ workspace, locale: 'en' });
  let version = 0;
  const port = (text: string, name: string, lang = s) => {
    const offset = text.indexOf('|');
    const doc = TextDocument.create(`${dir}${name}`, 'ifcfg', ++version, text.replace('|', ''));
    return hoverText(lang, doc, doc.positionAt(offset));
  };
  assert.equal(
    port('DEVICE=eth0\nMAS|TER=bond0\nSLAVE=yes\n', 'ifcfg-eth0'),
    [
      '**MASTER** — Port file: the bond this interface belongs to. initscripts enslaves the interface only when SLAVE=yes is also set; NetworkManager does not need SLAVE.',
      'ifcfg-bond0 in this folder configures bond0, mode 802.3ad.',
      '*Read by: initscripts, NetworkManager*',
    ].join('\n\n'),
  );
  assert.equal(port('DEVICE=eth2\nMASTER=bo|nd1\nSLAVE=yes\n', 'ifcfg-eth2')!.split('\n\n')[1], 'ifcfg-bond1 in this folder configures bond1, mode balance-rr (the default: no mode= is set).');
  assert.ok(port('DEVICE=eth3\nMASTER=bo|nd7\nSLAVE=yes\n', 'ifcfg-eth3')!.includes('⚠️ No ifcfg file in this folder configures bond7 (bonds here: bond0, bond1). `xfile.master-missing`'));
  const sz = createLanguageService({ workspace, locale: 'zh-cn' });
  assert.equal(port('DEVICE=eth0\nMAS|TER=bond0\nSLAVE=yes\n', 'ifcfg-eth0', sz)!.split('\n\n')[1], '该目录中的 ifcfg-bond0 配置了 bond0，模式为 802.3ad。');
  // the bond's own file lists its ports, and primary= is checked against them
  assert.equal(port('DEV|ICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 primary=eth1"\n', 'ifcfg-bond0')!.split('\n\n')[1], 'Ports of bond0 in this folder: eth1.');
  assert.equal(port('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 primary=et|h1"\n', 'ifcfg-bond0')!.split('\n\n')[1], 'eth1 is a port of bond0 (ifcfg-eth1).');
  assert.equal(port('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 primary=et|h5"\n', 'ifcfg-bond0')!.split('\n\n')[1], 'No ifcfg file in this folder sets MASTER=bond0 for eth5.');
  // A port that names its bond by the bond's connection UUID (NetworkManager's MASTER or MASTER_UUID) is one too.
  const uuid = '6e2d5c9a-0b7e-4a51-9d3c-2f4f0e1a7b88';
  workspace.set({ uri: `${dir}ifcfg-bond2`, languageId: 'ifcfg', text: `DEVICE=bond2\nTYPE=Bond\nUUID=${uuid}\nBONDING_OPTS="mode=1 miimon=100"\n` });
  workspace.set({ uri: `${dir}ifcfg-eth4`, languageId: 'ifcfg', text: `DEVICE=eth4\nMASTER=${uuid}\nSLAVE=yes\n` });
  assert.equal(port(`DEVICE=bond2\nTYPE=Bond\nUUID=${uuid}\nBONDING_OPTS="mode=1 primary=et|h4"\n`, 'ifcfg-bond2')!.split('\n\n')[1], 'eth4 is a port of bond2 (ifcfg-eth4).');
  assert.equal(port(`DEV|ICE=bond2\nTYPE=Bond\nUUID=${uuid}\nBONDING_OPTS="mode=1 primary=eth4"\n`, 'ifcfg-bond2')!.split('\n\n')[1], 'Ports of bond2 in this folder: eth4.');
});

test('positions outside keys, option names and values give no hover', () => {
  const cases = [
    `${BOND}BONDING_OPTS|="mode=4 miimon=100"\n`,
    `${BOND}BONDING_OPTS=|"mode=4 miimon=100"\n`,
    `${BOND}BONDING_OPTS="mode|=4 miimon=100"\n`,
    `${BOND}BONDING_OPTS="mode=4| miimon=100"\n`,
    `${BOND}BONDING_OPTS="mode=4 miimon=100|"\n`,
    `${BOND}BONDING_OPTS="mode=4 miimon=100"|\n`,
    `${BOND}BONDING_OPTS="mode=4 miimon=100"  |  \n`,
    `${BOND}BONDING_OPTS="mode=4 miimon=100" # comm|ent\n`,
    '# a com|ment\nDEVICE=bond0\n',
    'DEVICE=bond0\n|\nTYPE=Bond\n',
    'DEVICE|=bond0\n',
    'UNKNOWN_KEY_WITHOUT_FIND|INGS\n',
  ];
  for (const c of cases) assert.equal(hover(c), undefined, c);
  // past the end of a line
  const { doc } = withCursor(`${BOND}BONDING_OPTS="mode=4 miimon=100"|\n`, 'ifcfg');
  assert.equal(en.doHover(doc, { line: 4, character: 200 }), null);
  // a dump is not an ifcfg file
  const dump = withCursor('Ethernet Channel Bonding Driver: v5.14\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\n|');
  assert.equal(hoverText(en, dump.doc, dump.position), undefined);
});

const SUSE = 'STARTMODE=auto\nBOOTPROTO=none\nBONDING_MASTER=yes\n';

test('SUSE value in another case: wicked matches the name without regard to case, so it is explained, not refused', () => {
  const text = `${SUSE}BONDING_MODULE_OPTS="mode=Active-Bac|kup miimon=100"\n`;
  assert.equal(
    hover(text),
    [
      '**mode** — Bonding policy: how traffic is spread over the ports and how a failure is handled. It can only be changed while the bond is down and has no ports.',
      '`Active-Backup` → `active-backup` (1) — Active-backup: one port carries all traffic; another takes over when it fails. No load balancing.',
      'wicked matches the name without regard to case: the bond gets active-backup. active-backup needs no switch configuration.',
      '*Default: `balance-rr` (0) · sysfs: `/sys/class/net/<bond>/bonding/mode` reads `active-backup 1`*',
    ].join('\n\n'),
  );
  assert.equal(hover(text, zh)!.split('\n\n')[2], 'wicked 匹配名称时不区分大小写：bond 得到的是 active-backup。active-backup 无需交换机配置。');
  // The mode it matches is the mode the other options are judged in.
  const quiet = service({ rules: { 'opts.rejected-in-mode': 'off' } });
  assert.equal(
    hover(`${SUSE}BONDING_MODULE_OPTS="mode=Active-Backup miimon=100 lacp_r|ate=fast"\n`, quiet)!.split('\n\n')[2],
    "The kernel refuses lacp_rate in this bond's mode, active-backup.",
  );
  assert.equal(hover(`${SUSE}BONDING_MODULE_OPTS="mode=802.3AD miimon=100 lacp_rate=FA|ST"\n`, quiet)!.split('\n\n')[1], '`FAST` → `fast` (1) — asks the partner to send LACPDUs every 1 s; 3 s timeout');
  assert.equal(
    hover(`${SUSE}BONDING_MODULE_O|PTS="mode=Active-Backup lacp_rate=FAST"\n`)!.split('\n\n')[1],
    '`mode=Active-Backup` → `active-backup` (1), `lacp_rate=FAST` → `fast` (1)',
  );
  // network-scripts files are applied by the kernel's parser, which compares names case-sensitively.
  assert.equal(hover(`${BOND}BONDING_OPTS="mode=Active-Bac|kup miimon=100"\n`)!.split('\n\n')[1], '`Active-Backup` — not accepted by the kernel');
});

test('CRLF files: the same hover, ranges on the line', () => {
  const lf = hover(`${BOND}BONDING_OPTS="mode=4 mii|mon=100"\n`);
  const crlfText = `${BOND}BONDING_OPTS="mode=4 mii|mon=100"\n`.replace(/\n/g, '\r\n');
  assert.equal(hover(crlfText), lf);
  assert.deepEqual(hoverRange(crlfText), { start: { line: 4, character: 21 }, end: { line: 4, character: 27 } });
  const value = 'DEVICE=bond0\r\nTYPE=Bond\r\nBONDING_OPTS="mode=802.3ad miimon=100"\r\nBOOTPROTO=no|ne\r\n';
  assert.deepEqual(hoverRange(value), { start: { line: 3, character: 10 }, end: { line: 3, character: 14 } });
  assert.equal(hover('DEVICE=bond0\r\nBOOTPROTO=none|\r\n'), undefined);
});

test('the words around the facts exist in both languages with the same placeholders', () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [name, t] of Object.entries({ ...OPTION_TERMS, ...IFCFG_TERMS })) {
    assert.ok(t.en !== '' && t.zh !== '', name);
    assert.deepEqual(holes(t.zh), holes(t.en), name);
  }
  // bond_sysfs.c prints "%s %d" for exactly these options
  assert.deepEqual(
    BOND_OPTIONS.filter((o) => o.sysfsShowsName).map((o) => o.name),
    ['mode', 'xmit_hash_policy', 'arp_validate', 'arp_all_targets', 'fail_over_mac', 'lacp_active', 'lacp_rate', 'ad_select', 'primary_reselect'],
  );
});

test('a primary no interface can be named: the kernel keeps it, NetworkManager drops it', () => {
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 primary=eth|0/1"\n`),
    [
      '**primary** — The port that is the active port whenever it is available (active-backup, balance-tlb and balance-alb only). The name may be set before that interface is enslaved; an empty value clears it.',
      '⚠️ NetworkManager drops primary=eth0/1: it accepts an interface name of at most 15 characters without "/", ":" or blanks. initscripts writes it, and the kernel keeps it, but no interface can have that name. `opts.nm-refused-value`',
      '*Default: empty*',
    ].join('\n\n'),
  );
});

test('an alias is named as the file writes it', () => {
  const quiet = service({ rules: { 'opts.ineffective-in-mode': 'off' } });
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=balance-tlb miimon=100 num_grat|_arp=2"\n`, quiet)!.split('\n\n')[2],
    "num_grat_arp does nothing in this bond's mode, balance-tlb.",
  );
});

test('fail_over_mac: the default note says in which mode the kernel changes it', () => {
  const facts = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 fail_over|_mac=none"\n`)!.split('\n\n').at(-1)!;
  assert.ok(facts.startsWith('*Default: `none` (0). In active-backup mode the kernel selects active when the first port cannot change its MAC address. · '), facts);
  const zhFacts = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 fail_over|_mac=none"\n`, zh)!.split('\n\n').at(-1)!;
  assert.ok(zhFacts.includes('在 active-backup 模式下，若第一个端口不能修改 MAC 地址，内核会改用 active。'), zhFacts);
});

test('prio: the default is 0, as bonding.rst states', () => {
  const facts = hover(`${BOND}BONDING_OPTS="mode=1 miimon=100 pr|io=5"\n`)!.split('\n\n').at(-1)!;
  assert.ok(facts.startsWith('*Default: `0` · '), facts);
  assert.ok(!facts.includes('not established'), facts);
});

test('ad_select=actor_port_prio: which aggregator wins', () => {
  const text = `${BOND}BONDING_OPTS="mode=4 miimon=100 ad_select=actor_port|_prio"\n`;
  assert.equal(
    hover(text)!.split('\n\n')[1],
    '`actor_port_prio` (3) — The aggregator whose enabled ports have the largest sum of actor_port_prio values; on a tie the one with more ports, then the one with more bandwidth. The sum is compared as is, so larger numbers win (in LACP itself a lower port priority number ranks higher). Reselected in the same cases as bandwidth.',
  );
});

test('Markdown in a key, an option or a value is shown as written: no link, image or tag in a hover', () => {
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=4 |[x](https://e.example)=1"\n`),
    '**\\[x\\](https://e.example)**\n\n⛔ Unknown bonding option "\\[x\\](https://e.example)": the setting is lost. `opts.unknown-option`',
  );
  assert.equal(
    hover(`${BOND}BONDING_OPTS="mode=1 miimon=|1\`<b>"\n`)?.split('\n\n')[1],
    '`` 1`<b> `` — not accepted by the kernel',
  );
});
