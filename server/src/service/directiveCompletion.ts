import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from '../textDocument';
import { type Lang, tr } from '../knowledge/text';
import { DIRECTIVE } from '../syntax/directive';
import { ruleTarget } from './diagnostics/rule';
import { ALL_RULES } from './diagnostics/rules/all';
import { CompletionItemKind } from './lspConstants';

/**
 * Rule codes after `# bondlint disable=` (and after each comma): those that speak about lines, with their titles. The
 * codes already in the list are left out. Undefined when the cursor is not in such a list.
 */
export function directiveCompletion(doc: TextDocument, position: Position, lang: Lang): CompletionItem[] | undefined {
  // A client may ask past the end of a line: the cursor is where the document puts that position.
  const cursor = doc.positionAt(doc.offsetAt(position));
  const before = doc.getText({ start: { line: cursor.line, character: 0 }, end: cursor });
  // In the comment's list: the directive reaches the cursor (no blank, which would start the reason, before it).
  const m = DIRECTIVE.exec(before);
  if (!m || m[0].length !== before.length) return undefined;
  const codes = m[3]!.split(',');
  const typed = codes.pop()!;
  const listed = new Set(codes);
  const range = { start: { line: cursor.line, character: cursor.character - typed.length }, end: cursor };
  return ALL_RULES.filter((r) => ruleTarget(r.code) !== 'document' && !listed.has(r.code)).map((r) => ({
    label: r.code,
    kind: CompletionItemKind.Value,
    detail: tr(r.title, lang),
    textEdit: { range, newText: r.code },
  }));
}
