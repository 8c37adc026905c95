import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './client';
import { JSON_EVENT_WRITTEN_OUT } from '../writtenOut';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

describe('language server over stdio', () => {
  let client: LspClient;
  let init: any;
  before(async () => {
    client = new LspClient();
    init = await client.initialize({}, { locale: 'en' });
  });
  after(() => client.shutdown());

  it('advertises every feature', () => {
    const c = init.capabilities;
    assert.equal(c.hoverProvider, true);
    assert.deepEqual(c.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(c.completionProvider);
    assert.equal(c.documentSymbolProvider, true);
    assert.equal(c.foldingRangeProvider, true);
    assert.equal(c.inlayHintProvider, true);
    assert.equal(c.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(init.serverInfo.name, 'linux-bonding');
  });

  it('publishes diagnostics for an opened dump and answers hover', async () => {
    const uri = 'file:///tickets/bond0';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const codes = published.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}`);
    assert.deepEqual(codes, [
      '3:proc.switch-config',
      '52:proc.slave-down',
      '58:proc.aggregator-mismatch',
      '59:proc.churned',
      '60:proc.churned',
      '72:proc.no-lacp-partner',
    ]);
    const mismatch = published.diagnostics.find((d: any) => d.code === 'proc.aggregator-mismatch');
    assert.deepEqual(mismatch.range, { start: { line: 57, character: 15 }, end: { line: 57, character: 16 } });
    assert.deepEqual(mismatch.relatedInformation[0].location.range.start, { line: 17, character: 1 });

    const hover: any = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 10 } });
    assert.match(hover.contents.value, /^\*\*port state\*\*/);
    assert.match(hover.contents.value, /61 \(decimal\) = 0x3D = ACT AGG SYNC COL DIST/);

    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols[0].children.map((s: any) => s.name), ['p0', 'p1']);
    const folds: any[] = await client.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 23 && f.endLine === 48), 'port p0 folds');
    const hints: any[] = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } } });
    assert.ok(hints.some((h) => h.label === 'ACT AGG SYNC COL DIST' && h.position.line === 41));
  });

  it('offers the comment that silences a finding, and the finding goes once it is written', async () => {
    const uri = 'file:///tickets/bond1';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const down = published.diagnostics.find((d: any) => d.code === 'proc.slave-down');
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: down.range, context: { diagnostics: [down] } });
    assert.deepEqual(actions.map((a) => a.title), ['Disable proc.slave-down for this line']);
    const edit = actions[0].edit.changes[uri][0];
    assert.deepEqual(edit, { range: { start: { line: 51, character: 0 }, end: { line: 51, character: 0 } }, newText: '# bondlint disable=proc.slave-down\n' });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const after = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    assert.deepEqual(after.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}`), ['3:proc.switch-config', '59:proc.aggregator-mismatch', '60:proc.churned', '61:proc.churned', '73:proc.no-lacp-partner']);
  });

  it('a pasted event holding a dump in a string: the fix writes it out, and the dump\'s problems follow', async () => {
    const uri = 'untitled:Untitled-1';
    const text = readFileSync('fixtures/proc/json-event.txt', 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}`), ['12:proc.dump-in-one-line']);
    const [held] = published.diagnostics;
    const actions: any[] = await client.request('textDocument/codeAction', { textDocument: { uri }, range: held.range, context: { diagnostics: [held] } });
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['Write the dump out below', true], ['Disable proc.dump-in-one-line for this line', undefined]]);
    const [edit] = actions[0].edit.changes[uri];
    assert.deepEqual(edit.range, { start: { line: 11, character: held.range.end.character + 1 }, end: { line: 11, character: held.range.end.character + 1 } });
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const after = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    assert.deepEqual(after.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}`), JSON_EVENT_WRITTEN_OUT);
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((b) => b.name), ['bond0', 'bond4']);
  });

  it('Ansible output listing a dump line by line in quotes: its problems, hovers and hints between the quotes', async () => {
    const uri = 'untitled:Untitled-2';
    const text = readFileSync('fixtures/proc/ansible-stdout-lines.txt', 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.map((d: any) => `${d.range.start.line + 1}:${d.code}`), ['13:proc.switch-config', '62:proc.slave-down', '68:proc.aggregator-mismatch', '69:proc.churned', '70:proc.churned', '82:proc.no-lacp-partner']);
    // `        "Aggregator ID: 2",`: the value alone, and the active aggregator's line it differs from.
    const mismatch = published.diagnostics.find((d: any) => d.code === 'proc.aggregator-mismatch');
    assert.deepEqual(mismatch.range, { start: { line: 67, character: 24 }, end: { line: 67, character: 25 } });
    assert.deepEqual(mismatch.relatedInformation[0].location.range.start, { line: 27, character: 11 });
    const hover: any = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 51, character: 20 } });
    assert.match(hover.contents.value, /61 \(decimal\) = 0x3D = ACT AGG SYNC COL DIST/);
    const hints: any[] = await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 90, character: 0 } } });
    assert.ok(hints.some((h) => h.label === 'ACT AGG SYNC COL DIST' && h.position.line === 51 && h.position.character === text.split('\n')[51]!.lastIndexOf('"')));
  });

  it('answers requests for unknown documents with empty results and keeps serving', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    await assert.rejects(client.request('bonding/noSuchMethod', {}), /Unhandled method|not found/i);
    assert.ok(client.alive);
  });
});
