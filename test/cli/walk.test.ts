import assert from 'node:assert/strict';
import fs from 'node:fs';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { PathWalker } from '../../server/src/cli/files';
import type { Io } from '../../server/src/cli/io';
import { tempDir } from './helpers';

const io = (cwd: string): Io => ({ cwd, env: {}, stdoutIsTTY: false, out: () => undefined, err: () => undefined, readStdin: async () => ({ kept: Buffer.alloc(0), bytes: 0 }) });

describe('the folder walk', () => {
  it('resolves links only: the real path of a folder below the top is its parent\'s, so a deep tree costs no more per folder', () => {
    const { dir, cleanup } = tempDir();
    try {
      // 120 folders deep, with a link to a folder and a link to a file on the way
      let path = join(dir, 'top');
      for (let i = 0; i < 120; i++) path = join(path, 'd');
      fs.mkdirSync(path, { recursive: true });
      fs.writeFileSync(join(path, 'ifcfg-bond0'), 'DEVICE=bond0\n');
      fs.mkdirSync(join(dir, 'elsewhere'));
      fs.writeFileSync(join(dir, 'elsewhere', 'ifcfg-eth0'), 'DEVICE=eth0\n');
      fs.symlinkSync(join(dir, 'elsewhere'), join(dir, 'top', 'd', 'linked'));
      fs.symlinkSync(join(dir, 'elsewhere', 'ifcfg-eth0'), join(dir, 'top', 'd', 'ifcfg-eth1'));
      const realpath = mock.method(fs, 'realpathSync');
      try {
        const { files, problems } = new PathWalker(io(dir)).expand('top');
        assert.deepEqual(problems, []);
        assert.deepEqual(
          files.map((f) => f.abs.slice(dir.length + 1)).sort(),
          [`top/${'d/'.repeat(120)}ifcfg-bond0`, 'elsewhere/ifcfg-eth0'].sort(),
          'the linked file counts once, under its own path',
        );
        // the top, the two links (and nothing for the 121 folders and the file below them)
        assert.equal(realpath.mock.callCount(), 3);
      } finally {
        realpath.mock.restore();
      }
    } finally {
      cleanup();
    }
  });
});
