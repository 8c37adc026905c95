import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as lsp from 'vscode-languageserver-types';
import * as ours from '../../server/src/service/lspConstants';

/** An enum's members, without the reverse entries (`1: 'Error'`) that TypeScript adds to a numeric enum. */
const members = (e: object) => Object.entries(e).filter(([k]) => !/^-?\d+$/.test(k));

// The service and the server take the protocol's enumerations from their own small module; they must be the
// protocol's values, name for name.
describe('LSP constants', () => {
  const names = [
    'DiagnosticSeverity',
    'DiagnosticTag',
    'MarkupKind',
    'CodeActionKind',
    'FoldingRangeKind',
    'InlayHintKind',
    'InsertTextFormat',
    'CompletionItemTag',
    'CompletionItemKind',
    'SymbolKind',
  ] as const;
  for (const name of names) {
    it(`${name} has the values of vscode-languageserver-types`, () => {
      const theirs = Object.fromEntries(Object.entries(lsp[name]).filter(([, v]) => typeof v !== 'function'));
      // every member we have, with the protocol's value (the long tables keep only the members the service uses)
      const mine = members(ours[name]);
      assert.ok(mine.length > 0);
      assert.deepEqual(Object.fromEntries(mine), Object.fromEntries(mine.map(([k]) => [k, theirs[k]])));
    });
  }

  it('TextDocumentSyncKind, MessageType and the LSP error codes are the specification numbers', () => {
    assert.deepEqual(Object.fromEntries(members(ours.TextDocumentSyncKind)), { None: 0, Full: 1, Incremental: 2 });
    assert.deepEqual(Object.fromEntries(members(ours.MessageType)), { Error: 1, Warning: 2, Info: 3, Log: 4, Debug: 5 });
    assert.equal(ours.LSPErrorCodes.RequestCancelled, -32800);
    assert.equal(ours.LSPErrorCodes.ContentModified, -32801);
  });

  it('leave no table in the bundles: each member used is written as its value', () => {
    for (const file of ['dist/server.js', 'dist/engine.js', 'dist/engine-config.js', 'dist/cli.js', 'dist/browser/server.js']) {
      const code = readFileSync(file, 'utf8');
      for (const name of [...names, 'TextDocumentSyncKind', 'MessageType', 'LSPErrorCodes'] as const) {
        // `Error:1` of a table, or `.Error=1` of an enum written out
        const [first, value] = members(ours[name])[0]!;
        assert.ok(!code.includes(`${first}:${JSON.stringify(value)}`) && !code.includes(`.${first}=${JSON.stringify(value)}`), `${name}.${first} in ${file}`);
      }
      // JSON-RPC's own codes (server/jsonrpc.ts), the same way
      assert.ok(!code.includes('ParseError:-32700') && !code.includes('.ParseError=-32700'), `ErrorCodes in ${file}`);
    }
  });
});
