// The protocol's enumerations, as the numbers and strings the specification fixes. Importing them from
// vscode-languageserver-types would put that whole module into every bundle: its value namespaces keep each other
// alive, so nothing of it is shaken out. Here they are TypeScript enums, which esbuild writes as their values where
// they are used, leaving no table in a bundle; an enum's members are assignable to the protocol's literal types, and
// a test compares the values with vscode-languageserver-types. The long tables hold only the members the service uses.

export enum DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 }

export enum DiagnosticTag { Unnecessary = 1, Deprecated = 2 }

export enum MarkupKind { PlainText = 'plaintext', Markdown = 'markdown' }

export enum CodeActionKind { QuickFix = 'quickfix' }

export enum FoldingRangeKind { Comment = 'comment', Imports = 'imports', Region = 'region' }

export enum InlayHintKind { Type = 1, Parameter = 2 }

export enum InsertTextFormat { PlainText = 1, Snippet = 2 }

export enum CompletionItemTag { Deprecated = 1 }

export enum CompletionItemKind { Property = 10, Value = 12, EnumMember = 20, Keyword = 14, Snippet = 15 }

export enum SymbolKind { Module = 2, Interface = 11, Object = 19 }

// The rest is for the connection (server/src/server), not for the features.

export enum TextDocumentSyncKind { None = 0, Full = 1, Incremental = 2 }

export enum MessageType { Error = 1, Warning = 2, Info = 3, Log = 4, Debug = 5 }

/** Error codes the LSP adds to JSON-RPC's (server/jsonrpc.ts has those). */
export enum LSPErrorCodes { RequestFailed = -32803, ServerCancelled = -32802, ContentModified = -32801, RequestCancelled = -32800 }
