/**
 * Cross-file facts come through this interface, so the service never touches a disk: the node server backs it
 * with open documents plus files on disk, the browser worker and tests with documents in memory.
 */
export interface WorkspaceFile {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
}

export interface Workspace {
  /** Files of the given language in the same folder tree as `uri` (open documents win over disk copies). */
  filesNear(uri: string, languageId: string): readonly WorkspaceFile[];
  /** Forgets what is known about files that changed outside the editor (file watcher events). */
  invalidate?(uris: readonly string[]): void;
}

export class InMemoryWorkspace implements Workspace {
  private readonly files = new Map<string, WorkspaceFile>();

  set(file: WorkspaceFile): void {
    this.files.set(file.uri, file);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  filesNear(uri: string, languageId: string): readonly WorkspaceFile[] {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    return [...this.files.values()].filter((f) => f.languageId === languageId && f.uri.startsWith(folder));
  }
}
