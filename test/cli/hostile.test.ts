import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

/**
 * The built CLI on what support tickets contain: thousands of files, paths it cannot read, symbolic link loops,
 * a FIFO, a 100 MB file. It must finish within a small heap, print one clear line per bad path, exit 2 when a
 * path was bad, and never show a stack trace.
 */

const HEAP_MB = 256;
const DUMP = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function bondlint(args: readonly string[], timeoutMs = 180_000, heapMb = HEAP_MB, nodeArgs: readonly string[] = []): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, ...nodeArgs, 'dist/cli.js', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', BONDLINT_DEBUG: '' },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - started };
}


function assertNoStackTrace(r: Run): void {
  assert.doesNotMatch(r.stderr, /^\s+at .+[(:]\d+/m, `a stack trace on stderr:\n${r.stderr.slice(0, 3000)}`);
  assert.doesNotMatch(r.stderr, /FATAL ERROR|internal error/, r.stderr.slice(0, 3000));
}

function assertFinished(r: Run): void {
  assert.equal(r.signal, null, `killed by ${r.signal}${r.signal === 'SIGTERM' ? ' (timeout)' : ''}\n${r.stderr.slice(0, 3000)}`);
  assert.ok(r.status === 0 || r.status === 1 || r.status === 2, `exit code ${r.status}\n${r.stderr.slice(0, 3000)}`);
}

describe('bondlint on hostile input', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bondlint-hostile-'));
  });
  after(() => {
    // undo chmod 000 so that the folder can be removed by a user that is not root
    try {
      chmodSync(join(dir, 'bad', 'unreadable'), 0o644);
    } catch {
      // not created
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`checks a folder of 10 000 small files within a ${HEAP_MB} MB heap`, (t) => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    // one folder, as a copied network-scripts directory or an unpacked ticket attachment: ports, bonds, dumps, notes
    for (let i = 0; i < 10_000; i++) {
      const kind = i % 4;
      if (kind === 0) writeFileSync(join(folder, `ifcfg-eth${i}`), `DEVICE=eth${i}\nTYPE=Ethernet\nMASTER=bond${i % 50}\nSLAVE=yes\nONBOOT=yes\n`);
      else if (kind === 1) writeFileSync(join(folder, `ifcfg-bond${i}`), `DEVICE=bond${i}\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=4 miimon=100"\n`);
      else if (kind === 2) writeFileSync(join(folder, `dump${i}.txt`), DUMP);
      else writeFileSync(join(folder, `note${i}.txt`), 'nothing about bonding here\n'.repeat(5));
    }
    const r = bondlint([folder]);
    t.diagnostic(`10 000 files: exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s`);
    assertFinished(r);
    assertNoStackTrace(r);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    assert.match(r.stdout, /^7500 files checked/m, r.stdout.slice(-500));
  });

  it('reports each bad path on one line, exits 2 and still checks the good ones', (t) => {
    const bad = join(dir, 'bad');
    const walk = join(bad, 'walk');
    mkdirSync(join(walk, 'sub'), { recursive: true });
    writeFileSync(join(bad, 'good.txt'), DUMP);
    writeFileSync(join(walk, 'ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n');
    writeFileSync(join(bad, 'file'), 'x\n');
    writeFileSync(join(bad, 'binary'), Buffer.from([0x45, 0x74, 0x00, 0xff, 0x00, 0x01]));
    symlinkSync('loop-b', join(bad, 'loop-a'));
    symlinkSync('loop-a', join(bad, 'loop-b'));
    symlinkSync('nowhere', join(bad, 'dangling'));
    symlinkSync('..', join(walk, 'sub', 'back'));
    symlinkSync('../dangling', join(walk, 'dangling'));
    symlinkSync('../loop-a', join(walk, 'loop'));

    // expected: path → what its line must say
    const expected = new Map<string, RegExp>([
      [join(bad, 'loop-a'), /symbolic link loop/],
      [join(bad, 'dangling'), /broken symbolic link|no such file/],
      [join(bad, 'missing'), /no such file or directory/],
      [join(bad, 'file', 'child'), /not a directory/],
      [join(bad, 'n'.repeat(300)), /file name too long/],
      [join(bad, 'binary'), /binary/],
      [join(walk, 'dangling'), /broken symbolic link|no such file/],
      [join(walk, 'loop'), /symbolic link loop/],
      [join(walk, 'sub', 'back'), /symbolic link loop/],
    ]);

    const unreadable = join(bad, 'unreadable');
    writeFileSync(unreadable, 'DEVICE=eth0\n');
    chmodSync(unreadable, 0o000);
    let blocked = false;
    try {
      closeSync(openSync(unreadable, 'r'));
    } catch {
      blocked = true;
    }
    if (blocked) expected.set(unreadable, /permission denied/);
    else t.diagnostic('chmod 000 does not stop reads here (running as root): the dangling symbolic links and /proc/self/mem stand for unreadable files');
    try {
      readFileSync('/proc/self/mem');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EIO') expected.set('/proc/self/mem', /input\/output error/);
    }
    const fifo = join(bad, 'fifo');
    const mkfifo = spawnSync('mkfifo', [fifo, join(walk, 'fifo')]);
    if (mkfifo.status === 0) expected.set(fifo, /not a regular file/);
    else t.diagnostic('no mkfifo here: the FIFO case is left out');

    const args = [join(bad, 'good.txt'), ...(blocked ? [] : [unreadable]), ...[...expected.keys()].filter((p) => !p.startsWith(walk)), walk];
    const r = bondlint(args, 60_000);
    assertFinished(r);
    assertNoStackTrace(r);
    assert.equal(r.status, 2, `exit code\n${r.stderr}`);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    for (const line of lines) assert.match(line, /^bondlint: .+: .+$/, `every line on stderr is "bondlint: PATH: message": ${line}`);
    for (const [path, message] of expected) {
      const mine = lines.filter((l) => l.startsWith(`bondlint: ${path}: `));
      assert.equal(mine.length, 1, `one line for ${path}, got:\n${lines.join('\n')}`);
      assert.match(mine[0]!.slice(`bondlint: ${path}: `.length), message, mine[0]);
    }
    assert.equal(lines.length, expected.size, `no other lines on stderr:\n${lines.join('\n')}`);
    // the readable inputs are still checked and reported
    assert.match(r.stdout, /good\.txt:\d+:\d+/, r.stdout.slice(0, 2000));
    // good.txt, walk/ifcfg-bond0, and the chmod 000 file when it could be read after all
    assert.match(r.stdout, new RegExp(`^${blocked ? 2 : 3} files checked`, 'm'), r.stdout.slice(-500));
  });

  // 104 MB of tickets: a check that kept every text could not fit. The heap leaves room for a collector that lags
  // behind when the machine is busy (at 64 MB such runs failed now and then).
  it('checks a folder of tickets larger than its heap: 26 tickets of 4 MB within a 96 MB heap', (t) => {
    const noise = Array.from({ length: 20 }, (_, i) => `Nov 25 10:${String(i).padStart(2, '0')}:00 host kernel: eth${i % 8}: link up\n`).join('');
    const block = noise + DUMP;
    const ticket = block.repeat(Math.ceil((4 * 1024 * 1024) / block.length));
    const folder = join(dir, 'tickets');
    mkdirSync(folder);
    for (let i = 0; i < 26; i++) writeFileSync(join(folder, `ticket-${String(i).padStart(2, '0')}.log`), ticket);
    const r = bondlint(['--format', 'json', folder], 180_000, 96);
    t.diagnostic(`exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s`);
    assertFinished(r);
    assertNoStackTrace(r);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { code: string; message: string }[] }[] };
    assert.equal(report.files.length, 26);
    for (const file of report.files) {
      // every ticket is checked whole: 1000 findings and the one that counts the rest
      assert.equal(file.findings.length, 1001, file.path);
      assert.equal(file.findings.filter((f) => f.code === 'doc.too-many-findings').length, 1, file.path);
    }
  });

  it('reports 108 000 findings within a 64 MB heap, as text and as SARIF: each file is reported once it is checked', (t) => {
    const folder = join(dir, 'findings');
    mkdirSync(folder);
    // 150 dumps of 6 findings each (900 of the 1000 a file reports) in each of 120 tickets of 265 KB
    const ticket = `ticket text\n${DUMP}`.repeat(150);
    for (let i = 0; i < 120; i++) writeFileSync(join(folder, `ticket-${String(i).padStart(3, '0')}.txt`), ticket);
    const text = bondlint(['--no-config', folder], 180_000, 64);
    t.diagnostic(`text: exit ${text.status ?? text.signal} after ${(text.ms / 1000).toFixed(1)} s`);
    assertFinished(text);
    assertNoStackTrace(text);
    assert.match(text.stdout, /^120 files checked: 108000 findings \(90000 warnings, 18000 info\); none at or above error\.$/m);
    assert.equal(text.stdout.split('\n').filter((l) => /^\S+ticket-\d{3}\.txt:\d+:\d+ {2}/.test(l)).length, 108_000);

    // 87 MB of SARIF: written to a file, not kept by this test's pipe
    const out = join(dir, 'findings.sarif');
    const fd = openSync(out, 'w');
    const started = performance.now();
    const sarif = spawnSync(process.execPath, ['--max-old-space-size=64', 'dist/cli.js', '--no-config', '--format', 'sarif', folder], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 180_000 });
    closeSync(fd);
    t.diagnostic(`SARIF: exit ${sarif.status ?? sarif.signal} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assertFinished({ status: sarif.status, signal: sarif.signal, stdout: '', stderr: sarif.stderr, ms: 0 });
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: unknown[]; invocations: { executionSuccessful: boolean }[] }[] };
    assert.equal(log.runs[0]!.results.length, 108_000);
    assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, true);
  });

  it('annotates a 5 MB ticket within a 128 MB heap: the output is written as it is made', (t) => {
    const noise = Array.from({ length: 20 }, (_, i) => `Nov 25 10:${String(i).padStart(2, '0')}:00 host kernel: eth${i % 8}: link up\n`).join('');
    const block = noise + DUMP;
    const ticket = join(dir, 'ticket-5mb.log');
    writeFileSync(ticket, block.repeat(Math.ceil((5 * 1024 * 1024) / block.length)));
    const r = bondlint(['annotate', ticket], 180_000, 128);
    t.diagnostic(`exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s`);
    assertFinished(r);
    assertNoStackTrace(r);
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n');
    assert.ok(lines.length > block.split('\n').length * 100, `${lines.length} lines`);
    assert.ok(lines.some((l) => /^\s*port state: 61\s+# ACT AGG SYNC COL DIST/.test(l)));
  });

  describe('a 100 MB file', () => {
    let big: string;
    before(() => {
      // a ticket log: kernel messages with the dump pasted again and again, 100 MB in all
      const noise = Array.from({ length: 200 }, (_, i) => `Nov 25 10:${String(i % 60).padStart(2, '0')}:00 host kernel: eth${i % 8}: link up, 10000 Mbps, full duplex\n`).join('');
      const block = noise + DUMP;
      const folder = join(dir, 'big');
      mkdirSync(folder);
      big = join(folder, 'ticket.log');
      writeFileSync(big, block.repeat(Math.ceil(100 * 1024 * 1024 / block.length)));
    });

    it(`named on the command line: one doc.too-large finding within a ${HEAP_MB} MB heap`, (t) => {
      const r = bondlint(['--format', 'json', big]);
      t.diagnostic(`exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s`);
      assertFinished(r);
      assertNoStackTrace(r);
      const report = JSON.parse(r.stdout) as { files: { findings: { code: string }[] }[] };
      assert.deepEqual(report.files.flatMap((f) => f.findings.map((x) => x.code)), ['doc.too-large']);
    });

    it('a 100 MB log without a dump, found in a folder walk: searched a chunk at a time, never held whole, and skipped', (t) => {
      const folder = join(dir, 'log');
      mkdirSync(folder);
      const noise = Array.from({ length: 200 }, (_, i) => `Nov 25 10:${String(i % 60).padStart(2, '0')}:00 host kernel: eth${i % 8}: link up, 10000 Mbps, full duplex\n`).join('');
      writeFileSync(join(folder, 'messages'), noise.repeat(Math.ceil((100 * 1024 * 1024) / noise.length)));
      writeFileSync(join(folder, 'bond0.txt'), DUMP);
      // The process's peak resident memory, on stderr as it exits: reading the log whole (its bytes, then its text)
      // would take 250 MB; a chunk at a time takes about 60, most of it Node.js itself.
      const probe = join(dir, 'rss.cjs');
      writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, `maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)}\\n`));\n");
      const r = bondlint([folder], 180_000, 64, ['--require', probe]);
      const rss = Number(/^maxRSS (\d+)$/m.exec(r.stderr)?.[1]);
      t.diagnostic(`exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s, peak RSS ${rss} MB`);
      assertFinished(r);
      assertNoStackTrace(r);
      assert.equal(r.stderr.replace(/^maxRSS \d+\n/m, ''), '');
      assert.match(r.stdout, /^1 file checked/m, r.stdout.slice(-500));
      assert.doesNotMatch(r.stdout, /messages/);
      assert.ok(rss < 150, `peak RSS ${rss} MB`);
    });

    it(`found in a folder walk: within a ${HEAP_MB} MB heap`, (t) => {
      const r = bondlint([join(dir, 'big')]);
      t.diagnostic(`exit ${r.status ?? r.signal} after ${(r.ms / 1000).toFixed(1)} s`);
      assertFinished(r);
      assertNoStackTrace(r);
      assert.match(r.stdout, /too large|doc\.too-large|1 file checked/i, r.stdout.slice(0, 2000));
    });
  });
});
