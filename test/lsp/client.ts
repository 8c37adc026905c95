import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { JsonRpcPeer, type Message } from './peer';

/** A minimal LSP client speaking JSON-RPC with Content-Length framing to a spawned server. */
export class LspClient extends JsonRpcPeer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);

  constructor(args: string[] = ['dist/server.js', '--stdio']) {
    super(10_000);
    this.child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', () => undefined);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  writeRaw(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  protected send(m: Message): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  async initialize(capabilities: unknown = {}, extra: Record<string, unknown> = {}): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, ...extra });
    this.notify('initialized', {});
    return result;
  }

  get alive(): boolean {
    return this.child.exitCode === null;
  }

  async shutdown(): Promise<void> {
    if (this.alive) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
    }
    await new Promise<void>((resolve) => {
      if (!this.alive) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
