import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs, { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { mergeSettings, validateRc } from '../../server/src/node/bondlintrc';
import { CHUNK_BYTES, readFound } from '../../server/src/cli/files';
import type { Io } from '../../server/src/cli/io';
import { normalizeSettings } from '../../server/src/service/settings';
import { bondlint, tempDir } from './helpers';

const DUMP = 'fixtures/cli/config/site-a/host1/bond0';

function codes(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /:\d+:\d+ /.test(l))
    .map((l) => l.replace(/^\S+?:(\d+):\d+ +(\w+) .*  (\S+)$/, '$1 $2 $3'));
}

describe('.bondlintrc.json', () => {
  it('the nearest one above a file applies: rules turned off, raised, and the switch setting', () => {
    const withRc = codes(bondlint([DUMP]).stdout);
    const without = codes(bondlint(['--no-config', DUMP]).stdout);
    assert.ok(without.includes('3 info proc.switch-config'));
    assert.ok(without.some((c) => c.endsWith('proc.churned')));
    assert.ok(without.includes('59 warning proc.aggregator-mismatch'));
    assert.ok(!withRc.includes('3 info proc.switch-config'), 'switch: lacp matches 802.3ad');
    assert.ok(!withRc.some((c) => c.endsWith('proc.churned')), 'proc.churned: off');
    assert.ok(withRc.includes('59 error proc.aggregator-mismatch'), 'proc.aggregator-mismatch: error');
  });

  it('the command line wins over the file', () => {
    const run = bondlint(['--rule', 'proc.aggregator-mismatch=info', '--rule', 'proc.churned=warning', DUMP]);
    assert.ok(codes(run.stdout).includes('59 info proc.aggregator-mismatch'));
    assert.ok(codes(run.stdout).some((c) => c.endsWith('warning proc.churned')));
    assert.equal(run.status, 0);
  });

  it('--config FILE replaces the search; a missing one is an error', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'ci.json'), JSON.stringify({ rules: { 'proc.switch-config': 'off', 'proc.slave-down': 'off' } }));
      const run = bondlint(['--config', join(dir, 'ci.json'), DUMP]);
      assert.ok(!codes(run.stdout).includes('3 info proc.switch-config'));
      assert.ok(codes(run.stdout).some((c) => c.endsWith('proc.churned')), 'the rules of the nearest file do not apply');
      const missing = bondlint(['--config', join(dir, 'nope.json'), DUMP]);
      assert.equal(missing.status, 2);
      assert.equal(missing.stderr, `bondlint: ${join(dir, 'nope.json')}: cannot read: no such file\n`);
      assert.equal(missing.stdout, '');
    } finally {
      cleanup();
    }
  });

  it('language from the file; --lang wins', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, '.bondlintrc.json'), '{ "language": "zh-cn" }\n');
      copyFileSync('fixtures/proc/seed-802.3ad.txt', join(dir, 'bond0'));
      assert.match(bondlint(['bond0'], { cwd: dir }).stdout, /p1 未处于 up 状态|p1/);
      assert.match(bondlint(['bond0'], { cwd: dir }).stdout, /[\u4e00-\u9fff]/);
      assert.doesNotMatch(bondlint(['--lang', 'en', 'bond0'], { cwd: dir }).stdout, /[\u4e00-\u9fff]/);
    } finally {
      cleanup();
    }
  });

  it('a broken file stops the run before any output, with one line per problem', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a/.bondlintrc.json'), JSON.stringify({ language: 'fr', rules: { 'proc.nope': 'off', 'proc.churned': 'loud' }, colour: true }));
      copyFileSync('fixtures/proc/seed-802.3ad.txt', join(dir, 'a/bond0'));
      writeFileSync(join(dir, 'b.json'), '{ "rules": ');
      let run = bondlint(['a'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        [
          'bondlint: a/.bondlintrc.json: unknown setting "colour" (known: language, switch, rules, maxFileSize)',
          'bondlint: a/.bondlintrc.json: "language" must be one of auto, en, zh-cn',
          'bondlint: a/.bondlintrc.json: "rules": unknown rule code "proc.nope" (`bondlint rules` lists them)',
          'bondlint: a/.bondlintrc.json: "rules": "proc.churned" must be one of off, hint, info, warning, error',
          '',
        ].join('\n'),
      );
      run = bondlint(['--config', 'b.json', 'a/bond0'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^bondlint: b\.json: not valid JSON: /);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    } finally {
      cleanup();
    }
  });

  it('a settings file that is not one (a FIFO, a link to /dev/zero or /proc/kmsg, 2 MB) is refused without blocking or reading it all', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const name of ['fifo', 'zero', 'kmsg', 'big']) {
        mkdirSync(join(dir, name));
        copyFileSync('fixtures/proc/seed-802.3ad.txt', join(dir, name, 'bond0'));
      }
      const fifo = spawnSync('mkfifo', [join(dir, 'fifo/.bondlintrc.json')]).status === 0;
      symlinkSync('/dev/zero', join(dir, 'zero/.bondlintrc.json'));
      // As root, reading /proc/kmsg waits for the kernel's next message; otherwise it is refused at once.
      symlinkSync('/proc/kmsg', join(dir, 'kmsg/.bondlintrc.json'));
      writeFileSync(join(dir, 'big/.bondlintrc.json'), `{${' '.repeat(2 * 1024 * 1024)}}`);
      const expected: [string, string | RegExp][] = [
        ...(fifo ? [['fifo', 'not a regular file'] as [string, string]] : []),
        ['zero', 'not a regular file'],
        ['big', 'more than 1048576 bytes, not a settings file'],
        ['kmsg', /^(EAGAIN|EACCES|EPERM): /],
      ];
      for (const [name, why] of expected) {
        // The time limit turns a read that never ends into a failure instead of a test that hangs.
        const found = bondlint([`${name}/bond0`], { cwd: dir, timeout: 20_000 });
        const given = bondlint(['annotate', '--config', `${name}/.bondlintrc.json`, `${name}/bond0`], { cwd: dir, timeout: 20_000 });
        for (const run of [found, given]) {
          assert.deepEqual([run.status, run.stdout], [2, ''], name);
          const prefix = `bondlint: ${name}/.bondlintrc.json: cannot read: `;
          assert.ok(run.stderr.startsWith(prefix) && run.stderr.endsWith('\n') && run.stderr.split('\n').length === 2, run.stderr);
          if (typeof why === 'string') assert.equal(run.stderr, `${prefix}${why}\n`, name);
          else assert.match(run.stderr.slice(prefix.length), why, name);
        }
      }
    } finally {
      cleanup();
    }
  });

  it('maxFileSize: a larger file is checked as one doc.too-large, and neither annotated nor inspected (exit 2)', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 1000 }));
      copyFileSync('fixtures/proc/seed-802.3ad.txt', join(dir, 'bond0'));
      const message = 'bondlint: bond0: This document has 1763 characters, more than bonding.maxFileSize (1000): it is not analysed.\n';
      assert.deepEqual(codes(bondlint(['bond0'], { cwd: dir }).stdout), ['1 info doc.too-large']);
      // `off` does not hide it: a file that was not checked must not look clean.
      const off = bondlint(['--rule', 'doc.too-large=off', 'bond0'], { cwd: dir });
      assert.deepEqual([off.status, codes(off.stdout)], [0, ['1 info doc.too-large']]);
      assert.deepEqual(codes(bondlint(['--rule', 'doc.too-large=warning', 'bond0'], { cwd: dir }).stdout), ['1 warning doc.too-large']);
      writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 1000, rules: { 'doc.too-large': 'off' } }));
      assert.deepEqual(codes(bondlint(['bond0'], { cwd: dir }).stdout), ['1 info doc.too-large']);
      writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 1000 }));
      for (const command of ['annotate', 'inspect']) {
        const run = bondlint([command, 'bond0'], { cwd: dir });
        assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', message], command);
        const zh = bondlint([command, '--lang', 'zh-cn', 'bond0'], { cwd: dir });
        assert.equal(zh.stderr, 'bondlint: bond0: 该文档有 1763 个字符，超过 bonding.maxFileSize（1000），未做分析。\n', command);
        assert.equal(bondlint([command, '--no-config', 'bond0'], { cwd: dir }).status, 0, command);
      }
    } finally {
      cleanup();
    }
  });

  it('maxFileSize: a file of more than 3 bytes per allowed character is judged by its size and never read whole', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 1000 }));
      writeFileSync(join(dir, 'big.log'), 'kernel: eth0: link up\n'.repeat(200));
      // Read a chunk at a time: the dump's first line is cut by the end of the first one.
      const before = `${'x'.repeat(CHUNK_BYTES - 20)}\n`;
      writeFileSync(join(dir, 'ticket.txt'), `${before}Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n${'y'.repeat(CHUNK_BYTES)}\n`);
      // Not at the start of a line: no dump.
      writeFileSync(join(dir, 'notes.txt'), `${before}see Bonding Mode: in the dump\n${'z'.repeat(CHUNK_BYTES)}\n`);
      writeFileSync(join(dir, 'core.bin'), Buffer.alloc(5000));
      const message = 'This text has 4400 bytes, so more characters than bonding.maxFileSize (1000): it is not analysed or held in memory.';
      const named = bondlint(['big.log'], { cwd: dir });
      assert.deepEqual([named.status, named.stdout.split('\n')[0]], [0, `big.log:1:1  info     ${message}  doc.too-large`]);
      const walk = bondlint(['--format', 'json', '.'], { cwd: dir });
      const report = JSON.parse(walk.stdout) as { files: { path: string; language: string; findings: { code: string; message: string }[] }[] };
      assert.deepEqual(
        report.files.map((f) => [f.path, f.language, f.findings.map((x) => x.code)]),
        [['ticket.txt', 'plaintext', ['doc.too-large']]],
      );
      assert.deepEqual([walk.status, walk.stderr], [0, '']);
      assert.match(report.files[0]!.findings[0]!.message, new RegExp(`^This text has ${2 * CHUNK_BYTES + 39} bytes`));
      for (const command of ['annotate', 'inspect']) {
        const run = bondlint([command, 'big.log'], { cwd: dir });
        assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', `bondlint: big.log: ${message}\n`], command);
        const zh = bondlint([command, '--lang', 'zh-cn', 'big.log'], { cwd: dir });
        assert.equal(zh.stderr, 'bondlint: big.log: 该文本有 4400 字节，字符数因此超过 bonding.maxFileSize（1000），未做分析，也未保留在内存中。\n', command);
      }
      // Standard input is counted to its end and let go past the size.
      const piped = bondlint(['--stdin-filename', 'big.log', '-'], { cwd: dir, input: readFileSync(join(dir, 'big.log')) });
      assert.deepEqual([piped.status, piped.stdout.split('\n')[0]], [0, `big.log:1:1  info     ${message}  doc.too-large`]);
      const annotated = bondlint(['annotate', '-'], { cwd: dir, input: readFileSync(join(dir, 'ticket.txt')) });
      assert.deepEqual([annotated.status, annotated.stderr], [2, `bondlint: <stdin>: ${message.replace('4400', String(2 * CHUNK_BYTES + 39))}\n`]);
      const binary = bondlint(['core.bin'], { cwd: dir });
      assert.deepEqual([binary.status, binary.stderr], [2, 'bondlint: core.bin: binary file, not checked\n']);
    } finally {
      cleanup();
    }
  });
});

