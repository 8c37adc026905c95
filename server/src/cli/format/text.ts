import { tr } from '../../knowledge/text';
import type { Severity } from '../../service/diagnostics/rule';
import { SEVERITIES } from '../check';
import { type Paint, printable } from '../io';
import type { Report } from './common';

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
export function textReport(p: Paint): Report {
  return {
    file(file) {
      if (file.findings.length === 0) return '';
      const display = printable(file.input.display);
      const locations = file.findings.map((f) => `${display}:${f.finding.range.start.line + 1}:${f.finding.range.start.character + 1}`);
      const width = Math.max(...locations.map((l) => l.length));
      const lines = file.findings.map((f, i) => {
        const loc = locations[i]!;
        const sev = f.severity.padEnd(7);
        return `${p.bold(loc)}${' '.repeat(width - loc.length)}  ${colorOf(f.severity, p)(sev)}  ${printable(tr(f.finding.message, file.lang))}  ${p.dim(f.rule.code)}`;
      });
      return `${lines.join('\n')}\n\n`;
    },
    end(run) {
      const total = SEVERITIES.reduce((n, s) => n + run.counts[s], 0);
      const left = [
        ...(run.skippedBinary > 0 ? [`${plural(run.skippedBinary, 'binary file')} skipped`] : []),
        ...(run.linksOut > 0 ? [`${plural(run.linksOut, 'link')} out of the folder not followed`] : []),
      ];
      const checked = `${plural(run.files, 'file')} checked${left.length > 0 ? ` (${left.join(', ')})` : ''}`;
      const detail = SEVERITIES.filter((s) => run.counts[s] > 0).map((s) => SEVERITY_COUNT[s](run.counts[s]));
      const over = run.failing;
      const summary =
        total === 0
          ? p.green(`${checked}: no findings.`)
          : `${checked}: ${plural(total, 'finding')} (${detail.join(', ')}); ${over === 0 ? p.green(`none at or above ${run.threshold}`) : p.red(`${over} at or above ${run.threshold}`)}.`;
      return `${summary}\n`;
    },
  };
}
