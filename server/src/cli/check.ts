import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TextDocument } from '../textDocument';
import { type Lang, tr } from '../knowledge/text';
import { type AppliedFix, applySafeFixes } from '../service/applyEdits';
import { LANGUAGE_IFCFG, LANGUAGE_PROC } from '../service/documents';
import type { RuledFinding } from '../service/diagnostics';
import type { Severity } from '../service/diagnostics/rule';
import type { LanguageService } from '../service/languageService';
import { fileTooLarge } from './tooLarge';
import { choice, parseArgs, single } from './args';
import { CONFIG_OPTIONS, Settings, overridesFrom } from './config';
import { type FoundFile, type InputFile, type OversizedFile, PathWalker, STDIN_PATH, encode, ifcfgSiblings, readFound, readStdin } from './files';
import { githubReport } from './format/github';
import { jsonReport } from './format/json';
import { sarifReport } from './format/sarif';
import { textReport } from './format/text';
import { type Io, type PathProblem, UsageError, describeError, errorLine, paint, printable, useColor } from './io';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const RANK: Readonly<Record<Severity, number>> = { hint: 0, info: 1, warning: 2, error: 3 };
/** Passes of `--fix`: a fix can make another one applicable, as in ESLint. */
const FIX_PASSES = 10;

export interface CheckedFile {
  /** The file, without its text: the report needs none, and a ticket's text is let go before the next is read. */
  readonly input: Omit<InputFile, 'text'>;
  readonly lang: Lang;
  readonly findings: readonly RuledFinding[];
  /** Fixes written to the file by `--fix`, with the line and column they were found at. */
  readonly fixed: readonly AppliedFix[];
}

/** What a report says once every file is checked. */
export interface CheckRun {
  /** Files checked. */
  readonly files: number;
  /** Findings of each severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings at or above the threshold: the exit code is 1 when there are any. */
  readonly failing: number;
  readonly problems: readonly PathProblem[];
  /** Binary files met in folder walks and left alone. */
  readonly skippedBinary: number;
  /** Symbolic links met in folder walks that lead out of the folder named, not followed. */
  readonly linksOut: number;
  readonly threshold: Severity;
  readonly cwd: string;
}

const OPTIONS = [
  ...CONFIG_OPTIONS,
  { name: 'format', short: 'f', value: true },
  { name: 'max-severity', value: true },
  { name: 'fix' },
  { name: 'stdin-filename', value: true },
] as const;

let version = 0;

/**
 * Languages that cross-file rules read from the workspace (ifcfg files, and the dumps beside them in a sosreport):
 * their texts are kept for the whole run. Any other file (a ticket, a log) is read again when its turn comes, so a
 * folder of large tickets is never in memory at once.
 */
const CONTEXT_LANGUAGES: ReadonlySet<string> = new Set([LANGUAGE_IFCFG, LANGUAGE_PROC]);

/**
 * A file to check: read and kept (`file`), to be read again when its turn comes (`found`), or too large by its size
 * alone to be read whole (`oversized`).
 */
type Readable = { readonly file: InputFile } | { readonly found: FoundFile };
type Queued = Readable | { readonly oversized: OversizedFile };

/** The file's text, read again for a file that was not kept (as a named file: one that became binary meanwhile is a problem). */
function textOf(queued: Readable, io: Io, problems: PathProblem[]): InputFile | undefined {
  if ('file' in queued) return queued.file;
  const result = readFound({ ...queued.found, explicit: true }, io);
  if (result.kind === 'problem') problems.push(result.problem);
  return result.kind === 'text' ? result.file : undefined;
}

function documentOf(file: InputFile, text: string): TextDocument {
  return TextDocument.create(file.uri, file.languageId, ++version, text);
}

/** Applies safe fixes until none is left (or FIX_PASSES), as applying the editor's quick fixes one after another would. */
export function fixText(service: LanguageService, file: InputFile): { text: string; applied: AppliedFix[] } {
  let text = file.text;
  const applied: AppliedFix[] = [];
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const result = applySafeFixes(text, service.findings(documentOf(file, text)));
    if (result.applied.length === 0) break;
    applied.push(...result.applied);
    text = result.text;
  }
  return { text, applied };
}

