import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Framing, LspClient } from './client';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
/** A ticket of `copies` dumps of the seed: long enough that its validation pauses many times. */
const ticket = (copies: number, prose = '') => Array.from({ length: copies }, (_, i) => `${prose}[root@host ~]# cat /proc/net/bonding/bond${i}\n${SEED}\n`).join('');
/** Ticket text between two dumps, which no rule reports on. */
const PROSE = 'The customer reports packet loss on the bond after the switch maintenance window.\n\n'.repeat(30);

describe('language server: validation of large documents', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize({}, { locale: 'en' });
  });
  const published = (uri: string) => client.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params);
  after(() => client.shutdown());

  it('a newer version cancels the validation under way: the old one is never published', async () => {
    const uri = 'file:///tickets/superseded.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ticket(2000) } });
    // Some 160 000 lines take the server far longer than this to check, whatever the machine.
    await sleep(50);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: SEED }] });
    const last = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 60_000);
    assert.equal(last.diagnostics.length, 6);
    // One connection delivers in order: what was published for version 1 came before, and it is at most the
    // preview of its top (a few dumps), never the 1000 findings of the whole check.
    const first = published(uri).filter((p) => p.version === 1);
    assert.ok(first.length <= 1 && first.every((p) => p.diagnostics.length < 1001), JSON.stringify(first.map((p) => p.diagnostics.length)));
    assert.equal(published(uri).at(-1)!.version, 2);
  });

  it('publishes the dumps at the top of a long paste first, then everything', async () => {
    const uri = 'file:///tickets/preview.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: ticket(150, PROSE) } });
    const all = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 150 * 6, 60_000);
    const [preview, ...rest] = published(uri);
    assert.equal(rest.length, 1, 'a preview, then the whole');
    assert.equal(rest[0], all);
    // Every dump is the seed: the preview holds the seed's six findings for each complete dump at the top.
    assert.ok(preview.diagnostics.length > 0 && preview.diagnostics.length % 6 === 0 && preview.diagnostics.length < all.diagnostics.length);
    assert.deepEqual(preview.diagnostics, all.diagnostics.slice(0, preview.diagnostics.length));
  });

  it('answers a hover on another document while a large one is being validated', async () => {
    const small = 'file:///tickets/small';
    client.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'bonding-status', version: 1, text: SEED } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === small);
    const big = 'file:///tickets/big.txt';
    const order: string[] = [];
    const diagnostics = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === big && p.diagnostics.length === 1001, 60_000).then((p) => {
      order.push('diagnostics');
      return p;
    });
    client.notify('textDocument/didOpen', { textDocument: { uri: big, languageId: 'plaintext', version: 1, text: ticket(2000) } });
    await sleep(50);
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 41, character: 10 } });
    order.push('hover');
    assert.match(hover.contents.value, /61 \(decimal\) = 0x3D/);
    assert.equal((await diagnostics).diagnostics.length, 1001, 'capped at 1000 findings plus the one that counts the rest');
    assert.deepEqual(order, ['hover', 'diagnostics']);
  });
});

