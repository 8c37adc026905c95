import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLI, assertNoStack, bondlint, tempDir } from './helpers';

const SEED = 'fixtures/proc/seed-802.3ad.txt';
const HEALTHY = 'fixtures/proc/mode1-active-backup.txt';
const ERROR = 'fixtures/proc/mode1-active-down.txt';
const HELP = "Run 'bondlint --help' for usage.\n";

describe('exit codes', () => {
  it('0: no finding at all', () => {
    const run = bondlint(['--no-config', HEALTHY]);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '1 file checked: no findings.\n');
  });

  it('0: findings, none at or above the threshold (error by default)', () => {
    assert.equal(bondlint(['--no-config', SEED]).status, 0);
  });

  it('1: a finding at or above the threshold', () => {
    assert.equal(bondlint(['--no-config', ERROR]).status, 1);
    assert.equal(bondlint(['--no-config', '--max-severity', 'warning', SEED]).status, 1);
    assert.equal(bondlint(['--no-config', '--max-severity', 'hint', HEALTHY]).status, 0);
  });

  it('--rule changes what counts: lowering the only error gives 0, raising a warning gives 1', () => {
    assert.equal(bondlint(['--no-config', '--rule', 'proc.active-slave-down=warning', ERROR]).status, 0);
    assert.equal(bondlint(['--no-config', '--rule=proc.slave-down=error', SEED]).status, 1);
  });

  it('every output format exits the same way', () => {
    for (const format of ['text', 'json', 'sarif', 'github']) {
      assert.equal(bondlint(['--no-config', '-f', format, ERROR]).status, 1, format);
      assert.equal(bondlint(['--no-config', '-f', format, HEALTHY]).status, 0, format);
    }
  });

  it('2: I/O errors win over findings, and the findings of the readable files are still printed', () => {
    const run = bondlint(['--no-config', ERROR, 'fixtures/proc/no-such-dump.txt']);
    assert.equal(run.status, 2);
    assert.match(run.stdout, /mode1-active-down\.txt:5:25 +error/);
    assert.equal(run.stderr, 'bondlint: fixtures/proc/no-such-dump.txt: no such file or directory\n');
  });
});

describe('usage errors: exit 2, one clear line, no stack trace', () => {
  const cases: [string[], string][] = [
    [[], 'no PATH given'],
    [['--format', 'xml', SEED], '--format must be one of text, json, sarif, github (got "xml")'],
    [['--lang', 'fr', SEED], '--lang must be one of en, zh-cn (got "fr")'],
    [['--max-severity', 'fatal', SEED], '--max-severity must be one of error, warning, info, hint (got "fatal")'],
    [['--rule', 'proc.churned', SEED], '--rule needs CODE=LEVEL (got "proc.churned")'],
    [['--rule', 'proc.no-such-rule=off', SEED], '--rule: unknown rule code "proc.no-such-rule" (bondlint rules lists them)'],
    [['--rule', 'proc.churned=loud', SEED], '--rule proc.churned: level must be one of off, hint, info, warning, error (got "loud")'],
    [['--frobnicate', SEED], 'unknown option: --frobnicate'],
    [['--format'], 'option --format needs a value'],
    [['--fix', '-'], '--fix cannot change standard input; give file paths'],
    [['--config', 'a.json', '--no-config', SEED], '--config and --no-config exclude each other'],
    [['annotate'], 'annotate takes one FILE (or - for standard input)'],
    [['annotate', SEED, HEALTHY], 'annotate takes one FILE (or - for standard input)'],
    [['inspect'], 'inspect takes one FILE (or - for standard input)'],
    [['rules', 'extra'], 'unexpected argument: extra'],
  ];
  for (const [args, message] of cases) {
    it(`bondlint ${args.join(' ')}`, () => {
      const run = bondlint(args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, `bondlint: ${message}\n${HELP}`);
    });
  }
});

