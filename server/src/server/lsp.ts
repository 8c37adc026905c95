import { type CancellationToken, ErrorCodes, JsonRpcConnection, type MessageTransport, ResponseError, type UnreadMessage } from './jsonrpc';
import type {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  CodeAction,
  CodeActionParams,
  Command,
  CompletionItem,
  CompletionList,
  CompletionParams,
  ConfigurationParams,
  DidChangeConfigurationParams,
  DidChangeTextDocumentParams,
  DidChangeWatchedFilesParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DocumentSymbol,
  DocumentSymbolParams,
  ExecuteCommandParams,
  FoldingRange,
  FoldingRangeParams,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  InitializedParams,
  InlayHint,
  InlayHintParams,
  LogMessageParams,
  PublishDiagnosticsParams,
  RegistrationParams,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import { LSPErrorCodes, MessageType } from '../service/lspConstants';

// The language server protocol as far as this server speaks it, on top of its JSON-RPC connection (jsonrpc.ts: request
// ids, `$/cancelRequest`) and a transport. The tables below are the methods the server handles and sends; anything
// else a client sends is answered by the connection: MethodNotFound for a request, nothing for a notification.

/** Requests from the client: method, then its params and result. */
export interface ClientRequests {
  'textDocument/hover': [HoverParams, Hover | null];
  'textDocument/completion': [CompletionParams, CompletionList | CompletionItem[] | null];
  'textDocument/codeAction': [CodeActionParams, (CodeAction | Command)[] | null];
  'textDocument/documentSymbol': [DocumentSymbolParams, DocumentSymbol[] | SymbolInformation[] | null];
  'textDocument/foldingRange': [FoldingRangeParams, FoldingRange[] | null];
  'textDocument/inlayHint': [InlayHintParams, InlayHint[] | null];
  'workspace/executeCommand': [ExecuteCommandParams, unknown];
}

/** Notifications from the client, with their params. A host adds its own by augmenting this interface. */
export interface ClientNotifications {
  initialized: InitializedParams;
  'textDocument/didOpen': DidOpenTextDocumentParams;
  'textDocument/didChange': DidChangeTextDocumentParams;
  'textDocument/didClose': DidCloseTextDocumentParams;
  'workspace/didChangeConfiguration': DidChangeConfigurationParams;
  'workspace/didChangeWatchedFiles': DidChangeWatchedFilesParams;
}

/** Requests the server sends to the client. */
export interface ServerRequests {
  'workspace/configuration': [ConfigurationParams, unknown[]];
  'client/registerCapability': [RegistrationParams, null];
  'workspace/applyEdit': [ApplyWorkspaceEditParams, ApplyWorkspaceEditResult];
}

/** Notifications the server sends to the client. */
export interface ServerNotifications {
  'textDocument/publishDiagnostics': PublishDiagnosticsParams;
  'window/logMessage': LogMessageParams;
}

type Awaitable<T> = T | Promise<T>;

/** What differs between the node process and the browser worker. */
export interface LspHost {
  /** Ends the server: after `exit`, or when the client is gone. */
  exit(code: number): void;
  /** The client named its process in `initialize`: end when it is gone (node only). */
  watchClientProcess?(processId: number): void;
}

export interface LspConnection {
  onInitialize(handler: (params: InitializeParams) => InitializeResult): void;
  onRequest<M extends keyof ClientRequests>(
    method: M,
    handler: (params: ClientRequests[M][0], token: CancellationToken) => Awaitable<ClientRequests[M][1]>,
  ): void;
  onNotification<M extends keyof ClientNotifications>(method: M, handler: (params: ClientNotifications[M]) => Awaitable<void>): void;
  /** A notification too large for the transport to read (requests among them are answered with an error). */
  onUnread(handler: (message: UnreadMessage) => void): void;
  sendRequest<M extends keyof ServerRequests>(method: M, params: ServerRequests[M][0]): Promise<ServerRequests[M][1]>;
  sendNotification<M extends keyof ServerNotifications>(method: M, params: ServerNotifications[M]): void;
  /** A `window/logMessage`: what went wrong inside the server, for the client's log. */
  log(type: MessageType, message: string): void;
  /** Whether `shutdown` was answered: ending now is orderly (exit code 0), ending before is not (1). */
  readonly shutdownReceived: boolean;
  /** Closes the connection and ends the host with the exit code that `shutdownReceived` implies. */
  end(): void;
  /** Starts reading messages; handlers are registered before. */
  listen(): void;
}

/** The member a request lacks that names what it is about (a document's uri, a command): its handler could only fail. */
function unnamed(method: string, params: unknown): string | undefined {
  const p = params as { textDocument?: { uri?: unknown }; command?: unknown } | null | undefined;
  if (method.startsWith('textDocument/')) return typeof p?.textDocument?.uri === 'string' ? undefined : 'params.textDocument.uri';
  return method === 'workspace/executeCommand' && typeof p?.command !== 'string' ? 'params.command' : undefined;
}

/** A later turn of the event loop: node's check phase, or a timer in a browser worker. */
const later: (callback: () => void) => void = typeof setImmediate === 'function' ? setImmediate : (callback) => setTimeout(callback, 0);

/**
 * A JSON-RPC connection over `transport`. Handles `initialize` (with the client process watch), `shutdown` and
 * `exit` itself, like vscode-languageserver does: exit code 0 when `exit` follows `shutdown`, 1 otherwise. Malformed
 * messages and failing notification handlers are reported to the client's log.
 */
export function createLspConnection(transport: MessageTransport, host: LspHost): LspConnection {
  let shutdownReceived = false;
  let initialize: ((params: InitializeParams) => InitializeResult) | undefined;

  const log = (type: MessageType, message: string) => {
    messages.sendNotification('window/logMessage', { type, message } satisfies LogMessageParams);
  };
  const messages = new JsonRpcConnection(transport, (message) => log(MessageType.Error, message), later);

  const end = () => {
    try {
      messages.end();
    } catch {
      // The stream is already closed when the client went away first.
    }
    host.exit(shutdownReceived ? 0 : 1);
  };

  messages.onRequest('initialize', (params) => {
    const { processId } = (params ?? {}) as Partial<InitializeParams>;
    if (typeof processId === 'number') host.watchClientProcess?.(processId);
    return initialize ? initialize(params as InitializeParams) : { capabilities: {} };
  });
  messages.onRequest('shutdown', () => {
    shutdownReceived = true;
    return null;
  });
  messages.onNotification('exit', end);

  return {
    onInitialize(handler) {
      initialize = handler;
    },
    onRequest(method, handler) {
      messages.onRequest(method, (params, token) => {
        // Cancelled while it waited behind other messages: not worth computing (the client discards the result).
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
        const missing = unnamed(method, params);
        if (missing) throw new ResponseError(ErrorCodes.InvalidParams, `${method} needs ${missing}`);
        return handler(params as never, token);
      });
    },
    onNotification(method, handler) {
      messages.onNotification(method, handler as (params: unknown) => Awaitable<void>);
    },
    onUnread(handler) {
      messages.onUnread(handler);
    },
    sendRequest(method, params) {
      return messages.sendRequest(method, params) as Promise<ServerRequests[typeof method][1]>;
    },
    sendNotification(method, params) {
      messages.sendNotification(method, params);
    },
    log,
    get shutdownReceived() {
      return shutdownReceived;
    },
    end,
    listen: () => messages.listen(),
  };
}
