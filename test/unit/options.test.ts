import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BOND_OPTIONS,
  checkTargetList,
  type BondOption,
  editDistance,
  OPTION_NAMES,
  expectedValues,
  isIneffectiveInMode,
  isRejectedInMode,
  optionByName,
  settableVia,
  suggest,
  validateNmValue,
  validateOptionValue,
  wickedEnumName,
} from '../../server/src/knowledge/options';

function opt(name: string): BondOption {
  const o = optionByName(name);
  assert.ok(o, name);
  return o;
}

const check = (name: string, value: string) => validateOptionValue(opt(name), value);

function ok(name: string, value: string) {
  const r = check(name, value);
  assert.ok(r.ok, `${name}=${value}: ${JSON.stringify(r)}`);
  return r.normalized;
}

function bad(name: string, value: string, problem: string) {
  const r = check(name, value);
  assert.equal(r.ok, false, `${name}=${value} should be refused`);
  if (!r.ok) assert.equal(r.problem, problem, `${name}=${value}`);
}

test('the table has every option of the newest kernel, once', () => {
  const kernelOptions = [
    'mode', 'packets_per_slave', 'xmit_hash_policy', 'arp_validate', 'arp_all_targets', 'fail_over_mac',
    'arp_interval', 'arp_missed_max', 'arp_ip_target', 'ns_ip6_target', 'downdelay', 'updelay', 'lacp_active',
    'lacp_rate', 'min_links', 'ad_select', 'num_unsol_na', 'miimon', 'prio', 'primary', 'primary_reselect',
    'use_carrier', 'active_slave', 'queue_id', 'all_slaves_active', 'resend_igmp', 'lp_interval', 'slaves',
    'tlb_dynamic_lb', 'ad_actor_sys_prio', 'actor_port_prio', 'ad_actor_system', 'ad_user_port_key',
    'num_grat_arp', 'peer_notif_delay', 'coupled_control', 'broadcast_neighbor', 'lacp_strict',
  ];
  for (const name of kernelOptions) assert.ok(optionByName(name)?.kernel, name);
  const names = BOND_OPTIONS.map((o) => o.name);
  assert.equal(new Set(names).size, names.length);
  assert.equal(new Set(OPTION_NAMES).size, OPTION_NAMES.length);
  assert.equal(optionByName('MODE'), undefined);
  assert.equal(optionByName('balance-slb')?.kernel, false);
  assert.equal(optionByName('max_bonds')?.moduleOnly, true);
});

test('num_grat_arp and num_unsol_na are one option', () => {
  assert.equal(optionByName('num_grat_arp'), optionByName('num_unsol_na'));
  assert.deepEqual(opt('num_grat_arp').aliases, ['num_grat_arp']);
});

test('every option and value has an English and a Chinese text', () => {
  for (const o of BOND_OPTIONS) {
    assert.ok(o.doc.en.length > 20 && o.doc.zh.length > 5, o.name);
    assert.ok(o.since.en && o.since.zh, o.name);
    assert.ok(/[\u4e00-\u9fff]/.test(o.doc.zh), `${o.name} zh text is Chinese`);
    for (const v of o.values ?? []) assert.ok(v.doc.en && v.doc.zh, `${o.name}=${v.name}`);
    if (o.kind === 'enum') {
      const vs = o.values ?? [];
      assert.equal(new Set(vs.map((v) => v.name)).size, vs.length, o.name);
      assert.equal(new Set(vs.map((v) => v.number)).size, vs.length, o.name);
    }
  }
});

