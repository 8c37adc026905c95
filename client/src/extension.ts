import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, clientOptions, recognisePastedDumps, registerCommands } from './common';

// Desktop VS Code (and any extension host with node): the language server runs as a node process over IPC.
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  // The server keeps its compiled code in the extension's own storage: later starts check the first document sooner.
  const args = [`--cacheDir=${vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath}`];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, args },
    debug: { module, transport: TransportKind.ipc, args, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Linux Bonding'), serverOptions, clientOptions());
  registerCommands(context, client);
  recognisePastedDumps(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
