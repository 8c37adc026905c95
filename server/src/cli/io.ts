/** What the CLI needs from its process; tests pass their own. */
export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colours are only used there). */
  readonly stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /**
   * Reads standard input to its end. Beyond `keepBytes` only its first 8 KB are kept (for the binary test and the
   * format): the rest is counted and let go.
   */
  readStdin(keepBytes: number): Promise<{ readonly kept: Buffer; readonly bytes: number }>;
}

/** A mistake in the command line: reported with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {}

/** A problem with one input path (unreadable, binary, a symbolic link loop…): reported as `bondlint: PATH: message`. */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
}

/** Stops the command with exit code 2 after printing `bondlint: MESSAGE` for each message. */
export class FatalError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join('\n'));
  }
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'symbolic link loop',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

/** A short, stable description of a file system error, without the stack or the syscall details. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ERRNO_TEXT[code]) return ERRNO_TEXT[code];
  if (error instanceof Error) return error.message.replace(/^[A-Z]+: /, '');
  return String(error);
}

/**
 * Control characters (C0 but the tab, DEL, C1), line and paragraph separators and bidirectional overrides as
 * escapes. A file name or a value read from a file is printed through this: it cannot move the cursor, retitle or
 * recolour the terminal, reorder what is shown, or begin a line of its own (which GitHub Actions would take for a
 * `::command::`).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c < '\u0100' ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

/** A line for standard error, `bondlint: MESSAGE`, with the message `printable`. */
export function errorLine(message: string): string {
  return `bondlint: ${printable(message)}\n`;
}

/** Colours only on a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paint(color: boolean): Paint {
  if (!color) {
    const same = (s: string) => s;
    return { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same };
  }
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39) };
}
