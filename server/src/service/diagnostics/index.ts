import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity, DiagnosticTag } from '../lspConstants';
import type { TextDocument } from '../../textDocument';
import { type Lang, tr } from '../../knowledge/text';
import type { Analysis } from '../documents';
import type { BondingSettings } from '../settings';
import { type Finding, type Rule, type Severity, effectiveSeverity, ruleTarget } from './rule';
import { type ProcRuleContext, procContexts } from './procContext';
import { PROC_DOCUMENT_RULES, PROC_RULES } from './rules';
import { configFiles } from '../configHalf';
import type { Workspace } from '../../workspace';
import { type Steps, runAll } from '../../steps';
import { MAX_FINDINGS, clipMessage } from '../limits';
import { ignoredByEveryReader } from '../../knowledge/ifcfgFileNames';
import { applyDirectives } from './directives';
import { docUnknownDirectiveRule } from './rules/docUnknownDirectiveRule';
import { docUnusedDirective } from './rules/docUnusedDirective';

export const RULE_DOCS_BASE = 'https://github.com/linux-bonding/linux-bonding/blob/main/docs/rules/';

export interface RuledFinding {
  readonly rule: Rule<unknown>;
  readonly severity: Severity;
  readonly finding: Finding;
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Pauses between two contexts (bonds of a dump), or between two rules when `eachRule` (the one context of a file). */
function* run<C>(rules: readonly Rule<C>[], contexts: readonly C[], settings: BondingSettings, out: RuledFinding[], eachRule = false): Steps<void> {
  // A pause never leaves a rule half-way.
  for (const context of contexts) {
    for (const rule of rules) {
      const severity = effectiveSeverity(rule, settings);
      if (severity === 'off') continue;
      rule.check(context, (finding) => out.push({ rule: rule as Rule<unknown>, severity, finding: { ...finding, message: clipMessage(finding.message) } }));
      if (eachRule) yield;
    }
    yield;
  }
}

/** Every finding for a document, in document order; the editor and the CLI both start here. */
export function collectFindings(doc: TextDocument, analysis: Analysis, settings: BondingSettings, workspace: Workspace): RuledFinding[] {
  return runAll(collectFindingsSteps(doc, analysis, settings, workspace));
}

/** `collectFindings` in steps (see steps.ts). */
export function* collectFindingsSteps(doc: TextDocument, analysis: Analysis, settings: BondingSettings, workspace: Workspace): Steps<RuledFinding[]> {
  let out: RuledFinding[] = [];
  if (analysis.kind === 'proc') {
    const contexts: ProcRuleContext[] = procContexts(doc, analysis, settings);
    yield* run(PROC_RULES, contexts, settings, out);
    yield* run(PROC_DOCUMENT_RULES, [{ doc, bonds: analysis.syntax.bonds }], settings, out);
  } else if (analysis.kind === 'ifcfg') {
    const { IFCFG_RULES, ifcfgContext } = configFiles();
    // A backup copy that every reader skips is no part of its folder (see workspaceFiles.ts): the files around say
    // nothing about it, and ifcfg.ignored-file-name already says that nothing in it applies.
    const name = decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1));
    const rules = ignoredByEveryReader(name) ? IFCFG_RULES.filter((r) => ruleTarget(r.code) !== 'xfile') : IFCFG_RULES;
    yield* run(rules, [ifcfgContext(doc, analysis.model, { uri: doc.uri, settings }, workspace)], settings, out, true);
  }
  const directives = analysis.kind === 'none' ? undefined : analysis.directives;
  if (directives) {
    const { kept, unused } = applyDirectives(directives, out);
    out = kept;
    yield* run([docUnknownDirectiveRule], [{ codes: directives.codes }], settings, out);
    yield* run([docUnusedDirective], [{ doc, unused }], settings, out);
  }
  out.sort((a, b) => a.finding.range.start.line - b.finding.range.start.line || a.finding.range.start.character - b.finding.range.start.character);
  // A fix that would leave the file worse than it found it is not offered (see ifcfgFixCheck.ts); only the findings
  // that are reported (see limits.ts) are worth the check.
  if (analysis.kind === 'ifcfg') configFiles().keepCheckedFixes(doc, out, MAX_FINDINGS);
  return out;
}

export function toDiagnostic(f: RuledFinding, lang: Lang, uri: string): Diagnostic {
  const { finding, rule } = f;
  return {
    range: finding.range,
    severity: SEVERITY[f.severity],
    code: rule.code,
    codeDescription: { href: `${RULE_DOCS_BASE}${rule.code}.md` },
    source: 'bonding',
    message: tr(finding.message, lang),
    tags: finding.unnecessary ? [DiagnosticTag.Unnecessary] : undefined,
    relatedInformation: finding.related?.map((r) => ({
      location: { uri: r.uri ?? uri, range: r.range },
      message: tr(r.message, lang),
    })),
    data: finding.fixes?.length
      ? { fixes: finding.fixes.map((x) => ({ title: tr(x.title, lang), edits: x.edits, preferred: x.preferred ?? false })) }
      : undefined,
  };
}
