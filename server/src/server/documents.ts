import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver-protocol';

/**
 * The documents the client has open, kept in sync from `didOpen`, `didChange` (whole text or ranges, as
 * `TextDocument.update` applies them) and `didClose`. Changes and closes of documents that are not open are ignored.
 */
export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  open({ textDocument: d }: DidOpenTextDocumentParams): TextDocument {
    const document = TextDocument.create(d.uri, d.languageId, d.version, d.text);
    this.documents.set(d.uri, document);
    return document;
  }

  /** The document after the changes, or undefined when it is not open or nothing changed. */
  change({ textDocument: { uri, version }, contentChanges }: DidChangeTextDocumentParams): TextDocument | undefined {
    if (contentChanges.length === 0) return undefined;
    // Diagnostics carry the version they were computed for; a change without one cannot be told apart.
    if (typeof version !== 'number') throw new Error(`didChange for ${uri} without a version`);
    const document = this.documents.get(uri);
    return document && TextDocument.update(document, contentChanges, version);
  }

  /** The document that was closed, or undefined when it was not open. */
  close({ textDocument: { uri } }: DidCloseTextDocumentParams): TextDocument | undefined {
    const document = this.documents.get(uri);
    this.documents.delete(uri);
    return document;
  }
}
