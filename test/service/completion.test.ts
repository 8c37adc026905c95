import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompletionItem, InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';
import { service, withCursor } from './helpers';

const en = service();
const zh = service({}, 'zh-cn');

function complete(text: string, s: LanguageService = en, languageId = 'ifcfg'): CompletionItem[] {
  const { doc, position } = withCursor(text, languageId);
  const list = s.doComplete(doc, position);
  assert.equal(list.isIncomplete, false);
  return list.items;
}

const labels = (items: readonly CompletionItem[]) => items.map((i) => i.label);
const item = (items: readonly CompletionItem[], label: string) => items.find((i) => i.label === label)!;
const edit = (i: CompletionItem) => i.textEdit as TextEdit;

const BOND = 'DEVICE=bond0\nTYPE=Bond\nBOOTPROTO=none\nONBOOT=yes\n';
const GENERAL = [
  'NAME', 'IPADDR', 'PREFIX', 'NETMASK', 'GATEWAY', 'GATEWAYDEV', 'DNS1', 'DOMAIN', 'DEFROUTE', 'MTU', 'HWADDR',
  'MACADDR', 'NM_CONTROLLED', 'UUID', 'ZONE', 'USERCTL', 'HOTPLUG', 'IPV6INIT', 'IPV6_DISABLED', 'IPV6_AUTOCONF', 'IPV6ADDR',
  'IPV6ADDR_SECONDARIES', 'IPV6_DEFAULTGW', 'IPV6_DEFAULTDEV', 'IPV6_DEFROUTE', 'IPV6_FAILURE_FATAL',
  'IPV4_FAILURE_FATAL', 'IPV6_FORCE_ACCEPT_RA', 'IPV6_ADDR_GEN_MODE', 'IPV6_MTU', 'IPV6_PRIVACY', 'IPV6FORWARDING',
  'DHCPV6C', 'DHCP_HOSTNAME', 'PEERDNS', 'PEERROUTES', 'IPV6_PEERDNS', 'IPV6_PEERROUTES', 'DHCP_CLIENT_ID', 'IPV4_ROUTE_METRIC', 'ETHTOOL_OPTS', 'VLAN', 'PHYSDEV', 'VID', 'VLAN_ID', 'BRIDGE', 'DEVICETYPE',
  'PROXY_METHOD', 'BROWSER_ONLY', 'AUTOCONNECT_PRIORITY',
];
const withoutAssigned = (list: string[], ...assigned: string[]) => list.filter((k) => !assigned.includes(k));

test('keys at the start of a line: bond-side keys first in a bond file, keys already set left out', () => {
  const items = complete(`${BOND}|`);
  assert.deepEqual(labels(items), [
    'BONDING_MASTER', 'BONDING_OPTS', 'AUTOCONNECT_SLAVES',
    ...withoutAssigned(GENERAL, 'DEVICE', 'TYPE', 'BOOTPROTO', 'ONBOOT'), 'LLDP', 'NETWORK', 'BROADCAST', 'LINKDELAY',
    'PERSISTENT_DHCLIENT', 'METRIC', 'SRCADDR', 'WINDOW', 'ARP', 'SCOPE', 'DEVTIMEOUT', 'ARPCHECK', 'ARPING_WAIT', 'ARPUPDATE', 'TEAM_MASTER', 'DELAY', 'STP',
    'BONDING_MODULE_OPTS', 'BONDING_SLAVE_0', 'MASTER', 'MASTER_UUID', 'SLAVE', 'BOND_PORT_QUEUE_ID', 'BOND_PORT_PRIO',
    'STARTMODE', 'PREFIXLEN', 'REMOTE_IPADDR', 'LLADDR', 'USERCONTROL', 'DHCLIENT6_MODE', 'ETHTOOL_OPTIONS', 'ETHERDEVICE',
  ]);
  const opts = item(items, 'BONDING_OPTS');
  assert.deepEqual(edit(opts), { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: 'BONDING_OPTS=' });
  assert.equal(opts.detail, 'Read by: initscripts, NetworkManager');
  assert.deepEqual(opts.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  assert.ok((opts.documentation as { value: string }).value.startsWith('Bonding driver options as a space-separated name=value list'));
  // NAME has no values to suggest next
  assert.equal(item(items, 'NAME').command, undefined);
  assert.equal(item(complete(`${BOND}|`, zh), 'BONDING_OPTS').detail, '读取者：initscripts、NetworkManager');
});

test('keys in a port file: port-side keys first; a typed prefix and the rest of the word are replaced', () => {
  const items = complete('DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOT|PROTO=none\n');
  assert.deepEqual(labels(items).slice(0, 6), ['MASTER_UUID', 'BOND_PORT_QUEUE_ID', 'BOND_PORT_PRIO', 'NAME', 'TYPE', 'BOOTPROTO']);
  assert.ok(labels(items).indexOf('BONDING_OPTS') > labels(items).indexOf('LINKDELAY'));
  // the line already has `=`: only the key is inserted
  assert.deepEqual(edit(item(items, 'BOOTPROTO')), { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } }, newText: 'BOOTPROTO' });
  assert.equal(item(items, 'BOOTPROTO').command, undefined);
});

