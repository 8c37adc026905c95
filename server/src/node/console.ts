import { Console } from 'node:console';
import { Writable } from 'node:stream';
import type { MessageType } from '../service/lspConstants';

/**
 * Over stdio, stdout carries the protocol: a stray `console.log` would corrupt it. Every console method writes
 * to the client's log instead (`window/logMessage`), as vscode-languageserver arranges for stdio servers.
 */
export function consoleToClientLog(log: (type: MessageType, message: string) => void): void {
  const stream = (type: MessageType) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        log(type, String(chunk).replace(/\n$/, ''));
        done();
      },
    });
  globalThis.console = new Console({ stdout: stream(4), stderr: stream(1) });
}
