import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Text } from '../knowledge/text';
import type { RuledFinding } from './diagnostics';
import { effectiveSeverity, type Rule } from './diagnostics/rule';
import { type DocumentSizeContext, docTooLarge, tooLargeMessage } from './diagnostics/rules/docTooLarge';
import { docTooManyFindings } from './diagnostics/rules/docTooManyFindings';
import type { BondingSettings } from './settings';

/**
 * The single finding that replaces analysis of a document above the size limit, or undefined. Set to `off` it keeps its
 * default level: with nothing shown, a document that was not analysed would look like one without problems.
 */
export function tooLarge(doc: TextDocument, settings: BondingSettings): RuledFinding | undefined {
  return sizeFinding({ size: doc.getText().length, inBytes: false, limit: settings.maxFileSize }, settings);
}

/** The same for a file whose size in bytes alone puts it above the limit, so that it need not be read. */
export function fileTooLarge(bytes: number, settings: BondingSettings): RuledFinding | undefined {
  return sizeFinding({ size: bytes, inBytes: true, limit: settings.maxFileSize }, settings);
}

function sizeFinding(ctx: DocumentSizeContext, settings: BondingSettings): RuledFinding | undefined {
  const level = effectiveSeverity(docTooLarge, settings);
  const severity = level === 'off' ? docTooLarge.severity : level;
  let found: RuledFinding | undefined;
  docTooLarge.check(ctx, (finding) => {
    found = { rule: docTooLarge as Rule<unknown>, severity, finding };
  });
  return found;
}

/**
 * Why a text is not annotated or inspected, when it is above the size limit: the work is a multiple of analysing it
 * (a comment decoded for every line, a JSON node for every field), and the limit is what keeps that bounded.
 */
export function sizeRefusal(length: number, settings: BondingSettings, inBytes = false): Text | undefined {
  return tooLargeMessage({ size: length, inBytes, limit: settings.maxFileSize });
}

/** Findings reported for one document at most; the rest are counted in one `doc.too-many-findings`. */
export const MAX_FINDINGS = 1000;

export function capFindings(findings: RuledFinding[], settings: BondingSettings): RuledFinding[] {
  if (findings.length <= MAX_FINDINGS) return findings;
  const kept = findings.slice(0, MAX_FINDINGS);
  const severity = effectiveSeverity(docTooManyFindings, settings);
  if (severity !== 'off') {
    docTooManyFindings.check({ total: findings.length, limit: MAX_FINDINGS }, (finding) => kept.unshift({ rule: docTooManyFindings as Rule<unknown>, severity, finding }));
  }
  return kept;
}
