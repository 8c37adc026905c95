import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver-types';
import { version } from '../../../../package.json';
import { type Lang, tr } from '../../knowledge/text';
import { RULE_DOCS_BASE } from '../../service/diagnostics';
import { type Rule, type Severity, ruleTarget } from '../../service/diagnostics/rule';
import { ALL_RULES } from '../../service/diagnostics/rules/all';
import type { PathProblem } from '../io';
import { ruleHelpMarkdown, ruleHelpText } from '../ruleDocs';
import { ARRAY_HERE, JsonArray, type Report } from './common';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/linux-bonding/linux-bonding';
/** Base id of the URIs of files under the working directory (the repository root in CI). */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Files under the working directory are given relative to %SRCROOT%; others by absolute file URI. */
function artifactLocation(abs: string | undefined, uri: string, cwd: string): ArtifactLocation {
  const path = abs ?? (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
  if (!path) return { uri };
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(range: Range) {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function descriptor(rule: Rule<never>, lang: Lang) {
  return {
    id: rule.code,
    shortDescription: { text: tr(rule.title, lang) },
    fullDescription: { text: tr(rule.doc.description, lang) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    helpUri: `${RULE_DOCS_BASE}${rule.code}.md`,
    help: { text: ruleHelpText(rule, lang), markdown: ruleHelpMarkdown(rule, lang) },
    properties: { tags: [ruleTarget(rule.code)], 'problem.severity': rule.severity },
  };
}

/**
 * SARIF 2.1.0, one run: every rule with its metadata and help, every finding as a result with its location,
 * related locations and fixes. Code scanning (github/codeql-action/upload-sarif) reads it as it is. The run's
 * `invocations` follow its `results`: whether it went without problems is known only once every file is read.
 */
export function sarifReport(cwd: string): Report {
  const rules = [...ALL_RULES].sort((a, b) => a.code.localeCompare(b.code));
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const results = new JsonArray();
  // The rules are described in the language of the first file checked (its folder's settings choose it).
  let lang: Lang | undefined;
  const log = (problems: readonly PathProblem[]) => ({
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bondlint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => descriptor(r, lang ?? 'en')),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        language: lang === 'zh-cn' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        results: ARRAY_HERE,
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            ...(problems.length > 0 ? { toolExecutionNotifications: problems.map((p) => ({ level: 'error' as const, message: { text: `${p.path}: ${p.message}` } })) } : {}),
          },
        ],
      },
    ],
  });
  return {
    file(file) {
      lang ??= file.lang;
      const location = artifactLocation(file.input.abs, file.input.uri, cwd);
      return file.findings
        .map((f) => {
          const related = (f.finding.related ?? []).map((r, i) => ({
            id: i + 1,
            physicalLocation: { artifactLocation: r.uri && r.uri !== file.input.uri ? artifactLocation(undefined, r.uri, cwd) : location, region: region(r.range) },
            message: { text: tr(r.message, file.lang) },
          }));
          const fixes = (f.finding.fixes ?? [])
            .filter((x) => x.edits.length > 0)
            .map((x) => ({
              description: { text: tr(x.title, file.lang) },
              artifactChanges: [{ artifactLocation: location, replacements: x.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
            }));
          const result = {
            ruleId: f.rule.code,
            ruleIndex: index.get(f.rule.code) ?? -1,
            level: LEVEL[f.severity],
            message: { text: tr(f.finding.message, file.lang) },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(f.finding.range) } }],
            ...(related.length > 0 ? { relatedLocations: related } : {}),
            ...(fixes.length > 0 ? { fixes } : {}),
          };
          return results.element(result, () => log([]));
        })
        .join('');
    },
    end: (run) => results.close(log(run.problems)),
  };
}
