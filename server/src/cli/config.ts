import { resolve } from 'node:path';
import { type Lang, tr } from '../knowledge/text';
import { type RcFile, findRcFile, mergeSettings, readRcFile } from '../node/bondlintrc';
import { RULE_CODES } from '../service/diagnostics/rules/all';
import { dumpInOneLine } from '../service/diagnostics/rules/proc/dumpInOneLine';
import { type LanguageService, createLanguageService } from '../service/languageService';
import { sizeRefusal } from '../service/limits';
import { RULE_LEVELS, type RuleLevel } from '../service/settings';
import { TextDocument } from '../textDocument';
import { InMemoryWorkspace } from '../workspace';
import { type ParsedArgs, choice, single } from './args';
import { type InputFile, type OversizedFile, displayPath } from './files';
import { fileOverLimit } from './tooLarge';
import { FatalError, type Io, UsageError, errorLine } from './io';

/** Options every command that checks text accepts. */
export const CONFIG_OPTIONS = [
  { name: 'lang', value: true },
  { name: 'rule', value: true, repeat: true },
  { name: 'config', value: true },
  { name: 'no-config' },
] as const;

export interface CliOverrides {
  readonly lang?: Lang;
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** `--config FILE`: this file for every input instead of the nearest `.bondlintrc.json`. */
  readonly configPath?: string;
  readonly noConfig: boolean;
}


export function overridesFrom(args: ParsedArgs): CliOverrides {
  const lang = single(args, 'lang') === undefined ? undefined : choice(args, 'lang', ['en', 'zh-cn'] as const, 'en');
  const rules: Record<string, RuleLevel> = {};
  for (const spec of args.values.get('rule') ?? []) {
    const m = /^([^=]+)=(.*)$/.exec(spec);
    if (!m) throw new UsageError(`--rule needs CODE=LEVEL (got "${spec}")`);
    const [, code, level] = m as unknown as [string, string, string];
    if (!RULE_CODES.includes(code)) throw new UsageError(`--rule: unknown rule code "${code}" (bondlint rules lists them)`);
    if (!(RULE_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${code}: level must be one of ${RULE_LEVELS.join(', ')} (got "${level}")`);
    rules[code] = level as RuleLevel;
  }
  const configPath = single(args, 'config');
  const noConfig = args.flags.has('no-config');
  if (configPath !== undefined && noConfig) throw new UsageError('--config and --no-config exclude each other');
  return { lang, rules, configPath, noConfig };
}

/** Language from the environment, as other command-line programs read it (LC_ALL, then LC_MESSAGES, then LANG). */
export function localeOf(env: Io['env']): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
}

/**
 * Settings per input file: defaults, then the nearest `.bondlintrc.json` (or `--config FILE`), then the command
 * line. Files with the same settings share one language service, and every service shares one workspace, so
 * cross-file rules see all the files read.
 */
export class Settings {
  readonly workspace = new InMemoryWorkspace();
  private readonly rcByDir = new Map<string, string | undefined>();
  private readonly rcFiles = new Map<string, RcFile>();
  private readonly services = new Map<string, LanguageService>();

  constructor(
    private readonly io: Io,
    private readonly overrides: CliOverrides,
  ) {}

  private rcPathFor(dir: string): string | undefined {
    if (this.overrides.noConfig) return undefined;
    if (this.overrides.configPath !== undefined) return resolve(this.io.cwd, this.overrides.configPath);
    if (!this.rcByDir.has(dir)) this.rcByDir.set(dir, findRcFile(dir));
    return this.rcByDir.get(dir);
  }

  private rc(path: string): RcFile {
    let file = this.rcFiles.get(path);
    if (!file) {
      try {
        file = readRcFile(path);
      } catch (error) {
        throw new FatalError([`${displayPath(path, this.io.cwd)}: ${(error as Error).message}`]);
      }
      if (file.problems.length > 0) throw new FatalError(file.problems.map((p) => `${displayPath(path, this.io.cwd)}: ${p}`));
      this.rcFiles.set(path, file);
    }
    return file;
  }

  /** The merged settings for a file in `dir`; a broken settings file stops the command (FatalError). */
  settingsFor(dir: string): Record<string, unknown> {
    const rcPath = this.rcPathFor(dir);
    const fromFile = rcPath ? mergeSettings({}, this.rc(rcPath).settings) : {};
    const cli = { ...(this.overrides.lang ? { language: this.overrides.lang } : {}), rules: this.overrides.rules };
    return mergeSettings(fromFile, cli);
  }

  /** A service configured for files in `dir`. */
  serviceFor(dir: string): LanguageService {
    const settings = this.settingsFor(dir);
    const key = JSON.stringify(settings);
    let service = this.services.get(key);
    if (!service) {
      service = createLanguageService({ workspace: this.workspace, locale: localeOf(this.io.env) });
      service.configure(settings);
      this.services.set(key, service);
    }
    return service;
  }

  /** The language text comes out in for files in `dir` (`auto` follows the environment's locale). */
  langFor(dir: string): Lang {
    return this.serviceFor(dir).lang;
  }

  /** The size limit (`maxFileSize`) for files in `dir`. */
  limitFor(dir: string): number {
    return this.serviceFor(dir).settings.maxFileSize;
  }

  /** The language for output that belongs to no file (`bondlint rules`): as for a file in the working directory. */
  defaultLang(): Lang {
    return this.langFor(this.io.cwd);
  }
}

/** Says that a file holds no dump (exit 1 for annotate and inspect), and where one is on one line. */
export function noDump(file: InputFile, service: LanguageService, io: Io): void {
  const held = service.findings(TextDocument.create(file.uri, file.languageId, 1, file.text)).find((f) => f.rule === dumpInOneLine);
  const where = held ? `; line ${held.finding.range.start.line + 1} holds one on one line (${dumpInOneLine.code})` : '';
  io.err(errorLine(`${file.display}: no /proc/net/bonding dump found${where}`));
}

/** Says why a file above the size limit is not annotated or inspected (exit 2), as the check says it of a document. */
export function refusedForSize(file: InputFile | OversizedFile, service: LanguageService, io: Io): boolean {
  const refusal = 'bytes' in file ? fileOverLimit(file, service.settings.maxFileSize) : sizeRefusal(file.text.length, service.settings);
  if (refusal) io.err(errorLine(`${file.display}: ${tr(refusal, service.lang)}`));
  return refusal !== undefined;
}
