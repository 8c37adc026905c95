import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { parseServerArgs } from '../../server/src/node/transport';
import { processExists } from '../../server/src/node/watchdog';

describe('the node server command line', () => {
  it('reads each transport, with the value after = or as the next word', () => {
    assert.deepEqual(parseServerArgs(['--stdio']), { transport: { kind: 'stdio' }, clientProcessId: undefined, cacheDir: undefined });
    assert.deepEqual(parseServerArgs(['--node-ipc', '--clientProcessId=42']), { transport: { kind: 'node-ipc' }, clientProcessId: 42, cacheDir: undefined });
    assert.deepEqual(parseServerArgs(['--stdio', '--cacheDir=/home/u/.config/Code/x']).cacheDir, '/home/u/.config/Code/x');
    assert.deepEqual(parseServerArgs(['--cacheDir', '/tmp/c', '--stdio']), { transport: { kind: 'stdio' }, clientProcessId: undefined, cacheDir: '/tmp/c' });
    assert.deepEqual(parseServerArgs(['--socket=6009']).transport, { kind: 'socket', port: 6009 });
    assert.deepEqual(parseServerArgs(['--socket', '6009']).transport, { kind: 'socket', port: 6009 });
    assert.deepEqual(parseServerArgs(['--pipe=/run/user/1000/lsp.sock']).transport, { kind: 'pipe', name: '/run/user/1000/lsp.sock' });
    assert.deepEqual(parseServerArgs(['--pipe', 'x.sock', '--clientProcessId', '7']), { transport: { kind: 'pipe', name: 'x.sock' }, clientProcessId: 7, cacheDir: undefined });
  });

  it('takes the first transport given, and skips what it does not know or cannot read', () => {
    assert.deepEqual(parseServerArgs(['--inspect', '--stdio', '--node-ipc']).transport, { kind: 'stdio' });
    assert.equal(parseServerArgs([]).transport, undefined);
    assert.equal(parseServerArgs(['--socket=port']).transport, undefined);
    assert.equal(parseServerArgs(['--clientProcessId=none', '--stdio']).clientProcessId, undefined);
  });
});

describe('the client process watch', () => {
  it('tells a live process, including one it may not signal, from one that is gone', () => {
    assert.equal(processExists(process.pid), true);
    assert.equal(processExists(1), true, 'pid 1 always exists (EPERM when not root)');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    assert.equal(processExists(Number(gone.stdout)), false);
  });
});
