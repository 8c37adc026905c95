import { decodeKey } from '../knowledge/actorKey';
import { PORT_STATE_IN_USE, decodePortState, portStateShort } from '../knowledge/lacp';
import { type MacClassId, primaryMacClass } from '../knowledge/macs';
import type { ModeNumber } from '../knowledge/modes';
import { type ProcBondModel, type ProcPortModel, procModel, procToConfig } from '../model/procModel';
import { parseProcBonding } from '../syntax/procBonding';
import { keyEras } from './procExplain';

/**
 * The bond model as plain JSON (`bondlint inspect`): what a script needs from a dump without parsing it again.
 * Numbers are numbers, names are strings, and `null` means the dump has no such line or the kernel printed no
 * value there (`Unknown`, `N/A`, `None`). Lines are 1-based. `INSPECT_SCHEMA` below describes it; the README
 * shows the same schema.
 */
export const INSPECT_VERSION = 1;

export interface InspectOutput {
  readonly version: typeof INSPECT_VERSION;
  readonly bonds: readonly InspectedBond[];
}

export interface InspectedBond {
  readonly name: string | null;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Any line may have been left out: grep printed the dump without its blank lines, or `--` or `[...]` stands in it. */
  readonly filtered: boolean;
  /** Text after `Ethernet Channel Bonding Driver:` (a driver version or a kernel release). */
  readonly driver: string | null;
  readonly mode: { readonly number: ModeNumber; readonly name: string; readonly text: string } | null;
  readonly failOverMac: string | null;
  readonly miiStatus: string | null;
  readonly activePort: string | null;
  /** Kernel option name → value in kernel syntax (`miimon`, `xmit_hash_policy`, `lacp_rate`…), as far as the dump shows them. */
  readonly options: Readonly<Record<string, string>>;
  readonly lacp: InspectedLacp | null;
  readonly ports: readonly InspectedPort[];
  /** Lines inside the dump that no kernel prints (in a filtered dump, not those out of place only). */
  readonly unrecognisedLines: readonly number[];
}

export interface InspectedMac {
  readonly address: string;
  /** Class of the address: `universal`, `local`, `zero`, `masked`, `vrrpV4`… */
  readonly kind: MacClassId;
}

/** An actor key split into its fields (`port key`, `Actor Key`); partner keys are the switch's own and stay numbers. */
export interface InspectedKey {
  readonly fullDuplex: boolean;
  readonly speedCode: number;
  /** Speed the code stands for in `numbering`; null for code 0 or a code that numbering does not define. */
  readonly speedMbps: number | null;
  readonly userKey: number;
  /** Speed-code numbering used, the same as hovers use: `A`…`I` (server/src/knowledge/actorKey.ts `KEY_ERAS`). */
  readonly numbering: string;
}

export interface InspectedState {
  readonly value: number;
  readonly hex: string;
  /** IEEE 802.1AX names of the bits that are set. */
  readonly flags: readonly string[];
  readonly short: string;
  /** Aggregation, Synchronization, Collecting and Distributing all set, Defaulted and Expired clear. */
  readonly inUse: boolean;
}

export interface InspectedLacp {
  readonly systemPriority: number | null;
  readonly systemMac: InspectedMac | null;
  readonly noActiveAggregator: boolean;
  readonly activeAggregator: {
    readonly id: number | null;
    readonly ports: number | null;
    readonly actorKey: number | null;
    readonly actorKeyDecoded: InspectedKey | null;
    readonly partnerKey: number | null;
    readonly partnerMac: InspectedMac | null;
  } | null;
}

export interface InspectedPdu {
  readonly systemPriority: number | null;
  readonly systemMac: InspectedMac | null;
  /** `port key` (actor) or `oper key` (partner). */
  readonly key: number | null;
  /** The actor's key decoded; null for the partner, whose key means what the switch chose. */
  readonly keyDecoded: InspectedKey | null;
  readonly portPriority: number | null;
  readonly portNumber: number | null;
  readonly state: InspectedState | null;
}

export interface InspectedPort {
  readonly name: string;
  readonly line: number;
  readonly miiStatus: string | null;
  readonly speedMbps: number | null;
  readonly duplex: string | null;
  readonly linkFailures: number | null;
  readonly permanentMac: InspectedMac | null;
  readonly queueId: number | null;
  readonly aggregatorId: number | null;
  readonly churn: {
    readonly actor: { readonly state: string | null; readonly count: number | null };
    readonly partner: { readonly state: string | null; readonly count: number | null };
  } | null;
  readonly actor: InspectedPdu | null;
  readonly partner: InspectedPdu | null;
}

