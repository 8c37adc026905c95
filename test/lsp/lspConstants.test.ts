import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as lsp from 'vscode-languageserver-types';
import * as ours from '../../server/src/service/lspConstants';

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
      assert.deepEqual({ ...ours[name] }, theirs);
    });
  }

  it('TextDocumentSyncKind, MessageType and the LSP error codes are the specification numbers', () => {
    assert.deepEqual(ours.TextDocumentSyncKind, { None: 0, Full: 1, Incremental: 2 });
    assert.deepEqual(ours.MessageType, { Error: 1, Warning: 2, Info: 3, Log: 4, Debug: 5 });
    assert.equal(ours.LSPErrorCodes.RequestCancelled, -32800);
    assert.equal(ours.LSPErrorCodes.ContentModified, -32801);
  });
});
