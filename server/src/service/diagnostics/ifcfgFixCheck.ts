import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseIfcfg } from '../../syntax/ifcfg';
import type { Fix } from './rule';

/** Lines that NetworkManager or bash would not read as written: an assignment with a problem, or no assignment. */
function linesWithProblems(text: string): number {
  let n = 0;
  for (const node of parseIfcfg(text).nodes) if (node.kind === 'invalid' || (node.kind === 'assignment' && node.problems.length > 0)) n++;
  return n;
}

/**
 * Whether applying `fix` leaves the lines it touches with no more syntax problems than they had. Rules compute edits
 * from token ranges, and a token can span quoting (`BONDING_OPTS="miimon=0"x` sets miimon to `0x`): replacing its
 * range would drop a quote. Rather than trust every rule with every shape, the result is read again. ifcfg lines are
 * read one by one (they end at `\n` only), so only the lines an edit touches are parsed, whatever the file's size.
 */
export function fixKeepsSyntax(doc: TextDocument, fix: Fix): boolean {
  const text = doc.getText();
  for (const edit of fix.edits) {
    const start = doc.offsetAt(edit.range.start);
    const end = doc.offsetAt(edit.range.end);
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', end);
    const to = newline < 0 ? text.length : newline;
    const before = text.slice(from, to);
    const after = text.slice(from, start) + edit.newText + text.slice(end, to);
    if (linesWithProblems(after) > linesWithProblems(before)) return false;
  }
  return true;
}
