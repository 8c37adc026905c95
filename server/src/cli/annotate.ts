import { TextDocument } from '../textDocument';
import { LANGUAGE_IFCFG } from '../service/documents';
import { annotateChunks } from '../service/annotate';
import { parseProcBonding } from '../syntax/procBonding';
import { parseArgs } from './args';
import { CONFIG_OPTIONS, Settings, noDump, overridesFrom, refusedForSize } from './config';
import { readOne } from './files';
import { type Io, UsageError, errorLine } from './io';

const OPTIONS = [...CONFIG_OPTIONS, { name: 'markdown' }] as const;

/**
 * `bondlint annotate FILE|-`: the dump with a decoding comment after each line, then the findings. Exit 0; 1 when
 * the input holds no dump; 2 for usage and I/O errors, and for a text above the size limit.
 */
export async function annotate(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, OPTIONS);
  if (args.positionals.length !== 1) throw new UsageError('annotate takes one FILE (or - for standard input)');
  const settings = new Settings(io, overridesFrom(args));
  const result = await readOne(args.positionals[0]!, io, (dir) => settings.limitFor(dir));
  if (result.kind === 'problem') {
    io.err(errorLine(`${result.problem.path}: ${result.problem.message}`));
    return 2;
  }
  // A file too large by its size alone is refused before it is read whole, a read one by its length.
  if ((result.kind === 'text' || result.kind === 'oversized') && refusedForSize(result.file, settings.serviceFor(result.file.dir), io)) return 2;
  if (result.kind !== 'text') return 2;
  const file = result.file;
  const service = settings.serviceFor(file.dir);
  const syntax = file.languageId === LANGUAGE_IFCFG ? undefined : parseProcBonding(file.text);
  if (!syntax || syntax.bonds.length === 0) {
    noDump(file, service, io);
    return 1;
  }
  const findings = service.findings(TextDocument.create(file.uri, file.languageId, 1, file.text));
  // Written as it is made: the annotated form of a large paste is several times its size.
  for (const piece of annotateChunks(file.text, { lang: service.lang, markdown: args.flags.has('markdown'), findings, syntax })) io.out(piece);
  return 0;
}
