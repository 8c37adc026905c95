// The node server's service in two bundles: dist/engine.js, which dist/server.js loads once `initialize` is answered,
// and dist/engine-config.js, the half that reads configuration files, which dist/engine.js loads the first time it
// needs it (server/src/node/configHalf.ts). A pasted dump, the first thing most sessions check, then costs the
// compilation of the first bundle only.
//
// The second bundle holds no copy of a module of the first: each module of the first that it imports becomes a stub
// that reads the first bundle's instance from `__shared`, which the first bundle fills through the entry written here.
// A module is known there by its index among the first bundle's inputs, not by its path: both bundles come from one
// build, and a path would be written twice per module.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const SERVICE_HALF = resolve('server/src/service/configHalf.ts');
const NODE_HALF = resolve('server/src/node/configHalf.ts');
const SHARED = 'engine-shared';
/** The one function every stub of a shared module reads its names with. */
const READ = 'engine-shared-read';
/**
 * Modules each half takes a copy of: the protocol's enumerations, which esbuild writes as values where they are used.
 * Shared, each would be a table of members in dist/engine.js, read through `__shared` by the other half.
 */
const COPIED = new Set(['server/src/service/lspConstants.ts']);

/** Puts node/configHalf.ts, which loads dist/engine-config.js, where the service imports service/configHalf.ts. */
const nodeConfigHalf = {
  name: 'node-config-half',
  setup(build) {
    build.onResolve({ filter: /(^|\/)configHalf$/ }, (args) => (resolve(args.resolveDir, `${args.path}.ts`) === SERVICE_HALF ? { path: NODE_HALF } : undefined));
  },
};

/** The names a module exports (its values: types leave no name behind). */
async function exportsOf(path) {
  const result = await esbuild.build({ entryPoints: [path], bundle: false, format: 'esm', metafile: true, write: false, outdir: 'out/exports', logLevel: 'silent' });
  const names = Object.values(result.metafile.outputs).flatMap((o) => o.exports);
  if (names.includes('default')) throw new Error(`${path}: a default export cannot be shared by name`);
  return names;
}

/** Turns every import of a module of the first bundle (a key of `indexes`) into a stub reading `__shared`. */
function sharedWith(indexes) {
  return {
    name: 'shared-with-engine',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.path === READ) return { path: READ, namespace: READ };
        if (args.kind === 'entry-point' || args.pluginData?.asIs) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { asIs: true } });
        if (found.errors.length > 0) return { errors: found.errors };
        const path = relative(process.cwd(), found.path).replaceAll('\\', '/');
        if (found.external || !indexes.has(path) || COPIED.has(path)) return { path: found.path, external: found.external, namespace: found.namespace, sideEffects: found.sideEffects };
        return { path, namespace: SHARED };
      });
      // An ES module of constants rather than `module.exports = …`: the bundler then gives each name a short local
      // binding, where a CommonJS stub is read as `(0, stub.name)(…)` at every call, name written out in full. Each
      // is read through a call marked pure, so that the bundler drops the names this half never uses.
      build.onLoad({ filter: /.*/, namespace: SHARED }, async (args) => {
        const names = await exportsOf(args.path);
        const bindings = names.map((name) => `export const ${name} = /* @__PURE__ */ read(shared, ${JSON.stringify(name)});`);
        return { contents: [`import { read } from '${READ}';`, `const shared = __shared[${indexes.get(args.path)}];`, ...bindings].join('\n'), loader: 'js' };
      });
      build.onLoad({ filter: /.*/, namespace: READ }, () => ({ contents: 'export const read = (module, name) => module[name];', loader: 'js' }));
    },
  };
}

/**
 * The names the other half reads of each module it shares, by index: its stubs' `read(stub, "name")` calls, those the
 * minifier kept (it drops the reads of names nothing uses).
 */
function namesRead(code) {
  const stubs = new Map([...code.matchAll(/([\w$]+)=__shared\[(\d+)\]/g)].map((m) => [m[1], Number(m[2])]));
  const read = new Map([...stubs.values()].map((index) => [index, new Set()]));
  for (const m of code.matchAll(/\(([\w$]+),"([\w$]+)"\)/g)) if (stubs.has(m[1])) read.get(stubs.get(m[1])).add(m[2]);
  // A stub the minifier kept is read somewhere: none found means the reads are no longer written as looked for here.
  const unread = [...read].filter(([, names]) => names.size === 0).map(([index]) => index);
  if (unread.length > 0) throw new Error(`no name found read from the shared modules ${unread.join(', ')}`);
  return read;
}

/**
 * The entry of dist/engine.js: node/engine.ts, and the names the other half reads, handed to node/configHalf.ts as one
 * object per module. Names imported one by one are shortened by the minifier, where `import * as` made an object with
 * a getter for every export of the module.
 */
function engineEntry(entry, read, paths) {
  const modules = [...read].map(([index, names], i) => ({ index, names: [...names].sort(), path: paths[index], i }));
  return [
    `export * from ${JSON.stringify(`./${entry}`)};`,
    `import { shareModules } from ${JSON.stringify(`./${relative(process.cwd(), NODE_HALF)}`)};`,
    ...modules.map(({ names, path, i }) => `import { ${names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(`./${path}`)};`),
    `shareModules({ ${modules.map(({ index, names, i }) => `${index}: { ${names.map((n) => `${n}: m${i}_${n}`).join(', ')} }`).join(', ')} });`,
  ].join('\n');
}

/**
 * Builds `target` (dist/engine.js) and dist/engine-config.js beside it; answers both metafiles. Three passes: the
 * first bundle alone gives its modules, the second bundle gives those it shares, and the first is built again with
 * an entry that hands them over (which adds no module to it: the build fails if it does).
 */
export async function buildEngineSplit(common, { entryPoints, outfile, plugins = [], ...options }) {
  const entry = entryPoints[0];
  const configOutfile = outfile.replace(/\.js$/, '-config.js');
  const first = await esbuild.build({ ...common, ...options, entryPoints, outfile, plugins: [...plugins, nodeConfigHalf], metafile: true, write: false });
  const engineInputs = new Set(Object.keys(first.metafile.inputs));
  const paths = [...engineInputs].sort();
  const indexes = new Map(paths.map((path, i) => [path, i]));
  const config = await esbuild.build({
    ...common,
    ...options,
    entryPoints: ['server/src/service/configFiles.ts'],
    outfile: configOutfile,
    // First: its resolve runs the others, so an import of service/configHalf.ts becomes the first bundle's instance.
    plugins: [sharedWith(indexes), ...plugins, nodeConfigHalf],
    metafile: true,
    write: false,
  });
  const code = config.outputFiles.find((f) => f.path.endsWith('.js'));
  writeFileSync(code.path, code.contents);
  const engine = await esbuild.build({
    ...common,
    ...options,
    stdin: { contents: engineEntry(entry, namesRead(code.text), paths), resolveDir: process.cwd(), sourcefile: 'engine-entry.ts', loader: 'ts' },
    outfile,
    plugins: [...plugins, nodeConfigHalf],
    metafile: true,
  });
  const added = Object.keys(engine.metafile.inputs).filter((p) => !engineInputs.has(p) && p !== 'engine-entry.ts');
  if (added.length > 0) throw new Error(`sharing modules added to ${outfile}: ${added.join(', ')}`);
  return { engine: engine.metafile, config: config.metafile, configOutfile };
}
