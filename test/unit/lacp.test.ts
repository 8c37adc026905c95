import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHURN_STATES,
  DEFAULT_PARTNER,
  DEFAULT_PARTNER_EXPIRED_TEXT,
  DEFAULT_PARTNER_STATE_TEXT,
  DEFAULT_PARTNER_TEXT,
  LACP_RATES,
  LACP_RATE_NOTE,
  LACP_TIMERS,
  PORT_STATE_BITS,
  PORT_STATE_IN_USE,
  churnState,
  decodePortState,
  isPortStateValue,
  lacpRate,
  portStateShort,
  portStateSynced,
} from '../../server/src/knowledge/lacp';
import type { Text } from '../../server/src/knowledge/text';

function names(n: number): string[] {
  return decodePortState(n).set.map((b) => b.name);
}

function assertText(t: Text | undefined, what: string): void {
  assert.ok(t, `${what}: missing`);
  assert.ok(t.en.trim().length > 0, `${what}: empty en`);
  assert.ok(t.zh.trim().length > 0, `${what}: empty zh`);
  assert.notEqual(t.en, t.zh, `${what}: zh is not translated`);
  assert.match(t.zh, /[\u4e00-\u9fff]/, `${what}: zh has no Chinese`);
}

test('eight port state bits with the fixed short names', () => {
  assert.deepEqual(
    PORT_STATE_BITS.map((b) => [b.mask, b.short]),
    [
      [0x01, 'ACT'],
      [0x02, 'FAST'],
      [0x04, 'AGG'],
      [0x08, 'SYNC'],
      [0x10, 'COL'],
      [0x20, 'DIST'],
      [0x40, 'DEF'],
      [0x80, 'EXP'],
    ],
  );
  assert.equal(PORT_STATE_BITS[1]!.name, 'LACP_Timeout');
  for (const b of PORT_STATE_BITS) {
    assertText(b.set, `${b.short}.set`);
    assertText(b.clear, `${b.short}.clear`);
  }
});

test('decodes well-known port states', () => {
  assert.deepEqual(names(61), ['LACP_Activity', 'Aggregation', 'Synchronization', 'Collecting', 'Distributing']);
  assert.equal(portStateShort(61), 'ACT AGG SYNC COL DIST');
  assert.equal(portStateShort(63), 'ACT FAST AGG SYNC COL DIST');
  assert.equal(portStateShort(69), 'ACT AGG DEF');
  assert.equal(portStateShort(1), 'ACT');
  assert.equal(portStateShort(0), 'none');
  assert.equal(portStateShort(7), 'ACT FAST AGG');
  assert.equal(portStateShort(199), 'ACT FAST AGG DEF EXP');
  assert.equal(portStateShort(207), 'ACT FAST AGG SYNC DEF EXP');
  assert.equal(portStateShort(255), 'ACT FAST AGG SYNC COL DIST DEF EXP');
  assert.deepEqual(
    decodePortState(69).clear.map((b) => b.short),
    ['FAST', 'SYNC', 'COL', 'DIST', 'EXP'],
  );
  assert.equal(decodePortState(0).set.length, 0);
  assert.equal(decodePortState(0).clear.length, 8);
});

test('a healthy port state contains the in-use bits', () => {
  assert.equal(61 & PORT_STATE_IN_USE, PORT_STATE_IN_USE);
  assert.equal(63 & PORT_STATE_IN_USE, PORT_STATE_IN_USE);
  assert.notEqual(69 & PORT_STATE_IN_USE, PORT_STATE_IN_USE);
});

test('out-of-range port states decode their low 8 bits and are detectable', () => {
  assert.equal(isPortStateValue(61), true);
  assert.equal(isPortStateValue(256), false);
  assert.equal(isPortStateValue(-1), false);
  assert.equal(isPortStateValue(1.5), false);
  assert.equal(portStateShort(256 + 61), 'ACT AGG SYNC COL DIST');
  assert.equal(portStateShort(Number.NaN), 'none');
});

test('synced: Synchronization, Collecting and Distributing all set', () => {
  assert.equal(portStateSynced(61), true);
  assert.equal(portStateSynced(63), true);
  assert.equal(portStateSynced(0x38), true);
  assert.equal(portStateSynced(13), false, 'in sync, not collecting');
  assert.equal(portStateSynced(0x30), false, 'collecting and distributing without Synchronization');
  assert.equal(portStateSynced(69), false);
});

test('churn states', () => {
  assert.deepEqual(
    CHURN_STATES.map((s) => [s.name, s.number]),
    [
      ['monitoring', 0],
      ['churned', 1],
      ['none', 2],
      ['unknown', undefined],
    ],
  );
  assert.equal(churnState('churned')?.number, 1);
  assert.equal(churnState('Churned'), undefined);
  assertText(churnState('churned')?.causes, 'churned.causes');
  for (const s of CHURN_STATES) assertText(s.meaning, `churn ${s.name}`);
});

test('lacp rates: requested partner interval and our receive timeout', () => {
  assert.deepEqual(
    LACP_RATES.map((r) => [r.name, r.number, r.partnerIntervalS, r.receiveTimeoutS]),
    [
      ['slow', 0, 30, 90],
      ['fast', 1, 1, 3],
    ],
  );
  assert.equal(lacpRate('fast')?.receiveTimeoutS, 3);
  assert.equal(lacpRate('1')?.name, 'fast');
  assert.equal(lacpRate('medium'), undefined);
  for (const r of LACP_RATES) assertText(r.meaning, `rate ${r.name}`);
  assertText(LACP_RATE_NOTE, 'LACP_RATE_NOTE');
});

test('default partner record and timers', () => {
  assert.deepEqual(DEFAULT_PARTNER, {
    systemPriority: 65535,
    systemMac: '00:00:00:00:00:00',
    operKey: 1,
    portPriority: 255,
    portNumber: 1,
    portStates: [1, 0],
  });
  assertText(DEFAULT_PARTNER_TEXT, 'DEFAULT_PARTNER_TEXT');
  assertText(DEFAULT_PARTNER_STATE_TEXT, 'DEFAULT_PARTNER_STATE_TEXT');
  assertText(DEFAULT_PARTNER_EXPIRED_TEXT, 'DEFAULT_PARTNER_EXPIRED_TEXT');
  assert.equal(LACP_TIMERS.churnDetectionS, 60);
  assert.equal(LACP_TIMERS.aggregateWaitS, 2);
  assert.equal(LACP_TIMERS.longTimeoutS, 3 * LACP_TIMERS.slowPeriodicS);
  assert.equal(LACP_TIMERS.shortTimeoutS, 3 * LACP_TIMERS.fastPeriodicS);
});