describe('maxFileSize and a file of at most 3 bytes per allowed character', () => {
  const io = (cwd: string): Io => ({ cwd, env: {}, stdoutIsTTY: false, out: () => undefined, err: () => undefined, readStdin: async () => ({ kept: Buffer.alloc(0), bytes: 0 }) });

  it('counts its characters a chunk at a time as decoding it whole would, and reads it whole only within the limit', () => {
    const { dir, cleanup } = tempDir();
    // Sequences cut by the end of a chunk, invalid UTF-8 (lone continuation bytes, a cut sequence, a surrogate, an
    // overlong form), a byte-order mark, characters of 2, 3 and 4 bytes (two code units).
    const samples: Record<string, Buffer> = {
      ascii: Buffer.from('eth0 up\n'.repeat(3000)),
      wide: Buffer.from(`${'x'.repeat(CHUNK_BYTES - 1)}${'端口状态 é 😀\n'.repeat(2000)}`),
      invalid: Buffer.concat([Buffer.from('\ufeffbond0\n'), Buffer.from([0x80, 0xbf, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf0, 0x9f]), Buffer.alloc(CHUNK_BYTES, 0x41), Buffer.from([0xe2, 0x82])]),
    };
    try {
      for (const [name, bytes] of Object.entries(samples)) {
        writeFileSync(join(dir, name), bytes);
        // (a byte order mark is not a character of the text)
        const characters = bytes.toString('utf8').replace(/^\ufeff/, '').length;
        const found = { abs: join(dir, name), explicit: true };
        const read = mock.method(fs, 'readFileSync');
        try {
          const over = readFound(found, io(dir), characters - 1);
          assert.equal(over.kind, 'oversized', name);
          assert.deepEqual(over.kind === 'oversized' && [over.file.bytes, over.file.characters], [bytes.length, characters], name);
          assert.equal(read.mock.callCount(), 0, `${name} was not read whole`);
          const within = readFound(found, io(dir), characters);
          assert.deepEqual(within.kind === 'text' && within.file.text.length, characters, name);
        } finally {
          read.mock.restore();
        }
      }
      // as bondlint reports it: the same finding as for a text read whole
      writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 2 * 1000 }));
      writeFileSync(join(dir, 'cjk.txt'), '端'.repeat(2000));
      writeFileSync(join(dir, 'more.txt'), 'é'.repeat(2001));
      const run = bondlint(['--format', 'json', 'cjk.txt', 'more.txt'], { cwd: dir });
      const report = JSON.parse(run.stdout) as { files: { path: string; findings: { code: string; message: string }[] }[] };
      assert.deepEqual(
        report.files.map((f) => [f.path, f.findings.map((x) => x.message)]),
        [
          ['cjk.txt', []],
          ['more.txt', ['This document has 2001 characters, more than bonding.maxFileSize (2000): it is not analysed.']],
        ],
      );
    } finally {
      cleanup();
    }
  });
});

describe('settings merging (shared with the language server)', () => {
  it('file values replace the client values; rules merge code by code', () => {
    const client = { language: 'en', switch: 'none', rules: { 'proc.churned': 'off', 'proc.link-failures': 'info' }, maxFileSize: 100 };
    const rc = validateRc({ switch: 'lacp', rules: { 'proc.link-failures': 'off' } });
    assert.deepEqual(rc.problems, []);
    const merged = normalizeSettings(mergeSettings(client, rc.settings));
    assert.equal(merged.switch, 'lacp');
    assert.equal(merged.language, 'en');
    assert.equal(merged.maxFileSize, 100);
    assert.deepEqual(merged.rules, { 'proc.churned': 'off', 'proc.link-failures': 'off' });
  });

  it('keeps the well-formed part of a file with problems', () => {
    const rc = validateRc({ $schema: './x.json', switch: 'static', maxFileSize: -5, rules: { 'proc.churned': 'hint', 'proc.x': 'off' } });
    assert.deepEqual(rc.settings, { switch: 'static', rules: { 'proc.churned': 'hint' } });
    assert.equal(rc.problems.length, 2);
    assert.deepEqual(validateRc([1, 2]).problems, ['the file must hold a JSON object']);
  });
});
