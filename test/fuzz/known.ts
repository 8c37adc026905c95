import assert from 'node:assert/strict';

/**
 * Bugs already reported, tolerated while a property keeps looking for new ones. A check that fails calls
 * `expect(false, message)`; when a known issue explains the message for the document under test, the violation is
 * counted instead of thrown, and the test ends as TODO with the count and an example. Anything else fails the test.
 */
export interface KnownIssue {
  readonly id: string;
  readonly explains: (message: string, text: string) => boolean;
}

/** Text for messages: every character outside printable ASCII escaped, so that invisible ones show. */
export const visible = (text: string): string => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

let issues: readonly KnownIssue[] = [];
let subject = '';
const seen = new Map<string, { count: number; example: string }>();

/** The document the next checks are about. */
export function setSubject(text: string): void {
  subject = text;
}

export function expect(condition: boolean, message: string): void {
  if (condition) return;
  const known = issues.find((k) => k.explains(message, subject));
  if (!known) assert.fail(`${message}\nin ${visible(subject.length > 2000 ? `${subject.slice(0, 2000)}…` : subject)}`);
  const entry = seen.get(known.id) ?? { count: 0, example: `${message.split('\n')[0]} in ${visible(subject.slice(0, 200))}` };
  entry.count++;
  seen.set(known.id, entry);
}

/** Runs `run`; an exception becomes a violation (so a known crash is tolerated like any known issue). */
export function guard<T>(what: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    const e = error instanceof Error ? error : new Error(String(error));
    expect(false, `${what} threw ${e.name}: ${e.message}\n${e.stack ?? ''}`);
    return undefined;
  }
}

interface TestContext {
  diagnostic(message: string): void;
  todo(message?: string): void;
}

/** Runs a property with the given known issues, then marks the test TODO and prints them if any showed up. */
export function tracking(known: readonly KnownIssue[]): (t: TestContext, run: () => void) => void {
  return (t, run) => {
    issues = known;
    seen.clear();
    let passed = false;
    try {
      run();
      passed = true;
    } finally {
      for (const [id, { count, example }] of seen) t.diagnostic(`known issue ${id}: ${count}×, e.g. ${example}`);
      // only a passing run becomes TODO: a new problem next to known ones still fails
      if (passed && seen.size > 0) t.todo(`known issues: ${[...seen.keys()].join(', ')}`);
      seen.clear();
    }
  };
}
