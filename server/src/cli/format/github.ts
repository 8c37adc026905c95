import { tr } from '../../knowledge/text';
import type { Severity } from '../../service/diagnostics/rule';
import { type Report, oneBased } from './common';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of workflow command data and property values (actions/toolkit `command.ts`). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's changed lines. */
export function githubReport(): Report {
  return {
    file(file) {
      return file.findings
        .map((f) => {
          const r = oneBased(f.finding.range);
          const props = [
            `file=${escapeProperty(file.input.display.split('\\').join('/'))}`,
            `line=${r.line}`,
            `col=${r.column}`,
            `endLine=${r.endLine}`,
            `endColumn=${r.endColumn}`,
            `title=${escapeProperty(`${f.rule.code} (${tr(f.rule.title, file.lang)})`)}`,
          ];
          return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(tr(f.finding.message, file.lang))}\n`;
        })
        .join('');
    },
    end: () => '',
  };
}
