import { startServer } from '../server/connection';
import * as engine from '../service/engine';
import type { MessageTransport } from '../server/jsonrpc';
import { createLspConnection } from '../server/lsp';
import { WORKSPACE_FILES_NOTIFICATION, type WorkspaceFilesParams } from './protocol';
import { BrowserWorkspace } from './workspace';

declare module '../server/lsp' {
  interface ClientNotifications {
    [WORKSPACE_FILES_NOTIFICATION]: WorkspaceFilesParams;
  }
}

// The language server in a Web Worker (web extension): the same service as the node host, speaking LSP
// over postMessage. It has no file system; the client sends the files that cross-file checks need.
const worker = self as unknown as DedicatedWorkerGlobalScope;
const transport: MessageTransport = {
  listen: (receive) => {
    worker.onmessage = (event) => receive(event.data);
  },
  send: (message) => worker.postMessage(message),
  end: () => undefined,
};
const connection = createLspConnection(transport, {
  // The client terminates the worker after `exit` anyway; closing it here stops the work at once.
  exit: () => worker.close(),
});
let workspace: BrowserWorkspace | undefined;
const server = startServer(connection, (documents) => (workspace = new BrowserWorkspace(documents)), { engine: () => engine });

connection.onNotification(WORKSPACE_FILES_NOTIFICATION, (params) => {
  workspace?.update(params);
  server.revalidateAll();
});
connection.listen();
