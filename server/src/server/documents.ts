import { TextDocument } from '../textDocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver-protocol';

/** An open document whose text the server does not have: a message that opened or changed it was too large to read. */
export interface UnreadDocument {
  readonly uri: string;
  /** The size of that message and the most the server reads, in bytes. */
  readonly bytes: number;
  readonly limit: number;
  /** Its language, when the message or the document before it gave one: a change of the whole text then restores it. */
  readonly languageId?: string;
}

/**
 * The documents the client has open, kept in sync from `didOpen`, `didChange` (whole text or ranges, as
 * `TextDocument.update` applies them) and `didClose`. Changes and closes of documents that are not open are ignored.
 * A document the server could not read stays unread until it is opened again or a change gives its whole text:
 * changes of ranges in a text it does not have cannot be applied.
 */
export class OpenDocuments {
  readonly #documents = new Map<string, TextDocument>();
  readonly #unreadDocuments = new Map<string, UnreadDocument>();

  get(uri: string): TextDocument | undefined {
    return this.#documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.#documents.values()];
  }

  unread(): UnreadDocument[] {
    return [...this.#unreadDocuments.values()];
  }

  open({ textDocument: d }: DidOpenTextDocumentParams): TextDocument {
    const document = TextDocument.create(d.uri, d.languageId, d.version, d.text);
    this.#unreadDocuments.delete(d.uri);
    this.#documents.set(d.uri, document);
    return document;
  }

  /**
   * Takes an opening (or a change) of a document that was not read: it is open without its text. False for a change
   * to a document that is not open.
   */
  openUnread(unread: UnreadDocument, opening: boolean): boolean {
    const { uri } = unread;
    const before = this.#documents.get(uri) ?? this.#unreadDocuments.get(uri);
    if (!opening && !before) return false;
    this.#documents.delete(uri);
    this.#unreadDocuments.set(uri, { ...unread, languageId: unread.languageId ?? (opening ? undefined : before?.languageId) });
    return true;
  }

  /** The document after the changes, or undefined when it is not open, is unread and stays so, or nothing changed. */
  change({ textDocument: { uri, version }, contentChanges }: DidChangeTextDocumentParams): TextDocument | undefined {
    if (contentChanges.length === 0) return undefined;
    // Diagnostics carry the version they were computed for; a change without one cannot be told apart.
    if (typeof version !== 'number') throw new Error(`didChange for ${uri} without a version`);
    const document = this.#documents.get(uri);
    if (document) return TextDocument.update(document, contentChanges, version);
    const languageId = this.#unreadDocuments.get(uri)?.languageId;
    // The last change of the whole text (one without a range, as TextDocument.update tells them) gives the text missed.
    let whole = contentChanges.length - 1;
    while (whole >= 0 && (contentChanges[whole] as { range?: unknown }).range !== undefined) whole--;
    if (languageId === undefined || whole < 0) return undefined;
    this.#unreadDocuments.delete(uri);
    const restored = TextDocument.create(uri, languageId, version, contentChanges[whole]!.text);
    this.#documents.set(uri, restored);
    return TextDocument.update(restored, contentChanges.slice(whole + 1), version);
  }

  /** Whether the document was open (read or not). */
  close({ textDocument: { uri } }: DidCloseTextDocumentParams): boolean {
    const wasUnread = this.#unreadDocuments.delete(uri);
    return this.#documents.delete(uri) || wasUnread;
  }
}
