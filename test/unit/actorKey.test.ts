import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  KEY_ERAS,
  KEY_LAYOUT_TEXT,
  KEY_NO_SPEED_TEXT,
  PARTNER_KEY_TEXT,
  decodeKey,
  eraForRelease,
  fullDuplexKey,
  keyEraById,
  keysForSpeed,
  type KeyEra,
} from '../../server/src/knowledge/actorKey';

function era(id: string): KeyEra {
  const e = keyEraById(id);
  assert.ok(e, `era ${id}`);
  return e;
}

function ids(release: string | undefined): string[] {
  return eraForRelease(release).map((e) => e.id);
}

test('every era has a bilingual label and unique id', () => {
  assert.deepEqual(
    KEY_ERAS.map((e) => e.id),
    ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'],
  );
  for (const e of KEY_ERAS) {
    assert.ok(e.label.en && e.label.zh && e.label.en !== e.label.zh, e.id);
    assert.ok(e.codes.size > 0, e.id);
  }
  for (const t of [KEY_LAYOUT_TEXT, KEY_NO_SPEED_TEXT, PARTNER_KEY_TEXT]) assert.ok(t.en && t.zh && t.en !== t.zh);
});

test('key 29 is 100G full duplex in the 2017–2025 eras and 80G in the newest', () => {
  for (const id of ['E', 'F', 'G', 'H']) {
    assert.deepEqual(decodeKey(29, era(id)), { fullDuplex: true, speedCode: 14, speedMbps: 100000, userKey: 0 }, id);
  }
  assert.equal(decodeKey(29, era('I')).speedMbps, 80000);
  assert.equal(decodeKey(29, era('C')).speedMbps, undefined);
  assert.equal(decodeKey(29, era('B')).speedMbps, undefined);
  assert.equal(decodeKey(29, era('A')).speedMbps, undefined, 'bitmask 0b01110 is not a single speed');
  assert.equal(decodeKey(29, era('D')).speedMbps, undefined);
});

test('other keys across eras', () => {
  for (const id of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']) assert.equal(decodeKey(9, era(id)).speedMbps, 1000, `9 in ${id}`);
  assert.equal(decodeKey(9, era('A')).speedMbps, 100);
  assert.equal(decodeKey(17, era('A')).speedMbps, 1000);
  assert.equal(decodeKey(15, era('E')).speedMbps, 10000);
  assert.equal(decodeKey(15, era('C')).speedMbps, 20000);
  assert.equal(decodeKey(13, era('C')).speedMbps, 10000);
  assert.equal(decodeKey(13, era('E')).speedMbps, 5000);
  assert.equal(decodeKey(33, era('A')).speedMbps, 10000);
  assert.equal(decodeKey(33, era('E')).speedMbps, undefined);
  assert.equal(decodeKey(33, era('F')).speedMbps, 400000);
  assert.equal(decodeKey(33, era('I')).speedMbps, 200000);
  assert.equal(decodeKey(21, era('E')).speedMbps, 25000);
  assert.equal(decodeKey(37, era('H')).speedMbps, 1600000);
  assert.equal(decodeKey(39, era('I')).speedMbps, 1600000);
});

test('key 0, half duplex and user key bits', () => {
  assert.deepEqual(decodeKey(0, era('E')), { fullDuplex: false, speedCode: 0, speedMbps: undefined, userKey: 0 });
  assert.deepEqual(decodeKey(8, era('E')), { fullDuplex: false, speedCode: 4, speedMbps: 1000, userKey: 0 });
  // ad_user_port_key 5, 10G full duplex, 2017 numbering: (5 << 6) | (7 << 1) | 1
  assert.deepEqual(decodeKey(335, era('E')), { fullDuplex: true, speedCode: 7, speedMbps: 10000, userKey: 5 });
  assert.deepEqual(decodeKey(64, era('E')), { fullDuplex: false, speedCode: 0, speedMbps: undefined, userKey: 1 });
});

test('keysForSpeed is the inverse of decodeKey', () => {
  assert.equal(keysForSpeed(100000, true, 0, era('G')), 29);
  assert.equal(keysForSpeed(100000, true, 0, era('I')), 31);
  assert.equal(keysForSpeed(10000, true, 0, era('A')), 33);
  assert.equal(keysForSpeed(10000, true, 0, era('E')), 15);
  assert.equal(keysForSpeed(1000, false, 0, era('E')), 8);
  assert.equal(keysForSpeed(10000, true, 5, era('E')), 335);
  assert.equal(keysForSpeed(25000, true, 0, era('C')), undefined);
  assert.equal(keysForSpeed(1000, true, 1024, era('E')), undefined);
  assert.equal(fullDuplexKey(25000, era('E')), 21);
  for (const e of KEY_ERAS) {
    for (const [code, mbps] of e.codes) {
      const key = keysForSpeed(mbps, true, 3, e);
      assert.ok(key !== undefined, `${e.id} ${mbps}`);
      assert.deepEqual(decodeKey(key, e), { fullDuplex: true, speedCode: code, speedMbps: mbps, userKey: 3 });
    }
  }
});

test('eras from the header text', () => {
  assert.deepEqual(ids('v6.8.0-54-generic'), ['G']);
  assert.deepEqual(ids('v5.10.0-3.0.0.0_rc1'), ['E']);
  assert.deepEqual(ids('v5.10.0-8-amd64'), ['E']);
  assert.deepEqual(ids('v5.15.0-1060-bluefield'), ['F']);
  assert.deepEqual(ids('v6.12.101+deb13-amd64'), ['G']);
  assert.deepEqual(ids('v6.1.0'), ['F']);
  assert.deepEqual(ids('v6.2.0'), ['G']);
  assert.deepEqual(ids('v6.19.1'), ['H']);
  assert.deepEqual(ids('v7.0.0-rc3'), ['I']);
  assert.deepEqual(ids('v5.14.0-570.12.1.el9_6.x86_64'), ['F', 'G']);
  assert.deepEqual(ids('v4.18.0-272.el8.vstx.x86_64'), ['E', 'F']);
  assert.deepEqual(ids('v6.12.0-55.el10.x86_64'), ['G', 'H', 'I']);
  assert.deepEqual(ids('v4.18.0 (Apr 7, 2025)'), ['E', 'F']);
  assert.deepEqual(ids('v3.7.1 (April 27, 2011)'), ['E', 'C', 'B', 'A', 'D']);
  assert.deepEqual(ids('v3.6.0 (September 26, 2009)'), ['A']);
  assert.deepEqual(ids('v3.7.0 (June 2, 2010)'), ['A']);
  assert.deepEqual(ids('v2.6.0 (January 14, 2004)'), ['A']);
  assert.deepEqual(ids('v5.15'), ['F']);
  assert.equal(ids('v5.x').length, KEY_ERAS.length);
  assert.equal(ids(undefined).length, KEY_ERAS.length);
  assert.equal(ids('').length, KEY_ERAS.length);
});
