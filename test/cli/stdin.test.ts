import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bondlint } from './helpers';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

describe('standard input', () => {
  it('`cat dump | bondlint annotate -` equals annotating the file', () => {
    const piped = bondlint(['annotate', '--no-config', '-'], { input: SEED });
    assert.equal(piped.status, 0);
    assert.equal(piped.stdout, bondlint(['annotate', '--no-config', 'fixtures/proc/seed-802.3ad.txt']).stdout);
  });

  it('`bondlint -` reports the findings as <stdin>, or under --stdin-filename', () => {
    const run = bondlint(['--no-config', '-'], { input: SEED });
    assert.match(run.stdout, /^<stdin>:52:13 +warning +p1 is not up/m);
    const named = bondlint(['--no-config', '--stdin-filename', 'sos/proc/net/bonding/bond0', '-'], { input: SEED });
    assert.match(named.stdout, /^sos\/proc\/net\/bonding\/bond0:52:13 /m);
  });

  it('the format of stdin comes from its content, or from --stdin-filename', () => {
    const ticket = `Customer says:\n\n${SEED}\nThanks.\n`;
    assert.match(bondlint(['--no-config', '-'], { input: ticket }).stdout, /^<stdin>:54:13 +warning/m);
    assert.match(bondlint(['--no-config', '--stdin-filename', 'ticket.md', '-'], { input: ticket }).stdout, /^ticket\.md:54:13 +warning/m);
  });

  it('inspect - reads the same model as inspect FILE', () => {
    const piped = bondlint(['inspect', '-'], { input: SEED });
    assert.equal(piped.status, 0);
    assert.equal(piped.stdout, bondlint(['inspect', 'fixtures/proc/seed-802.3ad.txt']).stdout);
  });

  it('stdin and files together', () => {
    const run = bondlint(['--no-config', 'fixtures/proc/mode1-active-down.txt', '-'], { input: SEED });
    assert.match(run.stdout, /^2 files checked: /m);
    assert.equal(run.status, 1);
  });

  it('empty input is a file without findings, or no dump for annotate', () => {
    assert.equal(bondlint(['--no-config', '-']).stdout, '1 file checked: no findings.\n');
    const run = bondlint(['annotate', '-']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'bondlint: <stdin>: no /proc/net/bonding dump found\n');
  });
});
