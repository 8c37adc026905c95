import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve('.');
export const CLI = join(ROOT, 'dist/cli.js');
const GOLDEN = join(ROOT, 'test/cli/golden');

export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/**
 * Runs the built CLI the way a shell would: from the repository root (or `cwd`), with a neutral locale and no
 * colour settings inherited from whoever runs the tests.
 */
export function bondlint(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; timeout?: number } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: undefined, BONDLINT_DEBUG: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, input: options.input ?? '', encoding: 'utf8', timeout: options.timeout });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Compares with test/cli/golden/NAME; `UPDATE_GOLDEN=1` writes the file instead. */
export function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden file ${name}: run the tests with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `output differs from golden file ${name} (UPDATE_GOLDEN=1 rewrites it after review)`);
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bondlint-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of a fixture folder in a temporary folder. */
export function copyFixture(path: string): { dir: string; cleanup: () => void } {
  const t = tempDir();
  cpSync(join(ROOT, path), t.dir, { recursive: true });
  return t;
}

/** No JavaScript stack trace in what a user sees. */
export function assertNoStack(text: string): void {
  assert.doesNotMatch(text, /^\s+at .+\(.*:\d+:\d+\)$/m, 'stack trace in output');
  assert.doesNotMatch(text, /internal error/, 'internal error in output');
}
