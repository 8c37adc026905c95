import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type ProcBond, type ProcDocument, type ProcLine, parseProcBonding, splitLines } from '../../server/src/syntax/procBonding';
import { yamlItem } from '../yamlList';

/** A small but complete newest-era 802.3ad dump: one port in the active aggregator, one in another. */
const DUMP = [
  'Ethernet Channel Bonding Driver: v6.8.0-54-generic', //  1
  '', //  2
  'Bonding Mode: IEEE 802.3ad Dynamic link aggregation', //  3
  'Transmit Hash Policy: layer3+4 (1)', //  4
  'MII Status: up', //  5
  'MII Polling Interval (ms): 100', //  6
  'Up Delay (ms): 0', //  7
  'Down Delay (ms): 0', //  8
  'Peer Notification Delay (ms): 0', //  9
  '', // 10
  '802.3ad info', // 11
  'LACP active: on', // 12
  'LACP rate: slow', // 13
  'Min links: 0', // 14
  'Aggregator selection policy (ad_select): stable', // 15
  'System priority: 65535', // 16
  'System MAC address: 02:00:00:50:00:01', // 17
  'Active Aggregator Info:', // 18
  '\tAggregator ID: 1', // 19
  '\tNumber of ports: 1', // 20
  '\tActor Key: 15', // 21
  '\tPartner Key: 20', // 22
  '\tPartner Mac Address: 00:00:5e:00:53:50', // 23
  '', // 24
  'Slave Interface: eth0', // 25
  'MII Status: up', // 26
  'Speed: 10000 Mbps', // 27
  'Duplex: full', // 28
  'Link Failure Count: 0', // 29
  'Permanent HW addr: 02:00:00:50:00:01', // 30
  'Slave queue ID: 0', // 31
  'Aggregator ID: 1', // 32
  'Actor Churn State: none', // 33
  'Partner Churn State: none', // 34
  'Actor Churned Count: 0', // 35
  'Partner Churned Count: 0', // 36
  'details actor lacp pdu:', // 37
  '    system priority: 65535', // 38
  '    system mac address: 02:00:00:50:00:01', // 39
  '    port key: 15', // 40
  '    port priority: 255', // 41
  '    port number: 1', // 42
  '    port state: 61', // 43
  'details partner lacp pdu:', // 44
  '    system priority: 32768', // 45
  '    system mac address: 00:00:5e:00:53:50', // 46
  '    oper key: 20', // 47
  '    port priority: 32768', // 48
  '    port number: 17', // 49
  '    port state: 61', // 50
  '', // 51
  'Slave Interface: eth1', // 52
  'MII Status: down', // 53
  'Speed: Unknown', // 54
  'Duplex: Unknown', // 55
  'Link Failure Count: 1', // 56
  'Permanent HW addr: 02:00:00:50:00:02', // 57
  'Slave queue ID: 0', // 58
  'Aggregator ID: N/A', // 59
].join('\n');

const ACTIVE_BACKUP = [
  'Ethernet Channel Bonding Driver: v6.8.0-54-generic',
  '',
  'Bonding Mode: fault-tolerance (active-backup)',
  'Primary Slave: None',
  'Currently Active Slave: eth0',
  'MII Status: up',
  'MII Polling Interval (ms): 100',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  'Peer Notification Delay (ms): 0',
  '',
  'Slave Interface: eth0',
  'MII Status: up',
  'Speed: 1000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 02:00:00:51:00:01',
  'Slave queue ID: 0',
].join('\n');

function parse(text: string): ProcDocument {
  return parseProcBonding(text);
}

function only(text: string): ProcBond {
  const doc = parse(text);
  assert.equal(doc.bonds.length, 1, 'one bond');
  return doc.bonds[0]!;
}

/** The node for a 1-based line. */
function node(bond: ProcBond, line: number): ProcLine {
  const found = bond.lines.find((l) => l.line === line - 1);
  assert.ok(found, `line ${line} is a node`);
  return found;
}

/** `start-end` columns of a span, compact for assertions. */
const cols = (s: { start: number; end: number } | undefined) => (s ? `${s.start}-${s.end}` : undefined);

/** What each line of a bond says, wherever and however it is written. */
const read = (b: ProcBond) => b.lines.map((l) => [l.kind, l.field?.id, l.valueText]);

describe('procBonding: a dump as the kernel prints it', () => {
  it('every line becomes a node of the bond, in order, with its kind and field', () => {
    const bond = only(DUMP);
    assert.equal(bond.lines.length, 59);
    assert.deepEqual(
      bond.lines.map((l) => l.line),
      [...Array(59).keys()],
    );
    assert.equal(bond.firstLine, 0);
    assert.equal(bond.lastLine, 58);
    assert.equal(bond.fragment, false);
    assert.equal(node(bond, 1).kind, 'driver');
    assert.equal(node(bond, 2).kind, 'blank');
    assert.equal(node(bond, 11).kind, 'heading');
    assert.equal(node(bond, 18).field?.id, 'ad.activeAggregator');
    assert.equal(node(bond, 19).field?.id, 'aggregator.id');
    assert.equal(node(bond, 32).field?.id, 'slave.aggregatorId');
    assert.equal(node(bond, 5).field?.id, 'bond.miiStatus');
    assert.equal(node(bond, 26).field?.id, 'slave.miiStatus');
    assert.equal(node(bond, 40).field?.id, 'actor.portKey');
    assert.equal(node(bond, 47).field?.id, 'partner.operKey');
    assert.equal(node(bond, 43).field?.id, 'actor.portState');
    assert.equal(node(bond, 50).field?.id, 'partner.portState');
    assert.ok(bond.lines.every((l) => l.kind !== 'unknown'));
  });

  it('sections: master, 802.3ad, aggregator, ports with actor and partner details', () => {
    const bond = only(DUMP);
    assert.equal(bond.driver?.valueText, 'v6.8.0-54-generic');
    assert.deepEqual(
      bond.master.map((l) => l.field!.id),
      ['bond.mode', 'bond.hashPolicy', 'bond.miiStatus', 'bond.miimon', 'bond.updelay', 'bond.downdelay', 'bond.peerNotifDelay'],
    );
    assert.equal(bond.adInfo?.line, 10);
    assert.deepEqual(
      bond.ad.map((l) => l.field!.id),
      ['ad.lacpActive', 'ad.lacpRate', 'ad.minLinks', 'ad.select', 'ad.systemPriority', 'ad.systemMac'],
    );
    assert.equal(bond.aggregatorHeading?.line, 17);
    assert.deepEqual(
      bond.aggregator.map((l) => l.valueText),
      ['1', '1', '15', '20', '00:00:5e:00:53:50'],
    );
    assert.deepEqual(
      bond.slaves.map((s) => [s.name, s.heading.line, s.lastLine, s.lines.length, s.actor?.lines.length, s.partner?.lines.length]),
      [
        ['eth0', 24, 49, 11, 6, 6],
        ['eth1', 51, 58, 7, undefined, undefined],
      ],
    );
  });

  it('ranges are exact: label, value and the whole line, without indentation', () => {
    const bond = only(DUMP);
    const slave = node(bond, 25);
    assert.deepEqual([cols(slave.span), cols(slave.label), cols(slave.value)], ['0-21', '0-15', '17-21']);
    const aggregator = node(bond, 19);
    assert.deepEqual([cols(aggregator.span), cols(aggregator.label), cols(aggregator.value), aggregator.valueText], ['1-17', '1-14', '16-17', '1']);
    const state = node(bond, 43);
    assert.deepEqual([cols(state.span), cols(state.label), cols(state.value), state.labelText], ['4-18', '4-14', '16-18', 'port state']);
    const heading = node(bond, 11);
    assert.deepEqual([cols(heading.span), cols(heading.label), heading.value], ['0-12', '0-12', undefined]);
    const driver = node(bond, 1);
    assert.deepEqual([cols(driver.label), cols(driver.value)], ['0-31', '33-50']);
  });

  it('labels that hold colons of their own: `NS IPv6 target/s (xx::xx form)`', () => {
    const bond = only(
      [
        'Bonding Mode: fault-tolerance (active-backup)',
        'MII Status: up',
        'MII Polling Interval (ms): 0',
        'Up Delay (ms): 0',
        'Down Delay (ms): 0',
        'ARP Polling Interval (ms): 1000',
        'ARP Missed Max: 2',
        'ARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.254',
        'NS IPv6 target/s (xx::xx form): 2001:db8::1',
        'NS IPv6 target/s (xx::xx form):',
      ].join('\n'),
    );
    const ns = node(bond, 9);
    assert.equal(ns.field?.id, 'bond.nsTargets');
    assert.deepEqual([ns.labelText, ns.valueText, cols(ns.value)], ['NS IPv6 target/s (xx::xx form)', '2001:db8::1', '32-43']);
    assert.equal(node(bond, 8).valueText, '192.0.2.1, 192.0.2.254');
    const empty = node(bond, 10);
    assert.deepEqual([empty.field?.id, empty.valueText, empty.value], ['bond.nsTargets', '', undefined]);
  });

  it('`bond X has no active aggregator` names the bond; `N/A` ports have no details', () => {
    const bond = only(
      [
        'Ethernet Channel Bonding Driver: v6.8.0-54-generic',
        '',
        'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
        'MII Status: down',
        '',
        '802.3ad info',
        'LACP rate: slow',
        'bond bond7 has no active aggregator',
        '',
        'Slave Interface: eth0',
        'MII Status: down',
        'Aggregator ID: N/A',
      ].join('\n'),
    );
    assert.equal(bond.name, 'bond7');
    const line = node(bond, 8);
    assert.deepEqual([line.kind, line.field?.id, line.valueText, cols(line.value)], ['noActiveAggregator', 'ad.noActiveAggregator', 'bond7', '5-10']);
    assert.equal(bond.noActiveAggregator, line);
    assert.equal(bond.slaves[0]!.actor, undefined);
  });
});

