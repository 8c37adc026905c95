import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, type Diagnostic, DiagnosticSeverity, type Position, type TextEdit } from 'vscode-languageserver-types';
import { annotate } from '../../server/src/service/annotate';
import { languageIdFor } from '../../server/src/service/documents';
import { type LanguageService, createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, doc: TextDocument, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, doc.offsetAt(e.range.start)) + e.newText + out.slice(doc.offsetAt(e.range.end));
  return out;
}

/**
 * What the editor must show for the fixture workspace, computed with the language service the server runs, so the
 * test follows the rules as they change. Cross-file checks must give the same result whether the server sees only
 * the open documents or the whole folder; `sameWithOpenDocumentsOnly` tells.
 */
export class Expected {
  private readonly docs = new Map<string, TextDocument>();
  private readonly full: LanguageService;
  private readonly workspace = new InMemoryWorkspace();

  constructor(
    readonly folder: string,
    private settings: Record<string, unknown>,
    private readonly locale = 'en',
  ) {
    const workspace = this.workspace;
    for (const path of walk(folder)) {
      const text = readFileSync(path, 'utf8');
      const rel = relative(folder, path).split('\\').join('/');
      const doc = TextDocument.create(pathToFileURL(path).toString(), languageIdFor(path, text), 1, text);
      this.docs.set(rel, doc);
      workspace.set({ uri: doc.uri, languageId: doc.languageId, text });
    }
    this.full = this.service(workspace);
  }

  private service(workspace: InMemoryWorkspace): LanguageService {
    const s = createLanguageService({ workspace, locale: this.locale });
    s.configure(this.settings);
    return s;
  }

  /** New user settings, as the server receives them. */
  configure(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.full.configure(settings);
  }

  /** The document as the editor has it after an edit. */
  update(rel: string, text: string): void {
    const old = this.doc(rel);
    const doc = TextDocument.create(old.uri, old.languageId, old.version + 1, text);
    this.docs.set(rel, doc);
    this.workspace.set({ uri: doc.uri, languageId: doc.languageId, text });
  }

  doc(rel: string): TextDocument {
    const d = this.docs.get(rel);
    if (!d) throw new Error(`no fixture ${rel}`);
    return d;
  }

  languageId(rel: string): string {
    return this.doc(rel).languageId;
  }

  diagnostics(rel: string): Diagnostic[] {
    return this.full.doValidation(this.doc(rel));
  }

  /** The same diagnostics when the server knows only these open documents. */
  sameWithOpenDocumentsOnly(open: readonly string[]): boolean {
    const workspace = new InMemoryWorkspace();
    for (const rel of open) workspace.set({ uri: this.doc(rel).uri, languageId: this.doc(rel).languageId, text: this.doc(rel).getText() });
    const partial = this.service(workspace);
    return open.every((rel) => JSON.stringify(partial.doValidation(this.doc(rel))) === JSON.stringify(this.diagnostics(rel)));
  }

  /** What the status bar counts (hints are not counted) over the open documents. */
  counts(open: readonly string[]): Counts {
    const all = open.flatMap((rel) => this.diagnostics(rel));
    const n = (s: DiagnosticSeverity) => all.filter((d) => d.severity === s).length;
    return { errors: n(DiagnosticSeverity.Error), warnings: n(DiagnosticSeverity.Warning), infos: n(DiagnosticSeverity.Information) };
  }

  hover(rel: string, position: Position): string | undefined {
    const h = this.full.doHover(this.doc(rel), position);
    return h ? (h.contents as { value: string }).value : undefined;
  }

  /** The first quick fix offered in the document (a fix of the finding, not a comment that silences it), with the line it changes before and after. */
  firstQuickFix(rel: string): { diagnostic: Diagnostic; action: CodeAction; line: number; before: string; after: string; text: string } | undefined {
    const doc = this.doc(rel);
    for (const diagnostic of this.diagnostics(rel)) {
      const fixes = (diagnostic.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? [];
      const action = this.full.getCodeActions(doc, diagnostic.range, { diagnostics: [diagnostic] }).find((a) => fixes.some((f) => f.title === a.title));
      const edits = action?.edit?.changes?.[doc.uri];
      if (!action || !edits?.length) continue;
      const line = diagnostic.range.start.line;
      const fixed = applyEdits(doc.getText(), doc, edits).split(/\r?\n/);
      return { diagnostic, action, line, before: doc.getText().split(/\r?\n/)[line]!, after: fixed[line]!, text: fixed.join('\n') };
    }
    return undefined;
  }

  /** The first finding's action that writes a `# bondlint disable=` comment above its line, and the text after it. */
  firstDisable(rel: string): { action: CodeAction; line: number; character: number; comment: string; text: string } | undefined {
    const doc = this.doc(rel);
    const [diagnostic] = this.diagnostics(rel);
    if (!diagnostic) return undefined;
    for (const action of this.full.getCodeActions(doc, diagnostic.range, { diagnostics: [diagnostic] })) {
      const [edit] = action.edit?.changes?.[doc.uri] ?? [];
      if (!edit?.newText.includes('# bondlint disable=')) continue;
      return { action, line: diagnostic.range.start.line, character: diagnostic.range.start.character, comment: edit.newText.trim(), text: applyEdits(doc.getText(), doc, [edit]) };
    }
    return undefined;
  }

  /** Annotated text of the document as `bonding.annotate` writes it, line by line. */
  annotatedLines(rel: string, lang: 'en' | 'zh-cn'): string[] {
    return annotate(this.doc(rel).getText(), { lang }).split('\n');
  }

  /** 0-based line of the first line containing `needle` (after line `from`). */
  lineOf(rel: string, needle: string, from = 0): number {
    const lines = this.doc(rel).getText().split(/\r?\n/);
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    if (i < 0) throw new Error(`"${needle}" not in ${rel}`);
    return i;
  }
}
