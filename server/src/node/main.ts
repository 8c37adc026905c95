import { startServer } from '../server/connection';
import { createLspConnection } from '../server/lsp';
import { rcSettingsForUri } from './bondlintrc';
import { consoleToClientLog } from './console';
import { DiskWorkspace } from './diskWorkspace';
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
const connection = createLspConnection((logger) => openTransport(transport, logger, () => connection.end()), {
  exit: (code) => process.exit(code),
  watchClientProcess: watchClient,
});
if (args.clientProcessId !== undefined) watchClient(args.clientProcessId);
if (transport.kind === 'stdio') consoleToClientLog(connection.log);

// Cross-file checks see the open documents and the files next to them on disk.
// A `.bondlintrc.json` in the folder of a document or above it is merged over the client's settings, as bondlint reads it.
startServer(connection, (documents) => new DiskWorkspace(documents), { documentSettings: rcSettingsForUri });
connection.listen();
