import { closeSync, constants, fstatSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workspace, WorkspaceFile } from '../workspace';

/** Files larger than this are not configuration files or dumps; they are not read for cross-file checks. */
const MAX_FILE_BYTES = 1_000_000;
/** Folder listings are reused this long (file watcher events clear them sooner), so validating a folder lists it once. */
const LISTING_TTL_MS = 2000;

interface OpenDocuments {
  all(): readonly { uri: string; languageId: string; getText(): string }[];
}

/**
 * The text of a file read for context: a regular file of at most `MAX_FILE_BYTES`, without a NUL. It is opened
 * without waiting, so that a FIFO, or a link to /proc/kmsg (a regular file that waits for the kernel's next
 * message), fails at once instead of stopping the reader for good.
 */
export function readSmall(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    const text = readFileSync(fd, 'utf8');
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Cross-file facts for the node server: the open documents, plus the files on disk next to a document
 * (`ifcfg-*` of its folder, and `proc/net/bonding/*` under the folder a sosreport-like tree starts at).
 * An open document always wins over its copy on disk, so unsaved edits count.
 */
export class DiskWorkspace implements Workspace {
  readonly #listings = new Map<string, { at: number; files: WorkspaceFile[] }>();

  readonly #documents: OpenDocuments;

  constructor(documents: OpenDocuments) {
    this.#documents = documents;
  }

  /** A watched file changed: listings are read again on the next request, whatever their age. */
  invalidate(): void {
    this.#listings.clear();
  }

  filesNear(uri: string, languageId: string): readonly WorkspaceFile[] {
    const folderUri = uri.slice(0, uri.lastIndexOf('/') + 1);
    const open = this.#documents.all().filter((d) => d.languageId === languageId && d.uri.startsWith(folderUri));
    const byUri = new Map<string, WorkspaceFile>(this.#disk(folderUri, languageId).map((f) => [f.uri, f]));
    for (const d of open) byUri.set(d.uri, { uri: d.uri, languageId: d.languageId, text: d.getText() });
    return [...byUri.values()];
  }

  #disk(folderUri: string, languageId: string): WorkspaceFile[] {
    if (!folderUri.startsWith('file:')) return [];
    const key = `${languageId} ${folderUri}`;
    const cached = this.#listings.get(key);
    if (cached && Date.now() - cached.at < LISTING_TTL_MS) return cached.files;
    let folder: string;
    try {
      folder = fileURLToPath(folderUri);
    } catch {
      return [];
    }
    const files: WorkspaceFile[] = [];
    const dir = languageId === 'ifcfg' ? folder : languageId === 'bonding-status' ? join(folder, 'proc', 'net', 'bonding') : undefined;
    if (dir) {
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        names = [];
      }
      for (const name of names) {
        if (languageId === 'ifcfg' && !name.startsWith('ifcfg-')) continue;
        const path = join(dir, name);
        const text = readSmall(path);
        if (text !== undefined) files.push({ uri: pathToFileURL(path).href, languageId, text });
      }
    }
    this.#listings.set(key, { at: Date.now(), files });
    if (this.#listings.size > 256) this.#listings.delete(this.#listings.keys().next().value!);
    return files;
  }
}