describe('procBonding: line nodes made when asked for', () => {
  it('one node per line: `lines`, `lineAt` and every list of the bond hold the same objects', () => {
    const bond = only(DUMP);
    assert.equal(bond.lines.length, bond.lastLine - bond.firstLine + 1);
    bond.lines.forEach((l, i) => {
      assert.equal(l.line, bond.firstLine + i);
      assert.equal(bond.lineAt(l.line), l);
    });
    const port = bond.slaves[0]!;
    for (const l of [...bond.master, ...bond.ad, ...bond.aggregator, ...port.lines, ...port.actor!.lines, ...port.partner!.lines, port.heading, bond.driver!, bond.adInfo!]) {
      assert.equal(bond.lines[l.line - bond.firstLine], l, `line ${l.line + 1}`);
    }
  });

  it('shapes, values and field lookups answer what the nodes say', () => {
    const doc = parse([DUMP, '', 'Slave Interface: eth2', 'MII Status: up', 'Speed: 10000 Mbps', 'Aggregator ID: 1', 'hand-written line'].join('\n'));
    const bond = doc.bonds[0]!;
    for (const l of bond.lines) {
      const shape = bond.shapeAt(l.line);
      assert.deepEqual([shape.kind, shape.field?.id, shape.scope, shape.valueText, shape.labelText, shape.reason], [l.kind, l.field?.id, l.scope, l.valueText, l.labelText, l.reason]);
    }
    const [eth0, eth1, eth2] = bond.slaves;
    assert.deepEqual([eth0!.valueOf('slave.speed'), eth1!.valueOf('slave.speed'), eth2!.valueOf('slave.speed'), eth2!.valueOf('slave.duplex')], ['10000 Mbps', 'Unknown', '10000 Mbps', undefined]);
    assert.equal(eth0!.field('slave.aggregatorId')!.line, 31);
    assert.equal(eth0!.actor!.valueOf('actor.portKey'), '15');
    assert.equal(eth0!.partner!.field('partner.portNumber')!.valueText, '17');
    // A port's own fields only: `port state` of the actor block is not the port's.
    assert.equal(eth0!.valueOf('actor.portState'), undefined);
    assert.deepEqual(eth2!.lines.map((l) => [l.kind, l.valueText]), [
      ['field', 'up'],
      ['field', '10000 Mbps'],
      ['field', '1'],
      ['unknown', ''],
    ]);
  });

  it('shape ids: one per shape, shared by the lines that read the same in every dump of a parse', () => {
    const [a, b] = parse(`${DUMP}\n${DUMP.replace('Speed: 10000 Mbps', 'Speed: 1000 Mbps')}`).bonds;
    assert.equal(a!.shapes, b!.shapes);
    const seen = new Map<number, string>();
    for (const bond of [a!, b!]) {
      for (const l of bond.lines) {
        const id = bond.shapes.idAt(l.line);
        assert.ok(id >= 0 && id < bond.shapes.count);
        const what = JSON.stringify([l.kind, l.scope, l.field?.id, l.valueText, l.labelText, l.span.start, l.span.end, l.comment]);
        assert.equal(seen.get(id) ?? what, what, `line ${l.line + 1}`);
        seen.set(id, what);
      }
    }
    // The second dump's ports repeat the first's lines, which the parse read once.
    const idOf = (bond: ProcBond, id: string) => bond.shapes.idAt(bond.slaves[0]!.field(id)!.line);
    assert.equal(idOf(a!, 'slave.miiStatus'), idOf(b!, 'slave.miiStatus'));
    assert.notEqual(idOf(a!, 'slave.speed'), idOf(b!, 'slave.speed'));
  });
});

