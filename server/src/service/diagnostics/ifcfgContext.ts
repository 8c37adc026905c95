import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IfcfgModel } from '../../model/ifcfgModel';
import type { OffsetRange } from '../../syntax/ifcfg';
import type { Workspace } from '../../workspace';
import type { RuleContextBase } from './rule';

export interface IfcfgRuleContext extends RuleContextBase {
  readonly doc: TextDocument;
  readonly model: IfcfgModel;
  readonly workspace: Workspace;
  range(r: OffsetRange): Range;
  /** An edit replacing the text at `r`. */
  replace(r: OffsetRange, text: string): TextEdit;
  /** An edit deleting the whole line `line` (its line break included). */
  deleteLine(line: number): TextEdit;
  /** An edit inserting `text` as a new line after line `line` (or at the end). */
  insertLineAfter(line: number, text: string): TextEdit;
}

export function ifcfgContext(doc: TextDocument, model: IfcfgModel, base: RuleContextBase, workspace: Workspace): IfcfgRuleContext {
  const range = (r: OffsetRange): Range => ({ start: doc.positionAt(r.start), end: doc.positionAt(r.end) });
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    ...base,
    doc,
    model,
    workspace,
    range,
    replace: (r, text) => ({ range: range(r), newText: text }),
    deleteLine: (line) => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }),
    insertLineAfter(line, text) {
      const offset = doc.offsetAt({ line: line + 1, character: 0 });
      const at = doc.positionAt(offset);
      // A last line without a line break needs one before the new line.
      const atEnd = offset === doc.getText().length && !doc.getText().endsWith('\n');
      return { range: { start: at, end: at }, newText: atEnd ? `${eol}${text}` : `${text}${eol}` };
    },
  };
}
