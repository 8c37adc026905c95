import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PRINTED_AFTER, PROC_FIELDS, VALUE_EXPECTED, VALUE_PATTERN, fieldScope, procField, procFieldById, type FieldScope } from '../../server/src/knowledge/procFields';

const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['header.driver', 'Ethernet Channel Bonding Driver'],
  ['bond.mode', 'Bonding Mode'],
  ['bond.hashPolicy', 'Transmit Hash Policy'],
  ['bond.primary', 'Primary Slave'],
  ['bond.activeSlave', 'Currently Active Slave'],
  ['bond.miiStatus', 'MII Status'],
  ['bond.miimon', 'MII Polling Interval (ms)'],
  ['bond.updelay', 'Up Delay (ms)'],
  ['bond.downdelay', 'Down Delay (ms)'],
  ['bond.peerNotifDelay', 'Peer Notification Delay (ms)'],
  ['bond.arpInterval', 'ARP Polling Interval (ms)'],
  ['bond.arpMissedMax', 'ARP Missed Max'],
  ['bond.arpTargets', 'ARP IP target/s (n.n.n.n form)'],
  ['bond.nsTargets', 'NS IPv6 target/s (xx::xx form)'],
  ['ad.info', '802.3ad info'],
  ['ad.lacpActive', 'LACP active'],
  ['ad.lacpRate', 'LACP rate'],
  ['ad.minLinks', 'Min links'],
  ['ad.select', 'Aggregator selection policy (ad_select)'],
  ['ad.systemPriority', 'System priority'],
  ['ad.systemMac', 'System MAC address'],
  ['ad.noActiveAggregator', ''],
  ['ad.activeAggregator', 'Active Aggregator Info'],
  ['aggregator.id', 'Aggregator ID'],
  ['aggregator.ports', 'Number of ports'],
  ['aggregator.actorKey', 'Actor Key'],
  ['aggregator.partnerKey', 'Partner Key'],
  ['aggregator.partnerMac', 'Partner Mac Address'],
  ['slave.interface', 'Slave Interface'],
  ['slave.miiStatus', 'MII Status'],
  ['slave.speed', 'Speed'],
  ['slave.duplex', 'Duplex'],
  ['slave.linkFailures', 'Link Failure Count'],
  ['slave.permAddr', 'Permanent HW addr'],
  ['slave.queueId', 'Slave queue ID'],
  ['slave.aggregatorId', 'Aggregator ID'],
  ['slave.actorChurnState', 'Actor Churn State'],
  ['slave.partnerChurnState', 'Partner Churn State'],
  ['slave.actorChurned', 'Actor Churned Count'],
  ['slave.partnerChurned', 'Partner Churned Count'],
  ['slave.actorDetails', 'details actor lacp pdu'],
  ['slave.partnerDetails', 'details partner lacp pdu'],
  ['actor.systemPriority', 'system priority'],
  ['actor.systemMac', 'system mac address'],
  ['actor.portKey', 'port key'],
  ['actor.portPriority', 'port priority'],
  ['actor.portNumber', 'port number'],
  ['actor.portState', 'port state'],
  ['partner.systemPriority', 'system priority'],
  ['partner.systemMac', 'system mac address'],
  ['partner.operKey', 'oper key'],
  ['partner.portPriority', 'port priority'],
  ['partner.portNumber', 'port number'],
  ['partner.portState', 'port state'],
  ['slave.vendorSlaveActive', 'Slave active'],
  ['slave.vendorSmVars', 'Slave sm_vars'],
  ['slave.vendorAggregatorActive', 'Aggregator active'],
];

test('the catalogue has exactly the expected ids and labels', () => {
  assert.deepEqual(
    PROC_FIELDS.map((f) => [f.id, f.label]),
    EXPECTED.map(([id, label]) => [id, label]),
  );
});

test('ids are unique and prefixed by their scope', () => {
  const ids = PROC_FIELDS.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length);
  const scopes: readonly FieldScope[] = ['header', 'bond', 'ad', 'aggregator', 'slave', 'actor', 'partner'];
  for (const f of PROC_FIELDS) assert.ok(scopes.includes(fieldScope(f)), f.id);
  assert.equal(fieldScope(procFieldById('aggregator.partnerMac')!), 'aggregator');
});

test('(scope, label) pairs are unique', () => {
  const keys = PROC_FIELDS.map((f) => `${fieldScope(f)}\u0000${f.label}`);
  assert.equal(new Set(keys).size, keys.length);
});

test('every text is bilingual and every entry names its source', () => {
  for (const f of PROC_FIELDS) {
    for (const [what, t] of [
      ['meaning', f.meaning],
      ['printedWhen', f.printedWhen],
      ['since', f.since],
    ] as const) {
      if (!t) continue;
      assert.ok(t.en.trim() && t.zh.trim(), `${f.id}.${what}`);
      assert.notEqual(t.en, t.zh, `${f.id}.${what}`);
      assert.match(t.zh, /[\u4e00-\u9fff]/, `${f.id}.${what}`);
    }
    assert.ok(f.source.length > 0, f.id);
  }
});

