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
  /**
   * Files of the given language in the same folder tree as `uri` (open documents win over disk copies). A workspace
   * may answer the very same array while none of its files changed: callers keep what they derive from it by identity.
   */
  filesNear(uri: string, languageId: string): readonly WorkspaceFile[];
  /** Forgets what is known about files that changed outside the editor (file watcher events). */
  invalidate?(uris: readonly string[]): void;
}

export class InMemoryWorkspace implements Workspace {
  readonly #files = new Map<string, WorkspaceFile>();
  /** Answers of filesNear until a file changes, by language and folder. */
  readonly #near = new Map<string, readonly WorkspaceFile[]>();

  set(file: WorkspaceFile): void {
    this.#files.set(file.uri, file);
    this.#near.clear();
  }

  delete(uri: string): void {
    this.#files.delete(uri);
    this.#near.clear();
  }

  filesNear(uri: string, languageId: string): readonly WorkspaceFile[] {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
    const key = `${languageId} ${folder}`;
    let found = this.#near.get(key);
    if (!found) this.#near.set(key, (found = [...this.#files.values()].filter((f) => f.languageId === languageId && f.uri.startsWith(folder))));
    return found;
  }
}
