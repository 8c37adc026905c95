/**
 * JSON-RPC 2.0 as a language server speaks it, over any transport that carries whole messages: requests with their
 * answers, notifications, `$/cancelRequest`, and requests to the client. The server's own, so that it starts without
 * compiling and setting up a general library (the protocol layer is most of what runs before `initialize` is answered).
 */

export type MessageId = number | string;

export interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: MessageId | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
}

/** What is known of a message too large to read: the members its transport found while skipping it. */
export interface UnreadMembers {
  readonly id?: MessageId;
  readonly method?: string;
  /** `params.textDocument.uri`: the document a notification about a document is about. */
  readonly uri?: string;
  /** `params.textDocument.languageId`, which a `didOpen` gives. */
  readonly languageId?: string;
}

/** A message its transport did not read, being longer than `limit` bytes: delivered in its place. */
export class UnreadMessage {
  constructor(
    readonly bytes: number,
    readonly limit: number,
    readonly members: UnreadMembers,
  ) {}
}

/** Carries messages: a byte stream with Content-Length headers, node IPC, or a worker's postMessage. */
export interface MessageTransport {
  /**
   * Starts delivering what arrives: each message as parsed JSON, not yet checked, an UnreadMessage for one too large
   * to read, or an Error for data that could not be read as a message (the transport goes on with the data after it).
   */
  listen(receive: (message: unknown) => void): void;
  send(message: Message): void;
  /** Stops reading and writing. */
  end(): void;
  /**
   * Reads messages long enough to carry a document of `characters` characters (a positive number), where the transport
   * bounds what it reads (streamTransport.ts).
   */
  fitDocuments?(characters: number): void;
}

/** JSON-RPC's own error codes. */
export enum ErrorCodes {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
}

/** An error answered to a request as it is: code and message. */
export class ResponseError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export type RequestHandler = (params: unknown, token: CancellationToken) => unknown;
export type NotificationHandler = (params: unknown) => unknown;

const CANCEL = '$/cancelRequest';

/** A request or notification waiting its turn; an UnreadMessage as params stands for a notification not read. */
interface Queued {
  readonly id: MessageId | undefined;
  readonly method: string;
  readonly params: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is MessageId => typeof v === 'number' || typeof v === 'string';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One connection. Messages are handled one per turn of the event loop, in the order they came: a `$/cancelRequest`
 * read together with its request cancels it before it runs, and the host answers other events in between.
 */
export class JsonRpcConnection {
  readonly #requests = new Map<string, RequestHandler>();
  readonly #notifications = new Map<string, NotificationHandler>();
  #unreadHandler: NotificationHandler | undefined;
  readonly #queue: Queued[] = [];
  /** Tokens of the requests received and not yet answered, by id. */
  readonly #tokens = new Map<MessageId, { isCancellationRequested: boolean }>();
  readonly #waiting = new Map<MessageId, { resolve(result: unknown): void; reject(error: Error): void }>();
  #nextId = 0;
  #scheduled = false;
  #ended = false;

  readonly #transport: MessageTransport;
  /** Reports what the connection cannot act on: malformed data, failing notification handlers. */
  readonly #logError: (message: string) => void;
  /** Runs a callback on a later turn of the event loop. */
  readonly #later: (callback: () => void) => void;

  constructor(transport: MessageTransport, logError: (message: string) => void, later: (callback: () => void) => void) {
    this.#transport = transport;
    this.#logError = logError;
    this.#later = later;
  }

  onRequest(method: string, handler: RequestHandler): void {
    this.#requests.set(method, handler);
  }

  onNotification(method: string, handler: NotificationHandler): void {
    this.#notifications.set(method, handler);
  }

  /** Told of each notification too large to read, in its place among the others (a request is answered with an error). */
  onUnread(handler: (message: UnreadMessage) => void): void {
    this.#unreadHandler = handler as NotificationHandler;
  }

  sendRequest(method: string, params: unknown): Promise<unknown> {
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      if (this.#ended) return reject(new Error(`${method}: the connection is closed`));
      this.#waiting.set(id, { resolve, reject });
      this.#send({ jsonrpc: '2.0', id, method, params });
    });
  }

  sendNotification(method: string, params: unknown): void {
    this.#send({ jsonrpc: '2.0', method, params });
  }

