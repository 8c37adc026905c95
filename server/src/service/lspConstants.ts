import type * as protocol from 'vscode-languageserver-protocol';
import type * as lsp from 'vscode-languageserver-types';

// The protocol's enumerations, as the numbers and strings the specification fixes. Importing them from
// vscode-languageserver-types would put that whole module into every bundle: its value namespaces keep each other
// alive, so nothing of it is shaken out. The types still come from the protocol packages (`import type` costs no
// bytes); `satisfies` keeps every table assignable to the protocol type of the same name, and a test compares
// the values with vscode-languageserver-types. The long tables hold only the members the service uses.

export type DiagnosticSeverity = lsp.DiagnosticSeverity;
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const satisfies Record<string, lsp.DiagnosticSeverity>;

export type DiagnosticTag = lsp.DiagnosticTag;
export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const satisfies Record<string, lsp.DiagnosticTag>;

export type MarkupKind = lsp.MarkupKind;
export const MarkupKind = { PlainText: 'plaintext', Markdown: 'markdown' } as const satisfies Record<string, lsp.MarkupKind>;

export type CodeActionKind = lsp.CodeActionKind;
export const CodeActionKind = { QuickFix: 'quickfix' } as const satisfies Record<string, lsp.CodeActionKind>;

export type FoldingRangeKind = lsp.FoldingRangeKind;
export const FoldingRangeKind = { Comment: 'comment', Imports: 'imports', Region: 'region' } as const satisfies Record<string, lsp.FoldingRangeKind>;

export type InlayHintKind = lsp.InlayHintKind;
export const InlayHintKind = { Type: 1, Parameter: 2 } as const satisfies Record<string, lsp.InlayHintKind>;

export type InsertTextFormat = lsp.InsertTextFormat;
export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const satisfies Record<string, lsp.InsertTextFormat>;

export type CompletionItemTag = lsp.CompletionItemTag;
export const CompletionItemTag = { Deprecated: 1 } as const satisfies Record<string, lsp.CompletionItemTag>;

export type CompletionItemKind = lsp.CompletionItemKind;
export const CompletionItemKind = { Property: 10, Value: 12, EnumMember: 20, Keyword: 14, Snippet: 15 } as const satisfies Record<string, lsp.CompletionItemKind>;

export type SymbolKind = lsp.SymbolKind;
export const SymbolKind = { Module: 2, Interface: 11, Object: 19 } as const satisfies Record<string, lsp.SymbolKind>;

// The rest is for the connection (server/src/server), not for the features.

export type TextDocumentSyncKind = protocol.TextDocumentSyncKind;
export const TextDocumentSyncKind = { None: 0, Full: 1, Incremental: 2 } as const satisfies Record<string, protocol.TextDocumentSyncKind>;

export type MessageType = protocol.MessageType;
export const MessageType = { Error: 1, Warning: 2, Info: 3, Log: 4, Debug: 5 } as const satisfies Record<string, protocol.MessageType>;

/** Error codes the LSP adds to JSON-RPC's (server/jsonrpc.ts has those). */
export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802, ContentModified: -32801, RequestCancelled: -32800 } as const;
