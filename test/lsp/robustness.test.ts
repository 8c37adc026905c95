import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Framing } from './client';

/**
 * The language server against a hostile client: broken framing, bodies that are not JSON or not JSON-RPC, unknown
 * methods, documents it never saw, positions outside every document, binary files, a document above the size
 * limit, bursts of edits. After each, it must still answer a normal request; it must never exit.
 */

interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** A JSON-RPC peer that records every message, so that the test can also assert what the server did not send. */
class RawClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  stderr = '';
  private nextId = 1;
  private readonly listeners = new Set<(m: Message) => void>();

  constructor() {
    this.child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const framing = new Framing((m) => this.receive(m as Message));
    this.child.stdout.on('data', (chunk: Buffer) => framing.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.stdin.on('error', () => undefined);
  }

  private receive(message: Message): void {
    this.received.push(message);
    // requests from the server (configuration, registration) get an empty answer
    if (message.method !== undefined && message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
    for (const l of [...this.listeners]) l(message);
  }

  writeRaw(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  frame(body: string | Buffer): Buffer {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
  }

  send(message: Message): void {
    this.writeRaw(this.frame(JSON.stringify(message)));
  }

  /** Resolves with the first message from now on that satisfies `match`. */
  next(match: (m: Message) => boolean, timeoutMs = 30_000, what = 'a message'): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${what} within ${timeoutMs / 1000} s${this.alive ? '' : ` (server exited with ${this.child.exitCode})`}\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const listener = (m: Message) => {
        if (!match(m)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(m);
      };
      this.listeners.add(listener);
    });
  }

  /** Sends a request and resolves with the whole response (result or error). */
  async call(method: string, params: unknown, timeoutMs = 30_000): Promise<Message> {
    const id = this.nextId++;
    const answer = this.next((m) => m.id === id && m.method === undefined, timeoutMs, `answer to ${method} #${id}`);
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer;
  }

  async request(method: string, params: unknown, timeoutMs?: number): Promise<any> {
    const m = await this.call(method, params, timeoutMs);
    if (m.error) throw Object.assign(new Error(`${method}: ${m.error.message}`), { code: m.error.code });
    return m.result;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  diagnosticsFor(uri: string, timeoutMs?: number, version?: number): Promise<any> {
    return this.next(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version),
      timeoutMs,
      `diagnostics for ${uri}`,
    ).then((m) => m.params);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<number | null> {
    if (this.alive) {
      await this.request('shutdown', null, 10_000).catch(() => undefined);
      this.notify('exit', null);
    }
    return new Promise((resolve) => {
      if (!this.alive) return resolve(this.child.exitCode);
      const timer = setTimeout(() => {
        this.child.kill();
        resolve(null);
      }, 5000);
      this.child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }
}

const SEED_DUMP = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const IFCFG_BOND = readFileSync('fixtures/ifcfg/ifcfg-bond0', 'utf8');

/** Deterministic bytes (xorshift), so that a failure can be replayed. */
function bytes(n: number, seed = 0x2545f491): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);

function assertInside(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, what: string): void {
  const ls = lines(text);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < ls.length && p.character >= 0 && p.character <= ls[p.line]!.length, `${what}: ${JSON.stringify(range)} outside the document`);
  }
}