  listen(): void {
    this.#transport.listen((message) => this.#receive(message));
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#transport.end();
    for (const { reject } of this.#waiting.values()) reject(new Error('the connection is closed'));
    this.#waiting.clear();
  }

  #send(message: Message): void {
    if (!this.#ended) this.#transport.send(message);
  }

  #receive(message: unknown): void {
    if (message instanceof Error) return this.#logError(message.message);
    if (message instanceof UnreadMessage) return this.#unread(message);
    if (!isObject(message)) return this.#logError(`Received a message that is not a JSON-RPC object: ${String(JSON.stringify(message)).slice(0, 200)}`);
    const { id, method } = message;
    if (typeof method !== 'string') {
      if (isId(id) && ('result' in message || 'error' in message)) return this.#answered(id, message);
      return this.#logError(`Received a message that is neither a request, a notification nor a response: ${JSON.stringify(message).slice(0, 200)}`);
    }
    if (method === CANCEL) {
      // Acted on at once: the request may still be waiting in the queue.
      const cancelled = isObject(message.params) ? message.params.id : undefined;
      const token = isId(cancelled) ? this.#tokens.get(cancelled) : undefined;
      if (token) token.isCancellationRequested = true;
      return;
    }
    if (isId(id)) this.#tokens.set(id, { isCancellationRequested: false });
    this.#enqueue({ id: isId(id) ? id : undefined, method, params: message.params });
  }

  #unread(message: UnreadMessage): void {
    const { id, method } = message.members;
    const text = `${method ?? 'A message'} of ${message.bytes} bytes was not read: the server reads at most ${message.limit}`;
    this.#logError(text);
    if (method === undefined) return; // a response, or nothing known: logged
    if (id !== undefined) this.#send({ jsonrpc: '2.0', id, error: { code: ErrorCodes.InvalidRequest, message: text } });
    // In the queue, so that it is acted on after the messages before it and before those after it.
    else this.#enqueue({ id: undefined, method, params: message });
  }

  #enqueue(message: Queued): void {
    this.#queue.push(message);
    if (!this.#scheduled) {
      this.#scheduled = true;
      this.#later(() => this.#handleNext());
    }
  }

  #handleNext(): void {
    const message = this.#queue.shift();
    if (this.#queue.length > 0) this.#later(() => this.#handleNext());
    else this.#scheduled = false;
    if (message === undefined || this.#ended) return;
    if (message.id !== undefined) void this.#handleRequest(message.id, message.method, message.params);
    else this.#handleNotification(message.method, message.params, message.params instanceof UnreadMessage ? this.#unreadHandler : this.#notifications.get(message.method));
  }

  async #handleRequest(id: MessageId, method: string, params: unknown): Promise<void> {
    const token = this.#tokens.get(id)!;
    try {
      const handler = this.#requests.get(method);
      if (!handler) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
      // LSP passes params by name: an array is no params object.
      if (Array.isArray(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${method} takes its params as an object, not an array`);
      const result = await handler(params, token);
      this.#send({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
    } catch (error) {
      const { code, message, data } =
        error instanceof ResponseError ? error : { code: ErrorCodes.InternalError, message: `Request ${method} failed with message: ${messageOf(error)}`, data: undefined };
      this.#send({ jsonrpc: '2.0', id, error: data === undefined ? { code, message } : { code, message, data } });
    } finally {
      this.#tokens.delete(id);
    }
  }

  #handleNotification(method: string, params: unknown, handler: NotificationHandler | undefined): void {
    // Unknown notifications, `$/…` ones included, are ignored, as the protocol asks.
    if (!handler) return;
    const failed = (error: unknown) => this.#logError(`Notification handler '${method}' failed with message: ${messageOf(error)}`);
    try {
      const done = handler(params);
      if (done instanceof Promise) done.catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  #answered(id: MessageId, message: Record<string, unknown>): void {
    const waiting = this.#waiting.get(id);
    if (!waiting) return this.#logError(`Received a response for an unknown request id: ${String(id)}`);
    this.#waiting.delete(id);
    const { error } = message;
    if (error !== undefined) {
      const known = isObject(error);
      waiting.reject(new ResponseError(known && typeof error.code === 'number' ? error.code : ErrorCodes.InternalError, known && typeof error.message === 'string' ? error.message : 'error', known ? error.data : undefined));
    } else waiting.resolve(message.result);
  }
}
