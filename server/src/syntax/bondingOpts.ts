import { type IfcfgAssignment, type OffsetRange, type ValueOffsetMap, valueRange } from './ifcfg';

/**
 * Splits the value of `BONDING_OPTS` (RHEL ifcfg) or `BONDING_MODULE_OPTS` (SUSE ifcfg) into `name=value`
 * tokens, each with its range in the document. It only reports syntax; whether a name is an option and a value
 * is valid is decided later from the option table.
 *
 * How the real readers split the string (so the problems below say what each one loses):
 * - NetworkManager `nms-ifcfg-rh-reader.c` `make_bond_setting()`: `nm_utils_strsplit_set(v, " ")` (spaces only,
 *   empty items dropped); an item without `=` is skipped; the key is the text before the first `=`, the value
 *   the rest; an empty key or an empty value is skipped; for `arp_ip_target` quotes and every `+`/`-` are
 *   removed; then each item is validated and an invalid one dropped with a warning.
 * - initscripts `network-functions` `install_bonding_driver()`: `for arg in $BONDING_OPTS` (bash word
 *   splitting on blanks), `key=${arg%%=*}` (before the first `=`), `value=${arg##*=}` (after the LAST `=`); an
 *   empty key is skipped; every other item is written to `/sys/class/net/<bond>/bonding/<key>`, `mode` and
 *   `miimon` first and `primary` only after the ports are enslaved (`ifup-eth`). An item without `=` writes the
 *   item itself into a file of that name; `arp_ip_target` lists without a leading `+` are split on commas and
 *   each address written as `+address`.
 * - wicked `BONDING_MODULE_OPTS`: split on spaces and tabs; an item must be `key=value` with both parts
 *   non-empty, or the whole interface configuration is rejected.
 * So `downdelay =0` is lost everywhere (NetworkManager skips both halves; initscripts writes `downdelay` into
 * the downdelay file, which the kernel refuses, and skips `=0`), although tools such as insights-core read it
 * as downdelay=0. The tokenizer joins such pieces into one token so that the rest of the option list still
 * lines up, and marks it `space-around-equals`.
 */

/**
 * - `missing-equals`: an item with no `=` (NetworkManager skips it; initscripts writes it to a sysfs file named
 *   after it; wicked rejects the interface).
 * - `empty-name`: an item starting with `=` (wicked rejects the interface).
 * - `empty-value`: `name=` (NetworkManager skips it; initscripts writes an empty string, which the kernel
 *   refuses for every option except `primary` and `active_slave`, where it clears the setting; wicked rejects the
 *   interface).
 * - `space-around-equals`: `name =value`, `name= value` or `name = value` were joined into one token (wicked
 *   sees the pieces, each without `=`, name or value, and rejects the interface).
 * - `extra-equals`: the value contains `=`; NetworkManager and wicked keep everything after the first `=`,
 *   initscripts only what follows the last one.
 * - `tab-separator`: items separated by a tab or newline; NetworkManager splits on spaces only, so it sees one
 *   item with the tab inside the value (wicked splits on tabs too).
 */
export type BondingOptProblemCode =
  | 'missing-equals'
  | 'empty-name'
  | 'empty-value'
  | 'space-around-equals'
  | 'extra-equals'
  | 'tab-separator';

export interface BondingOptProblem {
  readonly code: BondingOptProblemCode;
  readonly range: OffsetRange;
}

export interface BondingOptItem {
  readonly text: string;
  readonly range: OffsetRange;
}

export interface BondingOptToken {
  /** The token as written, unescaped (pieces joined by `space-around-equals` keep their blanks). */
  readonly text: string;
  readonly range: OffsetRange;
  readonly name: string;
  readonly nameRange: OffsetRange;
  /** undefined when the token has no `=`. */
  readonly value: string | undefined;
  readonly valueRange: OffsetRange | undefined;
  /** The value split on `,` (lists such as `arp_ip_target=192.0.2.1,192.0.2.2`); empty without a value. */
  readonly items: readonly BondingOptItem[];
  readonly problems: readonly BondingOptProblem[];
}

export interface BondingOpts {
  readonly tokens: readonly BondingOptToken[];
}

interface Word {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** Blanks before this word contain a tab or newline. */
  readonly tabBefore?: { readonly from: number; readonly to: number };
}

/**
 * Tokenizes an option string. `map` places the value's characters in the document: either the offset map of
 * the ifcfg assignment (quotes and escapes accounted for), or the document offset of the first character when
 * the text appears there verbatim.
 */
