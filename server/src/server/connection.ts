import { TextDocument } from '../textDocument';
import type { Diagnostic, InitializeResult, Range } from 'vscode-languageserver-protocol';
import type * as Engine from '../service/engine';
import type { LanguageService, LanguageServiceOptions } from '../service/languageService';
import { LSPErrorCodes, MessageType, TextDocumentSyncKind } from '../service/lspConstants';
import type { Steps } from '../steps';
import type { Workspace } from '../workspace';
import { OpenDocuments, type UnreadDocument } from './documents';
import { ResponseError } from './jsonrpc';
import type { LspConnection } from './lsp';

const VALIDATION_DELAY_MS = 200;

/**
 * `workspace/executeCommand` commands, with one argument `{ uri, range? }`: the selection, or else every dump in the
 * document. `bonding.annotate` puts a decoding comment after each dump line in place (answers whether it found a
 * dump); `bonding.annotateMarkdown` answers the annotated dump and its findings as Markdown (or null).
 */
export const COMMAND_ANNOTATE = 'bonding.annotate';
export const COMMAND_ANNOTATE_MARKDOWN = 'bonding.annotateMarkdown';

interface AnnotateArgs {
  readonly uri: string;
  readonly range?: Range;
}

export interface ServerHandle {
  /** Validates every open document again, e.g. after the host learned about other files. */
  revalidateAll(): void;
}

export interface ServerHooks {
  /** The language service's code. The node host loads it from its own file on first use (see engine.ts). */
  readonly engine: () => typeof Engine;
  /** Run once `initialize` is answered; by default loads the engine. */
  readonly prepare?: () => void;
  /**
   * Settings for one document that differ from the client's (the node host merges a `.bondlintrc.json` over them),
   * with a key naming their source: documents with the same key share one service. Undefined: the client's apply.
   */
  readonly documentSettings?: (uri: string, clientSettings: unknown) => { readonly key: string; readonly settings: unknown } | undefined;
  /** Called with each `maxFileSize` in settings given (the client's, a document's own): messages must carry such documents. */
  readonly fitDocuments?: (characters: number) => void;
}

/**
 * Wires the language service to an LSP connection. Shared by the node (stdio/IPC) and browser (worker) hosts;
 * each host creates the connection and the workspace, registers what it adds, and then listens.
 */
