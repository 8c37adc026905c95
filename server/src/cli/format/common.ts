import { fileURLToPath } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import type { CheckRun, CheckedFile } from '../check';
import { displayPath } from '../files';

/**
 * A format's output, made as the run goes: each file's part is written as soon as the file is checked, so its
 * findings are let go before the next file is read (a folder of 10 000 files with 100 000 findings needs the memory
 * of one file's findings, not of all of them).
 */
export interface Report {
  /** What is written for one checked file. */
  file(file: CheckedFile): string;
  /** What is written once every file is checked. */
  end(run: CheckRun): string;
}

/** 1-based line and column of a range start and end; the end column is the first column after the range. */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Path to show for the URI of a related location (which may be another file). */
export function pathOfUri(uri: string, cwd: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return displayPath(fileURLToPath(uri), cwd);
  } catch {
    return uri;
  }
}

/** Stands for the array a `JsonArray` writes, in the document around it. No path or text holds a NUL character. */
export const ARRAY_HERE = '\u0000';
const HERE_IN_JSON = JSON.stringify(ARRAY_HERE);

/**
 * One array of a JSON document written an element at a time, the whole exactly as `JSON.stringify(document, null, 2)`
 * would print it. The document's text before and after the array comes from the document with `ARRAY_HERE` in the
 * array's place: the one given with the first element for what comes before, the one given at the close for the rest
 * (the two may differ after the array only).
 */
export class JsonArray {
  /** Indentation of the line that opens the array; undefined until the first element is written. */
  #indent: string | undefined;

  /** One element, after the document's text up to the array for the first one, after a comma for the others. */
  element(value: unknown, document: () => unknown): string {
    let head = ',\n';
    if (this.#indent === undefined) {
      const opened = around(document());
      this.#indent = opened.indent;
      head = `${opened.before}[\n`;
    }
    const inner = `${this.#indent}  `;
    return `${head}${inner}${JSON.stringify(value, null, 2).replace(/\n/g, `\n${inner}`)}`;
  }

  /** The end of the array and the rest of the document (the whole document when the array is empty). */
  close(document: unknown): string {
    const closed = around(document);
    return this.#indent === undefined ? `${closed.before}[]${closed.after}\n` : `\n${this.#indent}]${closed.after}\n`;
  }
}

function around(document: unknown): { before: string; after: string; indent: string } {
  const text = JSON.stringify(document, null, 2);
  const at = text.indexOf(HERE_IN_JSON);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart, at))![0];
  return { before: text.slice(0, at), after: text.slice(at + HERE_IN_JSON.length), indent };
}
