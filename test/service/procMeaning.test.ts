import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { doc, hoverAt, messages, service } from './helpers';

// Variants of the seed dump (fixtures/proc/seed-802.3ad.txt): the findings and hovers that depend on one changed line.

const SEED_TEXT = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

/** The seed dump with some lines replaced, lines 1-based. */
function seedWith(changes: Readonly<Record<number, string>>) {
  const lines = SEED_TEXT.split('\n');
  for (const [n, text] of Object.entries(changes)) lines[Number(n) - 1] = text;
  return doc(lines.join('\n'));
}

const only = (code: string, list: readonly string[]) => list.filter((m) => m.split(' ')[0]!.endsWith(`:${code}`));

describe('churned: a past churn is told apart from a side that is out of sync now', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');

  it('p0 churned earlier but its actor port state 61 is in sync: no finding, and the hover says it recovered', () => {
    const d = seedWith({ 32: 'Actor Churn State: churned', 34: 'Actor Churned Count: 1' });
    assert.deepEqual(only('proc.churned', messages(en, d)), [
      '59:proc.churned p1: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.',
      '60:proc.churned p1: partner churned (churned count 1): the partner side did not reach synchronization within 60 s.',
    ]);
    const hover = hoverAt(en, d, 32, 'churned')!.split('\n\n');
    assert.equal(hover[2], 'Healthy: the actor port state (61) shows Synchronization, Collecting and Distributing: the churn happened earlier, and the actor side has reached synchronization since.');
    assert.equal(hover.length, 4, 'no finding in the hover');
    assert.equal(hoverAt(zh, d, 32, 'churned')!.split('\n\n')[2], '正常：本端的 port state（61）显示 Synchronization、Collecting 和 Distributing 均已置位：抖动发生在之前，本端此后已达到同步。');
  });

  it('p0 churned and its actor port state 13 lacks Collecting and Distributing: the warning stays', () => {
    const d = seedWith({ 32: 'Actor Churn State: churned', 34: 'Actor Churned Count: 1', 42: '    port state: 13' });
    assert.deepEqual(only('proc.churned', messages(en, d))[0], '32:proc.churned p0: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.');
    const hover = hoverAt(en, d, 32, 'churned')!.split('\n\n');
    assert.equal(hover[2], 'Problem: the actor port state (13) shows that side does not take part in the aggregation now: Collecting and Distributing are clear.');
    assert.equal(hoverAt(zh, d, 32, 'churned')!.split('\n\n')[2], '问题：本端的 port state（13）表明这一侧现在未参与聚合：Collecting、Distributing 未置位。');
  });

  it('the partner churn reads the partner port state, not the actor one', () => {
    const synced = seedWith({ 33: 'Partner Churn State: churned', 35: 'Partner Churned Count: 1' });
    assert.deepEqual(only('proc.churned', messages(en, synced)).map((m) => m.split(' ')[0]), ['59:proc.churned', '60:proc.churned']);
    const apart = seedWith({ 33: 'Partner Churn State: churned', 35: 'Partner Churned Count: 1', 49: '    port state: 5' });
    assert.deepEqual(only('proc.churned', messages(en, apart))[0], '33:proc.churned p0: partner churned (churned count 1): the partner side did not reach synchronization within 60 s.');
    const actorOnly = seedWith({ 33: 'Partner Churn State: churned', 42: '    port state: 5' });
    assert.deepEqual(only('proc.churned', messages(en, actorOnly)).map((m) => m.split(' ')[0]), ['59:proc.churned', '60:proc.churned']);
  });

  it('without the details blocks (dump read as a user) a churned side is still reported', () => {
    const lines = SEED_TEXT.split('\n');
    lines[31] = 'Actor Churn State: churned';
    lines[33] = 'Actor Churned Count: 1';
    const d = doc(lines.filter((_, i) => i < 35 || i > 48).join('\n'));
    assert.deepEqual(only('proc.churned', messages(en, d))[0], '32:proc.churned p0: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.');
  });
});
