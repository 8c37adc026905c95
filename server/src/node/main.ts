import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server/connection';
import { InMemoryWorkspace, type Workspace, type WorkspaceFile } from '../workspace';
import { rcSettingsForUri } from './bondlintrc';

/** Open documents only for now; files on disk join through the same interface. */
function openDocumentsWorkspace(documents: { all(): { uri: string; languageId: string; getText(): string }[] }): Workspace {
  return {
    filesNear(uri, languageId) {
      const memory = new InMemoryWorkspace();
      for (const d of documents.all()) memory.set({ uri: d.uri, languageId: d.languageId, text: d.getText() } satisfies WorkspaceFile);
      return memory.filesNear(uri, languageId);
    },
  };
}

// `--stdio`, `--node-ipc` and `--socket=N` are read by createConnection from process.argv.
// A `.bondlintrc.json` in the folder of a document or above it is merged over the client's settings, as bondlint reads it.
startServer(createConnection(ProposedFeatures.all), openDocumentsWorkspace, { documentSettings: rcSettingsForUri });
