import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const SUFFIX = '.v8cache';
const STAMP = /^\/\/ engine ([0-9a-f]{16})\n/;

/**
 * Loads a CommonJS bundle (dist/engine.js, dist/engine-config.js) once. Given a cache folder, it keeps V8's compiled
 * code for the bundle there between starts, as editors do for their own code: compiling the service and compiling
 * each function the first time it runs is most of what the first check of a fresh server costs. The file name holds
 * the bundle's name, the hash of its content that the build writes on its first line and the V8 version, and V8
 * itself refuses code made under other flags; any failure falls back to compiling from source.
 */
export class EngineLoader<T, A extends unknown[] = []> {
  #script: Script | undefined;
  #cacheFile: string | undefined;
  #loaded: T | undefined;
  /** Whether the code came from the cache (nothing to save then). */
  #fromCache = false;

  /** The bundle's name, which its cache files start with: `engine` gives `engine-<hash>-<V8 version>-<arch>.v8cache`. */
  readonly #name: string;

  readonly #file: string;
  readonly #cacheDir: string | undefined;
  readonly #parameters: readonly string[];

  /** `parameters`: names the bundle's code reads beside CommonJS's, given to `load` (see node/configHalf.ts). */
  constructor(file: string, cacheDir: string | undefined, parameters: readonly string[] = []) {
    this.#file = file;
    this.#cacheDir = cacheDir;
    this.#parameters = parameters;
    this.#name = basename(file, '.js');
  }

  load(...args: A): T {
    if (this.#loaded !== undefined) return this.#loaded;
    const source = readFileSync(this.#file, 'utf8');
    let cachedData: Buffer | undefined;
    this.#cacheFile = this.#cacheFileFor(source);
    if (this.#cacheFile !== undefined) {
      try {
        cachedData = readFileSync(this.#cacheFile);
      } catch {
        // not made yet
      }
    }
    const parameters = ['exports', 'require', 'module', '__filename', '__dirname', ...this.#parameters].join(', ');
    const script = new Script(`(function (${parameters}) {${source}\n})`, { filename: this.#file, cachedData });
    this.#script = script;
    this.#fromCache = cachedData !== undefined && !script.cachedDataRejected;
    const module = { exports: {} as T };
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(this.#file), module, this.#file, dirname(this.#file), ...args);
    return (this.#loaded = module.exports);
  }

  /**
   * Whether `save` would write: there is a cache folder and the code was compiled from source. Asked before the
   * bundle is loaded: whether loading it would compile it from source, there being no cache of this build.
   */
  get needsSaving(): boolean {
    if (this.#script !== undefined) return this.#cacheFile !== undefined && !this.#fromCache;
    const file = this.#cacheFileFor(this.#firstLine());
    return file !== undefined && !existsSync(file);
  }

  /** The cache file for the bundle whose text starts with `source`: none without a cache folder or a stamp. */
  #cacheFileFor(source: string): string | undefined {
    // The build's first line names the content (scripts/build.mjs); a bundle without it is not cached.
    const key = STAMP.exec(source)?.[1];
    if (this.#cacheDir === undefined || key === undefined) return undefined;
    return join(this.#cacheDir, `${this.#name}-${key}-${process.versions.v8}-${process.arch}${SUFFIX}`);
  }

  /** The bundle's first 64 bytes, where the build's stamp is: a start asks this of a bundle it may never load. */
  #firstLine(): string {
    if (this.#cacheDir === undefined) return '';
    let fd: number | undefined;
    try {
      fd = openSync(this.#file, 'r');
      const head = Buffer.alloc(64);
      return head.toString('latin1', 0, readSync(fd, head, 0, head.length, 0));
    } catch {
      return '';
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /**
   * Writes the code compiled so far (the functions that have run included), replacing the files of other versions;
   * nothing for a bundle not loaded.
   */
  save(): void {
    if (this.#script === undefined || !this.needsSaving) return;
    const file = this.#cacheFile!;
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Written whole under another name first: a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.#script!.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    } finally {
      rmSync(temporary, { force: true });
    }
    this.#fromCache = true;
    // Another bundle's files stay: `engine-config-…` is not a version of `engine`.
    for (const name of readdirSync(dir)) {
      if (this.#isOwnCache(name) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
    }
  }

  /** Whether `file` is a cache file of this bundle, of whatever version. */
  #isOwnCache(file: string): boolean {
    const prefix = `${this.#name}-`;
    return file.startsWith(prefix) && file.endsWith(SUFFIX) && /^[0-9a-f]{16}-/.test(file.slice(prefix.length));
  }
}