describe('language server robustness', () => {
  let client: RawClient;
  let opened = 0;

  /** Opens a document and answers its first diagnostics. */
  const open = async (languageId: string, text: string, name = `doc${++opened}`) => {
    const uri = `file:///robust/${name}`;
    const published = client.diagnosticsFor(uri, 60_000);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return { uri, diagnostics: (await published).diagnostics as any[] };
  };

  /** The server still does real work: a dump opened now gets its diagnostics and its hover. */
  const stillServing = async () => {
    assert.ok(client.alive, `server exited: ${client.child.exitCode}\n${client.stderr.slice(-2000)}`);
    const { uri, diagnostics } = await open('bonding-status', SEED_DUMP);
    assert.ok(diagnostics.some((d) => d.code === 'proc.aggregator-mismatch'), 'analysis still runs');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 10 } });
    assert.match(hover.contents.value, /port state/);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  };

  before(async () => {
    client = new RawClient();
    const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    client.notify('initialized', {});
  });

  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, `exit code after shutdown/exit\n${client.stderr.slice(-2000)}`);
  });

  /**
   * Sends `data`, then a probe request, and answers whether the probe was answered only after more data came in (a
   * reader that stops after a header it rejects until the next chunk arrives; a harmless notification every 250 ms
   * provides that chunk).
   */
  const probeAfter = async (data: string | Buffer): Promise<boolean> => {
    client.writeRaw(data);
    let answered = false;
    const probe = client.request('textDocument/hover', { textDocument: { uri: 'file:///robust/probe' }, position: { line: 0, character: 0 } }).then((r) => {
      answered = true;
      return r;
    });
    let nudges = 0;
    while (!answered && nudges < 40) {
      await Promise.race([probe, new Promise((r) => setTimeout(r, 250))]);
      if (!answered) {
        client.notify('$/robustness/nudge', {});
        nudges++;
      }
    }
    assert.equal(await probe, null, 'the probe is answered');
    return nudges > 0;
  };

  it('survives broken framing and bodies that are not JSON, and reads on at once after each', async () => {
    const json = '{"jsonrpc":"2.0","id":1001,"method":"textDocument/hover","params":{}}';
    const cases: [string, string | Buffer][] = [
      ['a body that is not JSON', client.frame('{"jsonrpc":"2.0","id":1000,"method":')],
      ['a header with an empty body', 'Content-Length: 0\r\n\r\n'],
      ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'],
      ['a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n'],
      ['a header line without a colon', 'garbage without colon\r\n\r\n'],
      ['a Content-Length longer than the JSON (the body ends in junk)', Buffer.concat([Buffer.from(`Content-Length: ${json.length + 7}\r\n\r\n`), Buffer.from(json), Buffer.from('\0\0junk!')])],
      ['a Content-Length shorter than the JSON (the rest is junk up to the next blank line)', `Content-Length: ${json.length - 10}\r\n\r\n${json}\r\n\r\n`],
      ['invalid UTF-8 inside a JSON string', client.frame(Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x","params":"'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from('"}')]))],
      ['binary bytes as the body', client.frame(bytes(300))],
      ['100 KB without a blank line', 'z'.repeat(100_000)],
    ];
    const stalled: string[] = [];
    for (const [what, data] of cases) {
      if (await probeAfter(data)) stalled.push(what);
      assert.ok(client.alive, `server exited after ${what}\n${client.stderr.slice(-2000)}`);
    }
    // a header whose body arrives later, in pieces
    client.writeRaw('Content-Length: 64\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    const junk = bytes(64);
    for (let i = 0; i < junk.length; i += 16) client.writeRaw(junk.subarray(i, i + 16));
    await probeAfter('');
    assert.deepEqual(stalled, [], 'read on only after more data arrived');
    await stillServing();
  });

  it('answers JSON that is not a valid request with an error or nothing, and keeps serving', async () => {
    client.writeRaw(client.frame('[]'));
    client.writeRaw(client.frame('42'));
    client.writeRaw(client.frame('{"jsonrpc":"2.0","id":2000}'));
    client.writeRaw(client.frame('{"jsonrpc":"1.0","id":2001,"method":"textDocument/hover"}'));
    // params of the wrong shape
    for (const params of ['nonsense', null, 42, [], { textDocument: null }, { textDocument: { uri: 7 }, position: 'top' }]) {
      const m = await client.call('textDocument/hover', params);
      assert.ok(m.error !== undefined || m.result === null, `hover with params ${JSON.stringify(params)}: ${JSON.stringify(m)}`);
    }
    const m = await client.call('textDocument/documentSymbol', { textDocument: { uri: { not: 'a string' } } });
    assert.ok(m.error !== undefined || Array.isArray(m.result) || m.result === null);
    await stillServing();
  });

  it('answers unknown requests with -32601 and unknown notifications with nothing', async () => {
    const unknown = await client.call('bonding/noSuchMethod', { x: 1 });
    assert.equal(unknown.error?.code, -32601);
    const unknownDollar = await client.call('$/noSuchRequest', {});
    assert.ok(unknownDollar.error, 'an unknown $/ request is answered with an error');
    const before = client.received.length;
    client.notify('bonding/noSuchNotification', { x: 1 });
    client.notify('$/noSuchNotification', {});
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///robust/none', type: 2 }] });
    // a request after them: everything the server sent meanwhile is visible once its answer is in
    await client.request('textDocument/hover', { textDocument: { uri: 'file:///robust/never' }, position: { line: 0, character: 0 } });
    const meanwhile = client.received.slice(before).filter((m) => m.method !== 'textDocument/publishDiagnostics' && m.method !== 'window/logMessage');
    assert.equal(meanwhile.filter((m) => m.error !== undefined).length, 0, `no answer to notifications: ${JSON.stringify(meanwhile)}`);
    await stillServing();
  });

  it('answers requests on documents it never saw or already closed with empty results', async () => {
    const never = { textDocument: { uri: 'file:///robust/never-opened' } };
    const at = { ...never, position: { line: 0, character: 0 } };
    assert.equal(await client.request('textDocument/hover', at), null);
    assert.deepEqual((await client.request('textDocument/completion', at))?.items ?? [], []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', never), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', never), []);
    assert.deepEqual(await client.request('textDocument/inlayHint', { ...never, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } }), []);
    assert.deepEqual(await client.request('textDocument/codeAction', { ...never, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);

    const { uri } = await open('bonding-status', SEED_DUMP);
    const cleared = client.diagnosticsFor(uri);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, [], 'closing clears the diagnostics');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 10 } }), null);
    assert.deepEqual((await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }))?.items ?? [], []);
    // edits and closes for documents that are not open are ignored
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///robust/ghost', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///robust/ghost' } });
    await stillServing();
  });

  it('answers positions and ranges outside the document', async () => {
    for (const [languageId, text] of [
      ['bonding-status', SEED_DUMP],
      ['ifcfg', IFCFG_BOND],
    ] as const) {
      const { uri } = await open(languageId, text, languageId === 'ifcfg' ? 'etc/sysconfig/network-scripts/ifcfg-bond0' : `proc/net/bonding/bond${opened}`);
      const doc = { textDocument: { uri } };
      const positions = [
        { line: 1_000_000, character: 0 },
        { line: 0, character: 1_000_000 },
        { line: 0, character: -5 },
        { line: -1, character: 0 },
        { line: 2 ** 31, character: 2 ** 31 },
        { line: 3, character: 1.5 },
      ];
      for (const position of positions) {
        for (const method of ['textDocument/hover', 'textDocument/completion']) {
          const m = await client.call(method, { ...doc, position });
          assert.ok(m.error === undefined || m.error.code !== -32601, `${method} at ${JSON.stringify(position)}: ${JSON.stringify(m.error)}`);
          if (m.result?.range) assertInside(text, m.result.range, `${method} at ${JSON.stringify(position)}`);
        }
      }
      const far = { start: { line: 999_999, character: 0 }, end: { line: 1_000_000, character: 5 } };
      const hints = await client.call('textDocument/inlayHint', { ...doc, range: far });
      assert.deepEqual(hints.result ?? [], []);
      const huge = await client.request('textDocument/inlayHint', { ...doc, range: { start: { line: -5, character: -5 }, end: { line: 1_000_000, character: 0 } } });
      for (const h of huge ?? []) assertInside(text, { start: h.position, end: h.position }, 'inlay hint');
      const actions = await client.call('textDocument/codeAction', { ...doc, range: far, context: { diagnostics: [] } });
      assert.ok(actions.error === undefined, JSON.stringify(actions.error));
      // an incremental edit whose range lies past the end is clamped to the end
      const republished = client.diagnosticsFor(uri, 30_000, 2);
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: far, text: '\nMII Status: up\n' }] });
      for (const d of (await republished).diagnostics) assert.ok(d.range.start.line >= 0);
      client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    await stillServing();
  });

  it('publishes diagnostics for binary files opened as ifcfg and as dumps', async () => {
    const raw = bytes(64 * 1024, 7);
    const texts = [raw.toString('latin1'), raw.toString('utf8'), `${SEED_DUMP.slice(0, 2000)}${raw.toString('latin1')}${SEED_DUMP.slice(2000)}`];
    for (const languageId of ['ifcfg', 'bonding-status', 'plaintext']) {
      for (const text of texts) {
        const name = languageId === 'ifcfg' ? `etc/sysconfig/network-scripts/ifcfg-bin${opened}` : `bin${opened}`;
        const { uri, diagnostics } = await open(languageId, text, name);
        for (const d of diagnostics) assertInside(text, d.range, `${languageId} ${d.code}`);
        for (const line of [0, 5, 100]) {
          const m = await client.call('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
          assert.equal(m.error, undefined, `hover on binary ${languageId}: ${JSON.stringify(m.error)}`);
        }
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        await client.request('textDocument/foldingRange', { textDocument: { uri } });
        client.notify('textDocument/didClose', { textDocument: { uri } });
      }
    }
    await stillServing();
  });

  it('answers a document above the size limit with one diagnostic, and keeps serving', async (t) => {
    const line = 'Slave Interface: eth0\nMII Status: up\nSpeed: 10000 Mbps\nDuplex: full\n';
    const text = `Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\n${line.repeat(Math.ceil(25_000_000 / line.length))}`;
    const started = performance.now();
    const { uri, diagnostics } = await open('bonding-status', text, 'proc/net/bonding/huge');
    const elapsed = performance.now() - started;
    t.diagnostic(`${(text.length / 1e6).toFixed(1)} MB document: diagnostics ${elapsed.toFixed(0)} ms after didOpen was written`);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['doc.too-large'],
    );
    assertInside(text, diagnostics[0].range, 'doc.too-large');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } }), null);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), []);
    // an edit that keeps it too large, then one that brings it under the limit
    const again = client.diagnosticsFor(uri, 60_000, 2);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }] });
    assert.deepEqual((await again).diagnostics.map((d: any) => d.code), ['doc.too-large']);
    const small = client.diagnosticsFor(uri, 60_000, 3);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: SEED_DUMP }] });
    assert.ok((await small).diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'), 'analysed again once small');
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await stillServing();
  });

  it('validates only the last of a burst of edits', async () => {
    const { uri } = await open('bonding-status', SEED_DUMP, 'proc/net/bonding/typing');
    const published: any[] = [];
    const listener = client.next((m) => {
      if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri) published.push(m.params);
      return m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 101;
    });
    // 100 keystrokes written at once: each inserts a character at the end of line 3
    const frames: Buffer[] = [];
    for (let v = 2; v <= 101; v++) {
      const change = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' };
      frames.push(client.frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [change] } })));
    }
    client.writeRaw(Buffer.concat(frames));
    await listener;
    // typically exactly [101]; a pause of more than the debounce delay in the middle of the burst may add one
    const versions = published.map((p) => p.version);
    assert.ok(versions.length <= 3, `validated ${versions.length} times for 100 edits: ${versions.join(', ')}`);
    assert.equal(versions[versions.length - 1], 101, 'the last version is the one validated last');
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await stillServing();
  });
});

