import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, type TransportKind } from './client';
import { MANY_LINE_EDITS } from '../../server/src/service/annotateCommand';

// The protocol layer of the server (server/src/server/lsp.ts and the node host): lifecycle and exit codes, the
// transports, document sync, what happens to requests it does not know, cancelled or failing requests, and the
// watch on the client process.

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const BOND = 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=active-backup miimon=100"\n';
const at = (line: number, character: number) => ({ line, character });

describe('server lifecycle: shutdown, exit and exit codes', () => {
  it('exits with 0 on exit after shutdown', async () => {
    const client = new LspClient();
    await client.initialize();
    assert.equal(await client.request('shutdown', null), null);
    client.notify('exit', null);
    assert.equal(await client.exited(), 0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    const client = new LspClient();
    await client.initialize();
    client.notify('exit', null);
    assert.equal(await client.exited(), 1);
  });

  it('exits when the client closes its input: 1 without shutdown, 0 after', async () => {
    const abrupt = new LspClient();
    await abrupt.initialize();
    abrupt.closeInput();
    const orderly = new LspClient();
    await orderly.initialize();
    await orderly.request('shutdown', null);
    orderly.closeInput();
    assert.deepEqual([await abrupt.exited(), await orderly.exited()], [1, 0]);
  });

  it('without a transport argument, says how to start it and exits with 1', async () => {
    const child = spawn(process.execPath, ['dist/server.js'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(stderr, /--stdio \| --node-ipc \| --socket=PORT/);
  });
});

describe('transports', () => {
  for (const transport of ['stdio', 'node-ipc', 'socket', 'pipe'] as TransportKind[]) {
    it(`serves over ${transport}`, async () => {
      const client = await LspClient.start(transport);
      const init = await client.initialize({}, { locale: 'en' });
      assert.equal(init.serverInfo.name, 'linux-bonding');
      const uri = `file:///transport/${transport}/bond0`;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
      const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      assert.ok(published.diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'));
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at(41, 10) });
      assert.match(hover.contents.value, /ACT AGG SYNC COL DIST/);
      await client.request('shutdown', null);
      client.notify('exit', null);
      assert.equal(await client.exited(), 0);
      await client.shutdown();
    });
  }
});

describe('transports closed by the client', () => {
  for (const transport of ['node-ipc', 'socket', 'pipe'] as TransportKind[]) {
    it(`ends the server when the client closes ${transport}: 1 without shutdown, 0 after`, async () => {
      const abrupt = await LspClient.start(transport);
      await abrupt.initialize();
      abrupt.closeInput();
      const orderly = await LspClient.start(transport);
      await orderly.initialize();
      await orderly.request('shutdown', null);
      orderly.closeInput();
      assert.deepEqual([await abrupt.exited(), await orderly.exited()], [1, 0]);
      await Promise.all([abrupt.shutdown(), orderly.shutdown()]);
    });
  }
});

describe('document sync and requests', () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize({}, { locale: 'en' });
  });
  after(() => client.shutdown());

  /** The codes of the next diagnostics for `uri` at `version`, with their 0-based start positions. */
  const findings = async (uri: string, version: number) => {
    const p = await client.waitFor('textDocument/publishDiagnostics', (d) => d.uri === uri && d.version === version);
    return p.diagnostics.map((d: any) => `${d.range.start.line}:${d.range.start.character} ${d.code}`).sort();
  };
  const change = (uri: string, version: number, contentChanges: unknown[]) =>
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });

  it('applies incremental and whole-document changes in order', async () => {
    const uri = 'file:///sync/etc/sysconfig/network-scripts/ifcfg-bond0';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'ifcfg', version: 1, text: BOND } });
    const unknown = (list: string[]) => list.filter((f) => f.endsWith('opts.unknown-option'));
    assert.deepEqual(unknown(await findings(uri, 1)), []);

    // `miimon` starts at character 33 of line 3; an `x` after it makes an unknown option
    change(uri, 2, [{ range: { start: at(3, 39), end: at(3, 39) }, text: 'x' }]);
    assert.deepEqual(unknown(await findings(uri, 2)), ['3:33 opts.unknown-option']);

    // two changes in one notification: the second one's positions already see the first one's new line
    change(uri, 3, [
      { range: { start: at(0, 0), end: at(0, 0) }, text: '# bond for the storage network\n' },
      { range: { start: at(4, 39), end: at(4, 40) }, text: '' },
    ]);
    assert.deepEqual(unknown(await findings(uri, 3)), []);

    // a change across lines: lines 1 to 3 go, the options line moves up to line 1
    change(uri, 4, [{ range: { start: at(1, 0), end: at(4, 0) }, text: '' }]);
    change(uri, 5, [{ range: { start: at(1, 33), end: at(1, 39) }, text: 'miimonz' }]);
    assert.deepEqual(unknown(await findings(uri, 5)), ['1:33 opts.unknown-option']);

    // the whole text
    change(uri, 6, [{ text: 'DEVICE=bond0\nBONDING_OPTS="mode=1 arp_intervall=100"\n' }]);
    assert.deepEqual(unknown(await findings(uri, 6)), ['1:21 opts.unknown-option']);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('reports a change without a version to the client log and keeps the document', async () => {
    const uri = 'file:///sync/proc/net/bonding/bond1';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    await findings(uri, 1);
    client.notify('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: '' }] });
    const logged = await client.waitFor('window/logMessage', (p) => p.message.includes(uri));
    assert.equal(logged.type, 1, 'an error');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at(41, 10) });
    assert.match(hover.contents.value, /port state/, 'the text is the one of version 1');
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    await assert.rejects(client.request('bonding/noSuchMethod', {}), (e: any) => e.code === -32601);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: 'file:///x' }, position: at(0, 0), newName: 'y' }), (e: any) => e.code === -32601);
    const before = client.notifications.length;
    client.notify('bonding/noSuchNotification', {});
    client.notify('$/setTrace', { value: 'verbose' });
    client.notify('$/progress', { token: 1, value: {} });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///x' }, position: at(0, 0) }), null);
    assert.deepEqual(client.notifications.slice(before), [], 'nothing sent back, not even a log message');
  });

  it('answers a request cancelled before it ran with RequestCancelled', async () => {
    const uri = 'file:///sync/proc/net/bonding/bond2';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    await findings(uri, 1);
    // the request and its cancellation arrive together: the request is still queued when the cancellation is read
    const id = 'cancel-me';
    const frames = [
      { jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: at(41, 10) } },
      { jsonrpc: '2.0', method: '$/cancelRequest', params: { id } },
    ].map((m) => {
      const body = Buffer.from(JSON.stringify(m));
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    });
    const response = client.waitForResponse(id);
    client.writeRaw(Buffer.concat(frames));
    assert.equal((await response).error?.code, -32800);
    // cancelling a request that was answered already changes nothing
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at(41, 10) });
    client.notify('$/cancelRequest', { id: 1 });
    assert.match(hover.contents.value, /port state/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///x' }, position: at(0, 0) }), null);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers params of the wrong shape with a JSON-RPC error and keeps serving', async () => {
    await assert.rejects(client.request('textDocument/hover', [{ textDocument: { uri: 'file:///x' } }, at(0, 0)]), (e: any) => e.code === -32602, 'by position');
    // without what it is about: a document, a command (a handler that throws is answered -32603: unit/jsonrpc.test.ts)
    for (const params of [null, 7, 'x', {}, { textDocument: null }, { textDocument: { uri: 42 } }]) {
      await assert.rejects(client.request('textDocument/hover', params), (e: any) => e.code === -32602 && e.message === 'textDocument/hover needs params.textDocument.uri', JSON.stringify(params));
    }
    await assert.rejects(client.request('workspace/executeCommand', { arguments: [] }), (e: any) => e.code === -32602 && /needs params\.command$/.test(e.message));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///x' }, position: at(0, 0) }), null);
    assert.ok(client.alive);
  });
});

