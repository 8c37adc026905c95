import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from '../textDocument';
import { type Lang, t, tr } from '../knowledge/text';
import type { ProcBond } from '../syntax/procBonding';
import { DIRECTIVE } from '../syntax/directive';
import { type DirectiveKind, codesIn, lineText, silencesLine } from './diagnostics/directives';
import { LANGUAGE_IFCFG, LANGUAGE_PROC } from './documents';
import { CodeActionKind } from './lspConstants';

/**
 * "Disable CODE for this line / file" next to a finding's fixes: the edit writes the `# bondlint` comment that
 * directives.ts reads, or adds the code to the one already there. Offered where such a line is a comment to every
 * reader: ifcfg files, dumps, plain text and logs (in Markdown it would be a heading); the file-wide form in ifcfg files
 * only, since a first line before a dump's driver line changes how the editor recognises the file. Answers, for one
 * request on `doc` whose dumps `dumps` answers (asked only for a line the comment might pass over), the actions of
 * each of its diagnostics.
 */
export function disableActions(doc: TextDocument, lang: Lang, dumps: () => readonly ProcBond[]): (diagnostic: Diagnostic) => CodeAction[] {
  const text = doc.getText();
  // The line of the first `disable-file` comment (-1: none), looked for once: a request on a whole file of findings
  // would read every line again for each of them.
  let fileComment: number | undefined;
  return (diagnostic) => {
    const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    // The document rules speak about the directives or the analysis itself; there is no line of theirs to silence.
    if (diagnostic.source !== 'bonding' || !code || code.startsWith('doc.') || !LANGUAGES.includes(doc.languageId)) return [];
    const line = diagnostic.range.start.line;
    // The diagnostic comes back from the client: one that no longer fits the document gets nothing.
    if (!(line >= 0 && line < doc.lineCount)) return [];
    const action = (title: string, edit: TextEdit): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [edit] } } });
    // A comment passes over a line that starts with `#` (a root prompt before a dump on one line), so none silences
    // it; a line of a dump written as comments is the exception.
    const actions = silencesLine(doc, dumps)(line) ? [action(tr(t(`Disable ${code} for this line`, `在此行禁用 ${code}`), lang), lineEdit(doc, text, line, code))] : [];
    if (doc.languageId === LANGUAGE_IFCFG) {
      fileComment ??= firstFileComment(doc, text);
      actions.push(action(tr(t(`Disable ${code} for this file`, `在此文件中禁用 ${code}`), lang), fileEdit(doc, text, code, fileComment)));
    }
    return actions;
  };
}

const LANGUAGES: readonly string[] = [LANGUAGE_IFCFG, LANGUAGE_PROC, 'plaintext', 'log'];

/** Adds `code` to the `disable` comment right above `line`, or writes one there with the line's own indentation and quoting. */
function lineEdit(doc: TextDocument, text: string, line: number, code: string): TextEdit {
  const above = line > 0 ? appendTo(doc, text, line - 1, 'disable', code) : undefined;
  if (above) return above;
  const at = { line, character: 0 };
  const prefix = /^[ \t>]*/.exec(lineText(doc, text, line))![0];
  return { range: { start: at, end: at }, newText: `${prefix}# bondlint disable=${code}${eolOf(doc, text, line)}` };
}

function firstFileComment(doc: TextDocument, text: string): number {
  for (let n = 0; n < doc.lineCount; n++) if (appendTo(doc, text, n, 'disable-file', '')) return n;
  return -1;
}

/** Adds `code` to the first `disable-file` comment (on line `comment`), or writes one at the top of the file. */
function fileEdit(doc: TextDocument, text: string, code: string, comment: number): TextEdit {
  const edit = comment < 0 ? undefined : appendTo(doc, text, comment, 'disable-file', code);
  if (edit) return edit;
  const top = { line: 0, character: 0 };
  return { range: { start: top, end: top }, newText: `# bondlint disable-file=${code}${eolOf(doc, text, 0)}` };
}

/** The edit that adds `code` to line `n`'s directive of `kind`, when line `n` is one. */
function appendTo(doc: TextDocument, text: string, n: number, kind: DirectiveKind, code: string): TextEdit | undefined {
  const m = DIRECTIVE.exec(lineText(doc, text, n));
  if (!m || m[2] !== kind) return undefined;
  const codes = codesIn(m[3]!, n, m[1]!.length);
  const end = { line: n, character: m[1]!.length + m[3]!.length };
  return { range: { start: end, end }, newText: codes.length ? `,${code}` : code };
}

/** The line break the document uses at line `n` (the first one when `n` is the last line). */
function eolOf(doc: TextDocument, text: string, n: number): string {
  return (LINE_BREAK.exec(text.slice(doc.offsetAt({ line: n, character: 0 }))) ?? LINE_BREAK.exec(text))?.[0] ?? '\n';
}

const LINE_BREAK = /\r\n?|\n/;
