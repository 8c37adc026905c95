import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { yamlItem } from '../yamlList';

/**
 * Checks of documents shaped against the rules that go through lists: an option list, the options of BONDING_OPTS,
 * the keys of a file, the ports of a bond, at N and 10 N items. Time is compared with time on the same machine, not
 * with a threshold: a linear check takes about 10 times as long, a quadratic one 100 times.
 */
const MAX_RATIO = 30;
const N = 1000;

const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const addresses = (n: number) => Array.from({ length: n }, (_, i) => address(i));
const ifcfg = (body: string) => ({ uri: 'file:///etc/sysconfig/network-scripts/ifcfg-bond0', languageId: 'ifcfg', text: `DEVICE=bond0\nTYPE=Bond\n${body}\n` });

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const [SEED_HEAD, ...SEED_PORTS] = SEED.split(/\n(?=Slave Interface: )/);
/** The seed bond with `n` ports: its two ports again and again, each under a name of its own. */
const bondOf = (n: number) => [SEED_HEAD, ...Array.from({ length: n }, (_, i) => SEED_PORTS[i % SEED_PORTS.length]!.replace(/^Slave Interface: \S+/, `Slave Interface: eth${i}`))].join('\n');

const SHAPES: Record<string, (n: number) => { uri: string; languageId: string; text: string }> = {
  'one arp_ip_target list of N addresses': (n) => ifcfg(`BONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=${addresses(n).join(',')}"`),
  'one arp_ip_target list of one address N times': (n) => ifcfg(`BONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=${Array(n).fill('10.0.0.1').join(',')}"`),
  'N arp_ip_target options': (n) => ifcfg(`BONDING_OPTS="mode=1 arp_interval=100 ${addresses(n).map((a) => `arp_ip_target=+${a}`).join(' ')}"`),
  'N ns_ip6_target addresses': (n) => ifcfg(`BONDING_OPTS="mode=1 arp_interval=100 ns_ip6_target=${Array.from({ length: n }, (_, i) => `2001:db8::${i.toString(16)}`).join(',')}"`),
  'one option N times': (n) => ifcfg(`BONDING_OPTS="${Array.from({ length: n }, (_, i) => `miimon=${i}`).join(' ')}"`),
  'N unknown options': (n) => ifcfg(`BONDING_OPTS="${Array.from({ length: n }, (_, i) => `opt${i}=1`).join(' ')}"`),
  'one key N times': (n) => ifcfg(Array.from({ length: n }, (_, i) => `IPADDR=${address(i)}`).join('\n')),
  'N numbered keys': (n) => ifcfg(Array.from({ length: n }, (_, i) => `IPADDR${i}=${address(i)}\nPREFIX${i}=24`).join('\n')),
  'a bond of N ports': (n) => ({ uri: 'file:///proc/net/bonding/bond0', languageId: 'bonding-status', text: bondOf(n) }),
  'a bond of N ports as a JSON list of its lines': (n) => ({ uri: 'file:///stdout-lines.log', languageId: 'plaintext', text: `[\n${bondOf(n).split('\n').map((l) => `  ${JSON.stringify(l)},`).join('\n')}\n]\n` }),
  'a bond of N ports as a YAML list of its lines': (n) => ({ uri: 'file:///play.log', languageId: 'plaintext', text: `  bond.stdout_lines:\n${bondOf(n).split('\n').map((l) => yamlItem(l)).join('\n')}\n` }),
  // Each `disable` comment looks past comment lines for its line, which is in a dump written as comments.
  'N dumps written as comments, each below a comment that silences its mode line': (n) => ({
    uri: 'file:///check-bonds.sh',
    languageId: 'plaintext',
    text: Array(n).fill('# bondlint disable=proc.switch-config\n#\n# # bond\n# Bonding Mode: load balancing (round-robin)\n# MII Status: up\nexit 0\n').join(''),
  }),
  'a bond of N ports written as comments': (n) => ({ uri: 'file:///check-bond.sh', languageId: 'plaintext', text: `#!/bin/sh\n${bondOf(n).split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\nexit 0\n` }),
  // pdsh output of N hosts, each host's lines in two runs: every line of a second run looks its host's dump up.
  "N hosts' dumps, their lines mixed": (n) => {
    const lines = SEED_HEAD!.split('\n');
    const half = (from: number, to: number) => Array.from({ length: n }, (_, i) => lines.slice(from, to).map((l) => `db${i}: ${l}`)).flat();
    return { uri: 'file:///pdsh.log', languageId: 'plaintext', text: `${[...half(0, 12), ...half(12, lines.length)].join('\n')}\n` };
  },
  // An export of events as one line of JSON: each string is read once, and the line's bounds are found once.
  'N dumps kept in strings on one line': (n) => ({ uri: 'file:///events.json', languageId: 'plaintext', text: `[${Array(n).fill(JSON.stringify({ content: SEED_HEAD })).join(',')}]\n` }),
};

let version = 0;

/** The least time of a check of `doc` over `runs` runs, each of a new version (nothing cached). */
function checkTime(doc: { uri: string; languageId: string; text: string }, runs = 3): number {
  const service = createLanguageService({ locale: 'en' });
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    service.doValidation(TextDocument.create(doc.uri, doc.languageId, ++version, doc.text));
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('checks scale linearly with the items of a list', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, (t) => {
      const small = make(N);
      const large = make(10 * N);
      checkTime(make(N / 10), 1);
      // measured alternately, so that a busy moment hits both; again only when near the limit
      let ratio = Infinity;
      let times: [number, number] = [0, 0];
      for (let attempt = 0; attempt < 3; attempt++) {
        const measured: [number, number] = [checkTime(small), checkTime(large)];
        if (measured[1] / measured[0] < ratio) [ratio, times] = [measured[1] / measured[0], measured];
        if (ratio < MAX_RATIO || ratio > 3 * MAX_RATIO) break;
      }
      t.diagnostic(`${N}: ${times[0].toFixed(1)} ms, ${10 * N}: ${times[1].toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
      assert.ok(ratio < MAX_RATIO, `${name}: ${times[0].toFixed(1)} ms at ${N}, ${times[1].toFixed(1)} ms at ${10 * N} (×${ratio.toFixed(0)})`);
    });
  }

  it('code actions for N findings of a file of N lines', (t) => {
    const service = createLanguageService({ locale: 'en' });
    const actionsTime = (n: number) => {
      const { uri, languageId, text } = SHAPES['one key N times']!(n);
      const doc = TextDocument.create(uri, languageId, ++version, text);
      const diagnostics = Array.from({ length: n }, (_, i) => ({ range: { start: { line: i + 2, character: 0 }, end: { line: i + 2, character: 6 } }, message: 'm', source: 'bonding', code: 'ifcfg.duplicate-key' }));
      const range = { start: { line: 0, character: 0 }, end: { line: n + 2, character: 0 } };
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        assert.equal(service.getCodeActions(doc, range, { diagnostics }).length, 2 * n);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    actionsTime(N / 10);
    const times = [actionsTime(N), actionsTime(10 * N)] as const;
    const ratio = times[1] / times[0];
    t.diagnostic(`${N}: ${times[0].toFixed(1)} ms, ${10 * N}: ${times[1].toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
    assert.ok(ratio < MAX_RATIO, `${times[0].toFixed(1)} ms at ${N}, ${times[1].toFixed(1)} ms at ${10 * N} (×${ratio.toFixed(0)})`);
  });
});
