import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { ALL_RULES } from '../../server/src/service/diagnostics/rules/all';
import { RULE_DOCS_BASE } from '../../server/src/service/diagnostics';
import { bondlint } from './helpers';

/**
 * The subset of the SARIF 2.1.0 schema for what bondlint writes, written from the standard (always checked), and
 * the official schema when a development dependency ships it (`@microsoft/jest-sarif` has it as
 * lib/schemas/sarif-2.1.0-rtm.5.json, the schema of the final 2.1.0 standard).
 */
const SCHEMAS: Record<string, string> = {
  subset: 'test/cli/sarif-schema-2.1.0.json',
  official: 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
};

function validator(path: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  // The official file declares draft-04 (`id`, `$schema`); its keywords mean the same in the draft Ajv reads.
  delete schema.$schema;
  delete schema.id;
  // One pattern in the standard (`run.language`) has a stray `]`, which only a non-Unicode RegExp accepts.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const RUNS: Record<string, readonly string[]> = {
  'every proc fixture': ['--no-config', '-f', 'sarif', 'fixtures/proc'],
  'Chinese messages': ['--no-config', '-f', 'sarif', '--lang', 'zh-cn', 'fixtures/proc/seed-802.3ad.txt'],
  'an I/O error as a notification': ['--no-config', '-f', 'sarif', 'fixtures/proc/seed-802.3ad.txt', 'fixtures/no-such-file'],
  'ifcfg files and a ticket': ['--no-config', '-f', 'sarif', 'fixtures/cli'],
};

describe('SARIF output', () => {
  for (const [which, path] of Object.entries(SCHEMAS)) {
    const present = existsSync(path);
    for (const [name, args] of Object.entries(RUNS)) {
      it(`is valid against the ${which} SARIF 2.1.0 schema: ${name}`, { skip: present ? false : `${path} is not installed` }, () => {
        const validate = validator(path);
        const log = JSON.parse(bondlint(args).stdout);
        assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      });
    }
  }

  it('describes every rule with its help URI, default level and examples', () => {
    const log = JSON.parse(bondlint(['--no-config', '-f', 'sarif', 'fixtures/proc/seed-802.3ad.txt']).stdout);
    const rules: any[] = log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id).sort(), ALL_RULES.map((r) => r.code).sort());
    for (const r of rules) {
      const rule = ALL_RULES.find((x) => x.code === r.id)!;
      assert.equal(r.helpUri, `${RULE_DOCS_BASE}${r.id}.md`);
      assert.equal(r.shortDescription.text, rule.title.en);
      assert.equal(r.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[rule.severity]);
      assert.ok(r.help.markdown.includes(rule.doc.bad.split('\n')[0]!), `${r.id}: bad example in help`);
    }
    for (const result of log.runs[0].results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  });

  it('gives paths relative to %SRCROOT%, the working directory, as code scanning expects', () => {
    const log = JSON.parse(bondlint(['--no-config', '-f', 'sarif', 'fixtures/proc/seed-802.3ad.txt']).stdout);
    const location = log.runs[0].results[0].locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'fixtures/proc/seed-802.3ad.txt', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 3, startColumn: 15, endLine: 3, endColumn: 52 });
    assert.match(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
  });

  it('reports an I/O error as an unsuccessful invocation and exits 2', () => {
    const run = bondlint(RUNS['an I/O error as a notification']!);
    assert.equal(run.status, 2);
    const invocation = JSON.parse(run.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications[0].message.text, 'fixtures/no-such-file: no such file or directory');
    assert.equal(run.stderr, 'bondlint: fixtures/no-such-file: no such file or directory\n');
  });
});