test('keys of Open vSwitch only once the file is an OVS one', () => {
  assert.ok(!labels(complete('DEVICE=bond0\n|')).includes('BOND_IFACES'));
  const ovs = labels(complete('DEVICE=bond0\nTYPE=OVSBond\n|'));
  const at = ovs.indexOf('BOND_IFACES');
  assert.deepEqual(ovs.slice(at, at + 6), ['BOND_IFACES', 'OVS_BRIDGE', 'OVS_OPTIONS', 'OVS_EXTRA', 'OVSBOOTPROTO', 'OVSDHCPINTERFACES']);
  assert.ok(!ovs.includes('BIND_INT'), 'Contrail keys stay out of an OVS file');
  assert.deepEqual(labels(complete('DEVICE=bond0\nTYPE=dpdk\n|')).filter((l) => ['BIND_INT', 'BOND_MODE', 'BOND_POLICY', 'DRIVER', 'CPU_LIST'].includes(l)), ['BIND_INT', 'BOND_MODE', 'BOND_POLICY', 'DRIVER', 'CPU_LIST']);
});

test('a SUSE file puts the keys wicked reads first', () => {
  const { doc, position } = withCursor('BONDING_MASTER=yes\nSTARTMODE=auto\n|', 'ifcfg');
  const suse = TextDocument.create('file:///etc/sysconfig/network/ifcfg-bond0', 'ifcfg', 1, doc.getText());
  const got = labels(en.doComplete(suse, position).items);
  assert.deepEqual(got.slice(0, 21), [
    'BONDING_MODULE_OPTS', 'BONDING_SLAVE_0', 'BOOTPROTO', 'IPADDR', 'PREFIXLEN', 'REMOTE_IPADDR', 'NETMASK', 'MTU', 'LLADDR',
    // wicked reads ZONE when FIREWALL is on (ni_suse_ifcfg_get_firewall)
    'ZONE', 'USERCONTROL', 'DHCLIENT6_MODE', 'ETHTOOL_OPTIONS', 'VLAN_ID', 'ETHERDEVICE',
    // read per IPADDR suffix (compat-suse.c __get_ipaddr)
    'BROADCAST', 'SCOPE',
    // keys wicked does not read come after
    'DEVICE', 'NAME', 'TYPE', 'BONDING_OPTS',
  ]);
  assert.ok(!got.includes('STARTMODE'));
});

