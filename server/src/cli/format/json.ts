import { tr } from '../../knowledge/text';
import { RULE_DOCS_BASE } from '../../service/diagnostics';
import { type CheckRun, SEVERITIES, failing } from '../check';
import { oneBased, pathOfUri } from './common';

/** Version of the `--format json` layout; it changes only when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

/**
 * For scripts: every file checked with its findings (lines and columns 1-based, end column exclusive), the fixes
 * each finding offers, and a summary.
 */
export function formatJson(run: CheckRun): string {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  const files = run.files.map((file) => ({
    path: file.input.display,
    language: file.input.languageId,
    findings: file.findings.map((f) => {
      counts[f.severity]!++;
      return {
        code: f.rule.code,
        severity: f.severity,
        message: tr(f.finding.message, file.lang),
        ...oneBased(f.finding.range),
        docs: `${RULE_DOCS_BASE}${f.rule.code}.md`,
        related: (f.finding.related ?? []).map((r) => ({
          path: r.uri ? pathOfUri(r.uri, run.cwd) : file.input.display,
          ...oneBased(r.range),
          message: tr(r.message, file.lang),
        })),
        fixes: (f.finding.fixes ?? []).map((x) => ({
          title: tr(x.title, file.lang),
          safe: x.safe,
          edits: x.edits.map((e) => ({ ...oneBased(e.range), text: e.newText })),
        })),
      };
    }),
    fixed: file.fixed.map(({ finding, fix }) => ({ code: finding.rule.code, title: tr(fix.title, file.lang), ...oneBased(finding.finding.range) })),
  }));
  const summary = {
    files: run.files.length,
    findings: SEVERITIES.reduce((n, s) => n + counts[s]!, 0),
    ...counts,
    threshold: run.threshold,
    atOrAboveThreshold: failing(run),
  };
  return `${JSON.stringify({ version: JSON_FORMAT_VERSION, files, summary }, null, 2)}\n`;
}
