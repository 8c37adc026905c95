import { INSPECT_SCHEMA, inspect as inspectText } from '../service/inspect';
import { parseArgs } from './args';
import { CONFIG_OPTIONS, Settings, noDump, overridesFrom, refusedForSize } from './config';
import { readOne } from './files';
import { type Io, UsageError, errorLine } from './io';

// The settings file is read for its size limit (and --lang for the words of an error); rules play no part here.
const OPTIONS = [{ name: 'schema' }, ...CONFIG_OPTIONS.filter((o) => o.name !== 'rule')] as const;

/**
 * `bondlint inspect FILE|-`: the parsed bonds as JSON; `--schema` prints the JSON Schema of that output. Exit 1 when
 * the input holds no dump; 2 for usage and I/O errors, and for a text above the size limit.
 */
export async function inspect(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  if (args.flags.has('schema')) {
    if (args.positionals.length > 0) throw new UsageError('--schema takes no FILE');
    io.out(`${JSON.stringify(INSPECT_SCHEMA, null, 2)}\n`);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('inspect takes one FILE (or - for standard input)');
  const settings = new Settings(io, overridesFrom(args));
  const result = await readOne(args.positionals[0]!, io, (dir) => settings.limitFor(dir));
  if (result.kind === 'problem') {
    io.err(errorLine(`${result.problem.path}: ${result.problem.message}`));
    return 2;
  }
  // A file too large by its size alone is refused before it is read whole, a read one by its length.
  if ((result.kind === 'text' || result.kind === 'oversized') && refusedForSize(result.file, settings.serviceFor(result.file.dir), io)) return 2;
  if (result.kind !== 'text') return 2;
  const output = inspectText(result.file.text);
  io.out(`${JSON.stringify(output, null, 2)}\n`);
  if (output.bonds.length === 0) {
    noDump(result.file, settings.serviceFor(result.file.dir), io);
    return 1;
  }
  return 0;
}
