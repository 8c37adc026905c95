import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, type Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { JsonRpcPeer, type Message } from './peer';

/** The transports a client can choose, as the server reads them from its command line. */
export type TransportKind = 'stdio' | 'node-ipc' | 'socket' | 'pipe';

/** Splits a byte stream into JSON-RPC messages by their Content-Length headers. */
export class Framing {
  private buffer = Buffer.alloc(0);
  /** Chunks of a body still coming, joined once it is whole: joining at every chunk made a 50 MB answer take seconds. */
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private needed = 0;

  constructor(private readonly deliver: (m: Message) => void) {}

  receive(chunk: Buffer): void {
    if (this.pendingLength + chunk.length < this.needed) {
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      return;
    }
    this.buffer = Buffer.concat([this.buffer, ...this.pending, chunk]);
    this.pending = [];
    this.pendingLength = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        this.needed = headerEnd + 4 + length - this.buffer.length;
        return;
      }
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.deliver(JSON.parse(body) as Message);
    }
  }

  static frame(m: Message): Buffer {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  }
}

/** A minimal LSP client speaking JSON-RPC to a spawned server, over stdio by default. */
export class LspClient extends JsonRpcPeer {
  private readonly child: ChildProcess;
  private readonly exit: Promise<number | null>;
  private write: (data: Buffer) => void;
  private readonly cleanups: (() => void)[] = [];
  /** Ends the client's side of the transport, as a client that goes away does. */
  private hangUp: () => void;
  stderr = '';

  constructor(args: string[] = ['dist/server.js', '--stdio'], ipc = false) {
    super(10_000);
    this.child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? (['ipc'] as const) : [])] });
    this.exit = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    const framing = new Framing((m) => this.dispatch(m));
    this.child.stdout!.on('data', (chunk: Buffer) => framing.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.stdin!.on('error', () => undefined);
    this.write = (data) => this.child.stdin!.write(data);
    if (ipc) this.child.on('message', (m) => this.dispatch(m as Message));
    this.hangUp = ipc ? () => this.child.disconnect() : () => this.child.stdin!.end();
  }

  /** Starts `dist/server.js` with the transport's arguments and waits until the server is connected. */
  static async start(transport: TransportKind, extraArgs: string[] = []): Promise<LspClient> {
    if (transport === 'stdio') return new LspClient(['dist/server.js', '--stdio', ...extraArgs]);
    if (transport === 'node-ipc') return new LspClient(['dist/server.js', '--node-ipc', ...extraArgs], true);
    // Socket and pipe: the client listens, the server connects (as vscode-languageclient arranges it).
    const server: Server = createServer();
    let address: string;
    let cleanup = () => server.close();
    if (transport === 'socket') {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      address = `--socket=${(server.address() as { port: number }).port}`;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'bonding-pipe-'));
      await new Promise<void>((resolve) => server.listen(join(dir, 'lsp.sock'), resolve));
      address = `--pipe=${join(dir, 'lsp.sock')}`;
      cleanup = () => server.close(() => rmSync(dir, { recursive: true, force: true }));
    }
    const connected = new Promise<Socket>((resolve) => server.once('connection', resolve));
    const client = new LspClient(['dist/server.js', address, ...extraArgs]);
    const socket = await connected;
    const framing = new Framing((m) => client.dispatch(m));
    socket.on('data', (chunk: Buffer) => framing.receive(chunk));
    socket.on('error', () => undefined);
    client.write = (data) => socket.write(data);
    client.cleanups.push(() => socket.destroy(), cleanup);
    client.hangUp = () => socket.destroy();
    return client;
  }

  writeRaw(data: string | Buffer): void {
    this.write(Buffer.isBuffer(data) ? data : Buffer.from(data));
  }

  protected send(m: Message): void {
    if (this.child.send && this.child.connected) this.child.send(m);
    else this.writeRaw(Framing.frame(m));
  }

  async initialize(capabilities: unknown = {}, extra: Record<string, unknown> = {}): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, ...extra });
    this.notify('initialized', {});
    return result;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Closes the transport from the client's side: the server's standard input, the IPC channel or the socket. */
  closeInput(): void {
    this.hangUp();
  }

  /** The exit code, once the server ended within `timeoutMs` (undefined if it did not). */
  exited(timeoutMs = 5000): Promise<number | null | undefined> {
    return Promise.race([this.exit, sleep(timeoutMs, undefined, { ref: false })]);
  }

  async shutdown(): Promise<void> {
    if (this.alive) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
    }
    if ((await this.exited(2000)) === undefined) this.child.kill();
    for (const c of this.cleanups) c();
  }
}