describe('settings pulled from the client', () => {
  let client: LspClient;
  let rules: Record<string, string> = {};
  const configurationRequests: any[] = [];
  let registered: Promise<any>;
  before(async () => {
    client = new LspClient();
    client.handlers.set('workspace/configuration', (params) => {
      configurationRequests.push(params);
      return [{ rules }];
    });
    registered = new Promise((resolve) => client.handlers.set('client/registerCapability', (params) => (resolve(params), null)));
    await client.initialize({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }, { locale: 'en' });
  });
  after(() => client.shutdown());

  it('registers for configuration changes, pulls the bonding section, and pulls again on a change', async () => {
    const registration = await registered;
    assert.deepEqual(
      registration.registrations.map((r: any) => [r.method, r.registerOptions]),
      [['workspace/didChangeConfiguration', { section: 'bonding' }]],
    );
    assert.equal(typeof registration.registrations[0].id, 'string');
    const uri = 'file:///settings/proc/net/bonding/bond0';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    const codes = (p: any) => p.diagnostics.map((d: any) => d.code);
    const first = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.ok(codes(first).includes('proc.churned'));
    assert.deepEqual(configurationRequests[0], { items: [{ section: 'bonding' }] });

    // the notification carries no settings: only pulling them again turns the rule off
    rules = { 'proc.churned': 'off' };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !codes(p).includes('proc.churned'));
    assert.deepEqual(configurationRequests[configurationRequests.length - 1], { items: [{ section: 'bonding' }] });
  });
});

