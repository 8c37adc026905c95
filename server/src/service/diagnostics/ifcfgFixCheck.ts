import type { TextDocument } from '../../textDocument';
import { parseIfcfg } from '../../syntax/ifcfg';
import type { RuledFinding } from './index';
import type { Fix } from './rule';

/** Lines that NetworkManager or bash would not read as written: an assignment with a problem, or no assignment. */
function linesWithProblems(text: string): number {
  let n = 0;
  for (const node of parseIfcfg(text).nodes) if (node.kind === 'invalid' || (node.kind === 'assignment' && node.problems.length > 0)) n++;
  return n;
}

/**
 * Characters read again to check the fixes of one document. A line is read once as it is and once per fix on it,
 * so a `BONDING_OPTS` of thousands of repeated options would cost thousands of readings of a long line; past this
 * many characters, the remaining fixes are not offered rather than offered unchecked.
 */
export const FIX_CHECK_BUDGET = 4_000_000;

/**
 * Whether applying a fix leaves the lines it touches with no more syntax problems than they had. Rules compute edits
 * from token ranges, and a token can span quoting (`BONDING_OPTS="miimon=0"x` sets miimon to `0x`): replacing its
 * range would drop a quote. Rather than trust every rule with every shape, the result is read again. ifcfg lines are
 * read one by one (they end at `\n` only), so only the lines an edit touches are parsed, whatever the file's size.
 */
export function fixChecker(doc: TextDocument): (fix: Fix) => boolean {
  const text = doc.getText();
  const before = new Map<string, number>();
  let budget = FIX_CHECK_BUDGET;
  return (fix) => {
    for (const edit of fix.edits) {
      const start = doc.offsetAt(edit.range.start);
      const end = doc.offsetAt(edit.range.end);
      const from = text.lastIndexOf('\n', start - 1) + 1;
      const newline = text.indexOf('\n', end);
      const to = newline < 0 ? text.length : newline;
      const key = `${from}:${to}`;
      budget -= to - from + edit.newText.length + (before.has(key) ? 0 : to - from);
      if (budget < 0) return false;
      let problems = before.get(key);
      if (problems === undefined) before.set(key, (problems = linesWithProblems(text.slice(from, to))));
      if (linesWithProblems(text.slice(from, start) + edit.newText + text.slice(end, to)) > problems) return false;
    }
    return true;
  };
}

/** Drops the fixes of `findings[0, count)` that fail the check; findings past `count` are not reported anyway. */
export function keepCheckedFixes(doc: TextDocument, findings: RuledFinding[], count: number): void {
  const keeps = fixChecker(doc);
  for (let i = 0; i < Math.min(count, findings.length); i++) {
    const { finding } = findings[i]!;
    const fixes = finding.fixes?.filter(keeps);
    if (fixes && fixes.length !== finding.fixes!.length) findings[i] = { ...findings[i]!, finding: { ...finding, fixes } };
  }
}
