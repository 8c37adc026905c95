import type { Position, Range, TextDocumentContentChangeEvent, TextEdit } from 'vscode-languageserver-textdocument';

/**
 * Text documents as vscode-languageserver-textdocument makes them (the same positions, clamping and line breaks:
 * `\r\n`, `\n` and `\r`), with the part of its API the project uses. Its `update` splices its table of line starts
 * for every change: the changes of one edit come together (VS Code sends the 231 000 line edits of an annotated 6 MB
 * paste in one `didChange`, a "Replace All" one change per match), and it took minutes over them. Here the changes
 * that each lie wholly before the one before them, which is how VS Code orders an edit's changes, are applied in one
 * pass over the text.
 */
export interface TextDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly lineCount: number;
  getText(range?: Range): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

const isBreak = (c: number) => c === 13 || c === 10;

/** Where each line starts: at 0, and after each `\r\n`, `\n` or `\r`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBreak(c)) continue;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  return starts;
}

function wellFormed({ start, end }: Range): Range {
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : { start, end };
}

/** A change as it comes in a message, which may be malformed. */
type Change = { readonly range?: Range; readonly rangeLength?: unknown; readonly text?: unknown } | null | undefined;

const isIncremental = (c: Change): c is { range: Range; text: string } =>
  typeof c?.text === 'string' && c.range !== undefined && (c.rangeLength === undefined || typeof c.rangeLength === 'number');

class SyncedDocument implements TextDocument {
  #version: number;
  #text: string;
  #starts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
  ) {
    this.#version = version;
    this.#text = text;
  }

  get version(): number {
    return this.#version;
  }

  get lineCount(): number {
    return this.#lines().length;
  }

  getText(range?: Range): string {
    return range ? this.#text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.#text;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.#text.length), 0);
    const line = this.#lineOf(offset);
    const start = this.#lines()[line]!;
    return { line, character: this.#beforeBreak(offset, start) - start };
  }

  offsetAt({ line, character }: Position): number {
    const starts = this.#lines();
    if (line >= starts.length) return this.#text.length;
    if (line < 0) return 0;
    const start = starts[line]!;
    if (character <= 0) return start;
    const next = line + 1 < starts.length ? starts[line + 1]! : this.#text.length;
    return this.#beforeBreak(Math.min(start + character, next), start);
  }

  update(changes: readonly Change[], version: number): void {
    for (let i = 0; i < changes.length; ) i = this.#applyFrom(changes, i);
    this.#version = version;
  }

  /**
   * Applies the change at `from` and the ones after it that each end before the one before it starts: their offsets
   * in the text as it stands are those each has when its turn comes. Answers the index of the first change left.
   */
  #applyFrom(changes: readonly Change[], from: number): number {
    const first = changes[from];
    if (!isIncremental(first)) {
      if (typeof first?.text !== 'string' || first.range !== undefined || first.rangeLength !== undefined) throw new Error('Unknown change event received');
      this.#text = first.text as string;
      this.#starts = undefined;
      return from + 1;
    }
    const cuts: number[] = [];
    let next = from;
    for (let before = Infinity; next < changes.length; next++) {
      const change = changes[next];
      if (!isIncremental(change)) break;
      const { start, end } = wellFormed(change.range);
      const at = this.offsetAt(start);
      const to = this.offsetAt(end);
      if (next > from && !(to < before)) break;
      cuts.push(at, to);
      before = at;
    }
    const text = this.#text;
    if (next === from + 1) {
      this.#replace(cuts[0]!, cuts[1]!, first.text);
      return next;
    }
    const pieces: string[] = [];
    let kept = 0;
    for (let c = next - 1, k = cuts.length - 2; k >= 0; c--, k -= 2) {
      pieces.push(text.slice(kept, cuts[k]), (changes[c] as { text: string }).text);
      kept = cuts[k + 1]!;
    }
    pieces.push(text.slice(kept));
    this.#text = pieces.join('');
    this.#starts = undefined;
    return next;
  }

  /**
   * One change, as typing sends them: the line starts are mended rather than found again in the whole text, those
   * within the replaced span going, those of the new text coming, those after it moving.
   */
  #replace(at: number, to: number, inserted: string): void {
    const first = this.#lineOf(at);
    const last = this.#lineOf(to);
    const text = (this.#text = this.#text.slice(0, at) + inserted + this.#text.slice(to));
    const end = at + inserted.length;
    // a `\r` and a `\n` brought together are one line break: found again from the text
    if ((text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10) || (text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10)) {
      this.#starts = undefined;
      return;
    }
    const added = lineStarts(inserted).slice(1).map((start) => start + at);
    let starts = this.#lines();
    // in place, but a call takes a bounded number of arguments
    if (added.length < 10_000) starts.splice(first + 1, last - first, ...added);
    else this.#starts = starts = starts.slice(0, first + 1).concat(added, starts.slice(last + 1));
    const moved = inserted.length - (to - at);
    if (moved !== 0) for (let i = first + 1 + added.length; i < starts.length; i++) starts[i]! += moved;
  }

  /** The line that holds `offset`: the last one that starts at or before it. */
  #lineOf(offset: number): number {
    const starts = this.#lines();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (starts[mid]! > offset) high = mid;
      else low = mid + 1;
    }
    return low - 1;
  }

  #lines(): number[] {
    return (this.#starts ??= lineStarts(this.#text));
  }

  #beforeBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isBreak(this.#text.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

export const TextDocument = {
  create(uri: string, languageId: string, version: number, content: string): TextDocument {
    return new SyncedDocument(uri, languageId, version, content);
  },

  /** Applies the changes in order, as LSP defines them, to a document made by `create`; answers that document. */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (!(document instanceof SyncedDocument)) throw new Error('TextDocument.update: document must be created by TextDocument.create');
    document.update(changes, version);
    return document;
  },

  /** The text with the edits applied: sorted by start (stably), none may start before the previous one ends. */
  applyEdits(document: TextDocument, edits: readonly TextEdit[]): string {
    const text = document.getText();
    const sorted = edits
      .map((e) => ({ newText: e.newText, range: wellFormed(e.range) }))
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const pieces: string[] = [];
    let kept = 0;
    for (const { newText, range } of sorted) {
      const start = document.offsetAt(range.start);
      if (start < kept) throw new Error('Overlapping edit');
      if (start > kept) pieces.push(text.substring(kept, start));
      if (newText.length) pieces.push(newText);
      kept = document.offsetAt(range.end);
    }
    pieces.push(text.substr(kept));
    return pieces.join('');
  },
};
