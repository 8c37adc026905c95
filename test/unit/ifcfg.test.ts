import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type IfcfgAssignment,
  type IfcfgNode,
  bashApplies,
  lastAssignments,
  wickedReads,
  wickedValue,
  nodeAtOffset,
  parseIfcfg,
  valueRange,
} from '../../server/src/syntax/ifcfg';
import { ifcfgModel, ifcfgToConfig } from '../../server/src/model/ifcfgModel';

/** Range of the `nth` occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `${JSON.stringify(needle)} #${nth} not in ${JSON.stringify(text)}`);
  }
  return { start: i, end: i + needle.length };
}

function only(text: string): IfcfgAssignment {
  const file = parseIfcfg(text);
  assert.equal(file.assignments.length, 1, JSON.stringify(file.nodes));
  return file.assignments[0]!;
}

function codes(a: IfcfgAssignment): string[] {
  return a.problems.map((p) => `${p.code}:${p.nmEffect}`);
}

test('every line is a node with its range and kind', () => {
  const text = '# comment\n\n  \t\nDEVICE=bond0\nhello world\n';
  const file = parseIfcfg(text);
  assert.deepEqual(
    file.nodes.map((n) => [n.kind, n.line, n.range.start, n.range.end]),
    [
      ['comment', 0, 0, 9],
      ['blank', 1, 10, 10],
      ['blank', 2, 11, 14],
      ['assignment', 3, 15, 27],
      ['invalid', 4, 28, 39],
      ['blank', 5, 40, 40],
    ],
  );
  const comment = file.nodes[0]!;
  assert.equal(comment.kind === 'comment' && comment.text, ' comment');
  const invalid = file.nodes[4]!;
  assert.equal(invalid.kind === 'invalid' && invalid.reason, 'no-assignment');
});

test('assignment: key, raw value and unescaped value with ranges', () => {
  const text = 'DEVICE=bond0';
  const a = only(text);
  assert.equal(a.key, 'DEVICE');
  assert.deepEqual(a.keyRange, { start: 0, end: 6 });
  assert.equal(a.raw, 'bond0');
  assert.deepEqual(a.rawRange, { start: 7, end: 12 });
  assert.equal(a.value, 'bond0');
  assert.equal(a.nmValue, 'bond0');
  assert.equal(a.quoted, 'none');
  assert.equal(a.exported, false);
  assert.deepEqual(a.problems, []);
  assert.equal(a.comment, undefined);
});

test('leading blanks before the key are allowed', () => {
  const text = '   \tONBOOT=yes';
  const a = only(text);
  assert.deepEqual(a.keyRange, at(text, 'ONBOOT'));
  assert.equal(a.value, 'yes');
});

test('CRLF: the carriage return belongs to no node', () => {
  const text = 'A=1\r\nB="x y"\r\n\r\n# c\r\n';
  const file = parseIfcfg(text);
  assert.deepEqual(
    file.nodes.map((n) => [n.kind, n.range.start, n.range.end]),
    [
      ['assignment', 0, 3],
      ['assignment', 5, 12],
      ['blank', 14, 14],
      ['comment', 16, 19],
      ['blank', 21, 21],
    ],
  );
  const b = file.assignments[1]!;
  assert.equal(b.value, 'x y');
  assert.equal(b.raw, '"x y"');
  assert.deepEqual(b.rawRange, { start: 7, end: 12 });
  assert.deepEqual(b.problems, []);
});

test('a lone CR ends no line (NetworkManager splits at \\n only); nodeAtOffset finds the line of any offset', () => {
  const text = '# a\rb\nA=1\r\n\nB=2';
  const file = parseIfcfg(text);
  assert.deepEqual(file.nodes.map((n) => [n.kind, n.line, n.range.start, n.range.end]), [
    ['comment', 0, 0, 5],
    ['assignment', 1, 6, 9],
    ['blank', 2, 11, 11],
    ['assignment', 3, 12, 15],
  ]);
  const lineOf = (offset: number) => nodeAtOffset(file, offset)?.line;
  assert.deepEqual([0, 4, 5, 6, 9, 10, 11, 12, 15, 99].map(lineOf), [0, 0, 0, 1, 1, 1, 2, 3, 3, 3]);
  assert.equal(nodeAtOffset(file, -1), undefined);
  assert.equal(nodeAtOffset(parseIfcfg(''), 0)?.kind, 'blank');
});

test('an inline comment after tabs is not part of the value', () => {
  const text = 'MASTER=bond6\t\t#bond名';
  const a = only(text);
  assert.equal(a.value, 'bond6');
  assert.equal(a.raw, 'bond6');
  assert.deepEqual(a.rawRange, { start: 7, end: 12 });
  assert.deepEqual(a.comment, { start: 14, end: 20 });
  assert.deepEqual(a.problems, []);
});

test('a # inside a word is a character, not a comment', () => {
  assert.equal(only('A=a#b').value, 'a#b');
  assert.equal(only('A="x"#y').value, 'x#y');
  assert.equal(only('A=#x').value, '#x');
});

test('double quotes: \\\\ \\" \\$ \\` lose the backslash, others keep it', () => {
  const text = 'A="a\\"b\\\\c\\$d\\`e\\nf"';
  const a = only(text);
  assert.equal(a.value, 'a"b\\c$d`e\\nf');
  assert.equal(a.quoted, 'double');
  assert.deepEqual(a.problems, []);
  // the unescaped `"` comes from the two characters `\"`
  assert.deepEqual(valueRange(a.valueMap, 1, 2), at(text, '\\"'));
  assert.deepEqual(valueRange(a.valueMap, 0, a.value.length), { start: 3, end: text.length - 1 });
});

test('every unit of a value maps to its source: runs across quotes, escapes and bytes', () => {
  const text = `A=ab"c\\$d"'e'$'\\xc3\\xa9'\\ f`;
  const a = only(text);
  assert.equal(a.value, 'abc$deé f');
  const sources = [...a.value].map((_, i) => text.slice(valueRange(a.valueMap, i, i + 1).start, valueRange(a.valueMap, i, i + 1).end));
  assert.deepEqual(sources, ['a', 'b', 'c', '\\$', 'd', 'e', '\\xc3\\xa9', '\\ ', 'f']);
  assert.deepEqual(valueRange(a.valueMap, 1, 5), { start: 3, end: 9 });
  // past the end: an empty range after the last unit
  assert.deepEqual(valueRange(a.valueMap, 9, 12), { start: text.length, end: text.length });
  assert.deepEqual(valueRange(only('A=""').valueMap, 0, 1), { start: 2, end: 2 });
});

test("double quotes: \\' stays unless the whole value looks like old svEscape output", () => {
  assert.equal(only('A="a\\\'b"').value, "a'b");
  assert.equal(only('A="a\\\'b" # note').value, "a\\'b");
  assert.equal(only('A="x\\~"').value, 'x~');
});

test('single quotes are literal', () => {
  const a = only("A='a\\nb $x `y` \"z\"'");
  assert.equal(a.value, 'a\\nb $x `y` "z"');
  assert.equal(a.quoted, 'single');
  assert.deepEqual(a.problems, []);
});

test("$'…' decodes ANSI-C escapes", () => {
  const text = "A=$'\\x41\\t\\u00e9\\101\\e\\q'";
  const a = only(text);
  assert.equal(a.value, 'A\té' + 'A' + '\x1b' + '\\q');
  assert.equal(a.quoted, 'ansi');
  assert.deepEqual(a.problems, []);
  assert.deepEqual(valueRange(a.valueMap, 0, 1), at(text, '\\x41'));
  assert.deepEqual(valueRange(a.valueMap, 2, 3), at(text, '\\u00e9'));
});

test("$'…' bytes are decoded as UTF-8 together; invalid UTF-8 makes NetworkManager read \"\"", () => {
  const ok = only("A=$'\\xc3\\xa9'");
  assert.equal(ok.value, 'é');
  assert.equal(ok.nmValue, 'é');
  const bad = only("A=$'\\xff'");
  assert.equal(bad.nmValue, '');
  assert.deepEqual(codes(bad), ['invalid-utf8:value-empty']);
});

test("$'…' with more invalid bytes than a call takes arguments: one character per byte, no exception", () => {
  const a = only(`A=$'${'\\xff'.repeat(300_000)}'`);
  assert.equal(a.value, '\xff'.repeat(300_000));
  assert.equal(a.nmValue, '');
  assert.deepEqual(codes(a), ['invalid-utf8:value-empty']);
});

test('concatenated quoting styles are one word', () => {
  const a = only('A=a"b"\'c\'$\'d\'\\ e');
  assert.equal(a.value, 'abcd e');
  assert.equal(a.quoted, 'mixed');
  assert.deepEqual(a.problems, []);
});

test('empty values', () => {
  for (const text of ['A=', 'A=""', "A=''", 'A=   ', 'A= # c']) {
    const a = only(text);
    assert.equal(a.value, '', text);
    assert.equal(a.nmValue, '', text);
    assert.deepEqual(a.problems, [], text);
  }
  assert.equal(only('A=""').quoted, 'double');
  assert.deepEqual(only('A=   ').rawRange, { start: 2, end: 2 });
});

test('unquoted whitespace: NetworkManager reads "", bash keeps the first word', () => {
  const text = 'BONDING_OPTS=mode=4 miimon=100';
  const a = only(text);
  assert.equal(a.value, 'mode=4');
  assert.equal(a.nmValue, '');
  assert.equal(a.raw, 'mode=4 miimon=100');
  assert.deepEqual(codes(a), ['unquoted-whitespace:value-empty']);
  assert.deepEqual(a.problems[0]!.range, at(text, 'miimon=100'));
});

test('unquoted whitespace followed by a comment keeps the comment apart', () => {
  const text = 'A=x y # z';
  const a = only(text);
  assert.equal(a.raw, 'x y');
  assert.deepEqual(a.comment, at(text, '# z'));
  assert.deepEqual(a.problems[0]!.range, at(text, 'y'));
});

test('a leading blank in the value is refused', () => {
  const a = only('A= b');
  assert.equal(a.value, '');
  assert.equal(a.nmValue, '');
  assert.deepEqual(codes(a), ['unquoted-whitespace:value-empty']);
});

test('one trailing semicolon is allowed, more text after it is not', () => {
  assert.equal(only('A=a;').nmValue, 'a');
  assert.equal(only('A=a ; # c').nmValue, 'a');
  const text = 'A=a;b';
  const bad = only(text);
  assert.equal(bad.nmValue, '');
  assert.deepEqual(codes(bad), ['unquoted-metachar:value-empty']);
  assert.deepEqual(bad.problems[0]!.range, at(text, ';'));
});

test('unquoted shell metacharacters are refused', () => {
  const text = 'A=a|b';
  const a = only(text);
  assert.equal(a.nmValue, '');
  assert.deepEqual(codes(a), ['unquoted-metachar:value-empty']);
  assert.deepEqual(a.problems[0]!.range, at(text, '|'));
});

test('unterminated quotes', () => {
  const dq = 'NAME="unterminated';
  const a = only(dq);
  assert.equal(a.nmValue, '');
  assert.equal(a.value, 'unterminated');
  assert.deepEqual(codes(a), ['unterminated-quote:value-empty']);
  assert.deepEqual(a.problems[0]!.range, { start: 5, end: dq.length });
  assert.deepEqual(codes(only("A='x")), ['unterminated-quote:value-empty']);
  assert.deepEqual(codes(only("A=$'x")), ['unterminated-quote:value-empty']);
});

test('a trailing backslash is no line continuation', () => {
  const text = 'MASTER=bond9\\';
  const a = only(text);
  assert.equal(a.value, 'bond9');
  assert.equal(a.nmValue, '');
  assert.deepEqual(codes(a), ['line-continuation:value-empty']);
  assert.deepEqual(a.problems[0]!.range, { start: text.length - 1, end: text.length });
  assert.deepEqual(codes(only('A="x\\')), ['line-continuation:value-empty']);
  // the next line is a line of its own
  assert.equal(parseIfcfg('A=x\\\nB=y').assignments[1]!.key, 'B');
});

test('unquoted escapes drop the backslash', () => {
  const a = only('A=a\\ b\\#c');
  assert.equal(a.value, 'a b#c');
  assert.deepEqual(a.problems, []);
});

test('expansions: refused in double quotes, literal when unquoted', () => {
  const dq = 'OVS_EXTRA="set mtu_request=$MTU -- x"';
  const a = only(dq);
  assert.equal(a.nmValue, '');
  assert.equal(a.value, 'set mtu_request=$MTU -- x');
  assert.deepEqual(codes(a), ['unsupported-expansion:value-empty']);
  assert.deepEqual(a.problems[0]!.range, at(dq, '$MTU'));

  const un = 'UUID=${UUID}';
  const b = only(un);
  assert.equal(b.nmValue, '${UUID}');
  assert.deepEqual(codes(b), ['unsupported-expansion:literal']);
  assert.deepEqual(b.problems[0]!.range, at(un, '${UUID}'));

  const bt = 'A=`hostname`';
  assert.deepEqual(codes(only(bt)), ['unsupported-expansion:literal']);
  assert.equal(only(bt).nmValue, '`hostname`');
  assert.deepEqual(codes(only('A="`hostname`"')), ['unsupported-expansion:value-empty']);

  const cmd = only('A=$(date)');
  assert.equal(cmd.nmValue, '');
  assert.deepEqual(codes(cmd), ['unsupported-expansion:value-empty']);

  // a `$` that bash leaves alone is no expansion unquoted; in double quotes shvar refuses any `$`
  assert.deepEqual(only('A=cost$').problems, []);
  assert.deepEqual(codes(only('A="cost$"')), ['unsupported-expansion:value-empty']);
});

test('export KEY=value is parsed but NetworkManager ignores the line', () => {
  const text = 'export ONBOOT=yes';
  const a = only(text);
  assert.equal(a.key, 'ONBOOT');
  assert.deepEqual(a.keyRange, at(text, 'ONBOOT'));
  assert.equal(a.exported, true);
  assert.equal(a.value, 'yes');
  assert.equal(a.nmValue, undefined);
  assert.deepEqual(codes(a), ['export-prefix:line-ignored']);
  assert.deepEqual(a.problems[0]!.range, { start: 0, end: 6 });
  // `export=1` is an ordinary key
  assert.equal(only('export=1').key, 'export');
});

test('lastAssignments: an export line does not shadow a plain one for NetworkManager, only when there is none', () => {
  const { byKey, duplicates } = lastAssignments(parseIfcfg('A=1\nexport A=2\nexport B=3\nexport B=4\n'));
  assert.equal(byKey.get('A')!.value, '1');
  assert.equal(byKey.get('B')!.value, '4');
  assert.deepEqual(
    duplicates.map((d) => [d.key, d.winner.line, d.shadowed.map((a) => a.line), d.all.map((a) => a.line)]),
    [
      ['A', 0, [], [0, 1]],
      ['B', 3, [], [2, 3]],
    ],
  );
});

test('bashApplies: KEY=a b runs a command, KEY=a OTHER=b assigns both', () => {
  const applies = (text: string) => bashApplies(parseIfcfg(text).assignments[0]!);
  assert.equal(applies('NAME=my bond'), false);
  assert.equal(applies('NAME=my ZONE=x # c'), true);
  assert.equal(applies('NAME=my ZONE="a b" MTU=1'), true);
  assert.equal(applies('NAME=my ZONE=x ls'), false);
  assert.equal(applies('export NAME=my'), true);
});

test('wickedValue: quoted without escapes, unquoted up to the first blank, dropped when the quote does not close', () => {
  const first = (text: string) => parseIfcfg(text).assignments[0]!;
  assert.equal(wickedValue(first('BONDING_MODULE_OPTS=mode=1 miimon=100')), 'mode=1');
  assert.equal(wickedValue(first("NAME='uplink \\'")), 'uplink \\');
  assert.equal(wickedValue(first('NAME="a b" # c')), 'a b');
  assert.equal(wickedValue(first('NAME=x"y')), 'x"y');
  assert.equal(wickedValue(first('NAME="eth1')), undefined);
  assert.equal(wickedValue(first('export NAME=eth1')), undefined);
  const { byKey } = lastAssignments(parseIfcfg('NAME=bond0\nNAME="uplink\n'), wickedReads);
  assert.equal(byKey.get('NAME')!.value, 'bond0');
});

test('lines that are not assignments', () => {
  const cases: [string, string, { start: number; end: number } | undefined][] = [
    ['MTU =9000', 'space-before-equals', { start: 0, end: 3 }],
    ['FOO-BAR=1', 'bad-key', { start: 0, end: 7 }],
    ['1FOO=2', 'bad-key', { start: 0, end: 4 }],
    ['export FOO', 'no-assignment', undefined],
    ['2001:67c::/32 via 2001:67c:1562::1  dev bond0', 'no-assignment', undefined],
  ];
  for (const [text, reason, keyRange] of cases) {
    const node = parseIfcfg(text).nodes[0]!;
    assert.equal(node.kind, 'invalid', text);
    if (node.kind !== 'invalid') continue;
    assert.equal(node.reason, reason, text);
    assert.deepEqual(node.keyRange, keyRange, text);
    assert.equal(node.text, text);
  }
});

test('lastAssignments: the last one wins and duplicates are listed', () => {
  const file = parseIfcfg('A=1\nB=2\nA=3\nA=4\n');
  const { byKey, duplicates } = lastAssignments(file);
  assert.equal(byKey.get('A')!.value, '4');
  assert.equal(byKey.get('B')!.value, '2');
  assert.equal(duplicates.length, 1);
  assert.equal(duplicates[0]!.key, 'A');
  assert.equal(duplicates[0]!.winner.line, 3);
  assert.deepEqual(
    duplicates[0]!.shadowed.map((a) => a.line),
    [0, 2],
  );
});

test('binary junk never throws and every line becomes a node', () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = 'AB_=\'"$`\\#;|&()<> \t\r\n{}x0\u0000\uFFFD名\uD800';
  for (let round = 0; round < 300; round++) {
    let text = '';
    const len = Math.floor(rnd() * 80);
    for (let i = 0; i < len; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
    const file = parseIfcfg(text);
    assert.equal(file.nodes.length, text.split('\n').length);
    file.nodes.forEach((n: IfcfgNode, i) => {
      assert.equal(n.line, i);
      assert.ok(n.range.start <= n.range.end && n.range.end <= text.length);
    });
    for (const a of file.assignments) {
      assert.equal(a.valueMap.length, a.value.length);
      for (const p of a.problems) assert.ok(p.range.start >= a.range.start && p.range.end <= a.range.end, JSON.stringify([text, p]));
    }
  }
});

test('fixture: a RHEL bond file', () => {
  const text = readFileSync(join(process.cwd(), 'fixtures/ifcfg/ifcfg-bond0'), 'utf8');
  const file = parseIfcfg(text);
  const { byKey, duplicates } = lastAssignments(file);
  assert.deepEqual(duplicates, []);
  assert.equal(byKey.get('NAME')!.value, 'bond0 storage');
  assert.equal(byKey.get('BONDING_OPTS')!.value, 'mode=802.3ad miimon=100 lacp_rate=fast xmit_hash_policy=layer3+4');
  const gw = byKey.get('GATEWAY')!;
  assert.equal(gw.value, '192.0.2.1');
  assert.equal(text.slice(gw.comment!.start, gw.comment!.end), '# lab gateway');
  assert.ok(file.assignments.every((a) => a.problems.length === 0));
});

test('fixture: CRLF file', () => {
  const text = readFileSync(join(process.cwd(), 'fixtures/ifcfg/ifcfg-bond1-crlf'), 'utf8');
  assert.ok(text.includes('\r\n'), 'fixture must keep its CRLF line ends');
  const file = parseIfcfg(text);
  const opts = lastAssignments(file).byKey.get('BONDING_OPTS')!;
  assert.equal(opts.quoted, 'single');
  assert.equal(opts.value, 'mode=active-backup primary=eth2 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2');
  assert.equal(text[opts.range.end], '\r');
  assert.equal(text.slice(opts.rawRange.end - 1, opts.rawRange.end), "'");
});

test('fixture: a file that trips every reader', () => {
  const text = readFileSync(join(process.cwd(), 'fixtures/ifcfg/ifcfg-bond2-broken'), 'utf8');
  const file = parseIfcfg(text);
  const byLine = (n: number) => file.nodes[n]!;
  const problemsOf = (n: number) => {
    const node = byLine(n);
    return node.kind === 'assignment' ? node.problems.map((p) => p.code) : node.kind;
  };
  assert.deepEqual(problemsOf(2), ['unquoted-whitespace']);
  assert.deepEqual(problemsOf(3), []);
  assert.deepEqual(problemsOf(4), ['export-prefix']);
  assert.equal(problemsOf(5), 'invalid');
  assert.deepEqual(problemsOf(6), ['unterminated-quote']);
  assert.deepEqual(problemsOf(7), ['line-continuation']);
  assert.deepEqual(problemsOf(8), ['unsupported-expansion']);
  const { byKey, duplicates } = lastAssignments(file);
  assert.equal(byKey.get('BONDING_OPTS')!.line, 8);
  assert.equal(byKey.get('BONDING_OPTS')!.nmValue, '');
  assert.deepEqual(
    duplicates.map((d) => [d.key, d.shadowed.length]),
    [['BONDING_OPTS', 2]],
  );
});

test('model: an option keeps the value as written and the value its reader applies', () => {
  const text = 'STARTMODE=auto\nBONDING_MASTER=yes\nBONDING_MODULE_OPTS="mode=Active-Backup miimon=100 lacp_rate=FAST use_carrier=ON"\n';
  const suse = ifcfgModel(text, 'file:///etc/sysconfig/network/ifcfg-bond0');
  assert.equal(suse.dialect, 'suse');
  assert.equal(suse.option('mode')!.token.value, 'Active-Backup');
  assert.equal(suse.option('mode')!.applied, 'active-backup');
  assert.equal(suse.mode?.mode.name, 'active-backup');
  assert.equal(suse.option('lacp_rate')!.applied, 'fast');
  assert.equal(suse.option('miimon')!.applied, '100');
  // wicked reads use_carrier as an integer, not through a name table
  assert.equal(suse.option('use_carrier')!.applied, 'ON');
  const config = ifcfgToConfig(suse, 'file:///etc/sysconfig/network/ifcfg-bond0', (start, end) => ({ uri: '', line: 0, start, end }));
  assert.equal(config.mode?.value, 1);
  assert.equal(config.options.get('lacp_rate')?.value, 'fast');

  // initscripts and NetworkManager hand the text to the kernel, which compares names case-sensitively
  const rhel = ifcfgModel('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=Active-Backup lacp_rate=FAST"\n', 'file:///etc/sysconfig/network-scripts/ifcfg-bond0');
  assert.equal(rhel.dialect, 'redhat');
  assert.equal(rhel.option('mode')!.applied, 'Active-Backup');
  assert.equal(rhel.mode, undefined);
  assert.equal(ifcfgToConfig(rhel, '', (start, end) => ({ uri: '', line: 0, start, end })).options.get('lacp_rate')?.value, 'FAST');
});