describe('bad paths', () => {
  it('a missing file', () => {
    const run = bondlint(['--no-config', 'nope.txt']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'bondlint: nope.txt: no such file or directory\n');
    assertNoStack(run.stderr);
  });

  it('a binary file named on the command line is an error; one found in a folder is skipped and counted', () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(SEED, join(dir, 'bond0'));
      writeFileSync(join(dir, 'capture.pcap'), Buffer.from([0xd4, 0xc3, 0xb2, 0xa1, 0x02, 0x00, 0x04, 0x00, 0x00, 0x00]));
      const named = bondlint(['--no-config', join(dir, 'capture.pcap')]);
      assert.equal(named.status, 2);
      assert.equal(named.stderr, `bondlint: ${join(dir, 'capture.pcap')}: binary file, not checked\n`);
      const walked = bondlint(['--no-config', dir]);
      assert.equal(walked.status, 0);
      assert.equal(walked.stderr, '');
      assert.match(walked.stdout, /^1 file checked \(1 binary file skipped\): 6 findings/m);
    } finally {
      cleanup();
    }
  });

  it('annotate and inspect refuse binary input, also on stdin', () => {
    const binary = Buffer.from('Ethernet Channel Bonding Driver: v6.8.0\n\0\0');
    for (const command of ['annotate', 'inspect']) {
      const run = bondlint([command, '-'], { input: binary });
      assert.equal(run.status, 2, command);
      assert.equal(run.stderr, 'bondlint: <stdin>: binary file, not checked\n');
    }
  });

  it('a symbolic link loop in a folder walk: one message per bad path, exit 2, the rest is still checked', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'hosts/db1'), { recursive: true });
      copyFileSync(SEED, join(dir, 'hosts/db1/bond0'));
      symlinkSync('..', join(dir, 'hosts/db1/parent'));
      symlinkSync('self', join(dir, 'hosts/self'));
      symlinkSync('missing', join(dir, 'hosts/dangling'));
      const run = bondlint(['--no-config', 'hosts'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.equal(
        run.stderr,
        [
          'bondlint: hosts/dangling: broken symbolic link',
          'bondlint: hosts/db1/parent: symbolic link loop (leads back to hosts), not followed',
          'bondlint: hosts/self: symbolic link loop, not followed',
          '',
        ].join('\n'),
      );
      assert.match(run.stdout, /^hosts\/db1\/bond0:52:13 +warning/m);
      assertNoStack(run.stdout + run.stderr);
    } finally {
      cleanup();
    }
  });

  it('a link met in a walk stands for its file: a link not named ifcfg-* to an ifcfg file hides nothing', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'etc/network-scripts'), { recursive: true });
      writeFileSync(join(dir, 'etc/network-scripts/ifcfg-eth1'), 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\nONBOOT=maybe\n');
      // walked first ("a-link" sorts before "etc"), and its own name says nothing of what it holds
      symlinkSync('etc/network-scripts/ifcfg-eth1', join(dir, 'a-link'));
      const run = bondlint(['--no-config', '.'], { cwd: dir });
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^etc\/network-scripts\/ifcfg-eth1:4:8 +error +ONBOOT: "maybe" is not valid/m);
      assert.match(run.stdout, /^1 file checked/m);
    } finally {
      cleanup();
    }
  });

  it('an unreadable file in a folder walk', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(SEED, join(dir, 'bond0'));
      copyFileSync(SEED, join(dir, 'bond1'));
      chmodSync(join(dir, 'bond1'), 0o000);
      const run = bondlint(['--no-config', '.'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'bondlint: bond1: permission denied\n');
      assert.match(run.stdout, /^1 file checked/m);
    } finally {
      chmodSync(join(dir, 'bond1'), 0o644);
      cleanup();
    }
  });

  it('a path through a file, a directory given to annotate, a device or a FIFO named on the command line', () => {
    let run = bondlint(['--no-config', `${SEED}/bond0`]);
    assert.equal(run.stderr, `bondlint: ${SEED}/bond0: not a directory\n`);
    assert.equal(run.status, 2);
    run = bondlint(['annotate', 'fixtures/proc']);
    assert.equal(run.stderr, 'bondlint: fixtures/proc: is a directory (annotate and inspect take one file)\n');
    assert.equal(run.status, 2);
    run = bondlint(['--no-config', '/dev/null']);
    assert.equal(run.stderr, 'bondlint: /dev/null: not a regular file\n');
    assert.equal(run.status, 2);
    // Read whole, a device would never end (memory grew by GBs) and a FIFO block: refused as a check refuses them.
    const { dir, cleanup } = tempDir();
    try {
      const fifo = join(dir, 'fifo');
      const paths = ['/dev/zero', '/dev/urandom', ...(spawnSync('mkfifo', [fifo]).status === 0 ? [fifo] : [])];
      for (const command of ['annotate', 'inspect']) {
        for (const path of paths) {
          run = bondlint([command, '--no-config', path], { timeout: 20_000 });
          assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', `bondlint: ${path}: not a regular file\n`], `${command} ${path}`);
        }
      }
    } finally {
      cleanup();
    }
  });

  it('annotate and inspect of a text without a dump: a message and exit 1', () => {
    let run = bondlint(['annotate', 'fixtures/cli/walk/notes.txt']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'bondlint: fixtures/cli/walk/notes.txt: no /proc/net/bonding dump found\n');
    run = bondlint(['inspect', 'fixtures/cli/walk/notes.txt']);
    assert.equal(run.status, 1);
    assert.deepEqual(JSON.parse(run.stdout), { version: 1, bonds: [] });
    // A dump on one line is pointed at.
    for (const command of ['annotate', 'inspect']) {
      run = bondlint([command, 'fixtures/cli/walk/ansible.log']);
      assert.deepEqual(
        [run.status, run.stderr],
        [1, 'bondlint: fixtures/cli/walk/ansible.log: no /proc/net/bonding dump found; line 2 holds one on one line (proc.dump-in-one-line)\n'],
      );
    }
  });

  it('output closed early (`| head -1`) ends quietly', () => {
    const { dir, cleanup } = tempDir();
    try {
      // Far more than a pipe holds, so the writer meets the closed pipe.
      writeFileSync(join(dir, 'many.txt'), readFileSync(SEED, 'utf8').repeat(400));
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" annotate --no-config many.txt | head -1`], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.stderr, '');
      assert.equal(result.stdout.split('\n').length, 2);
    } finally {
      cleanup();
    }
  });
});

