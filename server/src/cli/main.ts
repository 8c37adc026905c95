import { version } from '../../../package.json';
import { annotate } from './annotate';
import { check } from './check';
import { inspect } from './inspect';
import { FatalError, type Io, UsageError, errorLine } from './io';
import { rules } from './rules';

export const USAGE = `Usage:
  bondlint [options] PATH...          check files and folders (- reads standard input)
  bondlint annotate [options] FILE|-  print a dump with a decoding comment after each line, then its findings
  bondlint inspect [options] FILE|-   print the parsed bonds as JSON (--schema: the JSON Schema of that output)
  bondlint rules [options]            list every rule: code, default severity, description

Options for checking:
  -f, --format FORMAT       text (default), json, sarif or github
      --max-severity LEVEL  exit 1 when a finding is at or above LEVEL: error (default), warning, info, hint
      --rule CODE=LEVEL     set a rule's level: off, hint, info, warning, error (repeatable)
      --lang LANG           en or zh-cn (default: the settings file, else the environment's locale)
      --config FILE         settings file for every input (default: the nearest .bondlintrc.json)
      --no-config           read no settings file
      --fix                 apply the safe quick fixes in place and print what changed
      --stdin-filename NAME name (and format) for the text read from standard input

Options for annotate: --markdown (wrap for a ticket), --lang, --rule, --config, --no-config.
Options for inspect: --config, --no-config (the settings file's maxFileSize applies), --lang.
Options for rules: --lang, --format text|json, --write-docs DIR (write the rule pages).

Exit status: 0 nothing at or above the threshold, 1 findings at or above it, 2 usage or I/O error (annotate and
inspect: also a file above maxFileSize).
`;

/** Runs one command line; returns the exit code. Nothing here throws past this function. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (first === '--version' || first === '-V') {
      io.out(`bondlint ${version}\n`);
      return 0;
    }
    if (first === 'annotate') return await annotate(rest, io);
    if (first === 'inspect') return await inspect(rest, io);
    if (first === 'rules') return rules(rest, io);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    return await check(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${errorLine(error.message)}Run 'bondlint --help' for usage.\n`);
    } else if (error instanceof FatalError) {
      for (const m of error.messages) io.err(errorLine(m));
    } else {
      const detail = io.env.BONDLINT_DEBUG && error instanceof Error ? (error.stack ?? error.message) : error instanceof Error ? error.message : String(error);
      io.err(`bondlint: internal error: ${detail}\n`);
    }
    return 2;
  }
}
