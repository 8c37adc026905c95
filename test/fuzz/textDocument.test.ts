import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument as Library } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from '../../server/src/textDocument';
import { params } from './arbitraries';

/**
 * textDocument.ts against vscode-languageserver-textdocument, the library whose documents it replaces: the same text,
 * lines, offsets and positions after any changes, however ordered, with positions out of range, ranges reversed, and
 * line breaks of every kind cut and joined by the edits (positions are integers, as LSP has them). The library is
 * given each change on a document made afresh: its own table of line starts, kept up to date change by change, goes
 * wrong for a range past the last line (13 lines for `\r\n\r\n` inserted at line 10 of an empty text).
 */

/** The library's document after the changes, each applied in turn to the text the one before left. */
function reference(initial: string, changes: readonly object[], version: number): Library {
  let text = initial;
  for (const change of changes) {
    const doc = Library.create('file:///t', 'plaintext', version, text);
    Library.update(doc, [change as never], version);
    text = doc.getText();
  }
  return Library.create('file:///t', 'plaintext', version, text);
}

const piece = fc.constantFrom('a', 'bc', '\r', '\n', '\r\n', 'é', '😀', '', ' ');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 14 }) });
const range = fc.record({ start: position, end: position });
/** A change anywhere, as a client that sends changes one by one may. */
const anyChange = fc.oneof({ weight: 6, arbitrary: fc.record({ range, text }) }, { weight: 1, arbitrary: fc.record({ text }) });
/** The changes of one edit as VS Code sends them: ranges in the text before the edit, each after the next. */
const oneEdit = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 4 }), text), { maxLength: 8 });

function vsCodeChanges(doc: TextDocument, cuts: readonly [number, number, string][]): { range: Range; text: string }[] {
  const length = doc.getText().length;
  let at = 0;
  const ascending = cuts.map(([gap, width, inserted]) => {
    const start = Math.min(length, at + gap);
    at = Math.min(length, start + width);
    return { range: { start: doc.positionAt(start), end: doc.positionAt(at) }, text: inserted };
  });
  // positions are read from offsets, so a cut between `\r` and `\n` moves before the `\r`: ranges may touch or overlap
  return ascending.reverse();
}

function same(ours: TextDocument, theirs: Library, probes: readonly Position[]): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  for (const p of probes) {
    assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offsetAt ${JSON.stringify(p)}`);
    const offset = p.line * 3 + p.character;
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt ${offset}`);
    const r = { start: p, end: { line: p.line + 1, character: p.character - 1 } };
    assert.equal(ours.getText(r), theirs.getText(r), `getText ${JSON.stringify(r)}`);
  }
}

describe('text documents: textDocument.ts as vscode-languageserver-textdocument has them', () => {
  it('the same after changes of every kind, one message after another', () => {
    const message = fc.oneof(fc.array(anyChange, { maxLength: 6 }), oneEdit.map((cuts) => ({ cuts })));
    fc.assert(
      fc.property(text, fc.array(message, { minLength: 1, maxLength: 4 }), fc.array(position, { minLength: 4, maxLength: 8 }), (initial, messages, probes) => {
        const ours = TextDocument.create('file:///t', 'plaintext', 1, initial);
        messages.forEach((m, i) => {
          const changes = Array.isArray(m) ? m : vsCodeChanges(ours, m.cuts);
          const before = ours.getText();
          TextDocument.update(ours, changes, i + 2);
          same(ours, reference(before, changes, i + 2), probes);
        });
      }),
      params(2000),
    );
  });

  it('applyEdits: the same text, or the same refusal of overlapping edits', () => {
    const edit = fc.record({ range, newText: text });
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 6 }), (initial, edits: TextEdit[]) => {
        const outcome = (run: () => string) => {
          try {
            return run();
          } catch (error) {
            return `threw ${(error as Error).message}`;
          }
        };
        const ours = outcome(() => TextDocument.applyEdits(TextDocument.create('file:///t', 'plaintext', 1, initial), edits));
        assert.equal(ours, outcome(() => Library.applyEdits(Library.create('file:///t', 'plaintext', 1, initial), edits)));
      }),
      params(2000),
    );
  });
});