describe('names and values with control characters', () => {
  it('are printed escaped: a file cannot drive the terminal or start a line of its own', () => {
    const { dir, cleanup } = tempDir();
    try {
      const dump = readFileSync(SEED, 'utf8').replace('Slave Interface: p1', 'Slave Interface: p1\u001b[31m\u202e\u0085');
      const name = 'bond0\n::error file=x::injected';
      writeFileSync(join(dir, name), dump);
      writeFileSync(join(dir, 'bin\u001b]0;title\u0007'), 'x\0y');
      const run = bondlint(['--no-config', name, 'bin\u001b]0;title\u0007'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stdout, /^bond0\\n::error file=x::injected:52:13 {2}warning {2}p1\\x1b\[31m\\u202e\\x85 is not up /m);
      assert.equal(run.stderr, 'bondlint: bin\\x1b]0;title\\x07: binary file, not checked\n');
      // what is left: the line ends the output itself writes
      assert.doesNotMatch(run.stdout.replaceAll('\n', ''), /[\u0000-\u001f\u007f-\u009f\u202e]/);
      // machine formats escape in their own way
      assert.ok(JSON.parse(bondlint(['--no-config', '-f', 'json', name], { cwd: dir }).stdout).files[0].findings.some((f: { message: string }) => f.message.startsWith('p1\u001b[31m\u202e\u0085 is not up')));
    } finally {
      cleanup();
    }
  });
});
