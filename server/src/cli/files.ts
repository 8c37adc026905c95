import { type Stats, lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGE_IFCFG, LANGUAGE_PROC, languageIdFor } from '../service/documents';
import { type Io, type PathProblem, describeError } from './io';

/** How much of a file is looked at for a NUL byte, as git and grep do to tell binary files. */
export const BINARY_PROBE_BYTES = 8192;
/** Files above this size are not read at all (the service's own limit, `maxFileSize`, is far smaller by default). */
export const MAX_READ_BYTES = 256 * 1024 * 1024;
export const STDIN_PATH = '-';

export interface FoundFile {
  readonly abs: string;
  /** Named on the command line (checked whatever its content) rather than found in a folder. */
  readonly explicit: boolean;
}

export interface InputFile {
  /** Path as shown in output: relative to the working directory when inside it, `<stdin>` for standard input. */
  readonly display: string;
  /** Absolute path on disk; undefined for standard input. */
  readonly abs: string | undefined;
  /** Folder where the search for `.bondlintrc.json` starts. */
  readonly dir: string;
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
  /** The bytes are valid UTF-8, so writing `text` back changes nothing else (`--fix` refuses otherwise). */
  readonly utf8: boolean;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' ? basename(abs) : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/** Hidden entries (`.git`, `.bondlintrc.json`) and dependency folders are never walked into. */
function skippedInWalk(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Expands files and folders into the files to read, in a stable order (folders sorted by name). Symbolic links
 * are followed; a link that leads back into a folder being walked is reported once and not followed, and a file
 * reached twice (named twice, or through a link) is read once, a link met in a walk under the path of its file. One walker serves all the paths of a command line.
 */
export class PathWalker {
  private readonly seenFiles = new Set<string>();
  private readonly walkedDirs = new Set<string>();

  constructor(private readonly io: Io) {}

  expand(path: string): { files: FoundFile[]; problems: PathProblem[] } {
    const files: FoundFile[] = [];
    const problems: PathProblem[] = [];
    const show = (p: string) => displayPath(p, this.io.cwd);

    const visit = (abs: string, explicit: boolean, ancestors: readonly string[]) => {
      let st: Stats;
      try {
        st = statSync(abs);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        let link = false;
        try {
          link = lstatSync(abs).isSymbolicLink();
        } catch {
          link = false;
        }
        const message = code === 'ELOOP' ? 'symbolic link loop, not followed' : link && code === 'ENOENT' ? 'broken symbolic link' : describeError(error);
        problems.push({ path: show(abs), message });
        return;
      }
      let real: string;
      try {
        real = realpathSync(abs);
      } catch (error) {
        problems.push({ path: show(abs), message: describeError(error) });
        return;
      }
      if (st.isDirectory()) {
        if (ancestors.includes(real)) {
          problems.push({ path: show(abs), message: `symbolic link loop (leads back to ${show(real)}), not followed` });
          return;
        }
        if (this.walkedDirs.has(real)) return;
        this.walkedDirs.add(real);
        let names: string[];
        try {
          names = readdirSync(abs).sort();
        } catch (error) {
          problems.push({ path: show(abs), message: describeError(error) });
          return;
        }
        for (const name of names) if (!skippedInWalk(name)) visit(join(abs, name), false, [...ancestors, real]);
      } else if (st.isFile()) {
        if (this.seenFiles.has(real)) return;
        this.seenFiles.add(real);
        // A link met in a walk stands for the file it leads to: that file's name and folder say what it is (a link
        // `eth1` to `ifcfg-eth1` is an ifcfg file), and it is checked once, under its own path, whichever comes first.
        files.push({ abs: !explicit && isLink(abs) ? real : abs, explicit });
      } else if (explicit) {
        problems.push({ path: show(abs), message: 'not a regular file' });
      }
    };

    visit(resolve(this.io.cwd, path), true, []);
    return { files, problems };
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export type ReadResult = { kind: 'text'; file: InputFile } | { kind: 'binary' } | { kind: 'problem'; problem: PathProblem } | { kind: 'skip' };

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

function fileUri(abs: string): string {
  return pathToFileURL(abs).href;
}

/** Whether a file found in a folder walk is one bondlint checks: a dump, an ifcfg file, or a text with a pasted dump. */
function worthChecking(languageId: string, text: string): boolean {
  if (languageId === LANGUAGE_PROC || languageId === LANGUAGE_IFCFG) return true;
  // A line that opens a dump is enough: parsing a huge log here would cost what the size limit later avoids.
  return /^[ \t>]*(?:Ethernet Channel Bonding Driver:|Bonding Mode: )/m.test(text);
}

/** Reads one found file. Binary files named on the command line are problems; binary files found in folders are skipped. */
export function readFound(found: FoundFile, io: Io): ReadResult {
  const display = displayPath(found.abs, io.cwd);
  let buffer: Buffer;
  try {
    const size = statSync(found.abs).size;
    if (size > MAX_READ_BYTES) return { kind: 'problem', problem: { path: display, message: `file too large to read (${size} bytes)` } };
    buffer = readFileSync(found.abs);
  } catch (error) {
    return { kind: 'problem', problem: { path: display, message: describeError(error) } };
  }
  if (isBinary(buffer)) return found.explicit ? { kind: 'problem', problem: { path: display, message: 'binary file, not checked' } } : { kind: 'binary' };
  const text = buffer.toString('utf8');
  const languageId = languageIdFor(found.abs, text);
  if (!found.explicit && !worthChecking(languageId, text)) return { kind: 'skip' };
  const utf8 = Buffer.from(text, 'utf8').equals(buffer);
  return { kind: 'text', file: { display, abs: found.abs, dir: dirname(found.abs), uri: fileUri(found.abs), languageId, text, utf8 } };
}

/** Standard input as a file; `name` (from `--stdin-filename`) decides its format and how it is shown. */
export async function readStdin(io: Io, name?: string): Promise<ReadResult> {
  const display = name ?? '<stdin>';
  let buffer: Buffer;
  try {
    buffer = await io.readStdin();
  } catch (error) {
    return { kind: 'problem', problem: { path: display, message: describeError(error) } };
  }
  if (isBinary(buffer)) return { kind: 'problem', problem: { path: display, message: 'binary file, not checked' } };
  const text = buffer.toString('utf8');
  const abs = name ? resolve(io.cwd, name) : undefined;
  return {
    kind: 'text',
    file: {
      display,
      abs: undefined,
      dir: abs ? dirname(abs) : io.cwd,
      uri: abs ? fileUri(abs) : 'untitled:stdin',
      languageId: languageIdFor(abs ?? '', text),
      text,
      utf8: true,
    },
  };
}

/** Reads a single FILE argument (or `-`), for `annotate` and `inspect`. */
export async function readOne(path: string, io: Io): Promise<ReadResult> {
  if (path === STDIN_PATH) return readStdin(io);
  const abs = resolve(io.cwd, path);
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (error) {
    return { kind: 'problem', problem: { path, message: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : describeError(error) } };
  }
  if (st.isDirectory()) return { kind: 'problem', problem: { path, message: 'is a directory (annotate and inspect take one file)' } };
  const result = readFound({ abs, explicit: true }, io);
  return result.kind === 'text' ? { kind: 'text', file: { ...result.file, display: path } } : result;
}

/** `ifcfg-*` files beside the given ones, read as context for cross-file rules (never reported on). */
export function ifcfgSiblings(files: readonly InputFile[]): { uri: string; languageId: string; text: string }[] {
  const known = new Set(files.map((f) => f.abs));
  const folders = new Set(files.filter((f) => f.abs && f.languageId === LANGUAGE_IFCFG).map((f) => dirname(f.abs!)));
  const out: { uri: string; languageId: string; text: string }[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const abs = join(folder, name);
      if (!name.startsWith('ifcfg-') || known.has(abs)) continue;
      try {
        if (!statSync(abs).isFile()) continue;
        const buffer = readFileSync(abs);
        if (!isBinary(buffer)) out.push({ uri: fileUri(abs), languageId: LANGUAGE_IFCFG, text: buffer.toString('utf8') });
      } catch {
        // A sibling that cannot be read only narrows what cross-file rules see.
      }
    }
  }
  return out;
}
