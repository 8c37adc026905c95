import {
  type CancellationToken,
  type Logger,
  type MessageConnection,
  ParameterStructures,
  RequestType,
  RequestType0,
  ResponseError,
} from 'vscode-jsonrpc';
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

// The language server protocol as far as this server speaks it, on top of vscode-jsonrpc (framing, request ids,
// `$/cancelRequest`, transports). The tables below are the methods the server handles and sends; anything else
// a client sends is answered by vscode-jsonrpc: MethodNotFound for a request, nothing for a notification.

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

/**
 * Wraps a JSON-RPC connection: `open` creates it with the logger that reports to the client. Handles `initialize`
 * (with the client process watch), `shutdown` and `exit` itself, like vscode-languageserver does: exit code 0 when
 * `exit` follows `shutdown`, 1 otherwise.
 */
export function createLspConnection(open: (logger: Logger) => MessageConnection, host: LspHost): LspConnection {
  let shutdownReceived = false;
  let initialize: ((params: InitializeParams) => InitializeResult) | undefined;

  const log = (type: MessageType, message: string) => {
    // Nothing to do if the client is gone: there is nobody to tell.
    messages.sendNotification('window/logMessage', { type, message } satisfies LogMessageParams).catch(() => undefined);
  };
  // vscode-jsonrpc reports malformed messages and failing notification handlers here.
  const logger: Logger = {
    error: (m) => log(MessageType.Error, m),
    warn: (m) => log(MessageType.Warning, m),
    info: (m) => log(MessageType.Info, m),
    log: (m) => log(MessageType.Log, m),
  };
  const messages = open(logger);

  const end = () => {
    try {
      messages.end();
    } catch {
      // The stream is already closed when the client went away first.
    }
    host.exit(shutdownReceived ? 0 : 1);
  };

  messages.onRequest(new RequestType<InitializeParams, InitializeResult, void>('initialize', ParameterStructures.byName), (params) => {
    if (typeof params.processId === 'number') host.watchClientProcess?.(params.processId);
    return initialize ? initialize(params) : { capabilities: {} };
  });
  messages.onRequest(new RequestType0<null, void>('shutdown'), () => {
    shutdownReceived = true;
    return null;
  });
  messages.onNotification('exit', end);

  return {
    onInitialize(handler) {
      initialize = handler;
    },
    onRequest(method, handler) {
      // By name: params sent as an array are answered with InvalidParams instead of being spread into the handler.
      messages.onRequest(new RequestType<unknown, unknown, void>(method, ParameterStructures.byName), (params, token) => {
        // Cancelled while it waited behind other messages: not worth computing (the client discards the result).
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
        return handler(params as never, token);
      });
    },
    onNotification(method, handler) {
      messages.onNotification(method, handler as (params: unknown) => Awaitable<void>);
    },
    sendRequest(method, params) {
      return messages.sendRequest(method, params);
    },
    sendNotification(method, params) {
      messages.sendNotification(method, params).catch(() => undefined);
    },
    log,
    get shutdownReceived() {
      return shutdownReceived;
    },
    end,
    listen: () => messages.listen(),
  };
}