describe('settings pushed by the client', () => {
  it('applies the bonding section of didChangeConfiguration when the client cannot be asked', async () => {
    const client = new LspClient();
    await client.initialize({}, { locale: 'en' });
    const uri = 'file:///pushed/proc/net/bonding/bond0';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    const seen = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: { bonding: { rules: { 'proc.churned': 'off', 'proc.slave-down': 'error' } } } });
    const next = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && client.notifications.findIndex((n) => n.params === p) >= seen);
    const slaveDown = next.diagnostics.find((d: any) => d.code === 'proc.slave-down');
    assert.equal(slaveDown.severity, 1);
    assert.ok(!next.diagnostics.some((d: any) => d.code === 'proc.churned'));
    await client.shutdown();
  });
});

describe('a document above bonding.maxFileSize', () => {
  it('is not annotated: the commands answer why, in the settings language, and the server keeps serving', async () => {
    const client = new LspClient();
    await client.initialize({}, { locale: 'en' });
    client.notify('workspace/didChangeConfiguration', { settings: { bonding: { maxFileSize: 1000, language: 'zh-cn' } } });
    const uri = 'file:///large/ticket.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: SEED } });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    assert.deepEqual(published.diagnostics.map((d: any) => d.code), ['doc.too-large']);
    const why = `该文档有 ${SEED.length} 个字符，超过 bonding.maxFileSize（1000），未做分析。`;
    for (const command of ['bonding.annotate', 'bonding.annotateMarkdown']) {
      await assert.rejects(client.request('workspace/executeCommand', { command, arguments: [{ uri }] }), (e: any) => e.code === -32803 && e.message === why, command);
    }
    client.notify('workspace/didChangeConfiguration', { settings: { bonding: { language: 'en' } } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.every((d: any) => d.code !== 'doc.too-large'));
    assert.match(await client.request('workspace/executeCommand', { command: 'bonding.annotateMarkdown', arguments: [{ uri }] }), /^```bonding\n/);
    await client.shutdown();
  });
});

describe('bonding.annotate and the version it was made for', () => {
  const uri = 'file:///annotate/ticket.txt';
  const open = (client: LspClient) => client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 4, text: `Ticket\n\n${SEED}` } });
  const annotateIt = (client: LspClient) => client.request('workspace/executeCommand', { command: 'bonding.annotate', arguments: [{ uri }] });

  it('names the version in its edit for a client that checks it, and says so when the client refuses the edit', async () => {
    const client = new LspClient();
    await client.initialize({ workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } }, { locale: 'en' });
    open(client);
    const edits: any[] = [];
    client.handlers.set('workspace/applyEdit', (params) => (edits.push(params.edit), { applied: true }));
    assert.equal(await annotateIt(client), true);
    const [change] = edits[0].documentChanges;
    assert.deepEqual(change.textDocument, { uri, version: 4 });
    // each edit replaces what changes on its line: here the comment appended
    const annotated = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 4, `Ticket\n\n${SEED}`), change.edits).split('\n');
    assert.match(annotated[2 + SEED.split('\n').findIndex((l) => l.includes('port state: 61'))]!, /^\s*port state: 61\s+# ACT AGG SYNC COL DIST/);
    assert.ok(change.edits.every((e: any) => e.range.start.character > 0 && e.range.start.line === e.range.end.line && e.newText.startsWith(' ')), 'the content stays');
    // a client that finds the document at another version refuses the edit: the command fails and says why
    client.handlers.set('workspace/applyEdit', () => ({ applied: false, failureReason: 'version mismatch' }));
    await assert.rejects(annotateIt(client), (e: any) => e.code === -32803 && e.message === 'The editor did not apply the annotation: the document changed while it was made, or cannot be edited.');
    await client.shutdown();
  });

  it(`sends a long paste as one edit per dump (above ${MANY_LINE_EDITS} line edits), with the paste's line breaks`, async () => {
    const client = new LspClient();
    await client.initialize({ workspace: { applyEdit: true } }, { locale: 'en' });
    let edit: any;
    client.handlers.set('workspace/applyEdit', (params) => ((edit = params.edit), { applied: true }));
    // one dump, annotated line by line, after three lines of the ticket (a run of annotated lines goes on across two)
    const part = `Ticket\nfrom the customer:\n\n${SEED}`;
    client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///annotate/one.txt', languageId: 'plaintext', version: 1, text: part } });
    assert.equal(await client.request('workspace/executeCommand', { command: 'bonding.annotate', arguments: [{ uri: 'file:///annotate/one.txt' }] }), true);
    const lineEdits = edit.changes['file:///annotate/one.txt'];
    const one = TextDocument.applyEdits(TextDocument.create('file:///annotate/one.txt', 'plaintext', 1, part), lineEdits);
    const dumps = Math.ceil((MANY_LINE_EDITS + 1) / lineEdits.length);
    assert.ok(dumps > 1 && dumps * lineEdits.length > MANY_LINE_EDITS);
    // the same dump many times, with CRLF line breaks
    const crlf = (s: string) => s.replace(/\n/g, '\r\n');
    const long = crlf(part).repeat(dumps);
    const longUri = 'file:///annotate/long.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'plaintext', version: 1, text: long } });
    assert.equal(await client.request('workspace/executeCommand', { command: 'bonding.annotate', arguments: [{ uri: longUri }] }), true);
    const runs = edit.changes[longUri];
    assert.equal(runs.length, dumps);
    assert.ok(runs.every((e: any) => !/(^|[^\r])\n/.test(e.newText)), 'no LF without its CR');
    assert.equal(TextDocument.applyEdits(TextDocument.create(longUri, 'plaintext', 1, long), runs), crlf(one).repeat(dumps));
    await client.shutdown();
  });

  it('sends plain changes to a client without versioned edits', async () => {
    const client = new LspClient();
    await client.initialize({ workspace: { applyEdit: true } }, { locale: 'zh-cn' });
    open(client);
    let edit: any;
    client.handlers.set('workspace/applyEdit', (params) => ((edit = params.edit), { applied: true }));
    assert.equal(await annotateIt(client), true);
    assert.deepEqual(Object.keys(edit), ['changes']);
    assert.ok(edit.changes[uri].length > 20);
    client.handlers.set('workspace/applyEdit', () => ({ applied: false }));
    await assert.rejects(annotateIt(client), (e: any) => e.code === -32803 && e.message === '编辑器未应用注释：生成期间文档已更改，或文档不可编辑。');
    await client.shutdown();
  });
});

describe('the watch on the client process', () => {
  /** A stand-in for the editor: a process that ends after `ms`. */
  const shortLived = (ms: number) => spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`], { stdio: 'ignore' });

  it('ends the server (exit code 1) once the process named by --clientProcessId or in initialize is gone', async () => {
    const byArg = shortLived(300);
    const byInitialize = shortLived(300);
    const fromArg = await LspClient.start('node-ipc', [`--clientProcessId=${byArg.pid}`]);
    await fromArg.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    const fromInitialize = new LspClient();
    await fromInitialize.request('initialize', { processId: byInitialize.pid, rootUri: null, capabilities: {} });
    // the process is looked for every 3 s
    const codes = await Promise.all([fromArg.exited(8000), fromInitialize.exited(8000)]);
    assert.deepEqual(codes, [1, 1]);
  });

  it('keeps serving while the client process lives', async () => {
    const client = new LspClient(['dist/server.js', '--stdio', `--clientProcessId=${process.pid}`]);
    await client.initialize();
    assert.equal(await client.exited(3500), undefined, 'still running after a check');
    await client.shutdown();
  });
});
