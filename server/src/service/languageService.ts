import type {
  CodeAction,
  CodeActionContext,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Position,
  Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from '../textDocument';
import { type Lang, langFromLocale } from '../knowledge/text';
import { InMemoryWorkspace, type Workspace } from '../workspace';
import { DocumentCache } from './documents';
import { type RuledFinding, collectFindingsSteps, toDiagnostic } from './diagnostics';
import { type Cancellation, SharedSteps, type Steps, finished, runAll, runSliced, turn } from '../steps';
import { codeActions } from './codeActions';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { configFiles } from './configHalf';
import { inlayHints } from './inlayHints';
import { documentSymbols } from './symbols';
import { type BondingSettings, DEFAULT_SETTINGS, normalizeSettings } from './settings';
import { messageOverLimit } from './diagnostics/rules/docTooLarge';
import { capFindings, sizeFinding, tooLarge } from './limits';
import { directiveHover } from './directiveHover';
import { previewFindings } from './preview';

export interface LanguageServiceOptions {
  readonly workspace?: Workspace;
  /** Client locale (`initialize` params), used while `bonding.language` is `auto`. */
  readonly locale?: string;
}

export interface LanguageService {
  configure(settings: unknown): void;
  readonly settings: BondingSettings;
  readonly lang: Lang;
  findings(doc: TextDocument): RuledFinding[];
  /** `findings` in steps (steps.ts), sharing the work with a validation of the same version under way. */
  findingsSteps(doc: TextDocument): Steps<RuledFinding[]>;
  doValidation(doc: TextDocument): Diagnostic[];
  /**
   * `doValidation` a slice at a time, so that other requests are answered meanwhile; undefined once the token is
   * cancelled (the caller cancels it when the document changes). For a long paste, `preview` first receives the
   * diagnostics of the dumps at its top (see preview.ts).
   */
  validate(doc: TextDocument, token: Cancellation, preview?: (diagnostics: Diagnostic[]) => void): Promise<Diagnostic[] | undefined>;
  /** The diagnostics of a document whose text a message of `bytes` left unread (the server reads at most `limit`). */
  unreadDiagnostics(uri: string, bytes: number, limit: number): Diagnostic[];
  doHover(doc: TextDocument, position: Position): Hover | null;
  doComplete(doc: TextDocument, position: Position): CompletionList;
  getCodeActions(doc: TextDocument, range: Range, context: CodeActionContext): CodeAction[];
  getDocumentSymbols(doc: TextDocument): DocumentSymbol[];
  getFoldingRanges(doc: TextDocument): FoldingRange[];
  getInlayHints(doc: TextDocument, range: Range): InlayHint[];
  /** Drops cached analysis of a closed document. */
  forget(uri: string): void;
  /** Files beside the documents changed on disk: findings are made again, the documents are not parsed again. */
  filesChanged(): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const cache = new DocumentCache();
  const workspace = options.workspace ?? new InMemoryWorkspace();
  let settings = DEFAULT_SETTINGS;
  const lang = (): Lang => (settings.language === 'auto' ? langFromLocale(options.locale) : settings.language);
  const analysis = (doc: TextDocument) => cache.get(doc);
  const env = () => ({ settings, lang: lang(), workspace });

  // Hover shows the findings of its line, so they are kept per document version instead of recomputed.
  let memo: { uri: string; version: number; settings: BondingSettings; findings: RuledFinding[] } | undefined;
  // The findings being computed: a request that needs them meanwhile finishes that work instead of starting over.
  let inflight: { uri: string; version: number; settings: BondingSettings; work: SharedSteps<RuledFinding[]> } | undefined;
  function* compute(doc: TextDocument, current: BondingSettings): Steps<RuledFinding[]> {
    const { uri, version } = doc;
    const big = tooLarge(doc, current);
    const result = big ? [big] : capFindings(yield* collectFindingsSteps(doc, yield* cache.steps(doc), current, workspace), current);
    memo = { uri, version, settings: current, findings: result };
    return result;
  }
  const known = (doc: TextDocument) => memo !== undefined && memo.uri === doc.uri && memo.version === doc.version && memo.settings === settings;
  const findingsSteps = (doc: TextDocument): Steps<RuledFinding[]> => {
    const { uri, version } = doc;
    if (known(doc)) return finished(memo!.findings);
    if (!inflight || inflight.uri !== uri || inflight.version !== version || inflight.settings !== settings) {
      inflight = { uri, version, settings, work: new SharedSteps(compute(doc, settings)) };
    }
    return inflight.work.steps();
  };
  const findings = (doc: TextDocument): RuledFinding[] => runAll(findingsSteps(doc));
  const diagnostics = (found: readonly RuledFinding[], uri: string) => found.map((f) => toDiagnostic(f, lang(), uri));
  const guarded = <T>(doc: TextDocument, empty: T, run: () => T): T => (doc.getText().length > settings.maxFileSize ? empty : run());

  return {
    configure(raw) {
      settings = normalizeSettings(raw);
    },
    get settings() {
      return settings;
    },
    get lang() {
      return lang();
    },
    findings,
    findingsSteps,
    doValidation: (doc) => diagnostics(findings(doc), doc.uri),
    unreadDiagnostics: (uri, bytes, limit) => diagnostics([sizeFinding(messageOverLimit(bytes, limit), settings)].filter((f) => f !== undefined), uri),
    validate: async (doc, token, preview) => {
      const early = preview && !known(doc) ? previewFindings(doc, settings, workspace) : undefined;
      if (early) {
        preview!(diagnostics(early, doc.uri));
        // The preview goes out now, not after the first slice of the whole check.
        await turn();
      }
      const found = await runSliced(findingsSteps(doc), token);
      return found && diagnostics(found, doc.uri);
    },
    doHover: (doc, position) =>
      guarded(doc, null, () => {
        const a = analysis(doc);
        const directive = a.kind !== 'none' && a.directives ? directiveHover(a.directives, position, lang()) : undefined;
        if (directive) return directive;
        return a.kind === 'ifcfg' ? configFiles().ifcfgHover(doc, a, position, env(), () => findings(doc)) : hover(doc, a, position, env(), () => findings(doc));
      }),
    doComplete: (doc, position) => guarded(doc, { isIncomplete: false, items: [] }, () => configFiles().completion(doc, analysis(doc), position, env())),
    // The dumps tell where a comment that silences a finding can stand (see disableActions.ts).
    getCodeActions: (doc, range, context) =>
      codeActions(doc, range, context, lang(), settings.codeActions.disableComment, () =>
        guarded(doc, [], () => {
          const a = analysis(doc);
          return a.kind === 'proc' ? a.syntax.bonds : [];
        }),
      ),
    getDocumentSymbols: (doc) => guarded(doc, [], () => documentSymbols(doc, analysis(doc))),
    getFoldingRanges: (doc) => guarded(doc, [], () => foldingRanges(analysis(doc))),
    getInlayHints: (doc, range) => guarded(doc, [], () => inlayHints(doc, analysis(doc), range, env())),
    forget: (uri) => {
      cache.forget(uri);
      if (memo?.uri === uri) memo = undefined;
      if (inflight?.uri === uri) inflight = undefined;
    },
    filesChanged: () => {
      memo = inflight = undefined;
    },
  };
}

export type ServiceEnv = { readonly settings: BondingSettings; readonly lang: Lang; readonly workspace: Workspace };
