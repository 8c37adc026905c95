import { t, type Text } from '../knowledge/text';
import type { RuledFinding } from '../service/diagnostics';
import { charactersOverLimit } from '../service/diagnostics/rules/docTooLarge';
import { sizeFinding } from '../service/limits';
import type { BondingSettings } from '../service/settings';

/** A file of more bytes than this times the limit holds more characters than the limit: UTF-8 takes at most 3 bytes for one. */
export const MAX_BYTES_PER_CHARACTER = 3;

/** Why a file (or standard input) of `size` bytes is not read, when its size alone puts it above bonding.maxFileSize. */
export function bytesOverLimit(size: number, limit: number): Text | undefined {
  if (size <= MAX_BYTES_PER_CHARACTER * limit) return undefined;
  return t(
    `This text has ${size} bytes, so more characters than bonding.maxFileSize (${limit}): it is not analysed or held in memory.`,
    `该文本有 ${size} 字节，字符数因此超过 bonding.maxFileSize（${limit}），未做分析，也未保留在内存中。`,
  );
}

/** Why a file not read whole is not analysed: its characters when they were counted, else its size in bytes. */
export function fileOverLimit(file: { readonly bytes: number; readonly characters?: number }, limit: number): Text | undefined {
  return file.characters === undefined ? bytesOverLimit(file.bytes, limit) : charactersOverLimit(file.characters, limit);
}

/** The doc.too-large finding of such a file. */
export function fileTooLarge(file: { readonly bytes: number; readonly characters?: number }, settings: BondingSettings): RuledFinding | undefined {
  return sizeFinding(fileOverLimit(file, settings.maxFileSize), settings);
}
