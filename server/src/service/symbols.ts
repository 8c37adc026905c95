import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { SymbolKind } from './lspConstants';
import type { TextDocument } from '../textDocument';
import type { ProcDetails, ProcLine } from '../syntax/procBonding';
import type { Analysis } from './documents';

function lines(doc: TextDocument, first: number, last: number): Range {
  const text = doc.getText({ start: { line: last, character: 0 }, end: { line: last + 1, character: 0 } });
  return { start: { line: first, character: 0 }, end: { line: last, character: text.replace(/\r?\n$|\r$/, '').length } };
}

function selection(line: ProcLine): Range {
  const span = line.value ?? line.span;
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

function detailsSymbol(doc: TextDocument, name: string, details: ProcDetails): DocumentSymbol {
  const last = details.lines.reduce((m, l) => Math.max(m, l.line), details.heading.line);
  const state = details.lines.find((l) => l.field?.id.endsWith('.portState'));
  return {
    name,
    detail: state ? `port state ${state.valueText}` : undefined,
    kind: SymbolKind.Object,
    range: lines(doc, details.heading.line, last),
    selectionRange: selection(details.heading),
  };
}

/** Outline: each bond, its ports, and each port's actor and partner LACP details. */
export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  if (analysis.kind !== 'proc') return [];
  return analysis.bonds.map((bond) => {
    const syntax = bond.syntax;
    const head = syntax.marker ?? syntax.driver ?? syntax.lines[0]!;
    return {
      name: bond.name ?? 'bond',
      detail: bond.mode?.name ?? bond.value('bond.mode'),
      kind: SymbolKind.Module,
      range: lines(doc, syntax.firstLine, syntax.lastLine),
      selectionRange: selection(head),
      children: bond.ports.map((port) => {
        const slave = port.syntax;
        const children: DocumentSymbol[] = [];
        if (slave.actor) children.push(detailsSymbol(doc, 'actor', slave.actor));
        if (slave.partner) children.push(detailsSymbol(doc, 'partner', slave.partner));
        const mii = port.value('slave.miiStatus');
        return {
          name: port.name || '?',
          detail: mii ? `MII ${mii}` : undefined,
          kind: SymbolKind.Interface,
          range: lines(doc, slave.heading.line, Math.max(slave.heading.line, slave.lastLine)),
          selectionRange: selection(slave.heading),
          children,
        };
      }),
    };
  });
}
