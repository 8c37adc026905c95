import type { WorkspaceFile } from '../workspace';

/**
 * Files the client read for the browser worker, which can neither list nor read files itself
 * (virtual workspaces such as github.dev): sent by the browser client, kept by the worker's workspace.
 */
export const WORKSPACE_FILES_NOTIFICATION = 'bonding/workspaceFiles';

export interface WorkspaceFilesParams {
  /** Folder URIs whose listing these files are (ending with `/`): earlier copies under them are replaced. */
  readonly folders: readonly string[];
  readonly files: readonly WorkspaceFile[];
}
