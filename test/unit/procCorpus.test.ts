import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type ProcBondModel, type ProcPortModel, procModel, procToConfig } from '../../server/src/model/procModel';
import { createLanguageService } from '../../server/src/service/languageService';
import { parseProcBonding } from '../../server/src/syntax/procBonding';

// The public corpus next to the repository (../shared/corpus, see its NOTES.md): real dumps from tickets, forums,
// monitoring plugins and parsers' test data. It is read in place, never copied. Every dump must parse; lines the kernel
// prints must never be called unrecognised; lines it does not print (hand-written or edited files) must be, exactly.

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const PROC = join(CORPUS, 'proc');
const PRESENT = existsSync(PROC);
const SKIP = PRESENT ? false : `${PROC} is not there: the optional corpus test is skipped`;

/**
 * Lines (1-based) no kernel prints, per file; every other corpus file must have none. SUSPECT- files are hand-written
 * or edited "captures" (NOTES.md), so each has some; the rest are real dumps damaged on their way into the corpus.
 */
const NOT_KERNEL_LINES: Readonly<Record<string, { readonly lines: readonly number[]; readonly why: string }>> = {
  'SUSPECT-danish-doc__mode4_pve_5.15_abbreviated_not_kernel_format.txt': {
    lines: [13, 14],
    why: '`Aggregator ID` and `Number of ports` under `802.3ad info` without `Active Aggregator Info:`',
  },
  'SUSPECT-dashdiag__mode1_ab_minimal_no_delays.txt': {
    lines: [1, 9],
    why: 'header `v5.15` (a release always has three numbers); `Slave Interface` right after `MII Polling Interval` (no Up/Down Delay)',
  },
  'SUSPECT-dashdiag__mode4_deb13_not_aggregating_split_aggid.txt': {
    lines: [27, 30, 42, 45],
    why: 'partner lacp pdu blocks without the churned counts and the actor block before them, and with three of their six lines',
  },
  'SUSPECT-dashdiag__mode4_deb13_veth_negotiated.txt': {
    lines: [34],
    why: 'the first port block ends at `Partner Churn State`, without the churned counts',
  },
  'SUSPECT-dashdiag__mode4_one_slave_down_v5.15_stub.txt': { lines: [1], why: 'header `v5.15`' },
  'SUSPECT-dashdiag__mode4_zero_partner_partial_aggregator_minimal.txt': {
    lines: [1, 7, 12, 19, 26],
    why: 'header `v5.15`; no Up/Down Delay; Actor and Partner Key missing from the aggregator block; no Permanent HW addr',
  },
  'SYNTHETIC-eve__mode4_churned_counts_only.txt': {
    lines: [5, 6, 10],
    why: 'a subset of lines written for a parser test: ports right after the mode line, churned counts right after the port name',
  },
  'SYNTHETIC-eve__mode4_partial_fields_arp_missed_max_peer_notif.txt': {
    lines: [5, 6, 8, 9, 11, 17, 21, 23],
    why: 'a subset of lines written for a parser test, with ARP Missed Max in an 802.3ad bond without ARP monitoring',
  },
  'insights-core__mode1_ab_no_active_slave_derived.txt': { lines: [6], why: '`Currently Active Slave` blanked by the test that derived this file' },
  'insights-core__mode4_v3.2.4_partner_zero_aggid_mismatch.txt': { lines: [31], why: 'a bare `Speed` line in the test data' },
  'insights-core__unknown_mode_synthetic.txt': { lines: [1], why: 'a mode text no kernel prints (the parser test expects `Unrecognised bonding mode`)' },
  'otus-hw-lacp-failed__mode4_vbox_no_partner_html_injected.txt': { lines: [40], why: '`<details><summary>` glued to `port number: 1` by a Markdown editor' },
};

interface Analysed {
  readonly bonds: readonly ProcBondModel[];
  /** `line:code` of every finding, 1-based. */
  readonly findings: readonly string[];
}

const service = createLanguageService({ locale: 'en' });

function analyse(file: string): Analysed {
  const text = readFileSync(join(PROC, file), 'utf8');
  const doc = TextDocument.create(`file:///corpus/${file}`, 'bonding-status', 1, text);
  return {
    bonds: parseProcBonding(text).bonds.map(procModel),
    findings: service.doValidation(doc).map((d) => `${d.range.start.line + 1}:${d.code}`),
  };
}