test('values after KEY=: enums, yes/no', () => {
  const type = complete('DEVICE=bond0\nTYPE=|\n');
  assert.deepEqual(labels(type), [
    'Ethernet', 'Bond', 'Vlan', 'Bridge', 'InfiniBand', 'Team', 'TeamPort', 'Wireless',
    'OVSBridge', 'OVSUserBridge', 'OVSPort', 'OVSIntPort', 'OVSBond', 'OVSDPDKPort', 'OVSDPDKBond', 'OVSPatchPort', 'OVSTunnel', 'dpdk',
  ]);
  assert.equal(item(type, 'Bond').detail!.startsWith('A Linux bond.'), true);
  assert.deepEqual(labels(complete('DEVICE=eth0\nBOOTPROTO=|\n')), ['none', 'static', 'dhcp', 'bootp', 'autoip', 'shared', 'ibft', 'dhcp4', 'dhcp6', 'dhcp+autoip', 'auto4', 'auto6', '6to4', 'ppp']);
  // A SUSE file: wicked's values first, those only NetworkManager or initscripts know last.
  const suseBootproto = labels(complete('STARTMODE=auto\nBOOTPROTO=|\n'));
  assert.deepEqual(suseBootproto, ['none', 'static', 'dhcp', 'autoip', 'ibft', 'dhcp4', 'dhcp6', 'dhcp+autoip', 'auto4', 'auto6', '6to4', 'ppp', 'bootp', 'shared']);
  assert.equal(item(complete('STARTMODE=auto\nBOOTPROTO=|\n'), 'dhcp+autoip').detail, 'wicked: DHCPv4 and DHCPv6, with an IPv4 link-local address (autoip) as the fallback.');
  assert.equal(item(complete('STARTMODE=auto\nBOOTPROTO=|\n', zh), 'dhcp+autoip').detail, 'wicked：DHCPv4 和 DHCPv6，并以 IPv4 链路本地地址（autoip）作为后备。');
  const slave = complete('DEVICE=eth0\nSLAVE=y|\n');
  assert.deepEqual(labels(slave), ['yes', 'no']);
  assert.deepEqual(edit(item(slave, 'yes')), { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } }, newText: 'yes' });
  assert.deepEqual(labels(complete('DEVICE=eth0\nNAME=|\n')), []);
  assert.equal(item(complete('DEVICE=bond0\nTYPE=|\n', zh), 'Bond').detail!.startsWith('Linux bond。'), true);
});

test('right after BONDING_OPTS=: a quoted option list per mode', () => {
  const items = complete(`${BOND}BONDING_OPTS=|\n`);
  assert.deepEqual(labels(items), [
    '"mode=balance-rr miimon=100"',
    '"mode=active-backup miimon=100"',
    '"mode=balance-xor miimon=100"',
    '"mode=broadcast miimon=100"',
    '"mode=802.3ad miimon=100"',
    '"mode=balance-tlb miimon=100"',
    '"mode=balance-alb miimon=100"',
  ]);
  const lacp = item(items, '"mode=802.3ad miimon=100"');
  assert.equal(lacp.insertTextFormat, InsertTextFormat.Snippet);
  assert.deepEqual(edit(lacp), { range: { start: { line: 4, character: 13 }, end: { line: 4, character: 13 } }, newText: '"mode=802.3ad miimon=${1:100}$0"' });
  assert.equal(lacp.detail, '802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.');
  assert.equal(item(complete(`${BOND}BONDING_OPTS=|\n`, zh), '"mode=802.3ad miimon=100"').detail, '802.3ad（LACP）：端口与交换机协商链路聚合，流量按发送哈希策略分布。');
});

