import { fileURLToPath } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import { displayPath } from '../files';

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
