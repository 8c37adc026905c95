import { InMemoryWorkspace, type Workspace, type WorkspaceFile } from '../workspace';
import type { WorkspaceFilesParams } from './protocol';

interface OpenDocuments {
  all(): readonly { readonly uri: string; readonly languageId: string; getText(): string }[];
}

/**
 * The browser worker's view of the workspace: the open documents, plus the files the client listed and read
 * through `workspace.fs`. An open document wins over the copy the client read.
 */
export class BrowserWorkspace implements Workspace {
  private readonly read = new Map<string, WorkspaceFile>();

  constructor(private readonly documents: OpenDocuments) {}

  update(params: WorkspaceFilesParams): void {
    for (const folder of params.folders) {
      for (const uri of this.read.keys()) if (uri.startsWith(folder) && !uri.slice(folder.length).includes('/')) this.read.delete(uri);
    }
    for (const file of params.files) this.read.set(file.uri, file);
  }

  filesNear(uri: string, languageId: string): readonly WorkspaceFile[] {
    const memory = new InMemoryWorkspace();
    for (const file of this.read.values()) memory.set(file);
    for (const d of this.documents.all()) memory.set({ uri: d.uri, languageId: d.languageId, text: d.getText() });
    return memory.filesNear(uri, languageId);
  }
}
