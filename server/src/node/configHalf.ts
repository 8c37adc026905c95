import type * as ConfigFiles from '../service/configFiles';

/** The modules of dist/engine.js that dist/engine-config.js uses, by an index the build gives them (see scripts/engineSplit.mjs). */
export type SharedModules = Readonly<Record<string, unknown>>;

let shared: SharedModules = {};
let loader: ((shared: SharedModules) => typeof ConfigFiles) | undefined;
let loaded: typeof ConfigFiles | undefined;

/** Called by the entry that the build writes for dist/engine.js, with the modules the other half imports. */
export function shareModules(modules: SharedModules): void {
  shared = modules;
}

/** How to load dist/engine-config.js, given the modules it shares with this bundle (node/main.ts). */
export function loadConfigFilesWith(load: (shared: SharedModules) => typeof ConfigFiles): void {
  loader = load;
}

/**
 * service/configHalf.ts in the node server's dist/engine.js: the half of the service that reads configuration files
 * lives in dist/engine-config.js, which is compiled and run the first time a configuration file is met. A session
 * that checks a pasted dump, the first thing most do, spends nothing on the option and key tables.
 */
export function configFiles(): typeof ConfigFiles {
  if (loaded) return loaded;
  if (!loader) throw new Error('the configuration-file half of the service has no loader');
  return (loaded = loader(shared));
}
