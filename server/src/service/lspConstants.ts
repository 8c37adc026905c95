import type * as protocol from 'vscode-languageserver-protocol';
import type * as lsp from 'vscode-languageserver-types';

// The protocol's enumerations, as the numbers and strings the specification fixes. Importing them from
// vscode-languageserver-types would put that whole module into every bundle: its value namespaces keep each other
// alive, so nothing of it is shaken out. The types still come from the protocol packages (`import type` costs no
// bytes); `satisfies` keeps every table assignable to the protocol type of the same name, and a test compares
// the values with vscode-languageserver-types.

export type DiagnosticSeverity = lsp.DiagnosticSeverity;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const satisfies Record<string, lsp.DiagnosticSeverity>;

export type DiagnosticTag = lsp.DiagnosticTag;
export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const satisfies Record<string, lsp.DiagnosticTag>;

export type MarkupKind = lsp.MarkupKind;
export const MarkupKind = { PlainText: 'plaintext', Markdown: 'markdown' } as const satisfies Record<string, lsp.MarkupKind>;

export type CodeActionKind = lsp.CodeActionKind;
export const CodeActionKind = {
  Empty: '',
  QuickFix: 'quickfix',
  Refactor: 'refactor',
  RefactorExtract: 'refactor.extract',
  RefactorInline: 'refactor.inline',
  RefactorMove: 'refactor.move',
  RefactorRewrite: 'refactor.rewrite',
  Source: 'source',
  SourceOrganizeImports: 'source.organizeImports',
  SourceFixAll: 'source.fixAll',
  Notebook: 'notebook',
} as const satisfies Record<string, lsp.CodeActionKind>;

export type FoldingRangeKind = lsp.FoldingRangeKind;
export const FoldingRangeKind = { Comment: 'comment', Imports: 'imports', Region: 'region' } as const satisfies Record<string, lsp.FoldingRangeKind>;

export type InlayHintKind = lsp.InlayHintKind;
export const InlayHintKind = { Type: 1, Parameter: 2 } as const satisfies Record<string, lsp.InlayHintKind>;

export type InsertTextFormat = lsp.InsertTextFormat;
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const satisfies Record<string, lsp.InsertTextFormat>;

export type CompletionItemTag = lsp.CompletionItemTag;
export const CompletionItemTag = { Deprecated: 1 } as const satisfies Record<string, lsp.CompletionItemTag>;

export type CompletionItemKind = lsp.CompletionItemKind;
export const CompletionItemKind = {
  Text: 1,
  Method: 2,
  Function: 3,
  Constructor: 4,
  Field: 5,
  Variable: 6,
  Class: 7,
  Interface: 8,
  Module: 9,
  Property: 10,
  Unit: 11,
  Value: 12,
  Enum: 13,
  Keyword: 14,
  Snippet: 15,
  Color: 16,
  File: 17,
  Reference: 18,
  Folder: 19,
  EnumMember: 20,
  Constant: 21,
  Struct: 22,
  Event: 23,
  Operator: 24,
  TypeParameter: 25,
} as const satisfies Record<string, lsp.CompletionItemKind>;

export type SymbolKind = lsp.SymbolKind;
export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Package: 4,
  Class: 5,
  Method: 6,
  Property: 7,
  Field: 8,
  Constructor: 9,
  Enum: 10,
  Interface: 11,
  Function: 12,
  Variable: 13,
  Constant: 14,
  String: 15,
  Number: 16,
  Boolean: 17,
  Array: 18,
  Object: 19,
  Key: 20,
  Null: 21,
  EnumMember: 22,
  Struct: 23,
  Event: 24,
  Operator: 25,
  TypeParameter: 26,
} as const satisfies Record<string, lsp.SymbolKind>;

// The rest is for the connection (server/src/server), not for the features.

export type TextDocumentSyncKind = protocol.TextDocumentSyncKind;
export const TextDocumentSyncKind = { None: 0, Full: 1, Incremental: 2 } as const satisfies Record<string, protocol.TextDocumentSyncKind>;

export type MessageType = protocol.MessageType;
export const MessageType = { Error: 1, Warning: 2, Info: 3, Log: 4, Debug: 5 } as const satisfies Record<string, protocol.MessageType>;

/** Error codes the LSP adds to JSON-RPC's (server/jsonrpc.ts has those). */
export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800 } as const;
