import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OpenDocuments } from '../../server/src/server/documents';

const uri = 'file:///docs/bond0';
const at = (line: number, character: number) => ({ line, character });
const range = (a: [number, number], b: [number, number]) => ({ start: at(...a), end: at(...b) });

describe('the open-document store', () => {
  it('keeps what didOpen sends', () => {
    const docs = new OpenDocuments();
    const doc = docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 3, text: 'DEVICE=bond0\n' } });
    assert.equal(docs.get(uri), doc);
    assert.deepEqual([doc.uri, doc.languageId, doc.version, doc.getText()], [uri, 'ifcfg', 3, 'DEVICE=bond0\n']);
    assert.deepEqual(docs.all(), [doc]);
  });

  it('applies ranged changes one after the other, each on the text the previous one left', () => {
    const docs = new OpenDocuments();
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'a\nb\nc\n' } });
    const doc = docs.change({
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: range([0, 0], [0, 0]), text: 'first\n' }, // a line before everything: b is now line 2
        { range: range([2, 0], [2, 1]), text: 'B' },
        { range: range([1, 1], [3, 0]), text: '' }, // a line break to the start of c: lines join
        { range: range([9, 0], [9, 0]), text: 'end' }, // past the end: appended
      ],
    });
    assert.equal(doc?.getText(), 'first\nac\nend');
    assert.equal(doc?.version, 2);
  });

  it('replaces the text on a change without a range, and mixes both in one notification', () => {
    const docs = new OpenDocuments();
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'old\n' } });
    const doc = docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ text: 'new\ntext\n' }, { range: range([1, 0], [1, 4]), text: 'TEXT' }] });
    assert.equal(doc?.getText(), 'new\nTEXT\n');
    assert.deepEqual(doc?.positionAt(4), at(1, 0), 'line offsets follow the new text');
  });

  it('counts positions in UTF-16 code units, as the protocol does by default', () => {
    const docs = new OpenDocuments();
    docs.open({ textDocument: { uri, languageId: 'plaintext', version: 1, text: '绑定 😀 bond\n' } });
    // the emoji is two code units: "bond" starts at 6
    const doc = docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: range([0, 6], [0, 10]), text: 'BOND' }] });
    assert.equal(doc?.getText(), '绑定 😀 BOND\n');
  });

  it('ignores changes and closes of documents that are not open, and empty changes', () => {
    const docs = new OpenDocuments();
    assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] }), undefined);
    assert.equal(docs.close({ textDocument: { uri } }), false);
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'x' } });
    assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [] }), undefined);
    assert.equal(docs.get(uri)?.version, 1);
  });

  it('rejects a change without a version, leaving the document as it was', () => {
    const docs = new OpenDocuments();
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'x' } });
    const versionless = { textDocument: { uri, version: null as unknown as number }, contentChanges: [{ text: 'y' }] };
    assert.throws(() => docs.change(versionless), /without a version/);
    assert.equal(docs.get(uri)?.getText(), 'x');
  });

  it('forgets a closed document, and a reopened one starts from its new text', () => {
    const docs = new OpenDocuments();
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'x' } });
    assert.equal(docs.close({ textDocument: { uri } }), true);
    assert.equal(docs.get(uri), undefined);
    assert.deepEqual(docs.all(), []);
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 1, text: 'y' } });
    assert.equal(docs.get(uri)?.getText(), 'y');
  });

  it('a document opened or changed by a message not read is open without its text until it is opened again', () => {
    const docs = new OpenDocuments();
    const unread = { uri, bytes: 200, limit: 100 };
    assert.equal(docs.openUnread(unread, false), false, 'a change to a document that is not open');
    assert.deepEqual(docs.unread(), []);
    assert.equal(docs.openUnread(unread, true), true);
    assert.equal(docs.get(uri), undefined);
    assert.deepEqual(docs.unread(), [{ ...unread, languageId: undefined }]);
    // Ranges of later changes are in a text the server does not have: they are not applied.
    assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [{ range: range([0, 0], [0, 0]), text: 'x' }] }), undefined);
    assert.equal(docs.get(uri), undefined);
    docs.open({ textDocument: { uri, languageId: 'ifcfg', version: 3, text: 'y' } });
    assert.deepEqual(docs.unread(), []);
    // A change too large to read leaves an open document without its text.
    const bigChange = { uri, bytes: 300, limit: 100 };
    assert.equal(docs.openUnread(bigChange, false), true);
    assert.equal(docs.get(uri), undefined);
    assert.deepEqual(docs.all(), []);
    assert.equal(docs.close({ textDocument: { uri } }), true);
    assert.deepEqual(docs.unread(), []);
    assert.equal(docs.close({ textDocument: { uri } }), false);
  });

  it('a change of the whole text restores an unread document of a known language, with the changes after it', () => {
    const docs = new OpenDocuments();
    const whole = (text: string) => ({ text });
    const edit = (text: string) => ({ range: range([0, 0], [0, 0]), text });
    // opened by a message not read that named its language
    assert.equal(docs.openUnread({ uri, bytes: 200, limit: 100, languageId: 'ifcfg' }, true), true);
    assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [edit('x')] }), undefined, 'ranges alone');
    const restored = docs.change({ textDocument: { uri, version: 3 }, contentChanges: [edit('x'), whole('DEVICE=bond0\n'), edit('# ')] });
    assert.deepEqual([restored?.getText(), restored?.languageId, restored?.version], ['# DEVICE=bond0\n', 'ifcfg', 3]);
    assert.equal(docs.get(uri), restored);
    assert.deepEqual(docs.unread(), []);
    // a change not read keeps the language of the document it replaced
    assert.equal(docs.openUnread({ uri, bytes: 300, limit: 100 }, false), true);
    assert.deepEqual(docs.unread(), [{ uri, bytes: 300, limit: 100, languageId: 'ifcfg' }]);
    assert.equal(docs.change({ textDocument: { uri, version: 5 }, contentChanges: [whole('MASTER=bond0\n')] })?.getText(), 'MASTER=bond0\n');
    // an opening whose language was not found stays unread
    assert.equal(docs.openUnread({ uri, bytes: 300, limit: 100 }, true), true);
    assert.equal(docs.change({ textDocument: { uri, version: 2 }, contentChanges: [whole('x')] }), undefined);
    assert.equal(docs.get(uri), undefined);
  });
});