describe('procBonding: line endings and whitespace', () => {
  it('CRLF: the same nodes and columns as LF, no \\r in any value', () => {
    const lf = only(DUMP);
    const crlf = only(DUMP.replace(/\n/g, '\r\n'));
    assert.equal(crlf.lines.length, lf.lines.length);
    for (const [a, b] of crlf.lines.map((l, i) => [l, lf.lines[i]!] as const)) {
      assert.deepEqual([a.kind, a.field?.id, a.valueText, cols(a.span), cols(a.value)], [b.kind, b.field?.id, b.valueText, cols(b.span), cols(b.value)]);
      assert.ok(!a.valueText.includes('\r'));
    }
  });

  it('a lone \\r ends a line, as in the editor, so line numbers agree with the document', () => {
    const text = 'Ethernet Channel Bonding Driver: v6.8.0-54-generic\r\rBonding Mode: load balancing (round-robin)\rMII Status: up\n';
    const doc = TextDocument.create('file:///x', 'bonding-status', 1, text);
    assert.deepEqual(splitLines(text), ['Ethernet Channel Bonding Driver: v6.8.0-54-generic', '', 'Bonding Mode: load balancing (round-robin)', 'MII Status: up', '']);
    const bond = only(text);
    const mii = bond.lines.find((l) => l.field?.id === 'bond.miiStatus')!;
    assert.equal(mii.line, 3);
    assert.equal(doc.getText({ start: { line: mii.line, character: mii.value!.start }, end: { line: mii.line, character: mii.value!.end } }), 'up');
  });

  it('tabs and trailing blanks stay out of labels and values', () => {
    const bond = only(['Bonding Mode: load balancing (round-robin)   ', 'MII Status: up\t', '', 'Slave Interface: eth0  ', '\tSpeed:\t1000 Mbps   ', 'Duplex: full '].join('\n'));
    const speed = node(bond, 5);
    assert.deepEqual([speed.labelText, speed.valueText, cols(speed.label), cols(speed.value), cols(speed.span)], ['Speed', '1000 Mbps', '1-6', '8-17', '1-17']);
    assert.equal(node(bond, 4).valueText, 'eth0');
    assert.equal(bond.slaves[0]!.name, 'eth0');
    assert.equal(node(bond, 1).valueText, 'load balancing (round-robin)');
  });

  it('no blank lines at all: `802.3ad info` and every `Slave Interface` still open their sections', () => {
    const bond = only(DUMP.split('\n').filter((l) => l !== '').join('\n'));
    assert.equal(bond.adInfo?.line, 8);
    assert.equal(bond.aggregator.length, 5);
    assert.deepEqual(
      bond.slaves.map((s) => s.name),
      ['eth0', 'eth1'],
    );
    assert.ok(bond.lines.every((l) => l.kind !== 'unknown'));
  });

  it('aggregator lines indented by spaces or not indented at all keep their scope', () => {
    for (const indent of ['    ', '  ', '\t\t\t\t', '']) {
      const bond = only(DUMP.replace(/^\t/gm, indent));
      assert.deepEqual(
        bond.aggregator.map((l) => l.field!.id),
        ['aggregator.id', 'aggregator.ports', 'aggregator.actorKey', 'aggregator.partnerKey', 'aggregator.partnerMac'],
        JSON.stringify(indent),
      );
      assert.equal(node(bond, 32).field?.id, 'slave.aggregatorId');
    }
  });

  it('quote prefixes (`> `) and list indentation in front of every line', () => {
    const quoted = only(ACTIVE_BACKUP.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n'));
    assert.equal(quoted.lines.length, 18);
    assert.equal(quoted.slaves[0]!.name, 'eth0');
    const mii = node(quoted, 6);
    assert.deepEqual([mii.field?.id, cols(mii.label), cols(mii.value)], ['bond.miiStatus', '2-12', '14-16']);
    const indented = only(ACTIVE_BACKUP.split('\n').map((l) => `      ${l}`).join('\n'));
    assert.ok(indented.lines.every((l) => l.kind !== 'unknown'));
    assert.equal(node(indented, 5).valueText, 'eth0');
  });

  it('a quote inside a quote (`> > `, `>> `): a reply to a ticket that quoted the dump', () => {
    for (const prefix of ['> > ', '>> ', ' > > ']) {
      const bond = only(ACTIVE_BACKUP.split('\n').map((l) => `${prefix}${l}`.trimEnd()).join('\n'));
      assert.equal(bond.slaves[0]!.name, 'eth0', JSON.stringify(prefix));
      assert.ok(bond.lines.every((l) => l.kind !== 'unknown'), JSON.stringify(prefix));
      const mii = node(bond, 6);
      assert.deepEqual([mii.field?.id, cols(mii.label)], ['bond.miiStatus', `${prefix.length}-${prefix.length + 10}`]);
    }
  });
});

describe('procBonding: what people paste', () => {
  it('read without CAP_NET_ADMIN: no System lines, no aggregator, no details, nothing unknown', () => {
    const text = DUMP.split('\n')
      .filter((_, i) => !(i >= 15 && i <= 22) && !(i >= 36 && i <= 49))
      .join('\n');
    const bond = only(text);
    assert.equal(bond.aggregatorHeading, undefined);
    assert.deepEqual(
      bond.ad.map((l) => l.field!.id),
      ['ad.lacpActive', 'ad.lacpRate', 'ad.minLinks', 'ad.select'],
    );
    assert.equal(bond.slaves[0]!.actor, undefined);
    assert.ok(bond.lines.every((l) => l.kind !== 'unknown'));
  });

  it('a dump cut in the middle of a details block keeps what it has', () => {
    const bond = only(DUMP.split('\n').slice(0, 40).join('\n'));
    assert.equal(bond.lastLine, 39);
    assert.deepEqual(
      bond.slaves[0]!.actor!.lines.map((l) => l.field!.id),
      ['actor.systemPriority', 'actor.systemMac', 'actor.portKey'],
    );
    assert.equal(bond.slaves[0]!.partner, undefined);
  });

  it('a text that starts inside a dump (two dump lines first) is a fragment without ports', () => {
    const doc = parse('Link Failure Count: 0\nPermanent HW addr: 00:16:35:5e:02:7e\nAggregator ID:\n');
    assert.equal(doc.wholeDocument, true);
    const bond = doc.bonds[0]!;
    assert.equal(bond.fragment, true);
    assert.equal(bond.slaves.length, 0);
    assert.deepEqual(
      bond.lines.filter((l) => l.kind !== 'blank').map((l) => [l.kind, l.field?.id]),
      [
        ['field', 'slave.linkFailures'],
        ['field', 'slave.permAddr'],
        ['field', 'slave.aggregatorId'],
      ],
    );
    assert.equal(parse('Speed: fast\nas fast as it gets\n').bonds.length, 0, 'one dump-like line alone is not a dump');
  });

  it('a quoted dump in a mail sent as quoted-printable: the blank after the quote written `=20` is a blank line', () => {
    const kinds = (b: ProcBond) => b.lines.map((l) => [l.kind, l.field?.id, l.valueText]);
    const quoted = (blank: string) => ACTIVE_BACKUP.split('\n').map((l) => (l === '' ? blank : `> > ${l}`)).join('\n');
    assert.deepEqual(kinds(only(quoted('> >=20'))), kinds(only(quoted('> >'))));
    assert.deepEqual(kinds(only(quoted('=20'))), kinds(only(quoted(''))));
    // Not after text: a value that ends so is read as it is.
    assert.equal(node(only(ACTIVE_BACKUP.replace('Link Failure Count: 0', 'Link Failure Count: 0=20')), 16).valueText, '0=20');
  });

  it('ports pasted alone inside other text: a dump cut before its first port, read from `Slave Interface:` on', () => {
    const PORTS = ['Slave Interface: eth0', 'MII Status: up', 'Aggregator ID: 1', '', 'Slave Interface: eth1', 'MII Status: down', 'Aggregator ID: 2'];
    const read = (text: string) => parse(text).bonds.map((b) => [b.firstLine, b.lastLine, b.fragment, b.slaves.map((p) => `${p.name} ${p.valueOf('slave.miiStatus')}`).join(', ')]);
    assert.deepEqual(read(['Only the ports:', '', ...PORTS, '', 'Thanks.'].join('\n')), [[2, 8, true, 'eth0 up, eth1 down']]);
    // Quoted, indented, as comments, as the items of a list: the port's first line carries the prefix of the lines after it.
    assert.deepEqual(read(['Only the ports:', ...PORTS.map((l) => `> ${l}`)].join('\n')), [[1, 7, true, 'eth0 up, eth1 down']]);
    assert.deepEqual(read(['#!/bin/sh', ...PORTS.map((l) => `# ${l}`.trimEnd()), 'exit 0'].join('\n')), [[1, 7, true, 'eth0 up, eth1 down']]);
    assert.deepEqual(read(['[', ...PORTS.map((l) => `  "${l}",`), ']'].join('\n')), [[1, 7, true, 'eth0 up, eth1 down']]);
    // After a whole dump and its fence, a port pasted on its own is a dump of its own.
    const after = ACTIVE_BACKUP.split('\n').length + 4;
    const fenced = [ACTIVE_BACKUP, '```', '', 'and later:', '```', ...PORTS.slice(0, 3), '```'].join('\n');
    assert.deepEqual(read(fenced).slice(1), [[after, after + 2, true, 'eth0 up']]);
    // The line alone, or with prose after it, or another file's line after it, opens nothing.
    for (const alone of ['Slave Interface: eth0\nis the one that flaps\nMII Status: up', 'The port: Slave Interface: eth0\nMII Status: up', '> Slave Interface: eth0\nMII Status: up']) {
      assert.deepEqual(read(`Before.\n${alone}\n`), [], alone);
    }
  });

  it('masked addresses are values, not comments; `#` after a blank starts a comment', () => {
    const bond = only(
      [
        'Bonding Mode: fault-tolerance (active-backup)',
        'MII Status: up',
        '',
        'Slave Interface: wlan0',
        'Permanent HW addr: ##:##:##:##:##:##',
        'Permanent HW addr: ##:## ',
        'Permanent HW addr: xx:xx:xx:xx:xx:xx',
        'Permanent HW addr: **:**:**:**:**:ad',
        'Permanent HW addr: 24:6e:96:XX:XX:01',
        'Permanent HW addr: ##:##:##:##:##:##  # hidden before posting',
        'Slave queue ID: 0 # 队列',
        'Link Failure Count: 3#no blank before the hash',
      ].join('\n'),
    );
    assert.deepEqual(
      [5, 6, 7, 8, 9].map((n) => [node(bond, n).valueText, node(bond, n).comment]),
      [
        ['##:##:##:##:##:##', undefined],
        ['##:##', undefined],
        ['xx:xx:xx:xx:xx:xx', undefined],
        ['**:**:**:**:**:ad', undefined],
        ['24:6e:96:XX:XX:01', undefined],
      ],
    );
    const commented = node(bond, 10);
    assert.deepEqual([commented.valueText, cols(commented.value), cols(commented.comment)], ['##:##:##:##:##:##', '19-36', '38-61']);
    assert.deepEqual([node(bond, 11).valueText, cols(node(bond, 11).comment)], ['0', '18-22']);
    assert.deepEqual([node(bond, 12).valueText, node(bond, 12).comment], ['3#no blank before the hash', undefined]);
  });

  it('the annotated style: a prompt line names the bond, `# …` after values is a comment, comment-only lines are comments', () => {
    const text = [
      '[root@~]# cat /proc/net/bonding/bond0',
      'Ethernet Channel Bonding Driver: v5.10.0-3.0.0.0_rc1  # 驱动版本',
      '',
      'Bonding Mode: IEEE 802.3ad Dynamic link aggregation  # 绑定模式',
      '# 下面是 802.3ad 部分',
      'MII Status: up  # 链路总体状态',
    ].join('\n');
    const doc = parse(text);
    assert.equal(doc.wholeDocument, true);
    const bond = doc.bonds[0]!;
    assert.equal(bond.name, 'bond0');
    assert.equal(bond.firstLine, 0);
    const marker = node(bond, 1);
    assert.deepEqual([marker.kind, marker.valueText, cols(marker.value)], ['marker', 'bond0', '32-37']);
    assert.equal(bond.driver?.valueText, 'v5.10.0-3.0.0.0_rc1');
    assert.deepEqual([node(bond, 4).valueText, cols(node(bond, 4).comment)], ['IEEE 802.3ad Dynamic link aggregation', '53-59']);
    assert.equal(node(bond, 5).kind, 'comment');
    assert.deepEqual([node(bond, 6).field?.id, node(bond, 6).valueText], ['bond.miiStatus', 'up']);
  });

  it('words appended to the mode text without `#` (blog copies) are a comment too', () => {
    const text = 'Ethernet Channel Bonding Driver: v3.6.0 (September 26, 2009)\nBonding Mode: load balancing (round-robin)\u3000\u3000－－ＲＲ的模式\nMII Status: up\n';
    const mode = node(only(text), 2);
    assert.equal(mode.valueText, 'load balancing (round-robin)');
    assert.deepEqual([cols(mode.value), cols(mode.comment)], ['14-42', '44-51']);
    const suffixed = node(only('Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active) ——主备\nMII Status: up\n'), 1);
    assert.equal(suffixed.valueText, 'fault-tolerance (active-backup) (fail_over_mac active)');
    assert.equal(node(only('Bonding Mode: reverse proximity hash combination mode\n'), 1).valueText, 'reverse proximity hash combination mode');
  });

  it('an arrow after a value or at a line\'s start points at it: a comment (`<--`, `<-`, `←`), not part of the value', () => {
    const bond = only(
      [
        'Bonding Mode: fault-tolerance (active-backup)',
        'Currently Active Slave: eth0   <-- the one in use',
        'MII Status: up',
        '',
        'Slave Interface: eth0',
        '<- the primary',
        'Link Failure Count: 2   ← has failed twice',
        'Permanent HW addr: 02:00:00:51:00:01 <-',
        'Speed: 10000 Mbps # ← not an arrow of its own',
      ].join('\n'),
    );
    assert.deepEqual(
      bond.lines.map((l) => [l.kind, l.valueText, cols(l.comment)]),
      [
        ['field', 'fault-tolerance (active-backup)', undefined],
        ['field', 'eth0', '31-49'],
        ['field', 'up', undefined],
        ['blank', '', undefined],
        ['field', 'eth0', undefined],
        ['comment', '', '0-14'],
        ['field', '2', '24-42'],
        ['field', '02:00:00:51:00:01', '37-39'],
        ['field', '10000 Mbps', '18-45'],
      ],
    );
    // Inside a word or a value an arrow is the text's own.
    assert.equal(node(only('Bonding Mode: fault-tolerance (active-backup)\nCurrently Active Slave: a<-b\n'), 2).valueText, 'a<-b');
  });

  it('the same text on several lines: each node has its own line and spans, and is read by the part it is in', () => {
    const bond = only(
      [
        'Bonding Mode: fault-tolerance (active-backup)',
        'Link Failure Count: 0  # before any port',
        'MII Status: up  # note',
        'Link Failure Count: 0  # before any port',
        '',
        'Slave Interface: eth0',
        'MII Status: up  # note',
        'Link Failure Count: 0  # before any port',
        '',
        'Slave Interface: eth1',
        'MII Status: up  # note',
      ].join('\n'),
    );
    const read = (n: number) => {
      const l = node(bond, n);
      return [l.kind, l.field?.id ?? l.reason, l.span.line, cols(l.value), l.comment?.line, cols(l.comment)];
    };
    // A port line before the first port is out of place, each time; the same text inside a port is its field.
    assert.deepEqual(read(2), ['unknown', 'misplaced', 1, '20-21', 1, '23-40']);
    assert.deepEqual(read(4), ['unknown', 'misplaced', 3, '20-21', 3, '23-40']);
    assert.deepEqual(read(8), ['field', 'slave.linkFailures', 7, '20-21', 7, '23-40']);
    // The bond's MII Status, then each port's.
    assert.deepEqual(read(3), ['field', 'bond.miiStatus', 2, '12-14', 2, '16-22']);
    assert.deepEqual(read(7), ['field', 'slave.miiStatus', 6, '12-14', 6, '16-22']);
    assert.deepEqual(read(11), ['field', 'slave.miiStatus', 10, '12-14', 10, '16-22']);
    assert.deepEqual(
      bond.slaves.map((s) => s.lines.map((l) => l.line)),
      [[6, 7], [10]],
    );
  });

  it('lines no kernel prints are unknown nodes, with the reason and the field they resemble', () => {
    const bond = only(
      [
        'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
        'MII Status: up',
        '',
        '802.3ad info',
        'LACP Rate: fast',
        'Aggregator ID: 1',
        'Number of ports: 2',
        '',
        'Slave Interface: eno1',
        'MII Status: up',
        'Speed',
        '[more]',
        '**MII Status: up',
        'Partner MAC: 00:1c:73:00:00:01',
      ].join('\n'),
    );
    const unknown = bond.lines.filter((l) => l.kind === 'unknown').map((l) => [l.line + 1, l.reason, l.near?.map((f) => f.id)]);
    assert.deepEqual(unknown, [
      [5, 'text', ['ad.lacpRate']],
      [6, 'misplaced', ['aggregator.id', 'slave.aggregatorId']],
      [7, 'misplaced', ['aggregator.ports']],
      [11, 'noColon', ['slave.speed']],
      [12, 'text', undefined],
      [13, 'text', ['bond.miiStatus', 'slave.miiStatus']],
      [14, 'text', undefined],
    ]);
    assert.deepEqual(
      bond.slaves[0]!.lines.filter((l) => l.kind === 'unknown').map((l) => l.line + 1),
      [11, 12, 13, 14],
    );
  });
});

describe('procBonding: several bonds in one text', () => {
  it('`cat /proc/net/bonding/*`: a new driver line starts a new bond', () => {
    const doc = parse(`${DUMP}\n${ACTIVE_BACKUP}\n`);
    assert.deepEqual(
      doc.bonds.map((b) => [b.firstLine, b.lastLine, b.name, b.slaves.map((s) => s.name).join(',')]),
      [
        [0, 58, undefined, 'eth0,eth1'],
        [59, 76, undefined, 'eth0'],
      ],
    );
  });

  it('a second `Bonding Mode` without a driver line also starts a new bond', () => {
    const body = ACTIVE_BACKUP.split('\n').slice(2).join('\n');
    const doc = parse(`${body}\n\n${body}\n`);
    assert.deepEqual(
      doc.bonds.map((b) => [b.firstLine, b.slaves.length]),
      [
        [0, 1],
        [17, 1],
      ],
    );
  });

  it('`==> file <==` headers from head/tail, `./` names and bare paths name each bond', () => {
    for (const [header, name] of [
      ['==> /proc/net/bonding/bond1 <==', 'bond1'],
      ['==> ./bond-iscsi <==', 'bond-iscsi'],
      ['==> bond666 <==', 'bond666'],
      ['/proc/net/bonding/bond4', 'bond4'],
      ['sosreport-db02-2025-02-11-xkqzpwa/proc/net/bonding/bond1', 'bond1'],
      ['[root@host ~]# cat /proc/net/bonding/po1', 'po1'],
    ] as const) {
      const doc = parse(`<<<lnx_bonding:sep(58)>>>\n${header}\n${ACTIVE_BACKUP}\n\n${header.replace(name, 'bond9')}\n${ACTIVE_BACKUP}\n`);
      assert.deepEqual(
        doc.bonds.map((b) => [b.name, b.firstLine, b.marker?.line, b.driver?.line]),
        [
          [name, 1, 1, 2],
          ['bond9', 21, 21, 22],
        ],
        header,
      );
    }
  });

  it('`grep -H \'\' /proc/net/bonding/*`: each bond named by the file before its lines, read after it', () => {
    const grep = (name: string, text: string) => text.split('\n').map((l) => `/proc/net/bonding/${name}:${l}`);
    const lines = [...grep('bond0', DUMP), ...grep('bond1', ACTIVE_BACKUP)];
    const doc = parse(lines.join('\n'));
    assert.equal(doc.wholeDocument, true);
    assert.deepEqual(
      doc.bonds.map((b) => [b.name, b.firstLine, b.lastLine, b.filtered, b.fragment, b.slaves.map((s) => s.name).join(',')]),
      [
        ['bond0', 0, 58, false, false, 'eth0,eth1'],
        ['bond1', 59, 76, false, false, 'eth0'],
      ],
    );
    assert.deepEqual(doc.bonds.flatMap((b) => b.lines.filter((l) => l.kind === 'unknown').map((l) => l.line)), []);
    const prefix = '/proc/net/bonding/bond0:'.length;
    const state = node(doc.bonds[0]!, 43);
    assert.deepEqual([state.field?.id, cols(state.span), cols(state.label), cols(state.value), state.valueText], ['actor.portState', `${prefix + 4}-${prefix + 18}`, `${prefix + 4}-${prefix + 14}`, `${prefix + 16}-${prefix + 18}`, '61']);
    assert.equal(node(doc.bonds[0]!, 19).field?.id, 'aggregator.id', 'an indented aggregator line');
  });

  it('filtered grep output (`grep -E …`): any line may be missing; a bare file name needs a mode or driver line', () => {
    const wanted = /Mode|Interface|Status|Aggregator ID|port state/;
    const picked = DUMP.split('\n').filter((l) => wanted.test(l));
    const text = ['$ grep -E "Mode|Interface|Status|Aggregator ID|port state" /proc/net/bonding/*', ...picked.map((l) => `/proc/net/bonding/bond0:${l}`), 'The second port is down since Tuesday.'].join('\n');
    const bond = only(text);
    assert.deepEqual([bond.name, bond.firstLine, bond.lastLine, bond.filtered, bond.fragment], ['bond0', 1, picked.length, true, false]);
    assert.deepEqual(
      bond.slaves.map((s) => [s.name, s.valueOf('slave.aggregatorId'), s.actor, s.lines.map((l) => l.field?.id ?? l.reason).join(',')]),
      [
        // Without their headings, actor and partner lines cannot be told apart.
        ['eth0', '1', undefined, 'slave.miiStatus,slave.aggregatorId,misplaced,misplaced'],
        ['eth1', 'N/A', undefined, 'slave.miiStatus,slave.aggregatorId'],
      ],
    );
    // Without its Slave Interface line, a port's lines are kept as they are, not misplaced.
    const noPorts = only(['/proc/net/bonding/bond0:Bonding Mode: fault-tolerance (active-backup)', '/proc/net/bonding/bond0:Speed: 1000 Mbps'].join('\n'));
    assert.deepEqual(noPorts.lines.map((l) => [l.kind, l.field?.id]), [['field', 'bond.mode'], ['field', 'slave.speed']]);
    // A path before a dump line is grep's; a bare name only before a line that opens a dump.
    assert.deepEqual(parse('/proc/net/bonding/bond3:MII Status: down\n').bonds.map((b) => [b.name, b.fragment, b.filtered]), [['bond3', true, true]]);
    assert.equal(parse('bond3:MII Status: down\nbond3:Speed: 1000 Mbps\n').bonds.length, 0);
    assert.deepEqual(parse('> bond3:Bonding Mode: load balancing (xor)\n').bonds.map((b) => [b.name, b.lineAt(0).valueText, b.fragment]), [['bond3', 'load balancing (xor)', false]]);
    assert.equal(parse('log: /proc/net/bonding/bond0:MII Status: down\nnode:Speed: 1000 Mbps\n').bonds.length, 0, 'a blank or a slash right before the colon is no file name');
  });

  it('grep with context (`-A`): `file-` before the lines around a match, `--` between groups, which may leave lines out', () => {
    const text = [
      '/proc/net/bonding/bond-iscsi:Slave Interface: eth0',
      '/proc/net/bonding/bond-iscsi-MII Status: up',
      '/proc/net/bonding/bond-iscsi-',
      '--',
      '/proc/net/bonding/bond-iscsi:Slave Interface: eth1',
      '/proc/net/bonding/bond-iscsi-MII Status: down',
    ].join('\n');
    const bond = only(text);
    assert.deepEqual(
      [bond.name, bond.lastLine, bond.filtered, bond.slaves.map((s) => [s.name, s.valueOf('slave.miiStatus')])],
      ['bond-iscsi', 5, true, [['eth0', 'up'], ['eth1', 'down']]],
    );
    assert.deepEqual([node(bond, 4).kind, cols(node(bond, 4).span)], ['blank', '0-2']);
    // Without file names (grep on one file) the same: `--` between dump lines is a gap, not a line of the dump.
    const one = only('Slave Interface: eth0\nMII Status: up\n--\nSlave Interface: eth1\nMII Status: up\n');
    assert.deepEqual([one.filtered, one.lines.map((l) => l.kind).join(',')], [true, 'field,field,blank,field,field']);
    // A signature (`-- `) after a dump is no gap in it.
    assert.equal(only(`${ACTIVE_BACKUP}\n-- \nJohn\n`).filtered, false);
    assert.equal(only(ACTIVE_BACKUP.replace('\nSlave', '\n--\nSlave')).filtered, true);
  });

  it('`more /proc/net/bonding/*`: each bond named by the path between `::::::::::::::` frames', () => {
    const frame = (name: string) => ['::::::::::::::', `/proc/net/bonding/${name}`, '::::::::::::::'].join('\n');
    const doc = parse(`${frame('bond0')}\n${ACTIVE_BACKUP}\n${frame('bond1')}\n${ACTIVE_BACKUP}\n`);
    assert.equal(doc.wholeDocument, true);
    assert.deepEqual(
      doc.bonds.map((b) => [b.name, b.firstLine, b.marker?.line, b.driver?.line, b.lastLine, b.filtered]),
      [
        ['bond0', 1, 1, 3, 20, false],
        ['bond1', 22, 22, 24, 41, false],
      ],
    );
    assert.deepEqual(doc.bonds.flatMap((b) => b.lines.filter((l) => l.kind === 'unknown' || (l.kind === 'blank' && l.span.end > l.span.start))), []);
  });

  it('a line standing for lines left out (`[...]`, `<snip>`, `……`) is a gap in the dump, also after its last line', () => {
    for (const cut of ['...', '[...]', '…', '[…]', '<snip>', '-- snip --', '(output omitted)', '[... 62 more ports ...]', '……', '（略）', '...省略...', '> [...]']) {
      const bond = only(ACTIVE_BACKUP.replace('\nSlave', `\n${cut}\nSlave`));
      const line = bond.lines.find((l) => l.kind === 'blank' && l.span.end > l.span.start);
      assert.deepEqual([bond.filtered, bond.slaves.length, line && bond.lines.indexOf(line) > 0], [true, 1, true], cut);
      assert.deepEqual(bond.lines.filter((l) => l.kind === 'unknown'), [], cut);
    }
    // After the dump's last line: the rest was left out.
    const trailing = only(`${ACTIVE_BACKUP.split('\nSlave')[0]}\n[...]\n`);
    assert.deepEqual([trailing.filtered, trailing.slaves.length], [true, 0]);
    // A paste that starts with one starts after it.
    const start = parse('[...]\nSlave Interface: eth1\nMII Status: up\n');
    assert.deepEqual(start.bonds.map((b) => [b.firstLine, b.fragment, b.slaves.map((s) => s.name)]), [[1, true, ['eth1']]]);
    // Frames alone, words in prose, or a long line say nothing of the kind.
    for (const other of ['----', '()', '<>', 'snip snap', '.. ', `[${'.'.repeat(50)}]`]) {
      assert.equal(only(ACTIVE_BACKUP.replace('\nSlave', `\n${other}\nSlave`)).filtered, false, other);
    }
    // Nor does text after a dump in a ticket (`more`'s frame before the next file).
    assert.equal(only(`Our bond:\n${ACTIVE_BACKUP}\n::::::::::::::\n`).filtered, false);
  });

  it('no-break, ideographic and zero-width spaces of a copy from a web page or a chat read as spaces', () => {
    const plain = only(ACTIVE_BACKUP);
    const read = (b: ProcBond) => b.lines.filter((l) => l.kind !== 'blank').map((l) => [l.kind, l.field?.id, l.valueText, cols(l.span), cols(l.value)]);
    for (const [space, text] of [
      ['U+00A0', ACTIVE_BACKUP.replaceAll(' ', '\u00a0')],
      ['U+202F', ACTIVE_BACKUP.replaceAll(': ', ':\u202f')],
      ['U+3000', ACTIVE_BACKUP.replaceAll('\n', '\n\u3000')],
      ['U+200B', ACTIVE_BACKUP.replaceAll('\n', '\u200b\n')],
    ] as const) {
      const bond = only(text);
      assert.deepEqual(bond.lines.filter((l) => l.kind === 'unknown'), [], space);
      if (space !== 'U+3000') assert.deepEqual(read(bond), read(plain), space);
    }
  });

  it('a line or a value set in Markdown\'s bold reads as the text inside', () => {
    const bond = only(ACTIVE_BACKUP.replace('MII Status: up', '**MII Status: up**').replace('Speed: 1000 Mbps', 'Speed: __1000 Mbps__'));
    const status = bond.lines.find((l) => l.labelText === 'MII Status')!;
    assert.deepEqual([status.field?.id, status.valueText, cols(status.span), cols(status.value)], ['bond.miiStatus', 'up', '2-16', '14-16']);
    const speed = bond.lines.find((l) => l.field?.id === 'slave.speed')!;
    assert.deepEqual([speed.valueText, cols(speed.value)], ['1000 Mbps', '9-18']);
    assert.deepEqual(bond.lines.filter((l) => l.kind === 'unknown'), []);
  });

  it('`grep -n`, `grep -Hn`, `cat -n`: a line number before each line; a jump in the numbers shows lines left out', () => {
    const lines = ACTIVE_BACKUP.split('\n');
    const numbered = (prefix: (n: number) => string, keep = (_: string) => true) =>
      lines
        .map((l, i) => `${prefix(i + 1)}${l}`)
        .filter((_, i) => keep(lines[i]!))
        .join('\n');
    const read = (text: string) => parse(text).bonds.map((b) => [b.name, b.firstLine, b.lastLine, b.filtered, b.slaves.map((p) => p.name).join(','), b.lines.filter((l) => l.kind === 'unknown').length]);
    assert.deepEqual(read(numbered((n) => `${n}:`)), [[undefined, 0, 17, false, 'eth0', 0]]);
    assert.deepEqual(read(numbered((n) => `/proc/net/bonding/bond2:${n}:`)), [['bond2', 0, 17, false, 'eth0', 0]]);
    assert.deepEqual(read(numbered((n) => `${String(n).padStart(6)}\t`)), [[undefined, 0, 17, false, 'eth0', 0]]);
    // `grep -n -E 'Mode|Status|Interface'`: the numbers jump.
    const picked = (l: string) => /Mode|Status|Interface/.test(l);
    assert.deepEqual(read(numbered((n) => `${n}:`, picked)), [[undefined, 0, 3, true, 'eth0', 0]]);
    // `cat -n` with a line removed by hand: the numbers say so, though a blank line is there.
    assert.deepEqual(read(numbered((n) => `${String(n).padStart(6)}\t`, (l) => !l.startsWith('Up Delay'))), [[undefined, 0, 16, true, 'eth0', 0]]);
    // Two dumps in one grep output: the second is grep's too, which shows no blank line of it.
    const solid = (from: number) => lines.filter((l) => l !== '').map((l, i) => `bond0:${from + i}:${l}`).join('\n');
    assert.deepEqual(read(`${solid(1)}\n${solid(31)}`).map((b) => b[3]), [true, true]);
    assert.deepEqual(read(`${numbered((n) => `bond0:${n}:`)}\n${numbered((n) => `bond0:${n + 30}:`)}`).map((b) => b[3]), [false, false]);
    // The number is no file name (a bond named `3` was one without a name), and text without a number ends the dump.
    assert.deepEqual(read('3:Bonding Mode: fault-tolerance (active-backup)\n4:Primary Slave: None\nThat is all.\n'), [[undefined, 0, 1, true, '', 0]]);
  });

  it('grep output ends at a line without its file name, except a blank or comment line', () => {
    const text = ['/proc/net/bonding/bond0:Bonding Mode: fault-tolerance (active-backup)', '# bondlint disable=proc.bond-down', '/proc/net/bonding/bond0:MII Status: down', 'Speed: 1000 Mbps', '/proc/net/bonding/bond0:MII Status: down'].join('\n');
    assert.deepEqual(
      parse(text).bonds.map((b) => [b.firstLine, b.lastLine, b.lines.map((l) => l.kind).join(',')]),
      [
        [0, 2, 'field,comment,field'],
        [4, 4, 'field'],
      ],
    );
  });

  it('two captures of one bond, each after the same prompt or fence: two dumps with their own marker lines', () => {
    const prompt = '[root@host ~]# cat /proc/net/bonding/bond0';
    const doc = parse(`${prompt}\n${ACTIVE_BACKUP}\n${prompt}\n${ACTIVE_BACKUP}\n`);
    assert.deepEqual(
      doc.bonds.map((b) => [b.name, b.marker?.line, b.driver?.line, b.lastLine]),
      [
        ['bond0', 0, 1, 18],
        ['bond0', 19, 20, 37],
      ],
    );
    // Quoted with a blank quote line between each two (Markdown's `>` paragraphs): the prompt names the dump below it.
    const quoted = parse(['Status:', prompt, '', ...ACTIVE_BACKUP.split('\n')].map((l) => `> ${l}`.trimEnd()).join('\n>\n'));
    assert.deepEqual(quoted.bonds.map((b) => [b.name, b.marker?.line, b.driver?.line]), [['bond0', 2, 6]]);
    const fenced = parse(`Before:\n\`\`\`\n${ACTIVE_BACKUP}\n\`\`\`\nAfter:\n\`\`\`\n${ACTIVE_BACKUP}\n\`\`\`\n`);
    assert.deepEqual(
      fenced.bonds.map((b) => [b.driver?.line, b.lastLine]),
      [
        [2, 19],
        [23, 40],
      ],
    );
  });
});

describe('procBonding: dumps inside other text', () => {
  const PROSE_BEFORE = ['# Ticket 4711', '', 'After the maintenance the bond is slow. Output:', ''];

  it('Markdown: only the fenced dump is parsed; the prose is left alone', () => {
    const text = [...PROSE_BEFORE, '```bonding', ACTIVE_BACKUP, '```', '', 'Speed: the customer says it is slow.', 'What next?'].join('\n');
    const doc = parse(text);
    assert.equal(doc.wholeDocument, false);
    assert.deepEqual(
      doc.bonds.map((b) => [b.firstLine, b.lastLine]),
      [[5, 22]],
    );
  });

  it('a dump with no fence ends at two stray lines; trailing blank and stray lines are not part of it', () => {
    const text = [...PROSE_BEFORE, ACTIVE_BACKUP, '', 'That is all we have.', 'Thanks!', '', ACTIVE_BACKUP].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.bonds.map((b) => [b.firstLine, b.lastLine, b.lines.length]),
      [
        [4, 21, 18],
        [26, 43, 18],
      ],
    );
  });

  it('stray lines followed by more dump lines do not end the dump (a hand-edited dump stays one)', () => {
    const text = [...PROSE_BEFORE, DUMP.replace('Min links: 0', 'Min links: 0\nAggregator ID: 1\nNumber of ports: 2')].join('\n');
    const doc = parse(text);
    assert.equal(doc.bonds.length, 1);
    assert.equal(doc.bonds[0]!.slaves.length, 2);
  });

  it('log lines around a dump: the name comes from the logged command, the log lines (that one too) stay outside', () => {
    const text = [
      '2025-03-14T09:12:01+00:00 netcollect[2214]: INFO running: cat /proc/net/bonding/bond0',
      ACTIVE_BACKUP,
      '2025-03-14T09:12:02+00:00 netcollect[2214]: INFO command finished rc=0',
      '2025-03-14T09:12:02+00:00 netcollect[2214]: INFO running: ethtool eth0',
    ].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.bonds.map((b) => [b.name, b.marker, b.firstLine, b.lastLine]),
      [['bond0', undefined, 1, 18]],
    );
    assert.ok(doc.bonds[0]!.lines.every((l) => l.kind !== 'unknown'));
    // A command with options after the path names it too (`bat`'s plain output); the options are not part of the name.
    for (const command of ['❯ bat /proc/net/bonding/bond0 -p', '$ cat /proc/net/bonding/bond0 -A --show-all']) {
      assert.deepEqual(parse(`${command}\n${ACTIVE_BACKUP}`).bonds.map((b) => b.name), ['bond0'], command);
    }
  });

  it('a line that names a dump but is followed by prose names nothing', () => {
    assert.equal(parse('cat /proc/net/bonding/bond0\nno such file\n').bonds.length, 0);
  });

  it('lines written as strings: the items of a JSON list (Ansible stdout_lines), their text between the quotes', () => {
    const items = DUMP.split('\n').map((l, i, all) => `        ${JSON.stringify(l)}${i < all.length - 1 ? ',' : ''}`);
    const text = ['ok: [db01] => {', '    "bond.stdout_lines": [', ...items, '    ]', '}', '', 'PLAY RECAP ****', 'db01 : ok=2 changed=0'].join('\n');
    const doc = parse(text);
    assert.equal(doc.wholeDocument, false);
    assert.equal(doc.bonds.length, 1);
    const bond = doc.bonds[0]!;
    assert.deepEqual([bond.firstLine, bond.lastLine], [2, 2 + items.length - 1]);
    // Every line says what it says in the dump itself.
    assert.deepEqual(read(bond), read(only(DUMP)));
    assert.deepEqual(
      bond.slaves.map((p) => p.name),
      ['eth0', 'eth1'],
    );
    // `        "\tAggregator ID: 1",`: after the quote and the tab's escape; the value ends before the closing quote.
    const aggregator = node(bond, 21);
    assert.deepEqual([aggregator.field!.id, cols(aggregator.label), cols(aggregator.value), aggregator.valueText], ['aggregator.id', '11-24', '26-27', '1']);
    assert.equal(node(bond, 4).kind, 'blank');
  });

  it("lines written as strings: the items of a YAML list (Ansible's YAML output), after the dash, between the quotes where they have them", () => {
    // As PyYAML writes them: quotes around a line with `: ` or a TAB (double quotes, `\t`), none around `802.3ad info`.
    const items = DUMP.split('\n').map((l) => yamlItem(l));
    assert.ok(items.includes('  - 802.3ad info') && items.includes("  - ''"));
    const text = ['ok: [db01] =>', '  bond.stdout_lines:', ...items, '', 'PLAY RECAP ****'].join('\n');
    const doc = parse(text);
    assert.equal(doc.wholeDocument, false);
    const bond = doc.bonds[0]!;
    assert.deepEqual([doc.bonds.length, bond.firstLine, bond.lastLine], [1, 2, 2 + items.length - 1]);
    assert.deepEqual(read(bond), read(only(DUMP)));
    // `  - "\tAggregator ID: 1"`: after the quote and the tab's escape; `  - 802.3ad info`: after the dash and its blank.
    const aggregator = node(bond, 21);
    assert.deepEqual([aggregator.field!.id, cols(aggregator.label), cols(aggregator.value)], ['aggregator.id', '7-20', '22-23']);
    assert.deepEqual(cols(node(bond, 13).span), '4-16');
    // The key after the list is no item: the list ends there.
    assert.deepEqual(
      parse([...items.slice(0, 8), '  stdout: |-', '    MII Status: up'].join('\n')).bonds.map((b) => [b.firstLine, b.lastLine]),
      [[0, 7]],
    );
  });

  it('lines written as strings: Python lists in either quote, a string over several lines with its escaped line breaks', () => {
    const python = only(["BONDS = [", "    'Bonding Mode: fault-tolerance (active-backup)',", '    "Primary Slave: None",', "    'Currently Active Slave: eth0',", "    'MII Status: up',", "    '',", "    'Slave Interface: eth0',", "    'MII Status: up'", ']'].join('\n'));
    assert.deepEqual(
      python.lines.map((l) => [l.kind, l.field?.id, l.valueText]),
      [
        ['field', 'bond.mode', 'fault-tolerance (active-backup)'],
        ['field', 'bond.primary', 'None'],
        ['field', 'bond.activeSlave', 'eth0'],
        ['field', 'bond.miiStatus', 'up'],
        ['blank', undefined, ''],
        ['field', 'slave.interface', 'eth0'],
        ['field', 'slave.miiStatus', 'up'],
      ],
    );
    const c = only(['static const char *dump =', '    "Bonding Mode: load balancing (round-robin)\\n"', '    "MII Status: up\\n"', '    "\\n"', '    "Slave Interface: eth0\\n" +', '    "MII Status: down\\n");'].join('\n'));
    assert.deepEqual(
      c.lines.map((l) => [l.kind, l.valueText, cols(l.value)]),
      [
        ['field', 'load balancing (round-robin)', '19-47'],
        ['field', 'up', '17-19'],
        ['blank', '', undefined],
        ['field', 'eth0', '22-26'],
        ['field', 'down', '17-21'],
      ],
    );
  });

  it('a dump whose line breaks were lost opens no dump, and is a stray line in one', () => {
    const flat = 'Ethernet Channel Bonding Driver: v6.8.0-54-generic Bonding Mode: fault-tolerance (active-backup) MII Status: up';
    assert.equal(parse(`$ echo $(cat /proc/net/bonding/bond0)\n${flat}\n`).bonds.length, 0);
    assert.equal(parse(`${flat.slice(flat.indexOf('Bonding Mode'))}\n`).bonds.length, 0);
    const bond = only(`${ACTIVE_BACKUP}\nSlave Interface: eth2 MII Status: up Speed: 1000 Mbps\nDuplex: full\n`);
    assert.deepEqual(
      bond.lines.slice(-2).map((l) => [l.kind, l.labelText, l.field?.id]),
      [
        ['unknown', 'Slave Interface', undefined],
        ['field', 'Duplex', 'slave.duplex'],
      ],
    );
    assert.equal(bond.slaves.length, only(ACTIVE_BACKUP).slaves.length);
  });

  it('a line that is no string ends a dump of strings: code that builds a dump line by line is none', () => {
    const code = [
      'lines = [',
      '    "Ethernet Channel Bonding Driver: v5.14.0",',
      '    "",',
      '    f"Bonding Mode: fault-tolerance ({mode})",',
      '    f"Currently Active Slave: {active}",',
      '    "MII Status: up",',
      '    "Up Delay (ms): 0",',
      ']',
    ].join('\n');
    const doc = parse(code);
    assert.deepEqual(
      doc.bonds.map((b) => [b.firstLine, b.lastLine]),
      [[1, 1]],
    );
    // A blank line or a comment between the items does not end it.
    const commented = only(['[', '  "Bonding Mode: load balancing (round-robin)",', '', '  # the port', '  "MII Status: up",', ']'].join('\n'));
    assert.deepEqual([commented.firstLine, commented.lastLine, commented.lines.map((l) => l.kind).join(' ')], [1, 4, 'field blank comment field']);
  });

  it('a quoted label in prose or a JSON value opens no dump', () => {
    assert.equal(parse('"Bonding Mode: IEEE 802.3ad Dynamic link aggregation" is what it should say.\n"MII Status: up" too.\n').bonds.length, 0);
    assert.equal(parse('{\n  "mode": "Bonding Mode: IEEE 802.3ad Dynamic link aggregation",\n  "mii": "MII Status: up"\n}\n').bonds.length, 0);
    assert.equal(parse('"\n"Bonding Mode: balance-rr\n').bonds.length, 0);
  });

  it('lines written as comments: a dump shown in a script or a doc, `#` before each line, read in place', () => {
    const commented = DUMP.split('\n').map((l) => `# ${l}`.trimEnd());
    const text = ['#!/bin/bash', '# What bond0 showed:', '#', ...commented, '', 'set -eu', 'grep -c "MII Status: up" /proc/net/bonding/bond0'].join('\n');
    const doc = parse(text);
    assert.equal(doc.wholeDocument, false);
    assert.equal(doc.bonds.length, 1);
    const bond = doc.bonds[0]!;
    assert.deepEqual([bond.firstLine, bond.lastLine], [3, 3 + commented.length - 1]);
    assert.deepEqual(read(bond), read(only(DUMP)));
    // `# \tAggregator ID: 1`: after the `#`, its blank and the tab.
    const aggregator = node(bond, 4 + 18);
    assert.deepEqual([aggregator.field!.id, cols(aggregator.label), cols(aggregator.value)], ['aggregator.id', '3-16', '18-19']);
    // More blanks after the `#` on some lines, a blank line without it: the same dump.
    const indented = only(['# Bonding Mode: fault-tolerance (active-backup)', '#   MII Status: up', '', '# Slave Interface: eth0', '#   MII Status: down'].join('\n'));
    assert.deepEqual(
      indented.lines.map((l) => [l.kind, l.field?.id, l.valueText]),
      [
        ['field', 'bond.mode', 'fault-tolerance (active-backup)'],
        ['field', 'bond.miiStatus', 'up'],
        ['blank', undefined, ''],
        ['field', 'slave.interface', 'eth0'],
        ['field', 'slave.miiStatus', 'down'],
      ],
    );
  });

  it('a dump written as comments ends at a line without its `#`, and a comment in another dump stays a comment', () => {
    // Python: the comment block is indented with the code; the code after it is no dump line.
    const python = ['def test_active_backup():', '    # Bonding Mode: fault-tolerance (active-backup)', '    # MII Status: up', '    # Slave Interface: eth0', '    assert parse(DUMP).mode == 1', '    # MII Status: down'].join('\n');
    assert.deepEqual(
      parse(python).bonds.map((b) => [b.firstLine, b.lastLine, b.lines.map((l) => l.field?.id).join(' ')]),
      [[1, 3, 'bond.mode bond.miiStatus slave.interface']],
    );
    // A script that starts with a commented dump is no dump: its lines after the comments are not the dump's.
    assert.equal(parse('# Bonding Mode: load balancing (round-robin)\n# MII Status: up\n#\n# Run it again to see the change.\nset -eu\n').wholeDocument, false);
    // In a dump that is not commented, or quoted with `> `, a `# …` line is a comment, not a line of the dump.
    for (const prefix of ['', '> ', '  ']) {
      const bond = only([`${prefix}Bonding Mode: fault-tolerance (active-backup)`, '# MII Status: down', `${prefix}MII Status: up`].join('\n'));
      assert.deepEqual(
        bond.lines.map((l) => [l.kind, l.field?.id]),
        [
          ['field', 'bond.mode'],
          ['comment', undefined],
          ['field', 'bond.miiStatus'],
        ],
        JSON.stringify(prefix),
      );
    }
    // A Markdown heading is no dump: a second line of the dump must follow the first.
    assert.equal(parse('## Bonding Mode: IEEE 802.3ad Dynamic link aggregation\n\nMII Status: up\n').bonds.length, 0);
    assert.equal(parse('# Bonding Mode: what each one does\n\nThe mode decides how frames are spread.\n# MII Status: up\n').bonds.length, 0);
    assert.equal(parse('# Bonding Mode: load balancing (round-robin)\n# Why this mode\n# MII Status: up\n').bonds.length, 0);
    assert.equal(parse('# Ethernet Channel Bonding Driver: v6.8.0\n#\n\n# Bonding Mode: load balancing (round-robin)\n').bonds.length, 1);
  });

  it('a `# bondlint` comment among lines written as comments is a comment of the dump, not a line of it', () => {
    const text = ['# Bonding Mode: fault-tolerance (active-backup)', '# bondlint disable=proc.bond-down', '# MII Status: up', '#', '# Slave Interface: eth0', '#bondlint disable=proc.slave-down', '# MII Status: down', 'exit 0'].join('\n');
    assert.deepEqual(
      only(text).lines.map((l) => [l.kind, l.field?.id, cols(l.comment)]),
      [
        ['field', 'bond.mode', undefined],
        ['comment', undefined, '2-33'],
        ['field', 'bond.miiStatus', undefined],
        ['blank', undefined, undefined],
        ['field', 'slave.interface', undefined],
        ['comment', undefined, '0-33'],
        ['field', 'slave.miiStatus', undefined],
      ],
    );
  });

  it('pdsh and clush output: `host: ` before each line, a dump per host, named by the command that printed them', () => {
    const text = ['$ pdsh -w db[01-02] cat /proc/net/bonding/bond1', ...ACTIVE_BACKUP.split('\n').map((l) => `db01: ${l}`), ...DUMP.split('\n').map((l) => `db02: ${l}`.trimEnd()), '$'].join('\n');
    const doc = parse(text);
    assert.deepEqual(
      doc.bonds.map((b) => [b.name, b.firstLine, b.lastLine, b.filtered]),
      [
        ['bond1', 1, 18, false],
        ['bond1', 19, 77, false],
      ],
    );
    assert.deepEqual(read(doc.bonds[0]!), read(only(ACTIVE_BACKUP)));
    assert.deepEqual(read(doc.bonds[1]!), read(only(DUMP)));
    // `db02: \tAggregator ID: 1`: after the host, its blank and the tab.
    const aggregator = node(doc.bonds[1]!, 20 + 18);
    assert.deepEqual([aggregator.field?.id, cols(aggregator.value)], ['aggregator.id', '22-23']);
    // Through grep, the lines it picked: what it left out is not missing.
    const grepped = only(['db01: Bonding Mode: fault-tolerance (active-backup)', 'db01: MII Status: up', 'db01: MII Status: up', 'db01: MII Status: down'].join('\n'));
    assert.deepEqual([grepped.filtered, grepped.name, grepped.lines.length], [true, undefined, 4]);
    // Hosts' lines mixed (pdsh writes each host's lines as they come): a dump per host's first run of lines, each with
    // lines left out, as a dump line of its host comes after it.
    const a = ACTIVE_BACKUP.split('\n').map((l) => `db01: ${l}`);
    const b = ACTIVE_BACKUP.split('\n').map((l) => `db02: ${l}`);
    const mixed = [...a.slice(0, 9), ...b.slice(0, 12), ...a.slice(9), ...b.slice(12)];
    // also quoted in a reply
    for (const lines of [mixed, mixed.map((l) => `> ${l}`)]) {
      assert.deepEqual(
        parse(lines.join('\n')).bonds.map((b) => [b.firstLine, b.lastLine, b.filtered]),
        [
          [0, 8, true],
          [9, 20, true],
        ],
      );
    }
    // A kernel message or a note has a host's form; no dump line of the same "host" follows it.
    assert.equal(parse('bonding: Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\nbonding: MII link monitoring set to 100 ms\n').bonds.length, 0);
    assert.equal(parse('Note: Bonding Mode: balance-rr needs a static trunk on the switch.\nIt is mode 0.\n').bonds.length, 0);
  });

  it("head's header written as a comment names the commented dump after it", () => {
    const text = ['# <<<lnx_bonding:sep(58)>>>', '# ==> bond0 <==', ...ACTIVE_BACKUP.split('\n').map((l) => `# ${l}`.trimEnd()), '#', '# ==> bond1 <==', '# Bonding Mode: load balancing (round-robin)', '# MII Status: down'].join('\n');
    assert.deepEqual(
      parse(text).bonds.map((b) => [b.name, b.firstLine, b.lastLine]),
      [
        ['bond0', 1, 19],
        ['bond1', 21, 23],
      ],
    );
  });
});

