import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textReport } from '../../server/src/cli/format/text';
import { paint, useColor } from '../../server/src/cli/io';
import type { CheckedFile } from '../../server/src/cli/check';
import { createLanguageService } from '../../server/src/service/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { CLI, bondlint } from './helpers';

/** util-linux `script` runs a command on a pseudo-terminal. */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function onTerminal(env: Record<string, string | undefined>): string {
  const command = `"${process.execPath}" "${CLI}" --no-config fixtures/proc/seed-802.3ad.txt`;
  const merged: Record<string, string | undefined> = { ...process.env, TERM: 'xterm', NO_COLOR: undefined, ...env };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: merged as NodeJS.ProcessEnv }).stdout;
}

describe('colours', () => {
  it('only on a terminal, never with NO_COLOR set, never on a dumb terminal', () => {
    assert.equal(useColor(true, {}), true);
    assert.equal(useColor(false, {}), false);
    assert.equal(useColor(true, { NO_COLOR: '1' }), false);
    assert.equal(useColor(true, { NO_COLOR: '' }), true, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(useColor(true, { TERM: 'dumb' }), false);
  });

  it('the text format colours severity, location and code when asked', () => {
    const service = createLanguageService({ locale: 'en' });
    const text = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
    const doc = TextDocument.create('file:///x/bond0', 'bonding-status', 1, text);
    const file: CheckedFile = { input: { display: 'bond0', abs: '/x/bond0', dir: '/x', uri: doc.uri, languageId: doc.languageId, encoding: 'utf8' }, lang: 'en', findings: service.findings(doc), fixed: [] };
    const formatText = (color: boolean) => textReport(paint(color)).file(file);
    const colored = formatText(true);
    assert.match(colored, /\u001b\[1mbond0:52:13\u001b\[22m +\u001b\[33mwarning\u001b\[39m/);
    assert.match(colored, /\u001b\[2mproc\.slave-down\u001b\[22m/);
    assert.equal(colored.replace(/\u001b\[\d+m/g, ''), formatText(false));
  });

  it('a terminal gets colours unless NO_COLOR is set', { skip: hasScript ? false : 'util-linux script is not installed' }, () => {
    assert.match(onTerminal({}), /\u001b\[33mwarning/);
    assert.doesNotMatch(onTerminal({ NO_COLOR: '1' }), /\u001b\[/);
  });

  it('a pipe gets no escape codes', () => {
    assert.doesNotMatch(bondlint(['--no-config', 'fixtures/proc/seed-802.3ad.txt']).stdout, /\u001b/);
  });
});
