// The web extension's bundles: no node built-ins in them, and the Web Worker language server answers LSP when run
// in a worker-like global (no require, no process, messages through postMessage), without a browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { createContext, runInContext } from 'node:vm';
import { JsonRpcPeer, type Message } from '../lsp/peer';

const BUNDLES = ['dist/browser/extension.js', 'dist/browser/server.js'];
const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

/** dist/browser/server.js in a fresh global that offers only what a dedicated worker offers. */
class WorkerServer extends JsonRpcPeer {
  private deliver: ((event: { data: unknown }) => void) | undefined;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Whether the server closed its worker. */
  closed = false;
  constructor() {
    super(5_000);
    const self: Record<string, unknown> = {
      postMessage: (data: unknown) => this.dispatch(structuredClone(data) as Message),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      close: () => (this.closed = true),
    };
    Object.defineProperty(self, 'onmessage', { set: (fn) => (this.deliver = fn), get: () => this.deliver });
    const track = <A extends unknown[]>(fn: (...a: A) => ReturnType<typeof setTimeout>) => (...a: A) => {
      const t = fn(...a);
      this.timers.add(t);
      return t;
    };
    const context = createContext({
      self,
      console,
      setTimeout: track((f: () => void, ms?: number) => setTimeout(f, ms)),
      clearTimeout,
      setInterval: track((f: () => void, ms?: number) => setInterval(f, ms)),
      clearInterval,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
    });
    runInContext('globalThis.self.globalThis = globalThis;', context);
    runInContext(readFileSync('dist/browser/server.js', 'utf8'), context, { filename: 'dist/browser/server.js' });
  }

  protected send(m: Message): void {
    assert.ok(this.deliver, 'the worker listens for messages');
    this.deliver({ data: structuredClone(m) });
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
  }
}

describe('web extension bundles', () => {
  for (const bundle of BUNDLES) {
    it(`${bundle} requires no node built-in`, () => {
      const code = readFileSync(bundle, 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
      const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
      assert.deepEqual(required.filter((r) => builtins.has(r) || r.startsWith('node:')), []);
      assert.deepEqual([...new Set(required)].filter((r) => r !== 'vscode'), [], 'only the vscode module is left to the host');
      assert.doesNotMatch(code, /\b__dirname\b|\b__filename\b/);
    });
  }
});

describe('language server in a Web Worker', () => {
  let server: WorkerServer;
  before(async () => {
    server = new WorkerServer();
    server.handlers.set('workspace/configuration', () => [{ language: 'en' }]);
    const init = await server.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true, applyEdit: true } }, locale: 'zh-cn' });
    assert.equal(init.serverInfo.name, 'linux-bonding');
    assert.ok(init.capabilities.executeCommandProvider.commands.includes('bonding.annotate'));
    server.notify('initialized', {});
  });
  after(() => server.dispose());

  it('publishes diagnostics and answers hover for an open dump', async () => {
    const uri = 'vscode-vfs://github/org/repo/proc/net/bonding/bond0';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    const published = await server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d: any) => d.code === 'proc.aggregator-mismatch'));
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 41, character: 6 } });
    assert.match(hover.contents.value, /61 \(decimal\) = 0x3D = ACT AGG SYNC COL DIST/);
  });

  it('uses the files the client read through workspace.fs for cross-file checks', async () => {
    const folder = 'vscode-vfs://github/org/repo/etc/sysconfig/network-scripts/';
    const bond = `${folder}ifcfg-bond0`;
    const text = 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=active-backup miimon=100"\n';
    server.notify('textDocument/didOpen', { textDocument: { uri: bond, languageId: 'ifcfg', version: 1, text } });
    const alone = await server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === bond);
    const port = (name: string) => ({ uri: `${folder}ifcfg-${name}`, languageId: 'ifcfg', text: `DEVICE=${name}\nTYPE=Ethernet\nMASTER=bond0\nSLAVE=yes\n` });
    const before = server.notifications.length;
    server.notify('bonding/workspaceFiles', { folders: [folder], files: [{ uri: bond, languageId: 'ifcfg', text }, port('eth0')] });
    const withOne = await server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === bond && server.notifications.indexOf(server.notifications.find((n) => n.params === p)!) >= before);
    const codes = (p: any) => p.diagnostics.map((d: any) => d.code).sort();
    assert.ok(codes(withOne).includes('xfile.bond-single-port'), `one port file seen: ${codes(withOne)}`);
    assert.ok(!codes(alone).includes('xfile.bond-single-port'), 'without the listing the port is unknown');
  });

  it('annotates a dump in place through workspace/executeCommand and workspace/applyEdit', async () => {
    const uri = 'untitled:Untitled-1';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: `Ticket text\n\n${SEED}` } });
    let edit: any;
    server.handlers.set('workspace/applyEdit', (params) => ((edit = params.edit), { applied: true }));
    assert.equal(await server.request('workspace/executeCommand', { command: 'bonding.annotate', arguments: [{ uri }] }), true);
    const edits: any[] = edit.changes[uri];
    assert.ok(edits.length > 20);
    assert.ok(edits.every((e) => e.range.start.line >= 2 && e.range.start.line === e.range.end.line), 'only dump lines change, one edit per line');
    assert.ok(edits.some((e) => /^\s+# ACT AGG SYNC COL DIST/.test(e.newText)), 'the comment is appended to the line');
    const markdown = await server.request('workspace/executeCommand', { command: 'bonding.annotateMarkdown', arguments: [{ uri }] });
    assert.match(markdown, /^```bonding\n/);
    assert.match(markdown, /Findings \(\d+\):/);
  });

  it('closes its worker on exit after shutdown', async () => {
    assert.equal(await server.request('shutdown', null), null);
    assert.equal(server.closed, false);
    server.notify('exit', null);
    for (let i = 0; i < 100 && !server.closed; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(server.closed, true);
  });
});
