import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HASH_POLICIES,
  HASH_POLICY_SCOPE_TEXT,
  VLANSRC_ALIAS_TEXT,
  hashPolicyByName,
  hashPolicyByNumber,
} from '../../server/src/knowledge/hashPolicies';

test('six policies with their kernel numbers', () => {
  assert.deepEqual(
    HASH_POLICIES.map((p) => [p.name, p.number]),
    [
      ['layer2', 0],
      ['layer3+4', 1],
      ['layer2+3', 2],
      ['encap2+3', 3],
      ['encap3+4', 4],
      ['vlan+srcmac', 5],
    ],
  );
});

test('lookups by name, alias and number', () => {
  assert.equal(hashPolicyByName('layer3+4')?.number, 1);
  assert.equal(hashPolicyByName('vlansrc')?.name, 'vlan+srcmac');
  assert.equal(hashPolicyByName('Layer2'), undefined);
  assert.equal(hashPolicyByName('srcmac'), undefined);
  assert.equal(hashPolicyByNumber(0)?.name, 'layer2');
  assert.equal(hashPolicyByNumber(5)?.name, 'vlan+srcmac');
  assert.equal(hashPolicyByNumber(6), undefined);
});

test('802.3ad compliance as documented', () => {
  assert.equal(hashPolicyByName('layer2')?.lacpCompliant, true);
  assert.equal(hashPolicyByName('layer2+3')?.lacpCompliant, true);
  assert.equal(hashPolicyByName('layer3+4')?.lacpCompliant, false);
  assert.match(hashPolicyByName('layer3+4')!.caveats!.en, /fragment/);
});

test('every text is bilingual', () => {
  for (const p of HASH_POLICIES) {
    for (const t of [p.fields, p.summary, p.caveats, p.since]) {
      if (!t) continue;
      assert.ok(t.en.trim() && t.zh.trim(), p.name);
      assert.notEqual(t.en, t.zh, p.name);
    }
  }
  for (const t of [VLANSRC_ALIAS_TEXT, HASH_POLICY_SCOPE_TEXT]) assert.ok(t.en && t.zh && t.en !== t.zh);
});
