import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from '../../textDocument';
import type { IfcfgModel } from '../../model/ifcfgModel';
import type { OffsetRange } from '../../syntax/ifcfg';
import type { Workspace } from '../../workspace';
import type { RuleContextBase } from './rule';

/** A node of the ifcfg syntax: its line as NetworkManager reads the file (lines end at `\n` only). */
interface LineNode {
  readonly range: OffsetRange;
}

export interface IfcfgRuleContext extends RuleContextBase {
  readonly doc: TextDocument;
  readonly model: IfcfgModel;
  readonly workspace: Workspace;
  range(r: OffsetRange): Range;
  /** An edit replacing the text at `r`. */
  replace(r: OffsetRange, text: string): TextEdit;
  /** An edit deleting the whole line of `node` (its line break included). */
  deleteLine(node: LineNode): TextEdit;
  /** An edit inserting `text` as a new line after the line of `node`. */
  insertLineAfter(node: LineNode, text: string): TextEdit;
}

export function ifcfgContext(doc: TextDocument, model: IfcfgModel, base: RuleContextBase, workspace: Workspace): IfcfgRuleContext {
  const range = (r: OffsetRange): Range => ({ start: doc.positionAt(r.start), end: doc.positionAt(r.end) });
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  /** The offset just after the line break that ends the node's line, or the end of the text. */
  const lineEnd = (node: LineNode) => {
    const newline = doc.getText().indexOf('\n', node.range.end);
    return newline < 0 ? doc.getText().length : newline + 1;
  };
  return {
    ...base,
    doc,
    model,
    workspace,
    range,
    replace: (r, text) => ({ range: range(r), newText: text }),
    // Lines are found by offset, not by LSP line number: a lone `\r` ends an LSP line but not a line of the file
    // as NetworkManager and initscripts read it.
    deleteLine: (node) => ({ range: range({ start: node.range.start, end: lineEnd(node) }), newText: '' }),
    insertLineAfter(node, text) {
      const offset = lineEnd(node);
      const at = doc.positionAt(offset);
      // A last line without a line break needs one before the new line.
      const atEnd = offset === doc.getText().length && !doc.getText().endsWith('\n');
      return { range: { start: at, end: at }, newText: atEnd ? `${eol}${text}` : `${text}${eol}` };
    },
  };
}
