import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

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
    // from the description of proc.unrecognised-line, in both languages
    const texts = ['Masked addresses (`xx:xx:…`), `# comments`, missing trailing lines', '已遮盖的地址（`xx:xx:…`）、`# 注释`'];
    const holds = (bundle: string) => texts.map((t) => readFileSync(bundle, 'utf8').includes(t));
    assert.deepEqual(holds('dist/engine.js'), [false, false]);
    assert.deepEqual(holds('dist/browser/server.js'), [false, false]);
    assert.deepEqual(holds('dist/cli.js'), [true, true]);
  });

  it('keeps Chinese text as UTF-8 instead of \\u escapes', () => {
    const code = readFileSync('dist/engine.js', 'utf8');
    assert.ok(/[\u4e00-\u9fff]/.test(code), 'Chinese characters as they are');
    // a regular expression may still spell a range of them as escapes; the texts are thousands
    const escaped = code.match(/\\u[4-9][0-9a-f]{3}/gi)?.length ?? 0;
    assert.ok(escaped < 50, `${escaped} escaped CJK characters`);
  });
});