export function tokenizeBondingOpts(value: string, map: ValueOffsetMap | number): BondingOpts {
  const span =
    typeof map === 'number'
      ? (from: number, to: number): OffsetRange => ({ start: map + from, end: map + Math.max(from, to) })
      : (from: number, to: number): OffsetRange => valueRange(map, from, to);

  const words: Word[] = [];
  let i = 0;
  let first = true;
  while (i < value.length) {
    const blankStart = i;
    let tab = -1;
    let tabEnd = -1;
    while (i < value.length && isBlank(value[i]!)) {
      if (value[i] !== ' ') {
        if (tab < 0) tab = i;
        tabEnd = i + 1;
      }
      i++;
    }
    if (i >= value.length) break;
    const from = i;
    while (i < value.length && !isBlank(value[i]!)) i++;
    const tabBefore = !first && tab >= blankStart ? { from: tab, to: tabEnd } : undefined;
    words.push({ text: value.slice(from, i), from, to: i, ...(tabBefore ? { tabBefore } : {}) });
    first = false;
  }

  const tokens: BondingOptToken[] = [];
  for (let w = 0; w < words.length; ) {
    const word = words[w]!;
    const next = words[w + 1];
    const afterNext = words[w + 2];
    const problems: BondingOptProblem[] = [];
    if (word.tabBefore) problems.push({ code: 'tab-separator', range: span(word.tabBefore.from, word.tabBefore.to) });

    const nameFrom = word.from;
    let nameTo: number;
    let valueFrom: number | undefined;
    let valueTo = word.to;
    let lastIndex = w;
    const eq = word.text.indexOf('=');
    if (eq >= 0) {
      nameTo = word.from + eq;
      valueFrom = nameTo + 1;
      if (eq === word.text.length - 1 && next && !next.text.includes('=')) {
        // `name= value`
        problems.push({ code: 'space-around-equals', range: span(word.to, next.from) });
        valueFrom = next.from;
        valueTo = next.to;
        lastIndex = w + 1;
      }
      if (eq === 0) problems.push({ code: 'empty-name', range: span(word.from, word.from + 1) });
    } else if (next && next.text.startsWith('=')) {
      nameTo = word.to;
      if (next.text === '=' && afterNext && !afterNext.text.includes('=')) {
        // `name = value`
        problems.push({ code: 'space-around-equals', range: span(word.to, afterNext.from) });
        valueFrom = afterNext.from;
        valueTo = afterNext.to;
        lastIndex = w + 2;
      } else {
        // `name =value` or `name =`
        problems.push({ code: 'space-around-equals', range: span(word.to, next.from) });
        valueFrom = next.from + 1;
        valueTo = next.to;
        lastIndex = w + 1;
      }
    } else {
      nameTo = word.to;
      problems.push({ code: 'missing-equals', range: span(word.from, word.to) });
    }
    // a tab between the joined pieces is no separator of its own
    const last = words[lastIndex]!;
    for (const joined of words.slice(w + 1, lastIndex + 1)) {
      if (joined.tabBefore) problems.push({ code: 'tab-separator', range: span(joined.tabBefore.from, joined.tabBefore.to) });
    }

    const val = valueFrom === undefined ? undefined : value.slice(valueFrom, valueTo);
    if (val !== undefined && val.length === 0) problems.push({ code: 'empty-value', range: span(valueFrom!, valueFrom!) });
    if (val !== undefined && val.includes('=')) {
      const at = valueFrom! + val.indexOf('=');
      problems.push({ code: 'extra-equals', range: span(at, at + 1) });
    }
    const items: BondingOptItem[] = [];
    if (val !== undefined && val.length > 0) {
      let from = valueFrom!;
      for (const part of val.split(',')) {
        items.push({ text: part, range: span(from, from + part.length) });
        from += part.length + 1;
      }
    }
    problems.sort((a, b) => a.range.start - b.range.start);
    tokens.push({
      text: value.slice(word.from, last.to),
      range: span(word.from, last.to),
      name: value.slice(nameFrom, nameTo),
      nameRange: span(nameFrom, nameTo),
      value: val,
      valueRange: valueFrom === undefined ? undefined : span(valueFrom, valueTo),
      items,
      problems,
    });
    w = lastIndex + 1;
  }
  return { tokens };
}

/** Tokens of an ifcfg assignment's unescaped value, placed in the document through its quotes and escapes. */
export function bondingOptsOf(assignment: IfcfgAssignment): BondingOpts {
  return tokenizeBondingOpts(assignment.value, assignment.valueMap);
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n';
}
