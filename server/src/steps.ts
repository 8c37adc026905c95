/**
 * Long work (parsing and checking a pasted sosreport) written once and run two ways: at once (the CLI, hover), or a
 * slice at a time so the language server keeps answering and can drop work a newer edit has made useless. A step
 * generator yields where it may pause; it yields nothing else.
 */
export type Steps<T> = Generator<void, T, void>;

/** The shape of an LSP cancellation token: set when the work's result is no longer wanted. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Work already done: no step, just its result. */
export function* finished<T>(value: T): Steps<T> {
  return value;
}

/** Runs every step at once. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Gives pending messages (a newer edit, a hover, one just sent) their turn before the work goes on; a Web Worker has no setImmediate. */
export const turn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs the steps, giving the event loop a turn whenever `sliceMs` have passed since the last one; answers undefined
 * as soon as the token is cancelled (the rest of the work is never done, and the steps' `finally` blocks run).
 */
export async function runSliced<T>(steps: Steps<T>, token: Cancellation, sliceMs = 10): Promise<T | undefined> {
  let since = Date.now();
  try {
    for (;;) {
      if (token.isCancellationRequested) return undefined;
      const r = steps.next();
      if (r.done) return r.value;
      if (Date.now() - since >= sliceMs) {
        await turn();
        since = Date.now();
      }
    }
  } finally {
    steps.return(undefined as never);
  }
}

/**
 * One piece of work that several callers may drive: the sliced validation and, meanwhile, a hover that needs the
 * same analysis at once. Whoever runs it further takes it from where it paused; nobody does it twice.
 */
export class SharedSteps<T> {
  #result: { readonly value: T } | undefined;

  readonly #work: Steps<T>;

  constructor(work: Steps<T>) {
    this.#work = work;
  }

  *steps(): Steps<T> {
    while (!this.#result) {
      const r = this.#work.next();
      if (r.done) this.#result = { value: r.value };
      else yield;
    }
    return this.#result.value;
  }
}
