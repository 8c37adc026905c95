import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ROOT, bondlint, golden } from './helpers';

const SEED = 'fixtures/proc/seed-802.3ad.txt';
/** A dump with an error, one with findings but no error, and a ticket with two pasted dumps. */
const SOME = [SEED, 'fixtures/proc/mode1-active-down.txt', 'fixtures/proc/ticket-embedded.md'];

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly status: number;
  readonly input?: string;
  readonly env?: Record<string, string>;
}

/** Settings files are left out (`--no-config`) unless a case is about them, so a stray one cannot change the output. */
const CASES: readonly Case[] = [
  { name: 'text-seed.txt', args: ['--no-config', SEED], status: 0 },
  { name: 'text-proc-folder.txt', args: ['--no-config', 'fixtures/proc'], status: 1 },
  { name: 'text-seed-zh.txt', args: ['--no-config', '--lang', 'zh-cn', SEED], status: 0 },
  { name: 'text-seed-locale-zh.txt', args: ['--no-config', SEED], status: 0, env: { LANG: 'zh_CN.UTF-8' } },
  { name: 'text-walk.txt', args: ['--no-config', 'fixtures/cli/walk'], status: 0 },
  { name: 'text-config.txt', args: ['fixtures/cli/config'], status: 1 },
  { name: 'text-max-severity-warning.txt', args: ['--no-config', '--max-severity', 'warning', SEED], status: 1 },
  { name: 'text-rule-overrides.txt', args: ['--no-config', '--rule', 'proc.churned=off', '--rule', 'proc.slave-down=error', SEED], status: 1 },
  { name: 'json-some.json', args: ['--no-config', '--format', 'json', ...SOME], status: 1 },
  { name: 'sarif-some.sarif', args: ['--no-config', '--format', 'sarif', ...SOME], status: 1 },
  { name: 'sarif-seed-zh.sarif', args: ['--no-config', '--format', 'sarif', '--lang', 'zh-cn', SEED], status: 0 },
  { name: 'github-some.txt', args: ['--no-config', '--format', 'github', ...SOME], status: 1 },
  { name: 'text-stdin.txt', args: ['--no-config', '-'], status: 0, input: readFileSync(SEED, 'utf8') },
  { name: 'annotate-seed.txt', args: ['annotate', '--no-config', SEED], status: 0 },
  { name: 'annotate-seed-zh.txt', args: ['annotate', '--no-config', '--lang', 'zh-cn', SEED], status: 0 },
  { name: 'annotate-seed-markdown.md', args: ['annotate', '--no-config', '--markdown', SEED], status: 0 },
  { name: 'annotate-annotated-zh.txt', args: ['annotate', '--no-config', 'fixtures/proc/seed-annotated-zh.txt'], status: 0 },
  { name: 'annotate-ticket.md', args: ['annotate', '--no-config', '--markdown', 'fixtures/proc/ticket-embedded.md'], status: 0 },
  { name: 'annotate-stdin.txt', args: ['annotate', '--no-config', '-'], status: 0, input: readFileSync('fixtures/proc/multi-bond-head.txt', 'utf8') },
  { name: 'inspect-seed.json', args: ['inspect', SEED], status: 0 },
  { name: 'inspect-multi-bond-head.json', args: ['inspect', 'fixtures/proc/multi-bond-head.txt'], status: 0 },
  { name: 'inspect-no-active-aggregator.json', args: ['inspect', 'fixtures/proc/mode4-no-active-aggregator.txt'], status: 0 },
  { name: 'rules.txt', args: ['rules'], status: 0 },
  { name: 'rules-zh.txt', args: ['rules', '--lang', 'zh-cn'], status: 0 },
  { name: 'rules.json', args: ['rules', '--format', 'json'], status: 0 },
  { name: 'help.txt', args: ['--help'], status: 0 },
];

/** The SARIF log names the working directory as %SRCROOT%; the golden file has a placeholder there. */
function portable(text: string): string {
  return text.split(`file://${ROOT}/`).join('file:///REPO/');
}

describe('golden output', () => {
  for (const c of CASES) {
    it(`bondlint ${c.args.join(' ')}${c.input !== undefined ? ' < input' : ''}`, () => {
      const run = bondlint(c.args, { input: c.input, env: c.env });
      assert.equal(run.stderr, '', 'nothing on stderr');
      assert.equal(run.status, c.status, 'exit status');
      golden(c.name, portable(run.stdout));
    });
  }

  it('the text format is the same on every run (stable order of files and findings)', () => {
    assert.equal(bondlint(['--no-config', 'fixtures']).stdout, bondlint(['--no-config', 'fixtures']).stdout);
  });
});
