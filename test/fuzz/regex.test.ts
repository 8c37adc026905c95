import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { VALUE_PATTERN } from '../../server/src/knowledge/procFields';
import { LABEL_BREAK } from '../../server/src/service/diagnostics/rules/proc/dumpInOneLine';
import { type Attack, type FoundRegex, attacksFor, describeAttack, scanRegexes } from './regexScan';

/**
 * No regular expression in server/src may backtrack super-linearly: every pattern gets inputs shaped against each
 * of its unbounded repetitions (long runs of what it repeats, behind what the pattern needs first, ending in a
 * character that fails the match), and the time for a 1 MB input must stay below 50 times the time for 100 KB.
 * Linear is 10 in theory; patterns that backtrack over the whole input measure up to about 30, because their
 * backtracking stack for 1 MB no longer fits the CPU caches; quadratic is 100. Times are per match, best of 3 with
 * the two sizes measured alternately, each averaged over repeated runs, measured again when near the limit.
 *
 * Every input is first run on sizes growing from 256 characters; one that takes more than BUDGET_MS on an input
 * below 64 KB is not grown further (a quadratic pattern would take hours at 1 MB), and its scaling between the
 * last two sizes decides instead. Patterns run in a worker thread so that catastrophic backtracking is stopped.
 */

const BUDGET_MS = 50;
const MAX_RATIO = 50;
/** A worker that reports nothing for this long is stuck in one match: exponential backtracking. */
const STUCK_MS = 15_000;

/**
 * Patterns built at run time with `new RegExp`: the scan finds the calls, this table gives the objects they build.
 * A file that builds RegExps and is missing here fails the test below.
 */
const CONSTRUCTED: Readonly<Record<string, () => RegExp[]>> = {
  'server/src/knowledge/procFields.ts': () => [VALUE_PATTERN.mac, VALUE_PATTERN.hwaddr, VALUE_PATTERN.ipv4list, VALUE_PATTERN.ipv6list],
  'server/src/service/diagnostics/rules/proc/dumpInOneLine.ts': () => [LABEL_BREAK],
};

/**
 * Patterns rewritten for linear time: the original and the rewrite must agree (match or not, and every group) on
 * short random texts made of the characters they care about.
 */
