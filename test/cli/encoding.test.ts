import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bondlint, tempDir } from './helpers';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

/** `text` as Windows writes UTF-16 (PowerShell 5.1's `>`, Notepad's "Unicode"): a byte order mark, then the text. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? bytes : bytes.swap16();
}

/** The findings of a `--format json` run, without the paths of the file they were found in. */
function findingsOf(stdout: string): unknown[] {
  const files = (JSON.parse(stdout) as { files: { findings: { related: { path?: string }[] }[] }[] }).files;
  return files.flatMap((f) => f.findings.map((x) => ({ ...x, related: x.related.map(({ path, ...r }) => r) })));
}

describe('files with a byte order mark: UTF-16, and UTF-8', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = tempDir()));
  after(() => cleanup());

  it('a dump is checked as its UTF-8 text is, named, found in a folder or piped', () => {
    const expected = findingsOf(bondlint(['--no-config', '--format', 'json', 'fixtures/proc/seed-802.3ad.txt']).stdout);
    assert.equal(expected.length, 6);
    for (const order of ['le', 'be'] as const) writeFileSync(join(dir, `bond-${order}.txt`), utf16(SEED, order));
    for (const order of ['le', 'be'] as const) {
      const named = bondlint(['--no-config', '--format', 'json', join(dir, `bond-${order}.txt`)]);
      assert.equal(named.status, 0, named.stderr);
      assert.deepEqual(findingsOf(named.stdout), expected, order);
    }
    const walked = bondlint(['--no-config', dir]);
    assert.match(walked.stdout, /^2 files checked: 12 findings/m, 'not skipped as binary files');
    const piped = bondlint(['--no-config', '--format', 'json', '-'], { input: utf16(SEED, 'le') });
    assert.deepEqual(findingsOf(piped.stdout), expected);
    const annotated = bondlint(['annotate', '--no-config', join(dir, 'bond-be.txt')]).stdout;
    assert.match(annotated, /port state: 61 +# ACT AGG SYNC COL DIST/);
    // printed in UTF-8 without the mark, as README says
    assert.ok(annotated.startsWith(SEED.slice(0, SEED.indexOf('\n'))), JSON.stringify(annotated.slice(0, 40)));
  });

  it('--fix writes a fixed file back in the UTF-16 it was read in', () => {
    // a comment that silences nothing: its safe fix removes it
    const lines = SEED.split('\n');
    const text = [...lines.slice(0, 3), '# bondlint disable=proc.slave-down', ...lines.slice(3)].join('\n');
    for (const order of ['le', 'be'] as const) writeFileSync(join(dir, `fix-${order}`), utf16(text, order));
    writeFileSync(join(dir, 'fix-utf8'), text);
    const run = bondlint(['--no-config', '--fix', 'fix-le', 'fix-be', 'fix-utf8'], { cwd: dir });
    assert.equal(run.stdout.split('\n').filter((l) => / {2}fixed {2}Remove proc\.slave-down/.test(l)).length, 3, run.stdout);
    const fixed = readFileSync(join(dir, 'fix-utf8'), 'utf8');
    assert.notEqual(fixed, text);
    for (const order of ['le', 'be'] as const) assert.deepEqual(readFileSync(join(dir, `fix-${order}`)), utf16(fixed, order), order);
  });

  it('a dump above maxFileSize is found in a walk and counted in characters, two bytes each', () => {
    const { dir: small, cleanup: done } = tempDir();
    try {
      writeFileSync(join(small, '.bondlintrc.json'), '{ "maxFileSize": 1000 }');
      writeFileSync(join(small, 'ticket.txt'), utf16(`Ticket 4711\n${SEED}`, 'be'));
      const run = bondlint([small]);
      // the byte order mark is not a character of the text
      assert.match(run.stdout, new RegExp(`ticket\\.txt:1:1 +info +This document has ${SEED.length + 12} characters, more than bonding\\.maxFileSize \\(1000\\)`));
    } finally {
      done();
    }
  });

  it('the byte order mark is not part of the text, as in an editor: line 1 is read as it is written', () => {
    // a comment on line 1 that silences a rule for the whole file, in UTF-8 and UTF-16 with a byte order mark
    const text = `# bondlint disable-file=proc.switch-config\n${SEED}`;
    writeFileSync(join(dir, 'mark-utf8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(dir, 'mark-utf16.txt'), utf16(text, 'le'));
    for (const name of ['mark-utf8.txt', 'mark-utf16.txt']) {
      const codes = findingsOf(bondlint(['--no-config', '--format', 'json', join(dir, name)]).stdout).map((f: any) => f.code);
      assert.deepEqual(codes, ['proc.slave-down', 'proc.aggregator-mismatch', 'proc.churned', 'proc.churned', 'proc.no-lacp-partner'], name);
    }
    // --fix writes the mark back: the comment silences nothing once the rule finds nothing, and goes
    writeFileSync(join(dir, 'mark-fix.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`# bondlint disable-file=proc.slave-down\n${SEED.replace('MII Status: down', 'MII Status: up')}`)]));
    const run = bondlint(['--no-config', '--fix', join(dir, 'mark-fix.txt')]);
    assert.match(run.stdout, /mark-fix\.txt:1:\d+  fixed  Remove proc\.slave-down/, run.stdout);
    const fixed = readFileSync(join(dir, 'mark-fix.txt'));
    assert.deepEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.doesNotMatch(fixed.toString('utf8'), /bondlint disable/);
  });

  it('an ifcfg file keeps a UTF-8 byte order mark in front of its first key, as NetworkManager reads it', () => {
    writeFileSync(join(dir, 'ifcfg-bond1'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('DEVICE=bond1\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n')]));
    const run = bondlint(['--no-config', join(dir, 'ifcfg-bond1')]);
    assert.match(run.stdout, /ifcfg-bond1:1:1 +error +Not a KEY=value assignment/);
  });

  it('an ifcfg file in UTF-16 stays a binary file: NetworkManager and initscripts read its bytes as UTF-8', () => {
    writeFileSync(join(dir, 'ifcfg-bond0'), utf16('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n', 'le'));
    const run = bondlint(['--no-config', join(dir, 'ifcfg-bond0')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ifcfg-bond0: binary file, not checked/);
  });

  it('an odd number of bytes after a byte order mark is not UTF-16', () => {
    writeFileSync(join(dir, 'odd.txt'), Buffer.concat([utf16(SEED, 'le'), Buffer.from([0x41])]));
    assert.match(bondlint(['--no-config', join(dir, 'odd.txt')]).stderr, /odd\.txt: binary file, not checked/);
  });
});
