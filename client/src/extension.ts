import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Documents the server reads: dumps and ifcfg files, and text where a dump may have been pasted. */
const LANGUAGES = ['bonding-status', 'ifcfg', 'plaintext', 'markdown', 'log'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: { configurationSection: 'bonding' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('bonding') },
  };
  client = new LanguageClient('bonding', vscode.l10n.t('Linux Bonding'), serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('bonding.openPastedDump', async () => {
      const content = await vscode.env.clipboard.readText();
      const doc = await vscode.workspace.openTextDocument({ language: 'bonding-status', content });
      await vscode.window.showTextDocument(doc);
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
