import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lastAssignments, parseIfcfg } from '../../server/src/syntax/ifcfg';
import { bondingOptsOf } from '../../server/src/syntax/bondingOpts';
import { optionByName, validateOptionValue } from '../../server/src/knowledge/options';
import { ifcfgKey } from '../../server/src/knowledge/ifcfgKeys';

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'ifcfg');

/** BONDING_OPTS tokens that are known to be wrong in the corpus: `file: name=value`. */
const EXPECTED_INVALID_OPTIONS = new Set(['insights-core__ifcfg-bond0_invalid_mode_failover.txt: mode=failover']);

/** Keys in the corpus that no ifcfg reader handled here knows. */
const EXPECTED_UNKNOWN_KEYS = new Set(['DHCLIENT_SET_DEFAULT_ROUTE']);

function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

test('every corpus file parses; every line is a node', (t) => {
  if (!existsSync(CORPUS)) {
    t.skip('corpus not available');
    return;
  }
  for (const name of corpusFiles()) {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const file = parseIfcfg(text);
    assert.equal(file.nodes.length, text.split('\n').length, name);
    for (const a of file.assignments) {
      if (!ifcfgKey(a.key) && !EXPECTED_UNKNOWN_KEYS.has(a.key)) assert.fail(`${name}: unknown key ${a.key}`);
    }
  }
});

test('every BONDING_OPTS / BONDING_MODULE_OPTS token is a known option with a valid value', (t) => {
  if (!existsSync(CORPUS)) {
    t.skip('corpus not available');
    return;
  }
  const invalid: string[] = [];
  let checked = 0;
  for (const name of corpusFiles()) {
    const { byKey } = lastAssignments(parseIfcfg(readFileSync(join(CORPUS, name), 'utf8')));
    for (const key of ['BONDING_OPTS', 'BONDING_MODULE_OPTS']) {
      const a = byKey.get(key);
      if (!a) continue;
      assert.deepEqual(a.problems, [], `${name}: ${key} is quoted so that NetworkManager reads it`);
      for (const token of bondingOptsOf(a).tokens) {
        checked++;
        const option = optionByName(token.name);
        const verdict = option ? validateOptionValue(option, token.value ?? '') : undefined;
        if (!verdict?.ok) invalid.push(`${name}: ${token.name}=${token.value ?? ''}`);
      }
    }
  }
  assert.ok(checked > 50, `only ${checked} tokens checked`);
  assert.deepEqual(invalid.sort(), [...EXPECTED_INVALID_OPTIONS].sort());
});

test('corpus oddities read as the readers read them', (t) => {
  if (!existsSync(CORPUS)) {
    t.skip('corpus not available');
    return;
  }
  const read = (name: string) => lastAssignments(parseIfcfg(readFileSync(join(CORPUS, name), 'utf8'))).byKey;
  const tab = read('jackycheung-linux__ifcfg-ens35_slave_inline_tab_comment.txt').get('MASTER')!;
  assert.equal(tab.nmValue, 'bond6');
  assert.ok(tab.comment);
  assert.equal(read('insights-core__ifcfg-eth0_master_bond0_quoted.txt').get('MASTER')!.value, 'bond0');
  const spaced = bondingOptsOf(read('insights-core__ifcfg-bond0_balance-xor_downdelay_space.txt').get('BONDING_OPTS')!).tokens;
  const down = spaced.find((tok) => tok.name === 'downdelay')!;
  assert.equal(down.value, '0');
  assert.deepEqual(
    down.problems.map((p) => p.code),
    ['space-around-equals'],
  );
  const uuid = read('networkmanager__ifcfg-Test_Write_Bond_Main.cexpected.txt').get('UUID')!;
  assert.equal(uuid.nmValue, '${UUID}');
  assert.deepEqual(
    uuid.problems.map((p) => p.code),
    ['unsupported-expansion'],
  );
});
