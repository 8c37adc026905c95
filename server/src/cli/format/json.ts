import { tr } from '../../knowledge/text';
import { RULE_DOCS_BASE } from '../../service/diagnostics';
import { SEVERITIES } from '../check';
import { ARRAY_HERE, JsonArray, type Report, oneBased, pathOfUri } from './common';

/** Version of the `--format json` layout; it changes only when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

/**
 * For scripts: every file checked with its findings (lines and columns 1-based, end column exclusive), the fixes
 * each finding offers, and a summary.
 */
export function jsonReport(cwd: string): Report {
  const files = new JsonArray();
  return {
    file(file) {
      const findings = file.findings.map((f) => ({
        code: f.rule.code,
        severity: f.severity,
        message: tr(f.finding.message, file.lang),
        ...oneBased(f.finding.range),
        docs: `${RULE_DOCS_BASE}${f.rule.code}.md`,
        related: (f.finding.related ?? []).map((r) => ({
          path: r.uri ? pathOfUri(r.uri, cwd) : file.input.display,
          ...oneBased(r.range),
          message: tr(r.message, file.lang),
        })),
        fixes: (f.finding.fixes ?? []).map((x) => ({
          title: tr(x.title, file.lang),
          safe: x.safe,
          edits: x.edits.map((e) => ({ ...oneBased(e.range), text: e.newText })),
        })),
      }));
      const fixed = file.fixed.map(({ finding, fix }) => ({ code: finding.rule.code, title: tr(fix.title, file.lang), ...oneBased(finding.finding.range) }));
      return files.element({ path: file.input.display, language: file.input.languageId, findings, fixed }, () => ({ version: JSON_FORMAT_VERSION, files: ARRAY_HERE }));
    },
    end(run) {
      const summary = {
        files: run.files,
        findings: SEVERITIES.reduce((n, s) => n + run.counts[s], 0),
        ...run.counts,
        threshold: run.threshold,
        atOrAboveThreshold: run.failing,
      };
      return files.close({ version: JSON_FORMAT_VERSION, files: ARRAY_HERE, summary });
    },
  };
}
