import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseIfcfg, parseIfcfgSteps } from '../../server/src/syntax/ifcfg';
import { analyzeSteps } from '../../server/src/service/documents';
import { collectFindingsSteps } from '../../server/src/service/diagnostics';
import { IFCFG_RULES } from '../../server/src/service/configFiles';
import { parseProcBonding, parseProcBondingSteps } from '../../server/src/syntax/procBonding';
import { SharedSteps, runAll, runSliced } from '../../server/src/steps';
import { doc, service } from './helpers';
import { PREVIEW_FROM, PREVIEW_LENGTH, previewFindings } from '../../server/src/service/preview';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace';

const seed = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
/** A ticket of a few thousand dump lines: many pauses of the sliced run. */
const big = Array.from({ length: 120 }, (_, i) => `[root@host ~]# cat /proc/net/bonding/bond${i}\n${seed}\nsome prose between two dumps\nand more of it\n`).join('');

describe('validation in steps', () => {
  it('parsing in steps gives what parsing at once gives', () => {
    const steps = parseProcBondingSteps(big);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.ok(pauses > 0, 'the parse pauses on a long text');
    const once = parseProcBonding(big);
    assert.equal(r.value.bonds.length, 120);
    assert.deepEqual(
      r.value.bonds.map((b) => [b.name, b.firstLine, b.lastLine, b.lines.length]),
      once.bonds.map((b) => [b.name, b.firstLine, b.lastLine, b.lines.length]),
    );
  });

  it('a sliced validation answers the same diagnostics as doValidation', async () => {
    const d = doc(big, 'plaintext');
    const sliced = await service().validate(d, { isCancellationRequested: false });
    assert.ok(sliced && sliced.length >= 120 * 6);
    assert.deepEqual(sliced, service().doValidation(d));
  });

  it('gives other work its turn while it runs', async () => {
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    // A slice of 0 ms pauses at every step.
    const parsed = await runSliced(parseProcBondingSteps(big), { isCancellationRequested: false }, 0);
    clearInterval(other);
    assert.equal(parsed?.bonds.length, 120);
    assert.ok(turns > 0, 'a timer ran before the parse ended');
  });

  it('stops as soon as its token is cancelled and answers undefined, running the steps\' finally blocks', async () => {
    const token = { isCancellationRequested: false };
    let steps = 0;
    let closed = false;
    function* counted() {
      try {
        for (;;) {
          steps++;
          if (steps === 3) token.isCancellationRequested = true;
          yield;
        }
      } finally {
        closed = true;
      }
    }
    assert.equal(await runSliced(counted(), token, 0), undefined);
    assert.equal(steps, 3);
    assert.ok(closed, 'what the steps hold is let go (annotateCommand.ts forgets its copy of the text there)');
    assert.equal(await service().validate(doc(big, 'plaintext'), { isCancellationRequested: true }), undefined);
  });

  it('a cancelled validation leaves nothing half-done behind', async () => {
    const s = service();
    const d = doc(big, 'plaintext');
    // Cancelled after its first step, wherever the clock stands: set after the call, a check quicker than one slice
    // (10 ms) had already finished on a fast run.
    let asked = 0;
    const token = { get isCancellationRequested() { return ++asked > 1; } };
    const pending = s.validate(d, token);
    assert.equal(await pending, undefined);
    assert.equal(asked, 2);
    assert.deepEqual(s.doValidation(d), service().doValidation(d));
  });

  it('work shared by a sliced run and a caller that needs it at once is done once', async () => {
    let started = 0;
    let steps = 0;
    function* work() {
      started++;
      for (let i = 0; i < 5; i++) {
        steps++;
        yield;
      }
      return 'done';
    }
    const shared = new SharedSteps(work());
    const sliced = runSliced(shared.steps(), { isCancellationRequested: false }, 0);
    // The sliced run has paused after its first step; this caller finishes the work.
    assert.equal(runAll(shared.steps()), 'done');
    assert.equal(await sliced, 'done');
    assert.deepEqual([started, steps], [1, 5]);
  });

  it('a hover while the validation of the same version is paused finishes it; the validation then publishes the same', async () => {
    const s = service();
    const d = doc(big, 'plaintext');
    const pending = s.validate(d, { isCancellationRequested: false });
    assert.ok(s.doHover(d, { line: 42, character: 10 }), 'hover answered at once');
    assert.deepEqual(await pending, service().doValidation(d));
  });

  it('the preview of a long paste: the findings of the complete dumps at its top, as the whole check gives them', async () => {
    const prose = 'Customer reports packet loss after the switch maintenance window.\n'.repeat(40);
    const text = Array.from({ length: 150 }, (_, i) => `${prose}==> /proc/net/bonding/bond${i} <==\n${seed}\n`).join('');
    assert.ok(text.length >= PREVIEW_FROM);
    const d = doc(text, 'plaintext');
    const preview = previewFindings(d, DEFAULT_SETTINGS, new InMemoryWorkspace())!;
    const all = service().findings(d);
    assert.ok(preview.length > 0 && preview.length < all.length);
    assert.deepEqual(
      preview.map((f) => [f.rule.code, f.finding.range]),
      all.slice(0, preview.length).map((f) => [f.rule.code, f.finding.range]),
    );
    // It reads up to the second dump: the findings of the first, every one of them.
    const secondDump = text.slice(0, text.indexOf('bond1 <==')).split('\n').length - 1;
    assert.deepEqual(preview, all.filter((f) => f.finding.range.start.line < secondDump));
    // A sliced validation hands the preview out first.
    const previews: number[] = [];
    const whole = await service().validate(d, { isCancellationRequested: false }, (p) => previews.push(p.length));
    assert.deepEqual(previews, [preview.length]);
    assert.equal(whole!.length, all.length);
  });

  it('the preview applies a comment further down that silences a rule in the whole file', () => {
    const prose = 'Customer reports packet loss after the switch maintenance window.\n'.repeat(40);
    const text = `${Array.from({ length: 150 }, (_, i) => `${prose}==> /proc/net/bonding/bond${i} <==\n${seed}\n`).join('')}# bondlint disable-file=proc.churned\n`;
    const d = doc(text, 'plaintext');
    const preview = previewFindings(d, DEFAULT_SETTINGS, new InMemoryWorkspace())!;
    assert.ok(preview.length > 0);
    assert.deepEqual(preview.filter((f) => f.rule.code === 'proc.churned'), []);
    assert.deepEqual(service().findings(d).filter((f) => f.rule.code === 'proc.churned'), []);
  });

  it('the preview leaves "silences nothing" to the whole check, which alone can tell', () => {
    const prose = 'Customer reports packet loss after the switch maintenance window.\n'.repeat(40);
    const text = `${Array.from({ length: 150 }, (_, i) => `${prose}==> /proc/net/bonding/bond${i} <==\n${seed}\n`).join('')}# bondlint disable=proc.churned\n`;
    const d = doc(text, 'plaintext');
    assert.deepEqual(service().findings(d).filter((f) => f.rule.code === 'doc.unused-directive').length, 1);
    assert.deepEqual(previewFindings(d, DEFAULT_SETTINGS, new InMemoryWorkspace())!.filter((f) => f.rule.code === 'doc.unused-directive'), []);
  });

  it('a mode label in the prose above the dumps: the preview reads its whole length and reports the dumps it holds', () => {
    const prose = 'Bonding Mode: was set to active-backup yesterday; Bonding Mode: now 802.3ad.\n';
    const text = prose + Array.from({ length: 400 }, (_, i) => `==> /proc/net/bonding/bond${i} <==\n${seed}\n`).join('');
    assert.ok(text.length >= PREVIEW_FROM);
    const d = doc(text, 'plaintext');
    const preview = previewFindings(d, DEFAULT_SETTINGS, new InMemoryWorkspace())!;
    const all = service().findings(d);
    // Every dump that another one follows inside the preview is reported; the one its end cuts is not.
    const end = text.lastIndexOf('\n', PREVIEW_LENGTH);
    const lastOpened = text.lastIndexOf('==>', end);
    const firstLeftOut = text.slice(0, lastOpened).split('\n').length - 1;
    assert.ok(firstLeftOut > 10 * seed.split('\n').length);
    // (The whole check also says that it shows only the first thousand findings.)
    assert.deepEqual(preview, all.filter((f) => f.rule.code !== 'doc.too-many-findings' && f.finding.range.start.line < firstLeftOut));
  });

  it('no preview for a short text, a text without a complete dump at its top, or an ifcfg file', () => {
    const none = (text: string, languageId = 'plaintext') => previewFindings(doc(text, languageId), DEFAULT_SETTINGS, new InMemoryWorkspace());
    assert.equal(none(big.slice(0, PREVIEW_FROM - 1)), undefined);
    assert.equal(none(`${'x\n'.repeat(PREVIEW_LENGTH)}${big}`), undefined);
    assert.equal(none(`${seed}${'x\n'.repeat(PREVIEW_FROM)}`), undefined);
    assert.equal(none(`DEVICE=bond0\n${'# x\n'.repeat(PREVIEW_FROM / 4)}`, 'ifcfg'), undefined);
  });

  it('an ifcfg file of tens of thousands of lines is parsed and checked in steps, with the same result', async () => {
    const lines = ['DEVICE=bond0', 'BONDING_OPTS="mode=4 miimon=100"'];
    for (let i = 0; i < 30_000; i++) lines.push(i % 2 ? `IPADDR${i}=10.0.${i >> 8 & 255}.${i & 255}` : 'ONBOOT=yes');
    const text = `${lines.join('\n')}\n`;
    const steps = parseIfcfgSteps(text);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.ok(pauses >= 30_000 / 4096, `${pauses} pauses`);
    assert.deepEqual(r.value, parseIfcfg(text));

    // The model pauses as its parse does; the rules pause one by one.
    const d = doc(text, 'ifcfg', 'file:///etc/sysconfig/network-scripts/ifcfg-bond0');
    const count = <T>(work: Generator<void, T, void>): { pauses: number; value: T } => {
      let n = 0;
      for (let step = work.next(); ; step = work.next(), n++) if (step.done) return { pauses: n, value: step.value };
    };
    const analysis = count(analyzeSteps(d));
    assert.ok(analysis.pauses >= 30_000 / 4096, `${analysis.pauses} pauses`);
    const checked = count(collectFindingsSteps(d, analysis.value, DEFAULT_SETTINGS, new InMemoryWorkspace()));
    assert.ok(checked.pauses >= IFCFG_RULES.length, `${checked.pauses} pauses for ${IFCFG_RULES.length} rules`);
    const sliced = await service().validate(d, { isCancellationRequested: false });
    assert.deepEqual(sliced, service().doValidation(d));
    assert.ok(sliced!.some((x) => x.code === 'ifcfg.duplicate-key'));
  });

  it('runAll drains the steps at once', () => {
    function* three() {
      yield;
      yield;
      return 3;
    }
    assert.equal(runAll(three()), 3);
  });
});
