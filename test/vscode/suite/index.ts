// Entry of the desktop suite inside the extension host: runs every *.suite.cjs next to it with mocha (TDD interface).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface MochaRunner {
  addFile(file: string): void;
  run(done: (failures: number) => void): void;
}

export function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(process.env.BONDING_MOCHA ?? 'mocha') as new (options: object) => MochaRunner;
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.suite.cjs'))) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed`)) : resolve())));
}
