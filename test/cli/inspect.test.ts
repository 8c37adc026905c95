import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { INSPECT_SCHEMA, inspect } from '../../server/src/service/inspect';
import { bondlint } from './helpers';

describe('inspect', () => {
  const validate = new Ajv({ allErrors: true }).compile(INSPECT_SCHEMA);

  it('every proc fixture gives output valid against the schema', () => {
    // (the dumps of three are on one line, and read only once written out)
    const onOneLine = ['ansible-result.txt', 'flattened.txt', 'json-event.txt'];
    for (const name of readdirSync('fixtures/proc').filter((n) => !n.endsWith('README.md'))) {
      const output = inspect(readFileSync(`fixtures/proc/${name}`, 'utf8'));
      assert.ok(validate(output), `${name}: ${JSON.stringify(validate.errors)}`);
      assert.equal(output.bonds.length > 0, !onOneLine.includes(name), name);
    }
  });

  it('decodes what the rules read: aggregators, keys, port states', () => {
    const [bond] = inspect(readFileSync('fixtures/proc/mode4-speed-mismatch.txt', 'utf8')).bonds;
    assert.equal(bond!.mode?.name, '802.3ad');
    assert.deepEqual(bond!.ports.map((p) => [p.name, p.speedMbps, p.aggregatorId, p.actor?.keyDecoded?.speedMbps, p.actor?.state?.short]), [
      ['ens2f0', 25000, 1, 25000, 'ACT AGG SYNC COL DIST'],
      ['ens3f0', 10000, 2, 10000, 'ACT AGG'],
    ]);
    assert.equal(bond!.lacp?.activeAggregator?.actorKey, 21);
    assert.equal(bond!.options.xmit_hash_policy !== undefined, true);
  });

  it('null where the kernel printed no value, and no LACP section outside 802.3ad', () => {
    const [down] = inspect(readFileSync('fixtures/proc/mode1-active-down.txt', 'utf8')).bonds;
    assert.equal(down!.activePort, null);
    assert.equal(down!.lacp, null);
    assert.deepEqual(down!.ports.map((p) => [p.speedMbps, p.duplex, p.actor]), [
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('grep output: named by its file; filtered without blank lines, where a line out of place is not unrecognised', () => {
    const lines = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8').split('\n');
    const grep = (keep: (l: string) => boolean) => inspect(lines.filter(keep).map((l) => `/proc/net/bonding/bond7:${l}`).join('\n')).bonds;
    const whole = grep(() => true);
    assert.ok(validate({ version: 1, bonds: whole }));
    assert.deepEqual(whole.map((b) => [b.name, b.filtered, b.unrecognisedLines]), [['bond7', false, []]]);
    const picked = grep((l) => /Interface|port state/.test(l));
    assert.deepEqual(picked.map((b) => [b.name, b.filtered, b.ports.length, b.unrecognisedLines]), [['bond7', true, 2, []]]);
  });

  it('`inspect --schema` prints the schema, and the README shows the same one', () => {
    const printed = bondlint(['inspect', '--schema']).stdout;
    assert.deepEqual(JSON.parse(printed), INSPECT_SCHEMA);
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- inspect-schema:start -->\n+```json\n([\s\S]*?)```\n+<!-- inspect-schema:end -->/.exec(readme);
    assert.ok(block, 'README has the inspect schema block');
    assert.deepEqual(JSON.parse(block[1]!), INSPECT_SCHEMA);
  });
});
