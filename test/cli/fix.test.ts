import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { tr } from '../../server/src/knowledge/text';
import { applyEdits, applySafeFixes, safeFixOf } from '../../server/src/service/applyEdits';
import type { RuledFinding } from '../../server/src/service/diagnostics';
import type { Fix, Rule } from '../../server/src/service/diagnostics/rule';
import { languageIdFor } from '../../server/src/service/documents';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';
import { bondlint, copyFixture } from './helpers';

const edit = (line: number, start: number, end: number, newText: string): TextEdit => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });
const RULE = { code: 'test.rule', severity: 'warning' } as unknown as Rule<unknown>;
const finding = (fixes: Fix[], line = 0): RuledFinding => ({ rule: RULE, severity: 'warning', finding: { range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: { en: 'm', zh: 'm' }, fixes } });
const fix = (edits: TextEdit[], safe = true, preferred = false): Fix => ({ title: { en: 'f', zh: 'f' }, edits, safe, preferred });

describe('applyEdits', () => {
  it('applies edits against the original positions, in any order', () => {
    assert.equal(applyEdits('miimon = 100\tupdelay=200', [edit(0, 12, 13, ' '), edit(0, 0, 12, 'miimon=100')]), 'miimon=100 updelay=200');
    assert.equal(applyEdits('a\nb\nc', [edit(2, 0, 1, 'C'), edit(0, 0, 0, '>')]), '>a\nb\nC');
    assert.equal(applyEdits('same', []), 'same');
  });

  it('keeps the order of insertions at one position and refuses overlapping edits', () => {
    assert.equal(applyEdits('x', [edit(0, 0, 0, '1'), edit(0, 0, 0, '2')]), '12x');
    assert.throws(() => applyEdits('abcdef', [edit(0, 0, 3, ''), edit(0, 2, 4, '')]), /Overlapping/);
  });
});

