import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/service/diagnostics/rules/all';
import { bondlint, tempDir } from './helpers';

describe('docs/rules', () => {
  it('the committed pages are exactly what `bondlint rules --write-docs` generates from the rule table', () => {
    const { dir, cleanup } = tempDir();
    try {
      const run = bondlint(['rules', '--write-docs', dir]);
      assert.equal(run.status, 0, run.stderr);
      const generated = readdirSync(dir).sort();
      assert.deepEqual(readdirSync('docs/rules').sort(), generated, 'same files (regenerate with: node dist/cli.js rules --write-docs docs/rules)');
      for (const name of generated) {
        assert.equal(readFileSync(join('docs/rules', name), 'utf8'), readFileSync(join(dir, name), 'utf8'), `docs/rules/${name} is stale: node dist/cli.js rules --write-docs docs/rules`);
      }
    } finally {
      cleanup();
    }
  });

  it('one page per rule with its title, default severity, a bad and a good example, and how to silence it', () => {
    for (const rule of ALL_RULES) {
      const page = readFileSync(`docs/rules/${rule.code}.md`, 'utf8');
      assert.ok(page.startsWith(`# ${rule.code}\n`), rule.code);
      assert.ok(page.includes(`**${rule.title.en}**`), `${rule.code}: title`);
      assert.ok(page.includes(`Default severity: **${rule.severity}**`), `${rule.code}: severity`);
      assert.ok(page.includes(`## Bad\n\n\`\`\``) && page.includes(rule.doc.bad), `${rule.code}: bad example`);
      assert.ok(page.includes(`## Good\n\n\`\`\``) && page.includes(rule.doc.good), `${rule.code}: good example`);
      if (rule.doc.notSilenced) {
        // A finding `off` does not hide: the page says why and offers only the other levels.
        assert.ok(page.includes(`## Changing its severity\n\n${rule.doc.notSilenced.en}\n`) && page.includes(rule.doc.notSilenced.zh), `${rule.code}: why it stays`);
        assert.ok(page.includes(`"bonding.rules"`) && page.includes(`--rule ${rule.code}=warning`) && !page.includes('=off') && !page.includes('"off"'), `${rule.code}: levels`);
      } else {
        assert.ok(page.includes(`"bonding.rules"`) && page.includes(`--rule ${rule.code}=off`), `${rule.code}: silencing`);
      }
      assert.ok(page.includes(rule.title.zh) && page.includes(rule.doc.description.zh), `${rule.code}: Chinese section`);
    }
    const index = readFileSync('docs/rules/README.md', 'utf8');
    for (const rule of ALL_RULES) assert.ok(index.includes(`[\`${rule.code}\`](${rule.code}.md) | ${rule.severity} |`), rule.code);
  });

  it('`bondlint rules` lists every rule once with its default severity', () => {
    const lines = bondlint(['rules']).stdout.trimEnd().split('\n');
    assert.equal(lines.length, ALL_RULES.length);
    for (const rule of ALL_RULES) assert.ok(lines.some((l) => new RegExp(`^${rule.code.replace(/\./g, '\\.')} +${rule.severity} +${rule.title.en.replace(/[()]/g, '\\$&')}$`).test(l)), rule.code);
  });
});
