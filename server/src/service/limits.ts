import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuledFinding } from './diagnostics';
import { effectiveSeverity, type Rule } from './diagnostics/rule';
import { docTooLarge } from './diagnostics/rules/docTooLarge';
import type { BondingSettings } from './settings';

/** The single finding that replaces analysis of a document above the size limit, or undefined. */
export function tooLarge(doc: TextDocument, settings: BondingSettings): RuledFinding | undefined {
  if (doc.getText().length <= settings.maxFileSize) return undefined;
  const severity = effectiveSeverity(docTooLarge, settings);
  let found: RuledFinding | undefined;
  docTooLarge.check({ doc, limit: settings.maxFileSize }, (finding) => {
    found = { rule: docTooLarge as Rule<unknown>, severity: severity === 'off' ? 'info' : severity, finding };
  });
  return found;
}