const ABSENT = new Set(['', 'Unknown', 'unknown', 'N/A', 'None']);

function text(value: string | undefined): string | null {
  return value === undefined || ABSENT.has(value) ? null : value;
}

function mac(value: string | undefined): InspectedMac | null {
  const address = text(value);
  return address === null ? null : { address, kind: primaryMacClass(address) };
}

function decodedKey(value: number | undefined, bond: ProcBondModel): InspectedKey | null {
  const era = keyEras(bond)[0];
  if (value === undefined || !era) return null;
  const d = decodeKey(value, era);
  return { fullDuplex: d.fullDuplex, speedCode: d.speedCode, speedMbps: d.speedMbps ?? null, userKey: d.userKey, numbering: era.id };
}

function state(value: number | undefined): InspectedState | null {
  if (value === undefined || value > 255) return null;
  const bits = decodePortState(value);
  const inUse = (value & PORT_STATE_IN_USE) === PORT_STATE_IN_USE && (value & 0xc0) === 0;
  return { value, hex: `0x${value.toString(16).toUpperCase().padStart(2, '0')}`, flags: bits.set.map((b) => b.name), short: portStateShort(value), inUse };
}

function pdu(port: ProcPortModel, side: 'actor' | 'partner', bond: ProcBondModel): InspectedPdu | null {
  if (!port.syntax[side]) return null;
  const keyValue = side === 'actor' ? port.lacpInt('actor.portKey') : port.lacpInt('partner.operKey');
  return {
    systemPriority: port.lacpInt(`${side}.systemPriority`) ?? null,
    systemMac: mac(port.lacp(`${side}.systemMac`)?.valueText),
    key: keyValue ?? null,
    keyDecoded: side === 'actor' ? decodedKey(keyValue, bond) : null,
    portPriority: port.lacpInt(`${side}.portPriority`) ?? null,
    portNumber: port.lacpInt(`${side}.portNumber`) ?? null,
    state: state(port.lacpInt(`${side}.portState`)),
  };
}

function port(p: ProcPortModel, bond: ProcBondModel): InspectedPort {
  const hasChurn = ['slave.actorChurnState', 'slave.partnerChurnState', 'slave.actorChurned', 'slave.partnerChurned'].some((id) => p.field(id));
  const speed = /^(\d+)\s*Mbps$/.exec(p.value('slave.speed') ?? '');
  return {
    name: p.name,
    line: p.syntax.heading.line + 1,
    miiStatus: text(p.value('slave.miiStatus')),
    speedMbps: speed ? Number(speed[1]) : null,
    duplex: text(p.value('slave.duplex')),
    linkFailures: p.int('slave.linkFailures') ?? null,
    permanentMac: mac(p.value('slave.permAddr')),
    queueId: p.int('slave.queueId') ?? null,
    aggregatorId: p.int('slave.aggregatorId') ?? null,
    churn: hasChurn
      ? {
          actor: { state: text(p.value('slave.actorChurnState')), count: p.int('slave.actorChurned') ?? null },
          partner: { state: text(p.value('slave.partnerChurnState')), count: p.int('slave.partnerChurned') ?? null },
        }
      : null,
    actor: pdu(p, 'actor', bond),
    partner: pdu(p, 'partner', bond),
  };
}

function lacp(bond: ProcBondModel): InspectedLacp | null {
  const syntax = bond.syntax;
  if (bond.mode?.number !== 4 && !syntax.adInfo && syntax.ad.length === 0 && !syntax.noActiveAggregator) return null;
  const hasAggregator = syntax.aggregatorHeading !== undefined || syntax.aggregator.length > 0;
  return {
    systemPriority: bond.int('ad.systemPriority') ?? null,
    systemMac: mac(bond.value('ad.systemMac')),
    noActiveAggregator: syntax.noActiveAggregator !== undefined,
    activeAggregator: hasAggregator
      ? {
          id: bond.int('aggregator.id') ?? null,
          ports: bond.int('aggregator.ports') ?? null,
          actorKey: bond.int('aggregator.actorKey') ?? null,
          actorKeyDecoded: decodedKey(bond.int('aggregator.actorKey'), bond),
          partnerKey: bond.int('aggregator.partnerKey') ?? null,
          partnerMac: mac(bond.value('aggregator.partnerMac')),
        }
      : null,
  };
}

