import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from '../textDocument';
import type { RuledFinding } from './diagnostics';
import type { Fix } from './diagnostics/rule';

/**
 * Applies edits the way an editor applies one workspace edit: every range refers to the original text, edits
 * must not overlap, and insertions at the same position keep their order. Throws on overlapping edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  return TextDocument.applyEdits(TextDocument.create('memory://edits', 'plaintext', 0, text), [...edits]);
}

export interface AppliedFix {
  readonly finding: RuledFinding;
  readonly fix: Fix;
}

/** The safe fix to apply for a finding: its preferred safe fix, else its first safe fix. */
export function safeFixOf(finding: RuledFinding): Fix | undefined {
  const safe = (finding.finding.fixes ?? []).filter((f) => f.safe && f.edits.length > 0);
  return safe.find((f) => f.preferred) ?? safe[0];
}

/**
 * Picks one safe fix per finding, in document order, skipping any fix whose edits overlap an edit already picked
 * (a later pass over the fixed text offers it again if it still applies), and applies them together.
 */
export function applySafeFixes(text: string, findings: readonly RuledFinding[]): { text: string; applied: AppliedFix[] } {
  const doc = TextDocument.create('memory://fixes', 'plaintext', 0, text);
  const taken: { start: number; end: number }[] = [];
  // Two insertions at one position would depend on the order they are applied in, so they conflict too.
  const overlaps = (s: { start: number; end: number }) =>
    taken.some((t) => (s.start < t.end && t.start < s.end) || (s.start === s.end && t.start === t.end && s.start === t.start));
  const applied: AppliedFix[] = [];
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const fix = safeFixOf(finding);
    if (!fix) continue;
    const spans = fix.edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }));
    if (spans.some(overlaps) || overlapEachOther(spans)) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
    applied.push({ finding, fix });
  }
  return { text: applyEdits(text, edits), applied };
}

/**
 * Whether edits of one fix overlap, which `applyEdits` refuses: in the order it applies them (by start, stable), one
 * starts before the one before it ends. Checked on offsets rather than by applying them to the whole text, which took
 * a pass of `--fix` over a file with a thousand fixes a second.
 */
function overlapEachOther(spans: readonly { start: number; end: number }[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.some((span, i) => i > 0 && span.start < sorted[i - 1]!.end);
}
