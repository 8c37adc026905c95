import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, clientOptions, recognisePastedDumps, registerCommands } from '../common';
import { feedWorkspaceFiles } from './workspaceFiles';

// Web extension (vscode.dev, github.dev, any browser-hosted VS Code): the same language server, bundled for a
// Web Worker, speaking LSP over postMessage.
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = await startWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/browser/server.js'));
  client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Linux Bonding'), worker, clientOptions());
  registerCommands(context, client);
  recognisePastedDumps(context);
  await client.start();
  feedWorkspaceFiles(context, client);
}

/**
 * Starts the server worker from its URL. A browser-hosted remote (code-server, VS Code Server opened in a browser)
 * serves the extension's files as `vscode-remote:` URIs, from which the web extension host starts no worker; there
 * the script is read through `workspace.fs` and started from a Blob.
 */
async function startWorker(script: vscode.Uri): Promise<Worker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const source = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(source)], { type: 'text/javascript' })), { name: 'bonding language server' });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
