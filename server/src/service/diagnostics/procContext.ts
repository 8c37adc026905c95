import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from '../../textDocument';
import type { ProcBondModel } from '../../model/procModel';
import type { ProcLine, Span } from '../../syntax/procBonding';
import type { ProcAnalysis } from '../documents';
import type { BondingSettings } from '../settings';
import type { RuleContextBase } from './rule';

export interface ProcRuleContext extends RuleContextBase {
  readonly doc: TextDocument;
  readonly bond: ProcBondModel;
  /** True when the document is a dump, not a ticket or log that contains one. */
  readonly wholeDocument: boolean;
}

export function procContexts(doc: TextDocument, analysis: ProcAnalysis, settings: BondingSettings): ProcRuleContext[] {
  return analysis.bonds.map((bond) => ({ uri: doc.uri, settings, doc, bond, wholeDocument: analysis.syntax.wholeDocument }));
}

export function spanRange(span: Span): Range {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

/** The value of a line when it has one, else the whole line: what a finding about that value underlines. */
export function valueRange(line: ProcLine): Range {
  return spanRange(line.value ?? line.span);
}

export function lineRange(line: ProcLine): Range {
  return spanRange(line.span);
}