test('inside BONDING_OPTS: option names, the mode first while none is set', () => {
  const items = complete(`${BOND}BONDING_OPTS="|"\n`);
  assert.deepEqual(labels(items), [
    'mode',
    'ad_actor_sys_prio', 'ad_actor_system', 'ad_select', 'ad_user_port_key', 'all_slaves_active',
    'arp_all_targets', 'arp_interval', 'arp_ip_target', 'arp_missed_max', 'arp_validate', 'downdelay', 'fail_over_mac',
    'lacp_active', 'lacp_rate', 'lp_interval', 'miimon', 'min_links', 'num_grat_arp', 'num_unsol_na', 'packets_per_slave',
    'peer_notif_delay', 'primary', 'primary_reselect', 'resend_igmp', 'tlb_dynamic_lb', 'updelay', 'xmit_hash_policy',
    // only some of this file's readers apply these, or the option is obsolete
    'active_slave', 'ns_ip6_target', 'slaves', 'use_carrier',
  ]);
  const mode = item(items, 'mode');
  assert.deepEqual(edit(mode), { range: { start: { line: 4, character: 14 }, end: { line: 4, character: 14 } }, newText: 'mode=' });
  assert.equal(mode.detail, 'one of balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6), or default');
  assert.deepEqual(mode.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  assert.deepEqual(item(items, 'use_carrier').tags, [1]);
  // options that neither initscripts nor NetworkManager can apply from BONDING_OPTS are not offered: netlink-only ones,
  // and queue_id, which needs the port enslaved and which NetworkManager takes from the port's file
  for (const l of ['coupled_control', 'broadcast_neighbor', 'prio', 'actor_port_prio', 'lacp_strict', 'max_bonds', 'tx_queues', 'balance-slb', 'queue_id']) {
    assert.ok(!labels(items).includes(l), l);
  }
});

test('a TYPE=Bridge file: only what initscripts applies, since NetworkManager ignores BONDING_OPTS there', () => {
  const names = labels(complete('DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="mode=active-backup |"\n'));
  assert.ok(!names.includes('ns_ip6_target') && !names.includes('active_slave'), names.join());
  assert.ok(names.includes('miimon') && names.includes('primary'));
  assert.ok(labels(complete(`${BOND}BONDING_OPTS="mode=active-backup |"\n`)).includes('ns_ip6_target'));
});

test('a SUSE mode written in another case filters the options as the mode wicked applies', () => {
  const SUSE = 'STARTMODE=auto\nBOOTPROTO=none\nBONDING_MASTER=yes\n';
  const mixed = labels(complete(`${SUSE}BONDING_MODULE_OPTS="mode=802.3AD miimon=100 |"\n`));
  assert.deepEqual(mixed, labels(complete(`${SUSE}BONDING_MODULE_OPTS="mode=802.3ad miimon=100 |"\n`)));
  assert.ok(!mixed.includes('primary') && mixed.includes('lacp_rate'));
});

test('options filtered by the mode: refused ones left out, useless ones last, set ones gone', () => {
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=4 miimon=100 |"\n`)), [
    'ad_actor_sys_prio', 'ad_actor_system', 'ad_select', 'ad_user_port_key', 'all_slaves_active', 'downdelay', 'lacp_active',
    'lacp_rate', 'min_links', 'num_grat_arp', 'num_unsol_na', 'peer_notif_delay', 'resend_igmp', 'updelay', 'xmit_hash_policy',
    'arp_all_targets', 'arp_ip_target', 'fail_over_mac', 'lp_interval', 'ns_ip6_target', 'primary_reselect', 'slaves', 'use_carrier',
  ]);
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=active-backup num_grat_arp=2 |"\n`)), [
    'all_slaves_active', 'arp_all_targets', 'arp_interval', 'arp_ip_target', 'arp_missed_max', 'arp_validate',
    'downdelay', 'fail_over_mac', 'miimon', 'peer_notif_delay', 'primary', 'primary_reselect', 'resend_igmp', 'updelay',
    'active_slave', 'ad_select', 'lp_interval', 'min_links', 'ns_ip6_target', 'slaves', 'use_carrier', 'xmit_hash_policy',
  ]);
  // single quotes, a name being typed, an existing `=` after the cursor
  const typing = complete(`${BOND}BONDING_OPTS='mode=4 lacp|'\n`);
  assert.deepEqual(edit(item(typing, 'lacp_rate')), { range: { start: { line: 4, character: 21 }, end: { line: 4, character: 25 } }, newText: 'lacp_rate=' });
  const renaming = complete(`${BOND}BONDING_OPTS="mode=4 mi|imon=100"\n`);
  assert.deepEqual(edit(item(renaming, 'miimon')), { range: { start: { line: 4, character: 21 }, end: { line: 4, character: 27 } }, newText: 'miimon' });
  // past the closing quote, or an unquoted list already broken by a blank
  assert.deepEqual(complete(`${BOND}BONDING_OPTS="mode=4 miimon=100" |\n`), []);
  assert.deepEqual(complete(`${BOND}BONDING_OPTS=mode=4 |\n`), []);
  assert.equal(item(complete(`${BOND}BONDING_OPTS="mode=4 |"\n`, zh), 'lacp_rate').detail, '以下之一：slow (0), fast (1)');
});

test('a lone CR in the file: completion reads the line under the cursor as NetworkManager does', () => {
  const items = complete(`# uplink\rbond\n${BOND}BONDING_OPTS="mode=4 lacp|"\n`);
  assert.deepEqual(edit(item(items, 'lacp_rate')), { range: { start: { line: 6, character: 21 }, end: { line: 6, character: 25 } }, newText: 'lacp_rate=' });
  // keys assigned on other lines are not offered again; the key being typed is
  assert.ok(!labels(complete(`# a\rb\n${BOND}B|\n`)).includes('BOOTPROTO'));
  assert.ok(labels(complete(`# a\rb\nDEVICE=bond0\nBOOT|PROTO=none\n`)).includes('BOOTPROTO'));
});

