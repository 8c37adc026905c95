import { type Stats, closeSync, lstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGE_IFCFG, LANGUAGE_PROC, languageIdFor } from '../service/documents';
import { readSmall } from '../node/diskWorkspace';
import { MAX_BYTES_PER_CHARACTER } from './tooLarge';
import { type Io, type PathProblem, describeError } from './io';

/** How much of a file is looked at for a NUL byte, as git and grep do to tell binary files. */
export const BINARY_PROBE_BYTES = 8192;
/** Files above this size are not read, even where a large `maxFileSize` would let them be analysed. */
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
  /** What the bytes were read as, so that `--fix` writes `text` back as they were; undefined when they are not valid UTF-8 (`--fix` refuses). */
  readonly encoding: Encoding | undefined;
}

/**
 * UTF-8, with a byte order mark or without, or UTF-16 with one (what Windows PowerShell 5.1's `>` and Notepad's
 * "Unicode" write). The mark is not part of the text, as in an editor, but in an ifcfg file: there it is in front of the
 * first key for NetworkManager and initscripts too.
 */
export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

/** The UTF-16 a byte order mark names, for bytes that can be UTF-16 (an even count). */
function utf16Of(buffer: Buffer): 'utf16le' | 'utf16be' | undefined {
  if (buffer.length < 2 || buffer.length % 2 !== 0) return undefined;
  return buffer[0] === 0xff && buffer[1] === 0xfe ? 'utf16le' : buffer[0] === 0xfe && buffer[1] === 0xff ? 'utf16be' : undefined;
}

/** UTF-16 bytes as text, the byte order mark (U+FEFF) first. */
function utf16Text(bytes: Buffer, encoding: 'utf16le' | 'utf16be'): string {
  return (encoding === 'utf16be' ? Buffer.from(bytes).swap16() : bytes).toString('utf16le');
}

const BOM = '\uFEFF';
const UTF8_BOM = Buffer.from(BOM, 'utf8');

/**
 * The text of the bytes of the file at `path`, what they were read as and the text's format; undefined for a binary
 * file: a NUL byte in other than UTF-16, or an ifcfg file in UTF-16, which NetworkManager and initscripts read byte by
 * byte as UTF-8.
 */
function decode(buffer: Buffer, path: string): { text: string; encoding: Encoding | undefined; languageId: string } | undefined {
  const utf16 = utf16Of(buffer);
  const text = utf16 ? utf16Text(buffer, utf16) : isBinary(buffer) ? undefined : buffer.toString('utf8');
  if (text === undefined) return undefined;
  const languageId = languageIdFor(path, text);
  const ifcfg = languageId === LANGUAGE_IFCFG;
  if (utf16) return ifcfg ? undefined : { text: text.slice(1), encoding: utf16, languageId };
  const marked = text.startsWith(BOM) && !ifcfg;
  return { text: marked ? text.slice(1) : text, encoding: !isUtf8(buffer) ? undefined : marked ? 'utf8bom' : 'utf8', languageId };
}

