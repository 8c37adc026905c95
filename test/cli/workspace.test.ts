import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bondlint, tempDir } from './helpers';

const SET = 'fixtures/cli/walk/network-scripts';

/** `line code` of every finding in JSON output. */
function found(stdout: string): string[] {
  return JSON.parse(stdout).files.flatMap((f: any) => f.findings.map((x: any) => `${f.path.split('/').pop()}:${x.line} ${x.code}`));
}

describe('the files of one folder are checked together', () => {
  it('a port whose bond has no file is found in a folder walk and when the port file is named alone', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const name of ['ifcfg-bond0', 'ifcfg-eth0', 'ifcfg-eth1']) copyFileSync(join(SET, name), join(dir, name));
      const walked = found(bondlint(['--no-config', '-f', 'json', '.'], { cwd: dir }).stdout);
      assert.ok(!walked.some((f) => f.endsWith('xfile.master-missing')), walked.join('\n'));
      writeFileSync(join(dir, 'ifcfg-eth1'), readFileSync(join(SET, 'ifcfg-eth1'), 'utf8').replace('MASTER=bond0', 'MASTER=bond7'));
      const broken = found(bondlint(['--no-config', '-f', 'json', '.'], { cwd: dir }).stdout);
      assert.ok(broken.includes('ifcfg-eth1:6 xfile.master-missing'), broken.join('\n'));
      const alone = found(bondlint(['--no-config', '-f', 'json', 'ifcfg-eth1'], { cwd: dir }).stdout);
      assert.deepEqual(alone, ['ifcfg-eth1:6 xfile.master-missing'], 'the siblings are read as context, not reported');
    } finally {
      cleanup();
    }
  });

  it('a sibling above 1 MB is not a configuration file: not read as context, as in the editor', () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const name of ['ifcfg-eth0', 'ifcfg-eth1']) copyFileSync(join(SET, name), join(dir, name));
      const bond = readFileSync(join(SET, 'ifcfg-bond0'), 'utf8');
      writeFileSync(join(dir, 'ifcfg-bond0'), `${bond}${'# padding\n'.repeat(99_000)}`);
      assert.deepEqual(found(bondlint(['--no-config', '-f', 'json', 'ifcfg-eth1'], { cwd: dir }).stdout), [], '990 KB: read');
      writeFileSync(join(dir, 'ifcfg-bond0'), `${bond}${'# padding\n'.repeat(101_000)}`);
      assert.deepEqual(found(bondlint(['--no-config', '-f', 'json', 'ifcfg-eth1'], { cwd: dir }).stdout), ['ifcfg-eth1:6 xfile.master-missing'], '1010 KB: not read');
      // Nor is a link to /proc/kmsg, which as root waits for the kernel's next message.
      symlinkSync('/proc/kmsg', join(dir, 'ifcfg-kmsg'));
      const run = bondlint(['--no-config', '-f', 'json', 'ifcfg-eth1'], { cwd: dir, timeout: 20_000 });
      assert.deepEqual([run.status, found(run.stdout)], [0, ['ifcfg-eth1:6 xfile.master-missing']]);
    } finally {
      cleanup();
    }
  });
});
