import type { InlayHint, Range } from 'vscode-languageserver-types';
import { InlayHintKind } from './lspConstants';
import type { TextDocument } from '../textDocument';
import { tr } from '../knowledge/text';
import type { Analysis } from './documents';
import type { ServiceEnv } from './languageService';
import { explain, portAt } from './procExplain';

/** Fields whose raw number means little without decoding: a short decode follows the value. */
const HINTED = new Set(['actor.portState', 'partner.portState', 'actor.portKey', 'aggregator.actorKey']);

export function inlayHints(_doc: TextDocument, analysis: Analysis, range: Range, env: ServiceEnv): InlayHint[] {
  if (analysis.kind !== 'proc') return [];
  const hints: InlayHint[] = [];
  for (const bond of analysis.bonds) {
    if (bond.syntax.lastLine < range.start.line || bond.syntax.firstLine > range.end.line) continue;
    const { syntax } = bond;
    // Nodes are made for the hinted lines of the range only: a bond of a large paste has thousands of lines.
    for (let n = Math.max(syntax.firstLine, range.start.line); n <= Math.min(syntax.lastLine, range.end.line); n++) {
      const field = syntax.shapeAt(n).field;
      if (!field || !HINTED.has(field.id)) continue;
      const line = syntax.lineAt(n);
      if (!line.value) continue;
      const hint = explain(line, { bond, port: portAt(bond, line.line) })?.hint;
      if (!hint) continue;
      hints.push({ position: { line: line.line, character: line.value.end }, label: tr(hint, env.lang), kind: InlayHintKind.Type, paddingLeft: true });
    }
  }
  return hints;
}
