import { tr } from '../../knowledge/text';
import type { Severity } from '../../service/diagnostics/rule';
import { type CheckRun, SEVERITIES, failing } from '../check';
import { type Paint, printable } from '../io';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const SEVERITY_COUNT: Readonly<Record<Severity, (n: number) => string>> = {
  error: (n) => plural(n, 'error'),
  warning: (n) => plural(n, 'warning'),
  info: (n) => `${n} info`,
  hint: (n) => plural(n, 'hint'),
};

function colorOf(severity: Severity, p: Paint): (s: string) => string {
  return severity === 'error' ? p.red : severity === 'warning' ? p.yellow : severity === 'info' ? p.cyan : p.dim;
}

/**
 * For people: findings grouped by file, one per line as `path:line:col  severity  message  code` (the location
 * is one an editor or terminal can open), columns aligned within a file, then one summary line.
 */
export function formatText(run: CheckRun, p: Paint): string {
  const blocks: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of run.files) {
    if (file.findings.length === 0) continue;
    const display = printable(file.input.display);
    const locations = file.findings.map((f) => `${display}:${f.finding.range.start.line + 1}:${f.finding.range.start.character + 1}`);
    const width = Math.max(...locations.map((l) => l.length));
    blocks.push(
      file.findings
        .map((f, i) => {
          counts[f.severity]++;
          const loc = locations[i]!;
          const sev = f.severity.padEnd(7);
          return `${p.bold(loc)}${' '.repeat(width - loc.length)}  ${colorOf(f.severity, p)(sev)}  ${printable(tr(f.finding.message, file.lang))}  ${p.dim(f.rule.code)}`;
        })
        .join('\n'),
    );
  }
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const over = failing(run);
  const left = [
    ...(run.skippedBinary > 0 ? [`${plural(run.skippedBinary, 'binary file')} skipped`] : []),
    ...(run.linksOut > 0 ? [`${plural(run.linksOut, 'link')} out of the folder not followed`] : []),
  ];
  const checked = `${plural(run.files.length, 'file')} checked${left.length > 0 ? ` (${left.join(', ')})` : ''}`;
  const detail = SEVERITIES.filter((s) => counts[s] > 0).map((s) => SEVERITY_COUNT[s](counts[s]));
  const summary =
    total === 0
      ? p.green(`${checked}: no findings.`)
      : `${checked}: ${plural(total, 'finding')} (${detail.join(', ')}); ${over === 0 ? p.green(`none at or above ${run.threshold}`) : p.red(`${over} at or above ${run.threshold}`)}.`;
  return `${blocks.map((b) => `${b}\n\n`).join('')}${summary}\n`;
}