const REWRITTEN: readonly { file: string; original: RegExp; current: () => RegExp; alphabet: readonly string[] }[] = [
  {
    file: 'server/src/syntax/procBonding.ts',
    original: /^==>\s*(.*?)\s*<==\s*$/,
    current: () => {
      const found = scan.literals.find((r) => r.file === 'server/src/syntax/procBonding.ts' && r.source.startsWith('^==>'));
      assert.ok(found, 'the file header pattern of procBonding.ts');
      return new RegExp(found.source, found.flags);
    },
    alphabet: ['==>', '<==', '<', '=', '>', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '\u00a0', '\v', 'a', '/', 'bond0', '=='],
  },
  { file: 'server/src/knowledge/procFields.ts', original: /^v?\d+\.\d+\.\d+(?:\S*| \([^()]+\))$/, current: () => VALUE_PATTERN.version, alphabet: ['v', '0', '1', '.', ' ', '(', ')', 'a', '-', '\t', '\n', '5.15.0'] },
  {
    file: 'server/src/knowledge/procFields.ts',
    original: /^(?:[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(?:, [0-9a-fA-F:.]*:[0-9a-fA-F:.]*)*)?$/,
    current: () => VALUE_PATTERN.ipv6list,
    alphabet: ['0', 'a', 'f', 'g', ':', '.', ',', ', ', ' ', '::1', 'fe80::'],
  },
];

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const LADDER = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536];
const build = (a, n) => a.prefix + a.pump.repeat(Math.max(1, Math.ceil((n - a.prefix.length - a.tail.length) / a.pump.length))) + a.tail;
const runner = (re) => (re.global ? (s) => { re.lastIndex = 0; s.replace(re, ''); } : (s) => { re.lastIndex = 0; re.exec(s); });
/** Time of one match, averaged over as many runs as fit in minMs. */
function perRun(run, s, minMs) {
  let n = 0;
  const t0 = performance.now();
  let t;
  do { run(s); n++; t = performance.now() - t0; } while (t < minMs);
  return t / n;
}
/** Best of 3 for both inputs, measured alternately so that a busy moment hits both; repeated while the ratio is over the limit. */
function scaling(run, small, large, limit) {
  let result;
  for (let attempt = 0; attempt < 3; attempt++) {
    let t1 = Infinity, t2 = Infinity;
    for (let k = 0; k < 3; k++) {
      t1 = Math.min(t1, perRun(run, small, 1));
      t2 = Math.min(t2, perRun(run, large, 1));
    }
    const exponent = Math.log(t2 / t1) / Math.log(large.length / small.length);
    const r = { sizes: [small.length, large.length], ms: [t1, t2], exponent, ratio: Math.pow(10, exponent) };
    if (!result || r.ratio < result.ratio) result = r;
    // measured again only when near the limit: noise, not a quadratic pattern (ratio 100)
    if (result.ratio < limit || result.ratio > 3 * limit) break;
  }
  return result;
}
parentPort.on('message', ({ source, flags, attacks, budgetMs, limit }) => {
  const run = runner(new RegExp(source, flags));
  const screened = [];
  for (let i = 0; i < attacks.length; i++) {
    const a = attacks[i];
    let prev;
    for (const n of LADDER) {
      parentPort.postMessage({ progress: { attack: i, size: n } });
      const t = perRun(run, build(a, n), 0.1);
      if (t > budgetMs) {
        if (!prev) {
          parentPort.postMessage({ result: { kind: 'slow', attack: i, size: n, ms: t } });
          return;
        }
        const r = scaling(run, build(a, prev.n), build(a, n), limit);
        if (r.ratio >= limit) {
          parentPort.postMessage({ result: { kind: 'grown', attack: i, ...r } });
          return;
        }
        break;
      }
      prev = { n, t };
    }
    screened.push({ attack: i, t: prev ? prev.t : Infinity });
  }
  screened.sort((x, y) => y.t - x.t);
  const rows = [];
  for (const { attack } of screened.slice(0, 2)) {
    parentPort.postMessage({ progress: { attack, size: 1000000 } });
    rows.push({ attack, ...scaling(run, build(attacks[attack], 100000), build(attacks[attack], 1000000), limit) });
  }
  parentPort.postMessage({ result: { kind: 'final', rows } });
});
`;

type Result =
  | { kind: 'slow'; attack: number; size: number; ms: number }
  | { kind: 'grown'; attack: number; sizes: [number, number]; ms: [number, number]; exponent: number; ratio: number }
  | { kind: 'final'; rows: { attack: number; sizes: [number, number]; ms: [number, number]; ratio: number }[] }
  | { kind: 'stuck'; attack: number; size: number };

class Measurer {
  private worker: Worker | undefined;

  measure(source: string, flags: string, attacks: readonly Attack[]): Promise<Result> {
    const worker = (this.worker ??= new Worker(WORKER_SOURCE, { eval: true }));
    return new Promise((resolve, reject) => {
      let progress = { attack: 0, size: 0 };
      let timer: ReturnType<typeof setTimeout>;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          cleanup();
          this.worker = undefined;
          void worker.terminate();
          resolve({ kind: 'stuck', ...progress });
        }, STUCK_MS);
      };
      const onMessage = (m: { progress?: typeof progress; result?: Result }) => {
        if (m.progress) {
          progress = m.progress;
          arm();
        } else if (m.result) {
          cleanup();
          resolve(m.result);
        }
      };
      const onError = (e: Error) => {
        cleanup();
        this.worker = undefined;
        reject(e);
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      arm();
      worker.postMessage({ source, flags, attacks, budgetMs: BUDGET_MS, limit: MAX_RATIO });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

const scan = scanRegexes('server/src');
const patterns: FoundRegex[] = [...scan.literals];
for (const [file, get] of Object.entries(CONSTRUCTED)) {
  const line = scan.constructed.find((c) => c.file === file)?.line ?? 0;
  for (const re of get()) patterns.push({ file, line, source: re.source, flags: re.flags });
}
const byFile = new Map<string, FoundRegex[]>();
for (const p of patterns) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);

const kb = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${Math.round(n / 1000)} KB`);
const ms = (t: number) => `${t < 1 ? t.toFixed(3) : t.toFixed(1)} ms`;

