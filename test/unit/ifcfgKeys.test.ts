import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IFCFG_KEYS, ifcfgKey, suggestKey } from '../../server/src/knowledge/ifcfgKeys';

test('exact keys', () => {
  for (const name of ['DEVICE', 'NAME', 'TYPE', 'BONDING_MASTER', 'BONDING_OPTS', 'MASTER', 'MASTER_UUID', 'SLAVE', 'BOOTPROTO', 'ONBOOT', 'DOMAIN', 'DEFROUTE', 'MTU', 'HWADDR', 'MACADDR', 'NM_CONTROLLED', 'UUID', 'ZONE', 'USERCTL', 'IPV6INIT', 'IPV6_AUTOCONF', 'IPV6ADDR', 'IPV6_DEFAULTGW', 'IPV6_FAILURE_FATAL', 'IPV4_FAILURE_FATAL', 'PEERDNS', 'ETHTOOL_OPTS', 'VLAN', 'PHYSDEV', 'BRIDGE', 'PROXY_METHOD', 'BROWSER_ONLY', 'AUTOCONNECT_PRIORITY', 'AUTOCONNECT_SLAVES', 'STARTMODE', 'BONDING_MODULE_OPTS', 'BOND_IFACES', 'OVS_BRIDGE', 'OVS_OPTIONS']) {
    assert.equal(ifcfgKey(name)?.name, name, name);
  }
  assert.equal(ifcfgKey('device'), undefined);
  assert.equal(ifcfgKey('BONDING_OPT'), undefined);
});

test('numbered and prefixed keys', () => {
  const cases: [string, string][] = [
    ['IPADDR', 'IPADDR<n>'],
    ['IPADDR0', 'IPADDR<n>'],
    ['IPADDR12', 'IPADDR<n>'],
    ['IPADDR_alias', 'IPADDR_<suffix>'],
    ['PREFIX1', 'PREFIX<n>'],
    ['PREFIXLEN', 'PREFIXLEN'],
    ['NETMASK1', 'NETMASK<n>'],
    ['GATEWAY', 'GATEWAY<n>'],
    ['DNS1', 'DNS<n>'],
    ['DNS3', 'DNS<n>'],
    ['BONDING_SLAVE_0', 'BONDING_SLAVE<n>'],
    ['BONDING_SLAVE0', 'BONDING_SLAVE<n>'],
    ['ADDRESS0', 'ADDRESS<n>'],
  ];
  for (const [key, entry] of cases) assert.equal(ifcfgKey(key)?.name, entry, key);
  assert.equal(ifcfgKey('DNS'), undefined);
});

test('which tool reads a key', () => {
  assert.deepEqual([...ifcfgKey('BONDING_OPTS')!.readers], ['initscripts', 'networkmanager']);
  assert.deepEqual([...ifcfgKey('BONDING_MASTER')!.readers], ['networkmanager', 'wicked']);
  assert.deepEqual([...ifcfgKey('BONDING_MODULE_OPTS')!.readers], ['wicked']);
  assert.deepEqual([...ifcfgKey('BONDING_SLAVE_1')!.readers], ['wicked']);
  assert.deepEqual([...ifcfgKey('USERCTL')!.readers], ['initscripts']);
  assert.deepEqual([...ifcfgKey('MASTER_UUID')!.readers], ['networkmanager']);
  assert.equal(ifcfgKey('BONDING_OPTS')!.bond, 'bond');
  assert.equal(ifcfgKey('MASTER')!.bond, 'port');
});

test('keys of other tools are known but marked', () => {
  for (const name of ['BOND_IFACES', 'OVS_BRIDGE', 'OVS_EXTRA', 'OVSBOOTPROTO', 'BIND_INT', 'BOND_MODE', 'BOND_POLICY']) {
    const k = ifcfgKey(name)!;
    assert.ok(k.otherTool, name);
    assert.deepEqual([...k.readers], [], name);
  }
  const ovsBond = ifcfgKey('TYPE')!.values!.find((v) => v.name === 'OVSBond')!;
  assert.ok(ovsBond.otherTool);
  assert.ok(ovsBond.doc.en.includes('not a Linux kernel bond'));
  assert.equal(ifcfgKey('TYPE')!.values!.find((v) => v.name === 'Bond')!.otherTool, undefined);
});

test('enumerated values', () => {
  const bootproto = ifcfgKey('BOOTPROTO')!.values!.map((v) => v.name);
  for (const v of ['none', 'static', 'dhcp', 'bootp', 'dhcp4', 'dhcp6']) assert.ok(bootproto.includes(v), v);
  const types = ifcfgKey('TYPE')!.values!.map((v) => v.name);
  for (const v of ['Ethernet', 'Bond', 'Vlan', 'Bridge', 'InfiniBand', 'OVSBond', 'OVSDPDKBond', 'dpdk']) assert.ok(types.includes(v), v);
  assert.deepEqual(ifcfgKey('PREFIX2')!.range, { min: 0, max: 32 });
  assert.equal(ifcfgKey('ONBOOT')!.valueKind, 'yes-no');
});

test('every entry has an English and a Chinese text and a unique name', () => {
  const names = IFCFG_KEYS.map((k) => k.name);
  assert.equal(new Set(names).size, names.length);
  for (const k of IFCFG_KEYS) {
    assert.ok(k.doc.en.length > 5 && /[\u4e00-\u9fff]/.test(k.doc.zh), k.name);
    for (const v of k.values ?? []) assert.ok(v.doc.en && v.doc.zh, `${k.name}=${v.name}`);
  }
});

test('suggestKey', () => {
  assert.deepEqual(suggestKey('BONDING_OPT')[0], 'BONDING_OPTS');
  assert.deepEqual(suggestKey('bonding_opts')[0], 'BONDING_OPTS');
  assert.deepEqual(suggestKey('MASTR')[0], 'MASTER');
  assert.deepEqual(suggestKey('ONBOT')[0], 'ONBOOT');
  assert.deepEqual(suggestKey('DHCLIENT_SET_DEFAULT_ROUTE'), []);
});
