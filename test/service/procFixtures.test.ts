import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PROC_FIELDS } from '../../server/src/knowledge/procFields';
import { procModel } from '../../server/src/model/procModel';
import { parseProcBonding } from '../../server/src/syntax/procBonding';
import { codes, fixtureAsOpened, hoverText, service } from './helpers';

// Every file in fixtures/proc: the exact findings (`line:code`, 1-based, default settings) and the model values that
// matter. fixtures/proc/README.md describes each file; its "Findings by file" table must say the same as this one.

interface BondValues {
  readonly name: string | null;
  /** First and last line of the dump, 1-based. */
  readonly lines: string;
  readonly mode: number | null;
  /** `Aggregator ID` of the active aggregator. */
  readonly active: number | null;
  /** `name MII-status aggregator-id` per port, `-` where the dump has no such line. */
  readonly ports: readonly string[];
}

const EXPECTED: Readonly<Record<string, { readonly findings: readonly string[]; readonly bonds: readonly BondValues[] }>> = {
  // The dumps are kept in strings: nothing is read until the fix writes them out (procFeatures.test.ts).
  'ansible-result.txt': { findings: ['6:proc.dump-in-one-line'], bonds: [] },
  // The seed's dump as Ansible prints a list of its lines: each line's text between its quotes, read in place.
  'ansible-stdout-lines.txt': {
    findings: ['13:proc.switch-config', '62:proc.slave-down', '68:proc.aggregator-mismatch', '69:proc.churned', '70:proc.churned', '82:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '11-86', mode: 4, active: 1, ports: ['p0 up 1', 'p1 down 2'] }],
  },
  // The same list in Ansible's YAML output: each line's text after its dash, between its quotes where it has them.
  'ansible-yaml-stdout-lines.txt': {
    findings: ['6:proc.switch-config', '55:proc.slave-down', '61:proc.aggregator-mismatch', '62:proc.churned', '63:proc.churned', '75:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '4-79', mode: 4, active: 1, ports: ['p0 up 1', 'p1 down 2'] }],
  },
  // The seed's dump as the comment of a script, `# ` before each line: read in place, the script's code is no part of it.
  'commented-in-script.sh': {
    findings: ['8:proc.switch-config', '57:proc.slave-down', '63:proc.aggregator-mismatch', '64:proc.churned', '65:proc.churned', '77:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '6-81', mode: 4, active: 1, ports: ['p0 up 1', 'p1 down 2'] }],
  },
  'crlf.txt': {
    findings: [],
    bonds: [{ name: null, lines: '1-26', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'era-2.6-v3.0.3.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-29', mode: 4, active: 1, ports: ['eth0 up 1', 'eth1 up 1'] }],
  },
  'era-3.0-v3.7.0.txt': {
    findings: ['23:proc.link-failures'],
    bonds: [{ name: null, lines: '1-25', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'era-3.6-v3.6.0-802.3ad.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-36', mode: 4, active: 1, ports: ['eth2 up 1', 'eth3 up 1'] }],
  },
  'era-4.4-v3.7.1-802.3ad.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-75', mode: 4, active: 1, ports: ['eth0 up 1', 'eth1 up 1'] }],
  },
  'era-5.15-lacp-active.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens4f0np0 up 1', 'ens4f1np1 up 1'] }],
  },
  'era-5.4-el8-peer-notif.txt': {
    findings: ['21:proc.slave-down', '24:proc.link-failures'],
    bonds: [{ name: null, lines: '1-26', mode: 1, active: null, ports: ['ens3f0 up -', 'ens3f1 going back -'] }],
  },
  'era-6.x-newest-802.3ad.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens5f0np0 up 1', 'ens5f1np1 up 1'] }],
  },
  // Its line opens no dump: nothing is read until the fix breaks it (procFeatures.test.ts).
  'flattened.txt': { findings: ['4:proc.dump-in-one-line'], bonds: [] },
  'json-event.txt': { findings: ['12:proc.dump-in-one-line'], bonds: [] },
  'masked-macs.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'mode0-balance-rr.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-24', mode: 0, active: null, ports: ['eno1 up -', 'eno2 up -'] }],
  },
  'mode0-no-monitoring.txt': {
    findings: ['3:proc.switch-config', '5:proc.no-link-monitoring'],
    bonds: [{ name: null, lines: '1-24', mode: 0, active: null, ports: ['eno1 up -', 'eno2 up -'] }],
  },
  'mode1-active-backup-fail-over-mac.txt': {
    findings: ['16:proc.link-failures'],
    bonds: [{ name: null, lines: '1-26', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'mode1-active-backup.txt': {
    findings: [],
    bonds: [{ name: null, lines: '1-26', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'mode1-active-down.txt': {
    findings: ['5:proc.active-slave-down', '13:proc.slave-down', '16:proc.link-failures', '21:proc.slave-down', '24:proc.link-failures'],
    bonds: [{ name: null, lines: '1-26', mode: 1, active: null, ports: ['eth0 down -', 'eth1 down -'] }],
  },
  'mode1-arp-monitor.txt': {
    findings: [],
    bonds: [{ name: null, lines: '1-30', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'mode2-balance-xor.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-25', mode: 2, active: null, ports: ['ens2f0 up -', 'ens2f1 up -'] }],
  },
  'mode3-broadcast.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-24', mode: 3, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'mode4-802.3ad-healthy.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'mode4-aggregator-mismatch.txt': {
    findings: ['3:proc.switch-config', '20:proc.aggregator-ports-below-up', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned', '73:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 2'] }],
  },
  'mode4-min-links.txt': {
    findings: ['3:proc.switch-config', '14:proc.min-links-unmet', '53:proc.slave-down', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned', '73:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 down 2'] }],
  },
  'mode4-no-active-aggregator.txt': {
    findings: ['3:proc.switch-config', '18:proc.no-active-aggregator', '21:proc.slave-down', '30:proc.slave-down'],
    bonds: [{ name: 'bond0', lines: '1-36', mode: 4, active: null, ports: ['ens1f0 down N/A', 'ens1f1 down N/A'] }],
  },
  'mode4-no-partner.txt': {
    findings: ['3:proc.switch-config', '20:proc.aggregator-ports-below-up', '23:proc.no-lacp-partner', '34:proc.churned', '46:proc.no-lacp-partner', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned', '73:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 2'] }],
  },
  'mode4-speed-mismatch.txt': {
    findings: ['3:proc.switch-config', '20:proc.aggregator-ports-below-up', '54:proc.speed-mismatch', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens2f0 up 1', 'ens3f0 up 2'] }],
  },
  'mode4-unprivileged.txt': {
    findings: ['3:proc.switch-config', '11:proc.unprivileged-dump'],
    bonds: [{ name: null, lines: '1-41', mode: 4, active: null, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'mode5-balance-tlb.txt': {
    findings: [],
    bonds: [{ name: null, lines: '1-26', mode: 5, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'mode6-balance-alb.txt': {
    findings: [],
    bonds: [{ name: null, lines: '1-26', mode: 6, active: null, ports: ['eth0 up -', 'eth1 up -'] }],
  },
  'multi-bond-cat.txt': {
    findings: ['3:proc.switch-config', '98:proc.slave-down', '101:proc.link-failures'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }, { name: null, lines: '78-103', mode: 1, active: null, ports: ['eno1 up -', 'eno2 down -'] }],
  },
  'multi-bond-head.txt': {
    findings: ['32:proc.switch-config', '49:proc.aggregator-ports-below-up', '88:proc.aggregator-mismatch', '89:proc.churned', '90:proc.churned', '102:proc.no-lacp-partner'],
    bonds: [{ name: 'bond0', lines: '1-27', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] }, { name: 'bond1', lines: '29-106', mode: 4, active: 1, ports: ['ens2f0 up 1', 'ens2f1 up 2'] }],
  },
  'no-blank-lines.txt': {
    findings: ['2:proc.switch-config'],
    bonds: [{ name: null, lines: '1-73', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  // pdsh's `host: ` before each line: a dump per host, both named by the command line above them.
  'pdsh-two-hosts.txt': {
    findings: ['30:proc.switch-config', '47:proc.aggregator-ports-below-up', '86:proc.aggregator-mismatch', '87:proc.churned', '88:proc.churned', '100:proc.no-lacp-partner'],
    bonds: [
      { name: 'bond0', lines: '2-27', mode: 1, active: null, ports: ['eth0 up -', 'eth1 up -'] },
      { name: 'bond0', lines: '28-104', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 2'] },
    ],
  },
  // Only the ports of a dump, pasted into a ticket: read from the first `Slave Interface:` on.
  'ports-only-ticket.md': {
    findings: ['16:proc.churned', '28:proc.no-lacp-partner', '41:proc.aggregator-mismatch', '42:proc.churned', '43:proc.churned', '55:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '7-58', mode: null, active: null, ports: ['ens1f0 up 1', 'ens1f1 up 2'] }],
  },
  'seed-802.3ad.txt': {
    findings: ['3:proc.switch-config', '52:proc.slave-down', '58:proc.aggregator-mismatch', '59:proc.churned', '60:proc.churned', '72:proc.no-lacp-partner'],
    bonds: [{ name: null, lines: '1-76', mode: 4, active: 1, ports: ['p0 up 1', 'p1 down 2'] }],
  },
  'seed-annotated-zh.txt': {
    findings: ['4:proc.switch-config', '53:proc.slave-down', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned', '73:proc.no-lacp-partner'],
    bonds: [{ name: 'bond0', lines: '1-77', mode: 4, active: 1, ports: ['p0 up 1', 'p1 down 2'] }],
  },
  'sosreport-path.txt': {
    findings: ['22:proc.slave-down', '25:proc.link-failures'],
    bonds: [{ name: 'bond1', lines: '1-27', mode: 1, active: null, ports: ['eth0 up -', 'eth1 going down -'] }],
  },
  'tabs-and-trailing-spaces.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-77', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'ticket-embedded.md': {
    findings: ['12:proc.switch-config', '29:proc.aggregator-ports-below-up', '68:proc.aggregator-mismatch', '69:proc.churned', '82:proc.partner-mismatch', '94:proc.switch-config'],
    bonds: [{ name: null, lines: '10-86', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 2'] }, { name: null, lines: '92-168', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'ticket-log.log': {
    findings: ['10:proc.switch-config', '60:proc.slave-down', '66:proc.aggregator-mismatch', '67:proc.churned', '68:proc.churned', '80:proc.no-lacp-partner'],
    bonds: [{ name: 'bond0', lines: '8-84', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 down 2'] }],
  },
  'truncated.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-67', mode: 4, active: 1, ports: ['ens1f0 up 1', 'ens1f1 up 1'] }],
  },
  'vendor-4.18-slave-active.txt': {
    findings: ['3:proc.switch-config'],
    bonds: [{ name: null, lines: '1-82', mode: 4, active: 1, ports: ['ens2f0 up 1', 'ens2f1 up 1'] }],
  },
};

const FILES = readdirSync('fixtures/proc').filter((f) => f !== 'README.md').sort();

describe('fixtures/proc', () => {
  it('every fixture is listed here, and nothing else', () => {
    assert.deepEqual(FILES, Object.keys(EXPECTED).sort());
  });

  for (const file of FILES) {
    it(`${file}: findings and model`, () => {
      const expected = EXPECTED[file]!;
      const doc = fixtureAsOpened(`proc/${file}`);
      assert.deepEqual(codes(service(), doc), expected.findings);
      const bonds = parseProcBonding(doc.getText()).bonds.map(procModel);
      assert.deepEqual(
        bonds.map(
          (b): BondValues => ({
            name: b.name ?? null,
            lines: `${b.syntax.firstLine + 1}-${b.syntax.lastLine + 1}`,
            mode: b.mode?.number ?? null,
            active: b.activeAggregator ?? null,
            ports: b.ports.map((p) => `${p.name} ${p.field('slave.miiStatus')?.valueText ?? '-'} ${p.field('slave.aggregatorId')?.valueText ?? '-'}`),
          }),
        ),
        expected.bonds,
      );
    });
  }

  it('fixtures/proc/README.md lists the same findings', () => {
    const readme = readFileSync('fixtures/proc/README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Findings by file'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((m) => [m[1]!, m[2] === '—' ? [] : [...m[2]!.matchAll(/`([^`]+)`/g)].map((c) => c[1]!)] as const);
    assert.deepEqual(Object.fromEntries(rows), Object.fromEntries(FILES.map((f) => [f, EXPECTED[f]!.findings])));
  });
});

describe('fixtures/proc: every line explained, in every era', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');

  it('every label and every value of every dump line has a hover in both languages, and every catalogue field is met', () => {
    const seen = new Set<string>();
    for (const file of FILES) {
      const doc = fixtureAsOpened(`proc/${file}`);
      for (const bond of parseProcBonding(doc.getText()).bonds) {
        for (const line of bond.lines) {
          if (line.kind === 'blank' || line.kind === 'comment') continue;
          for (const span of [line.label ?? line.span, line.value].filter((s) => s !== undefined)) {
            for (const s of [en, zh]) {
              const text = hoverText(s, doc, { line: line.line, character: span.start });
              assert.ok(text?.startsWith('**'), `${file}:${line.line + 1}:${span.start}`);
            }
          }
          if (line.field) seen.add(line.field.id);
        }
      }
    }
    assert.deepEqual(
      PROC_FIELDS.map((f) => f.id).filter((id) => !seen.has(id)),
      [],
    );
  });

  const decoded = (file: string, line: number, character = 0) => {
    const doc = fixtureAsOpened(`proc/${file}`);
    const text = doc.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } });
    return hoverText(en, doc, { line: line - 1, character: text.indexOf(':') + 2 + character })!.split('\n\n')[1]!;
  };

  it('actor keys are read with the speed numbering of the dump\'s kernel, checked against its Speed lines', () => {
    assert.equal(decoded('era-2.6-v3.0.3.txt', 15), '17 = full duplex, speed code 8 = 1 Gbps, user key 0. Speed codes as numbered in kernels before ≈3.19 (bitmask speeds).');
    assert.equal(decoded('era-3.6-v3.6.0-802.3ad.txt', 16), '33 = full duplex, speed code 16 = 10 Gbps, user key 0. Speed codes as numbered in kernels before ≈3.19 (bitmask speeds).');
    // v3.7.1 was printed from ≈3.0 to 2020; churn lines rule out the bitmask, the Speed lines pick the 2015 numbering.
    assert.match(decoded('era-4.4-v3.7.1-802.3ad.txt', 38), /^13 = full duplex, speed code 6 = 10 Gbps, user key 0\. Speed codes as numbered in kernels ≈4\.5–4\.10 .* the same key means 5 Gbps\.$/);
    assert.equal(decoded('era-5.15-lacp-active.txt', 21), '21 = full duplex, speed code 10 = 25 Gbps, user key 0. Speed codes as numbered in kernels ≈5.12–6.1 (adds 200G, 400G).');
    assert.equal(decoded('era-6.x-newest-802.3ad.txt', 21), '29 = full duplex, speed code 14 = 100 Gbps, user key 0. Speed codes as numbered in kernels 6.2–6.18 (adds 800G).');
    assert.equal(decoded('vendor-4.18-slave-active.txt', 20), '21 = full duplex, speed code 10 = 25 Gbps, user key 0. Speed codes as numbered in kernels ≈4.12–5.11 (2017 numbering).');
    assert.equal(decoded('mode4-min-links.txt', 67), "0: no speed, not full duplex, user key 0. When a port's link goes down the kernel clears the speed and duplex bits of its key (the user key stays), and a port whose speed it does not know gets speed code 0: either way the port cannot aggregate.");
  });

  it('the driver line: a driver version before ≈5.7, the kernel release after, and a vendor\'s kernel version with a date', () => {
    assert.equal(
      decoded('era-4.4-v3.7.1-802.3ad.txt', 1),
      'Bonding driver version 3.7.1 (April 27, 2011). Kernels before ≈5.7 print the driver\'s own version here, not the kernel release; 3.7.1 was printed from ≈3.0 until 2020 and by early RHEL 8 kernels.',
    );
    assert.equal(decoded('mode1-active-backup.txt', 1), 'Kernel release 6.8.0-54-generic: kernels from ≈5.7 on print their release here.');
    assert.equal(
      decoded('vendor-4.18-slave-active.txt', 1),
      '4.18.0 (Jan 15, 2025) is not a bonding driver version (those end at 3.7.1, April 2011): it is the kernel version, printed with a date by a vendor kernel.',
    );
    assert.equal(
      hoverText(zh, fixtureAsOpened('proc/vendor-4.18-slave-active.txt'), { line: 0, character: 35 })!.split('\n\n')[1],
      '4.18.0（Jan 15, 2025）不是 bonding 驱动版本（驱动版本止于 3.7.1，2011 年 4 月）：它是内核版本，由厂商内核连同日期一起打印。',
    );
  });

  it('lines of vendor kernels are known, and say that mainline never prints them', () => {
    const doc = fixtureAsOpened('proc/vendor-4.18-slave-active.txt');
    const smVars = hoverText(en, doc, { line: 31, character: 0 })!;
    assert.match(smVars, /^\*\*Slave sm_vars\*\* — Vendor line, not printed by mainline kernels/);
    assert.match(smVars, /0x172 has these mainline AD_PORT\\_\\\* bits set: LACP_ENABLED, READY, READY_N, MATCHED and SELECTED\./);
    assert.match(smVars, /Printed by some vendor kernels only, never by mainline Linux\./);
    assert.match(hoverText(zh, doc, { line: 33, character: 0 })!, /^\*\*Aggregator active\*\* — 厂商自加的行，主线内核不输出/);
  });

  it('`bond X has no active aggregator`, headings and `N/A` have hovers of their own', () => {
    const doc = fixtureAsOpened('proc/mode4-no-active-aggregator.txt');
    assert.match(hoverText(en, doc, { line: 17, character: 0 })!, /^\*\*bond bond0 has no active aggregator\*\* — `bond <name> has no active aggregator`: no aggregator is active, so no port carries traffic\.$/m);
    assert.match(hoverText(en, doc, { line: 10, character: 0 })!, /^\*\*802\.3ad info\*\* — Start of the 802\.3ad \(LACP\) section of the bond\./);
    assert.match(hoverText(en, doc, { line: 26, character: 15 })!, /N\/A: the port is attached to no aggregator/);
  });
});
