import type { TextDocument } from '../textDocument';
import { type ProcDocument, parseProcBondingSteps } from '../syntax/procBonding';
import { SharedSteps, type Steps, finished, runAll } from '../steps';
import { type ProcBondModel, procModel } from '../model/procModel';
import type { IfcfgModel } from '../model/ifcfgModel';
import { configFiles } from './configHalf';
import { type Directives, directivesOf } from './diagnostics/directives';
import { MODE_LINE } from './diagnostics/rules/proc/dumpInOneLine';

export const LANGUAGE_PROC = 'bonding-status';
export const LANGUAGE_IFCFG = 'ifcfg';
/** Languages whose documents may hold pasted dumps somewhere inside. */
export const TEXT_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'log'];

const DRIVER_LINE = /^\s*Ethernet Channel Bonding Driver:/;

/** Language id for a file seen outside an editor (CLI, workspace scan), from its path and content. */
export function languageIdFor(path: string, text: string): string {
  const normalized = path.replace(/\\/g, '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  if (/(^|\/)proc\/net\/bonding\/[^/]+$/.test(normalized)) return LANGUAGE_PROC;
  const first = text.slice(0, 4096).split('\n').find((l) => l.trim() !== '');
  if (first !== undefined && DRIVER_LINE.test(first)) return LANGUAGE_PROC;
  if (/^ifcfg-/.test(base)) return LANGUAGE_IFCFG;
  if (/\.(md|markdown)$/i.test(base)) return 'markdown';
  if (/\.log$/i.test(base)) return 'log';
  return 'plaintext';
}

export interface ProcAnalysis {
  readonly kind: 'proc';
  readonly syntax: ProcDocument;
  readonly bonds: readonly ProcBondModel[];
  /**
   * The `# bondlint` comments, when the text holds a dump, or a mode line of one that is not read (a dump on one line,
   * which `proc.dump-in-one-line` reports). In other text such a line is prose about the syntax.
   */
  readonly directives?: Directives;
}

export interface IfcfgAnalysis {
  readonly kind: 'ifcfg';
  readonly model: IfcfgModel;
  readonly directives?: Directives;
}

export interface NoAnalysis {
  readonly kind: 'none';
}

export type Analysis = ProcAnalysis | IfcfgAnalysis | NoAnalysis;

/**
 * Parses a document once per version; every feature asks here instead of parsing again. The analyses of the
 * documents used last are kept, at most `capacity` of them and, beyond the latest, at most `budget` characters of
 * text in all: an analysis takes about twice its text in memory, and sixty-four tickets of 20 MB would not fit.
 */
export class DocumentCache {
  readonly #entries = new Map<string, { version: number; analysis: Analysis; length: number }>();
  /** Parses under way (paused between steps), by document. */
  readonly #inflight = new Map<string, { version: number; work: SharedSteps<Analysis> }>();

  readonly #capacity;

  readonly #budget;

  #length = 0;

  constructor(capacity = 64, budget = 64_000_000) {
    this.#capacity = capacity;
    this.#budget = budget;
  }

  get(doc: TextDocument): Analysis {
    return runAll(this.steps(doc));
  }

  /** `get` in steps, sharing a parse of the same version that is under way; it reads the text of that version. */
  steps(doc: TextDocument): Steps<Analysis> {
    const { uri, version } = doc;
    const hit = this.#entries.get(uri);
    if (hit && hit.version === version) {
      // The last used is the last to go.
      this.#entries.delete(uri);
      this.#entries.set(uri, hit);
      return finished(hit.analysis);
    }
    let job = this.#inflight.get(uri);
    if (!job || job.version !== version) this.#inflight.set(uri, (job = { version, work: new SharedSteps(this.#parse(doc)) }));
    return job.work.steps();
  }

  *#parse(doc: TextDocument): Steps<Analysis> {
    const { uri, version } = doc;
    const analysis = yield* analyzeSteps(doc);
    if (this.#inflight.get(uri)?.version === version) this.#inflight.delete(uri);
    this.#drop(uri);
    const length = doc.getText().length;
    this.#entries.set(uri, { version, analysis, length });
    this.#length += length;
    for (const oldest of this.#entries.keys()) {
      if (oldest === uri || (this.#entries.size <= this.#capacity && this.#length <= this.#budget)) break;
      this.#drop(oldest);
    }
    return analysis;
  }

  forget(uri: string): void {
    this.#drop(uri);
    this.#inflight.delete(uri);
  }

  #drop(uri: string): void {
    this.#length -= this.#entries.get(uri)?.length ?? 0;
    this.#entries.delete(uri);
  }
}

export function analyze(doc: TextDocument): Analysis {
  return runAll(analyzeSteps(doc));
}

export function* analyzeSteps(doc: TextDocument): Steps<Analysis> {
  if (doc.languageId === LANGUAGE_PROC || TEXT_LANGUAGES.includes(doc.languageId)) {
    const syntax = yield* parseProcBondingSteps(doc.getText());
    const bonds: ProcBondModel[] = [];
    for (const bond of syntax.bonds) {
      bonds.push(procModel(bond));
      yield;
    }
    return { kind: 'proc', syntax, bonds, directives: bonds.length > 0 || doc.getText().includes(MODE_LINE) ? directivesOf(doc, syntax.bonds) : undefined };
  }
  if (doc.languageId === LANGUAGE_IFCFG) return { kind: 'ifcfg', model: yield* configFiles().ifcfgModelSteps(doc.getText(), doc.uri), directives: directivesOf(doc) };
  return { kind: 'none' };
}
