import { type FieldScope, type ProcField, procField, procFieldById } from '../knowledge/procFields';

/**
 * Parser for `/proc/net/bonding/<bond>` dumps: one or many bonds, whole documents or blocks embedded in a
 * ticket, log or Markdown text. It never throws; every line inside a dump becomes a node with its columns,
 * and lines it cannot place become `unknown` nodes so diagnostics can point at them.
 */

/** Columns within one line of the original text (`\r` excluded). */
export interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export type ProcLineKind =
  | 'driver' // Ethernet Channel Bonding Driver: ...
  | 'field' // label: value
  | 'heading' // 802.3ad info, Active Aggregator Info:, details ... lacp pdu:
  | 'noActiveAggregator' // bond X has no active aggregator
  | 'blank'
  | 'unknown';

export interface ProcLine {
  readonly kind: ProcLineKind;
  readonly line: number;
  /** The whole content of the line after any quoting prefix, without comment. */
  readonly span: Span;
  readonly field?: ProcField;
  readonly scope: FieldScope;
  readonly label?: Span;
  readonly labelText: string;
  readonly value?: Span;
  /** Value text as printed (trimmed); '' when the line has no value. */
  readonly valueText: string;
  /** A trailing annotation (`# ...`) added by whoever pasted the dump. */
  readonly comment?: Span;
}

export interface ProcDetails {
  readonly heading: ProcLine;
  readonly lines: ProcLine[];
}

export interface ProcSlave {
  readonly heading: ProcLine;
  readonly name: string;
  readonly lines: ProcLine[];
  actor?: ProcDetails;
  partner?: ProcDetails;
  lastLine: number;
}

export interface ProcBond {
  /** Bond name when the text tells it: a `==> file <==` header, a path line, or the no-aggregator line. */
  name?: string;
  readonly nameSource?: Span;
  readonly driver?: ProcLine;
  readonly firstLine: number;
  lastLine: number;
  /** Every line of the block, in order, blank and unknown lines included. */
  readonly lines: ProcLine[];
  /** Bond-level lines before the 802.3ad section. */
  readonly master: ProcLine[];
  adInfo?: ProcLine;
  readonly ad: ProcLine[];
  aggregatorHeading?: ProcLine;
  readonly aggregator: ProcLine[];
  noActiveAggregator?: ProcLine;
  readonly slaves: ProcSlave[];
}

export interface ProcDocument {
  readonly bonds: ProcBond[];
  /** True when the whole text is a dump (the first non-blank line starts one). */
  readonly wholeDocument: boolean;
}

