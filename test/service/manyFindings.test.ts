import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { ifcfgContext } from '../../server/src/service/diagnostics/ifcfgContext';
import { FIX_CHECK_BUDGET } from '../../server/src/service/diagnostics/ifcfgFixCheck';
import type { Finding } from '../../server/src/service/diagnostics/rule';
import { unknownKey } from '../../server/src/service/diagnostics/rules/ifcfg/unknownKey';
import { MAX_FINDINGS, MAX_MESSAGE } from '../../server/src/service/limits';
import { ifcfgModel } from '../../server/src/model/ifcfgModel';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { parseIfcfg } from '../../server/src/syntax/ifcfg';
import { InMemoryWorkspace } from '../../server/src/workspace';
import { service } from './helpers';

// Files whose findings number in the thousands: what each finding costs must not grow with the findings before it.

const URI = 'file:///etc/sysconfig/network-scripts/ifcfg-bond0';

describe('thousands of findings in one ifcfg file', () => {
  it('fixes on one long BONDING_OPTS line are checked up to the budget; past it they are not offered', () => {
    const repeats = 3000;
    const text = `DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 ${'miimon=100 '.repeat(repeats)}"\n`;
    const doc = TextDocument.create(URI, 'ifcfg', 1, text);
    const duplicates = service().doValidation(doc).filter((d) => d.code === 'opts.duplicate-option');
    assert.ok(duplicates.length > MAX_FINDINGS - 10, `${duplicates.length} reported`);
    const fixesOf = (d: (typeof duplicates)[number]) => ((d.data as { fixes?: { edits: TextEdit[] }[] } | undefined)?.fixes ?? []);
    const fixed = duplicates.filter((d) => fixesOf(d).length > 0);
    // Each check reads the 33 KB line once more: the budget pays for about FIX_CHECK_BUDGET / 33 000 of them.
    const line = text.split('\n')[3]!.length;
    assert.ok(fixed.length >= FIX_CHECK_BUDGET / line / 2 && fixed.length < duplicates.length, `${fixed.length} of ${duplicates.length} with a fix`);
    assert.deepEqual(fixed, duplicates.slice(0, fixed.length), 'the first findings keep their fixes');
    const after = TextDocument.applyEdits(doc, fixesOf(fixed[0]!)[0]!.edits);
    assert.equal(after.length, text.length - 'miimon=100 '.length);
    assert.deepEqual(parseIfcfg(after).assignments.flatMap((a) => a.problems), []);
  });

  it('misspelt keys get suggestions up to the most that can be reported, and each is still reported', () => {
    const count = MAX_FINDINGS + 5;
    const text = `DEVICE=bond0\n${Array.from({ length: count }, (_, i) => `MASTR=bond${i}`).join('\n')}\n`;
    const doc = TextDocument.create(URI, 'ifcfg', 1, text);
    const ctx = ifcfgContext(doc, ifcfgModel(text, URI), { uri: URI, settings: DEFAULT_SETTINGS }, new InMemoryWorkspace());
    const findings: Finding[] = [];
    unknownKey.check(ctx, (f) => findings.push(f));
    assert.equal(findings.length, count);
    assert.deepEqual(
      findings.map((f) => f.message.en.includes('did you mean MASTER?')),
      Array.from({ length: count }, (_, i) => i < MAX_FINDINGS),
    );
    // The findings past the limit are never reported: every unknown key the service reports has its suggestion.
    const reported = service().doValidation(doc);
    assert.equal(reported.length, MAX_FINDINGS + 1);
    const unknown = reported.filter((d) => d.code === 'ifcfg.unknown-key');
    assert.ok(unknown.length > 0 && unknown.every((d) => String(d.message).includes('did you mean MASTER?')));
  });
});

describe('findings about huge values', () => {
  it('a message is at most MAX_MESSAGE characters and a little: the middle of a 200 000-character port name is cut out', () => {
    const seed = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
    const name = `p${'1'.repeat(200_000)}`;
    const doc = TextDocument.create('file:///huge-name', 'bonding-status', 1, seed.replace('Slave Interface: p1', `Slave Interface: ${name}`));
    for (const locale of ['en', 'zh-cn']) {
      const found = service({}, locale).doValidation(doc);
      const messages = found.map((d) => d.message as string);
      const down = messages[found.findIndex((d) => d.code === 'proc.slave-down')]!;
      assert.ok(found.length >= 6 && messages.every((m) => m.length <= MAX_MESSAGE + 3), locale);
      assert.ok(down.startsWith(name.slice(0, MAX_MESSAGE / 2 - 1)) && down.includes(' … '), locale);
    }
    // The message of the seed's own p1 is whole.
    const whole = service().doValidation(TextDocument.create('file:///seed', 'bonding-status', 1, seed)).find((d) => d.code === 'proc.slave-down')!.message as string;
    assert.ok(whole.startsWith('p1 is not up') && !whole.includes(' … '));
  });
});
