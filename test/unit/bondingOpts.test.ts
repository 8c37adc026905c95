import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIfcfg } from '../../server/src/syntax/ifcfg';
import { type BondingOptToken, bondingOptsOf, tokenizeBondingOpts } from '../../server/src/syntax/bondingOpts';

function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `${JSON.stringify(needle)} #${nth} not in ${JSON.stringify(text)}`);
  }
  return { start: i, end: i + needle.length };
}

function tokensOf(text: string): readonly BondingOptToken[] {
  const a = parseIfcfg(text).assignments[0]!;
  return bondingOptsOf(a).tokens;
}

const slice = (text: string, r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : undefined);

test('tokens inside double quotes point at their characters in the document', () => {
  const text = 'BONDING_OPTS="mode=4 miimon=100"';
  const [mode, miimon] = tokensOf(text);
  assert.equal(mode!.name, 'mode');
  assert.equal(mode!.value, '4');
  assert.deepEqual(mode!.range, at(text, 'mode=4'));
  assert.deepEqual(miimon!.range, at(text, 'miimon=100'));
  assert.deepEqual(miimon!.nameRange, at(text, 'miimon'));
  assert.deepEqual(miimon!.valueRange, at(text, '100'));
  assert.deepEqual(miimon!.problems, []);
  assert.deepEqual(miimon!.items, [{ text: '100', range: at(text, '100') }]);
});

test('ranges map through escapes and mixed quoting', () => {
  const text = 'BONDING_OPTS="mode=1 primary=\\$x"\' arp_interval=1\'';
  const tokens = tokensOf(text);
  assert.deepEqual(
    tokens.map((t) => [t.name, t.value]),
    [
      ['mode', '1'],
      ['primary', '$x'],
      ['arp_interval', '1'],
    ],
  );
  assert.equal(slice(text, tokens[1]!.valueRange), '\\$x');
  assert.equal(slice(text, tokens[1]!.range), 'primary=\\$x');
  assert.deepEqual(tokens[2]!.range, at(text, 'arp_interval=1'));
});

test('single-quoted options', () => {
  const text = "BONDING_OPTS='miimon=100 mode=6 fail_over_mac=1'";
  const tokens = tokensOf(text);
  assert.deepEqual(
    tokens.map((t) => slice(text, t.range)),
    ['miimon=100', 'mode=6', 'fail_over_mac=1'],
  );
});

test('key =value, key= value and key = value are joined and marked', () => {
  const text = 'BONDING_OPTS="mode=balance-xor primary = eth1 arp_interval= 1000 arp_ip_target=+10.11.96.1 downdelay =0"';
  const tokens = tokensOf(text);
  assert.deepEqual(
    tokens.map((t) => [t.name, t.value, t.problems.map((p) => p.code)]),
    [
      ['mode', 'balance-xor', []],
      ['primary', 'eth1', ['space-around-equals']],
      ['arp_interval', '1000', ['space-around-equals']],
      ['arp_ip_target', '+10.11.96.1', []],
      ['downdelay', '0', ['space-around-equals']],
    ],
  );
  const [, primary, arp, , down] = tokens;
  assert.equal(slice(text, primary!.range), 'primary = eth1');
  assert.deepEqual(primary!.problems[0]!.range, at(text, ' = '));
  assert.deepEqual(primary!.valueRange, at(text, 'eth1'));
  assert.equal(slice(text, arp!.range), 'arp_interval= 1000');
  const arpEq = at(text, 'arp_interval= ');
  assert.deepEqual(arp!.problems[0]!.range, { start: arpEq.end - 1, end: arpEq.end });
  assert.equal(slice(text, down!.valueRange), '0');
  assert.equal(slice(text, down!.problems[0]!.range), ' ');
});

test('a trailing name= or a name= before another option is an empty value', () => {
  const tokens = tokenizeBondingOpts('miimon= mode=1 primary=', 0);
  assert.deepEqual(
    tokens.tokens.map((t) => [t.name, t.value, t.problems.map((p) => p.code), t.valueRange]),
    [
      ['miimon', '', ['empty-value'], { start: 7, end: 7 }],
      ['mode', '1', [], { start: 13, end: 14 }],
      ['primary', '', ['empty-value'], { start: 23, end: 23 }],
    ],
  );
});