const only = (a: Analysed) => {
  assert.equal(a.bonds.length, 1);
  return a.bonds[0]!;
};
const port = (bond: ProcBondModel, name: string): ProcPortModel => {
  const p = bond.ports.find((x) => x.name === name);
  assert.ok(p, `port ${name}`);
  return p;
};
const value = (bond: ProcBondModel, id: string) => bond.field(id)?.valueText;
const mii = (p: ProcPortModel) => p.field('slave.miiStatus')?.valueText;
const has = (a: Analysed, code: string) => a.findings.some((f) => f.endsWith(`:${code}`));
/** No port is down, as the parsers' `DownSlaves == 0` counts it. */
const noneDown = (bond: ProcBondModel) => assert.deepEqual(bond.ports.filter((p) => !p.up).map((p) => p.name), []);
/** The parsers' `NotAggregating`: ports split over aggregators, or an aggregator without LACP partner. */
const notAggregating = (a: Analysed) => has(a, 'proc.aggregator-mismatch') || has(a, 'proc.no-lacp-partner') || has(a, 'proc.aggregator-ports-below-up');

/**
 * The assertions the sources' own tests make (SOURCES.tsv `expected_oracle`), as checks on the parsed model and the
 * findings. What cannot be expressed on a dump alone is said in `NOT_EXPRESSIBLE`.
 */
