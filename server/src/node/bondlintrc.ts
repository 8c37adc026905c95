import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFiles } from '../service/configHalf';
import { LANGUAGE_SETTINGS, RULE_LEVELS, type RuleLevel, SWITCH_SETTINGS } from '../service/settings';

/**
 * `.bondlintrc.json`: project settings shared by the editor and the CLI, so both report the same findings. It has
 * the shape of the `bonding.*` settings without the prefix:
 *
 *   { "language": "zh-cn", "switch": "lacp", "rules": { "proc.link-failures": "off" }, "maxFileSize": 5000000 }
 *
 * The nearest file in the folder of a document or above it applies; its values win over the editor's settings
 * (rules are merged code by code), and command-line options win over both.
 */
export const RC_FILE_NAME = '.bondlintrc.json';

export interface RcSettings {
  readonly language?: (typeof LANGUAGE_SETTINGS)[number];
  readonly switch?: (typeof SWITCH_SETTINGS)[number];
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  readonly maxFileSize?: number;
}

export interface RcFile {
  readonly path: string;
  readonly settings: RcSettings;
  /** What was wrong in the file; the well-formed parts are still in `settings`. */
  readonly problems: readonly string[];
}

/** A settings file that cannot be read or is not JSON. */
export class RcError extends Error {}

const KNOWN_KEYS = new Set(['$schema', 'language', 'switch', 'rules', 'maxFileSize']);
let ruleCodes: ReadonlySet<string> | undefined;
/** Whether a rule has this code; asked only of a file that names rules, so the rules of configuration files load then. */
const isRuleCode = (code: string) => (ruleCodes ??= new Set(configFiles().RULE_CODES)).has(code);

const list = (values: readonly string[]) => values.join(', ');

/** Checks a parsed file against the settings the service accepts. Unknown keys and rule codes are problems too. */
export function validateRc(raw: unknown): { settings: RcSettings; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, problems: ['the file must hold a JSON object'] };
  const r = raw as Record<string, unknown>;
  const settings: { -readonly [K in keyof RcSettings]: RcSettings[K] } = {};
  for (const key of Object.keys(r)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown setting "${key}" (known: ${list([...KNOWN_KEYS].slice(1))})`);
  if ('language' in r) {
    if ((LANGUAGE_SETTINGS as readonly unknown[]).includes(r.language)) settings.language = r.language as RcSettings['language'];
    else problems.push(`"language" must be one of ${list(LANGUAGE_SETTINGS)}`);
  }
  if ('switch' in r) {
    if ((SWITCH_SETTINGS as readonly unknown[]).includes(r.switch)) settings.switch = r.switch as RcSettings['switch'];
    else problems.push(`"switch" must be one of ${list(SWITCH_SETTINGS)}`);
  }
  if ('maxFileSize' in r) {
    if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) settings.maxFileSize = r.maxFileSize;
    else problems.push('"maxFileSize" must be a positive number');
  }
  if ('rules' in r) {
    if (!r.rules || typeof r.rules !== 'object' || Array.isArray(r.rules)) {
      problems.push('"rules" must be an object of rule code to level');
    } else {
      const rules: Record<string, RuleLevel> = {};
      for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!isRuleCode(code)) problems.push(`"rules": unknown rule code "${code}" (\`bondlint rules\` lists them)`);
        else if (!(RULE_LEVELS as readonly unknown[]).includes(level)) problems.push(`"rules": "${code}" must be one of ${list(RULE_LEVELS)}`);
        else rules[code] = level as RuleLevel;
      }
      settings.rules = rules;
    }
  }
  return { settings, problems };
}

/** A settings file holds a few hundred bytes; a path that gives more names something else (a device, a log). */
const MAX_RC_BYTES = 1 << 20;

/**
 * The text of a settings file, read only when it is a regular file of at most `MAX_RC_BYTES`, and opened without
 * waiting: a `.bondlintrc.json` that is a FIFO or a link to /proc/kmsg would block the reader, and one to /dev/zero
 * would never end.
 */
function rcText(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new RcError('cannot read: not a regular file');
    if (st.size > MAX_RC_BYTES) throw new RcError(`cannot read: more than ${MAX_RC_BYTES} bytes, not a settings file`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export function readRcFile(path: string): RcFile {
  let text: string;
  try {
    text = rcText(path);
  } catch (error) {
    if (error instanceof RcError) throw error;
    throw new RcError(`cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RcError(`not valid JSON: ${(error as Error).message}`);
  }
  return { path, ...validateRc(raw) };
}

/** The nearest `.bondlintrc.json` in `dir` or a folder above it. */
export function findRcFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, RC_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The project settings over `base` (client settings or defaults): plain values replace, rules merge code by code. */
export function mergeSettings(base: unknown, rc: RcSettings): Record<string, unknown> {
  const b = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
  const baseRules = b.rules && typeof b.rules === 'object' ? (b.rules as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...b };
  for (const key of ['language', 'switch', 'maxFileSize'] as const) if (rc[key] !== undefined) merged[key] = rc[key];
  merged.rules = { ...baseRules, ...(rc.rules ?? {}) };
  return merged;
}

const cache = new Map<string, { mtimeMs: number; size: number; file: RcFile | undefined }>();

function cachedRc(path: string): RcFile | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    cache.delete(path);
    return undefined;
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.file;
  let file: RcFile | undefined;
  try {
    file = readRcFile(path);
  } catch {
    file = undefined;
  }
  cache.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, file });
  return file;
}

/**
 * For the language server: the settings of a `file:` document under a folder with a `.bondlintrc.json`, merged
 * over the client's, keyed by the file that supplied them; undefined when no such file applies. A file that cannot
 * be read or parsed is ignored, and only its well-formed values apply.
 */
export function rcSettingsForUri(uri: string, clientSettings: unknown): { key: string; settings: unknown } | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  const rcPath = findRcFile(dirname(path));
  const rc = rcPath ? cachedRc(rcPath) : undefined;
  if (!rcPath || !rc) return undefined;
  return { key: rcPath, settings: mergeSettings(clientSettings, rc.settings) };
}
