import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';

let version = 0;

export function doc(text: string, languageId = 'bonding-status', uri = `file:///test/${++version}`): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

export function fixture(path: string, languageId = 'bonding-status'): TextDocument {
  return doc(readFileSync(`fixtures/${path}`, 'utf8'), languageId, `file:///fixtures/${path}`);
}

/** A document written inline with `|` marking the cursor. */
export function withCursor(text: string, languageId = 'bonding-status'): { doc: TextDocument; position: Position } {
  const offset = text.indexOf('|');
  const d = doc(text.slice(0, offset) + text.slice(offset + 1), languageId);
  return { doc: d, position: d.positionAt(offset) };
}

export function service(settings: Record<string, unknown> = {}, locale = 'en'): LanguageService {
  const s = createLanguageService({ locale });
  s.configure(settings);
  return s;
}

/** `line:code` for every diagnostic, lines 1-based as an editor shows them. */
export function codes(s: LanguageService, d: TextDocument): string[] {
  return s.doValidation(d).map((x) => `${x.range.start.line + 1}:${x.code}`);
}

export function hoverText(s: LanguageService, d: TextDocument, position: Position): string | undefined {
  const h = s.doHover(d, position);
  return h ? (h.contents as { value: string }).value : undefined;
}

/** Position of `needle` on the 1-based `line` of the document. */
export function at(d: TextDocument, line: number, needle: string): Position {
  const text = d.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } });
  const character = text.indexOf(needle);
  if (character < 0) throw new Error(`"${needle}" not on line ${line}: ${text}`);
  return { line: line - 1, character };
}

/** A fixture opened as an editor would open it: Markdown and log files as text around pasted dumps. */
export function fixtureAsOpened(path: string): TextDocument {
  const languageId = path.endsWith('.md') ? 'markdown' : path.endsWith('.log') ? 'log' : 'bonding-status';
  return fixture(path, languageId);
}

/** `line:code message` for every diagnostic, lines 1-based. */
export function messages(s: LanguageService, d: TextDocument): string[] {
  return s.doValidation(d).map((x) => `${x.range.start.line + 1}:${x.code} ${x.message}`);
}

/** The hover at `needle` on the 1-based `line`, or undefined. */
export function hoverAt(s: LanguageService, d: TextDocument, line: number, needle: string): string | undefined {
  return hoverText(s, d, at(d, line, needle));
}

/** Range as `line:start-end` (line 1-based, columns 0-based), compact for assertions. */
export function span(range: { start: Position; end: Position }): string {
  return range.start.line === range.end.line
    ? `${range.start.line + 1}:${range.start.character}-${range.end.character}`
    : `${range.start.line + 1}:${range.start.character}-${range.end.line + 1}:${range.end.character}`;
}
