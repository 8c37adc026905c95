import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from '../workspace';
import { type RuledFinding, collectFindings } from './diagnostics';
import { analyze } from './documents';
import { capFindings } from './limits';
import type { BondingSettings } from './settings';

/** Documents at least this long get a preview; a shorter one is checked whole about as fast. */
export const PREVIEW_FROM = 512 * 1024;
/** How much of the text the preview reads. */
export const PREVIEW_LENGTH = 64 * 1024;

/**
 * The findings of the dumps at the top of a long paste, found before the rest is read: a pasted sosreport shows
 * its first problems at once while the whole text is checked a slice at a time. Only dumps that another dump
 * follows inside the preview are checked: those end where the parse of the whole text ends them too (the last one
 * may be cut by the preview's end). Undefined when there is nothing to preview.
 */
export function previewFindings(doc: TextDocument, settings: BondingSettings, workspace: Workspace): RuledFinding[] | undefined {
  const text = doc.getText();
  if (text.length < PREVIEW_FROM || text.length > settings.maxFileSize) return undefined;
  const end = text.lastIndexOf('\n', PREVIEW_LENGTH);
  if (end < 0) return undefined;
  const part = TextDocument.create(doc.uri, doc.languageId, doc.version, text.slice(0, end + 1));
  const analysis = analyze(part);
  if (analysis.kind !== 'proc' || analysis.bonds.length < 2) return undefined;
  return capFindings(collectFindings(part, { ...analysis, bonds: analysis.bonds.slice(0, -1) }, settings, workspace), settings);
}
