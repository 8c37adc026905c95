import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tr } from '../knowledge/text';
import { RULE_DOCS_BASE } from '../service/diagnostics';
import { ruleTarget } from '../service/diagnostics/rule';
import { choice, parseArgs, single } from './args';
import { Settings } from './config';
import { FatalError, type Io, UsageError, describeError } from './io';
import { ruleDocFiles, sortedRules } from './ruleDocs';

const OPTIONS = [{ name: 'lang', value: true }, { name: 'format', short: 'f', value: true }, { name: 'write-docs', value: true }] as const;

/** `bondlint rules`: every rule with its code, default severity and one-line description; `--write-docs DIR` writes the pages. */
export function rules(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, OPTIONS);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument: ${args.positionals[0]}`);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const lang = single(args, 'lang') !== undefined ? choice(args, 'lang', ['en', 'zh-cn'] as const, 'en') : new Settings(io, { rules: {}, noConfig: false }).defaultLang();
  const dir = single(args, 'write-docs');
  if (dir !== undefined) {
    const target = resolve(io.cwd, dir);
    const files = ruleDocFiles();
    try {
      mkdirSync(target, { recursive: true });
      for (const [name, text] of files) writeFileSync(join(target, name), text);
    } catch (error) {
      throw new FatalError([`${dir}: ${describeError(error)}`]);
    }
    io.out(`wrote ${files.size} files to ${dir}\n`);
    return 0;
  }
  const all = sortedRules();
  if (format === 'json') {
    const list = all.map((r) => ({ code: r.code, severity: r.severity, target: ruleTarget(r.code), title: tr(r.title, lang), description: tr(r.doc.description, lang), docs: `${RULE_DOCS_BASE}${r.code}.md` }));
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...all.map((r) => r.code.length));
  io.out(all.map((r) => `${r.code.padEnd(width)}  ${r.severity.padEnd(7)}  ${tr(r.title, lang)}\n`).join(''));
  return 0;
}
