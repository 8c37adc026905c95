import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  grammarContributions,
  lineOf,
  repoPath,
  scopesAt,
  tokenAt,
  tokenizeFile,
  tokenizeLines,
  tokenizeText,
  type TokenizedText,
} from './tokenize';

const readJson = (path: string) => JSON.parse(readFileSync(repoPath(path), 'utf8'));

const BS = 'source.bonding-status';
const IFCFG = 'source.ifcfg';
const MD = 'text.html.markdown';

describe('grammar and language-configuration files', () => {
  it('every contributed grammar is valid JSON whose scopeName matches package.json', () => {
    const contributions = grammarContributions();
    const expected: Record<string, string> = {
      './syntaxes/bonding-status.tmLanguage.json': 'source.bonding-status',
      './syntaxes/ifcfg.tmLanguage.json': 'source.ifcfg',
      './syntaxes/markdown-bonding.tmLanguage.json': 'markdown.bonding.codeblock',
    };
    for (const [path, scopeName] of Object.entries(expected)) {
      assert.ok(contributions.some((g) => g.path === path && g.scopeName === scopeName), `${path} contributed as ${scopeName}`);
    }
    for (const g of contributions) {
      assert.ok(existsSync(repoPath(g.path)), `${g.path} exists`);
      assert.equal(readJson(g.path).scopeName, g.scopeName, g.path);
    }
  });

  it('the markdown injection targets markdown and embeds the bonding-status language', () => {
    const contribution = grammarContributions().find((g) => g.scopeName === 'markdown.bonding.codeblock');
    assert.ok(contribution);
    assert.deepEqual(contribution.injectTo, [MD]);
    assert.deepEqual(contribution.embeddedLanguages, { 'meta.embedded.block.bonding-status': 'bonding-status' });
    assert.equal(readJson(contribution.path).injectionSelector, 'L:text.html.markdown');
  });

  it('a dump opens as bonding-status by its first line, also as grep printed it', () => {
    const languages: { id: string; firstLine?: string }[] = readJson('package.json').contributes.languages;
    const firstLine = new RegExp(languages.find((l) => l.id === 'bonding-status')!.firstLine!);
    for (const line of ['Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)', '/proc/net/bonding/bond0:Ethernet Channel Bonding Driver: v6.8.0', '1:Ethernet Channel Bonding Driver: v6.8.0', '/proc/net/bonding/bond0:1:Ethernet Channel Bonding Driver: v6.8.0', '     1\tEthernet Channel Bonding Driver: v6.8.0']) assert.match(line, firstLine);
    for (const line of ['# Ethernet Channel Bonding Driver: v3.7.1', 'log: Ethernet Channel Bonding Driver: v3.7.1', '12:Ethernet Channel Bonding Driver: v6.8.0']) assert.doesNotMatch(line, firstLine);
  });

  it('language configurations are valid JSON with # line comments', () => {
    const manifest = readJson('package.json');
    const languages: { id: string; configuration?: string }[] = manifest.contributes.languages;
    for (const id of ['bonding-status', 'ifcfg']) {
      const language = languages.find((l) => l.id === id);
      assert.ok(language?.configuration, `${id} has a language configuration`);
      const config = readJson(language.configuration);
      assert.equal(config.comments.lineComment, '#', language.id);
    }
    const ifcfg = readJson('language-configuration/ifcfg.json');
    assert.ok(ifcfg.brackets.some(([open, close]: string[]) => open === '{' && close === '}'));
    for (const quote of ['"', "'"]) {
      assert.ok(ifcfg.autoClosingPairs.some((p: { open: string }) => p.open === quote), `auto-closes ${quote}`);
      assert.ok(ifcfg.surroundingPairs.some(([open]: string[]) => open === quote), `surrounds with ${quote}`);
    }
  });

  // What double-click selects: the editor takes the wordPattern match that contains the cursor.
  function wordAt(configPath: string, line: string, inside: string): string {
    const pattern = new RegExp(readJson(configPath).wordPattern, 'g');
    const offset = line.indexOf(inside);
    for (const m of line.matchAll(pattern)) {
      if (m.index <= offset && offset < m.index + m[0].length) return m[0];
    }
    return '';
  }

  it('bonding-status words keep MAC addresses, versions and N/A whole', () => {
    const config = 'language-configuration/bonding-status.json';
    assert.equal(wordAt(config, 'System MAC address: 9c:63:c0:b8:ff:0a', 'b8'), '9c:63:c0:b8:ff:0a');
    assert.equal(wordAt(config, 'Transmit Hash Policy: layer3+4 (1)', '+'), 'layer3+4');
    assert.equal(wordAt(config, 'Bonding Mode: IEEE 802.3ad Dynamic link aggregation', '3ad'), '802.3ad');
    assert.equal(wordAt(config, 'Aggregator ID: N/A', '/'), 'N/A');
    assert.equal(wordAt(config, 'NS IPv6 target/s (xx::xx form): fe80::1', 'fe80'), 'fe80::1');
    assert.equal(wordAt(config, 'Partner Mac Address: 00:00:5e:00:01:01', 'Address'), 'Address');
    assert.equal(wordAt(config, 'MII Status: up', 'Status'), 'Status');
  });

  it('ifcfg words split key=value but keep option names, modes, policies and addresses whole', () => {
    const config = 'language-configuration/ifcfg.json';
    const line = 'BONDING_OPTS="mode=802.3ad xmit_hash_policy=layer3+4 ad_actor_system=02:00:5e:10:00:01"';
    assert.equal(wordAt(config, line, 'OPTS'), 'BONDING_OPTS');
    assert.equal(wordAt(config, line, 'mode'), 'mode');
    assert.equal(wordAt(config, line, '802'), '802.3ad');
    assert.equal(wordAt(config, line, 'hash'), 'xmit_hash_policy');
    assert.equal(wordAt(config, line, 'layer'), 'layer3+4');
    assert.equal(wordAt(config, line, '5e:10'), '02:00:5e:10:00:01');
    assert.equal(wordAt(config, 'IPADDR=192.0.2.10', '0.2'), '192.0.2.10');
    assert.equal(wordAt(config, 'NAME="${DEVICE}"', 'DEVICE'), 'DEVICE');
  });
});