describe('procBonding: never throws', () => {
  const check = (text: string) => {
    const doc = parse(text);
    const raws = splitLines(text);
    for (const bond of doc.bonds) {
      assert.ok(bond.firstLine <= bond.lastLine && bond.lastLine < raws.length);
      let previous = -1;
      for (const l of bond.lines) {
        assert.ok(l.line > previous, 'lines in order');
        previous = l.line;
        const length = raws[l.line]!.length;
        for (const s of [l.span, l.label, l.value, l.comment]) if (s) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, 'span inside its line');
      }
    }
    return doc;
  };

  it('empty and blank texts, binary bytes, NUL, lone \\r', () => {
    for (const text of ['', '\n', '\r', '\r\r\r', '\0', 'Bonding Mode: \0\0\0\nMII Status: \u0000up', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))]) {
      check(text);
    }
    const binary = check(`${DUMP.slice(0, 400)}\0\u0001\u00ff\ufffd${DUMP.slice(400)}`);
    assert.equal(binary.bonds.length, 1);
  });

  it('a 1 MB line, alone or inside a dump, is parsed in well under a second', () => {
    for (const line of ['x'.repeat(1 << 20), '##:##  '.repeat(150_000), `Bonding Mode: ${'# '.repeat(500_000)}`, `proc/net/bonding/${'a'.repeat(1 << 20)} b`, ': '.repeat(500_000)]) {
      const started = Date.now();
      check(line);
      check(`${DUMP}\n${line}\n${ACTIVE_BACKUP}`);
      assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    }
  });

  it('random text, and dumps with random lines inserted', () => {
    const lines = DUMP.split('\n');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        check(s);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(lines.length), fc.string({ unit: 'grapheme-ascii', maxLength: 40 })), { maxLength: 8 }), (inserts) => {
        const copy = [...lines];
        for (const [at, junk] of inserts) copy.splice(at, 0, junk);
        const doc = check(copy.join(Math.random() < 0.5 ? '\n' : '\r\n'));
        assert.ok(doc.bonds.length >= 1);
      }),
      { numRuns: 300 },
    );
  });
});