test('enum tables match the kernel', () => {
  const table = (name: string) => opt(name).values!.map((v) => `${v.name}=${v.number}`).join(' ');
  assert.equal(table('mode'), 'balance-rr=0 active-backup=1 balance-xor=2 broadcast=3 802.3ad=4 balance-tlb=5 balance-alb=6');
  assert.equal(table('xmit_hash_policy'), 'layer2=0 layer3+4=1 layer2+3=2 encap2+3=3 encap3+4=4 vlan+srcmac=5');
  assert.equal(table('arp_validate'), 'none=0 active=1 backup=2 all=3 filter=4 filter_active=5 filter_backup=6');
  assert.equal(table('ad_select'), 'stable=0 bandwidth=1 count=2 actor_port_prio=3');
  assert.equal(table('lacp_rate'), 'slow=0 fast=1');
  assert.equal(table('fail_over_mac'), 'none=0 active=1 follow=2');
  assert.equal(table('primary_reselect'), 'always=0 better=1 failure=2');
  assert.equal(opt('lacp_rate').values!.find((v) => v.name === 'fast')!.doc.en, 'asks the partner to send LACPDUs every 1 s; 3 s timeout');
  // ad_agg_selection_logic(): stable also gives way to a better aggregator when its own has no partner and that one has.
  assert.equal(
    opt('ad_select').values!.find((v) => v.name === 'stable')!.doc.en,
    'The aggregator with the largest total bandwidth; it stays active as long as one of its ports has link and it has an LACP partner (or neither it nor the best other aggregator has one).',
  );
});

