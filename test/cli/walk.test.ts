import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { PathWalker } from '../../server/src/cli/files';
import type { Io } from '../../server/src/cli/io';
import { bondlint, tempDir } from './helpers';
import { yamlItem } from '../yamlList';

const io = (cwd: string): Io => ({ cwd, env: {}, stdoutIsTTY: false, out: () => undefined, err: () => undefined, readStdin: async () => ({ kept: Buffer.alloc(0), bytes: 0 }) });

describe('the folder walk', () => {
  it('checks every text in which a dump opens, in each form the parser reads, and no other text', () => {
    const { dir, cleanup } = tempDir();
    try {
      const dump = fs.readFileSync('fixtures/proc/mode1-active-down.txt', 'utf8');
      const lines = dump.trimEnd().split('\n');
      const forms: Record<string, string> = {
        'plain.txt': dump,
        'grep-h.txt': lines.map((l) => `/proc/net/bonding/bond0:${l}`).join('\n'),
        'grep-hn.txt': lines.map((l, i) => `/proc/net/bonding/bond0:${i + 1}:${l}`).join('\n'),
        'cat-n.txt': lines.map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('\n'),
        'pdsh.log': lines.map((l) => `db01: ${l}`).join('\n'),
        'expected.sh': lines.map((l) => `# ${l}`.trimEnd()).join('\n'),
        'list.json': JSON.stringify(lines, null, 2),
        'list.log': lines.map((l) => yamlItem(l, '')).join('\n'),
        'notes.txt': 'The bond uses Bonding Mode 1 and MII Status up.\n',
        // its ports alone, pasted below a line of a ticket: the port findings, not the bond's
        'ports.md': ['The ports:', ...lines.slice(lines.indexOf('Slave Interface: eth0'))].join('\n'),
      };
      for (const [name, text] of Object.entries(forms)) fs.writeFileSync(join(dir, name), text);
      const { files } = JSON.parse(bondlint(['--no-config', '-f', 'json', '.'], { cwd: dir }).stdout) as { files: { path: string; findings: { code: string }[] }[] };
      const codes = (name: string) => files.find((f) => f.path === name)?.findings.map((f) => f.code);
      assert.deepEqual(files.map((f) => f.path).sort(), Object.keys(forms).filter((n) => n !== 'notes.txt').sort());
      for (const name of Object.keys(forms)) if (name !== 'notes.txt' && name !== 'ports.md') assert.deepEqual(codes(name), codes('plain.txt'), name);
      assert.deepEqual(codes('ports.md'), codes('plain.txt')!.filter((c) => c !== 'proc.active-slave-down'));
    } finally {
      cleanup();
    }
  });

  it('resolves links only: the real path of a folder below the top is its parent\'s, so a deep tree costs no more per folder', () => {
    const { dir, cleanup } = tempDir();
    try {
      // 120 folders deep, with a link to a folder and a link to a file on the way
      let path = join(dir, 'top', 'a');
      for (let i = 0; i < 120; i++) path = join(path, 'd');
      fs.mkdirSync(path, { recursive: true });
      fs.writeFileSync(join(path, 'ifcfg-bond0'), 'DEVICE=bond0\n');
      fs.mkdirSync(join(dir, 'top', 'z'));
      fs.writeFileSync(join(dir, 'top', 'z', 'ifcfg-eth0'), 'DEVICE=eth0\n');
      fs.symlinkSync(join(dir, 'top', 'z'), join(dir, 'top', 'a', 'd', 'linked'));
      fs.symlinkSync(join(dir, 'top', 'z', 'ifcfg-eth0'), join(dir, 'top', 'a', 'd', 'ifcfg-eth1'));
      const realpath = mock.method(fs, 'realpathSync');
      try {
        const { files, problems, linksOut } = new PathWalker(io(dir)).expand('top');
        assert.deepEqual([problems, linksOut], [[], 0]);
        assert.deepEqual(
          files.map((f) => f.abs.slice(dir.length + 1)),
          [`top/a/${'d/'.repeat(120)}ifcfg-bond0`, 'top/z/ifcfg-eth0'],
          'the linked file counts once, under its own path',
        );
        // the top, the two links (and nothing for the 122 folders and the file below them)
        assert.equal(realpath.mock.callCount(), 3);
      } finally {
        realpath.mock.restore();
      }
    } finally {
      cleanup();
    }
  });

  it('follows no link out of the folder named (a link to /proc would have it read the machine without end); one named is followed', () => {
    const { dir, cleanup } = tempDir();
    try {
      fs.mkdirSync(join(dir, 'repo', 'net'), { recursive: true });
      fs.mkdirSync(join(dir, 'outside'));
      fs.writeFileSync(join(dir, 'outside', 'ifcfg-eth9'), 'DEVICE=eth9\n');
      fs.writeFileSync(join(dir, 'repo', 'net', 'ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n');
      fs.symlinkSync(join(dir, 'outside'), join(dir, 'repo', 'net', 'more'));
      fs.symlinkSync(join(dir, 'outside', 'ifcfg-eth9'), join(dir, 'repo', 'net', 'ifcfg-eth9'));
      fs.symlinkSync(join(dir, 'repo', 'net', 'ifcfg-bond0'), join(dir, 'repo', 'ifcfg-bond1'));
      const walked = new PathWalker(io(dir)).expand('repo');
      assert.deepEqual(walked.files.map((f) => f.abs.slice(dir.length + 1)), ['repo/net/ifcfg-bond0']);
      assert.deepEqual([walked.problems, walked.linksOut], [[], 2]);
      // /proc only where a time limit can stop a walk that would not end
      fs.symlinkSync('/proc', join(dir, 'repo', 'proc'));
      // named, a link is followed wherever it leads
      assert.deepEqual(new PathWalker(io(dir)).expand('repo/net/more').files.map((f) => f.abs.slice(dir.length + 1)), ['repo/net/more/ifcfg-eth9']);
      const run = bondlint(['--no-config', 'repo'], { cwd: dir, timeout: 60_000 });
      assert.match(run.stdout, /^1 file checked \(3 links out of the folder not followed\): /m);
      assert.equal(run.status, 0);
    } finally {
      cleanup();
    }
  });

  it('reports a name that is not UTF-8 as such, and checks the rest', () => {
    const { dir, cleanup } = tempDir();
    try {
      fs.copyFileSync('fixtures/ifcfg/ifcfg-bond0', join(dir, 'ifcfg-bond0'));
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/ifcfg-eth`), Buffer.from([0xff])]), 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n');
      // hidden: passed over without a word, as any hidden entry
      fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/.x`), Buffer.from([0xfe])]), 'x');
      const run = bondlint(['--format', 'json', '.'], { cwd: dir });
      assert.deepEqual([run.status, run.stderr], [2, 'bondlint: ifcfg-eth\ufffd: name is not UTF-8, not read\n']);
      assert.deepEqual((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['ifcfg-bond0']);
    } finally {
      cleanup();
    }
  });
});
