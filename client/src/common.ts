import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';

export const CLIENT_ID = 'bonding';

/** Documents the server reads: dumps and ifcfg files, and text where a dump may have been pasted. */
export const LANGUAGES = ['bonding-status', 'ifcfg', 'plaintext', 'markdown', 'log'];

/**
 * Where those documents live: on disk, unsaved, in a remote or virtual workspace (github.dev and vscode.dev
 * use `vscode-vfs`, a browser-hosted remote uses `vscode-remote`). Output channels (`output`) stay out.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

export const documentSelector: DocumentSelector = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));

/**
 * The cancellation of the annotation under way. VS Code applies an edit it is handed, cancelled or not: one the
 * server sends after the user pressed Cancel (its work was done before the cancel reached it) is refused here.
 */
let annotation: vscode.CancellationToken | undefined;

export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector,
    middleware: {
      // (the client hands `next` no token of its own)
      workspace: { handleApplyEdit: (params, next) => (annotation?.isCancellationRequested ? { applied: false } : next(params, new vscode.CancellationTokenSource().token)) },
    },
    // Cross-file checks read the ifcfg files and dumps around a document; the server hears when they change.
    synchronize: { configurationSection: 'bonding', fileEvents: vscode.workspace.createFileSystemWatcher('**/{ifcfg-*,proc/net/bonding/*}') },
    // A plain copy: the configuration object has methods, which a Web Worker's postMessage cannot clone.
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('bonding'))) as unknown },
  };
}

/** Languages whose documents hold a dump, whole or pasted somewhere inside. */
const DUMP_LANGUAGES = LANGUAGES.filter((l) => l !== 'ifcfg');

/**
 * Arguments of the server commands `bonding.annotate` (applies the annotated text as an edit, answers whether it
 * did) and `bonding.annotateMarkdown` (answers the annotated dump as Markdown, or null): the document, and the
 * selection when there is one (otherwise every dump in the document).
 */
function annotateArguments(client: BaseLanguageClient): object | undefined {
  const editor = vscode.window.activeTextEditor;
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (!editor && tab instanceof vscode.TabInputText) {
    // A text file open without an editor here: VS Code gives extensions no document above 50 MB.
    const name = tab.uri.path.slice(tab.uri.path.lastIndexOf('/') + 1);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is larger than VS Code gives to extensions (50 MB): it gets no hovers or problems. Check it with bondlint in a terminal.', name));
    return undefined;
  }
  if (!editor || !DUMP_LANGUAGES.includes(editor.document.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a bonding dump, or a text with a pasted dump, first.'));
    return undefined;
  }
  const selection = editor.selection;
  return {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    range: selection.isEmpty ? undefined : client.code2ProtocolConverter.asRange(selection),
  };
}

/** How long a command runs before a notification shows that it is still at work, with a button that cancels it. */
const PROGRESS_AFTER_MS = 500;

/**
 * The command's answer; undefined when the server refused it (a document above the size limit), after saying why,
 * or when the user cancelled it (a long paste takes seconds to annotate).
 */
async function executeOnServer<T>(client: BaseLanguageClient, command: string, args: object): Promise<T | undefined> {
  const cancel = new vscode.CancellationTokenSource();
  annotation = cancel.token;
  const answer = client.sendRequest<T>('workspace/executeCommand', { command, arguments: [args] }, cancel.token);
  const progress = setTimeout(() => {
    const title = vscode.l10n.t('Annotating the dump…');
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_, token) => {
      token.onCancellationRequested(() => cancel.cancel());
      return answer.catch(() => undefined);
    });
  }, PROGRESS_AFTER_MS);
  try {
    return await answer;
  } catch (error) {
    if (!cancel.token.isCancellationRequested) void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  } finally {
    clearTimeout(progress);
    if (annotation === cancel.token) annotation = undefined;
    cancel.dispose();
  }
}

const DRIVER_LINE = /^\s*Ethernet Channel Bonding Driver:/;

/**
 * A dump pasted into a new untitled editor gets the Bonding Status language: VS Code guesses the language of pasted
 * text (often Markdown, YAML or INI) and matches first-line patterns only when a file opens. Each untitled document
 * is switched at most once, so a language the user picks afterwards stays.
 */
export function recognisePastedDumps(context: vscode.ExtensionContext): void {
  const seen = new WeakSet<vscode.TextDocument>();
  const check = (doc: vscode.TextDocument) => {
    if (doc.uri.scheme !== 'untitled' || seen.has(doc) || doc.languageId === 'bonding-status') return;
    const first = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 20), 0)).split(/\r?\n/).find((l) => l.trim() !== '');
    if (first === undefined) return;
    seen.add(doc);
    if (DRIVER_LINE.test(first)) void vscode.languages.setTextDocumentLanguage(doc, 'bonding-status');
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
  );
}

/** Commands shared by the desktop and the web extension. */
export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const noDump = () => vscode.window.showInformationMessage(vscode.l10n.t('No bonding dump found in the selection or the document.'));
  context.subscriptions.push(
    vscode.commands.registerCommand('bonding.openPastedDump', async () => {
      const content = await vscode.env.clipboard.readText();
      const doc = await vscode.workspace.openTextDocument({ language: 'bonding-status', content });
      await vscode.window.showTextDocument(doc);
    }),
    vscode.commands.registerCommand('bonding.annotateDump', async () => {
      const args = annotateArguments(client);
      if (args && (await executeOnServer<boolean>(client, 'bonding.annotate', args)) === false) await noDump();
    }),
    vscode.commands.registerCommand('bonding.copyAnnotatedMarkdown', async () => {
      const args = annotateArguments(client);
      if (!args) return;
      const markdown = await executeOnServer<string | null>(client, 'bonding.annotateMarkdown', args);
      if (markdown === undefined) return;
      if (!markdown) return void (await noDump());
      await vscode.env.clipboard.writeText(markdown);
      void vscode.window.showInformationMessage(vscode.l10n.t('The annotated dump is on the clipboard as Markdown.'));
    }),
  );
}
