import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { PROC_DOCUMENT_RULES, PROC_RULES } from '../../server/src/service/diagnostics/rules';
import { codes, doc, fixture, fixtureAsOpened, hoverAt, hoverText, messages, service, span, withCursor } from './helpers';
import { JSON_EVENT_WRITTEN_OUT } from '../writtenOut';

const SEED = fixture('proc/seed-802.3ad.txt');
const ALL = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/**
 * `shown` holds the dump of `alone` read in place, its line `n` on line `n + first`, its column `c` at `column(n, c)`:
 * it gets the same findings and the same hovers there.
 */
function readInPlace(shown: TextDocument, alone: TextDocument, first: number, column: (line: number, character: number) => number): void {
  const s = service();
  const at = (line: number, character: number) => `${line + first}:${column(line, character)}`;
  assert.deepEqual(
    s.doValidation(shown).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
    s.doValidation(alone).map((d) => `${d.code} ${at(d.range.start.line, d.range.start.character)}-${at(d.range.end.line, d.range.end.character)}`),
  );
  alone
    .getText()
    .split('\n')
    .forEach((text, line) => {
      const character = text.search(/[^\s]/);
      if (character < 0) return;
      assert.equal(hoverText(s, shown, { line: line + first, character: column(line, character) }), hoverText(s, alone, { line, character }), `line ${line + 1}`);
    });
}

describe('inlay hints', () => {
  it('after every port state and actor key: the set bits, or duplex, speed and user key, in the user\'s language', () => {
    const hints = (lang: string) => service({}, lang).getInlayHints(SEED, ALL).map((h) => `${h.position.line + 1}:${h.position.character} ${h.label}`);
    assert.deepEqual(hints('en'), [
      '20:14 full duplex, 100 Gbps, user key 0',
      '39:16 full duplex, 100 Gbps, user key 0',
      '42:18 ACT AGG SYNC COL DIST',
      '49:18 ACT AGG SYNC COL DIST',
      '66:15 no speed',
      '69:18 ACT AGG DEF',
      '76:17 ACT (default record)',
    ]);
    assert.deepEqual(hints('zh-cn'), [
      '20:14 全双工，100 Gbps，用户 key 0',
      '39:16 全双工，100 Gbps，用户 key 0',
      '42:18 ACT AGG SYNC COL DIST',
      '49:18 ACT AGG SYNC COL DIST',
      '66:15 无速率',
      '69:18 ACT AGG DEF',
      '76:17 ACT（默认记录）',
    ]);
  });

  it('only within the requested range, and none for partner keys (the switch\'s own numbers)', () => {
    const hints = service().getInlayHints(SEED, { start: { line: 40, character: 0 }, end: { line: 48, character: 0 } });
    assert.deepEqual(
      hints.map((h) => h.position.line + 1),
      [42, 49],
    );
    assert.ok(service().getInlayHints(SEED, ALL).every((h) => h.position.line + 1 !== 46), 'oper key has no hint');
  });
});

describe('document symbols and folding', () => {
  const outline = (symbols: DocumentSymbol[]): string[] =>
    symbols.flatMap((s) => [`${s.name} [${s.detail}] ${span(s.range)} sel ${span(s.selectionRange)}`, ...outline(s.children ?? []).map((c) => `  ${c}`)]);

  it('bond → ports → actor and partner details, with their ranges', () => {
    assert.deepEqual(outline(service().getDocumentSymbols(SEED)), [
      'bond [802.3ad] 1:0-76:17 sel 1:33-52',
      '  p0 [MII up] 24:0-49:18 sel 24:17-19',
      '    actor [port state 61] 36:0-42:18 sel 36:0-23',
      '    partner [port state 61] 43:0-49:18 sel 43:0-25',
      '  p1 [MII down] 51:0-76:17 sel 51:17-19',
      '    actor [port state 69] 63:0-69:18 sel 63:0-23',
      '    partner [port state 1] 70:0-76:17 sel 70:0-25',
    ]);
  });

  it('several bonds, named by their `==> file <==` headers', () => {
    assert.deepEqual(
      outline(service().getDocumentSymbols(fixture('proc/multi-bond-head.txt'))).filter((s) => !s.startsWith('    ')),
      [
        'bond0 [active-backup] 1:0-27:17 sel 1:22-27',
        '  eth0 [MII up] 13:0-19:17 sel 13:17-21',
        '  eth1 [MII up] 21:0-27:17 sel 21:17-21',
        'bond1 [802.3ad] 29:0-106:17 sel 29:22-27',
        '  ens2f0 [MII up] 54:0-79:18 sel 54:17-23',
        '  ens2f1 [MII up] 81:0-106:17 sel 81:17-23',
      ],
    );
  });

  it('folding per bond, per 802.3ad and aggregator block, per port and per details block', () => {
    const folds = (d = SEED) => service().getFoldingRanges(d).map((f) => `${f.startLine + 1}-${f.endLine + 1}`);
    assert.deepEqual(folds(), ['1-76', '11-22', '17-22', '24-49', '36-42', '43-49', '51-76', '63-69', '70-76']);
    assert.deepEqual(folds(fixture('proc/mode4-no-active-aggregator.txt')), ['1-36', '11-18', '20-27', '29-36']);
  });
});