const DRIVER_LABEL = 'Ethernet Channel Bonding Driver';
const NO_AGGREGATOR = /^bond (\S+) has no active aggregator$/;
/** `==> bond0 <==` (head/tail), also `==> ./bond0 <==` and full paths. */
const FILE_HEADER = /^==>\s*(.*?)\s*<==\s*$/;
/** A line naming the file: `/proc/net/bonding/bond0`, a sosreport path, or a shell prompt running cat on it. */
const PATH_LINE = /(?:^|[\s/])proc\/net\/bonding\/([^\s/:]+)\s*$/;
/** Quote and indentation prefixes that pasting adds in front of every line: `> `, `| `. */
const PASTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** Masked or real hardware address that begins with '#', so '#' there is not a comment. */
const HASH_ADDRESS = /^[#xX*0-9a-fA-F]{2}(?::[#xX*0-9a-fA-F]{2})+\s*$/;

/** Headings that open a nested scope; their labels are in the field catalogue. */
const SCOPE_OF_HEADING: Readonly<Record<string, FieldScope>> = {
  'ad.info': 'ad',
  'ad.activeAggregator': 'aggregator',
  'slave.actorDetails': 'actor',
  'slave.partnerDetails': 'partner',
};

/** Where to look for a label not found in the current scope: the kernel closes nested blocks without a marker. */
const FALLBACK: Readonly<Record<FieldScope, readonly FieldScope[]>> = {
  header: ['bond', 'ad', 'slave'],
  bond: ['ad', 'slave'],
  ad: ['bond', 'slave'],
  aggregator: ['ad', 'bond', 'slave'],
  slave: [],
  actor: ['slave'],
  partner: ['slave'],
};

export function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

interface Cut {
  readonly content: string;
  readonly offset: number;
  readonly comment?: Span;
}

/** Separates the pasting prefix and any trailing `# annotation` from a line's content. */
function cut(raw: string, line: number, prefixLength: number): Cut {
  let offset = Math.min(prefixLength, raw.length);
  if (raw.slice(0, offset).trim().replace(/>/g, '') !== '') offset = 0;
  let content = raw.slice(offset);
  const lead = content.length - content.trimStart().length;
  offset += lead;
  content = content.slice(lead);
  let comment: Span | undefined;
  for (let i = content.indexOf('#'); i > 0; i = content.indexOf('#', i + 1)) {
    if (!/\s/.test(content[i - 1]!)) continue;
    if (HASH_ADDRESS.test(content.slice(i))) break;
    comment = { line, start: offset + i, end: raw.length };
    content = content.slice(0, i);
    break;
  }
  const trimmed = content.trimEnd();
  return { content: trimmed, offset, comment };
}

function classify(raw: string, line: number, prefixLength: number, scope: FieldScope): ProcLine {
  const { content, offset, comment } = cut(raw, line, prefixLength);
  const span: Span = { line, start: offset, end: offset + content.length };
  const base = { line, span, scope, comment, labelText: '', valueText: '' };
  if (content === '') return { ...base, kind: comment ? 'unknown' : 'blank' };

  const noAgg = NO_AGGREGATOR.exec(content);
  if (noAgg) {
    return { ...base, kind: 'noActiveAggregator', scope: 'ad', field: procFieldById('ad.noActiveAggregator'), valueText: noAgg[1]! };
  }

  const colon = content.indexOf(':');
  const labelText = (colon < 0 ? content : content.slice(0, colon)).trimEnd();
  const label: Span = { line, start: offset, end: offset + labelText.length };
  let valueText = '';
  let value: Span | undefined;
  if (colon >= 0) {
    const after = content.slice(colon + 1);
    valueText = after.trim();
    if (valueText !== '') {
      const start = offset + colon + 1 + (after.length - after.trimStart().length);
      value = { line, start, end: start + valueText.length };
    }
  }

  if (labelText === DRIVER_LABEL && colon >= 0) {
    return { ...base, kind: 'driver', scope: 'header', field: procFieldById('header.driver'), label, labelText, value, valueText };
  }

  for (const s of [scope, ...FALLBACK[scope]]) {
    const field = procField(s, labelText);
    if (!field) continue;
    // A heading printed without its colon (`802.3ad info`) must not take a value; a field needs its colon.
    const isHeading = field.id in SCOPE_OF_HEADING;
    if (!isHeading && colon < 0) break;
    return { ...base, kind: isHeading ? 'heading' : 'field', scope: s, field, label, labelText, value, valueText };
  }
  return { ...base, kind: 'unknown', label: colon >= 0 ? label : undefined, labelText, value, valueText };
}

function scopeAfter(line: ProcLine, current: FieldScope): FieldScope {
  if (line.kind === 'driver') return 'bond';
  if (line.kind === 'noActiveAggregator') return 'ad';
  const id = line.field?.id;
  if (!id) return current;
  if (id in SCOPE_OF_HEADING) return SCOPE_OF_HEADING[id]!;
  if (id === 'slave.interface') return 'slave';
  return line.scope === current ? current : line.scope;
}

function newBond(firstLine: number, driver?: ProcLine, name?: { name: string; span: Span }): ProcBond {
  return {
    driver,
    firstLine,
    lastLine: firstLine,
    lines: [],
    master: [],
    ad: [],
    aggregator: [],
    slaves: [],
    name: name?.name,
    nameSource: name?.span,
  };
}

function place(bond: ProcBond, line: ProcLine): void {
  bond.lines.push(line);
  if (line.kind === 'blank' || line.kind === 'driver') return;
  const slave = bond.slaves[bond.slaves.length - 1];
  const id = line.field?.id;
  if (line.kind === 'noActiveAggregator') {
    bond.noActiveAggregator = line;
    return;
  }
  if (id === 'slave.interface') {
    bond.slaves.push({ heading: line, name: line.valueText, lines: [], lastLine: line.line });
    return;
  }
  if (id === 'ad.info') bond.adInfo = line;
  else if (id === 'ad.activeAggregator') bond.aggregatorHeading = line;
  switch (line.scope) {
    case 'actor':
    case 'partner': {
      if (!slave) break;
      if (id === 'slave.actorDetails' || id === 'slave.partnerDetails') {
        const details = { heading: line, lines: [] };
        if (id === 'slave.actorDetails') slave.actor = details;
        else slave.partner = details;
      } else {
        (line.scope === 'actor' ? slave.actor : slave.partner)?.lines.push(line);
      }
      slave.lastLine = line.line;
      return;
    }
    case 'slave':
      if (slave) {
        if (id === 'slave.actorDetails') slave.actor = { heading: line, lines: [] };
        else if (id === 'slave.partnerDetails') slave.partner = { heading: line, lines: [] };
        else slave.lines.push(line);
        slave.lastLine = line.line;
        return;
      }
      break;
    case 'aggregator':
      if (id !== 'ad.activeAggregator') bond.aggregator.push(line);
      return;
    case 'ad':
      if (id !== 'ad.info') bond.ad.push(line);
      return;
    default:
      break;
  }
  if (slave && line.kind === 'unknown') {
    slave.lines.push(line);
    slave.lastLine = line.line;
  } else if (line.kind !== 'unknown' && line.kind !== 'heading') {
    bond.master.push(line);
  }
}

/** A line that can only come from a dump; used to find dumps whose driver line was not pasted. */
function opensDump(line: ProcLine): boolean {
  return line.kind === 'driver' || line.field?.id === 'bond.mode';
}

function nameFromMarker(raw: string, line: number): { name: string; span: Span } | undefined {
  const header = FILE_HEADER.exec(raw.trim());
  const target = header ? header[1]! : raw;
  const m = PATH_LINE.exec(target) ?? (header ? /^(?:\.\/)?([^\s/]+)$/.exec(target) : null);
  if (!m) return undefined;
  const name = m[1]!;
  const start = raw.lastIndexOf(name);
  return { name, span: { line, start, end: start + name.length } };
}

/**
 * Parses every dump found in `text`. In a document that is a dump (`wholeDocument`), every line after the
 * first dump line belongs to a dump. In other text a dump ends at a Markdown fence or at two consecutive
 * lines that are not bonding lines, so the surrounding prose is left alone.
 */
export function parseProcBonding(text: string): ProcDocument {
  const raws = splitLines(text);
  const bonds: ProcBond[] = [];
  const firstContent = raws.findIndex((r) => r.trim() !== '');
  const leading = firstContent >= 0 ? classify(raws[firstContent]!, firstContent, 0, 'bond') : undefined;
  const wholeDocument = leading !== undefined && opensDump(leading);

  let bond: ProcBond | undefined;
  let scope: FieldScope = 'bond';
  let prefix = 0;
  let pendingName: { name: string; span: Span } | undefined;
  let strays = 0;

  const close = () => {
    if (!bond) return;
    // Trailing blank or unknown lines after the last bonding line belong to the surrounding text.
    while (bond.lines.length > 1 && !wholeDocument) {
      const last = bond.lines[bond.lines.length - 1]!;
      if (last.kind !== 'blank' && last.kind !== 'unknown') break;
      bond.lines.pop();
      for (const s of bond.slaves) {
        const i = s.lines.indexOf(last);
        if (i >= 0) s.lines.splice(i, 1);
      }
    }
    const lastLine = bond.lines[bond.lines.length - 1]?.line ?? bond.firstLine;
    bond.lastLine = lastLine;
    const slave = bond.slaves[bond.slaves.length - 1];
    if (slave) slave.lastLine = Math.min(Math.max(slave.lastLine, slave.heading.line), lastLine);
    bonds.push(bond);
    bond = undefined;
  };

  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    if (!bond) {
      const marker = nameFromMarker(raw, i);
      if (marker) {
        pendingName = marker;
        continue;
      }
      const prefixMatch = PASTE_PREFIX.exec(raw)?.[0] ?? '';
      const probe = classify(raw, i, prefixMatch.length, 'bond');
      if (!opensDump(probe)) {
        if (raw.trim() !== '') pendingName = undefined;
        continue;
      }
      prefix = prefixMatch.length;
      bond = newBond(i, probe.kind === 'driver' ? probe : undefined, pendingName);
      pendingName = undefined;
      scope = scopeAfter(probe, 'bond');
      place(bond, probe);
      strays = 0;
      continue;
    }

    if (/^\s*(```|~~~)/.test(raw)) {
      close();
      continue;
    }
    const marker = nameFromMarker(raw, i);
    if (marker) {
      close();
      pendingName = marker;
      continue;
    }
    const line = classify(raw, i, prefix, scope);
    if (line.kind === 'driver' || (line.field?.id === 'bond.mode' && bond.master.some((l) => l.field?.id === 'bond.mode'))) {
      close();
      bond = newBond(i, line.kind === 'driver' ? line : undefined);
      scope = scopeAfter(line, 'bond');
      place(bond, line);
      continue;
    }
    if (line.kind === 'unknown') {
      strays++;
      if (!wholeDocument && strays >= 2) {
        close();
        strays = 0;
        // Re-read this line as possible start of another dump.
        i--;
        continue;
      }
    } else if (line.kind !== 'blank') {
      strays = 0;
    }
    if (line.kind === 'noActiveAggregator' && !bond.name) bond.name = line.valueText;
    place(bond, line);
    scope = scopeAfter(line, scope);
  }
  close();
  return { bonds, wholeDocument };
}

/** The lines of a bond in any of its sections whose field has the given id. */
export function linesWithField(lines: readonly ProcLine[], id: string): ProcLine | undefined {
  return lines.find((l) => l.field?.id === id);
}
