// `npm run test:e2e [-- --update-screenshots]`: the extension in a real VS Code. Installs Chromium and code-server
// once (setup.sh, cached under .cache/e2e), packages the .vsix, bundles test/e2e/*.e2e.ts and runs them with
// node:test. HOME, TMPDIR and the XDG folders point into a temporary folder for the whole run.
// `--update-screenshots` copies the screenshots the run took into docs/images/ (the README shows them).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const args = new Set(process.argv.slice(2));
const cache = process.env.E2E_CACHE ?? join(root, '.cache/e2e');
const screenshots = join(cache, 'screenshots');
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

function run(what, command, commandArgs, options = {}) {
  console.log(`== e2e: ${what}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.log(`== e2e: end: FAILED at "${what}" (exit ${result.status ?? result.signal}) after ${seconds()}`);
    process.exit(1);
  }
}

console.log('== e2e: start (code-server + Debian Chromium + playwright-core)');
run('setup', 'bash', ['scripts/e2e/setup.sh']);
if (!process.env.E2E_VSIX) run('package', 'npm', ['run', '--silent', 'package']);

const tests = readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.ts'));
rmSync('out/e2e', { recursive: true, force: true });
await esbuild.build({
  entryPoints: tests.map((f) => join('test/e2e', f)),
  outdir: 'out/e2e',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  packages: 'external',
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
});

const sandbox = mkdtempSync(join(tmpdir(), 'bonding-e2e-run-'));
const env = { ...process.env, E2E_CACHE: cache, E2E_SCREENSHOTS: screenshots };
for (const [name, sub] of Object.entries({ HOME: 'home', TMPDIR: 'tmp', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_STATE_HOME: 'state', XDG_RUNTIME_DIR: 'runtime' })) {
  env[name] = join(sandbox, sub);
  mkdirSync(env[name], { recursive: true, mode: 0o700 });
}
rmSync(screenshots, { recursive: true, force: true });
rmSync(join(cache, 'failures'), { recursive: true, force: true });
mkdirSync(screenshots, { recursive: true });

console.log('== e2e: run');
const files = tests.map((f) => join('out/e2e', f.replace(/\.ts$/, '.cjs')));
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', env, timeout: 30 * 60_000 });
rmSync(sandbox, { recursive: true, force: true, maxRetries: 3 });

if (result.status === 0 && args.has('--update-screenshots')) {
  mkdirSync('docs/images', { recursive: true });
  for (const f of readdirSync(screenshots)) copyFileSync(join(screenshots, f), join('docs/images', f));
  console.log(`== e2e: screenshots copied to docs/images/: ${readdirSync(screenshots).join(', ')}`);
}
if (result.status !== 0 && existsSync(join(cache, 'failures'))) {
  for (const f of readdirSync(join(cache, 'failures'))) console.log(`== e2e: failure screenshot: ${join(cache, 'failures', f)}`);
}
console.log(`== e2e: end: ${result.status === 0 ? 'passed' : 'FAILED'} after ${seconds()}`);
process.exit(result.status === 0 ? 0 : 1);
