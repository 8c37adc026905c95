export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code?: number; message: string };
}

/**
 * The client side of JSON-RPC, whatever carries the messages: requests with their answers, notifications kept
 * and awaitable, and requests from the server answered by `handlers` (null when none is set).
 */
export abstract class JsonRpcPeer {
  private nextId = 1;
  private readonly waiting = new Map<number | string, (m: Message) => void>();
  private readonly listeners: ((m: Message) => void)[] = [];
  readonly notifications: Message[] = [];
  readonly handlers = new Map<string, (params: any) => unknown>();

  constructor(private readonly defaultTimeoutMs: number) {}

  /** Hands one message to the server. */
  protected abstract send(m: Message): void;

  /** Takes one message from the server. */
  protected dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      const handler = this.handlers.get(m.method);
      this.send({ jsonrpc: '2.0', id: m.id, result: handler ? handler(m.params) : null });
    } else if (m.method !== undefined) {
      this.notifications.push(m);
      for (const l of [...this.listeners]) l(m);
    } else if (m.id !== undefined) {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    }
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => (m.error ? reject(Object.assign(new Error(m.error.message), { code: m.error.code })) : resolve(m.result as T)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Resolves with the whole answer (result or error) to a request that was sent by other means, e.g. written raw. */
  waitForResponse(id: number | string): Promise<Message> {
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that satisfies `match`. */
  waitFor(method: string, match: (params: any) => boolean = () => true, timeoutMs = this.defaultTimeoutMs): Promise<any> {
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
}