const ORACLES: Readonly<Record<string, (a: Analysed) => void>> = {
  'SUSPECT-dashdiag__mode1_ab_minimal_no_delays.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.name, 'active-backup');
    assert.equal(value(bond, 'bond.activeSlave'), 'eth0');
    noneDown(bond);
  },
  'SUSPECT-dashdiag__mode4_deb13_not_aggregating_split_aggid.txt': (a) => {
    const bond = only(a);
    noneDown(bond);
    assert.ok(!has(a, 'proc.bond-down'), 'AllDown == false');
    assert.deepEqual(bond.ports.map((p) => p.aggregatorId), [1, 2]);
    assert.ok(notAggregating(a));
  },
  'SUSPECT-dashdiag__mode4_deb13_veth_negotiated.txt': (a) => {
    const bond = only(a);
    noneDown(bond);
    assert.ok(!has(a, 'proc.slave-down'), 'Degraded == false');
    assert.equal(value(bond, 'aggregator.partnerMac'), '9a:b7:ad:28:22:15');
    assert.equal(bond.int('aggregator.ports'), 2);
    assert.deepEqual(bond.ports.map((p) => p.aggregatorId), [1, 1]);
    assert.ok(!notAggregating(a));
  },
  'SUSPECT-dashdiag__mode4_one_slave_down_v5.15_stub.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.name, '802.3ad');
    assert.deepEqual(bond.ports.map(mii), ['up', 'down']);
    assert.equal(bond.ports[1]!.int('slave.linkFailures'), 3);
    assert.deepEqual(a.findings.filter((f) => f.endsWith(':proc.slave-down')), ['33:proc.slave-down'], 'DownSlaves == 1, Degraded');
    assert.ok(!has(a, 'proc.bond-down'), 'AllDown == false');
  },
  'SUSPECT-dashdiag__mode4_zero_partner_partial_aggregator_minimal.txt': (a) => {
    const bond = only(a);
    noneDown(bond);
    assert.equal(value(bond, 'aggregator.partnerMac'), '00:00:00:00:00:00');
    assert.equal(bond.activeAggregatorHasPartner, false);
    assert.ok(notAggregating(a));
  },
  'SYNTHETIC-eve__mode4_churned_counts_only.txt': (a) => {
    const bond = only(a);
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.actorChurned'), p.int('slave.partnerChurned')]),
      [
        ['eth0', 3, 7],
        ['eth1', 0, 2],
      ],
    );
  },
  'SYNTHETIC-eve__mode4_partial_fields_arp_missed_max_peer_notif.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.int('bond.peerNotifDelay'), 100);
    assert.equal(bond.int('bond.arpMissedMax'), 5);
    assert.deepEqual(
      ['aggregator.id', 'aggregator.actorKey', 'aggregator.partnerKey', 'aggregator.partnerMac'].map((id) => value(bond, id)),
      ['2', '9', '9', '00:aa:bb:cc:dd:ee'],
    );
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.up, p.aggregatorId, p.field('slave.actorChurnState')?.valueText, p.field('slave.partnerChurnState')?.valueText]),
      [
        ['eth0', true, 2, 'none', 'monitoring'],
        ['eth1', false, 3, 'churned', 'churned'],
      ],
    );
  },
  'checkmk__agent_section_lnx_bonding_two_bonds_concat.txt': (a) => {
    assert.deepEqual(
      a.bonds.map((b) => [b.name, b.field('bond.mode')?.valueText, b.field('bond.primary')?.valueText ?? null]),
      [
        ['bond0', 'load balancing (round-robin)', null],
        ['bond1', 'fault-tolerance (active-backup)', 'eth0'],
      ],
    );
  },
  'checkmk__mode1_ab_v5.13.19-5-pve_reconstructed.txt': (a) => {
    const bond = only(a);
    assert.deepEqual(
      ['bond.activeSlave', 'bond.mode', 'bond.primary', 'bond.miiStatus'].map((id) => value(bond, id)),
      ['enp129s0f2', 'fault-tolerance (active-backup)', 'None', 'up'],
    );
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.linkFailures'), p.field('slave.permAddr')?.valueText.toUpperCase(), mii(p)]),
      [
        ['enp129s0f2', 0, '3C:EC:EF:28:4A:56', 'up'],
        ['enp129s0f3', 0, '3C:EC:EF:28:4A:57', 'up'],
      ],
    );
  },
  'insights-core__corrupt_fragment.txt': (a) => {
    for (const bond of a.bonds) {
      assert.equal(bond.mode, undefined);
      assert.deepEqual(bond.ports, []);
      assert.equal(bond.hashPolicy, undefined);
    }
  },
  'insights-core__mode0_rr_eno.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.number, 0);
    assert.equal(value(bond, 'aggregator.partnerMac'), undefined);
    assert.deepEqual(
      bond.ports.map((p) => p.name),
      ['eno1', 'eno2'],
    );
    assert.deepEqual(
      ['bond.updelay', 'bond.downdelay', 'bond.miimon', 'bond.arpInterval', 'bond.arpTargets'].map((id) => value(bond, id)),
      ['0', '0', '100', undefined, undefined],
    );
    assert.deepEqual(
      [value(bond, 'bond.miiStatus'), ...bond.ports.map(mii)],
      ['up', 'up', 'up'],
    );
    assert.deepEqual(
      bond.ports.map((p) => [p.field('slave.speed')?.valueText, p.field('slave.duplex')?.valueText, p.field('slave.linkFailures')?.valueText]),
      [
        ['1000 Mbps', 'full', '0'],
        ['1000 Mbps', 'full', '0'],
      ],
    );
  },
  'insights-core__mode1_ab_10g.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.number, 1);
    assert.equal(value(bond, 'bond.activeSlave'), 'enp17s0f0');
  },
  'insights-core__mode1_ab_arp_primary_reselect_failure.txt': (a) => {
    const bond = only(a);
    assert.deepEqual(
      ['bond.arpInterval', 'bond.arpTargets', 'bond.miimon', 'bond.primary'].map((id) => value(bond, id)),
      ['1000', '10.152.1.1', '0', 'em3 (primary_reselect failure)'],
    );
    const options = procToConfig(bond, 'file:///x').options;
    assert.deepEqual([options.get('primary')?.value, options.get('primary_reselect')?.value], ['em3', 'failure']);
  },
  'insights-core__mode1_ab_no_active_slave_derived.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.number, 1);
    assert.equal(value(bond, 'bond.activeSlave'), undefined);
  },
  'insights-core__mode2_xor_layer2+3.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.number, 2);
    assert.equal(bond.hashPolicy?.name, 'layer2+3');
  },
  'insights-core__mode4_churned_down_slave_tabs.txt': (a) => {
    const bond = only(a);
    assert.deepEqual(
      ['bond.updelay', 'bond.downdelay', 'bond.miiStatus'].map((id) => value(bond, id)),
      ['2000', '1000', 'up'],
    );
    assert.deepEqual(
      [port(bond, 'enp0s9'), port(bond, 'enp0s8')].map((p) => [mii(p), p.aggregatorId, p.field('slave.permAddr')?.valueText]),
      [
        ['up', 1, '08:00:27:99:a3:6b'],
        ['down', 2, '08:00:27:a2:8d:f5'],
      ],
    );
  },
  'insights-core__mode4_lacp_fast_churned_hist.txt': (a) => {
    // No test asserts on this file; its notes state the content, checked here.
    const bond = only(a);
    assert.deepEqual([value(bond, 'ad.lacpRate'), bond.activeAggregator, value(bond, 'aggregator.partnerMac')], ['fast', 2, '6e:50:47:d6:00:46']);
    const ens10 = port(bond, 'ens10');
    assert.deepEqual([mii(ens10), ens10.aggregatorId, ens10.lacpInt('actor.portState'), ens10.lacpInt('partner.portState')], ['up', 2, 63, 63]);
    const ens11 = port(bond, 'ens11');
    assert.deepEqual([mii(ens11), ens11.field('slave.speed')?.valueText, ens11.aggregatorId, ens11.field('slave.actorChurnState')?.valueText], ['down', 'Unknown', 1, 'churned']);
  },
  'insights-core__mode4_v3.2.4_partner_zero_aggid_mismatch.txt': (a) => {
    const bond = only(a);
    assert.equal(bond.mode?.number, 4);
    assert.equal(value(bond, 'aggregator.partnerMac'), '00:00:00:00:00:00');
    assert.deepEqual(
      [bond.activeAggregator, ...bond.ports.map((p) => p.aggregatorId)],
      [3, 3, 2],
    );
    assert.equal(bond.hashPolicy?.name, 'layer2');
    assert.equal(value(bond, 'bond.activeSlave'), undefined);
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.field('slave.duplex')?.valueText, p.field('slave.speed')?.valueText]),
      [
        ['eth1', 'full', '1000 Mbps'],
        ['eth2', 'full', '1000 Mbps'],
      ],
    );
  },
  'insights-core__unknown_mode_synthetic.txt': (a) => {
    assert.equal(only(a).mode, undefined);
    assert.deepEqual(a.findings, ['1:proc.unrecognised-line'], 'Unrecognised bonding mode');
  },
  'monitoringplug__bond0_mode4_lacp_fast_2ports.txt': (a) => {
    const bond = only(a);
    assert.equal(value(bond, 'bond.miiStatus'), 'up');
    noneDown(bond);
    assert.deepEqual(a.findings, ['3:proc.switch-config'], 'check_bonding: OK');
  },
  'monitoringplug__bond1_mode1_ab.txt': (a) => {
    const bond = only(a);
    assert.equal(value(bond, 'bond.miiStatus'), 'up');
    noneDown(bond);
    assert.deepEqual(a.findings, [], 'check_bonding: OK');
  },
  'telegraf__mode1_ab_v3.6.0_empty_permaddr.txt': (a) => {
    const bond = only(a);
    assert.deepEqual([value(bond, 'bond.activeSlave'), value(bond, 'bond.miiStatus'), bond.ports.length], ['eth2', 'up', 2]);
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.linkFailures'), p.up]),
      [
        ['eth3', 2, false],
        ['eth2', 0, true],
      ],
    );
  },
  'telegraf__mode4_lacp_fast_churn_counts.txt': (a) => {
    const bond = only(a);
    assert.equal(value(bond, 'bond.miiStatus'), 'up');
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.linkFailures'), p.up, p.int('slave.actorChurned'), p.int('slave.partnerChurned')]),
      [
        ['eth0', 2, true, 2, 0],
        ['eth1', 1, true, 0, 0],
      ],
    );
  },
  'telegraf__mode4_lacp_first_up_second_down.txt': (a) => {
    const bond = only(a);
    assert.equal(value(bond, 'bond.miiStatus'), 'up');
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.linkFailures'), p.up, p.field('slave.speed')?.valueText, p.int('slave.actorChurned'), p.int('slave.partnerChurned')]),
      [
        ['eth0', 2, true, '10000 Mbps', 2, 0],
        ['eth1', 1, false, 'Unknown', 0, 0],
      ],
    );
  },
  'telegraf__mode4_v3.5.0_no_active_aggregator.txt': (a) => {
    const bond = only(a);
    assert.equal(value(bond, 'bond.miiStatus'), 'up');
    assert.deepEqual(
      bond.ports.map((p) => [p.name, p.int('slave.linkFailures'), p.up]),
      [
        ['eth1', 0, true],
        ['eth2', 3, true],
      ],
    );
  },
};

