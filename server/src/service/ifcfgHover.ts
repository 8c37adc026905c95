import type { Hover, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuledFinding } from './diagnostics';
import type { IfcfgAnalysis } from './documents';
import type { ServiceEnv } from './languageService';

/** Hover on ifcfg keys, BONDING_OPTS options and their values. */
export function ifcfgHover(
  _doc: TextDocument,
  _analysis: IfcfgAnalysis,
  _position: Position,
  _env: ServiceEnv,
  _findings: () => readonly RuledFinding[],
): Hover | null {
  return null;
}
