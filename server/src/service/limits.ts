import type { TextDocument } from '../textDocument';
import { t, type Text } from '../knowledge/text';
import type { RuledFinding } from './diagnostics';
import { effectiveSeverity, type Rule } from './diagnostics/rule';
import { charactersOverLimit, docTooLarge } from './diagnostics/rules/docTooLarge';
import { docTooManyFindings } from './diagnostics/rules/docTooManyFindings';
import type { BondingSettings } from './settings';

/**
 * The single finding that replaces analysis of a document above the size limit, or undefined. Set to `off` it keeps its
 * default level: with nothing shown, a document that was not analysed would look like one without problems.
 */
export function tooLarge(doc: TextDocument, settings: BondingSettings): RuledFinding | undefined {
  return sizeFinding(charactersOverLimit(doc.getText().length, settings.maxFileSize), settings);
}

/** doc.too-large saying `message`, if there is one (a document above the limit, or one not read: see docTooLarge.ts). */
export function sizeFinding(message: Text | undefined, settings: BondingSettings): RuledFinding | undefined {
  if (message === undefined) return undefined;
  const level = effectiveSeverity(docTooLarge, settings);
  const severity = level === 'off' ? docTooLarge.severity : level;
  let found: RuledFinding | undefined;
  docTooLarge.check(message, (finding) => {
    found = { rule: docTooLarge as Rule<unknown>, severity, finding };
  });
  return found;
}

/**
 * Why a text is not annotated or inspected, when it is above the size limit: the work is a multiple of analysing it
 * (a comment decoded for every line, a JSON node for every field), and the limit is what keeps that bounded.
 */
export function sizeRefusal(length: number, settings: BondingSettings): Text | undefined {
  return charactersOverLimit(length, settings.maxFileSize);
}

/** Characters of a message at most: one quotes what the text says, and a value of a megabyte would make one of a megabyte. */
export const MAX_MESSAGE = 1000;

/** A message, its middle cut out where it is longer than MAX_MESSAGE: its start says what is wrong, its end what the kernel does. */
export function clipMessage({ en, zh }: Text): Text {
  const clip = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE / 2)} … ${s.slice(-MAX_MESSAGE / 2)}` : s);
  return t(clip(en), clip(zh));
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