describe('regular expressions scale linearly', () => {
  const measurer = new Measurer();
  after(() => measurer.close());

  it(`finds the patterns of server/src (${scan.literals.length} literals, ${scan.constructed.length} constructed)`, (t) => {
    assert.ok(scan.literals.length > 50, 'the scan finds the regex literals');
    for (const [file, list] of byFile) t.diagnostic(`${file}: ${list.length}`);
    const unlisted = [...new Set(scan.constructed.map((c) => c.file))].filter((f) => !(f in CONSTRUCTED));
    assert.deepEqual(unlisted, [], `files building RegExps at run time must be listed in CONSTRUCTED: ${scan.constructed.filter((c) => unlisted.includes(c.file)).map((c) => `${c.file}:${c.line} ${c.text}`).join('; ')}`);
    for (const [file, get] of Object.entries(CONSTRUCTED)) {
      const sites = scan.constructed.filter((c) => c.file === file).length;
      assert.ok(get().length >= sites, `${file} builds ${sites} RegExps; CONSTRUCTED lists ${get().length}`);
    }
  });

  for (const r of REWRITTEN) {
    it(`${r.file}: /${r.original.source}/ rewritten reads every text the same`, () => {
      const current = r.current();
      const text = fc.array(fc.constantFrom(...r.alphabet), { maxLength: 24 }).map((a) => a.join(''));
      fc.assert(
        fc.property(text, (s) => assert.deepEqual(current.exec(s)?.slice(), r.original.exec(s)?.slice(), JSON.stringify(s))),
        { seed: 1, numRuns: 20_000 },
      );
    });
  }

  for (const [file, list] of byFile) {
    describe(file, () => {
      for (const p of list) {
        it(`${p.line}: /${p.source}/${p.flags}`, async (t) => {
          const attacks = attacksFor(p.source, p.flags);
          const r = await measurer.measure(p.source, p.flags, attacks);
          const what = (i: number) => describeAttack(attacks[i]!);
          switch (r.kind) {
            case 'stuck':
              assert.fail(`no answer within ${STUCK_MS / 1000} s on ${kb(r.size)} of ${what(r.attack)}: exponential backtracking`);
              break;
            case 'slow':
              assert.fail(`${ms(r.ms)} for only ${r.size} characters of ${what(r.attack)}`);
              break;
            case 'grown':
              t.diagnostic(`${what(r.attack)}: ${kb(r.sizes[0])} ${ms(r.ms[0])}, ${kb(r.sizes[1])} ${ms(r.ms[1])}, exponent ${r.exponent.toFixed(2)}`);
              assert.ok(
                r.ratio < MAX_RATIO,
                `super-linear: ${what(r.attack)} takes ${ms(r.ms[0])} at ${kb(r.sizes[0])} and ${ms(r.ms[1])} at ${kb(r.sizes[1])} (time ~ size^${r.exponent.toFixed(2)}; ×10 size would take ×${r.ratio.toFixed(0)})`,
              );
              break;
            case 'final': {
              const worst = r.rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
              t.diagnostic(`${attacks.length} inputs; worst ${what(worst.attack)}: 100 KB ${ms(worst.ms[0])}, 1 MB ${ms(worst.ms[1])}, ratio ${worst.ratio.toFixed(1)}`);
              for (const row of r.rows) {
                assert.ok(row.ratio < MAX_RATIO, `time(1 MB) / time(100 KB) = ${row.ratio.toFixed(1)} for ${what(row.attack)} (${ms(row.ms[0])} → ${ms(row.ms[1])})`);
              }
            }
          }
        });
      }
    });
  }
});
