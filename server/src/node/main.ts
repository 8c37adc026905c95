import { join } from 'node:path';
import { startServer } from '../server/connection';
import { createLspConnection } from '../server/lsp';
import { consoleToClientLog } from './console';
import { DiskWorkspace } from './diskWorkspace';
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
const connection = createLspConnection(openTransport(transport, () => connection.end()), {
  exit: (code) => process.exit(code),
  watchClientProcess: watchClient,
});
if (args.clientProcessId !== undefined) watchClient(args.clientProcessId);
if (transport.kind === 'stdio') consoleToClientLog(connection.log);

// The service is built into dist/engine.js, beside this file, and loaded on first use: `initialize` is answered
// without waiting for its code to compile.
const engine = new EngineLoader<typeof Engine>(join(__dirname, 'engine.js'), args.cacheDir);

// Cross-file checks see the open documents and the files next to them on disk.
// A `.bondlintrc.json` in the folder of a document or above it is merged over the client's settings, as bondlint reads it.
startServer(connection, (documents) => new DiskWorkspace(documents), {
  engine: () => engine.load(),
  // Compiled from source: run it once on a sample so the cache written holds the code a check runs.
  prepare: () => {
    const loaded = engine.load();
    if (!engine.needsSaving) return;
    loaded.warmUp();
    engine.save();
  },
  documentSettings: (uri, settings) => engine.load().rcSettingsForUri(uri, settings),
});
connection.listen();