describe('bonding-status grammar: 802.3ad dump', () => {
  let doc: TokenizedText;
  before(async () => {
    doc = await tokenizeFile(BS, 'fixtures/proc/seed-802.3ad.txt');
  });

  it('scopes the driver header', () => {
    const n = lineOf(doc, 'Ethernet Channel Bonding Driver:');
    assert.deepEqual(scopesAt(doc, n, 'Ethernet Channel Bonding Driver'), [
      BS, 'meta.header.driver.bonding-status', 'markup.heading.driver.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, 'v5.10.0-3.0.0.0_rc1'), [
      BS, 'meta.header.driver.bonding-status', 'constant.numeric.version.bonding-status',
    ]);
  });

  it('scopes a label, the separator and an enumerated value', () => {
    const n = lineOf(doc, 'Transmit Hash Policy:');
    assert.deepEqual(scopesAt(doc, n, 'Transmit Hash Policy'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, ':'), [
      BS, 'meta.field.bonding-status', 'punctuation.separator.key-value.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, 'layer3+4'), [
      BS, 'meta.field.bonding-status', 'constant.language.policy.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, '1'), [
      BS, 'meta.field.bonding-status', 'constant.numeric.integer.bonding-status',
    ]);
  });

  it('keeps a label with a unit in parentheses whole and scopes its number', () => {
    const n = lineOf(doc, 'MII Polling Interval (ms):');
    assert.equal(tokenAt(doc, n, 'MII').text, 'MII Polling Interval (ms)');
    assert.deepEqual(scopesAt(doc, n, '100'), [
      BS, 'meta.field.bonding-status', 'constant.numeric.integer.bonding-status',
    ]);
  });

  it('scopes the mode text and the section headings', () => {
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Bonding Mode:'), 'IEEE 802.3ad Dynamic link aggregation'), [
      BS, 'meta.field.bonding-status', 'constant.language.mode.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, '802.3ad info'), '802.3ad info'), [
      BS, 'markup.heading.section.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Active Aggregator Info:'), 'Active Aggregator Info'), [
      BS, 'markup.heading.section.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'details actor lacp pdu:'), 'details actor lacp pdu'), [
      BS, 'markup.heading.section.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'details partner lacp pdu:'), 'details partner lacp pdu'), [
      BS, 'markup.heading.section.bonding-status',
    ]);
  });

  it('scopes MAC addresses, including tab-indented aggregator lines', () => {
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'System MAC address:'), '9c:63:c0:b8:ff:0a'), [
      BS, 'meta.field.bonding-status', 'constant.other.mac.bonding-status',
    ]);
    const n = lineOf(doc, '\tPartner Mac Address:');
    assert.deepEqual(scopesAt(doc, n, 'Partner Mac Address'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, '00:00:5e:00:01:01'), [
      BS, 'meta.field.bonding-status', 'constant.other.mac.bonding-status',
    ]);
  });

  it('makes Slave Interface lines section headers naming the interface', () => {
    const n = lineOf(doc, 'Slave Interface: p1');
    assert.deepEqual(scopesAt(doc, n, 'Slave Interface'), [
      BS, 'markup.heading.slave.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, 'p1'), [
      BS, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status',
    ]);
  });

  it('scopes state keywords, Unknown and the speed unit', () => {
    const p1 = lineOf(doc, 'Slave Interface: p1');
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'MII Status:', p1), 'down'), [
      BS, 'meta.field.bonding-status', 'constant.language.state.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Actor Churn State:', p1), 'churned'), [
      BS, 'meta.field.bonding-status', 'constant.language.state.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Speed:', p1), 'Unknown'), [
      BS, 'meta.field.bonding-status', 'constant.language.unknown.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Duplex: full'), 'full'), [
      BS, 'meta.field.bonding-status', 'constant.language.state.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'LACP rate:'), 'slow'), [
      BS, 'meta.field.bonding-status', 'constant.language.policy.bonding-status',
    ]);
    const speed = lineOf(doc, 'Speed: 100000 Mbps');
    assert.deepEqual(scopesAt(doc, speed, '100000'), [
      BS, 'meta.field.bonding-status', 'constant.numeric.integer.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, speed, 'Mbps'), [
      BS, 'meta.field.bonding-status', 'keyword.other.unit.bonding-status',
    ]);
  });

  it('scopes the space-indented LACPDU detail lines', () => {
    const n = lineOf(doc, '    port state: 69');
    assert.deepEqual(scopesAt(doc, n, 'port state'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, '69'), [
      BS, 'meta.field.bonding-status', 'constant.numeric.integer.bonding-status',
    ]);
  });

  it('leaves no line of the dump without a field, heading or header scope', () => {
    const meaningful = /^(meta\.field|meta\.header|markup\.heading)\./;
    doc.lines.forEach((line, i) => {
      if (line.trim() === '') return;
      assert.ok(doc.tokens[i].some((t) => t.scopes.slice(1).some((s) => meaningful.test(s))), `line ${i}: ${line}`);
    });
  });
});

