import { createConnection } from 'node:net';
import type { MessageTransport } from '../server/jsonrpc';
import { streamTransport } from './streamTransport';

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

/**
 * The messages of the transport; `onInputClosed` runs when the client is gone (stdin ends, the socket or the IPC
 * channel closes). With a socket or a pipe the client listens and the server connects, as vscode-languageclient does.
 */
export function openTransport(transport: Transport, onInputClosed: () => void): MessageTransport {
  switch (transport.kind) {
    case 'stdio':
      process.stdin.on('end', onInputClosed);
      process.stdin.on('close', onInputClosed);
      return streamTransport(process.stdin, process.stdout);
    case 'node-ipc':
      return ipcTransport(onInputClosed);
    case 'socket':
    case 'pipe': {
      const socket = transport.kind === 'socket' ? createConnection(transport.port, '127.0.0.1') : createConnection(transport.name);
      socket.on('close', onInputClosed);
      return streamTransport(socket, socket);
    }
  }
}

/** Messages over the IPC channel of a process started by node's `fork` (VS Code's default). */
function ipcTransport(onInputClosed: () => void): MessageTransport {
  const receivers: ((message: unknown) => void)[] = [];
  return {
    listen(receive) {
      receivers.push(receive);
      process.on('message', receive);
      process.on('disconnect', onInputClosed);
    },
    send(message) {
      // A closed channel means the client is gone; its end is noticed by `disconnect`.
      if (process.connected) process.send!(message, undefined, undefined, () => undefined);
    },
    end() {
      for (const receive of receivers) process.off('message', receive);
    },
  };
}
