import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A minimal LSP client speaking JSON-RPC with Content-Length framing to a spawned server. */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number | string, (m: Message) => void>();
  private readonly listeners: ((m: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  /** Requests the server sent to us, answered by `onRequest` handlers (default: null). */
  readonly handlers = new Map<string, (params: unknown) => unknown>();

  constructor(args: string[] = ['dist/server.js', '--stdio']) {
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

  private dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      const handler = this.handlers.get(m.method);
      this.write({ jsonrpc: '2.0', id: m.id, result: handler ? handler(m.params) : null });
      return;
    }
    if (m.method !== undefined) {
      this.notifications.push(m);
      for (const l of [...this.listeners]) l(m);
      return;
    }
    if (m.id !== undefined) {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    }
  }

  writeRaw(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  private write(m: Message): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => (m.error ? reject(Object.assign(new Error(m.error.message), { code: m.error.code })) : resolve(m.result as T)));
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that satisfies `match`. */
  waitFor(method: string, match: (params: any) => boolean = () => true, timeoutMs = 10_000): Promise<any> {
    const seen = this.notifications.find((n) => n.method === method && match(n.params));
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      const listener = (m: Message) => {
        if (m.method !== method || !match(m.params)) return;
        clearTimeout(timer);
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(m.params);
      };
      this.listeners.push(listener);
    });
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