test('name = at the end has an empty value', () => {
  const { tokens } = tokenizeBondingOpts('miimon =', 0);
  assert.deepEqual(
    tokens.map((t) => [t.name, t.value, t.problems.map((p) => p.code)]),
    [['miimon', '', ['space-around-equals', 'empty-value']]],
  );
});

test('comma lists become items with their own ranges', () => {
  const text = 'BONDING_OPTS="arp_ip_target=+192.0.2.1,192.0.2.2"';
  const [t] = tokensOf(text);
  assert.deepEqual(t!.items, [
    { text: '+192.0.2.1', range: at(text, '+192.0.2.1') },
    { text: '192.0.2.2', range: at(text, '192.0.2.2') },
  ]);
});

test('tokens without = and with an empty name', () => {
  const { tokens } = tokenizeBondingOpts('mode=1 failover =x', 100);
  assert.deepEqual(
    tokens.map((t) => [t.name, t.value, t.problems.map((p) => p.code), t.range]),
    [
      ['mode', '1', [], { start: 100, end: 106 }],
      ['failover', 'x', ['space-around-equals'], { start: 107, end: 118 }],
    ],
  );
  const alone = tokenizeBondingOpts('802.3ad =5 =6', 0).tokens;
  assert.deepEqual(
    alone.map((t) => [t.name, t.value, t.problems.map((p) => p.code)]),
    [
      ['802.3ad', '5', ['space-around-equals']],
      ['', '6', ['empty-name']],
    ],
  );
  const bare = tokenizeBondingOpts('mode=1 lacp', 0).tokens[1]!;
  assert.equal(bare.value, undefined);
  assert.equal(bare.valueRange, undefined);
  assert.deepEqual(bare.items, []);
  assert.deepEqual(bare.problems, [{ code: 'missing-equals', range: { start: 7, end: 11 } }]);
});

test('a second = in the value is reported', () => {
  const [t] = tokenizeBondingOpts('arp_ip_target=a=b', 0).tokens;
  assert.equal(t!.value, 'a=b');
  assert.deepEqual(t!.problems, [{ code: 'extra-equals', range: { start: 15, end: 16 } }]);
});

test('a tab between options is marked: NetworkManager splits on spaces only', () => {
  const text = "BONDING_OPTS=$'mode=1\\tmiimon=100'";
  const tokens = tokensOf(text);
  assert.deepEqual(
    tokens.map((t) => [t.name, t.value]),
    [
      ['mode', '1'],
      ['miimon', '100'],
    ],
  );
  assert.deepEqual(tokens[1]!.problems, [{ code: 'tab-separator', range: at(text, '\\t') }]);
  assert.deepEqual(tokens[1]!.range, at(text, 'miimon=100'));
});

test('blank and empty values give no tokens', () => {
  assert.deepEqual(tokenizeBondingOpts('', 0).tokens, []);
  assert.deepEqual(tokenizeBondingOpts('   \t ', 0).tokens, []);
  assert.deepEqual(tokensOf('BONDING_OPTS=""'), []);
});

test('SUSE BONDING_MODULE_OPTS uses the same tokenizer', () => {
  const text = "BONDING_MODULE_OPTS='mode=active-backup miimon=100'";
  assert.deepEqual(
    tokensOf(text).map((t) => slice(text, t.valueRange)),
    ['active-backup', '100'],
  );
});

test('junk never throws and ranges stay inside the text', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = 'ab=, \t\n+-"\'\\$\u0000名';
  for (let round = 0; round < 300; round++) {
    let value = '';
    const len = Math.floor(rnd() * 40);
    for (let i = 0; i < len; i++) value += alphabet[Math.floor(rnd() * alphabet.length)];
    const text = `BONDING_OPTS=${value}`;
    for (const a of parseIfcfg(text).assignments) {
      for (const t of bondingOptsOf(a).tokens) {
        for (const r of [t.range, t.nameRange, t.valueRange, ...t.items.map((i) => i.range), ...t.problems.map((p) => p.range)]) {
          if (!r) continue;
          assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, JSON.stringify([text, r]));
        }
      }
    }
    tokenizeBondingOpts(value, 0);
  }
});