export function inspectBond(bond: ProcBondModel, uri = 'memory://inspect'): InspectedBond {
  const modeLine = bond.field('bond.mode');
  const options: Record<string, string> = {};
  for (const [name, value] of procToConfig(bond, uri).options) options[name] = value.value;
  return {
    name: bond.name ?? null,
    firstLine: bond.syntax.firstLine + 1,
    lastLine: bond.syntax.lastLine + 1,
    filtered: bond.syntax.filtered,
    driver: text(bond.driver),
    mode: bond.mode && modeLine ? { number: bond.mode.number, name: bond.mode.name, text: bond.mode.procText } : null,
    failOverMac: bond.failOverMac ?? null,
    miiStatus: text(bond.value('bond.miiStatus')),
    activePort: text(bond.value('bond.activeSlave')),
    options,
    lacp: lacp(bond),
    ports: bond.ports.map((p) => port(p, bond)),
    unrecognisedLines: bond.syntax.lines.filter((l) => l.kind === 'unknown' && !(bond.syntax.filtered && l.reason === 'misplaced')).map((l) => l.line + 1),
  };
}

/** Every dump in the text (a whole dump, several, or dumps pasted into a ticket or log). */
export function inspect(text: string): InspectOutput {
  return { version: INSPECT_VERSION, bonds: parseProcBonding(text).bonds.map((b) => inspectBond(procModel(b))) };
}

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const count = { type: 'integer', minimum: 0 };
const line = { type: 'integer', minimum: 1 };
const str = { type: 'string' };
const bool = { type: 'boolean' };
const object = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties });

/** JSON Schema (draft-07) of `bondlint inspect` output; `bondlint inspect --schema` prints it and the README shows it. */
export const INSPECT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'bondlint inspect output',
  ...object({ version: { const: INSPECT_VERSION }, bonds: { type: 'array', items: ref('bond') } }),
  definitions: {
    bond: object({
      name: nullable(str),
      firstLine: line,
      lastLine: line,
      filtered: bool,
      driver: nullable(str),
      mode: nullable(object({ number: { type: 'integer', minimum: 0, maximum: 6 }, name: str, text: str })),
      failOverMac: nullable(str),
      miiStatus: nullable(str),
      activePort: nullable(str),
      options: { type: 'object', additionalProperties: str },
      lacp: nullable(ref('lacp')),
      ports: { type: 'array', items: ref('port') },
      unrecognisedLines: { type: 'array', items: line },
    }),
    lacp: object({
      systemPriority: nullable(count),
      systemMac: nullable(ref('mac')),
      noActiveAggregator: bool,
      activeAggregator: nullable(
        object({ id: nullable(count), ports: nullable(count), actorKey: nullable(count), actorKeyDecoded: nullable(ref('key')), partnerKey: nullable(count), partnerMac: nullable(ref('mac')) }),
      ),
    }),
    port: object({
      name: str,
      line,
      miiStatus: nullable(str),
      speedMbps: nullable(count),
      duplex: nullable(str),
      linkFailures: nullable(count),
      permanentMac: nullable(ref('mac')),
      queueId: nullable(count),
      aggregatorId: nullable(count),
      churn: nullable(object({ actor: ref('churn'), partner: ref('churn') })),
      actor: nullable(ref('pdu')),
      partner: nullable(ref('pdu')),
    }),
    churn: object({ state: nullable(str), count: nullable(count) }),
    pdu: object({ systemPriority: nullable(count), systemMac: nullable(ref('mac')), key: nullable(count), keyDecoded: nullable(ref('key')), portPriority: nullable(count), portNumber: nullable(count), state: nullable(ref('state')) }),
    key: object({ fullDuplex: bool, speedCode: count, speedMbps: nullable(count), userKey: count, numbering: str }),
    state: object({ value: { type: 'integer', minimum: 0, maximum: 255 }, hex: { type: 'string', pattern: '^0x[0-9A-F]{2}$' }, flags: { type: 'array', items: str }, short: str, inUse: bool }),
    mac: object({ address: str, kind: str }),
  },
} as const;
