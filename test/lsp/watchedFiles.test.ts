import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client';

describe('cross-file checks follow files changed on disk', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bonding-watch-'));
    writeFileSync(join(dir, 'ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n');
    writeFileSync(join(dir, 'ifcfg-lo'), 'DEVICE=lo\n');
    client = new LspClient();
    await client.initialize({}, { locale: 'en' });
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a port file written next to an open bond is seen at the watcher event, before any cache expires', async () => {
    const uri = pathToFileURL(join(dir, 'ifcfg-bond0')).href;
    const codes = (p: { diagnostics: { code: string }[] }) => p.diagnostics.map((d) => d.code);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ifcfg', version: 1, text: readFileSync(join(dir, 'ifcfg-bond0'), 'utf8') } });
    const first = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(codes(first), ['xfile.bond-without-ports']);

    writeFileSync(join(dir, 'ifcfg-eth0'), 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n');
    writeFileSync(join(dir, 'ifcfg-eth1'), 'DEVICE=eth1\nMASTER=bond0\nSLAVE=yes\n');
    const seen = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', {
      changes: ['ifcfg-eth0', 'ifcfg-eth1'].map((name) => ({ uri: pathToFileURL(join(dir, name)).href, type: 1 })),
    });
    const next = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && client.notifications.findIndex((n) => n.params === p) >= seen);
    assert.deepEqual(codes(next), []);
  });
});