export function startServer(connection: LspConnection, makeWorkspace: (documents: OpenDocuments) => Workspace, hooks: ServerHooks): ServerHandle {
  const documents = new OpenDocuments();
  const logError = (message: string) => connection.log(MessageType.Error, message);
  let canPullConfiguration = false;
  /** The client applies an edit only to the version it was made for (vscode-languageclient checks it). */
  let versionedEdits = false;
  let clientSettings: unknown;
  let options: LanguageServiceOptions = {};
  const makeService = () => hooks.engine().createLanguageService(options);
  /** The service with the client's settings, made when first needed. */
  let shared: LanguageService | undefined;
  const service = () => {
    if (!shared) {
      shared = makeService();
      shared.configure(clientSettings);
    }
    return shared;
  };
  const scoped = new Map<string, { service: LanguageService; settings: string }>();
  const fit = (settings: unknown) => {
    const max = (settings as { maxFileSize?: unknown } | undefined)?.maxFileSize;
    if (typeof max === 'number' && max > 0) hooks.fitDocuments?.(max);
  };
  const configure = (settings: unknown) => {
    clientSettings = settings;
    fit(settings);
    shared?.configure(settings);
  };
  /** The service for a document: the shared one, or one configured with the document's own settings. */
  const serviceFor = (uri: string): LanguageService => {
    let own: { key: string; settings: unknown } | undefined;
    try {
      own = hooks.documentSettings?.(uri, clientSettings);
    } catch (error) {
      logError(`bonding: settings for ${uri} failed: ${String(error)}`);
    }
    if (!own) return service();
    let entry = scoped.get(own.key);
    if (!entry) scoped.set(own.key, (entry = { service: makeService(), settings: '' }));
    const settings = JSON.stringify(own.settings);
    if (entry.settings !== settings) {
      fit(own.settings);
      entry.service.configure(own.settings);
      entry.settings = settings;
    }
    return entry.service;
  };
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  /** Validations under way, by document: they run a slice at a time, and a newer version, a close or new settings cancel them. */
  const running = new Map<string, { isCancellationRequested: boolean }>();
  const cancelRunning = (uri: string) => {
    const token = running.get(uri);
    if (token) token.isCancellationRequested = true;
    running.delete(uri);
  };
  const validate = async (doc: TextDocument) => {
    const { uri, version } = doc;
    const token = { isCancellationRequested: false };
    running.set(uri, token);
    try {
      const publish = (diagnostics: Diagnostic[]) => connection.sendNotification('textDocument/publishDiagnostics', { uri, version, diagnostics });
      const diagnostics = await serviceFor(uri).validate(doc, token, publish);
      if (diagnostics && !token.isCancellationRequested) publish(diagnostics);
    } catch (error) {
      logError(`bonding: validation of ${uri} failed: ${String(error)}`);
    } finally {
      if (running.get(uri) === token) running.delete(uri);
    }
  };
  const schedule = (doc: TextDocument, delay = VALIDATION_DELAY_MS) => {
    cancelRunning(doc.uri);
    clearTimeout(pending.get(doc.uri));
    // A newer edit supersedes the scheduled run: only the last version is analysed.
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) void validate(current);
      }, delay),
    );
  };
  /** A document whose text a message too large to read left unread gets one diagnostic that says so. */
  const publishUnread = ({ uri, bytes, limit }: UnreadDocument) =>
    connection.sendNotification('textDocument/publishDiagnostics', { uri, diagnostics: serviceFor(uri).unreadDiagnostics(uri, bytes, limit) });
  const revalidateAll = () => {
    documents.all().forEach((d) => schedule(d, 0));
    documents.unread().forEach(publishUnread);
  };

  const pullSettings = async () => {
    if (!canPullConfiguration) return;
    const [settings] = await connection.sendRequest('workspace/configuration', { items: [{ section: 'bonding' }] });
    configure(settings);
  };

  /** Drops what every service keeps about a document (there is one service per settings scope). */
  const forget = (uri: string) => {
    shared?.forget(uri);
    for (const entry of scoped.values()) entry.service.forget(uri);
  };
  /** Stops the checks of a document, scheduled or running, and forgets what they found: its text is gone. */
  const drop = (uri: string) => {
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    cancelRunning(uri);
    forget(uri);
  };

  let workspace: Workspace | undefined;
  let registrations = 0;
  connection.onInitialize((params): InitializeResult => {
    const current = makeWorkspace(documents);
    workspace = current;
    options = { workspace: current, locale: params.locale };
    shared = undefined;
    scoped.clear();
    configure(params.initializationOptions?.settings);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    // Once the answer is on its way, the service is made ready while the client sends its first document.
    setTimeout(() => {
      try {
        (hooks.prepare ?? hooks.engine)();
        // A settings file at the top of a workspace folder may allow larger documents than messages carry yet: the
        // first document opened may be one of them.
        for (const folder of params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])) {
          fit(hooks.documentSettings?.(`${folder.uri.replace(/\/$/, '')}/.bondlintrc.json`, clientSettings)?.settings);
        }
      } catch (error) {
        logError(`bonding: preparing the service failed: ${String(error)}`);
      }
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', ' ', '"', "'"] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        executeCommandProvider: { commands: [COMMAND_ANNOTATE, COMMAND_ANNOTATE_MARKDOWN] },
      },
      serverInfo: { name: 'linux-bonding', version: '0.1.0' },
    };
  });

  connection.onNotification('initialized', async () => {
    if (canPullConfiguration) {
      const registration = { id: `bonding.configuration.${++registrations}`, method: 'workspace/didChangeConfiguration', registerOptions: { section: 'bonding' } };
      void connection.sendRequest('client/registerCapability', { registrations: [registration] }).catch(() => undefined);
      await pullSettings().catch(() => undefined);
      revalidateAll();
    }
  });

  // ifcfg files and dumps next to an open document changed on disk: the cross-file checks must see them now.
  connection.onNotification('workspace/didChangeWatchedFiles', (change) => {
    workspace?.invalidate?.(change.changes.map((c) => c.uri));
    // Findings are kept per document version; the document did not change but its neighbours did.
    shared?.filesChanged();
    for (const entry of scoped.values()) entry.service.filesChanged();
    revalidateAll();
  });

  connection.onNotification('workspace/didChangeConfiguration', async (change) => {
    if (canPullConfiguration) await pullSettings().catch(() => undefined);
    else configure((change.settings as { bonding?: unknown } | undefined)?.bonding);
    revalidateAll();
  });

  // An opened document is validated at once; edits wait until typing pauses.
  connection.onNotification('textDocument/didOpen', (params) => schedule(documents.open(params), 0));
  connection.onNotification('textDocument/didChange', (params) => {
    const doc = documents.change(params);
    if (doc) schedule(doc);
  });
  connection.onNotification('textDocument/didClose', (params) => {
    if (!documents.close(params)) return;
    drop(params.textDocument.uri);
    connection.sendNotification('textDocument/publishDiagnostics', { uri: params.textDocument.uri, diagnostics: [] });
  });
  // The text of a document opened or changed by a message too large to read is not known until it is opened again
  // (or a change gives the whole text: documents.ts).
  connection.onUnread(({ bytes, limit, members: { method, uri, languageId } }) => {
    if (uri === undefined || (method !== 'textDocument/didOpen' && method !== 'textDocument/didChange')) return;
    const unread = { uri, bytes, limit, languageId };
    if (!documents.openUnread(unread, method === 'textDocument/didOpen')) return;
    drop(uri);
    publishUnread(unread);
  });

  const withDoc = <T>(uri: string, empty: T, run: (doc: TextDocument, service: LanguageService) => T): T => {
    const doc = documents.get(uri);
    if (!doc) return empty;
    try {
      return run(doc, serviceFor(uri));
    } catch (error) {
      logError(`bonding: request on ${uri} failed: ${String(error)}`);
      return empty;
    }
  };

  connection.onRequest('textDocument/hover', (p) => withDoc(p.textDocument.uri, null, (d, s) => s.doHover(d, p.position)));
  connection.onRequest('textDocument/completion', (p) => withDoc(p.textDocument.uri, { isIncomplete: false, items: [] }, (d, s) => s.doComplete(d, p.position)));
  connection.onRequest('textDocument/codeAction', (p) => withDoc(p.textDocument.uri, [], (d, s) => s.getCodeActions(d, p.range, p.context)));
  connection.onRequest('textDocument/documentSymbol', (p) => withDoc(p.textDocument.uri, [], (d, s) => s.getDocumentSymbols(d)));
  connection.onRequest('textDocument/foldingRange', (p) => withDoc(p.textDocument.uri, [], (d, s) => s.getFoldingRanges(d)));
  connection.onRequest('textDocument/inlayHint', (p) => withDoc(p.textDocument.uri, [], (d, s) => s.getInlayHints(d, p.range)));

  connection.onRequest('workspace/executeCommand', async ({ command, arguments: args }, token) => {
    const annotating = command === COMMAND_ANNOTATE;
    const none = annotating ? false : null;
    const { uri, range } = (args?.[0] ?? {}) as Partial<AnnotateArgs>;
    const open = uri === undefined ? undefined : documents.get(uri);
    if (!open || (!annotating && command !== COMMAND_ANNOTATE_MARKDOWN)) return none;
    const engine = hooks.engine();
    const service = serviceFor(open.uri);
    const failed = (message = engine.annotationNotApplied(service)) => new ResponseError(LSPErrorCodes.RequestFailed, message);
    const refusal = engine.annotateRefusal(open, service);
    if (refusal) throw failed(refusal);
    // The work reads the text as it was asked for (the open document changes in place as edits come) and runs a slice
    // at a time, so that the server answers meanwhile. Line edits applied to a text the user changed since would
    // overwrite other lines: a change ends an annotation, as a cancelled request ends either command.
    const { version } = open;
    const doc = TextDocument.create(open.uri, open.languageId, version, open.getText());
    const stop = {
      get isCancellationRequested() {
        return token.isCancellationRequested || (annotating && documents.get(doc.uri)?.version !== version);
      },
    };
    const run = async <T>(steps: Steps<T>) => {
      const result = await engine.runSliced(steps, stop);
      if (!stop.isCancellationRequested) return result;
      throw token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : failed();
    };
    const lines = await run(engine.linesToAnnotate(doc, range));
    if (!lines) return none;
    if (!annotating) return (await run(engine.annotatedMarkdown(doc, lines, service))) ?? null;
    const edits = await run(engine.annotationEdits(doc, lines, service));
    if (!edits?.length) return !!edits;
    // Where the client checks versions, the edit names the one it was made for.
    const edit = versionedEdits ? { documentChanges: [{ textDocument: { uri: doc.uri, version }, edits }] } : { changes: { [doc.uri]: edits } };
    const result = await connection.sendRequest('workspace/applyEdit', { label: 'Annotate dump', edit });
    if (result?.applied === false) throw failed();
    return true;
  });

  return { revalidateAll };
}