/** Parts of an oracle that a dump cannot show, and why. */
const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  'insights-core__mode0_rr_eno.txt': '`file_name bond0` comes from the path /proc/net/bonding/bond0, which the corpus copy does not keep',
  'insights-core__mode1_ab_arp_primary_reselect_failure.txt': '`file_name bond0`: as above',
  'insights-core__mode4_churned_down_slave_tabs.txt': '`file_name bond0`: as above',
  'checkmk__mode1_ab_v5.13.19-5-pve_reconstructed.txt': 'the name bond0 came from a `==> ./bond0 <==` line that the reconstructed file does not have',
  'telegraf__mode4_lacp_fast_churn_counts.txt': '`bond_sys` slave_count and ad_port_count come from sysfs, not from the dump',
  'telegraf__mode4_lacp_first_up_second_down.txt': '`bond_sys` values come from sysfs',
  'SYNTHETIC-eve__mode4_churned_counts_only.txt': '"empty file -> empty map" is checked on an empty text below',
};

function sources(): Map<string, string> {
  const rows = readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  const out = new Map<string, string>();
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells[0]?.startsWith('proc/')) out.set(basename(cells[0]), cells[5] ?? '');
  }
  return out;
}

describe('corpus: /proc/net/bonding dumps from public sources', { skip: SKIP }, () => {
  const files = PRESENT ? readdirSync(PROC).filter((f) => !f.startsWith('.')).sort() : [];

  it('every dump parses into at least one bond, and every feature answers on it', () => {
    assert.ok(files.length >= 80, `${files.length} files`);
    for (const file of files) {
      const text = readFileSync(join(PROC, file), 'utf8');
      const doc = TextDocument.create(`file:///corpus/${file}`, 'bonding-status', 1, text);
      const bonds = parseProcBonding(text).bonds;
      assert.ok(bonds.length >= 1, file);
      service.getDocumentSymbols(doc);
      service.getFoldingRanges(doc);
      service.getInlayHints(doc, { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } });
      for (const line of bonds.flatMap((b) => b.lines)) {
        if (line.kind === 'blank' || line.kind === 'comment') continue;
        assert.ok(service.doHover(doc, { line: line.line, character: line.span.start }), `${file}:${line.line + 1} has a hover`);
      }
    }
  });

  it('no line the kernel prints is unrecognised; the lines it does not print are, exactly', () => {
    const unrecognised = Object.fromEntries(
      files.map((f) => [
        f,
        analyse(f)
          .findings.filter((x) => x.endsWith(':proc.unrecognised-line'))
          .map((x) => Number(x.split(':')[0])),
      ]),
    );
    const expected = Object.fromEntries(files.map((f) => [f, NOT_KERNEL_LINES[f]?.lines ?? []]));
    assert.deepEqual(unrecognised, expected);
    for (const f of files.filter((x) => x.startsWith('SUSPECT-'))) assert.ok(NOT_KERNEL_LINES[f]!.lines.length > 0, `${f} is hand-written: it has lines no kernel prints`);
  });

  it('a dump its user cut with `[...]` and set a line of in bold: read as such, with no line unrecognised', () => {
    const a = analyse('gh-issue-dracut-1033__mode0_rr_user_elided_markdown_bold.txt');
    const bond = only(a);
    assert.deepEqual([bond.syntax.filtered, bond.ports.map((p) => `${p.name} ${mii(p)}`)], [true, ['eth0 up', 'eth1 up']]);
    assert.deepEqual(a.findings, ['2:proc.switch-config']);
  });

  it('the parsed model agrees with the assertions of the sources\' own tests (SOURCES.tsv expected_oracle)', () => {
    const oracles = sources();
    const withOracle = [...oracles].filter(([, o]) => o.trim() !== '').map(([f]) => f);
    // Every file whose source asserts something is checked here, or its notes say why not.
    const uncovered = withOracle.filter((f) => !ORACLES[f] && !NOT_EXPRESSIBLE[f]);
    assert.deepEqual(uncovered, []);
    let checked = 0;
    for (const [file, check] of Object.entries(ORACLES)) {
      assert.ok(files.includes(file), `${file} is in the corpus`);
      try {
        check(analyse(file));
      } catch (error) {
        throw new Error(`${file}: oracle "${oracles.get(file)}": ${(error as Error).message}`);
      }
      checked++;
    }
    assert.equal(checked, Object.keys(ORACLES).length);
    assert.deepEqual(parseProcBonding('').bonds, [], 'empty file -> nothing');
  });
});
