import {
  IPCMessageReader,
  IPCMessageWriter,
  type Logger,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  createServerPipeTransport,
  createServerSocketTransport,
} from 'vscode-jsonrpc/node';

/** How the client talks to the server, chosen on the command line as with every vscode-languageserver server. */
export type Transport =
  | { readonly kind: 'stdio' }
  | { readonly kind: 'node-ipc' }
  | { readonly kind: 'socket'; readonly port: number }
  | { readonly kind: 'pipe'; readonly name: string };

export interface ServerArgs {
  readonly transport?: Transport;
  /** `--clientProcessId`: the server ends when this process is gone. */
  readonly clientProcessId?: number;
  /** `--cacheDir`: where compiled code is kept between starts (see engineLoader.ts). */
  readonly cacheDir?: string;
}

export const USAGE = 'usage: server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--clientProcessId=PID] [--cacheDir=DIR]';

/** Reads `--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`, `--clientProcessId=N` and `--cacheDir=DIR`, each also as two words. */
export function parseServerArgs(argv: readonly string[]): ServerArgs {
  let transport: Transport | undefined;
  let clientProcessId: number | undefined;
  let cacheDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = () => (eq < 0 ? argv[++i] : arg.slice(eq + 1));
    if (name === '--stdio') transport ??= { kind: 'stdio' };
    else if (name === '--node-ipc') transport ??= { kind: 'node-ipc' };
    else if (name === '--socket') {
      const port = Number.parseInt(value() ?? '', 10);
      if (port > 0) transport ??= { kind: 'socket', port };
    } else if (name === '--pipe') {
      const pipe = value();
      if (pipe) transport ??= { kind: 'pipe', name: pipe };
    } else if (name === '--clientProcessId') {
      const pid = Number.parseInt(value() ?? '', 10);
      if (!Number.isNaN(pid)) clientProcessId ??= pid;
    } else if (name === '--cacheDir') {
      const dir = value();
      if (dir) cacheDir ??= dir;
    }
  }
  return { transport, clientProcessId, cacheDir };
}

/** The JSON-RPC connection over the transport; `onInputClosed` runs when stdin ends (the client is gone). */
export function openTransport(transport: Transport, logger: Logger, onInputClosed: () => void): MessageConnection {
  let reader: MessageReader;
  let writer: MessageWriter;
  switch (transport.kind) {
    case 'stdio':
      process.stdin.on('end', onInputClosed);
      process.stdin.on('close', onInputClosed);
      reader = new StreamMessageReader(process.stdin);
      writer = new StreamMessageWriter(process.stdout);
      break;
    case 'node-ipc':
      reader = new IPCMessageReader(process);
      writer = new IPCMessageWriter(process);
      break;
    case 'socket':
      [reader, writer] = createServerSocketTransport(transport.port);
      break;
    case 'pipe':
      [reader, writer] = createServerPipeTransport(transport.name);
      break;
  }
  return createMessageConnection(reader, writer, logger);
}
