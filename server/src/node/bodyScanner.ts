import type { UnreadMembers } from '../server/jsonrpc';

/** The members worth knowing of a message that is not read, by their path from the message's top. */
const WANTED = new Map<string, keyof UnreadMembers>([
  ['id', 'id'],
  ['method', 'method'],
  ['params.textDocument.uri', 'uri'],
  ['params.textDocument.languageId', 'languageId'],
]);
/** A value longer than this is not one of the wanted members: a method name, an id, a URI. */
const MAX_VALUE = 8192;
/** Nesting deeper than this is counted, not followed: the wanted members are three levels down. */
const MAX_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export interface BodyScanner {
  feed(chunk: Uint8Array, from?: number, to?: number): void;
  /** What was found; a value cut by the end of the body is not. */
  members(): UnreadMembers;
}

/**
 * Reads a JSON body as it streams past without keeping it: only the few members that say what the message was (its
 * id, method, and the document it is about) are collected, wherever they come in their objects. Any byte sequence is
 * accepted; a body that is no JSON yields what could be found. (A closure rather than a class: its state's names are
 * then shortened in the server's bundle.)
 */
export function bodyScanner(): BodyScanner {
  /** The path of the value being read: an object's frame holds its current key, an array's is undefined (no member is wanted in one). */
  const path: (string | undefined)[] = [];
  /** Containers opened beyond MAX_DEPTH and not yet closed. */
  let deeper = 0;
  let expectKey = false;
  let inString = false;
  let inLiteral = false;
  let escaped = false;
  /** Bytes of the key or wanted value being read, or undefined when the value is skipped. */
  let value: number[] | undefined;
  let target: keyof UnreadMembers | 'key' | undefined;
  const found: { -readonly [K in keyof UnreadMembers]: UnreadMembers[K] } = {};

  const begin = (what: typeof target) => {
    target = what;
    value = what === undefined ? undefined : [];
  };
  const keep = (c: number) => {
    if (value === undefined) return;
    if (value.length < MAX_VALUE) value.push(c);
    else value = undefined;
  };
  /** The wanted member the value about to be read is, if any. */
  const wanted = () => (deeper > 0 ? undefined : WANTED.get(path.join('.')));

  const finish = (quoted: boolean) => {
    inString = inLiteral = false;
    const parsed = value && decode(value, quoted);
    if (target === 'key') {
      // A key too long to keep is none of the wanted ones.
      path[path.length - 1] = typeof parsed === 'string' ? parsed : '';
    } else if (typeof parsed === 'string' || (target === 'id' && typeof parsed === 'number')) {
      found[target!] = parsed as never;
    }
    begin(undefined);
  };

  /**
   * Passes over a string that is not kept (a document's text: most of a large body) by searching for its quote and
   * backslashes rather than looking at every byte; returns where to go on.
   */
  const skipString = (chunk: Uint8Array, from: number, to: number): number => {
    let i = from;
    if (escaped) {
      escaped = false;
      i++;
    }
    let quote = -1;
    while (i < to) {
      if (quote < i) {
        quote = chunk.indexOf(QUOTE, i);
        if (quote < 0 || quote > to) quote = to;
      }
      let backslash = chunk.indexOf(BACKSLASH, i);
      if (backslash < 0 || backslash > quote) backslash = quote;
      if (backslash === quote) {
        if (quote === to) return to;
        finish(true);
        return quote + 1;
      }
      if (backslash + 1 === to) {
        escaped = true;
        return to;
      }
      i = backslash + 2;
    }
    return to;
  };

  const feed = (chunk: Uint8Array, from = 0, to = chunk.length) => {
    for (let i = from; i < to; i++) {
      if (inString && value === undefined) {
        i = skipString(chunk, i, to) - 1;
        continue;
      }
      const c = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          finish(true);
          continue;
        }
        keep(c);
        continue;
      }
      if (inLiteral) {
        if (c === 0x2c || c === 0x7d || c === 0x5d || c <= 0x20) finish(false);
        else {
          keep(c);
          continue;
        }
      }
      switch (c) {
        case QUOTE:
          inString = true;
          begin(expectKey ? 'key' : wanted());
          break;
        case 0x7b: // {
        case 0x5b: // [
          if (path.length < MAX_DEPTH) path.push(c === 0x7b ? '' : undefined);
          else deeper++;
          expectKey = c === 0x7b && deeper === 0;
          break;
        case 0x7d: // }
        case 0x5d: // ]
          if (deeper > 0) deeper--;
          else path.pop();
          expectKey = false;
          break;
        case 0x2c: // ,
          expectKey = deeper === 0 && path[path.length - 1] !== undefined;
          break;
        case 0x3a: // :
          expectKey = false;
          break;
        default:
          if (c > 0x20) {
            inLiteral = true;
            begin(wanted());
            keep(c);
          }
      }
    }
  };
  return { feed, members: () => found };
}

/** A JSON value from its bytes (a string's without its quotes), or undefined when they are no JSON. */
function decode(bytes: number[], quoted: boolean): unknown {
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return JSON.parse(quoted ? `"${text}"` : text);
  } catch {
    return undefined;
  }
}
