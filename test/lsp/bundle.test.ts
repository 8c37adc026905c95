import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LspClient } from './client';

// The server and the CLI use the LSP packages for their types only; one value import would bring a whole package
// back into the bundle (vscode-languageserver-types' namespaces cannot be tree-shaken), and the server speaks
// JSON-RPC itself (server/jsonrpc.ts). A text that only each package's code contains tells whether it is in a bundle.
const MARKERS = {
  'vscode-languageserver-types': 'Range#create called with invalid arguments',
  'vscode-languageserver-protocol': 'textDocument/semanticTokens/full/delta',
  'vscode-languageserver': 'Remote is not attached to a connection yet',
  'vscode-jsonrpc': 'The received response has neither a result nor an error property.',
};

describe('bundles without the LSP packages at run time', () => {
  for (const bundle of ['dist/server.js', 'dist/engine.js', 'dist/browser/server.js', 'dist/cli.js']) {
    it(`${bundle} has no code of vscode-languageserver, -protocol, -types or vscode-jsonrpc`, () => {
      const code = readFileSync(bundle, 'utf8');
      assert.deepEqual(Object.entries(MARKERS).filter(([, marker]) => code.includes(marker)).map(([pkg]) => pkg), []);
    });
  }

  it('dist/server.js leaves the service to dist/engine.js, which it loads once initialize is answered', () => {
    const server = readFileSync('dist/server.js', 'utf8');
    const engine = readFileSync('dist/engine.js', 'utf8');
    // the rules' texts: in the engine only
    const ruleText = 'Too many findings: only the first ones are shown';
    assert.deepEqual([server.includes(ruleText), engine.includes(ruleText)], [false, true]);
  });

  it("leaves the rules' documentation to the CLI: the server's bundles never show it", () => {
    // from the descriptions of proc.unrecognised-line (a rule object) and ifcfg.unquoted-value (a rule made from a
    // spec), in both languages
    const texts = [
      'Masked addresses (`xx:xx:…`), `# comments` and notes after an arrow',
      '已遮盖的地址（`xx:xx:…`）、`# 注释`',
      'A value with blanks must be quoted. NetworkManager reads',
      '含空白的值必须加引号。',
    ];
    const holds = (bundle: string) => texts.map((t) => readFileSync(bundle, 'utf8').includes(t));
    assert.deepEqual(holds('dist/engine.js'), [false, false, false, false]);
    assert.deepEqual(holds('dist/engine-config.js'), [false, false, false, false]);
    assert.deepEqual(holds('dist/browser/server.js'), [false, false, false, false]);
    assert.deepEqual(holds('dist/cli.js'), [true, true, true, true]);
  });

  it('keeps Chinese text as UTF-8 instead of \\u escapes', () => {
    const code = readFileSync('dist/engine.js', 'utf8');
    assert.ok(/[\u4e00-\u9fff]/.test(code), 'Chinese characters as they are');
    // a regular expression may still spell a range of them as escapes; the texts are thousands
    const escaped = code.match(/\\u[4-9][0-9a-f]{3}/gi)?.length ?? 0;
    assert.ok(escaped < 50, `${escaped} escaped CJK characters`);
  });
});

describe("the node server's service in two bundles: dist/engine.js and dist/engine-config.js", () => {
  const inputs = (bundle: string) => Object.keys(JSON.parse(readFileSync(`.cache/build/${bundle.replaceAll('/', '-')}.meta.json`, 'utf8')).inputs as object);

  it('no module is in both: the configuration half takes the modules it shares from the first (one instance each)', () => {
    const engine = new Set(inputs('dist/engine.js'));
    const config = inputs('dist/engine-config.js');
    // but the protocol's enumerations, written as values where used (engineSplit.mjs): no code of theirs is in either
    assert.deepEqual(config.filter((path) => engine.has(path)), ['server/src/service/lspConstants.ts']);
    const shared = config.filter((path) => path.startsWith('engine-shared:'));
    assert.ok(shared.includes('engine-shared:server/src/knowledge/text.ts'), shared.join(', '));
    assert.ok(engine.has('server/src/knowledge/text.ts'));
  });

  it("the text documents are the server's own (textDocument.ts), in dist/server.js only: the engine takes its instance", () => {
    // a method only vscode-languageserver-textdocument's documents have
    for (const bundle of ['dist/server.js', 'dist/engine.js', 'dist/engine-config.js', 'dist/browser/server.js', 'dist/cli.js']) {
      assert.ok(!readFileSync(bundle, 'utf8').includes('getEOLCharacters'), bundle);
    }
    assert.ok(inputs('dist/server.js').includes('server/src/textDocument.ts'));
    assert.deepEqual([inputs('dist/engine.js'), inputs('dist/engine-config.js')].map((i) => i.includes('server/src/textDocument.ts')), [false, false]);
  });

  it('the option and key tables and the ifcfg rules are in the configuration half only', () => {
    for (const path of ['server/src/knowledge/options.ts', 'server/src/knowledge/ifcfgKeys.ts', 'server/src/service/diagnostics/rules/ifcfgRules.ts', 'server/src/service/completion.ts']) {
      assert.deepEqual([inputs('dist/engine.js').includes(path), inputs('dist/engine-config.js').includes(path)], [false, true], path);
    }
    assert.ok(inputs('dist/engine.js').includes('server/src/syntax/procBonding.ts'));
  });

  it('a dump is checked without dist/engine-config.js; an ifcfg file then fails alone, and the server keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bonding-half-'));
    for (const file of ['server.js', 'engine.js']) copyFileSync(join('dist', file), join(dir, file));
    const client = new LspClient([join(dir, 'server.js'), '--stdio']);
    try {
      await client.initialize({}, { locale: 'en' });
      const dump = 'file:///tickets/seed.txt';
      client.notify('textDocument/didOpen', { textDocument: { uri: dump, languageId: 'bonding-status', version: 1, text: readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8') } });
      assert.equal((await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === dump)).diagnostics.length, 6);
      const ifcfg = 'file:///etc/sysconfig/network-scripts/ifcfg-bond0';
      client.notify('textDocument/didOpen', { textDocument: { uri: ifcfg, languageId: 'ifcfg', version: 1, text: readFileSync('fixtures/ifcfg/ifcfg-bond0', 'utf8') } });
      const logged = await client.waitFor('window/logMessage', (p) => p.message.includes(ifcfg));
      assert.match(logged.message, /engine-config\.js/);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: dump }, position: { line: 0, character: 2 } });
      assert.ok(hover, 'still answering about the dump');
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
