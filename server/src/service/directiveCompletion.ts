import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Lang, tr } from '../knowledge/text';
import { ALL_RULES } from './diagnostics/rules/all';
import { CompletionItemKind } from './lspConstants';

/** The list of a `# bondlint disable=` comment up to the cursor: the codes before, and the one being typed. */
const LIST = /^[ \t>]*#[ \t]*bondlint[ \t]+(?:disable|disable-file)=((?:[^ \t,]*,)*)([^ \t,]*)$/;

/**
 * Rule codes after `# bondlint disable=` (and after each comma): those that speak about lines, with their titles. The
 * codes already in the list are left out. Undefined when the cursor is not in such a list.
 */
export function directiveCompletion(doc: TextDocument, position: Position, lang: Lang): CompletionItem[] | undefined {
  // A client may ask past the end of a line: the cursor is where the document puts that position.
  const cursor = doc.positionAt(doc.offsetAt(position));
  const before = doc.getText({ start: { line: cursor.line, character: 0 }, end: cursor });
  const m = LIST.exec(before);
  if (!m) return undefined;
  const listed = new Set(m[1]!.split(','));
  const range = { start: { line: cursor.line, character: cursor.character - m[2]!.length }, end: cursor };
  return ALL_RULES.filter((r) => r.target !== 'document' && !listed.has(r.code)).map((r) => ({
    label: r.code,
    kind: CompletionItemKind.Value,
    detail: tr(r.title, lang),
    textEdit: { range, newText: r.code },
  }));
}
