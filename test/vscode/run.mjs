// `npm run test:vscode`: the desktop suite. @vscode/test-electron downloads VS Code (or uses VSCODE_EXECUTABLE),
// starts it with this folder as the extension under development, and runs suite/*.suite.ts with mocha inside the
// extension host. Where VS Code cannot be downloaded (no access to its update server) or mocha is not installed,
// it says so and skips; `npm run test:e2e` drives a real VS Code (code-server) on such machines.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const require = createRequire(join(root, 'package.json'));
const skip = (why) => {
  console.log(`test:vscode: SKIPPED: ${why}`);
  process.exit(0);
};

let mochaPath;
try {
  mochaPath = require.resolve('mocha');
} catch {
  skip('mocha is not installed (add it as a dev dependency: npm i -D mocha)');
}

const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: join(root, '.cache/vscode-test'), timeout: 30_000 });
  } catch (error) {
    skip(`VS Code could not be downloaded here (${error?.cause?.code ?? error?.code ?? error?.message ?? error}); set VSCODE_EXECUTABLE to use an installed one`);
  }
}

await esbuild.build({
  entryPoints: readdirSync('test/vscode/suite').filter((f) => f.endsWith('.ts')).map((f) => join('test/vscode/suite', f)),
  outdir: 'out/vscode',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
});

const sandbox = mkdtempSync(join(tmpdir(), 'bonding-vscode-'));
const workspace = join(sandbox, 'workspace');
cpSync('fixtures/e2e', workspace, { recursive: true });
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/vscode/index.cjs'),
    extensionTestsEnv: { BONDING_MOCHA: mochaPath },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--locale=en', '--user-data-dir', join(sandbox, 'user-data'), '--extensions-dir', join(sandbox, 'extensions')],
  });
  console.log('test:vscode: passed');
} catch (error) {
  console.error(`test:vscode: FAILED: ${error}`);
  process.exitCode = 1;
} finally {
  rmSync(sandbox, { recursive: true, force: true });
}
