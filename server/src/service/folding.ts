import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeKind } from './lspConstants';
import type { Analysis } from './documents';

/** One fold per bond, per port, and per 802.3ad / aggregator / LACP details block. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  if (analysis.kind !== 'proc') return [];
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  };
  for (const bond of analysis.syntax.bonds) {
    add(bond.firstLine, bond.lastLine);
    const adEnd = [...bond.ad, ...bond.aggregator, ...(bond.noActiveAggregator ? [bond.noActiveAggregator] : [])].reduce((m, l) => Math.max(m, l.line), -1);
    if (bond.adInfo) add(bond.adInfo.line, adEnd);
    if (bond.aggregatorHeading) add(bond.aggregatorHeading.line, bond.aggregator.reduce((m, l) => Math.max(m, l.line), -1));
    for (const slave of bond.slaves) {
      add(slave.heading.line, slave.lastLine);
      for (const details of [slave.actor, slave.partner]) {
        if (details) add(details.heading.line, details.lines.reduce((m, l) => Math.max(m, l.line), details.heading.line));
      }
    }
  }
  return ranges;
}