test('lookups', () => {
  assert.equal(procField('bond', 'MII Status')?.id, 'bond.miiStatus');
  assert.equal(procField('slave', 'MII Status')?.id, 'slave.miiStatus');
  assert.equal(procField('aggregator', 'Aggregator ID')?.id, 'aggregator.id');
  assert.equal(procField('slave', 'Aggregator ID')?.id, 'slave.aggregatorId');
  assert.equal(procField('actor', 'port key')?.value, 'key');
  assert.equal(procField('partner', 'oper key')?.id, 'partner.operKey');
  assert.equal(procField('partner', 'port key'), undefined);
  assert.equal(procField('ad', '')?.id, 'ad.noActiveAggregator');
  assert.equal(procField('bond', 'mii status'), undefined, 'labels are case-sensitive');
  assert.equal(procField('header' as FieldScope, 'Ethernet Channel Bonding Driver')?.value, 'version');
  assert.equal(procFieldById('actor.portState')?.value, 'portState');
  assert.equal(procFieldById('nope'), undefined);
});

test('era and capability facts', () => {
  for (const id of ['ad.systemPriority', 'ad.systemMac', 'slave.actorDetails', 'actor.portState', 'partner.portState']) {
    assert.match(procFieldById(id)!.printedWhen.en, /CAP_NET_ADMIN/, id);
  }
  assert.match(procFieldById('ad.lacpActive')!.since!.en, /5\.15/);
  assert.match(procFieldById('slave.actorChurnState')!.since!.en, /4\.4/);
  assert.match(procFieldById('bond.nsTargets')!.printedWhen.en, /arp_interval > 0/);
  assert.match(procFieldById('slave.aggregatorId')!.meaning.en, /N\/A/);
  assert.equal(procFieldById('bond.mode')!.since, undefined);
  const vendor = PROC_FIELDS.filter((f) => f.vendor).map((f) => f.id);
  assert.deepEqual(vendor, ['slave.vendorSlaveActive', 'slave.vendorSmVars', 'slave.vendorAggregatorActive']);
  for (const id of vendor) assert.match(procFieldById(id)!.printedWhen.en, /mainline/);
});

test('every line some era lacks says since when it is printed', () => {
  // procfs-lines.md §2.1: absent in the 2007 driver or in ≈3.19, present later.
  const later = [
    'bond.hashPolicy',
    'bond.peerNotifDelay',
    'bond.arpMissedMax',
    'bond.nsTargets',
    'ad.lacpActive',
    'ad.minLinks',
    'ad.select',
    'ad.systemPriority',
    'ad.systemMac',
    'slave.speed',
    'slave.duplex',
    'slave.queueId',
    ...PROC_FIELDS.filter((f) => /^(?:actor|partner)\.|^slave\.(?:actor|partner)/.test(f.id)).map((f) => f.id),
  ];
  assert.deepEqual(
    later.filter((id) => !procFieldById(id)?.since),
    [],
  );
  assert.match(procFieldById('slave.queueId')!.since!.en, /3\.7\.0/);
  assert.match(procFieldById('ad.select')!.since!.en, /3\.4\.0/);
  assert.match(procFieldById('bond.hashPolicy')!.since!.en, /2\.6\.3/);
});

test('print order: every line but the first has the lines the kernel may print before it, all of them real', () => {
  const ids = new Set<string>(PROC_FIELDS.map((f) => f.id));
  assert.deepEqual(
    PROC_FIELDS.map((f) => f.id).filter((id) => id !== 'header.driver' && !PRINTED_AFTER[id]),
    [],
  );
  for (const [id, before] of Object.entries(PRINTED_AFTER)) {
    assert.ok(ids.has(id), id);
    for (const b of before) assert.ok(ids.has(b), `${id} after ${b}`);
  }
  // Era differences: `Slave queue ID` before or after `Aggregator ID`; `Min links` and `LACP active` optional.
  assert.ok(PRINTED_AFTER['slave.queueId']!.includes('slave.aggregatorId'));
  assert.ok(PRINTED_AFTER['slave.aggregatorId']!.includes('slave.queueId'));
  assert.deepEqual(PRINTED_AFTER['ad.select'], ['ad.lacpRate', 'ad.minLinks']);
  assert.deepEqual(PRINTED_AFTER['ad.lacpRate'], ['ad.info', 'ad.lacpActive']);
});

test('value domains: what the kernel prints, masked addresses accepted', () => {
  for (const f of PROC_FIELDS) {
    assert.ok(VALUE_EXPECTED[f.value].en && VALUE_EXPECTED[f.value].zh, f.id);
    if (f.value === 'enum') assert.ok(f.values && f.values.length > 1, f.id);
  }
  const ok = (kind: keyof typeof VALUE_PATTERN, v: string) => VALUE_PATTERN[kind].test(v);
  assert.ok(ok('version', 'v3.7.1 (April 27, 2011)') && ok('version', 'v6.8.0-54-generic') && ok('version', 'v4.18.0 (Apr 7, 2025)'));
  assert.ok(!ok('version', 'v5.15') && !ok('version', 'v5.x'), 'a release always has three numbers');
  for (const mac of ['00:00:5e:00:01:01', 'xx:xx:xx:xx:xx:xx', '##:##', '**:**:**:**:**:ad', '24:6e:96:XX:XX:01']) assert.ok(ok('mac', mac), mac);
  assert.ok(ok('hwaddr', '') && !ok('mac', ''));
  assert.ok(ok('portState', '255') && !ok('portState', '256') && !ok('portState', '1<details><summary>'));
  assert.ok(ok('speed', '100000 Mbps') && ok('speed', 'Unknown') && !ok('speed', '10G'));
  assert.ok(ok('aggregatorId', 'N/A') && ok('ipv4list', '192.0.2.1, 192.0.2.254') && ok('ipv4list', '') && ok('ipv6list', '2001:db8::1'));
  assert.ok(ok('primary', 'em3 (primary_reselect failure)') && !ok('primary', 'em3 (primary_reselect sometimes)'));
});

