import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds every regular expression written in the sources, and builds inputs shaped to make each one backtrack:
 * long runs of what its repetitions match, behind what the pattern needs first, ending in a character that
 * makes the match fail.
 */

export interface FoundRegex {
  /** Path relative to the repository root, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface ScanResult {
  readonly literals: FoundRegex[];
  /** `new RegExp(…)` and `RegExp(…)` calls: their patterns are built at run time, so a test lists them by hand. */
  readonly constructed: { readonly file: string; readonly line: number; readonly text: string }[];
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Every regex literal and RegExp construction in the TypeScript files under `dir`, read with the TypeScript parser. */
export function scanRegexes(dir: string, root = process.cwd()): ScanResult {
  const literals: FoundRegex[] = [];
  const constructed: ScanResult['constructed'] = [];
  for (const path of tsFiles(dir)) {
    const file = relative(root, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (n as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({ file, line: lineOf(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructed.push({ file, line: lineOf(n), text: n.getText(sf).replace(/\s+/g, ' ').slice(0, 100) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

// ---------------------------------------------------------------------------------------------------------------
// A small parser of JavaScript regex syntax, enough to know what each repetition repeats.
// ---------------------------------------------------------------------------------------------------------------

type Node =
  | { readonly t: 'alt'; readonly src: string; readonly options: Node[] }
  | { readonly t: 'seq'; readonly src: string; readonly items: Node[] }
  | { readonly t: 'group'; readonly src: string; readonly look: boolean; readonly body: Node }
  | { readonly t: 'quant'; readonly src: string; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly t: 'char'; readonly src: string }
  | { readonly t: 'empty'; readonly src: string };

const HEX4 = /^[0-9a-fA-F]{4}/;
const HEX2 = /^[0-9a-fA-F]{2}/;
const QUANT = /^\{(\d+)(,(\d*))?\}/;

export function parseRegex(src: string, flags: string): Node {
  const unicode = flags.includes('u') || flags.includes('v');
  let i = 0;
  const alt = (): Node => {
    const start = i;
    const options = [seq()];
    while (src[i] === '|') {
      i++;
      options.push(seq());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', src: src.slice(start, i), options };
  };
  const seq = (): Node => {
    const start = i;
    const items: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(term());
    return { t: 'seq', src: src.slice(start, i), items };
  };
  const term = (): Node => {
    const start = i;
    let node = atom();
    for (;;) {
      const c = src[i];
      let min: number;
      let max: number;
      if (c === '*') [min, max, i] = [0, Infinity, i + 1];
      else if (c === '+') [min, max, i] = [1, Infinity, i + 1];
      else if (c === '?') [min, max, i] = [0, 1, i + 1];
      else if (c === '{' && QUANT.test(src.slice(i))) {
        const m = QUANT.exec(src.slice(i))!;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
        i += m[0].length;
      } else break;
      if (src[i] === '?') i++;
      node = { t: 'quant', src: src.slice(start, i), body: node, min, max };
    }
    return node;
  };
  const atom = (): Node => {
    const start = i;
    const c = src[i]!;
    if (c === '(') {
      i++;
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) [i, look] = [i + 2, true];
      else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) [i, look] = [i + 3, true];
      else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const body = alt();
      i++;
      return { t: 'group', src: src.slice(start, i), look, body };
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      i++;
      return { t: 'char', src: src.slice(start, i) };
    }
    if (c === '\\') {
      i++;
      const e = src[i] ?? '';
      if (e === 'b' || e === 'B') {
        i++;
        return { t: 'empty', src: src.slice(start, i) };
      }
      if (e >= '1' && e <= '9') {
        while (src[i]! >= '0' && src[i]! <= '9') i++;
        return { t: 'empty', src: src.slice(start, i) };
      }
      if (e === 'k' && src[i + 1] === '<') {
        i = src.indexOf('>', i) + 1;
        return { t: 'empty', src: src.slice(start, i) };
      }
      if ((e === 'p' || e === 'P' || e === 'u') && src[i + 1] === '{') i = src.indexOf('}', i) + 1;
      else if (e === 'u' && HEX4.test(src.slice(i + 1))) i += 5;
      else if (e === 'x' && HEX2.test(src.slice(i + 1))) i += 3;
      else if (e === 'c' && /[A-Za-z]/.test(src[i + 1] ?? '')) i += 2;
      else i += 1;
      return { t: 'char', src: src.slice(start, i) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'empty', src: c };
    }
    const wide = unicode && (src.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    i += wide;
    return { t: 'char', src: src.slice(start, i) };
  };
  const root = alt();
  return root;
}

/** Characters tried wherever a pattern needs "some character": blanks, letters, digits, punctuation, controls, non-ASCII. */
const BASE_ALPHABET = [
  ' ', '\t', 'a', 'x', 'b', 'Z', '0', '1', '9', ':', '.', ',', '-', '_', '/', '#', '*', '?', '=', '"', "'", '(', ')',
  '<', '>', '[', ']', '{', '}', '|', '\\', '$', '`', ';', '!', '@', '%', '^', '&', '+', '~', '\n', '\r', '\0', '\v',
  'é', '中', '。', '\u00a0', '\u2028', '\ufeff',
];

/** One input: `prefix`, then `pump` repeated up to the size, then `tail`. */
export interface Attack {
  readonly prefix: string;
  readonly pump: string;
  readonly tail: string;
}

export function describeAttack(a: Attack): string {
  return `${JSON.stringify(a.prefix)} + ${JSON.stringify(a.pump)}×n + ${JSON.stringify(a.tail)}`;
}

/** Inputs shaped against every unbounded repetition of the pattern. */
export function attacksFor(source: string, flags: string): Attack[] {
  const matchFlags = flags.replace(/[gym]/g, '');
  const tester = (src: string): ((s: string) => boolean) | undefined => {
    try {
      const re = new RegExp(`^(?:${src})$`, matchFlags);
      return (s) => re.test(s);
    } catch {
      return undefined;
    }
  };
  let root: Node;
  try {
    root = parseRegex(source, flags);
  } catch {
    return [{ prefix: '', pump: 'a', tail: '\0' }];
  }

  // The alphabet: the fixed one plus every character the pattern names.
  const named = new Set<string>(BASE_ALPHABET);
  for (const ch of source) named.add(ch);
  for (const m of source.matchAll(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g)) named.add(String.fromCharCode(parseInt(m[1] ?? m[2]!, 16)));
  const alphabet = [...named];

  const atoms: ((s: string) => boolean)[] = [];
  const charTests = new Map<Node, string[]>();
  const charsOf = (node: Node): string[] => {
    let chars = charTests.get(node);
    if (!chars) {
      const test = tester(node.src);
      chars = test ? alphabet.filter(test) : [];
      charTests.set(node, chars);
    }
    return chars;
  };
  const collect = (n: Node): void => {
    if (n.t === 'char') {
      const test = tester(n.src);
      if (test) atoms.push(test);
    } else if (n.t === 'alt') n.options.forEach(collect);
    else if (n.t === 'seq') n.items.forEach(collect);
    else if (n.t === 'group' || n.t === 'quant') collect(n.body);
  };
  collect(root);

  /** A text the node matches: each repetition taken `Math.max(min, 1)` times (or its minimum when `least`). */
  const witness = (n: Node, least: boolean): string | undefined => {
    switch (n.t) {
      case 'char':
        return charsOf(n)[0];
      case 'empty':
        return '';
      case 'group':
        return n.look ? '' : witness(n.body, least);
      case 'seq': {
        let s = '';
        for (const item of n.items) {
          const w = witness(item, least);
          if (w === undefined) return undefined;
          s += w;
        }
        return s;
      }
      case 'alt':
        for (const o of n.options) {
          const w = witness(o, least);
          if (w !== undefined) return w;
        }
        return undefined;
      case 'quant': {
        const times = least ? n.min : Math.min(Math.max(n.min, 1), n.max);
        if (times === 0) return '';
        const w = witness(n.body, least);
        return w === undefined ? undefined : w.repeat(times);
      }
    }
  };

  const attacks: Attack[] = [];
  const seen = new Set<string>();
  const add = (a: Attack) => {
    if (a.pump === '') return;
    const key = JSON.stringify(a);
    if (seen.has(key)) return;
    seen.add(key);
    attacks.push(a);
  };

  const attackRepetition = (q: Extract<Node, { t: 'quant' }>, prefix: string) => {
    const single = charsOf(q.body);
    // One character per class of characters that the pattern's atoms tell apart, those that most atoms match
    // first: a character two repetitions can both take is what makes a pattern backtrack.
    const classes = new Map<string, { ch: string; matched: number }>();
    for (const ch of single) {
      const hits = atoms.map((a) => a(ch));
      const sig = hits.map((h) => (h ? '1' : '0')).join('');
      if (!classes.has(sig)) classes.set(sig, { ch, matched: hits.filter(Boolean).length });
    }
    const pumps = [...classes.values()]
      .sort((a, b) => b.matched - a.matched)
      .slice(0, 4)
      .map((c) => c.ch);
    const one = witness(q.body, false);
    if (one !== undefined && one.length > 1) pumps.push(one);
    const least = witness(q.body, true);
    if (least !== undefined && least.length > 1 && least !== one) pumps.push(least);
    const outside = alphabet.find((ch) => !single.includes(ch));
    const tails = [...new Set([outside ?? '\0', '\n'])];
    for (const pump of pumps) {
      for (const tail of tails) {
        add({ prefix: '', pump, tail });
        if (prefix !== '') add({ prefix, pump, tail });
      }
    }
  };

  const walk = (n: Node, prefix: string): void => {
    switch (n.t) {
      case 'alt':
        n.options.forEach((o) => walk(o, prefix));
        return;
      case 'group':
        walk(n.body, prefix);
        return;
      case 'seq': {
        let p = prefix;
        for (const item of n.items) {
          walk(item, p);
          p += witness(item, false) ?? '';
        }
        return;
      }
      case 'quant':
        if (n.max === Infinity) attackRepetition(n, prefix);
        walk(n.body, prefix);
        return;
      default:
    }
  };
  walk(root, '');

  // The whole pattern over and over: every start position gets a near-match.
  const whole = witness(root, false);
  if (whole) {
    add({ prefix: '', pump: whole, tail: '\0' });
    add({ prefix: '', pump: whole.slice(0, -1) || whole, tail: '\0' });
  }
  if (attacks.length === 0) add({ prefix: '', pump: alphabet.find((ch) => tester(source)?.(ch)) ?? 'a', tail: '\0' });
  return attacks;
}
