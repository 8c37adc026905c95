import { TextDocument } from '../textDocument';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import { parseProcBondingSteps } from '../syntax/procBonding';
import { t, tr } from '../knowledge/text';
import type { Steps } from '../steps';
import { type AnnotateOptions, annotateChunks } from './annotate';
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
    t('The editor did not apply the annotation: the document changed while it was made, or cannot be edited.', '编辑器未应用注释：生成期间文档已更改，或文档不可编辑。'),
    service.lang,
  );
}

/** Why the document is not annotated, in the user's language, when it is above the size limit. */
export function annotateRefusal(doc: TextDocument, service: LanguageService): string | undefined {
  const refusal = sizeRefusal(doc.getText().length, service.settings);
  return refusal && tr(refusal, service.lang);
}

// The commands' work comes in steps (steps.ts): the server runs them a slice at a time, answering other requests
// meanwhile, and drops them when the request is cancelled or the document changes under an annotation.

/** Whole lines `[start, end)` of the selection, or from the first to the last dump line of the document. */
export function* linesToAnnotate(doc: TextDocument, range: Range | undefined): Steps<LineRange | undefined> {
  if (range) {
    const end = range.end.character === 0 && range.end.line > range.start.line ? range.end.line : range.end.line + 1;
    return { start: range.start.line, end };
  }
  const { bonds } = yield* parseProcBondingSteps(doc.getText());
  return bonds.length === 0 ? undefined : { start: bonds[0]!.firstLine, end: bonds[bonds.length - 1]!.lastLine + 1 };
}

const textOf = (doc: TextDocument, lines: LineRange) => doc.getText({ start: { line: lines.start, character: 0 }, end: { line: lines.end, character: 0 } });

/** `annotate()`, pausing after each piece of its output. */
function* annotated(text: string, options: AnnotateOptions): Steps<string> {
  let out = '';
  for (const piece of annotateChunks(text, options)) {
    out += piece;
    yield;
  }
  return out;
}

/** The edits that turn the lines into their annotated form, one per changed line, of what changes on it. */
export function* annotationEdits(doc: TextDocument, lines: LineRange, service: LanguageService): Steps<TextEdit[] | undefined> {
  const text = textOf(doc, lines);
  const syntax = yield* parseProcBondingSteps(text);
  if (syntax.bonds.length === 0) return undefined;
  const before = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const after = (yield* annotated(text, { lang: service.lang, syntax })).replace(/\n$/, '').split('\n');
  if (after.length !== before.length) {
    const end = { line: lines.start + before.length - 1, character: before[before.length - 1]!.length };
    return [{ range: { start: { line: lines.start, character: 0 }, end }, newText: after.join('\n') }];
  }
  const edits = before.flatMap((line, i) => {
    const wanted = after[i]!;
    if (line === wanted) return [];
    // Only what changes (most often a comment appended): a cursor inside the line's content stays where it is.
    let kept = 0;
    // (the comments written hold no character beyond U+FFFF: the cut never falls inside a surrogate pair)
    while (kept < line.length && line.charCodeAt(kept) === wanted.charCodeAt(kept)) kept++;
    const at = lines.start + i;
    return [{ range: { start: { line: at, character: kept }, end: { line: at, character: line.length } }, newText: wanted.slice(kept) }];
  });
  if (edits.length <= MANY_LINE_EDITS) return edits;
  // the line breaks inside a run stay as they are, CRLF or not
  const breaks = text.match(/\r?\n/g) ?? [];
  return inRuns(edits, (line) => after[line - lines.start]!, (line) => breaks[line - lines.start] ?? '\n');
}

/**
 * Above this many line edits, an annotation is sent as one edit per run of annotated lines. VS Code takes about
 * 75 µs to apply each edit of a workspace edit: a paste of 3500 dumps, one after another, was annotated on screen in
 * 29 s as 231 000 line edits and in 12 s as one run. Below it, a cursor inside a line's content stays where it is.
 */
export const MANY_LINE_EDITS = 1000;

/**
 * The line edits (one line each, in order) joined into one per run of changed lines, a run going on across up to
 * two unchanged lines (the blank lines between a dump's sections); `wanted` gives a line's new text, `breakAfter`
 * the line break that ends it.
 */
function inRuns(edits: readonly TextEdit[], wanted: (line: number) => string, breakAfter: (line: number) => string): TextEdit[] {
  const runs: TextEdit[] = [];
  let run: { start: TextEdit['range']['start']; end: TextEdit['range']['end']; text: string } | undefined;
  for (const edit of edits) {
    const { start, end } = edit.range;
    if (run && start.line - run.end.line <= 3) {
      for (let line = run.end.line; line < start.line; line++) run.text += breakAfter(line) + (line + 1 < start.line ? wanted(line + 1) : '');
      run.text += wanted(start.line).slice(0, start.character) + edit.newText;
      run.end = end;
      continue;
    }
    if (run) runs.push({ range: { start: run.start, end: run.end }, newText: run.text });
    run = { start, end, text: edit.newText };
  }
  if (run) runs.push({ range: { start: run.start, end: run.end }, newText: run.text });
  return runs;
}

/** The annotated dump of the lines and its findings as Markdown, or undefined when they hold no dump. */
export function* annotatedMarkdown(doc: TextDocument, lines: LineRange, service: LanguageService): Steps<string | undefined> {
  // Findings of the extracted text, so their line numbers are those of the block that is copied.
  const text = textOf(doc, lines);
  const syntax = yield* parseProcBondingSteps(text);
  if (syntax.bonds.length === 0) return undefined;
  const part = TextDocument.create(`${doc.uri}#annotate`, doc.languageId, doc.version, text);
  try {
    const findings = yield* service.findingsSteps(part);
    return yield* annotated(text, { lang: service.lang, markdown: true, findings, syntax });
  } finally {
    // also when the steps are dropped: a generator's `finally` runs when it is returned early
    service.forget(part.uri);
  }
}
