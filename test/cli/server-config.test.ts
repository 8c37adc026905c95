import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../lsp/client';
import { bondlint, tempDir } from './helpers';

describe('the language server reads .bondlintrc.json like bondlint', () => {
  let client: LspClient;
  let tmp: { dir: string; cleanup: () => void };
  let fifo = false;
  before(async () => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'site/host'), { recursive: true });
    mkdirSync(join(tmp.dir, 'other'));
    writeFileSync(join(tmp.dir, 'site/.bondlintrc.json'), JSON.stringify({ switch: 'lacp', rules: { 'proc.churned': 'off', 'proc.slave-down': 'error' } }));
    copyFileSync('fixtures/proc/seed-802.3ad.txt', join(tmp.dir, 'site/host/bond0'));
    copyFileSync('fixtures/proc/seed-802.3ad.txt', join(tmp.dir, 'other/bond0'));
    for (const name of ['fifo', 'zero', 'kmsg']) {
      mkdirSync(join(tmp.dir, name));
      copyFileSync('fixtures/proc/seed-802.3ad.txt', join(tmp.dir, name, 'bond0'));
    }
    fifo = spawnSync('mkfifo', [join(tmp.dir, 'fifo/.bondlintrc.json')]).status === 0;
    symlinkSync('/dev/zero', join(tmp.dir, 'zero/.bondlintrc.json'));
    // As root, reading /proc/kmsg waits for the kernel's next message.
    symlinkSync('/proc/kmsg', join(tmp.dir, 'kmsg/.bondlintrc.json'));
    writeFileSync(join(tmp.dir, 'kmsg/ifcfg-bond0'), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n');
    symlinkSync('/proc/kmsg', join(tmp.dir, 'kmsg/ifcfg-eth0'));
    client = new LspClient();
    await client.initialize({}, { locale: 'en' });
  });
  after(() => {
    client.shutdown();
    tmp.cleanup();
  });

  async function diagnostics(path: string, languageId = 'bonding-status'): Promise<string[]> {
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(path, 'utf8') } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri);
    return published.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}:${d.severity}`);
  }

  it('a document under the folder gets the file settings merged over the client settings', async () => {
    const inSite = await diagnostics(join(tmp.dir, 'site/host/bond0'));
    assert.deepEqual(inSite, ['52:proc.slave-down:1', '58:proc.aggregator-mismatch:2', '72:proc.no-lacp-partner:2']);
    const cli = bondlint([join(tmp.dir, 'site/host/bond0')]).stdout;
    assert.equal(cli.split('\n').filter((l) => /:\d+:\d+ /.test(l)).length, inSite.length, 'bondlint reports the same findings');
  });

  const CLIENT_SETTINGS = ['3:proc.switch-config:3', '52:proc.slave-down:2', '58:proc.aggregator-mismatch:2', '59:proc.churned:2', '60:proc.churned:2', '72:proc.no-lacp-partner:2'];

  it('a document elsewhere keeps the client settings', async () => {
    assert.deepEqual(await diagnostics(join(tmp.dir, 'other/bond0')), CLIENT_SETTINGS);
  });

  it('a .bondlintrc.json or an ifcfg file that is a FIFO or a link to /dev/zero or /proc/kmsg is passed over: the server neither blocks nor fills its memory', async () => {
    for (const name of [...(fifo ? ['fifo'] : []), 'zero', 'kmsg']) assert.deepEqual(await diagnostics(join(tmp.dir, name, 'bond0')), CLIENT_SETTINGS, name);
    // the file beside it that waits is not read: there is no other ifcfg file to compare with
    assert.deepEqual(await diagnostics(join(tmp.dir, 'kmsg/ifcfg-bond0'), 'ifcfg'), []);
  });
});
