import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WORKSPACE_FILES_NOTIFICATION, type WorkspaceFilesParams } from '../../../server/src/browser/protocol';

const MAX_FILES_PER_FOLDER = 256;
const MAX_FILE_BYTES = 1_000_000;
const IFCFG = /^ifcfg-/;

/**
 * The worker cannot list or read files, so the client reads, through `workspace.fs` (which also serves virtual
 * workspaces), the sibling `ifcfg-*` files of every ifcfg document it sees, and sends them to the server for the
 * cross-file checks. A folder is read again when one of its files is saved.
 */
export function feedWorkspaceFiles(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const read = new Set<string>();
  const decoder = new TextDecoder();

  const readFolder = async (folder: vscode.Uri) => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return;
    }
    const names = entries.filter(([name, type]) => type === vscode.FileType.File && IFCFG.test(name)).map(([name]) => name);
    const files: WorkspaceFilesParams['files'][number][] = [];
    for (const name of names.slice(0, MAX_FILES_PER_FOLDER)) {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength <= MAX_FILE_BYTES) files.push({ uri: client.code2ProtocolConverter.asUri(uri), languageId: 'ifcfg', text: decoder.decode(bytes) });
      } catch {
        // unreadable files are left out, as a listing without them would show
      }
    }
    const params: WorkspaceFilesParams = { folders: [`${client.code2ProtocolConverter.asUri(folder)}/`], files };
    await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, params);
  };

  const visit = (doc: vscode.TextDocument, again = false) => {
    if (doc.languageId !== 'ifcfg' || doc.uri.scheme === 'untitled') return;
    const folder = vscode.Uri.joinPath(doc.uri, '..');
    const key = folder.toString();
    if (read.has(key) && !again) return;
    read.add(key);
    void readFolder(folder);
  };

  vscode.workspace.textDocuments.forEach((d) => visit(d));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => visit(d)),
    vscode.workspace.onDidSaveTextDocument((d) => visit(d, true)),
  );
}