test('modes where the kernel refuses an option (unsuppmodes)', () => {
  const refused = (name: string) => [...opt(name).rejectedInModes];
  assert.deepEqual(refused('packets_per_slave'), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(refused('arp_interval'), [4, 5, 6]);
  assert.deepEqual(refused('arp_validate'), [4, 5, 6]);
  assert.deepEqual(refused('arp_missed_max'), [4, 5, 6]);
  assert.deepEqual(refused('lacp_rate'), [0, 1, 2, 3, 5, 6]);
  assert.deepEqual(refused('lacp_active'), [0, 1, 2, 3, 5, 6]);
  assert.deepEqual(refused('primary'), [0, 2, 3, 4]);
  assert.deepEqual(refused('active_slave'), [0, 2, 3, 4]);
  assert.deepEqual(refused('prio'), [0, 2, 3, 4]);
  assert.deepEqual(refused('tlb_dynamic_lb'), [0, 1, 2, 3, 4]);
  for (const name of ['ad_actor_sys_prio', 'ad_actor_system', 'ad_user_port_key', 'actor_port_prio', 'coupled_control', 'broadcast_neighbor']) {
    assert.deepEqual(refused(name), [0, 1, 2, 3, 5, 6], name);
  }
  for (const name of ['xmit_hash_policy', 'ad_select', 'fail_over_mac', 'miimon', 'arp_ip_target', 'min_links', 'lp_interval']) {
    assert.deepEqual(refused(name), [], name);
  }
  assert.equal(isRejectedInMode(opt('lacp_rate'), 1), true);
  assert.equal(isRejectedInMode(opt('lacp_rate'), 4), false);
});

test('modes where an accepted option does nothing', () => {
  assert.equal(isIneffectiveInMode(opt('xmit_hash_policy'), 1), true);
  assert.equal(isIneffectiveInMode(opt('xmit_hash_policy'), 4), false);
  assert.equal(isIneffectiveInMode(opt('ad_select'), 1), true);
  assert.equal(isIneffectiveInMode(opt('fail_over_mac'), 4), true);
  assert.equal(isIneffectiveInMode(opt('fail_over_mac'), 1), false);
  assert.deepEqual([...opt('primary_reselect').ineffectiveInModes], [0, 2, 3, 4]);
  assert.deepEqual([...opt('lp_interval').ineffectiveInModes], [0, 1, 2, 3, 4]);
  assert.deepEqual([...opt('min_links').ineffectiveInModes], [0, 1, 2, 3, 5, 6]);
  for (const o of BOND_OPTIONS) {
    for (const m of o.ineffectiveInModes) assert.ok(!o.rejectedInModes.includes(m), `${o.name} mode ${m} is both refused and ineffective`);
  }
});

test('flags', () => {
  assert.deepEqual([...opt('mode').flags], ['NOSLAVES', 'IFDOWN']);
  assert.deepEqual([...opt('fail_over_mac').flags], ['NOSLAVES']);
  for (const name of ['lacp_rate', 'lacp_active', 'ad_select', 'tlb_dynamic_lb', 'ad_user_port_key', 'coupled_control']) {
    assert.ok(opt(name).flags.includes('IFDOWN'), name);
  }
  for (const name of ['arp_ip_target', 'ns_ip6_target', 'prio', 'primary', 'active_slave', 'queue_id', 'slaves', 'actor_port_prio', 'ad_actor_system']) {
    assert.ok(opt(name).flags.includes('RAWVAL'), name);
  }
});

test('channels: netlink-only options cannot be set through initscripts', () => {
  const netlinkOnly = BOND_OPTIONS.filter((o) => o.kernel && o.channels.netlink && !o.channels.sysfs && !o.channels.moduleParam).map((o) => o.name);
  assert.deepEqual(netlinkOnly.sort(), ['actor_port_prio', 'broadcast_neighbor', 'coupled_control', 'lacp_strict', 'ns_ip6_target', 'prio']);
  for (const name of netlinkOnly) assert.equal(settableVia(opt(name), 'initscripts'), false, name);
  assert.equal(settableVia(opt('miimon'), 'initscripts'), true);
  assert.equal(settableVia(opt('ns_ip6_target'), 'networkmanager'), true);
  assert.equal(settableVia(opt('coupled_control'), 'networkmanager'), false);
  assert.equal(settableVia(opt('lacp_active'), 'wicked'), false);
  assert.equal(settableVia(opt('max_bonds'), 'initscripts'), false);
  // sysfs has the files, but the kernel takes them only for an enslaved port and initscripts writes them before
  for (const name of ['active_slave', 'queue_id']) assert.equal(settableVia(opt(name), 'initscripts'), false, name);
  // NetworkManager reads the per-port options from the port's file, not from BONDING_OPTS
  assert.equal(settableVia(opt('queue_id'), 'networkmanager'), false);
  assert.deepEqual(BOND_OPTIONS.filter((o) => o.nmPortKey).map((o) => [o.name, o.nmPortKey]), [['prio', 'BOND_PORT_PRIO'], ['queue_id', 'BOND_PORT_QUEUE_ID']]);
  // not module parameters
  for (const name of ['lacp_active', 'arp_missed_max', 'peer_notif_delay', 'tlb_dynamic_lb', 'ad_actor_sys_prio', 'ad_actor_system', 'ad_user_port_key', 'active_slave', 'queue_id', 'slaves']) {
    assert.equal(opt(name).channels.moduleParam, false, name);
  }
});

test('use_carrier is obsolete', () => {
  assert.ok(opt('use_carrier').deprecated);
  const r = check('use_carrier', '0');
  assert.ok(r.ok && r.legacy, 'off is accepted only by older kernels');
  assert.ok(check('use_carrier', '1').ok);
});

test('enum values: digits are numbers, anything else an exact name', () => {
  assert.deepEqual(ok('mode', '4'), { kind: 'enum', name: '802.3ad', number: 4 });
  assert.deepEqual(ok('mode', '802.3ad'), { kind: 'enum', name: '802.3ad', number: 4 });
  assert.deepEqual(ok('mode', '04'), { kind: 'enum', name: '802.3ad', number: 4 });
  assert.deepEqual(ok('mode', 'default'), { kind: 'enum', name: 'balance-rr', number: 0 });
  assert.deepEqual(ok('lacp_rate', 'fast\n'), { kind: 'enum', name: 'fast', number: 1 });
  bad('mode', 'Active-Backup', 'unknown-value');
  bad('mode', 'failover', 'unknown-value');
  bad('mode', '7', 'unknown-value');
  bad('mode', '-1', 'unknown-value');
  bad('mode', '+1', 'unknown-value');
  bad('mode', '', 'empty');
  bad('lacp_rate', '2', 'unknown-value');
  bad('lacp_rate', 'default', 'unknown-value');
  bad('ad_select', 'prio', 'unknown-value');
  assert.deepEqual(ok('xmit_hash_policy', 'layer3+4'), { kind: 'enum', name: 'layer3+4', number: 1 });
  assert.deepEqual(ok('fail_over_mac', '1'), { kind: 'enum', name: 'active', number: 1 });
  const r = check('mode', 'failover');
  assert.ok(!r.ok && r.at && r.at.start === 0 && r.at.end === 8);
});

test('integer values: ranges and keywords', () => {
  assert.deepEqual(ok('miimon', '100'), { kind: 'int', value: 100 });
  assert.deepEqual(ok('miimon', 'off'), { kind: 'int', value: 0, keyword: 'off' });
  assert.deepEqual(ok('miimon', 'default'), { kind: 'int', value: 0, keyword: 'default' });
  assert.deepEqual(ok('miimon', 'maxval'), { kind: 'int', value: 2147483647, keyword: 'maxval' });
  assert.deepEqual(ok('miimon', '2147483647'), { kind: 'int', value: 2147483647 });
  bad('miimon', '2147483648', 'out-of-range');
  bad('miimon', '99999999999999999999', 'out-of-range');
  bad('miimon', 'minval', 'unknown-value');
  bad('miimon', '-1', 'unknown-value');
  bad('miimon', '100ms', 'unknown-value');
  bad('lp_interval', '0', 'out-of-range');
  assert.deepEqual(ok('lp_interval', 'default'), { kind: 'int', value: 1, keyword: 'default' });
  assert.deepEqual(ok('ad_actor_sys_prio', 'default'), { kind: 'int', value: 65535, keyword: 'default' });
  bad('ad_actor_sys_prio', '0', 'out-of-range');
  bad('ad_user_port_key', '1024', 'out-of-range');
  bad('arp_missed_max', '0', 'out-of-range');
  assert.deepEqual(ok('arp_missed_max', 'default'), { kind: 'int', value: 2, keyword: 'default' });
  assert.deepEqual(ok('num_grat_arp', 'default'), { kind: 'int', value: 1, keyword: 'default' });
  bad('num_unsol_na', '256', 'out-of-range');
  bad('peer_notif_delay', '300001', 'out-of-range');
  bad('peer_notif_delay', 'default', 'unknown-value');
  assert.deepEqual(ok('packets_per_slave', '0'), { kind: 'int', value: 0 });
  bad('packets_per_slave', '65536', 'out-of-range');
  assert.deepEqual(ok('prio', '-5'), { kind: 'int', value: -5 });
  bad('tx_queues', '0', 'out-of-range');
});

test('target lists', () => {
  assert.deepEqual(ok('arp_ip_target', '+10.11.96.1'), { kind: 'ipv4-list', addresses: ['10.11.96.1'] });
  assert.deepEqual(ok('arp_ip_target', '192.0.2.1,192.0.2.2'), { kind: 'ipv4-list', addresses: ['192.0.2.1', '192.0.2.2'] });
  bad('arp_ip_target', '192.0.2.1,192.0.2.256', 'bad-ip');
  const r = check('arp_ip_target', '192.0.2.1,192.0.2.256');
  assert.ok(!r.ok && r.at!.start === 10 && r.at!.end === 21);
  bad('arp_ip_target', '0.0.0.0', 'reserved-address');
  bad('arp_ip_target', '255.255.255.255', 'reserved-address');
  // 0.0.0.0/8 is no longer refused as a whole since Linux 5.3 (ipv4_is_zeronet is addr == 0)
  assert.deepEqual(ok('arp_ip_target', '0.1.2.3'), { kind: 'ipv4-list', addresses: ['0.1.2.3'] });
  // initscripts skips an address already present and the kernel refuses it: the list keeps it once
  assert.deepEqual(ok('arp_ip_target', '192.0.2.1,+192.0.2.1,192.0.2.2'), { kind: 'ipv4-list', addresses: ['192.0.2.1', '192.0.2.2'] });
  assert.deepEqual(checkTargetList(opt('arp_ip_target'), '192.0.2.1,0.0.0.0,192.0.2.1'), {
    addresses: ['192.0.2.1'],
    refused: [{ problem: 'reserved-address', at: { start: 10, end: 17 } }],
    repeated: [{ start: 18, end: 27 }],
  });
  bad('arp_ip_target', '-192.0.2.1', 'bad-ip');
  bad('arp_ip_target', 'gateway', 'bad-ip');
  const seventeen = Array.from({ length: 17 }, (_, i) => `192.0.2.${i + 1}`).join(',');
  bad('arp_ip_target', seventeen, 'too-many');
  assert.ok(check('arp_ip_target', seventeen.split(',').slice(0, 16).join(',')).ok);
  assert.deepEqual(ok('ns_ip6_target', '2001:db8::1,fe80::1'), { kind: 'ipv6-list', addresses: ['2001:db8::1', 'fe80::1'] });
  assert.ok(check('ns_ip6_target', '::ffff:192.0.2.1').ok);
  bad('ns_ip6_target', '::', 'reserved-address');
  bad('ns_ip6_target', '::1', 'reserved-address');
  bad('ns_ip6_target', 'ff02::1', 'reserved-address');
  bad('ns_ip6_target', '2001:db8:::1', 'bad-ipv6');
  bad('ns_ip6_target', '1:2:3:4:5:6:7:8:9', 'bad-ipv6');
});

test('interface names, MAC addresses, queue ids, port commands', () => {
  assert.deepEqual(ok('primary', 'eth1'), { kind: 'ifname', name: 'eth1' });
  assert.deepEqual(ok('active_slave', ''), { kind: 'ifname', name: '' });
  // bond_option_primary_set() refuses no name: it keeps the first 15 characters and waits for a port of that name
  assert.deepEqual(check('primary', 'a-very-long-interface'), {
    ok: true,
    normalized: { kind: 'ifname', name: 'a-very-long-int' },
    kept: { en: 'the kernel keeps only its first 15 characters, a-very-long-int', zh: '内核只保留它的前 15 个字符：a-very-long-int' },
  });
  assert.deepEqual(check('primary', 'eth0:1'), {
    ok: true,
    normalized: { kind: 'ifname', name: 'eth0:1' },
    kept: { en: 'the kernel keeps it, but no interface can have that name', zh: '内核会保留它，但任何接口都不可能叫这个名字' },
  });
  assert.equal(expectedValues(opt('primary')).en, 'any name; only an interface name of at most 15 characters without "/", ":" or blanks can match a port');
  // active_slave looks the name up and refuses one that is no interface
  bad('active_slave', 'eth0:1', 'bad-ifname');
  bad('active_slave', 'a-very-long-interface', 'bad-ifname');
  assert.deepEqual(ok('ad_actor_system', '02:00:00:00:00:01'), { kind: 'mac', mac: '02:00:00:00:00:01' });
  assert.ok(check('ad_actor_system', '00:00:00:00:00:00').ok);
  bad('ad_actor_system', '01:00:5e:00:00:01', 'multicast-mac');
  bad('ad_actor_system', '02:00:00:00:00', 'bad-mac');
  assert.deepEqual(ok('queue_id', 'eth0:2'), { kind: 'ifname:queue', ifname: 'eth0', queue: 2 });
  bad('queue_id', 'eth0', 'bad-queue-id');
  bad('queue_id', 'eth0:x', 'bad-queue-id');
  assert.deepEqual(ok('slaves', '+eth0'), { kind: 'slaves', op: '+', ifname: 'eth0' });
  bad('slaves', 'eth0', 'bad-command');
});

test('NetworkManager accepts fewer spellings than the kernel', () => {
  const nm = (name: string, value: string) => validateNmValue(opt(name), value);
  assert.ok(nm('miimon', '100').ok);
  assert.equal(nm('miimon', 'off').ok, false);
  assert.equal(nm('all_slaves_active', 'on').ok, false);
  assert.ok(nm('all_slaves_active', '1').ok);
  assert.ok(nm('mode', '4').ok);
  assert.equal(nm('mode', '7').ok, false);
  assert.equal(nm('ad_select', 'actor_port_prio').ok, false);
  assert.equal(nm('ad_select', '3').ok, false);
  assert.ok(nm('arp_ip_target', '+10.11.96.1').ok);
  assert.ok(nm('arp_missed_max', '0').ok);
  const r = nm('coupled_control', '1');
  assert.ok(!r.ok && r.problem === 'not-supported');
});

test('expected values read well in both languages', () => {
  assert.deepEqual(expectedValues(opt('lacp_rate')), { en: 'one of slow (0), fast (1)', zh: '以下之一：slow (0), fast (1)' });
  assert.deepEqual(expectedValues(opt('miimon')), {
    en: 'an integer from 0 to 2147483647 (milliseconds), or off, maxval, default',
    zh: '0 到 2147483647 之间的整数（毫秒），或 off、maxval、default',
  });
  assert.equal(expectedValues(opt('use_carrier')).en, 'one of on (1), or default');
});

test('did-you-mean', () => {
  assert.deepEqual(suggest('miimom')[0], 'miimon');
  assert.deepEqual(suggest('lacp-rate')[0], 'lacp_rate');
  assert.deepEqual(suggest('xmit_hash')[0], 'xmit_hash_policy');
  assert.deepEqual(suggest('Mode')[0], 'mode');
  assert.deepEqual(suggest('arp_ip_targets')[0], 'arp_ip_target');
  assert.deepEqual(suggest('num-grat-arp')[0], 'num_grat_arp');
  assert.deepEqual(suggest('hashing-algorithm'), []);
  assert.deepEqual(suggest(''), []);
  assert.deepEqual(suggest('fast', ['slow', 'fast']), []);
  assert.deepEqual(suggest('fats', ['slow', 'fast']), ['fast']);
});

/** The whole table, as the textbook writes it: what the three-row, early-stopping version must agree with. */
function fullTableDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

test('edit distance: the full table\'s answer, or limit + 1 once it is sure to be larger', () => {
  assert.equal(editDistance('miimom', 'miimon'), 1);
  assert.equal(editDistance('lacp_rtae', 'lacp_rate'), 1);
  assert.equal(editDistance('abcd', 'badc'), 2);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const word = () => Array.from({ length: Math.floor(random() * 9) }, () => 'abc'[Math.floor(random() * 3)]).join('');
  for (let n = 0; n < 3000; n++) {
    const [a, b] = [word(), word()];
    const full = fullTableDistance(a, b);
    for (const limit of [0, 1, 2, 3, Infinity]) assert.equal(editDistance(a, b, limit), Math.min(full, limit + 1), `${a} ${b} ${limit}`);
  }
  assert.equal(editDistance('A'.repeat(100_000), 'MASTER', 1), 2);
  assert.deepEqual(suggest('x'.repeat(100_000)), []);
});

test('wicked matches the names of its mapped options without regard to case', () => {
  // src/bonding.c ni_bonding_set_option reads these through ni_parse_uint_maybe_mapped (strcasecmp in src/util.c)
  assert.deepEqual(
    BOND_OPTIONS.filter((o) => o.wicked?.namesIgnoreCase).map((o) => o.name).sort(),
    ['ad_select', 'arp_all_targets', 'arp_validate', 'fail_over_mac', 'lacp_rate', 'mode', 'primary_reselect', 'xmit_hash_policy'],
  );
  assert.equal(wickedEnumName(opt('mode'), 'Active-Backup'), 'active-backup');
  assert.equal(wickedEnumName(opt('mode'), '802.3AD'), '802.3ad');
  assert.equal(wickedEnumName(opt('lacp_rate'), 'FAST'), 'fast');
  assert.equal(wickedEnumName(opt('xmit_hash_policy'), 'Layer3+4'), 'layer3+4');
  assert.equal(wickedEnumName(opt('arp_validate'), 'Filter_Backup'), 'filter_backup');
  assert.equal(wickedEnumName(opt('mode'), 'active-backup'), 'active-backup');
  // not a name of the table, a number, or an option wicked reads as an integer
  assert.equal(wickedEnumName(opt('mode'), 'Active-Bakup'), undefined);
  assert.equal(wickedEnumName(opt('mode'), '1'), undefined);
  assert.equal(wickedEnumName(opt('use_carrier'), 'ON'), undefined);
  assert.equal(wickedEnumName(opt('miimon'), 'OFF'), undefined);
  // the kernel itself still compares names case-sensitively
  assert.equal(validateOptionValue(opt('mode'), 'Active-Backup').ok, false);
});
