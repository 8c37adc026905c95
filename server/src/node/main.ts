import { join } from 'node:path';
import * as textDocument from '../textDocument';
import { startServer } from '../server/connection';
import { createLspConnection } from '../server/lsp';
import { consoleToClientLog } from './console';
import { DiskWorkspace } from './diskWorkspace';
import type * as ConfigFiles from '../service/configFiles';
import type { SharedModules } from './configHalf';
import type * as Engine from './engine';
import { EngineLoader } from './engineLoader';
import { USAGE, openTransport, parseServerArgs } from './transport';
import { watchProcess } from './watchdog';

const args = parseServerArgs(process.argv.slice(2));
const transport = args.transport;
if (!transport) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(1);
}

// The client process is watched from the start when the command line names it, else from `initialize` on.
let watching = false;
const watchClient = (pid: number) => {
  if (watching) return;
  watching = true;
  watchProcess(pid, () => connection.end());
};
const messages = openTransport(transport, () => connection.end());
const connection = createLspConnection(messages, {
  exit: (code) => process.exit(code),
  watchClientProcess: watchClient,
});
if (args.clientProcessId !== undefined) watchClient(args.clientProcessId);
if (transport.kind === 'stdio') consoleToClientLog(connection.log);

// The service is built into dist/engine.js, beside this file, and loaded on first use: `initialize` is answered
// without waiting for its code to compile. Its half that reads configuration files is dist/engine-config.js, loaded
// when the service first needs it, with the modules of dist/engine.js that it shares (see configHalf.ts).
// The engine takes this bundle's text documents (textDocument.ts) instead of a copy of its own (scripts/build.mjs).
const engine = new EngineLoader<typeof Engine, [{ textDocument: typeof textDocument }]>(join(__dirname, 'engine.js'), args.cacheDir, ['__server']);
const config = new EngineLoader<typeof ConfigFiles, [SharedModules]>(join(__dirname, 'engine-config.js'), args.cacheDir, ['__shared']);
let loadedEngine: typeof Engine | undefined;
const loadEngine = () => {
  if (loadedEngine) return loadedEngine;
  const loaded = engine.load({ textDocument });
  loaded.loadConfigFilesWith((shared) => config.load(shared));
  return (loadedEngine = loaded);
};

// Cross-file checks see the open documents and the files next to them on disk.
// A `.bondlintrc.json` in the folder of a document or above it is merged over the client's settings, as bondlint reads it.
startServer(connection, (documents) => new DiskWorkspace(documents), {
  engine: loadEngine,
  // Compiled from source: run it once on samples (a dump and an ifcfg file, which loads the other half) so that the
  // caches written hold the code a check runs.
  prepare: () => {
    const loaded = loadEngine();
    if (!engine.needsSaving && !config.needsSaving) return;
    loaded.warmUp();
    engine.save();
    config.save();
  },
  documentSettings: (uri, settings) => loadEngine().rcSettingsForUri(uri, settings),
  fitDocuments: (characters) => messages.fitDocuments?.(characters),
});
connection.listen();
