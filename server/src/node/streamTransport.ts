import type { Readable, Writable } from 'node:stream';
import { type Message, type MessageTransport, UnreadMessage } from '../server/jsonrpc';
import { type BodyScanner, bodyScanner } from './bodyScanner';

const HEADER_END = Buffer.from('\r\n\r\n');
const decoder = new TextDecoder('utf-8');
/** A header block is a few short lines; this much data without the blank line that ends one is none. */
const MAX_HEADER = 64 * 1024;
/**
 * The longest body read, unless a larger bonding.maxFileSize asks for more (`fitDocuments`). A document within the
 * default (20 000 000 characters) fits even with every character escaped in six bytes; a longer body is skipped as
 * it arrives, so a huge paste is not held in memory.
 */
export const MAX_BODY = 128 * 1024 * 1024;

/**
 * The longest body to read for documents of `characters` characters, each escaped in six bytes, with their envelope;
 * never more than V8's longest string (2^29 - 24 characters), which a body must decode to.
 */
export const bodyFor = (characters: number) => Math.min(2 ** 29 - 24, Math.max(MAX_BODY, 6 * characters + 65536));

interface Skipped {
  readonly scanner: BodyScanner;
  readonly length: number;
  /** The longest body read when this one's header came. */
  readonly limit: number;
  left: number;
}

/**
 * Splits a byte stream into messages by their `Content-Length` headers. Bad data is reported and skipped at once: a
 * header block without a usable length up to its blank line (or up to a `Content-Length` inside it), a body that is
 * not JSON as a whole. Chunks are kept as they come and joined once a message is complete, so a large document costs
 * one copy; a body above `maxBody` is not kept at all, and an UnreadMessage says what it was.
 */
export class MessageFraming {
  #chunks: Buffer[] = [];
  #size = 0;
  /** The length of the body being read, once its header has been. */
  #bodyLength = -1;
  /** The body being skipped, and how much of it is still to come. */
  #skipping: Skipped | undefined;

  readonly #deliver: (message: unknown) => void;
  /** The longest body read: set while messages come, it applies from the next header on. */
  maxBody: number;

  constructor(deliver: (message: unknown) => void, maxBody = MAX_BODY) {
    this.#deliver = deliver;
    this.maxBody = maxBody;
  }

  receive(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    for (;;) {
      if (this.#skipping) {
        if (!this.#skip(this.#skipping)) return;
        this.#skipping = undefined;
        continue;
      }
      if (this.#bodyLength < 0) {
        const headerLength = this.#headerLength();
        if (headerLength < 0 && this.#size > MAX_HEADER) {
          // Data without a blank line is no header: dropped, but for an end that may start one.
          this.#deliver(new Error(`No message header in ${this.#size} bytes`));
          this.#take(this.#size - HEADER_END.length);
        }
        const head = this.#take(headerLength);
        if (head === undefined) return;
        const text = head.subarray(0, head.length - HEADER_END.length).toString('latin1');
        const length = contentLength(text);
        if (typeof length === 'number') {
          if (length > this.maxBody) this.#skipping = { scanner: bodyScanner(), length, limit: this.maxBody, left: length };
          else this.#bodyLength = length;
          continue;
        }
        // Junk in front of a header (the end of a body longer than its Content-Length said): read on from the header.
        const resume = text.lastIndexOf('Content-Length:');
        if (resume > 0) {
          this.#deliver(new Error(`Skipped ${resume} bytes that are no message header`));
          this.#chunks.unshift(head.subarray(resume));
          this.#size += head.length - resume;
        } else this.#deliver(new Error(length));
        continue;
      }
      const body = this.#take(this.#bodyLength);
      if (body === undefined) return;
      this.#bodyLength = -1;
      this.#deliver(parse(body));
    }
  }

  /** Reads what has come of a skipped body and lets it go; true once all of it has, the message delivered. */
  #skip(skipping: Skipped): boolean {
    while (skipping.left > 0 && this.#chunks.length > 0) {
      const chunk = this.#chunks.shift()!;
      const used = Math.min(chunk.length, skipping.left);
      skipping.scanner.feed(chunk, 0, used);
      skipping.left -= used;
      this.#size -= used;
      if (used < chunk.length) this.#chunks.unshift(chunk.subarray(used));
    }
    if (skipping.left > 0) return false;
    this.#deliver(new UnreadMessage(skipping.length, skipping.limit, skipping.scanner.members()));
    return true;
  }

  /** Length of the header block with its blank line, when all of it has arrived. */
  #headerLength(): number {
    if (this.#size === 0) return -1;
    const all = this.#chunks.length === 1 ? this.#chunks[0]! : this.#joined();
    const end = all.indexOf(HEADER_END);
    return end < 0 ? -1 : end + HEADER_END.length;
  }

  #joined(): Buffer {
    const all = Buffer.concat(this.#chunks, this.#size);
    this.#chunks = [all];
    return all;
  }

  /** The first `length` bytes, taken out; undefined until they have arrived. */
  #take(length: number): Buffer | undefined {
    if (length < 0 || this.#size < length) return undefined;
    const all = this.#chunks.length === 1 ? this.#chunks[0]! : this.#joined();
    const rest = all.subarray(length);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#size = rest.length;
    return all.subarray(0, length);
  }
}

/** The Content-Length of a header block, or what is wrong with it. */
function contentLength(head: string): number | string {
  let length: number | undefined;
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `Message header must separate key and value using ':' (${line.slice(0, 80)})`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length value must be a number: ${value.slice(0, 80)}`;
    length = Number(value);
  }
  return length ?? 'Header must provide a Content-Length property';
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch (error) {
    return new Error(`Message body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Writes a message with its header. */
export function frame(message: Message): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`;
}

/** Messages over a readable and a writable byte stream: stdio, a socket, a named pipe. */
export function streamTransport(input: Readable, output: Writable): MessageTransport {
  // A client that is gone leaves nobody to write to; its end is noticed on the input.
  output.on('error', () => undefined);
  let receive: (message: unknown) => void = () => undefined;
  const framing = new MessageFraming((message) => receive(message));
  return {
    listen(deliver) {
      receive = deliver;
      input.on('data', (chunk: Buffer) => framing.receive(chunk));
    },
    fitDocuments(characters) {
      // Only ever raised: a document opened under the largest limit given must stay readable as it changes.
      framing.maxBody = Math.max(framing.maxBody, bodyFor(characters));
    },
    send(message) {
      output.write(frame(message), 'utf8');
    },
    end() {
      input.removeAllListeners('data');
      output.end();
    },
  };
}