describe('bonding-status grammar: annotated dump', () => {
  let doc: TokenizedText;
  before(async () => {
    doc = await tokenizeFile(BS, 'fixtures/proc/seed-annotated-zh.txt');
  });

  it('scopes text after a blank and # as a comment, and the value before it as a value', () => {
    const n = lineOf(doc, 'Ethernet Channel Bonding Driver:');
    assert.deepEqual(scopesAt(doc, n, '#'), [
      BS, 'comment.line.number-sign.bonding-status', 'punctuation.definition.comment.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, '以太网通道绑定驱动程序的版本号。'), [BS, 'comment.line.number-sign.bonding-status']);
    assert.equal(tokenAt(doc, n, 'v5.10').text, 'v5.10.0-3.0.0.0_rc1');
  });

  it('does not treat words inside a comment as values', () => {
    const n = lineOf(doc, 'MII Status: up  #');
    assert.deepEqual(scopesAt(doc, n, 'up'), [
      BS, 'meta.field.bonding-status', 'constant.language.state.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, 'up', '#'), [BS, 'comment.line.number-sign.bonding-status']);
  });

  it('ends headings and Slave Interface names before a trailing comment', () => {
    assert.deepEqual(scopesAt(doc, lineOf(doc, '802.3ad info  #'), '802.3ad info'), [
      BS, 'markup.heading.section.bonding-status',
    ]);
    const n = lineOf(doc, 'Slave Interface: p0');
    assert.deepEqual(scopesAt(doc, n, 'p0'), [
      BS, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, '子接口'), [BS, 'comment.line.number-sign.bonding-status']);
  });

  it('keeps a MAC address before a comment whole', () => {
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Permanent HW addr: 9c:63:c0:b8:ff:0b'), '9c:63:c0:b8:ff:0b'), [
      BS, 'meta.field.bonding-status', 'constant.other.mac.bonding-status',
    ]);
  });

  it('does not take the # of a shell prompt for a comment', () => {
    const n = lineOf(doc, '[root@~]# cat');
    assert.ok(doc.tokens[n].every((t) => t.scopes.every((s) => !s.startsWith('comment.'))));
  });
});

describe('bonding-status grammar: other kernels and copy-paste variants', () => {
  it('scopes head/tail file banners, old headers, suffixes, targets and missing aggregators', async () => {
    const doc = await tokenizeText(BS, [
      '==> /proc/net/bonding/bond0 <==',
      'Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)',
      'Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active)',
      'Primary Slave: eth0 (primary_reselect always)',
      'Currently Active Slave: None',
      'ARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.2',
      'NS IPv6 target/s (xx::xx form): fe80::1, 2001:db8::5',
      'bond bond0 has no active aggregator',
      '# copied from node 2',
    ].join('\n'));
    assert.deepEqual(scopesAt(doc, 0, '==>'), [
      BS, 'meta.separator.file-header.bonding-status', 'punctuation.definition.heading.begin.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 0, '/proc/net/bonding/bond0'), [
      BS, 'meta.separator.file-header.bonding-status', 'markup.heading.file.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 1, 'v3.7.1'), [
      BS, 'meta.header.driver.bonding-status', 'constant.numeric.version.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 1, 'April 27, 2011'), [
      BS, 'meta.header.driver.bonding-status', 'string.unquoted.date.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 2, 'fault-tolerance (active-backup)'), [
      BS, 'meta.field.bonding-status', 'constant.language.mode.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 2, 'fail_over_mac'), [
      BS, 'meta.field.bonding-status', 'entity.other.attribute-name.option.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 3, 'eth0'), [
      BS, 'meta.field.bonding-status', 'variable.other.interface.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 4, 'None'), [
      BS, 'meta.field.bonding-status', 'constant.language.unknown.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 5, 'ARP IP target/s (n.n.n.n form)'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 5, '192.0.2.2'), [
      BS, 'meta.field.bonding-status', 'constant.other.ip-address.ipv4.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 6, 'NS IPv6 target/s (xx::xx form)'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 6, 'fe80::1'), [
      BS, 'meta.field.bonding-status', 'constant.other.ip-address.ipv6.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 6, '2001:db8::5'), [
      BS, 'meta.field.bonding-status', 'constant.other.ip-address.ipv6.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 7, 'bond bond0 has no active aggregator'), [
      BS, 'invalid.illegal.no-aggregator.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 8, 'copied from node 2'), [BS, 'comment.line.number-sign.bonding-status']);
  });

  it('scopes the file name grep writes before each line, and the dump line after it as without it', async () => {
    const doc = await tokenizeText(BS, [
      '/proc/net/bonding/bond0:Bonding Mode: fault-tolerance (active-backup)',
      'sos/proc/net/bonding/bond1:\tAggregator ID: 1',
      '/proc/net/bonding/bond0:',
      '/proc/net/bonding/bond0:Slave Interface: eth0',
    ].join('\n'));
    assert.deepEqual(scopesAt(doc, 0, '/proc/net/bonding/bond0'), [BS, 'entity.name.filename.bonding-status']);
    assert.deepEqual(scopesAt(doc, 0, ':'), [BS, 'punctuation.separator.filename.bonding-status']);
    assert.deepEqual(scopesAt(doc, 0, 'fault-tolerance (active-backup)'), [
      BS, 'meta.field.bonding-status', 'constant.language.mode.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 1, 'sos/proc/net/bonding/bond1'), [BS, 'entity.name.filename.bonding-status']);
    assert.deepEqual(scopesAt(doc, 1, 'Aggregator ID'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 2, '/proc/net/bonding/bond0'), [BS, 'entity.name.filename.bonding-status']);
    assert.deepEqual(scopesAt(doc, 3, 'eth0'), [
      BS, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status',
    ]);
  });

  it('scopes the line number grep -n or cat -n writes before each line, and the dump line after it as without it', async () => {
    const doc = await tokenizeText(BS, ['3:Bonding Mode: fault-tolerance (active-backup)', '/proc/net/bonding/bond0:12:Slave Interface: eth0', '    13\tMII Status: up', '14-Speed: 1000 Mbps', '802.3ad info'].join('\n'));
    assert.deepEqual(scopesAt(doc, 0, '3'), [BS, 'constant.numeric.line-number.bonding-status']);
    assert.deepEqual(scopesAt(doc, 0, 'fault-tolerance (active-backup)'), [BS, 'meta.field.bonding-status', 'constant.language.mode.bonding-status']);
    assert.deepEqual(scopesAt(doc, 1, '12'), [BS, 'constant.numeric.line-number.bonding-status']);
    assert.deepEqual(scopesAt(doc, 1, 'eth0'), [BS, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status']);
    assert.deepEqual(scopesAt(doc, 2, '13'), [BS, 'constant.numeric.line-number.bonding-status']);
    assert.deepEqual(scopesAt(doc, 2, 'MII Status'), [BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status']);
    assert.deepEqual(scopesAt(doc, 3, 'Speed'), [BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status']);
    assert.deepEqual(scopesAt(doc, 4, '802.3ad info'), [BS, 'markup.heading.section.bonding-status']);
  });

  it('scopes a line that stands for lines cut out as a comment, and not a frame alone or a long line', async () => {
    const cuts = ['[...]', '...', '  <snip>', '-- snip --', '(output omitted)', '[... 62 more ports ...]', '……', '（略）', '> [...]'];
    const others = ['----', '()', 'Speed: 1000 Mbps', `[${'.'.repeat(60)}]`];
    const doc = await tokenizeText(BS, [...cuts, ...others].join('\n'));
    cuts.forEach((cut, n) => assert.deepEqual(scopesAt(doc, n, cut.trim()), [BS, 'comment.line.elision.bonding-status'], cut));
    others.forEach((other, i) => assert.ok(!doc.tokens[cuts.length + i]!.some((t) => t.scopes.includes('comment.line.elision.bonding-status')), other));
  });

  it('tolerates a kept carriage return, tabs and odd indentation', async () => {
    const doc = await tokenizeLines(BS, [
      'MII Status: up\r',
      '  Speed:\t1000 Mbps  # copied with a tab\r',
      '\t\tSlave Interface:  eth1 \r',
    ]);
    assert.deepEqual(scopesAt(doc, 0, 'up'), [BS, 'meta.field.bonding-status', 'constant.language.state.bonding-status']);
    assert.deepEqual(scopesAt(doc, 1, 'Speed'), [
      BS, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, 1, '1000'), [BS, 'meta.field.bonding-status', 'constant.numeric.integer.bonding-status']);
    assert.deepEqual(scopesAt(doc, 1, 'copied'), [BS, 'comment.line.number-sign.bonding-status']);
    assert.deepEqual(scopesAt(doc, 2, 'eth1'), [
      BS, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status',
    ]);
  });
});

describe('ifcfg grammar', () => {
  let bond0: TokenizedText;
  let eth0: TokenizedText;
  let bond1: TokenizedText;
  before(async () => {
    bond0 = await tokenizeFile(IFCFG, 'fixtures/grammar/ifcfg-bond0');
    eth0 = await tokenizeFile(IFCFG, 'fixtures/grammar/ifcfg-eth0');
    bond1 = await tokenizeFile(IFCFG, 'fixtures/grammar/ifcfg-bond1');
  });

  it('scopes whole-line comments', () => {
    assert.deepEqual(scopesAt(bond0, 0, '#'), [
      IFCFG, 'comment.line.number-sign.ifcfg', 'punctuation.definition.comment.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, 0, 'Uplink bond'), [IFCFG, 'comment.line.number-sign.ifcfg']);
  });

  it('scopes keys, the = operator, and bonding keys apart from other keys', () => {
    const device = lineOf(bond0, 'DEVICE=');
    assert.deepEqual(scopesAt(bond0, device, 'DEVICE'), [IFCFG, 'meta.assignment.ifcfg', 'variable.other.key.ifcfg']);
    assert.deepEqual(scopesAt(bond0, device, '='), [IFCFG, 'meta.assignment.ifcfg', 'keyword.operator.assignment.ifcfg']);
    assert.deepEqual(scopesAt(bond0, device, 'bond0'), [IFCFG, 'meta.assignment.ifcfg', 'string.unquoted.ifcfg']);
    assert.deepEqual(scopesAt(bond0, lineOf(bond0, 'BONDING_MASTER='), 'BONDING_MASTER'), [
      IFCFG, 'meta.assignment.ifcfg', 'support.variable.key.bonding.ifcfg',
    ]);
    assert.deepEqual(scopesAt(eth0, lineOf(eth0, 'MASTER='), 'MASTER'), [
      IFCFG, 'meta.assignment.ifcfg', 'support.variable.key.bonding.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond1, lineOf(bond1, 'BONDING_SLAVE_0='), 'BONDING_SLAVE_0'), [
      IFCFG, 'meta.assignment.ifcfg', 'support.variable.key.bonding.ifcfg',
    ]);
  });

  it('scopes double-quoted strings with their escapes', () => {
    const n = lineOf(bond0, 'NAME=');
    assert.deepEqual(scopesAt(bond0, n, '"'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.double.ifcfg', 'punctuation.definition.string.begin.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, n, 'Storage uplink '), [IFCFG, 'meta.assignment.ifcfg', 'string.quoted.double.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, '\\"'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.double.ifcfg', 'constant.character.escape.ifcfg',
    ]);
  });

  it('scopes single-quoted and ANSI-C strings', () => {
    assert.deepEqual(scopesAt(bond0, lineOf(bond0, 'ZONE='), 'trusted'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ifcfg',
    ]);
    const n = lineOf(bond0, 'NM_LABEL=');
    assert.deepEqual(scopesAt(bond0, n, "$'"), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ansi-c.ifcfg', 'punctuation.definition.string.begin.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, n, '\\t'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ansi-c.ifcfg', 'constant.character.escape.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, n, 'rack 7'), [IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ansi-c.ifcfg']);
  });

  it('scopes numbers, IPv4 and MAC addresses and booleans in values', () => {
    assert.deepEqual(scopesAt(bond0, lineOf(bond0, 'MTU='), '9000'), [
      IFCFG, 'meta.assignment.ifcfg', 'constant.numeric.integer.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, lineOf(bond0, 'IPADDR='), '192.0.2.10'), [
      IFCFG, 'meta.assignment.ifcfg', 'constant.other.ip-address.ipv4.ifcfg',
    ]);
    assert.deepEqual(scopesAt(eth0, lineOf(eth0, 'HWADDR='), '52:54:00:5c:0a:11'), [
      IFCFG, 'meta.assignment.ifcfg', 'constant.other.mac.ifcfg',
    ]);
    assert.deepEqual(scopesAt(eth0, lineOf(eth0, 'SLAVE='), 'yes'), [
      IFCFG, 'meta.assignment.ifcfg', 'constant.language.boolean.ifcfg',
    ]);
    assert.deepEqual(scopesAt(eth0, lineOf(eth0, 'ONBOOT='), 'yes'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.double.ifcfg', 'constant.language.boolean.ifcfg',
    ]);
    const ip = lineOf(bond1, 'IPADDR=');
    assert.deepEqual(scopesAt(bond1, ip, '198.51.100.7'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ifcfg', 'constant.other.ip-address.ipv4.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond1, ip, '24'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.quoted.single.ifcfg', 'constant.numeric.integer.prefix.ifcfg',
    ]);
  });

  it('scopes comments after a blank, but not a # inside a word', () => {
    const n = lineOf(bond0, 'USERCTL=');
    assert.deepEqual(scopesAt(bond0, n, 'no'), [IFCFG, 'meta.assignment.ifcfg', 'constant.language.boolean.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, 'only root'), [IFCFG, 'comment.line.number-sign.ifcfg']);
    assert.deepEqual(scopesAt(eth0, lineOf(eth0, 'MASTER='), 'port of'), [IFCFG, 'comment.line.number-sign.ifcfg']);
    assert.deepEqual(scopesAt(bond0, lineOf(bond0, 'DESCRIPTION='), 'core#1'), [
      IFCFG, 'meta.assignment.ifcfg', 'string.unquoted.ifcfg',
    ]);
  });

  it('scopes option names and values inside a double-quoted BONDING_OPTS', () => {
    const n = lineOf(bond0, 'BONDING_OPTS=');
    const inOpts = [IFCFG, 'meta.assignment.bonding-opts.ifcfg'];
    assert.deepEqual(scopesAt(bond0, n, 'BONDING_OPTS'), [...inOpts, 'support.variable.key.bonding.ifcfg']);
    const dq = [...inOpts, 'string.quoted.double.ifcfg'];
    assert.deepEqual(scopesAt(bond0, n, 'mode'), [...dq, 'entity.other.attribute-name.option.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, '=', 'mode'), [...dq, 'punctuation.separator.key-value.option.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, '802.3ad'), [
      ...dq, 'meta.option-value.ifcfg', 'string.unquoted.option-value.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, n, 'miimon'), [...dq, 'entity.other.attribute-name.option.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, '100'), [...dq, 'meta.option-value.ifcfg', 'constant.numeric.integer.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, 'xmit_hash_policy'), [...dq, 'entity.other.attribute-name.option.ifcfg']);
    assert.deepEqual(scopesAt(bond0, n, 'layer3+4'), [
      ...dq, 'meta.option-value.ifcfg', 'string.unquoted.option-value.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond0, n, '02:00:5e:10:00:01'), [
      ...dq, 'meta.option-value.ifcfg', 'constant.other.mac.ifcfg',
    ]);
  });

  it('scopes option names and values inside a single-quoted BONDING_MODULE_OPTS', () => {
    const n = lineOf(bond1, 'BONDING_MODULE_OPTS=');
    const sq = [IFCFG, 'meta.assignment.bonding-opts.ifcfg', 'string.quoted.single.ifcfg'];
    assert.deepEqual(scopesAt(bond1, n, 'arp_ip_target'), [...sq, 'entity.other.attribute-name.option.ifcfg']);
    assert.deepEqual(scopesAt(bond1, n, '198.51.100.1'), [
      ...sq, 'meta.option-value.ifcfg', 'constant.other.ip-address.ipv4.ifcfg',
    ]);
    assert.deepEqual(scopesAt(bond1, n, ','), [...sq, 'meta.option-value.ifcfg', 'punctuation.separator.delimiter.ifcfg']);
    assert.deepEqual(scopesAt(bond1, n, 'active-backup'), [
      ...sq, 'meta.option-value.ifcfg', 'string.unquoted.option-value.ifcfg',
    ]);
  });

  it('scopes options in an unquoted BONDING_OPTS, arp_ip_target signs, and strings spanning lines', async () => {
    const doc = await tokenizeText(IFCFG, [
      'BONDING_OPTS=mode=4',
      'BONDING_OPTS="mode=active-backup',
      '  arp_ip_target=+192.0.2.1,-192.0.2.2"',
      'ONBOOT=yes',
    ].join('\n'));
    assert.deepEqual(scopesAt(doc, 0, 'mode'), [
      IFCFG, 'meta.assignment.bonding-opts.ifcfg', 'entity.other.attribute-name.option.ifcfg',
    ]);
    assert.deepEqual(scopesAt(doc, 0, '4'), [
      IFCFG, 'meta.assignment.bonding-opts.ifcfg', 'meta.option-value.ifcfg', 'constant.numeric.integer.ifcfg',
    ]);
    const dq = [IFCFG, 'meta.assignment.bonding-opts.ifcfg', 'string.quoted.double.ifcfg'];
    assert.deepEqual(scopesAt(doc, 2, 'arp_ip_target'), [...dq, 'entity.other.attribute-name.option.ifcfg']);
    assert.deepEqual(scopesAt(doc, 2, '+'), [...dq, 'meta.option-value.ifcfg', 'keyword.operator.ifcfg']);
    assert.deepEqual(scopesAt(doc, 2, '192.0.2.2'), [
      ...dq, 'meta.option-value.ifcfg', 'constant.other.ip-address.ipv4.ifcfg',
    ]);
    assert.deepEqual(scopesAt(doc, 3, 'ONBOOT'), [IFCFG, 'meta.assignment.ifcfg', 'variable.other.key.ifcfg']);
  });

  it('tolerates a kept carriage return', async () => {
    const doc = await tokenizeLines(IFCFG, ['MTU=9000\r', 'BONDING_OPTS="miimon=100"\r', 'SLAVE=yes\r']);
    assert.deepEqual(scopesAt(doc, 0, '9000'), [IFCFG, 'meta.assignment.ifcfg', 'constant.numeric.integer.ifcfg']);
    assert.deepEqual(scopesAt(doc, 1, 'miimon'), [
      IFCFG, 'meta.assignment.bonding-opts.ifcfg', 'string.quoted.double.ifcfg', 'entity.other.attribute-name.option.ifcfg',
    ]);
    assert.deepEqual(scopesAt(doc, 2, 'SLAVE'), [IFCFG, 'meta.assignment.ifcfg', 'support.variable.key.bonding.ifcfg']);
  });
});

describe('markdown fenced bonding blocks', () => {
  let doc: TokenizedText;
  before(async () => {
    doc = await tokenizeFile(MD, 'fixtures/grammar/ticket.md');
  });

  const fence = [MD, 'markup.fenced_code.block.markdown'];
  const embedded = [...fence, 'meta.embedded.block.bonding-status', BS];
  const hasBondingScopes = (scopes: string[]) => scopes.some((s) => s === BS || s.endsWith('.bonding-status'));

  it('highlights a ```bonding block with the bonding-status grammar', () => {
    const open = lineOf(doc, '```bonding');
    assert.deepEqual(scopesAt(doc, open, '```'), [...fence, 'punctuation.definition.markdown']);
    assert.deepEqual(scopesAt(doc, open, 'bonding'), [...fence, 'fenced_code.block.language.markdown']);
    const n = lineOf(doc, 'MII Status: up  #', open);
    assert.deepEqual(scopesAt(doc, n, 'MII Status'), [
      ...embedded, 'meta.field.bonding-status', 'support.type.property-name.label.bonding-status',
    ]);
    assert.deepEqual(scopesAt(doc, n, 'up'), [...embedded, 'meta.field.bonding-status', 'constant.language.state.bonding-status']);
    assert.deepEqual(scopesAt(doc, n, 'taken right'), [...embedded, 'comment.line.number-sign.bonding-status']);
    assert.deepEqual(scopesAt(doc, lineOf(doc, 'Slave Interface: ens1f1'), 'ens1f1'), [
      ...embedded, 'markup.heading.slave.bonding-status', 'entity.name.section.interface.bonding-status',
    ]);
  });

  it('ends the embedded block at the closing fence', () => {
    const close = lineOf(doc, '```', lineOf(doc, 'Aggregator ID: 2'));
    assert.deepEqual(scopesAt(doc, close, '```'), [...fence, 'punctuation.definition.markdown']);
    const after = lineOf(doc, 'MII Status: up is what');
    assert.ok(doc.tokens[after].every((t) => !hasBondingScopes(t.scopes)), 'prose after the block');
    const closing = lineOf(doc, 'Closing remark');
    assert.ok(doc.tokens[closing].every((t) => !hasBondingScopes(t.scopes)), 'MAC in prose');
  });

  it('handles ~~~ fences, the bonding-status tag and list indentation', () => {
    const open = lineOf(doc, '~~~bonding-status');
    assert.deepEqual(scopesAt(doc, open, 'bonding-status'), [
      MD, 'markup.list.markdown', 'markup.fenced_code.block.markdown', 'fenced_code.block.language.markdown',
    ]);
    const n = lineOf(doc, 'Permanent HW addr:', open);
    assert.deepEqual(scopesAt(doc, n, '52:54:00:aa:10:02'), [
      MD, 'markup.list.markdown', 'markup.fenced_code.block.markdown', 'meta.embedded.block.bonding-status', BS,
      'meta.field.bonding-status', 'constant.other.mac.bonding-status',
    ]);
    const close = lineOf(doc, '~~~', open + 1);
    assert.ok(doc.tokens[close].every((t) => !hasBondingScopes(t.scopes)));
  });

  it('leaves other languages alone', () => {
    const n = lineOf(doc, 'MII Status: up', lineOf(doc, '```sh'));
    assert.ok(doc.tokens[n].every((t) => !hasBondingScopes(t.scopes)));
  });

  it('accepts a case-insensitive tag inside a block quote', () => {
    const n = lineOf(doc, 'has no active aggregator');
    assert.deepEqual(scopesAt(doc, n, 'bond bond0 has no active aggregator'), [
      MD, 'markup.quote.markdown', 'markup.fenced_code.block.markdown', 'meta.embedded.block.bonding-status', BS,
      'invalid.illegal.no-aggregator.bonding-status',
    ]);
  });
});
