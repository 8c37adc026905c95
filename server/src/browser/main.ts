import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server/connection';
import { WORKSPACE_FILES_NOTIFICATION, type WorkspaceFilesParams } from './protocol';
import { BrowserWorkspace } from './workspace';

// The language server in a Web Worker (web extension): the same service as the node host, speaking LSP
// over postMessage. It has no file system; the client sends the files that cross-file checks need.
const worker = self as unknown as DedicatedWorkerGlobalScope;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
let workspace: BrowserWorkspace | undefined;
const server = startServer(connection, (documents) => (workspace = new BrowserWorkspace(documents)));

connection.onNotification(WORKSPACE_FILES_NOTIFICATION, (params: WorkspaceFilesParams) => {
  workspace?.update(params);
  server.revalidateAll();
});