/** `bondlint [options] PATH...`: checks files and folders and prints the findings. Returns the exit code. */
export async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  const format = choice(args, 'format', FORMATS, 'text');
  const threshold = choice(args, 'max-severity', SEVERITIES, 'error');
  const fix = args.flags.has('fix');
  const stdinName = single(args, 'stdin-filename');
  const overrides = overridesFrom(args);
  const paths = args.positionals;
  if (paths.length === 0) throw new UsageError('no PATH given');
  if (paths.filter((p) => p === STDIN_PATH).length > 1) throw new UsageError('standard input (-) can be read only once');
  if (fix && paths.includes(STDIN_PATH)) throw new UsageError('--fix cannot change standard input; give file paths');
  if (stdinName !== undefined && !paths.includes(STDIN_PATH)) throw new UsageError('--stdin-filename is for standard input (-)');

  const settings = new Settings(io, overrides);
  const problems: PathProblem[] = [];
  const queue: Queued[] = [];
  let skippedBinary = 0;
  let linksOut = 0;
  const walker = new PathWalker(io);
  // Each input's settings (for its size limit) are read as it is found, before any output: a broken settings file
  // stops the run without a partial report.
  for (const path of paths) {
    if (path === STDIN_PATH) {
      const result = await readStdin(io, stdinName, (dir) => settings.limitFor(dir));
      if (result.kind === 'text') queue.push({ file: result.file });
      else if (result.kind === 'oversized') queue.push({ oversized: result.file });
      else if (result.kind === 'problem') problems.push(result.problem);
      continue;
    }
    const expanded = walker.expand(path);
    for (const problem of expanded.problems) problems.push(problem);
    linksOut += expanded.linksOut;
    for (const found of expanded.files) {
      const result = readFound(found, io, settings.limitFor(dirname(found.abs)));
      if (result.kind === 'text') queue.push(CONTEXT_LANGUAGES.has(result.file.languageId) ? { file: result.file } : { found });
      else if (result.kind === 'oversized') queue.push({ oversized: result.file });
      else if (result.kind === 'problem') problems.push(result.problem);
      else if (result.kind === 'binary') skippedBinary++;
    }
  }
  const kept = queue.flatMap((q) => ('file' in q ? [q.file] : []));
  for (const f of kept) if (CONTEXT_LANGUAGES.has(f.languageId)) settings.workspace.set({ uri: f.uri, languageId: f.languageId, text: f.text });
  for (const f of ifcfgSiblings(kept)) settings.workspace.set(f);

  const color = useColor(io.stdoutIsTTY, io.env);
  const report = format === 'text' ? textReport(paint(color)) : format === 'json' ? jsonReport(io.cwd) : format === 'sarif' ? sarifReport(io.cwd) : githubReport();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let checked = 0;
  // the list of fixes goes to standard output only in the text format
  const fixPaint = paint(format === 'text' && color);
  // Each file's part of the report is written once it is checked, and its findings are let go.
  const write = (file: CheckedFile) => {
    checked++;
    for (const f of file.findings) counts[f.severity]++;
    const fixes = fixLines(file, fixPaint);
    if (format !== 'text') {
      if (fixes) io.err(fixes);
      io.out(report.file(file));
    } else {
      io.out((fixes && `${fixes}\n`) + report.file(file));
    }
  };
  for (const queued of queue) {
    if ('oversized' in queued) {
      const { bytes, characters, ...input } = queued.oversized;
      const service = settings.serviceFor(input.dir);
      const finding = fileTooLarge(queued.oversized, service.settings);
      write({ input: { ...input, encoding: undefined }, lang: service.lang, findings: finding ? [finding] : [], fixed: [] });
      continue;
    }
    const input = textOf(queued, io, problems);
    if (!input) continue;
    const service = settings.serviceFor(input.dir);
    let current = input;
    let fixed: AppliedFix[] = [];
    if (fix && input.abs) {
      const result = fixText(service, input);
      if (result.applied.length > 0) {
        if (!input.encoding) {
          problems.push({ path: input.display, message: 'not valid UTF-8, not fixed' });
        } else {
          try {
            writeFileSync(input.abs, encode(result.text, input.encoding));
            fixed = result.applied;
            current = { ...input, text: result.text };
            if (CONTEXT_LANGUAGES.has(input.languageId)) settings.workspace.set({ uri: input.uri, languageId: input.languageId, text: result.text });
          } catch (error) {
            problems.push({ path: input.display, message: `cannot write the fixes: ${describeError(error)}` });
          }
        }
      }
    }
    const { text, ...described } = current;
    write({ input: described, lang: service.lang, findings: service.findings(documentOf(current, text)), fixed });
    // Each file is checked once: its analysis need not stay in the service's cache while the next ones are checked.
    service.forget(current.uri);
  }

  const failing = SEVERITIES.filter((s) => RANK[s] >= RANK[threshold]).reduce((n, s) => n + counts[s], 0);
  const run: CheckRun = { files: checked, counts, failing, problems, skippedBinary, linksOut, threshold, cwd: io.cwd };
  // Text: nothing was read at all, the messages on standard error say why; a summary of nothing would not help.
  if (format !== 'text' || checked > 0 || problems.length === 0) io.out(report.end(run));
  for (const p of problems) io.err(errorLine(`${p.path}: ${p.message}`));
  if (problems.length > 0) return 2;
  return failing > 0 ? 1 : 0;
}

/** What `--fix` changed in a file: `path:line:col  fixed  title  code`, one line per fix. */
function fixLines(file: CheckedFile, p: ReturnType<typeof paint>): string {
  return file.fixed
    .map(({ finding, fix }) => {
      const { start } = finding.finding.range;
      return `${p.bold(`${printable(file.input.display)}:${start.line + 1}:${start.character + 1}`)}  ${p.green('fixed')}  ${printable(tr(fix.title, file.lang))}  ${p.dim(finding.rule.code)}\n`;
    })
    .join('');
}