describe('dumps inside other documents', () => {
  it('Markdown ticket: symbols, folds, findings and hovers only inside the two dumps', () => {
    const ticket = fixtureAsOpened('proc/ticket-embedded.md');
    const s = service();
    assert.deepEqual(
      s.getDocumentSymbols(ticket).map((b) => span(b.range)),
      ['10:0-86:18', '92:0-168:18'],
    );
    const inside = (line: number) => (line >= 10 && line <= 86) || (line >= 92 && line <= 168);
    for (const d of s.doValidation(ticket)) assert.ok(inside(d.range.start.line + 1), `finding on line ${d.range.start.line + 1}`);
    for (const f of s.getFoldingRanges(ticket)) assert.ok(inside(f.startLine + 1) && inside(f.endLine + 1));
    const lines = ticket.getText().split('\n');
    lines.forEach((text, i) => {
      const has = hoverText(s, ticket, { line: i, character: Math.max(0, text.search(/\S/)) }) !== undefined;
      if (!inside(i + 1) || text.trim() === '') assert.equal(has, false, `no hover on line ${i + 1}: ${text}`);
    });
    assert.match(hoverAt(s, ticket, 12, 'Bonding Mode')!, /^\*\*Bonding Mode\*\*/);
  });

  it('log: the log lines before and after the dump get nothing', () => {
    const log = fixtureAsOpened('proc/ticket-log.log');
    const s = service();
    assert.ok(s.doValidation(log).every((d) => d.range.start.line + 1 >= 8 && d.range.start.line + 1 <= 84));
    for (const line of [1, 3, 7, 85, 88]) assert.equal(hoverText(s, log, { line: line - 1, character: 0 }), undefined, `line ${line}`);
    assert.equal(s.getDocumentSymbols(log)[0]!.name, 'bond0', 'named by the logged command');
  });

  it('grep and cat -n output (a file name, a line number or both before each line): the same findings and hovers as the dump, after them', () => {
    const s = service();
    const plain = SEED.getText().split('\n');
    const prefixes: [string, (n: number) => string, string | undefined][] = [
      ['grep -H', () => '/proc/net/bonding/bond0:', 'bond0'],
      ['grep -n', (n) => `${n}:`, undefined],
      ['grep -Hn', (n) => `/proc/net/bonding/bond0:${n}:`, 'bond0'],
      ['cat -n', (n) => `${String(n).padStart(6)}\t`, undefined],
    ];
    for (const [how, prefix, name] of prefixes) {
      const numbered = doc(plain.map((l, i) => `${prefix(i + 1)}${l}`).join('\n'));
      const at = (line: number, character: number) => `${line}:${character + prefix(line + 1).length}`;
      const shifted = s.doValidation(SEED).map((d) => `${d.code} ${at(d.range.start.line, d.range.start.character)}-${at(d.range.end.line, d.range.end.character)}`);
      assert.ok(shifted.length > 3);
      assert.deepEqual(
        s.doValidation(numbered).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`),
        shifted,
        how,
      );
      plain.forEach((text, line) => {
        const character = text.search(/\S/);
        if (character < 0) return;
        assert.equal(hoverText(s, numbered, { line, character: character + prefix(line + 1).length }), hoverText(s, SEED, { line, character }), `${how}, line ${line + 1}`);
      });
      assert.equal(s.getDocumentSymbols(numbered)[0]!.name, name ?? 'bond', how);
    }
  });

  it('a list of quoted lines (Ansible stdout_lines): the findings and hovers of the dump, between the quotes', () => {
    const plain = SEED.getText().split('\n');
    const listed = fixture('proc/ansible-stdout-lines.txt', 'plaintext');
    // A line's text starts after `        "`, and its TAB is written `\t`.
    readInPlace(listed, SEED, 10, (line, character) => 9 + (plain[line]!.startsWith('\t') && character > 0 ? character + 1 : character));
    // Ansible's own lines around the list are no part of the dump.
    for (const line of [8, 9, 86, 87]) assert.equal(hoverText(service(), listed, { line, character: 4 }), undefined, `line ${line + 1}`);
  });

  it("a YAML list (Ansible's YAML output of stdout_lines): the findings and hovers of the dump, after each dash, between the quotes", () => {
    const plain = SEED.getText().split('\n');
    const listed = fixture('proc/ansible-yaml-stdout-lines.txt', 'plaintext');
    // `  - '` before a line, `  - "` and `\t` before a sub-line of the aggregator, `  - ` before `802.3ad info`.
    readInPlace(listed, SEED, 3, (line, character) => (plain[line]!.startsWith('\t') && character > 0 ? character + 6 : plain[line] === '802.3ad info' ? character + 4 : character + 5));
    for (const line of [0, 1, 2, 80, 81]) assert.equal(hoverText(service(), listed, { line, character: 4 }), undefined, `line ${line + 1}`);
  });

  it('a dump written as comments in a script: the findings and hovers of the dump, after its `# `', () => {
    const s = service();
    const script = fixture('proc/commented-in-script.sh', 'plaintext');
    readInPlace(script, SEED, 5, (_, character) => character + 2);
    // The script's own comment above the dump and its code below are no part of it.
    for (const line of [1, 3, 82, 84]) assert.equal(hoverText(s, script, { line, character: 4 }), undefined, `line ${line + 1}`);
  });

  it('pdsh output of two hosts: each host\'s dump gets the findings and hovers it gets alone, after `host: `', () => {
    const hosts = fixture('proc/pdsh-two-hosts.txt', 'plaintext');
    readInPlace(hosts, fixture('proc/mode4-aggregator-mismatch.txt'), 27, (_, character) => character + 6);
    assert.deepEqual(
      service().getDocumentSymbols(hosts).map((b) => b.name),
      ['bond0', 'bond0'],
    );
  });

  it('a registered result shown whole (Ansible debug var): its stdout string is not reported, its stdout_lines are read', () => {
    const s = service();
    const dump = fixture('proc/mode1-active-down.txt').getText().trimEnd();
    const result = { changed: true, cmd: 'cat /proc/net/bonding/bond0', rc: 0, stderr: '', stdout: dump, stdout_lines: dump.split('\n') };
    const shown = doc(`ok: [db01] => {\n    "result": ${JSON.stringify(result, null, 4).replaceAll('\n', '\n    ')}\n}\n`, 'plaintext');
    // The string is on line 7, the list's items from line 9 on: a dump that starts within three lines of the string.
    assert.match(shown.getText().split('\n')[6]!, /^ {8}"stdout": "Ethernet/);
    const plain = codes(s, fixture('proc/mode1-active-down.txt'));
    assert.deepEqual(codes(s, shown), plain.map((c) => c.replace(/^\d+/, (n) => String(Number(n) + 8))));
  });

  it('filtered grep output: what grep left out is neither missing nor out of order', () => {
    const s = service();
    const wanted = /Mode|Interface|MII Status|Aggregator ID|Churn|port state/;
    const grep = (path: string) =>
      readFileSync(`fixtures/${path}`, 'utf8')
        .split('\n')
        .filter((l) => wanted.test(l))
        .map((l) => `/proc/net/bonding/bond0:${l}`)
        .join('\n');
    assert.deepEqual(codes(s, doc(grep('proc/mode4-unprivileged.txt'))).filter((c) => /unrecognised|unprivileged/.test(c)), []);
    assert.deepEqual(codes(s, doc(grep('proc/seed-802.3ad.txt'))).filter((c) => /unrecognised|unprivileged/.test(c)), []);
    assert.deepEqual(messages(s, doc('/proc/net/bonding/bond9:Bonding Mode: load balancing (round-robin)\n/proc/net/bonding/bond9:MII Status: down\n')), [
      '1:proc.switch-config Mode balance-rr needs the switch ports grouped statically (EtherChannel / static trunk, no LACP).',
      '2:proc.bond-down bond9 is down (MII Status: down): it has no ports, or their lines were left out (no Slave Interface block), so it passes no traffic.',
    ]);
    // `grep -A3 'Slave Interface'` of one file: no file names, `--` between the groups.
    const context = readFileSync('fixtures/proc/mode1-active-backup.txt', 'utf8').split('\n');
    const groups = context.flatMap((l, i) => (l.startsWith('Slave Interface') ? ['--', ...context.slice(i, i + 4)] : [])).slice(1);
    assert.ok(groups.length > 6);
    assert.deepEqual(codes(s, doc(groups.join('\n'))).filter((c) => /unrecognised/.test(c)), []);
    // The same lines as printed, blank lines included: grep printed every line, so a removed one is still pointed at.
    const edited = SEED.getText().replace(/\nMII Polling Interval \(ms\): \d+/, '').split('\n').map((l) => `/proc/net/bonding/bond0:${l}`);
    assert.ok(codes(s, doc(edited.join('\n'))).some((c) => c.endsWith(':proc.unrecognised-line')));
  });

  it('a dump cut by hand (`[...]`, `<snip>`): what was left out is neither missing nor out of order', () => {
    const s = service();
    const seed = SEED.getText().split('\n');
    // The bond lines, `[...]`, then the last port from its third line: without the `[...]` its lines would stand where
    // no kernel prints them.
    const head = seed.slice(0, seed.indexOf('802.3ad info'));
    const last = seed.slice(seed.map((l) => l.startsWith('Slave Interface')).lastIndexOf(true) + 2);
    const judged = (lines: string[]) => codes(s, doc(lines.join('\n'))).filter((c) => /unrecognised|unprivileged/.test(c));
    assert.deepEqual(judged([...head, '[...]', ...last]), []);
    assert.notDeepEqual(judged([...head, ...last]), []);
    // Hovering the cut says so; a blank line, or `--` after a whole dump (a signature), says nothing.
    const cut = doc([...head, '  [...]', ...last].join('\n'));
    assert.equal(
      hoverText(s, cut, { line: head.length, character: 3 }),
      'Lines were left out here (grep prints `--` between the groups of lines it shows; `[...]` marks a cut made by hand): no finding on this dump rests on a line being absent or out of order.',
    );
    assert.equal(hoverText(s, cut, { line: head.length, character: 0 }), undefined);
    assert.equal(hoverText(s, cut, { line: head.length - 1, character: 0 }), undefined);
    const signed = doc(`${SEED.getText()}\n-- \nAnn\n`);
    assert.equal(signed.getText().split('\n')[SEED.lineCount], '-- ');
    assert.equal(hoverText(s, signed, { line: SEED.lineCount, character: 1 }), undefined);
    // The ports cut after the bond lines.
    assert.deepEqual(messages(s, doc(`${head.join('\n').replace('MII Status: up', 'MII Status: down')}\n<snip>\n`)).filter((m) => m.includes('bond-down')), [
      '5:proc.bond-down The bond is down (MII Status: down): it has no ports, or their lines were left out (no Slave Interface block), so it passes no traffic.',
    ]);
  });

  it('a dump kept in a string (JSON, Ansible, Python) or whose line breaks were lost: one finding, whose fix writes the dump out, where it is read', () => {
    const s = service();
    const fixOf = (d: TextDocument, title = 'Write the dump out below') => {
      const found = s.doValidation(d).filter((x) => x.code === 'proc.dump-in-one-line');
      assert.equal(found.length, 1);
      const { fixes } = found[0]!.data as { fixes: { title: string; edits: TextEdit[] }[] };
      assert.deepEqual(fixes.map((f) => f.title), [title]);
      return { finding: found[0]!, fixed: doc(TextDocument.applyEdits(d, fixes[0]!.edits), 'plaintext') };
    };
    // An event stored in Elasticsearch: two bonds in one `content` string.
    const event = fixture('proc/json-event.txt', 'plaintext');
    const { finding, fixed } = fixOf(event);
    const line = event.getText().split('\n')[11]!;
    assert.equal(span(finding.range), `12:${line.indexOf('"/proc') + 1}-${line.lastIndexOf('"')}`);
    assert.equal(finding.message, 'This string holds a dump, its line breaks written as \\n: nothing in it is read or checked. The quick fix writes it out below.');
    assert.equal(s.doValidation(doc(event.getText(), 'plaintext')).length, 1);
    assert.deepEqual(
      s.getDocumentSymbols(fixed).map((b) => b.name),
      ['bond0', 'bond4'],
    );
    // What the event was about: eth1's link came back and LACP has not put it back to work.
    assert.deepEqual(codes(s, fixed), JSON_EVENT_WRITTEN_OUT);
    assert.equal(fixed.getText().split('\n')[12], '/proc/net/bonding/bond0');
    assert.equal(fixed.getText().split('\n')[39], '\tAggregator ID: 1');
    // Ansible's result with -v: `stdout` holds the dump; `stdout_lines`, on the same line, is left alone.
    const ansible = fixOf(fixture('proc/ansible-result.txt', 'plaintext'));
    assert.equal(span(ansible.finding.range).split(':')[0], '6');
    assert.deepEqual(codes(s, ansible.fixed), ['27:proc.slave-down', '30:proc.link-failures']);
    // A Python string, in single quotes, and the document's CRLF line breaks.
    const literal = "'\\nEthernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\\n\\nBonding Mode: fault-tolerance (active-backup)\\nPrimary Slave: None\\nCurrently Active Slave: eth0\\nMII Status: up\\nMII Polling Interval (ms): 100\\nUp Delay (ms): 0\\nDown Delay (ms): 0\\n\\nSlave Interface: eth0\\nMII Status: up\\nSpeed: 1000 Mbps\\nDuplex: full\\nLink Failure Count: 0\\nPermanent HW addr: 02:00:00:52:00:01\\nSlave queue ID: 0\\n'";
    const python = fixOf(doc(`INFO = (${literal})\r\nprint(INFO)\r\n`, 'plaintext'));
    assert.equal(span(python.finding.range), `1:9-${8 + literal.length - 1}`);
    assert.deepEqual(python.fixed.getText().split('\r\n').slice(0, 5), [`INFO = (${literal})`, 'Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)', '', 'Bonding Mode: fault-tolerance (active-backup)', 'Primary Slave: None']);
    assert.deepEqual(codes(s, python.fixed), []);
    // An apostrophe in a double-quoted string opens no string of its own.
    const note = '{"host": "db01", "msg": "Don\'t reboot yet:\\n' + literal.slice(3, -1) + '"}';
    const quoted = fixOf(doc(`${note}\n`, 'plaintext'));
    assert.equal(span(quoted.finding.range), `1:${note.indexOf('Don')}-${note.length - 2}`);
    assert.deepEqual(quoted.fixed.getText().split('\n').slice(1, 3), ["Don't reboot yet:", 'Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)']);
    // A JSON log line kept in an event's message: its line breaks escaped twice (`\\n`), read twice by the fix.
    const logged = JSON.stringify({ message: JSON.stringify({ output: fixture('proc/mode1-active-down.txt').getText() }) });
    const twice = fixOf(doc(`${logged}\n`, 'plaintext'));
    assert.equal(span(twice.finding.range), `1:12-${logged.length - 2}`);
    assert.deepEqual(twice.fixed.getText().split('\n').slice(1, 4), ['{"output":"Ethernet Channel Bonding Driver: v6.8.0-54-generic', '', 'Bonding Mode: fault-tolerance (active-backup)']);
    assert.deepEqual(codes(s, twice.fixed), ['6:proc.active-slave-down', '14:proc.slave-down', '17:proc.link-failures', '22:proc.slave-down', '25:proc.link-failures']);
    // A comment silences it, as any finding.
    const silenced = doc(`# bondlint disable=proc.dump-in-one-line\n${ansible.fixed.getText().split('\n')[5]}\n`, 'plaintext');
    assert.deepEqual(codes(s, silenced), []);
    // `echo $(cat /proc/net/bonding/bond0)`: the line is broken before each label, in its place.
    const echoed = fixture('proc/flattened.txt', 'plaintext');
    assert.deepEqual(codes(s, echoed), ['4:proc.dump-in-one-line']);
    assert.deepEqual(s.getDocumentSymbols(echoed), []);
    const flat = fixOf(echoed, 'Break the line before each label');
    assert.equal(span(flat.finding.range), `4:0-${echoed.getText().split('\n')[3]!.length}`);
    assert.equal(flat.finding.message, 'This line holds a dump whose line breaks were lost: its fields are not read or checked. The quick fix breaks the line before each label.');
    assert.deepEqual(flat.fixed.getText().split('\n').slice(3, 6), ['Ethernet Channel Bonding Driver: v6.8.0-54-generic', 'Bonding Mode: fault-tolerance (active-backup)', 'Primary Slave: None']);
    assert.deepEqual(codes(s, flat.fixed), ['21:proc.slave-down', '24:proc.link-failures']);
    // The command before it names the bond (not `bond0)`).
    assert.deepEqual(s.getDocumentSymbols(flat.fixed).map((b) => b.name), ['bond0']);
    // Text taken from a web page: the prompt before the dump names the bond once the line is broken.
    const page = fixOf(doc(`#cat /proc/net/bonding/bond0 ${flat.fixed.getText().split('\n').slice(3).join(' ').trim()}\n`, 'plaintext'), 'Break the line before each label');
    assert.deepEqual(s.getDocumentSymbols(page.fixed).map((b) => b.name), ['bond0']);
    assert.deepEqual(codes(s, page.fixed), ['19:proc.slave-down', '22:proc.link-failures']);
    // Its "Disable" comment silences it, though the text holds no dump that is read (after a `$` prompt: a line that
    // starts with `#` is a comment, which such a comment passes over).
    const prompt = doc(`$ cat /proc/net/bonding/bond0 ${flat.fixed.getText().split('\n').slice(3).join(' ').trim()}\n`, 'plaintext');
    assert.deepEqual(codes(s, prompt), ['1:proc.dump-in-one-line']);
    assert.deepEqual(codes(s, doc(`# bondlint disable=proc.dump-in-one-line\n${prompt.getText()}`, 'plaintext')), []);
    // After a `#` prompt the line is a comment, which no comment silences: no Disable is offered there.
    const rooted = doc(`#${prompt.getText().slice(1)}`, 'plaintext');
    const [held] = s.doValidation(rooted);
    assert.deepEqual(s.getCodeActions(rooted, held!.range, { diagnostics: [held!] }).map((a) => a.title), ['Break the line before each label']);
    // A format string is no dump, nor is one line that names two labels.
    assert.deepEqual(codes(s, doc('printf("\\nBonding Mode: %s\\n", name);\n', 'markdown')), []);
    assert.deepEqual(codes(s, doc('Check "Bonding Mode: " and "MII Status: " first.\n', 'markdown')), []);
  });

  it('prose that merely looks like dump lines is left alone', () => {
    const prose = doc('# Notes\n\nSpeed: the customer says it is slow.\nDuplex: unclear.\nMII Status: we did not check.\n', 'markdown');
    assert.deepEqual(codes(service(), prose), []);
    assert.equal(hoverAt(service(), prose, 3, 'Speed'), undefined);
  });
});

describe('settings', () => {
  it('`bonding.rules` changes a rule\'s severity or turns it off', () => {
    const s = service({ rules: { 'proc.churned': 'off', 'proc.slave-down': 'error', 'proc.switch-config': 'hint' } });
    assert.deepEqual(
      s.doValidation(SEED).map((d) => `${d.range.start.line + 1}:${d.code}:${d.severity}`),
      ['3:proc.switch-config:4', '52:proc.slave-down:1', '58:proc.aggregator-mismatch:2', '72:proc.no-lacp-partner:2'],
    );
    assert.deepEqual(codes(service({ rules: { 'proc.churned': 'bogus' } }), SEED), codes(service(), SEED), 'a bad level is ignored');
  });

  it('a hover lists the findings of its line with their effective severity, and not those turned off', () => {
    assert.match(hoverAt(service({ rules: { 'proc.churned': 'error' } }), SEED, 59, 'churned')!, /\n\n⛔ p1: actor churned/);
    assert.doesNotMatch(hoverAt(service({ rules: { 'proc.churned': 'off' } }), SEED, 59, 'churned')!, /proc\.churned/);
  });

  it('`bonding.switch`: a note while unknown, a warning when it contradicts the mode, nothing when it matches', () => {
    const at = (mode: string, sw: string) => codes(service({ switch: sw }), fixture(`proc/${mode}`)).filter((c) => c.includes('switch'));
    assert.deepEqual(at('mode4-802.3ad-healthy.txt', 'unknown'), ['3:proc.switch-config']);
    assert.deepEqual(at('mode4-802.3ad-healthy.txt', 'lacp'), []);
    assert.deepEqual(at('mode4-802.3ad-healthy.txt', 'static'), ['3:proc.switch-mismatch']);
    assert.deepEqual(at('mode4-802.3ad-healthy.txt', 'none'), ['3:proc.switch-mismatch']);
    assert.deepEqual(at('mode0-balance-rr.txt', 'static'), []);
    assert.deepEqual(at('mode0-balance-rr.txt', 'lacp'), ['3:proc.switch-mismatch']);
    for (const sw of ['unknown', 'none', 'static', 'lacp']) assert.deepEqual(at('mode1-active-backup.txt', sw), [], sw);
    assert.deepEqual(messages(service({ switch: 'none' }, 'zh-cn'), fixture('proc/mode2-balance-xor.txt')), [
      '3:proc.switch-mismatch balance-xor 模式需要交换机端口静态聚合（EtherChannel / 静态 trunk，不运行 LACP），但交换机端口未做聚合（bonding.switch: none）。',
    ]);
  });

  it('the language follows the client locale unless `bonding.language` says otherwise', () => {
    assert.match(messages(service({}, 'zh-CN'), SEED)[1]!, /p1 未 up/);
    assert.match(messages(service({ language: 'en' }, 'zh-CN'), SEED)[1]!, /p1 is not up/);
    assert.match(messages(service({ language: 'zh-cn' }, 'en-US'), SEED)[1]!, /p1 未 up/);
  });
});

describe('messages name the port and the values in both languages', () => {
  const FILES = readdirSync('fixtures/proc').filter((f) => f !== 'README.md');
  // Port names, MAC addresses and numbers that an English message names must be in the Chinese one too.
  const TOKENS = /[0-9a-f]{2}(?::[0-9a-f]{2}){5}|\b(?:eth|ens|eno|p)\w*\d\b|\b\d+\b/g;

  it('for every finding on every fixture', () => {
    let checked = 0;
    for (const file of FILES) {
      const d = fixtureAsOpened(`proc/${file}`);
      const en = service({ switch: 'none' }, 'en').doValidation(d);
      const zh = service({ switch: 'none' }, 'zh-cn').doValidation(d);
      assert.equal(zh.length, en.length);
      en.forEach((e, i) => {
        const z = String(zh[i]!.message);
        assert.match(z, /[\u4e00-\u9fff]/, `${file} ${e.code}: Chinese text`);
        for (const token of String(e.message).match(TOKENS) ?? []) assert.ok(z.includes(token), `${file} ${e.code}: "${token}" in "${z}"`);
        checked++;
      });
    }
    assert.ok(checked > 80, `${checked} findings checked`);
  });
});

describe('rules', () => {
  it('one rule per file in rules/proc, each registered once, with a stable unique code', () => {
    const dir = 'server/src/service/diagnostics/rules/proc';
    const files = readdirSync(dir).filter((f) => f !== 'util.ts');
    const rules = [...PROC_RULES, ...PROC_DOCUMENT_RULES];
    assert.equal(files.length, rules.length);
    for (const f of files) assert.equal((readFileSync(`${dir}/${f}`, 'utf8').match(/^export const \w+: Rule</gm) ?? []).length, 1, f);
    const all = rules.map((r) => r.code);
    assert.equal(new Set(all).size, all.length);
    for (const r of rules) {
      assert.match(r.code, /^proc\.[a-z]+(?:-[a-z]+)*$/);
      for (const t of [r.title, r.doc.description]) {
        assert.ok(t.en && t.zh && t.en !== t.zh, r.code);
        assert.match(t.zh, /[\u4e00-\u9fff]/, r.code);
      }
    }
  });

  it('the README rule table lists exactly these rules with their default severities', () => {
    const readme = readFileSync('README.md', 'utf8');
    const rows = [...readme.matchAll(/^\| `(proc\.[a-z-]+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    assert.deepEqual(rows, [...PROC_RULES, ...PROC_DOCUMENT_RULES].map((r) => `${r.code} ${r.severity}`));
  });

  it('an error is something that stops traffic', () => {
    assert.deepEqual(
      PROC_RULES.filter((r) => r.severity === 'error').map((r) => r.code),
      ['proc.bond-down', 'proc.no-active-aggregator', 'proc.min-links-unmet', 'proc.active-slave-down'],
    );
  });
});

describe('no false positives, and findings where they belong', () => {
  const BOND = (mode: string, extra = '') => `Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: ${mode}\nMII Status: down\nMII Polling Interval (ms): 0\nUp Delay (ms): 0\nDown Delay (ms): 0\nPeer Notification Delay (ms): 0\n${extra}`;

  it('a bond without ports: bond-down, not no-link-monitoring', () => {
    assert.deepEqual(messages(service(), doc(BOND('load balancing (round-robin)'))), [
      '3:proc.switch-config Mode balance-rr needs the switch ports grouped statically (EtherChannel / static trunk, no LACP).',
      '4:proc.bond-down The bond is down (MII Status: down): it has no ports (no Slave Interface block), so it passes no traffic.',
    ]);
  });

  it('a bond down while ports are up names them, with the verb agreeing', () => {
    const lines = readFileSync('fixtures/proc/mode0-balance-rr.txt', 'utf8').split('\n');
    lines[3] = 'MII Status: down';
    const down = (lang: string, d: ReturnType<typeof doc>) => messages(service({}, lang), d).filter((m) => m.includes('proc.bond-down'));
    const both = doc(lines.join('\n'));
    assert.deepEqual(down('en', both), ['4:proc.bond-down The bond is down (MII Status: down): its carrier is off although eno1, eno2 are up, so it passes no traffic.']);
    assert.deepEqual(down('zh-cn', both), ['4:proc.bond-down 该 bond 为 down（MII Status: down）：尽管 eno1、eno2 均为 up，其载波仍是关闭的，因此不转发流量。']);
    lines[18] = 'MII Status: down';
    const one = doc(lines.join('\n'));
    assert.deepEqual(down('en', one), ['4:proc.bond-down The bond is down (MII Status: down): its carrier is off although eno1 is up, so it passes no traffic.']);
    assert.deepEqual(down('zh-cn', one), ['4:proc.bond-down 该 bond 为 down（MII Status: down）：尽管 eno1 为 up，其载波仍是关闭的，因此不转发流量。']);
  });

  it('a down port with `Speed: Unknown` is slave-down only, not speed-unknown', () => {
    const text = `${BOND('fault-tolerance (active-backup)').replace('Bonding Mode: fault-tolerance (active-backup)\n', 'Bonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0\n').replace('MII Status: down\nMII Polling Interval (ms): 0', 'MII Status: up\nMII Polling Interval (ms): 100')}\nSlave Interface: eth0\nMII Status: up\nSpeed: 1000 Mbps\nDuplex: full\nLink Failure Count: 0\nPermanent HW addr: 02:00:00:60:00:01\nSlave queue ID: 0\n\nSlave Interface: eth1\nMII Status: down\nSpeed: Unknown\nDuplex: Unknown\nLink Failure Count: 0\nPermanent HW addr: 02:00:00:60:00:02\nSlave queue ID: 0\n`;
    assert.deepEqual(codes(service(), doc(text)), ['21:proc.slave-down']);
  });

  it('no LACP partner on an up port that is not full duplex: the bond runs no LACP there, the switch is not blamed', () => {
    // ad_update_actor_keys(): only a full-duplex port is LACP enabled; any other sends no LACPDU and takes the default partner.
    const lines = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8').split('\n');
    lines[26] = 'Duplex: half';
    lines[44] = '    system mac address: 00:00:00:00:00:00';
    const lacp = (lang: string) => messages(service({}, lang), doc(lines.join('\n'))).filter((m) => m.includes('proc.no-lacp-partner'));
    assert.deepEqual(lacp('en'), [
      '45:proc.no-lacp-partner p0: no LACP partner (partner MAC 00:00:00:00:00:00): the bond runs no LACP on a port that is not full duplex (Duplex: half).',
      '72:proc.no-lacp-partner p1: no LACPDU received (partner MAC 00:00:00:00:00:00); its link is down.',
    ]);
    assert.equal(lacp('zh-cn')[0], '45:proc.no-lacp-partner p0：没有 LACP 对端（对端 MAC 为 00:00:00:00:00:00）：端口不是全双工（Duplex: half），bond 不在其上运行 LACP。');
  });

  it('802.3ad without MII monitoring: the LACP timeout still takes a silent partner\'s port out of use', () => {
    const lines = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8').split('\n');
    lines[5] = 'MII Polling Interval (ms): 0';
    const found = messages(service(), doc(lines.join('\n'))).filter((m) => m.includes('proc.no-link-monitoring'));
    assert.deepEqual(found, [
      "6:proc.no-link-monitoring MII monitoring is off (MII Polling Interval 0): the ports' MII Status stays up whatever their link, and only the LACP timeout (3 s fast, 90 s slow) takes a port whose partner fell silent out of use.",
    ]);
  });

  it('link failures under the ARP monitor count the ports it took down, not only lost links', () => {
    const lines = readFileSync('fixtures/proc/mode1-arp-monitor.txt', 'utf8').split('\n');
    lines[19] = 'Link Failure Count: 3';
    const found = (lang: string) => messages(service({}, lang), doc(lines.join('\n'))).filter((m) => m.includes('proc.link-failures'));
    assert.deepEqual(found('en'), ['20:proc.link-failures eth0 has been marked down 3 times since it joined the bond (a lost link, or ARP probes not answered).']);
    assert.deepEqual(found('zh-cn'), ['20:proc.link-failures eth0 自加入 bond 以来已被判定为 down 3 次（链路断开，或 ARP 探测未获应答）。']);
  });

  it('min_links with no active aggregator: the carrier is off whatever min_links says, so no-active-aggregator alone', () => {
    // bond_3ad_set_carrier() compares min_links only when an aggregator is active.
    const lines = readFileSync('fixtures/proc/mode4-no-active-aggregator.txt', 'utf8').split('\n');
    lines[13] = 'Min links: 2';
    const noAggregator = [
      '3:proc.switch-config',
      '18:proc.no-active-aggregator',
      '21:proc.slave-down',
      '30:proc.slave-down',
    ];
    assert.deepEqual(codes(service(), doc(lines.join('\n'))), noAggregator);
    // Read without CAP_NET_ADMIN: no `has no active aggregator` line, but every port at `Aggregator ID: N/A`.
    const unprivileged = lines.filter((_, i) => i < 15 || i > 17);
    assert.deepEqual(codes(service(), doc(unprivileged.join('\n'))), ['3:proc.switch-config', '18:proc.slave-down', '24:proc.no-active-aggregator', '27:proc.slave-down']);
  });

  it('an old dump without churn, speed or queue lines gets nothing for what its era does not print', () => {
    assert.deepEqual(codes(service(), fixture('proc/era-2.6-v3.0.3.txt')), ['3:proc.switch-config']);
  });

  it('an edited dump: a line, a value and an order no kernel prints are each pointed at', () => {
    const { doc: d, position } = withCursor(
      [
        'Ethernet Channel Bonding Driver: v5.15',
        '',
        'Bonding Mode: fault-tolerance (active-backup)',
        'Primary Slave: None',
        'Currently Active Slave: eth0',
        'MII Status: up',
        'MII Polling Interval (ms): 100',
        '',
        'Slave Interface: eth0',
        'MII Status: |fine',
        'Partner MAC: 00:1c:73:00:00:01',
      ].join('\n'),
    );
    assert.deepEqual(messages(service(), d), [
      '1:proc.unrecognised-line The bonding driver never prints "v5.15" as Ethernet Channel Bonding Driver: it prints v<driver version> (<date>) or v<kernel release>, e.g. v3.7.1 (April 27, 2011) or v6.8.0-54-generic.',
      '9:proc.unrecognised-line The bonding driver never prints "Slave Interface" right after "MII Polling Interval (ms)": lines above it were removed, added or reordered.',
      '10:proc.unrecognised-line The bonding driver never prints "fine" as MII Status: it prints one of: up, going down, down, going back, unknown.',
      '11:proc.unrecognised-line The bonding driver never prints this line: it was added or changed by hand.',
    ]);
    assert.match(hoverText(service(), d, position)!, /^\*\*MII Status\*\* — Link state of this port/);
    assert.equal(
      hoverAt(service(), d, 11, 'Partner'),
      '**Partner MAC** — A line the bonding driver does not print here.\n\n⚠️ The bonding driver never prints this line: it was added or changed by hand. `proc.unrecognised-line`',
    );
  });

  it('Markdown in a pasted name or line is shown as written: no link, image or tag in a hover', () => {
    const seed = SEED.getText().replace('Slave Interface: p1', 'Slave Interface: [x](https://e.example)').replace('MII Status: down', 'MII Status: ![i](https://e.example/i.png) <b>');
    const d = doc(seed);
    assert.equal(
      hoverAt(service(), d, 51, 'Slave Interface'),
      '**Slave Interface** — Name of the port (slave) this block describes.\n\nPort \\[x\\](https://e.example): MII !\\[i\\](https://e.example/i.png) \\<b\\>, aggregator 2 (not the active 1).\n\n*Printed: Once per port, after an empty line. · Source: `bond_procfs.c bond_info_show_slave()`*',
    );
    assert.ok(hoverAt(service(), d, 52, 'MII')!.includes('\n\n⚠️ The bonding driver never prints "!\\[i\\](https://e.example/i.png) \\<b\\>" as MII Status: it prints one of'));
    // A line no kernel prints is named by what was pasted, backticks included.
    const pasted = doc(SEED.getText().replace('Slave Interface: p1\n', 'Slave Interface: p1\n**`x`** [y](z)\n'));
    assert.equal(hoverAt(service(), pasted, 52, '**')!.split('\n')[0], '**\\*\\*\\`x\\`\\*\\* \\[y\\](z)** — A line the bonding driver does not print here.');
  });
});
