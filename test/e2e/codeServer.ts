import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

export function cacheDir(): string {
  return process.env.E2E_CACHE ?? join(process.cwd(), '.cache/e2e');
}

export function codeServerEntry(): string {
  return join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules/code-server/out/node/entry.js');
}

/**
 * A folder for one run: HOME, TMPDIR and the XDG folders of code-server and Chromium point into it, so nothing is
 * written into the user's home; removed by `dispose()`.
 */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'bonding-e2e-'));
  readonly env: NodeJS.ProcessEnv;

  constructor() {
    const dirs = { HOME: 'home', TMPDIR: 'tmp', XDG_CONFIG_HOME: 'xdg/config', XDG_DATA_HOME: 'xdg/data', XDG_CACHE_HOME: 'xdg/cache', XDG_STATE_HOME: 'xdg/state', XDG_RUNTIME_DIR: 'xdg/runtime' };
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const [name, sub] of Object.entries(dirs)) {
      const path = join(this.root, sub);
      mkdirSync(path, { recursive: true, mode: 0o700 });
      env[name] = path;
    }
    for (const name of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'VSCODE_IPC_HOOK_CLI']) delete env[name];
    this.env = env;
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

export interface CodeServerOptions {
  readonly sandbox: Sandbox;
  /** Name of this instance's user-data folder inside the sandbox. */
  readonly name: string;
  /** `.vsix` files installed before the start. */
  readonly extensions: readonly string[];
  readonly folder: string;
  readonly settings: Record<string, unknown>;
  readonly locale?: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Installs a `.vsix` with code-server's own CLI, into the user-data folder the instance will use: a language pack
 * registers itself there (languagepacks.json).
 */
function installExtension(sandbox: Sandbox, userData: string, extensionsDir: string, vsix: string): string {
  const result = spawnSync(process.execPath, [codeServerEntry(), '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], {
    env: sandbox.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  return output.trim();
}

export class CodeServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    readonly log: () => string,
  ) {}

  static async start(options: CodeServerOptions): Promise<CodeServer> {
    const { sandbox } = options;
    const userData = sandbox.path(options.name, 'user-data');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(options.settings, null, 2));
    const extensionsDir = sandbox.path(options.name, 'extensions');
    for (const vsix of options.extensions) installExtension(sandbox, userData, extensionsDir, vsix);
    if (options.locale && !options.locale.startsWith('en')) registerStandInLanguagePack(userData, options.locale);
    const port = await freePort();
    const args = [
      codeServerEntry(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      ...(options.locale ? ['--locale', options.locale] : []),
      options.folder,
    ];
    // Its own process group, so stopping it also stops the extension host and the language server it started.
    const child = spawn(process.execPath, args, { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    const server = new CodeServer(`http://127.0.0.1:${port}`, child, () => output);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
      const healthy = await fetch(`${server.url}/healthz`).then((r) => r.ok, () => false);
      if (healthy) return server;
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`code-server did not answer on ${server.url} within 60 s:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The workbench URL for a folder. */
  folderUrl(folder: string): string {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-this.child.pid!, name);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Copies a fixture folder into the sandbox, so edits made by the test never touch the repository. */
export function copyWorkspace(sandbox: Sandbox, from: string, name: string): string {
  const to = sandbox.path(name);
  cpSync(from, to, { recursive: true });
  return to;
}

/**
 * Registers a language pack that translates nothing, the way VS Code records installed packs (languagepacks.json in
 * the user-data folder). With it, `--locale zh-cn` makes VS Code's display language Simplified Chinese
 * (`vscode.env.language` is `zh-cn`) although the workbench's own texts stay English: enough for the extension's
 * manifest (package.nls.zh-cn.json), its l10n bundle and the server's texts. Real packs come from the Marketplace,
 * which these machines cannot reach.
 */
function registerStandInLanguagePack(userData: string, locale: string): void {
  const translations = join(userData, `stand-in-language-pack-${locale}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [locale]: {
      hash: `stand-in-${locale}`,
      extensions: [{ extensionIdentifier: { id: `e2e.stand-in-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}
