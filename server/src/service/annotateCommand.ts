import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import { parseProcBonding } from '../syntax/procBonding';
import { tr } from '../knowledge/text';
import { annotate } from './annotate';
import { sizeRefusal } from './limits';
import type { LanguageService } from './languageService';

/** Whole lines `[start, end)`. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** Why an annotation was not applied: the editor refused the edit, made for a version the document has left. */
export function annotationNotApplied(service: LanguageService): string {
  return tr(
    { en: 'The editor did not apply the annotation: the document changed while it was made, or cannot be edited.', zh: '编辑器未应用注释：生成期间文档已更改，或文档不可编辑。' },
    service.lang,
  );
}

/** Why the document is not annotated, in the user's language, when it is above the size limit. */
export function annotateRefusal(doc: TextDocument, service: LanguageService): string | undefined {
  const refusal = sizeRefusal(doc.getText().length, service.settings);
  return refusal && tr(refusal, service.lang);
}

/** Whole lines `[start, end)` of the selection, or from the first to the last dump line of the document. */
export function linesToAnnotate(doc: TextDocument, range: Range | undefined): LineRange | undefined {
  if (range) {
    const end = range.end.character === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
    return { start: range.start.line, end };
  }
  const { bonds } = parseProcBonding(doc.getText());
  return bonds.length === 0 ? undefined : { start: bonds[0]!.firstLine, end: bonds[bonds.length - 1]!.lastLine + 1 };
}

const textOf = (doc: TextDocument, lines: LineRange) => doc.getText({ start: { line: lines.start, character: 0 }, end: { line: lines.end, character: 0 } });

/** The edits that turn the lines into their annotated form, one per changed line (the rest of the text stays). */
export function annotationEdits(doc: TextDocument, lines: LineRange, service: LanguageService): TextEdit[] | undefined {
  const text = textOf(doc, lines);
  const syntax = parseProcBonding(text);
  if (syntax.bonds.length === 0) return undefined;
  const before = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const after = annotate(text, { lang: service.lang, syntax }).replace(/\n$/, '').split('\n');
  if (after.length !== before.length) {
    const end = { line: lines.start + before.length - 1, character: before[before.length - 1]!.length };
    return [{ range: { start: { line: lines.start, character: 0 }, end }, newText: after.join('\n') }];
  }
  return before.flatMap((line, i) =>
    line === after[i] ? [] : [{ range: { start: { line: lines.start + i, character: 0 }, end: { line: lines.start + i, character: line.length } }, newText: after[i]! }],
  );
}

/** The annotated dump of the lines and its findings as Markdown, or undefined when they hold no dump. */
export function annotatedMarkdown(doc: TextDocument, lines: LineRange, service: LanguageService): string | undefined {
  // Findings of the extracted text, so their line numbers are those of the block that is copied.
  const text = textOf(doc, lines);
  const syntax = parseProcBonding(text);
  if (syntax.bonds.length === 0) return undefined;
  const part = TextDocument.create(`${doc.uri}#annotate`, doc.languageId, doc.version, text);
  const findings = service.findings(part);
  service.forget(part.uri);
  return annotate(text, { lang: service.lang, markdown: true, findings, syntax });
}
