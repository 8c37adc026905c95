import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from '../../server/src/textDocument';

/** A text of `n` lines and the changes VS Code sends when an edit appends a comment to each: the last line first. */
function annotated(n: number) {
  const lines = Array.from({ length: n }, (_, i) => `    port state: ${i % 256}`);
  const changes = lines.map((l, i) => ({ range: { start: { line: i, character: l.length }, end: { line: i, character: l.length } }, text: '  # ACT AGG' })).reverse();
  return { text: `${lines.join('\n')}\n`, changes };
}

describe('text documents', () => {
  it('applies the changes of one edit, the last first, to the text before it', () => {
    const doc = TextDocument.create('file:///t', 'plaintext', 1, 'a\r\nb\nc');
    const changes = [
      { range: { start: { line: 2, character: 1 }, end: { line: 2, character: 1 } }, text: '!' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'B\nB' },
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' },
    ];
    assert.equal(TextDocument.update(doc, changes, 2), doc, 'the same document, changed in place');
    assert.equal(doc.getText(), 'a\r\r\nB\nB\nc!');
    assert.deepEqual([doc.version, doc.lineCount, doc.offsetAt({ line: 4, character: 9 })], [2, 5, 10]);
    // a change of the whole text, then one in order after it
    TextDocument.update(doc, [{ text: 'x\ny' }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'z' }], 3);
    assert.equal(doc.getText(), 'x\nzy');
  });

  it('mends its line starts after a change of more new lines than a call takes arguments', () => {
    const doc = TextDocument.create('file:///t', 'plaintext', 1, 'a\nb\nc');
    assert.equal(doc.lineCount, 3);
    TextDocument.update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: 'x\n'.repeat(200_000) }], 2);
    const fresh = TextDocument.create('file:///t', 'plaintext', 2, doc.getText());
    assert.equal(doc.lineCount, 200_003);
    for (const offset of [0, 3, 400_001, 400_004, 400_005]) assert.deepEqual(doc.positionAt(offset), fresh.positionAt(offset));
    assert.equal(doc.offsetAt({ line: 200_002, character: 1 }), 400_004);
  });

  it('refuses what the library refuses: a change that is neither kind, a document it did not make', () => {
    const doc = TextDocument.create('file:///t', 'plaintext', 1, 'a');
    assert.throws(() => TextDocument.update(doc, [{ text: 1 } as never], 2), /Unknown change event received/);
    assert.throws(() => TextDocument.update({ ...doc }, [], 2), /must be created by TextDocument.create/);
  });

  it('takes time in proportion to the changes of an edit, not to their square', (t) => {
    const time = (n: number) => {
      const { text, changes } = annotated(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const doc = TextDocument.create('file:///t', 'plaintext', 1, text);
        const start = performance.now();
        TextDocument.update(doc, changes, 2);
        doc.offsetAt({ line: n - 1, character: 0 });
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(2000);
    // Measured again, alternately, while above the limit: a busy moment on a shared machine can hit one size only.
    let small = 0;
    let large = 0;
    for (let attempt = 0; attempt === 0 || (attempt < 3 && large / small >= 30); attempt++) {
      small = time(10_000);
      large = time(100_000);
      t.diagnostic(`10 000 changes: ${small.toFixed(1)} ms; 100 000: ${large.toFixed(1)} ms`);
    }
    // linear is about 10 times as long; the library took some 2000 times (its table of line starts spliced per change)
    assert.ok(large / small < 30, `${(large / small).toFixed(1)} times as long`);
    const { text, changes } = annotated(3);
    const doc = TextDocument.create('file:///t', 'plaintext', 1, text);
    TextDocument.update(doc, changes, 2);
    assert.equal(doc.getText(), '    port state: 0  # ACT AGG\n    port state: 1  # ACT AGG\n    port state: 2  # ACT AGG\n');
  });
});
