import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const PREFIX = 'engine-';
const SUFFIX = '.v8cache';
const STAMP = /^\/\/ engine ([0-9a-f]{16})\n/;

/**
 * Loads a CommonJS bundle (dist/engine.js) once. Given a cache folder, it keeps V8's compiled code for the bundle
 * there between starts, as editors do for their own code: compiling the service and compiling each function the
 * first time it runs is most of what the first check of a fresh server costs. The file name holds the hash of the
 * bundle that the build writes on its first line and the V8 version, and V8 itself refuses code made under other
 * flags; any failure falls back to compiling from source.
 */
export class EngineLoader<T> {
  private script: Script | undefined;
  private cacheFile: string | undefined;
  private loaded: T | undefined;
  /** Whether the code came from the cache (nothing to save then). */
  private fromCache = false;

  constructor(
    private readonly file: string,
    private readonly cacheDir: string | undefined,
  ) {}

  load(): T {
    if (this.loaded !== undefined) return this.loaded;
    const source = readFileSync(this.file, 'utf8');
    let cachedData: Buffer | undefined;
    // The build's first line names the content (scripts/build.mjs); a bundle without it is not cached.
    const key = STAMP.exec(source)?.[1];
    if (this.cacheDir !== undefined && key !== undefined) {
      this.cacheFile = join(this.cacheDir, `${PREFIX}${key}-${process.versions.v8}-${process.arch}${SUFFIX}`);
      try {
        cachedData = readFileSync(this.cacheFile);
      } catch {
        // not made yet
      }
    }
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: this.file, cachedData });
    this.script = script;
    this.fromCache = cachedData !== undefined && !script.cachedDataRejected;
    const module = { exports: {} as T };
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(this.file), module, this.file, dirname(this.file));
    return (this.loaded = module.exports);
  }

  /** Whether `save` would write: there is a cache folder and the code was compiled from source. */
  get needsSaving(): boolean {
    return this.cacheFile !== undefined && this.script !== undefined && !this.fromCache;
  }

  /** Writes the code compiled so far (the functions that have run included), replacing the files of other versions. */
  save(): void {
    if (!this.needsSaving) return;
    const file = this.cacheFile!;
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Written whole under another name first: a reader never sees half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, this.script!.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
    } finally {
      rmSync(temporary, { force: true });
    }
    this.fromCache = true;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && join(dir, name) !== file) rmSync(join(dir, name), { force: true });
    }
  }
}
