import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyScanner } from '../../server/src/node/bodyScanner';
import { MAX_BODY, MessageFraming, bodyFor, frame } from '../../server/src/node/streamTransport';
import { ErrorCodes, JsonRpcConnection, type Message, type MessageTransport, ResponseError, UnreadMessage } from '../../server/src/server/jsonrpc';

/** What a framing delivers for `chunks`: messages, and `!reason` for each error. */
function read(...chunks: (string | Buffer)[]): unknown[] {
  const out: unknown[] = [];
  const framing = new MessageFraming((m) => out.push(m instanceof Error ? `!${m.message}` : m));
  for (const chunk of chunks) framing.receive(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, 'latin1'));
  return out;
}

const message = (id: number) => ({ jsonrpc: '2.0', id, method: 'm', params: { text: 'é ✓' } });
const framed = (id: number) => Buffer.from(frame(message(id) as Message), 'utf8');

describe('message framing', () => {
  it('reads messages whole, several in a chunk or one split anywhere, headers in any case and order', () => {
    const two = Buffer.concat([framed(1), framed(2)]);
    assert.deepEqual(read(two), [message(1), message(2)]);
    for (let cut = 1; cut < two.length; cut += 7) assert.deepEqual(read(two.subarray(0, cut), two.subarray(cut)), [message(1), message(2)], `cut at ${cut}`);
    const body = Buffer.from(JSON.stringify(message(3)), 'utf8');
    const head = Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n`);
    assert.deepEqual(read(Buffer.concat([head, body])), [message(3)]);
  });

  it('a large body in many chunks', () => {
    const big = { jsonrpc: '2.0', method: 'didOpen', params: { text: 'x'.repeat(1 << 20) } };
    const bytes = Buffer.from(frame(big as Message));
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
    assert.deepEqual(read(...chunks), [big]);
  });

  it('bad data is reported and the next message is read at once', () => {
    const next = framed(9);
    const cases: [string, string | Buffer, RegExp][] = [
      ['no Content-Length', 'Content-Type: x\r\n\r\n', /must provide a Content-Length/],
      ['a length that is no number', 'Content-Length: twelve\r\n\r\n', /must be a number/],
      ['a line without a colon', 'garbage\r\n\r\n', /separate key and value/],
      ['a body that is not JSON', 'Content-Length: 5\r\n\r\n{"a":', /not JSON/],
      ['an empty body', 'Content-Length: 0\r\n\r\n', /not JSON/],
      ['a body longer than its length said', `Content-Length: 3\r\n\r\n{}}junk`, /Skipped 4 bytes|not JSON/],
    ];
    for (const [what, bad, error] of cases) {
      const out = read(bad, next);
      assert.equal(out.length >= 2, true, `${what}: ${JSON.stringify(out)}`);
      assert.match(String(out[0]), error, what);
      assert.deepEqual(out[out.length - 1], message(9), `${what}: the next message`);
    }
  });

  it('junk without any blank line is dropped once it is longer than a header can be, and what follows is read', () => {
    const out = read('z'.repeat(100_000), framed(4));
    assert.match(String(out[0]), /No message header in 100000 bytes/);
    assert.deepEqual(out.slice(-1), [message(4)]);
  });

  it('invalid UTF-8 becomes replacement characters, not an error', () => {
    const body = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x","params":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    assert.deepEqual(read(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body])), [{ jsonrpc: '2.0', method: 'x', params: '\ufffd\ufffd' }]);
  });
});

/** What a scanner finds in `body` fed in pieces of `step` bytes. */
function scan(body: string | Buffer, step = Infinity): object {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const scanner = bodyScanner();
  for (let i = 0; i < bytes.length; i += step) scanner.feed(bytes, i, Math.min(bytes.length, i + step));
  return scanner.members();
}

describe('the scanner of a body not read', () => {
  const didOpen = { uri: 'file:///t/a%20b/proc/net/bonding/bond0' };
  it('finds the id, the method and the document (its uri and language) wherever they come, cut anywhere, and nothing else', () => {
    const text = 'Bonding Mode: x\n\"quoted\" {"uri":"file:///not/this"} [1, 2] \\';
    const bodies = [
      `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${didOpen.uri}","languageId":"x","version":7,"text":"${text}"}}}`,
      // the text first and keys in another order, as a client with unordered objects writes them
      ` { "params" : { "textDocument" : { "text" : "${text}" , "version" : 7 , "uri" : "${didOpen.uri}" , "languageId" : "x" } } , "method" : "textDocument\/didOpen" }\n`,
    ];
    for (const body of bodies) {
      for (const step of [Infinity, 1, 2, 3, 7, 64]) assert.deepEqual(scan(body, step), { method: 'textDocument/didOpen', ...didOpen, languageId: 'x' }, `${body.slice(0, 30)} in pieces of ${step}`);
    }
    assert.deepEqual(scan('{"id":12,"method":"textDocument/hover","params":{"textDocument":{"uri":"u"},"position":{"line":1}}}', 5), { id: 12, method: 'textDocument/hover', uri: 'u' });
    assert.deepEqual(scan('{"id":"a\u0062","result":{"uri":"x"}}'), { id: 'ab' });
    // members at other paths, in arrays, of other types, or too long to be what they name are not taken
    assert.deepEqual(scan('{"params":{"contentChanges":[{"uri":"x","textDocument":{"uri":"y"}}],"method":"m"},"uri":"z"}'), {});
    assert.deepEqual(scan('[{"method":"m"}]'), {});
    assert.deepEqual(scan('{"constructor":"x","__proto__":"y","toString":1}'), {});
    assert.deepEqual(scan('{"method":7,"id":true,"params":{"textDocument":{"uri":{"a":1},"version":1}}}'), {});
    assert.deepEqual(scan(`{"method":"${'m'.repeat(10_000)}","params":{"textDocument":{"uri":"u"}}}`), { uri: 'u' });
    assert.deepEqual(scan(`{"${'k'.repeat(10_000)}":1,"method":"m"}`), { method: 'm' });
  });

  it('takes any bytes: no JSON, deep nesting, a body cut short', () => {
    // every byte value, in a scrambled order that repeats
    assert.deepEqual(scan(Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) >>> 24))), {});
    assert.deepEqual(scan(`${'['.repeat(100_000)}{"method":"m"}`), {});
    assert.deepEqual(scan(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`), {});
    // closing what was opened beyond the depth followed finds the top again
    assert.deepEqual(scan(`{"a":${'['.repeat(500)}${']'.repeat(500)},"method":"m"}`), { method: 'm' });
    assert.deepEqual(scan('{"method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a'), { method: 'textDocument/didOpen' });
    assert.deepEqual(scan('{"id":12'), {}, 'a number cut short is not taken');
  });
});

describe('a body above the longest read', () => {
  it('is skipped: the framing delivers what it was and reads on', () => {
    const big = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///big', version: 3, text: 'x\n'.repeat(5000) } } };
    const bytes = Buffer.concat([Buffer.from(frame(big as Message)), framed(1)]);
    const bodyLength = Buffer.byteLength(JSON.stringify(big));
    for (const cut of [1, 100, 4096, bytes.length]) {
      const out: unknown[] = [];
      const framing = new MessageFraming((m) => out.push(m), 1000);
      for (let i = 0; i < bytes.length; i += cut) framing.receive(bytes.subarray(i, i + cut));
      assert.deepEqual(out, [new UnreadMessage(bodyLength, 1000, { method: 'textDocument/didOpen', uri: 'file:///big' }), message(1)], `in pieces of ${cut}`);
    }
    // a body of exactly the longest is read
    const exact = Buffer.from(frame(message(2) as Message));
    const out: unknown[] = [];
    new MessageFraming((m) => out.push(m), Buffer.byteLength(JSON.stringify(message(2)))).receive(exact);
    assert.deepEqual(out, [message(2)]);
  });
});

describe('the longest body read follows bonding.maxFileSize', () => {
  it('fits six bytes a character and an envelope, at least 128 MiB, at most what V8 can hold as one string', () => {
    assert.equal(bodyFor(1), MAX_BODY);
    assert.equal(bodyFor(20_000_000), MAX_BODY, 'the default fits the fixed bound');
    assert.equal(bodyFor(30_000_000), 180_065_536);
    assert.equal(bodyFor(1e12), 2 ** 29 - 24);
    assert.equal(bodyFor(Infinity), 2 ** 29 - 24);
  });

  it('a bound raised while a body is skipped applies from the next header; the skipped one reports the bound it met', () => {
    const big = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///big', version: 1, text: 'x\n'.repeat(5000) } } };
    const bytes = Buffer.from(frame(big as Message));
    const bodyLength = Buffer.byteLength(JSON.stringify(big));
    const out: unknown[] = [];
    const framing = new MessageFraming((m) => out.push(m), 1000);
    framing.receive(bytes.subarray(0, 200));
    framing.maxBody = bodyLength;
    framing.receive(bytes.subarray(200));
    framing.receive(bytes);
    assert.deepEqual(out, [new UnreadMessage(bodyLength, 1000, { method: 'textDocument/didOpen', uri: 'file:///big' }), big]);
  });
});

/** A connection over a transport that the test feeds and reads. */
function connect() {
  const sent: Message[] = [];
  const errors: string[] = [];
  let receive: (m: unknown) => void = () => undefined;
  const transport: MessageTransport = { listen: (r) => (receive = r), send: (m) => sent.push(m), end: () => undefined };
  const connection = new JsonRpcConnection(transport, (e) => errors.push(e), setImmediate);
  connection.listen();
  // Messages are handled one per turn of the event loop.
  const settle = async () => {
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  };
  return { connection, sent, errors, receive: (m: unknown) => receive(m), settle };
}

describe('JSON-RPC connection', () => {
  it('answers requests: results, null for none, errors by kind', async () => {
    const { connection, sent, receive, settle } = connect();
    connection.onRequest('ok', (p) => ({ got: p }));
    connection.onRequest('none', () => undefined);
    connection.onRequest('async', async () => 7);
    connection.onRequest('refused', () => {
      throw new ResponseError(-32800, 'cancelled', { why: 1 });
    });
    connection.onRequest('broken', () => {
      throw new TypeError('boom');
    });
    for (const [id, method, params] of [[1, 'ok', { a: 1 }], [2, 'none', {}], [3, 'async', {}], [4, 'refused', {}], [5, 'broken', {}], [6, 'nothing', {}], [7, 'ok', [1, 2]], ['s', 'ok', undefined]] as const) {
      receive({ jsonrpc: '2.0', id, method, params });
    }
    await settle();
    assert.deepEqual(sent, [
      { jsonrpc: '2.0', id: 1, result: { got: { a: 1 } } },
      { jsonrpc: '2.0', id: 2, result: null },
      { jsonrpc: '2.0', id: 3, result: 7 },
      { jsonrpc: '2.0', id: 4, error: { code: -32800, message: 'cancelled', data: { why: 1 } } },
      { jsonrpc: '2.0', id: 5, error: { code: ErrorCodes.InternalError, message: 'Request broken failed with message: boom' } },
      { jsonrpc: '2.0', id: 6, error: { code: ErrorCodes.MethodNotFound, message: 'Unhandled method nothing' } },
      { jsonrpc: '2.0', id: 7, error: { code: ErrorCodes.InvalidParams, message: 'ok takes its params as an object, not an array' } },
      { jsonrpc: '2.0', id: 's', result: { got: undefined } },
    ]);
  });

  it('a $/cancelRequest read with its request cancels it before it runs', async () => {
    const { connection, receive, settle } = connect();
    const seen: boolean[] = [];
    connection.onRequest('slow', (_p, token) => seen.push(token.isCancellationRequested));
    receive({ jsonrpc: '2.0', id: 1, method: 'slow', params: {} });
    receive({ jsonrpc: '2.0', id: 2, method: 'slow', params: {} });
    receive({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 2 } });
    await settle();
    assert.deepEqual(seen, [false, true]);
  });

  it('notifications: handled in order, unknown ones ignored, failures reported', async () => {
    const { connection, sent, errors, receive, settle } = connect();
    const got: unknown[] = [];
    connection.onNotification('n', (p) => got.push(p));
    connection.onNotification('fails', () => {
      throw new Error('bad');
    });
    connection.onNotification('rejects', () => Promise.reject(new Error('worse')));
    for (const method of ['n', 'unknown', '$/unknown', 'fails', 'rejects', 'n']) receive({ jsonrpc: '2.0', method, params: method });
    await settle();
    assert.deepEqual(got, ['n', 'n']);
    assert.deepEqual(sent, []);
    assert.deepEqual(errors, ["Notification handler 'fails' failed with message: bad", "Notification handler 'rejects' failed with message: worse"]);
  });

  it('what is no message is reported, not answered', async () => {
    const { sent, errors, receive, settle } = connect();
    for (const m of [[], 42, null, 'x', { jsonrpc: '2.0', id: 3 }, { jsonrpc: '2.0', id: 4, result: 1 }, new Error('unreadable')]) receive(m);
    await settle();
    assert.deepEqual(sent, []);
    assert.equal(errors.length, 7);
    assert.match(errors[5]!, /unknown request id: 4/);
    assert.equal(errors[6], 'unreadable');
  });

  it('requests to the client resolve with their result or reject with their error; end rejects those left', async () => {
    const { connection, sent, receive } = connect();
    const ok = connection.sendRequest('a', { x: 1 });
    const refused = connection.sendRequest('b', {});
    const left = connection.sendRequest('c', {});
    assert.deepEqual(sent.map((m) => [m.id, m.method]), [[1, 'a'], [2, 'b'], [3, 'c']]);
    receive({ jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'no' } });
    receive({ jsonrpc: '2.0', id: 1, result: [1] });
    assert.deepEqual(await ok, [1]);
    await assert.rejects(refused, (e: ResponseError) => e.code === -32601 && e.message === 'no');
    connection.end();
    await assert.rejects(left, /closed/);
    await assert.rejects(connection.sendRequest('d', {}), /closed/);
  });

  it('a message not read: a request is answered with an error, a notification takes its turn, anything else is logged', async () => {
    const { connection, sent, errors, receive, settle } = connect();
    const order: unknown[] = [];
    connection.onNotification('n', (p) => order.push(p));
    connection.onUnread((m) => order.push(m.members.method));
    receive(new UnreadMessage(5000, 1000, { id: 9, method: 'textDocument/hover', uri: 'u' }));
    receive({ jsonrpc: '2.0', method: 'n', params: 1 });
    receive(new UnreadMessage(5000, 1000, { method: 'textDocument/didChange', uri: 'u' }));
    receive({ jsonrpc: '2.0', method: 'n', params: 2 });
    receive(new UnreadMessage(5000, 1000, { id: 1 }));
    receive(new UnreadMessage(5000, 1000, {}));
    await settle();
    assert.deepEqual(order, [1, 'textDocument/didChange', 2]);
    assert.deepEqual(sent, [
      { jsonrpc: '2.0', id: 9, error: { code: ErrorCodes.InvalidRequest, message: 'textDocument/hover of 5000 bytes was not read: the server reads at most 1000' } },
    ]);
    assert.equal(errors.length, 4);
  });
});
