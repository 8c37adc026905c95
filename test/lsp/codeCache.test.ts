import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { EngineLoader } from '../../server/src/node/engineLoader';
import { LspClient } from './client';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bonding-cache-'));
  dirs.push(dir);
  return dir;
};
const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8cache')).sort();
/** The cache file of each bundle: `[engine, engine-config]`. */
const bundleCaches = (dir: string) => ['engine', 'engine-config'].map((bundle) => cacheFiles(dir).find((n) => new RegExp(`^${bundle}-[0-9a-f]{16}-`).test(n)));

/** Starts the server with a cache folder, checks the seed dump, and answers its diagnostics once the server is idle. */
async function checkSeed(cacheDir: string): Promise<unknown[]> {
  const client = new LspClient(['dist/server.js', '--stdio', `--cacheDir=${cacheDir}`]);
  try {
    await client.initialize({}, { locale: 'en' });
    const uri = 'file:///tickets/seed.txt';
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
    const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    // The cache is written after the warm-up that follows initialize; a request answered means that is done.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(client.stderr, '');
    return diagnostics;
  } finally {
    await client.shutdown();
  }
}

describe('the compiled-code cache of the node server (--cacheDir)', () => {
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('the first start writes it for both bundles, private to the user; later starts read it and check the same', async () => {
    const parent = tempDir();
    const dir = join(parent, 'globalStorage', 'code-cache');
    const first = await checkSeed(dir);
    assert.equal(first.length, 6);
    const files = cacheFiles(dir);
    assert.equal(files.length, 2, files.join(' '));
    const [engine, config] = bundleCaches(dir);
    assert.match(engine ?? '', new RegExp(`^engine-[0-9a-f]{16}-${process.versions.v8}-${process.arch}\\.v8cache$`));
    assert.match(config ?? '', new RegExp(`^engine-config-[0-9a-f]{16}-${process.versions.v8}-${process.arch}\\.v8cache$`));
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    const written = files.map((file) => {
      assert.equal(statSync(join(dir, file)).mode & 0o777, 0o600);
      return statSync(join(dir, file)).mtimeMs;
    });
    await sleep(20);
    assert.deepEqual(await checkSeed(dir), first);
    // Used, not written again.
    assert.deepEqual(files.map((file) => statSync(join(dir, file)).mtimeMs), written);
    assert.deepEqual(cacheFiles(dir), files);
  });

  it('a cache of one bundle only: the other is written at the next start, the first left as it is', async () => {
    const dir = tempDir();
    await checkSeed(dir);
    const [engine, config] = bundleCaches(dir);
    rmSync(join(dir, config!));
    const written = statSync(join(dir, engine!)).mtimeMs;
    await checkSeed(dir);
    assert.deepEqual(bundleCaches(dir), [engine, config]);
    assert.equal(statSync(join(dir, engine!)).mtimeMs, written);
  });

  it('a damaged cache is refused by V8 and replaced; the files of other versions are removed', async () => {
    const dir = tempDir();
    const first = await checkSeed(dir);
    const files = cacheFiles(dir);
    const [engine] = bundleCaches(dir);
    const good = readFileSync(join(dir, engine!));
    writeFileSync(join(dir, engine!), Buffer.from('not V8 code at all'));
    writeFileSync(join(dir, 'engine-0000000000000000-9.9.9-x64.v8cache'), good);
    writeFileSync(join(dir, 'engine-config-0000000000000000-9.9.9-x64.v8cache'), good);
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    assert.deepEqual(await checkSeed(dir), first);
    assert.ok(readFileSync(join(dir, engine!)).length > 1000, 'written anew');
    // The other bundle's file of this build stays; older versions of either go once its bundle is saved.
    assert.deepEqual(readdirSync(dir).sort(), [...files, 'engine-config-0000000000000000-9.9.9-x64.v8cache', 'notes.txt'].sort());
  });

  it('a cache folder that cannot be made: the server says so once and works without it', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'file'), '');
    const client = new LspClient(['dist/server.js', '--stdio', `--cacheDir=${join(parent, 'file', 'cache')}`]);
    try {
      await client.initialize({}, { locale: 'en' });
      const uri = 'file:///tickets/seed.txt';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'bonding-status', version: 1, text: SEED } });
      const { diagnostics } = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
      assert.equal(diagnostics.length, 6);
      const logged = await client.waitFor('window/logMessage', (p) => p.message.includes('preparing the service failed'));
      assert.match(logged.message, /ENOTDIR/);
    } finally {
      await client.shutdown();
    }
  });

  it('the cache is keyed by the hash on the first line of dist/engine.js, which the build writes', () => {
    const code = readFileSync('dist/engine.js', 'utf8');
    const stamp = /^\/\/ engine ([0-9a-f]{16})\n/.exec(code)?.[1];
    assert.equal(stamp, createHash('sha256').update(code.slice(code.indexOf('\n') + 1)).digest('hex').slice(0, 16));
  });

  it('a bundle without that line is compiled from source every time, even with a cache folder', () => {
    const dir = tempDir();
    const file = join(dir, 'engine.js');
    writeFileSync(file, 'exports.answer = () => 42;');
    const loader = new EngineLoader<{ answer(): number }>(file, join(dir, 'cache'));
    assert.equal(loader.load().answer(), 42);
    assert.equal(loader.needsSaving, false);
    loader.save();
    assert.deepEqual(readdirSync(dir), ['engine.js']);
  });

  it('a bundle reads the names it is given beside CommonJS\'s, as dist/engine-config.js reads the modules it shares', () => {
    const dir = tempDir();
    const file = join(dir, 'engine-config.js');
    writeFileSync(file, 'exports.answer = __shared.base + 1;');
    const loader = new EngineLoader<{ answer: number }, [{ base: number }]>(file, undefined, ['__shared']);
    assert.equal(loader.load({ base: 41 }).answer, 42);
  });

  it('a bundle never loaded is not saved, though a start would compile it', () => {
    const dir = tempDir();
    const file = join(dir, 'engine-config.js');
    writeFileSync(file, '// engine 0123456789abcdef\nexports.answer = 42;');
    const loader = new EngineLoader<{ answer: number }>(file, join(dir, 'cache'));
    assert.equal(loader.needsSaving, true);
    loader.save();
    assert.deepEqual(readdirSync(dir), ['engine-config.js']);
    assert.equal(loader.load().answer, 42);
    loader.save();
    assert.deepEqual(readdirSync(join(dir, 'cache')), [`engine-config-0123456789abcdef-${process.versions.v8}-${process.arch}.v8cache`]);
    assert.equal(loader.needsSaving, false);
  });

  it('without a cache folder nothing is written; the loader compiles from source', () => {
    const dir = tempDir();
    const file = join(dir, 'engine.js');
    writeFileSync(file, 'exports.answer = () => 42; exports.dir = __dirname;');
    const loader = new EngineLoader<{ answer(): number; dir: string }>(file, undefined);
    const loaded = loader.load();
    assert.equal(loaded.answer(), 42);
    assert.equal(loaded.dir, dir);
    assert.equal(loader.load(), loaded, 'loaded once');
    assert.equal(loader.needsSaving, false);
    loader.save();
    assert.deepEqual(readdirSync(dir), ['engine.js']);
  });
});
