import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tr, type Lang } from '../knowledge/text';
import { LANGUAGE_IFCFG, LANGUAGE_PROC, languageIdFor } from '../service/documents';
import { createLanguageService } from '../service/languageService';
import type { Severity } from '../service/diagnostics/rule';

const USAGE = `usage: bondlint [--format text|json] [--lang en|zh-cn] [--max-severity error|warning|info|hint] PATH...`;
const RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  lang: Lang;
  maxSeverity: Severity;
  paths: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', lang: 'en', maxSeverity: 'error', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`unknown format: ${v}`);
      o.format = v;
    } else if (flag === '--lang') {
      const v = value().toLowerCase();
      if (v !== 'en' && v !== 'zh-cn') throw new UsageError(`unknown language: ${v}`);
      o.lang = v;
    } else if (flag === '--max-severity') {
      const v = value();
      if (!(v in RANK)) throw new UsageError(`unknown severity: ${v}`);
      o.maxSeverity = v as Severity;
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option: ${flag}`);
    } else {
      o.paths.push(a);
    }
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given');
  return o;
}

function walk(path: string, out: string[], explicit: boolean): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      walk(join(path, name), out, false);
    }
  } else if (st.isFile() && (explicit || st.size < 50_000_000)) {
    out.push(path);
  }
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  const service = createLanguageService();
  service.configure({ language: options.lang });
  const files: string[] = [];
  for (const p of options.paths) walk(p, files, true);
  let failing = 0;
  let total = 0;
  const report: { file: string; line: number; column: number; severity: Severity; code: string; message: string }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const languageId = languageIdFor(file, text);
    const doc = TextDocument.create(pathToFileURL(file).href, languageId, 1, text);
    if (languageId !== LANGUAGE_PROC && languageId !== LANGUAGE_IFCFG && !/Ethernet Channel Bonding Driver:|Bonding Mode:/.test(text)) continue;
    for (const f of service.findings(doc)) {
      total++;
      if (RANK[f.severity] >= RANK[options.maxSeverity]) failing++;
      const { start } = f.finding.range;
      report.push({ file: relative(process.cwd(), file) || file, line: start.line + 1, column: start.character + 1, severity: f.severity, code: f.rule.code, message: tr(f.finding.message, options.lang) });
    }
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const r of report) process.stdout.write(`${r.file}:${r.line}:${r.column}  ${r.severity}  ${r.message}  ${r.code}\n`);
    process.stdout.write(`${files.length} files checked, ${total} findings, ${failing} at or above ${options.maxSeverity}\n`);
  }
  return failing > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof UsageError ? `${error.message}\n${USAGE}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`bondlint: ${message}\n`);
  process.exitCode = 2;
}