/** The bytes of `text` in `encoding`. */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8bom') return Buffer.from(BOM + text, 'utf8');
  const bytes = Buffer.from(BOM + text, 'utf16le');
  return encoding === 'utf16be' ? bytes.swap16() : bytes;
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
 * are followed within the folder named: a link met in a walk that leads out of it is counted and not followed (a
 * link to /proc in a pull request would have the walk read the machine's files without end), one that leads back
 * into a folder being walked is reported once and not followed, and a file reached twice (named twice, or through a
 * link) is read once, a link met in a walk under the path of its file. One walker serves all the paths of a command
 * line.
 */
export class PathWalker {
  private readonly seenFiles = new Set<string>();
  private readonly walkedDirs = new Set<string>();

  constructor(private readonly io: Io) {}

  expand(path: string): { files: FoundFile[]; problems: PathProblem[]; linksOut: number } {
    const files: FoundFile[] = [];
    const problems: PathProblem[] = [];
    let linksOut = 0;
    // The real path of the folder named, which links met in its walk must not leave.
    let top: string | undefined;
    const show = (p: string) => displayPath(p, this.io.cwd);

    // The real paths of the folders being walked, from the top: a link back to one of them is a loop.
    const ancestors = new Set<string>();

    const visit = (abs: string, explicit: boolean, parentReal?: string) => {
      let st: Stats;
      try {
        st = statSync(abs);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const message = code === 'ELOOP' ? 'symbolic link loop, not followed' : code === 'ENOENT' && isLink(abs) ? 'broken symbolic link' : describeError(error);
        problems.push({ path: show(abs), message });
        return;
      }
      let link: boolean;
      let real: string;
      try {
        link = lstatSync(abs).isSymbolicLink();
        // Below a folder whose real path is known, only a link needs resolving: realpath reads every folder of the
        // path again, and a tree 1900 folders deep took 50 s to walk.
        real = parentReal !== undefined && !link ? join(parentReal, basename(abs)) : realpathSync(abs);
      } catch (error) {
        problems.push({ path: show(abs), message: describeError(error) });
        return;
      }
      if (explicit) top = real;
      else if (link && real !== top && !real.startsWith(`${top}${sep}`)) {
        linksOut++;
        return;
      }
      if (st.isDirectory()) {
        if (ancestors.has(real)) {
          problems.push({ path: show(abs), message: `symbolic link loop (leads back to ${show(real)}), not followed` });
          return;
        }
        if (this.walkedDirs.has(real)) return;
        this.walkedDirs.add(real);
        let names: string[];
        try {
          // As bytes: a name that is not UTF-8 would be read with U+FFFD in it, a path that does not exist.
          names = readdirSync(abs, { encoding: 'buffer' }).flatMap((name) => {
            const text = name.toString();
            if (skippedInWalk(text)) return [];
            if (isUtf8(name)) return [text];
            problems.push({ path: show(join(abs, text)), message: 'name is not UTF-8, not read' });
            return [];
          });
        } catch (error) {
          problems.push({ path: show(abs), message: describeError(error) });
          return;
        }
        ancestors.add(real);
        for (const name of names.sort()) visit(join(abs, name), false, real);
        ancestors.delete(real);
      } else if (st.isFile()) {
        if (this.seenFiles.has(real)) return;
        this.seenFiles.add(real);
        // A link met in a walk stands for the file it leads to: that file's name and folder say what it is (a link
        // `eth1` to `ifcfg-eth1` is an ifcfg file), and it is checked once, under its own path, whichever comes first.
        files.push({ abs: !explicit && link ? real : abs, explicit });
      } else if (explicit) {
        problems.push({ path: show(abs), message: 'not a regular file' });
      }
    };

    visit(resolve(this.io.cwd, path), true);
    return { files, problems, linksOut };
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A file above the size limit (`maxFileSize`), reported without being read whole: by its size alone, or by its
 * `characters`, counted a chunk at a time.
 */
export interface OversizedFile extends Omit<InputFile, 'text' | 'encoding'> {
  readonly bytes: number;
  readonly characters?: number;
}

export type ReadResult =
  | { kind: 'text'; file: InputFile }
  | { kind: 'oversized'; file: OversizedFile }
  | { kind: 'binary' }
  | { kind: 'problem'; problem: PathProblem }
  | { kind: 'skip' };

function isBinary(buffer: Buffer): boolean {
  return buffer.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** A binary file named on the command line is a problem; one found in a folder is skipped. */
function binary(found: FoundFile, display: string): ReadResult {
  return found.explicit ? { kind: 'problem', problem: { path: display, message: 'binary file, not checked' } } : { kind: 'binary' };
}

function fileUri(abs: string): string {
  return pathToFileURL(abs).href;
}

/**
 * A line that opens a dump, or a port's first line (its ports pasted alone), also as its quoted item in a list of
 * lines, its comment, after grep's file name and line number, pdsh's host or `cat -n`'s number; or a dump's mode line
 * after an escaped line break (a dump kept in a string): enough to check a text found in a walk (parsing a huge log
 * costs what the size limit avoids).
 */
const OPENS_DUMP = /^[ \t>]*(?:#[ \t]?)?(?:[^\s:>]+: ?){0,2}(?:\d+\t)?(?:-[ \t])?["']?(?:Ethernet Channel Bonding Driver:|Bonding Mode: |Slave Interface: )|\\nBonding Mode: /m;

/** Whether a file found in a folder walk is one bondlint checks: a dump, an ifcfg file, or a text with a pasted dump. */
function worthChecking(languageId: string, opensDump: () => boolean): boolean {
  return languageId === LANGUAGE_PROC || languageId === LANGUAGE_IFCFG || opensDump();
}

/** Bytes read at a time from a file too large to read whole: small enough for its text to die young. */
export const CHUNK_BYTES = 1 << 16;
/** Characters kept of a line cut by the end of a chunk: its start is what can open a dump. */
const CARRIED_CHARS = 4096;

/**
 * Whether a line of the file opens a dump, read a chunk at a time so that memory stays bounded. The pattern is
 * ASCII, which a latin1 reading of UTF-8 keeps as it is.
 */
function fileOpensDump(fd: number, utf16: 'utf16le' | 'utf16be' | undefined): boolean {
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let carried = '';
  for (let position = 0; ; ) {
    const length = readSync(fd, buffer, 0, CHUNK_BYTES, position);
    if (length === 0) return false;
    position += length;
    // (a UTF-16 file has an even size, and chunks of an even size start at an even offset)
    const text = carried + (utf16 ? utf16Text(buffer.subarray(0, length), utf16) : buffer.toString('latin1', 0, length));
    if (OPENS_DUMP.test(text)) return true;
    const lineStart = text.lastIndexOf('\n') + 1;
    carried = text.slice(lineStart, lineStart + CARRIED_CHARS);
  }
}

/** The characters (UTF-16 code units) of the file's text decoded as UTF-8, as `toString` decodes it whole, read a chunk at a time. */
function charactersIn(fd: number): number {
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let characters = 0;
  for (let position = 0; ; ) {
    const length = readSync(fd, buffer, 0, CHUNK_BYTES, position);
    if (length === 0) return characters + decoder.decode().length;
    position += length;
    characters += decoder.decode(buffer.subarray(0, length), { stream: true }).length;
  }
}

/**
 * A file of more bytes than `limit` may hold more characters than that. Above 3 bytes a character it does, whatever it
 * holds; below, its characters are counted a chunk at a time. One above the limit is reported as too large from its
 * size or count, its first bytes (binary or not, its format) and, found in a walk, a search for a dump; undefined for
 * one within the limit, to be read whole.
 */
function readOversized(found: FoundFile, display: string, bytes: number, limit: number): ReadResult | undefined {
  const fd = openSync(found.abs, 'r');
  try {
    const head = Buffer.alloc(BINARY_PROBE_BYTES);
    const probe = head.subarray(0, readSync(fd, head, 0, BINARY_PROBE_BYTES, 0));
    // (a file of an odd size is not UTF-16, whatever its first two bytes)
    const utf16 = bytes % 2 === 0 ? utf16Of(probe) : undefined;
    const read = utf16 || !utf16Of(probe) ? decode(probe, found.abs) : undefined;
    if (!read) return binary(found, display);
    const { languageId } = read;
    // The characters of the text, which a byte order mark is not part of (but in an ifcfg file, see `Encoding`);
    // UTF-16 takes two bytes a character (JavaScript counts one above U+FFFF as two, as the limit does).
    const mark = languageId !== LANGUAGE_IFCFG && (utf16 !== undefined || probe.subarray(0, 3).equals(UTF8_BOM)) ? 1 : 0;
    const characters = utf16 ? bytes / 2 - mark : bytes > MAX_BYTES_PER_CHARACTER * limit ? undefined : charactersIn(fd) - mark;
    if (characters !== undefined && characters <= limit) return undefined;
    if (!found.explicit && !worthChecking(languageId, () => fileOpensDump(fd, utf16))) return { kind: 'skip' };
    return { kind: 'oversized', file: { display, abs: found.abs, dir: dirname(found.abs), uri: fileUri(found.abs), languageId, bytes, characters } };
  } finally {
    closeSync(fd);
  }
}

/** Reads one found file. With `limit` (the file's `maxFileSize`), a file too large for it is not read whole. */
export function readFound(found: FoundFile, io: Io, limit?: number): ReadResult {
  const display = displayPath(found.abs, io.cwd);
  let buffer: Buffer;
  try {
    const size = statSync(found.abs).size;
    const oversized = limit !== undefined && size > limit ? readOversized(found, display, size, limit) : undefined;
    if (oversized) return oversized;
    if (size > MAX_READ_BYTES) return { kind: 'problem', problem: { path: display, message: `file too large to read (${size} bytes)` } };
    buffer = readFileSync(found.abs);
  } catch (error) {
    return { kind: 'problem', problem: { path: display, message: describeError(error) } };
  }
  const read = decode(buffer, found.abs);
  if (!read) return binary(found, display);
  const { text, encoding, languageId } = read;
  if (!found.explicit && !worthChecking(languageId, () => OPENS_DUMP.test(text))) return { kind: 'skip' };
  return { kind: 'text', file: { display, abs: found.abs, dir: dirname(found.abs), uri: fileUri(found.abs), languageId, text, encoding } };
}

/**
 * Standard input as a file; `name` (from `--stdin-filename`) decides its format and how it is shown. With
 * `limitFor`, an input too large for its folder's `maxFileSize` by its size alone is counted, not kept.
 */
export async function readStdin(io: Io, name?: string, limitFor?: (dir: string) => number): Promise<ReadResult> {
  const display = name ?? '<stdin>';
  const abs = name ? resolve(io.cwd, name) : undefined;
  const dir = abs ? dirname(abs) : io.cwd;
  const limit = limitFor?.(dir);
  const keep = Math.min(MAX_READ_BYTES, limit === undefined ? Infinity : MAX_BYTES_PER_CHARACTER * limit);
  let input: { readonly kept: Buffer; readonly bytes: number };
  try {
    input = await io.readStdin(keep);
  } catch (error) {
    return { kind: 'problem', problem: { path: display, message: describeError(error) } };
  }
  const { kept, bytes } = input;
  // (an input not kept whole is kept as its first bytes, an even count: enough to tell UTF-16, binary and format)
  const read = decode(kept, abs ?? '');
  if (!read) return { kind: 'problem', problem: { path: display, message: 'binary file, not checked' } };
  const where = { display, abs: undefined, dir, uri: abs ? fileUri(abs) : 'untitled:stdin' };
  if (bytes > keep) {
    const oversized = limit !== undefined && bytes > MAX_BYTES_PER_CHARACTER * limit;
    if (!oversized) return { kind: 'problem', problem: { path: display, message: `input too large to read (${bytes} bytes)` } };
    return { kind: 'oversized', file: { ...where, languageId: read.languageId, bytes } };
  }
  return { kind: 'text', file: { ...where, languageId: read.languageId, text: read.text, encoding: read.encoding } };
}

/** Reads a single FILE argument (or `-`), for `annotate` and `inspect`; `limitFor` gives the size limit of a folder's files. */
export async function readOne(path: string, io: Io, limitFor?: (dir: string) => number): Promise<ReadResult> {
  if (path === STDIN_PATH) return readStdin(io, undefined, limitFor);
  const abs = resolve(io.cwd, path);
  let st: Stats;
  try {
    st = statSync(abs);
  } catch (error) {
    return { kind: 'problem', problem: { path, message: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : describeError(error) } };
  }
  if (st.isDirectory()) return { kind: 'problem', problem: { path, message: 'is a directory (annotate and inspect take one file)' } };
  // As for a check: a FIFO would block the read and a device (/dev/urandom) never end it. Standard input is `-`.
  if (!st.isFile()) return { kind: 'problem', problem: { path, message: 'not a regular file' } };
  const result = readFound({ abs, explicit: true }, io, limitFor?.(dirname(abs)));
  if (result.kind === 'text') return { kind: 'text', file: { ...result.file, display: path } };
  return result.kind === 'oversized' ? { kind: 'oversized', file: { ...result.file, display: path } } : result;
}

/**
 * `ifcfg-*` files beside the given ones, read as context for cross-file rules (never reported on), as the editor
 * reads them (`readSmall`): a file above 1 MB is not one (a 500 MB one took the check of a small file to 1.9 GB).
 */
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
      // A sibling that cannot be read only narrows what cross-file rules see.
      const text = readSmall(abs);
      if (text !== undefined) out.push({ uri: fileUri(abs), languageId: LANGUAGE_IFCFG, text });
    }
  }
  return out;
}