test('mode values after mode=', () => {
  const items = complete(`${BOND}BONDING_OPTS="mode=|"\n`);
  assert.deepEqual(labels(items), ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb']);
  const lacp = item(items, '802.3ad');
  assert.deepEqual(lacp.labelDetails, { detail: ' (4)' });
  assert.equal(lacp.detail, '802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.');
  assert.equal(
    (lacp.documentation as { value: string }).value,
    '802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.\n\n802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode).',
  );
  assert.deepEqual(edit(item(complete(`${BOND}BONDING_OPTS="mode=act| miimon=100"\n`), 'active-backup')), {
    range: { start: { line: 4, character: 19 }, end: { line: 4, character: 22 } },
    newText: 'active-backup',
  });
  assert.equal(item(complete(`${BOND}BONDING_OPTS="mode=|"\n`, zh), 'active-backup').detail, '主备：一个端口承载全部流量，它故障时由另一个端口接替。不做负载均衡。');
});

test('values of other options: enums with their numbers, integers with the table values and keywords', () => {
  const rate = complete(`${BOND}BONDING_OPTS="mode=4 lacp_rate=|"\n`);
  assert.deepEqual(rate.map((i) => `${i.label}${i.labelDetails?.detail ?? ''}: ${i.detail}`), [
    'slow (0): asks the partner to send LACPDUs every 30 s; 90 s timeout',
    'fast (1): asks the partner to send LACPDUs every 1 s; 3 s timeout',
  ]);
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=4 xmit_hash_policy=|"\n`)), ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4', 'vlan+srcmac']);
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=1 use_carrier=|"\n`)), ['on', 'off']);
  const miimon = complete(`${BOND}BONDING_OPTS="mode=4 miimon=|"\n`);
  assert.deepEqual(miimon.map((i) => `${i.label} ${i.detail!.slice(0, 19)}`), [
    '100 BOND_DEFAULT_MIIMON',
    '0 Default',
    'off = 0 ms',
    'maxval = 2147483647 ms',
    'default = 0 ms',
  ]);
  assert.equal((item(miimon, 'off').documentation as { value: string }).value, 'NetworkManager accepts only decimal digits for this option, not keywords.');
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=6 lp_interval=|"\n`)), ['1', 'minval', 'maxval', 'default']);
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=1 arp_ip_target=|"\n`)), []);
  assert.deepEqual(labels(complete(`${BOND}BONDING_OPTS="mode=1 nonsense=|"\n`)), []);
  assert.deepEqual(
    complete(`${BOND}BONDING_OPTS="mode=4 miimon=|"\n`, zh).map((i) => i.detail!.slice(0, 19)),
    ['BOND_DEFAULT_MIIMON', '默认值', '= 0 毫秒', '= 2147483647 毫秒', '= 0 毫秒'],
  );
});

test('MASTER= offers the bonds of the folder; primary= the ports of this bond', () => {
  const workspace = new InMemoryWorkspace();
  const dir = 'file:///etc/sysconfig/network-scripts/';
  workspace.set({ uri: `${dir}ifcfg-bond1`, languageId: 'ifcfg', text: 'DEVICE=bond1\nBONDING_MASTER=yes\nBONDING_OPTS="mode=active-backup"\n' });
  workspace.set({ uri: `${dir}ifcfg-bond0`, languageId: 'ifcfg', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=802.3ad miimon=100"\n' });
  workspace.set({ uri: `${dir}ifcfg-eth0`, languageId: 'ifcfg', text: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n' });
  workspace.set({ uri: `${dir}ifcfg-eth1`, languageId: 'ifcfg', text: 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n' });
  workspace.set({ uri: `${dir}ifcfg-eth2`, languageId: 'ifcfg', text: 'DEVICE=eth2\nMASTER=bond1\nSLAVE=yes\n' });
  workspace.set({ uri: `${dir}ifcfg-lo`, languageId: 'ifcfg', text: 'DEVICE=lo\nIPADDR=127.0.0.1\n' });
  workspace.set({ uri: 'file:///elsewhere/ifcfg-bond9', languageId: 'ifcfg', text: 'DEVICE=bond9\nTYPE=Bond\n' });
  workspace.set({ uri: `${dir}old/ifcfg-bond8`, languageId: 'ifcfg', text: 'DEVICE=bond8\nTYPE=Bond\n' });
  const s = createLanguageService({ workspace, locale: 'en' });
  let version = 0;
  const at = (name: string, text: string) => {
    const offset = text.indexOf('|');
    const doc = TextDocument.create(`${dir}${name}`, 'ifcfg', ++version, text.replace('|', ''));
    return s.doComplete(doc, doc.positionAt(offset)).items;
  };
  const bonds = at('ifcfg-eth3', 'DEVICE=eth3\nMASTER=|\nSLAVE=yes\n');
  assert.deepEqual(bonds.map((i) => `${i.label} ${i.detail}`), ['bond0 ifcfg-bond0 · 802.3ad', 'bond1 ifcfg-bond1 · active-backup']);
  assert.deepEqual(edit(bonds[0]!), { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, newText: 'bond0' });
  assert.deepEqual(labels(at('ifcfg-eth3', 'DEVICE=eth3\nMASTER="b|"\n')), ['bond0', 'bond1']);
  assert.deepEqual(labels(at('ifcfg-bond0', 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=active-backup miimon=100 primary=|"\n')), ['eth0', 'eth1']);
  assert.deepEqual(labels(at('ifcfg-bond1', 'DEVICE=bond1\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 active_slave=e|"\n')), ['eth2']);
  // the key completion itself offers MASTER with a follow-up suggestion in a port file
  const keys = at('ifcfg-eth4', 'DEVICE=eth4\n|');
  assert.deepEqual(item(keys, 'MASTER').command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
});

test('CRLF files complete on the line, not past the carriage return', () => {
  const items = complete('DEVICE=eth0\r\nONBOOT=|\r\nBOOTPROTO=none\r\n');
  assert.deepEqual(labels(items), ['yes', 'no']);
  assert.deepEqual(edit(item(items, 'no')), { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, newText: 'no' });
  const keys = complete('DEVICE=eth0\r\nONB|\r\n');
  assert.deepEqual(edit(item(keys, 'ONBOOT')), { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'ONBOOT=' });
});

test('no completion in comments, in dumps, or in other languages', () => {
  assert.deepEqual(complete('# DEV|\nDEVICE=bond0\n'), []);
  assert.deepEqual(complete('Ethernet Channel Bonding Driver: v5.14\n\nBonding Mode: |', en, 'bonding-status'), []);
  assert.deepEqual(complete('mode=|', en, 'plaintext'), []);
});

test('rule codes in a `# bondlint disable=` comment: those of lines, not those listed, the typed part replaced', () => {
  const items = complete('DEVICE=eth0\n# bondlint disable=ifcfg.unknown-key,ifcfg.port|\nIPADDR=192.0.2.5\n');
  assert.ok(labels(items).includes('ifcfg.port-has-address'));
  assert.ok(labels(items).includes('proc.slave-down'));
  assert.ok(!labels(items).includes('ifcfg.unknown-key'), 'already in the list');
  assert.ok(!labels(items).some((l) => l.startsWith('doc.')), 'document rules have no line');
  const port = item(items, 'ifcfg.port-has-address');
  assert.equal(port.detail, 'Bond port with its own IP configuration');
  assert.deepEqual(edit(port).range, { start: { line: 1, character: 37 }, end: { line: 1, character: 47 } });
  assert.equal(item(complete('# bondlint disable-file=|\n', zh), 'ifcfg.port-has-address').detail, 'bond 端口有自己的 IP 配置');
  // After the list, in a reason, or in another comment: nothing.
  assert.deepEqual(complete('# bondlint disable=ifcfg.unknown-key |\n'), []);
  assert.deepEqual(complete('# bondlint enable=|\n'), []);
});

test('rule codes asked for past the end of the line: the edit stays inside the document', () => {
  const { doc } = withCursor('> # bondlint disable-file=ifcfg.port-has-address,,nonsenseIPADDR=192.0.2.10|');
  const ifcfgDoc = TextDocument.create(doc.uri, 'ifcfg', 1, doc.getText());
  const items = en.doComplete(ifcfgDoc, { line: 0, character: 76 }).items;
  assert.ok(items.length > 0);
  for (const i of items) assert.deepEqual(edit(i).range, { start: { line: 0, character: 50 }, end: { line: 0, character: 75 } });
});