describe('language server and a message too large to read', () => {
  /** The longest body the server reads (streamTransport.ts). */
  const LIMIT = 128 * 1024 * 1024;
  /** About 1 MB of dump text as JSON writes it: lines end in escapes, so the body is backslashes all through. */
  const TEXT = Buffer.from(JSON.stringify(SEED_DUMP.repeat(Math.ceil(1_000_000 / SEED_DUMP.length))).slice(1, -1), 'utf8');

  /** Writes a message whose text member is just over LIMIT bytes, with the text before the members that name the document. */
  const sendHuge = async (client: RawClient, before: string, after: string): Promise<number> => {
    const count = Math.ceil(LIMIT / TEXT.length);
    const head = Buffer.from(before, 'utf8');
    const tail = Buffer.from(after, 'utf8');
    const length = head.length + count * TEXT.length + tail.length;
    const stdin = client.child.stdin;
    const write = (data: Buffer) => (stdin.write(data) ? Promise.resolve() : new Promise<void>((resolve) => stdin.once('drain', resolve)));
    await write(Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`), head]));
    for (let i = 0; i < count; i++) await write(TEXT);
    await write(tail);
    return length;
  };

  const message = (bytes: number) =>
    `This document came in a message of ${bytes} bytes, more than the server reads (${LIMIT}): it is not analysed until reopened.`;

  it('skips an opening or a change above 128 MiB without holding it, says so on the document, and keeps serving', async (t) => {
    const client = new RawClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
      client.notify('initialized', {});
      const hover = (uri: string) => client.request('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 10 } });

      const opened = 'file:///huge/proc/net/bonding/bond0';
      let published = client.diagnosticsFor(opened, 60_000);
      let bytes = await sendHuge(client, '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"text":"', `","languageId":"bonding-status","version":1,"uri":"${opened}"}}}`);
      assert.deepEqual((await published).diagnostics, [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          code: 'doc.too-large',
          codeDescription: { href: 'https://github.com/linux-bonding/linux-bonding/blob/main/docs/rules/doc.too-large.md' },
          source: 'bonding',
          message: message(bytes),
        },
      ]);
      assert.equal(await hover(opened), null);
      // A change in a text the server does not have is not applied: the document stays unread.
      client.notify('textDocument/didChange', { textDocument: { uri: opened, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
      assert.equal(await hover(opened), null);
      // A change of the whole text gives the server the text (and the document its analysis) again.
      published = client.diagnosticsFor(opened, 60_000, 3);
      client.notify('textDocument/didChange', { textDocument: { uri: opened, version: 3 }, contentChanges: [{ text: SEED_DUMP }] });
      assert.ok((await published).diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'), 'analysed again');
      assert.match((await hover(opened)).contents.value, /port state/);
      published = client.diagnosticsFor(opened);
      client.notify('textDocument/didClose', { textDocument: { uri: opened } });
      assert.deepEqual((await published).diagnostics, []);

      // A change too large to read leaves an analysed document unread, until it is opened again.
      const changed = 'file:///huge/proc/net/bonding/bond1';
      published = client.diagnosticsFor(changed, 60_000);
      client.notify('textDocument/didOpen', { textDocument: { uri: changed, languageId: 'bonding-status', version: 1, text: SEED_DUMP } });
      assert.ok((await published).diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'));
      published = client.diagnosticsFor(changed, 60_000);
      bytes = await sendHuge(client, '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[{"text":"', `"}],"textDocument":{"uri":"${changed}","version":2}}}`);
      assert.deepEqual((await published).diagnostics.map((d: any) => [d.code, d.message]), [['doc.too-large', message(bytes)]]);
      assert.equal(await hover(changed), null);
      published = client.diagnosticsFor(changed, 60_000);
      client.notify('textDocument/didOpen', { textDocument: { uri: changed, languageId: 'bonding-status', version: 3, text: SEED_DUMP } });
      assert.ok((await published).diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'), 'analysed again once reopened');
      assert.match((await hover(changed)).contents.value, /port state/);

      // Two bodies of 134 MB went through: the server held neither (it peaked above 500 MB when it read them whole).
      const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${client.child.pid}/status`, 'utf8'))?.[1];
      t.diagnostic(`the server's resident memory peaked at ${peak} kB`);
      assert.ok(Number(peak) < 250_000, `the server's resident memory peaked at ${peak} kB`);
    } finally {
      assert.equal(await client.stop(), 0, `exit code after shutdown/exit\n${client.stderr.slice(-2000)}`);
    }
  });

  /** Opens `uri` with a text just over LIMIT bytes as JSON, and answers the message of its diagnostics and the text's length. */
  const openHuge = async (client: RawClient, uri: string): Promise<[string, number]> => {
    const published = client.diagnosticsFor(uri, 120_000);
    await sendHuge(client, '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"text":"', `","languageId":"bonding-status","version":1,"uri":"${uri}"}}}`);
    const characters = Math.ceil(LIMIT / TEXT.length) * (JSON.parse(`"${TEXT.toString('utf8')}"`) as string).length;
    const { diagnostics } = await published;
    assert.equal(diagnostics.length, 1);
    return [diagnostics[0].message, characters];
  };
  const overLimit = (characters: number, limit: number) => `This document has ${characters} characters, more than bonding.maxFileSize (${limit}): it is not analysed.`;

  it('reads a message above 128 MiB when the client settings raise bonding.maxFileSize enough to need it', async () => {
    const client = new RawClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en', initializationOptions: { settings: { maxFileSize: 30_000_000 } } });
      client.notify('initialized', {});
      // read, then judged by its characters: 30 000 000 allows messages of up to 180 MB
      const [message, characters] = await openHuge(client, 'file:///huge/proc/net/bonding/bond0');
      assert.equal(message, overLimit(characters, 30_000_000));
    } finally {
      assert.equal(await client.stop(), 0, `exit code after shutdown/exit\n${client.stderr.slice(-2000)}`);
    }
  });

  it('and when the .bondlintrc.json at the top of a workspace folder raises it, from the first document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bonding-rc-'));
    writeFileSync(join(dir, '.bondlintrc.json'), JSON.stringify({ maxFileSize: 30_000_000 }));
    const client = new RawClient();
    try {
      const folder = pathToFileURL(dir).href;
      await client.request('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: `${folder}/`, name: 'site' }], capabilities: {}, locale: 'en' });
      client.notify('initialized', {});
      // The file is read with the service, as soon as initialize is answered; a client opening a document at once
      // could be quicker than that.
      await sleep(500);
      const [message, characters] = await openHuge(client, pathToFileURL(join(dir, 'proc/net/bonding/bond0')).href);
      assert.equal(message, overLimit(characters, 30_000_000));
    } finally {
      assert.equal(await client.stop(), 0, `exit code after shutdown/exit\n${client.stderr.slice(-2000)}`);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('and when a .bondlintrc.json raises it, from the time the server has read that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bonding-rc-'));
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site/.bondlintrc.json'), JSON.stringify({ maxFileSize: 30_000_000 }));
    const client = new RawClient();
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
      client.notify('initialized', {});
      const small = pathToFileURL(join(dir, 'site/bond0')).href;
      const published = client.diagnosticsFor(small);
      client.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'bonding-status', version: 1, text: SEED_DUMP } });
      assert.ok((await published).diagnostics.length > 0);
      const [message, characters] = await openHuge(client, pathToFileURL(join(dir, 'site/bond1')).href);
      assert.equal(message, overLimit(characters, 30_000_000));
    } finally {
      assert.equal(await client.stop(), 0, `exit code after shutdown/exit\n${client.stderr.slice(-2000)}`);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
