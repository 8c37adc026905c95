// The mocha TDD globals the suite uses (mocha defines them while it loads the test files).
type Body = () => void | Promise<void>;
const g = globalThis as unknown as { suite: (name: string, body: () => void) => void; test: (name: string, body: Body) => void; suiteSetup: (body: Body) => void };
export const suite = (name: string, body: () => void) => g.suite(name, body);
export const test = (name: string, body: Body) => g.test(name, body);
export const suiteSetup = (body: Body) => g.suiteSetup(body);
