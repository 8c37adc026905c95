import * as ConfigFiles from './configFiles';

/**
 * The half of the service that reads configuration files (configFiles.ts). The rest of the service asks for it here
 * and nowhere else, so that the node server can keep it in a bundle of its own: its build puts node/configHalf.ts,
 * which loads dist/engine-config.js on first use, in the place of this file. The browser server, the CLI and the
 * tests bundle both halves together.
 */
export function configFiles(): typeof ConfigFiles {
  return ConfigFiles;
}