describe('language server: annotating a long paste', () => {
  let client: LspClient;
  const small = 'file:///annotate/small';
  const big = 'file:///annotate/big.txt';
  const hoverSmall = () => client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 41, character: 10 } });
  let applied: string[] = [];
  before(async () => {
    client = new LspClient();
    await client.initialize({ workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } }, { locale: 'en' });
    client.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'bonding-status', version: 1, text: SEED } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === small);
    client.handlers.set('workspace/applyEdit', (params) => (applied.push(params.edit.documentChanges[0].textDocument.version), { applied: true }));
  });
  after(() => client.shutdown());
  let version = 0;
  /** Opens the big document again: 300 dumps, annotated in far more than one 10 ms slice on any machine. */
  const reopen = async () => {
    client.notify('textDocument/didClose', { textDocument: { uri: big } });
    client.notify('textDocument/didOpen', { textDocument: { uri: big, languageId: 'plaintext', version: ++version, text: ticket(300) } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === big && p.version === version, 60_000);
    applied = [];
  };
  const command = (name: string, id: string) => {
    client.writeRaw(Framing.frame({ jsonrpc: '2.0', id, method: 'workspace/executeCommand', params: { command: name, arguments: [{ uri: big }] } }));
    return client.waitForResponse(id);
  };

  it('answers other requests while it works, then applies the edit', async () => {
    await reopen();
    const order: string[] = [];
    const done = command('bonding.annotate', 'annotate-1').then((m) => (order.push('annotated'), m));
    const hover: any = await hoverSmall();
    order.push(`hover, ${applied.length} edits applied`);
    assert.match(hover.contents.value, /61 \(decimal\) = 0x3D/);
    assert.equal((await done).result, true);
    assert.deepEqual(order, ['hover, 0 edits applied', 'annotated']);
    assert.deepEqual(applied, [version]);
  });

  it('its edit, sent back line by line (one didChange, the last line first, as VS Code sends a Replace All), is the text the next one leaves alone', async () => {
    await reopen();
    let edits: any[] = [];
    client.handlers.set('workspace/applyEdit', (params) => ((edits = params.edit.documentChanges[0].edits), { applied: true }));
    try {
      assert.equal((await command('bonding.annotate', 'annotate-3')).result, true);
      // a paste this long is annotated in runs of lines: each is cut back into what changes on each of its lines
      const before = ticket(2000).split('\n');
      const lineEdits = edits.flatMap((e) =>
        (e.newText as string).split('\n').flatMap((text, i) => {
          const line = e.range.start.line + i;
          const from = i === 0 ? e.range.start.character : 0;
          const old = before[line]!.slice(from);
          return old === text ? [] : [{ range: { start: { line, character: from }, end: { line, character: from + old.length } }, text }];
        }),
      );
      assert.ok(lineEdits.length > 15_000, `${lineEdits.length} line edits`);
      const changes = lineEdits.reverse();
      client.notify('textDocument/didChange', { textDocument: { uri: big, version: version + 1 }, contentChanges: changes });
      edits = [];
      assert.equal((await command('bonding.annotate', 'annotate-4')).result, true);
      assert.deepEqual(edits, [], 'nothing left to annotate');
      const hover: any = await client.request('textDocument/hover', { textDocument: { uri: big }, position: { line: 42, character: 10 } });
      assert.match(hover.contents.value, /61 \(decimal\) = 0x3D/);
    } finally {
      client.handlers.set('workspace/applyEdit', (params) => (applied.push(params.edit.documentChanges[0].textDocument.version), { applied: true }));
    }
  });

  it('an edit of the document ends the annotation: nothing is applied, and the command says why', async () => {
    await reopen();
    const done = command('bonding.annotate', 'annotate-2');
    client.notify('textDocument/didChange', { textDocument: { uri: big, version: version + 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Ticket 4711\n' }] });
    const answer = await done;
    assert.deepEqual(answer.error, { code: -32803, message: 'The editor did not apply the annotation: the document changed while it was made, or cannot be edited.' });
    assert.deepEqual(applied, []);
    assert.match((await hoverSmall()).contents.value, /61 \(decimal\) = 0x3D/);
  });

  it('$/cancelRequest ends either command once it has started', async () => {
    await reopen();
    for (const name of ['bonding.annotateMarkdown', 'bonding.annotate']) {
      const id = `cancel-${name}`;
      const done = command(name, id);
      // Late enough to find the work started, not waiting in line (cancelling that is jsonrpc.ts's own test).
      await hoverSmall();
      client.notify('$/cancelRequest', { id });
      assert.equal((await done).error?.code, -32800, name);
    }
    assert.deepEqual(applied, []);
    // The markdown of the same text, asked again, is made whole.
    const { result } = await command('bonding.annotateMarkdown', 'markdown');
    assert.ok(result.startsWith('```bonding\n[root@host ~]# cat /proc/net/bonding/bond0\n'));
    assert.ok(/\n\*\*Findings \(1001\):\*\*\n/.test(result), result.slice(0, 100));
  });
});
