import {
  type Connection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../service/languageService';
import type { Workspace } from '../workspace';

const VALIDATION_DELAY_MS = 200;

/**
 * Wires the language service to an LSP connection. Shared by the node (stdio/IPC) and browser (worker) hosts;
 * each host only creates the connection and the workspace.
 */
export function startServer(connection: Connection, makeWorkspace: (documents: TextDocuments<TextDocument>) => Workspace): void {
  const documents = new TextDocuments(TextDocument);
  let service = createLanguageService();
  let canPullConfiguration = false;
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const validate = (doc: TextDocument) => {
    try {
      connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: service.doValidation(doc) });
    } catch (error) {
      connection.console.error(`bonding: validation of ${doc.uri} failed: ${String(error)}`);
    }
  };
  const schedule = (doc: TextDocument, delay = VALIDATION_DELAY_MS) => {
    clearTimeout(pending.get(doc.uri));
    // A newer edit supersedes the scheduled run: only the last version is analysed.
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) validate(current);
      }, delay),
    );
  };
  const revalidateAll = () => documents.all().forEach((d) => schedule(d, 0));

  const pullSettings = async () => {
    if (!canPullConfiguration) return;
    const [settings] = await connection.workspace.getConfiguration([{ section: 'bonding' }]);
    service.configure(settings);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    service = createLanguageService({ workspace: makeWorkspace(documents), locale: params.locale });
    service.configure(params.initializationOptions?.settings);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', ' ', '"', "'"] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
      },
      serverInfo: { name: 'linux-bonding', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bonding' }).catch(() => undefined);
      await pullSettings().catch(() => undefined);
      revalidateAll();
    }
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfiguration) await pullSettings().catch(() => undefined);
    else service.configure((change.settings as { bonding?: unknown } | undefined)?.bonding);
    revalidateAll();
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    service.forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const withDoc = <T>(uri: string, empty: T, run: (doc: TextDocument) => T): T => {
    const doc = documents.get(uri);
    if (!doc) return empty;
    try {
      return run(doc);
    } catch (error) {
      connection.console.error(`bonding: request on ${uri} failed: ${String(error)}`);
      return empty;
    }
  };

  connection.onHover((p) => withDoc(p.textDocument.uri, null, (d) => service.doHover(d, p.position)));
  connection.onCompletion((p) => withDoc(p.textDocument.uri, { isIncomplete: false, items: [] }, (d) => service.doComplete(d, p.position)));
  connection.onCodeAction((p) => withDoc(p.textDocument.uri, [], (d) => service.getCodeActions(d, p.range, p.context)));
  connection.onDocumentSymbol((p) => withDoc(p.textDocument.uri, [], (d) => service.getDocumentSymbols(d)));
  connection.onFoldingRanges((p) => withDoc(p.textDocument.uri, [], (d) => service.getFoldingRanges(d)));
  connection.languages.inlayHint.on((p) => withDoc(p.textDocument.uri, [], (d) => service.getInlayHints(d, p.range)));

  documents.listen(connection);
  connection.listen();
}
