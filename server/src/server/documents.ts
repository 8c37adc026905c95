import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver-protocol';

/** An open document whose text the server does not have: a message that opened or changed it was too large to read. */
export interface UnreadDocument {
  readonly uri: string;
  /** The size of that message and the most the server reads, in bytes. */
  readonly bytes: number;
  readonly limit: number;
}

/**
 * The documents the client has open, kept in sync from `didOpen`, `didChange` (whole text or ranges, as
 * `TextDocument.update` applies them) and `didClose`. Changes and closes of documents that are not open are ignored.
 * A document the server could not read stays unread until it is opened again: changes to a text it does not have
 * cannot be applied.
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
    if (!opening && !this.#documents.has(uri) && !this.#unreadDocuments.has(uri)) return false;
    this.#documents.delete(uri);
    this.#unreadDocuments.set(uri, unread);
    return true;
  }

  /** The document after the changes, or undefined when it is not open or nothing changed. */
  change({ textDocument: { uri, version }, contentChanges }: DidChangeTextDocumentParams): TextDocument | undefined {
    if (contentChanges.length === 0) return undefined;
    // Diagnostics carry the version they were computed for; a change without one cannot be told apart.
    if (typeof version !== 'number') throw new Error(`didChange for ${uri} without a version`);
    const document = this.#documents.get(uri);
    return document && TextDocument.update(document, contentChanges, version);
  }

  /** Whether the document was open (read or not). */
  close({ textDocument: { uri } }: DidCloseTextDocumentParams): boolean {
    const wasUnread = this.#unreadDocuments.delete(uri);
    return this.#documents.delete(uri) || wasUnread;
  }
}
