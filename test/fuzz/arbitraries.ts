import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * Inputs for fuzzing: arbitrary text, text made of the words bonding files are made of, and the fixtures mutated
 * the way pasting, editors and truncated transfers mutate them.
 */

/** Run count and seed: a few hundred runs with a fixed seed in `npm test`; `FUZZ_RUNS` (and `FUZZ_SEED`) for long runs. */
export const LONG = process.env.FUZZ_RUNS !== undefined;
export const RUNS = LONG ? Math.max(1, Number(process.env.FUZZ_RUNS) || 10_000) : 0;
export const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : LONG ? Date.now() % 2 ** 31 : 20_240_611;

/** fast-check parameters for a property that runs `bounded` times in `npm test`. */
export function params(bounded: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: LONG ? RUNS : bounded };
}

/** Files under `dir`, none when it does not exist (fixture folders come and go with features). */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

export interface Fixture {
  readonly path: string;
  readonly text: string;
}

const read = (paths: string[]): Fixture[] => paths.filter((p) => !p.endsWith('README.md')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const under = (dir: string, test: (path: string) => boolean) => files(dir).filter(test);
const isIfcfg = (p: string) => /(^|\/)ifcfg-[^/]*$/.test(p);
export const PROC_FIXTURES: readonly Fixture[] = read([...files('fixtures/proc'), ...under('fixtures/e2e', (p) => !isIfcfg(p))]);
export const IFCFG_FIXTURES: readonly Fixture[] = read([...files('fixtures/ifcfg'), ...under('fixtures/e2e', isIfcfg), ...under('fixtures/grammar', isIfcfg)]);

/** Pieces of dumps, ifcfg files and the text around them, with the characters that break naive parsers. */
const WORDS = [
  'Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)',
  'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
  'Bonding Mode: fault-tolerance (active-backup)',
  'Transmit Hash Policy: layer3+4 (1)',
  'MII Status: up',
  'MII Status: down',
  'MII Polling Interval (ms): 100',
  'Primary Slave: eth0 (primary_reselect always)',
  'Currently Active Slave: eth0',
  '802.3ad info',
  'LACP rate: fast',
  'Min links: 2',
  'Aggregator selection policy (ad_select): stable',
  'Active Aggregator Info:',
  '\tAggregator ID: 1',
  '\tNumber of ports: 2',
  '\tActor Key: 15',
  '\tPartner Mac Address: 00:00:00:00:00:00',
  'Slave Interface: eth1',
  'Speed: 10000 Mbps',
  'Speed: Unknown',
  'Duplex: half',
  'Link Failure Count: 3',
  'Permanent HW addr: ##:##:##:xx:00:01',
  'Aggregator ID: 2',
  'Actor Churn State: churned',
  'details actor lacp pdu:',
  'details partner lacp pdu:',
  '    port state: 61',
  '    system mac address: 00:1b:21:49:d4:e4',
  '    oper key: 0',
  'ARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.2',
  'bond bond0 has no active aggregator',
  '==> /proc/net/bonding/bond0 <==',
  '$ cat /proc/net/bonding/bond1',
  '/proc/net/bonding/bond0:',
  '/proc/net/bonding/bond1:Bonding Mode: fault-tolerance (active-backup)',
  'bond2:Ethernet Channel Bonding Driver: v3.7.1',
  '```',
  '> ',
  '# note',
  '# bondlint disable=proc.slave-down,ifcfg.unknown-key',
  '> # bondlint disable-file=ifcfg.port-has-address,,nonsense',
  '# bondlint disable=',
  'DEVICE=bond0',
  'TYPE=Bond',
  'BONDING_MASTER=yes',
  'BONDING_OPTS="mode=4 miimon=100 lacp_rate=fast xmit_hash_policy=layer3+4"',
  "BONDING_OPTS='mode=active-backup primary=eth0'",
  'BONDING_OPTS=mode=4 miimon=100',
  'BONDING_OPTS="mode = 1 arp_ip_target=+192.0.2.1,-192.0.2.2 downdelay=abc"',
  'BONDING_MODULE_OPTS="mode=802.3ad"',
  'BONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=192.0.2.10,192.0.2.1 miimon=0  arp_ip_target=192.0.201.5,192.0.2.1"',
  "BONDING_MODULE_OPTS='mode=1 all_slaves_active=on updelay=maxval arp_ip_target=+192.0.2.1'",
  'NM_CONTROLLED=no',
  'MASTER=bond0',
  'SLAVE=yes',
  'MTU=9000',
  'IPADDR=192.0.2.10',
  'PREFIX=24',
  'ONBOOT=yes',
  'export NAME=x',
  "NAME=$'\\xff\\u00e9'",
  'NAME="a$(b)`c`"',
  'KEY =value',
  '1BAD=x',
  'mode=',
  '=4',
  '"',
  "'",
  '\\',
  '$',
  '`',
  '=',
  ':',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\v',
  '\f',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '中文',
  'é',
  '😀',
  '\ud800',
  '\udc00',
];

/** Text built from the words above. */
export const wordText = (maxWords = 60): fc.Arbitrary<string> => fc.array(fc.constantFrom(...WORDS), { maxLength: maxWords }).map((w) => w.join(''));

/** Any UTF-16 text, lone surrogates and control characters included. */
export const anyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength }),
    fc.uint8Array({ maxLength }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
    fc.uint8Array({ maxLength }).map((bytes) => String.fromCharCode(...bytes)),
  );

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicateLines'; at: number; count: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'longLine'; at: number; unit: string; count: number }
  | { kind: 'crlf' }
  | { kind: 'cr' }
  | { kind: 'tabs' }
  | { kind: 'grep'; name: string; every: number; context: boolean; numbers: boolean }
  | { kind: 'catN' }
  | { kind: 'byHand'; at: number; how: string }
  | { kind: 'inString'; at: number; count: number; quote: string; twice: boolean }
  | { kind: 'oneLine'; at: number; count: number }
  | { kind: 'quotedLines'; at: number; count: number; form: 'json' | 'python' | 'c' }
  | { kind: 'commentedLines'; at: number; count: number; indent: string; blank: string }
  | { kind: 'hosts'; every: number; names: readonly string[]; trim: boolean }
  | { kind: 'yamlItems'; at: number; count: number; indent: string; quote: string }
  | { kind: 'portsOnly'; port: number; before: string }
  | { kind: 'quotedPrintable'; quote: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...WORDS), anyText(12)) }),
  fc.record({ kind: fc.constant('longLine' as const), at: fc.nat(), unit: fc.constantFrom('x', ' ', ':', '0', '=', '"', '\t', 'a ', '中', ', '), count: fc.integer({ min: 100, max: 3000 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'cr' as const }),
  fc.constant({ kind: 'tabs' as const }),
  fc.record({ kind: fc.constant('grep' as const), name: fc.constantFrom('/proc/net/bonding/bond0', 'sos/proc/net/bonding/b:1', 'bond1', ''), every: fc.integer({ min: 1, max: 3 }), context: fc.boolean(), numbers: fc.boolean() }),
  fc.constant({ kind: 'catN' as const }),
  fc.record({ kind: fc.constant('byHand' as const), at: fc.nat(), how: fc.constantFrom('[...]', '<snip>', '……', '**', '__', 'value**') }),
  fc.record({ kind: fc.constant('inString' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }), quote: fc.constantFrom('"', "'", ''), twice: fc.boolean() }),
  fc.record({ kind: fc.constant('oneLine' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('quotedLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }), form: fc.constantFrom('json' as const, 'python' as const, 'c' as const) }),
  fc.record({ kind: fc.constant('hosts' as const), every: fc.integer({ min: 1, max: 40 }), names: fc.array(fc.constantFrom('db01', 'db02', 'bonding', 'n1.example.com', '10.0.0.1', ''), { minLength: 1, maxLength: 3 }), trim: fc.boolean() }),
  fc.record({ kind: fc.constant('commentedLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }), indent: fc.constantFrom('', '    ', '> ', '\t'), blank: fc.constantFrom(' ', '', '\t') }),
  fc.record({ kind: fc.constant('yamlItems' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 200 }), indent: fc.constantFrom('', '  ', '> '), quote: fc.constantFrom("'", '"', '') }),
  fc.record({ kind: fc.constant('portsOnly' as const), port: fc.nat({ max: 3 }), before: fc.constantFrom('The ports:', '```', '> ', 'Slave Interface: eth9', '') }),
  fc.record({ kind: fc.constant('quotedPrintable' as const), quote: fc.constantFrom('> >', '>', '') }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = lines.length;
  switch (m.kind) {
    case 'cut': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicateLines': {
      const at = m.at % n;
      return [...lines.slice(0, at + m.count), ...lines.slice(at, at + m.count), ...lines.slice(at + m.count)].join('\n');
    }
    case 'swapLines': {
      const a = m.a % n;
      const b = m.b % n;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'deleteLine':
      lines.splice(m.at % n, 1);
      return lines.join('\n');
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'longLine': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.unit.repeat(m.count) + text.slice(at);
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'tabs':
      return text.replace(/ {2,}/g, '\t');
    case 'grep':
      // grep's output: the file's name before each line it prints, here one line in `every`; with context (`-A`),
      // `-` after the name of every other line and `--` between groups.
      return lines
        .filter((_, i) => i % m.every === 0)
        .map((l, i) => {
          const sep = m.context && i % 2 ? '-' : ':';
          // `grep -n`: the line's number after the name (or alone), with the same separator.
          const name = m.numbers ? `${m.name}${m.name ? sep : ''}${i * m.every + 1}` : m.name;
          return m.context && i % 5 === 4 ? `--\n${name}-${l}` : `${name}${sep}${l}`;
        })
        .join('\n');
    case 'catN':
      return lines.map((l, i) => `${String(i + 1).padStart(6)}\t${l}`).join('\n');
    case 'byHand': {
      // What people do to a dump they paste: cut lines and say so, set a line or a value in bold.
      const at = m.at % n;
      const line = lines[at]!;
      lines[at] = m.how === 'value**' ? line.replace(/: (.+)/, ': **$1**') : m.how.length === 2 ? `${m.how}${line}${m.how}` : m.how;
      return lines.join('\n');
    }
    case 'inString': {
      // Lines kept in a string, as JSON writes them (`\n`, `\t`, `\"`), in double, single or no quotes; or kept in a
      // string that is itself kept in one (`\\n`).
      const at = m.at % n;
      const once = JSON.stringify(lines.slice(at, at + m.count).join('\n'));
      const kept = (m.twice ? JSON.stringify(once) : once).slice(1, -1);
      return [...lines.slice(0, at), `"stdout": ${m.quote}${kept}${m.quote},`, ...lines.slice(at + m.count)].join('\n');
    }
    case 'oneLine': {
      // Lines whose breaks were lost, as `echo $(cat …)` prints them.
      const at = m.at % n;
      return [...lines.slice(0, at), lines.slice(at, at + m.count).join(' '), ...lines.slice(at + m.count)].join('\n');
    }
    case 'quotedLines': {
      // Each line a string of its own: a JSON list (Ansible's stdout_lines), a Python list, a C string over several lines.
      const at = m.at % n;
      const quoted = lines.slice(at, at + m.count).map((l) => (m.form === 'json' ? `    ${JSON.stringify(l)},` : m.form === 'python' ? `    '${l}',` : `    ${JSON.stringify(`${l}\n`)}`));
      return [...lines.slice(0, at), ...quoted, ...lines.slice(at + m.count)].join('\n');
    }
    case 'hosts': {
      // pdsh's `host: ` before each line, the hosts taking turns every few lines (or trailing blanks trimmed).
      return lines.map((l, i) => `${m.names[Math.floor(i / m.every) % m.names.length]}: ${l}`).map((l) => (m.trim ? l.trimEnd() : l)).join('\n');
    }
    case 'commentedLines': {
      // Each line a comment, as a script or a doc shows a dump: `# MII Status: up`, indented with the code around it.
      const at = m.at % n;
      const commented = lines.slice(at, at + m.count).map((l) => `${m.indent}#${m.blank}${l}`);
      return [...lines.slice(0, at), ...commented, ...lines.slice(at + m.count)].join('\n');
    }
    case 'yamlItems': {
      // Each line an item of a YAML list (`- 'MII Status: up'`), quoted or not, as Ansible's YAML output lists them.
      const at = m.at % n;
      const items = lines.slice(at, at + m.count).map((l) => `${m.indent}- ${m.quote}${l}${m.quote}`);
      return [...lines.slice(0, at), ...items, ...lines.slice(at + m.count)].join('\n');
    }
    case 'portsOnly': {
      // Only the ports pasted, from the port-th `Slave Interface:` on, below a line of a ticket.
      const starts = lines.flatMap((l, i) => (l.includes('Slave Interface:') ? [i] : []));
      return [m.before, ...lines.slice(starts[m.port % Math.max(starts.length, 1)] ?? 0)].join('\n');
    }
    case 'quotedPrintable':
      // A quoted dump in a quoted-printable mail: `> > ` before each line, a blank one written `> >=20`.
      return lines.map((l) => (l.trim() === '' ? `${m.quote}=20` : `${m.quote} ${l}`)).join('\n');
  }
}

/** A fixture with a few mutations applied. */
export const mutatedFixture = (fixtures: readonly Fixture[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([f, ms]) => ms.reduce(mutate, f.text));

/** Every kind of input: mostly mutated fixtures, also word soup and arbitrary text. */
export const hostileText = (fixtures: readonly Fixture[]): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: mutatedFixture(fixtures), weight: 5 }, { arbitrary: wordText(), weight: 3 }, { arbitrary: anyText(), weight: 2 });

// ---------------------------------------------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------------------------------------------

/** Lines as an LSP client counts them (`\r\n`, `\r`, `\n` end a line). */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function positionInside(lines: readonly string[], p: Position): boolean {
  return (
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < lines.length &&
    p.character >= 0 &&
    p.character <= lines[p.line]!.length
  );
}

export function rangeInside(lines: readonly string[], r: Range): boolean {
  return (
    positionInside(lines, r.start) &&
    positionInside(lines, r.end) &&
    (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character))
  );
}

export const show = (r: Range | Position): string =>
  'start' in r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : `${r.line}:${r.character}`;