describe('safe fixes', () => {
  it('takes the preferred safe fix of each finding, never an unsafe one', () => {
    const f = finding([fix([edit(0, 0, 1, 'unsafe')], false, true), fix([edit(0, 0, 1, 'first')]), fix([edit(0, 0, 1, 'preferred')], true, true)]);
    assert.equal(safeFixOf(f)?.edits[0]?.newText, 'preferred');
    assert.equal(safeFixOf(finding([fix([edit(0, 0, 1, 'x')], false)])), undefined);
    assert.equal(applySafeFixes('abc', [finding([fix([edit(0, 0, 1, 'x')], false)])]).text, 'abc');
  });

  it('applies fixes that do not overlap together and leaves overlapping ones for the next pass', () => {
    const result = applySafeFixes('one two three', [
      finding([fix([edit(0, 0, 3, '1')])]),
      finding([fix([edit(0, 2, 7, 'X')])]),
      finding([fix([edit(0, 8, 13, '3')])]),
      finding([fix([edit(0, 13, 13, '!')])]),
      finding([fix([edit(0, 13, 13, '?')])]),
    ]);
    assert.equal(result.text, '1 two 3!');
    assert.equal(result.applied.length, 3);
  });

  it('skips a fix whose own edits overlap, as applyEdits would refuse them; edits in any order or touching are applied', () => {
    const result = applySafeFixes('abcdef\nxyz', [
      finding([fix([edit(0, 0, 3, ''), edit(0, 2, 4, '')])]),
      finding([fix([edit(1, 2, 3, 'Z'), edit(1, 0, 1, 'X'), edit(1, 1, 2, 'Y')])], 1),
      finding([fix([edit(0, 5, 5, '1'), edit(0, 5, 6, 'F')])]),
    ]);
    assert.equal(result.text, 'abcde1F\nXYZ');
    assert.equal(result.applied.length, 2);
    assert.throws(() => applyEdits('abcdef', [edit(0, 0, 3, ''), edit(0, 2, 4, '')]), /Overlapping/);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * What a user gets by applying the editor's quick fixes one after another: validate, take the code action of the
 * first diagnostic that has a safe fix, apply its workspace edit, validate again.
 */
function editorQuickFixes(dir: string): Map<string, string> {
  const paths = filesUnder(dir);
  const workspace = new InMemoryWorkspace();
  const docs = new Map<string, TextDocument>();
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const doc = TextDocument.create(pathToFileURL(path).href, languageIdFor(path, text), 1, text);
    docs.set(path, doc);
    workspace.set({ uri: doc.uri, languageId: doc.languageId, text });
  }
  const service = createLanguageService({ workspace, locale: 'en' });
  service.configure({});
  const out = new Map<string, string>();
  for (const path of paths) {
    let doc = docs.get(path)!;
    for (let step = 0; step < 100; step++) {
      const findings = service.findings(doc);
      const diagnostics = service.doValidation(doc);
      const i = findings.findIndex((f) => safeFixOf(f) !== undefined);
      if (i < 0) break;
      const wanted = tr(safeFixOf(findings[i]!)!.title, 'en');
      const action = service.getCodeActions(doc, diagnostics[i]!.range, { diagnostics: [diagnostics[i]!] }).find((a) => a.title === wanted);
      assert.ok(action?.edit?.changes?.[doc.uri], `quick fix "${wanted}" offered for ${diagnostics[i]!.code}`);
      const text = applyEdits(doc.getText(), action.edit.changes[doc.uri]!);
      doc = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, text);
      workspace.set({ uri: doc.uri, languageId: doc.languageId, text });
    }
    out.set(path, doc.getText());
  }
  return out;
}

describe('bondlint --fix', () => {
  it('writes what applying the editor quick fixes gives, and lists each fix', () => {
    const { dir, cleanup } = copyFixture('fixtures/cli/fix');
    try {
      const expected = editorQuickFixes(dir);
      const before = new Map(filesUnder(dir).map((p) => [p, readFileSync(p, 'utf8')]));
      const run = bondlint(['--no-config', '--fix', '.'], { cwd: dir });
      assert.equal(run.stderr, '');
      for (const [path, text] of expected) assert.equal(readFileSync(path, 'utf8'), text, path);
      const changed = [...before].filter(([p, t]) => expected.get(p) !== t).length;
      const fixedLines = run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}fixed {2}/.test(l));
      assert.equal(fixedLines.length > 0, changed > 0, 'a fix line for every changed file, and none without a change');
    } finally {
      cleanup();
    }
  });

  it('in the machine formats the list of fixes goes to stderr, so stdout stays valid JSON', () => {
    const { dir, cleanup } = copyFixture('fixtures/cli/fix');
    try {
      const run = bondlint(['--no-config', '--fix', '-f', 'json', '.'], { cwd: dir });
      const report = JSON.parse(run.stdout);
      const fixed = report.files.flatMap((f: any) => f.fixed);
      assert.equal(run.stderr.split('\n').filter((l) => / {2}fixed {2}/.test(l)).length, fixed.length);
      for (const f of report.files) for (const x of f.findings) assert.ok(!fixed.some((y: any) => y.code === x.code && y.line === x.line && y.column === x.column && x.fixes.some((z: any) => z.safe)), 'a fixed finding is not reported again');
    } finally {
      cleanup();
    }
  });

  it('never touches a file without --fix, in any format', () => {
    const { dir, cleanup } = copyFixture('fixtures/cli/fix');
    try {
      const before = filesUnder(dir).map((p) => [p, readFileSync(p, 'utf8'), statSync(p).mtimeMs] as const);
      for (const format of ['text', 'json', 'sarif', 'github']) bondlint(['--no-config', '-f', format, '.'], { cwd: dir });
      for (const [path, text, mtime] of before) {
        assert.equal(readFileSync(path, 'utf8'), text, path);
        assert.equal(statSync(path).mtimeMs, mtime, path);
      }
    } finally {
      cleanup();
    }
  });

  it('a second run has nothing left to fix', () => {
    const { dir, cleanup } = copyFixture('fixtures/cli/fix');
    try {
      bondlint(['--no-config', '--fix', '.'], { cwd: dir });
      const after = filesUnder(dir).map((p) => readFileSync(p, 'utf8'));
      const again = bondlint(['--no-config', '--fix', '.'], { cwd: dir });
      assert.doesNotMatch(again.stdout, / {2}fixed {2}/);
      assert.deepEqual(filesUnder(dir).map((p) => readFileSync(p, 'utf8')), after);
    } finally {
      cleanup();
    }
  });
});
