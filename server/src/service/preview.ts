import { TextDocument } from '../textDocument';
import type { Workspace } from '../workspace';
import { type RuledFinding, collectFindings } from './diagnostics';
import { analyze } from './documents';
import { directivesOf } from './diagnostics/directives';
import { docUnusedDirective } from './diagnostics/rules/docUnusedDirective';
import { capFindings } from './limits';
import type { BondingSettings } from './settings';

/** Documents at least this long get a preview; a shorter one is checked whole about as fast. */
export const PREVIEW_FROM = 512 * 1024;
/** The most of the text the preview reads. */
export const PREVIEW_LENGTH = 64 * 1024;

/** Each dump prints this label once, after its driver line if any: the second one is inside the second dump. */
const MODE_LABEL = 'Bonding Mode:';

/**
 * The findings of the dumps at the top of a long paste, found before the rest is read: a pasted sosreport shows
 * its first problems at once while the whole text is checked a slice at a time. Only dumps that another dump
 * follows inside the preview are checked: those end where the parse of the whole text ends them too (the last one
 * may be cut by the preview's end). Undefined when there is nothing to preview.
 */
export function previewFindings(doc: TextDocument, settings: BondingSettings, workspace: Workspace): RuledFinding[] | undefined {
  const text = doc.getText();
  if (text.length < PREVIEW_FROM || text.length > settings.maxFileSize) return undefined;
  // Read up to the line where the second dump has begun, when that is near; else as far as the preview goes.
  const first = text.indexOf(MODE_LABEL);
  const second = first < 0 ? -1 : text.indexOf(MODE_LABEL, first + MODE_LABEL.length);
  const near = second < 0 ? -1 : text.indexOf('\n', second);
  for (const end of near >= 0 && near < PREVIEW_LENGTH ? [near, PREVIEW_LENGTH] : [PREVIEW_LENGTH]) {
    const findings = findingsBefore(doc, text.slice(0, text.lastIndexOf('\n', end) + 1), settings, workspace);
    if (findings) return findings;
  }
  return undefined;
}

/** The findings of the dumps in `part` (the start of the document's text) that another dump follows there. */
function findingsBefore(doc: TextDocument, part: string, settings: BondingSettings, workspace: Workspace): RuledFinding[] | undefined {
  if (part === '') return undefined;
  const partDoc = TextDocument.create(doc.uri, doc.languageId, doc.version, part);
  const analysis = analyze(partDoc);
  if (analysis.kind !== 'proc' || analysis.bonds.length < 2) return undefined;
  // The comments of the whole text, so that one further down that silences a rule in the file applies here too.
  // Whether a comment silences anything is known only once the whole text is checked.
  const findings = collectFindings(partDoc, { ...analysis, bonds: analysis.bonds.slice(0, -1), directives: directivesOf(doc, analysis.syntax.bonds) }, settings, workspace);
  return capFindings(findings.filter((f) => f.rule !== docUnusedDirective), settings);
}
