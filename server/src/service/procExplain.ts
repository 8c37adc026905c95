import { lastStartingBy } from '../sorted';
import { abArpMonitor, balancesBySpeed, hasMonitorTargets, targetList } from './diagnostics/rules/proc/util';
import { portsWith, portsWithOther, type SomePorts } from './portGroups';
import { KEY_NO_SPEED_TEXT, type KeyEra, PARTNER_KEY_TEXT, decodeKey } from '../knowledge/actorKey';
import { HASH_POLICY_SCOPE_TEXT, VLANSRC_ALIAS_TEXT } from '../knowledge/hashPolicies';
import {
  ACTOR_ACTIVITY_PASSIVE_OLD_TEXT,
  AD_PORT_SM_VARS,
  DEFAULT_PARTNER_EXPIRED_TEXT,
  DEFAULT_PARTNER_STATE_TEXT,
  DEFAULT_PARTNER_TEXT,
  EXPIRED_CLEAR_DEFAULTED_TEXT,
  EXPIRED_SET_DEFAULTED_TEXT,
  LACP_RATE_NOTE,
  PARTNER_ACTIVITY_EXPIRED_MAYBE_TEXT,
  PARTNER_ACTIVITY_EXPIRED_TEXT,
  PARTNER_SYNC_EXPIRED_TEXT,
  PARTNER_TIMEOUT_EXPIRED_TEXT,
  PASSIVE_FIX,
  PORT_STATE,
  PORT_STATE_BITS,
  PORT_STATE_IN_USE,
  type PortStateBit,
  churnState,
  decodePortState,
  lacpRate,
  portStateShort,
  portStateSynced,
} from '../knowledge/lacp';
import { classifyMac, primaryMacClass } from '../knowledge/macs';
import { configFiles } from './configHalf';
import { SWITCH_NEED_TEXT } from '../knowledge/modes';
import type { ProcField } from '../knowledge/procFields';
import { isAre, join, pluralS, sentences, t, type Text } from '../knowledge/text';
import { type ProcBondModel, type ProcPortModel, parseInteger, splitSuffix } from '../model/procModel';
import type { ProcLine } from '../syntax/procBonding';

/**
 * What one dump line says, decoded for this bond. Hover, inlay hints and `bondlint annotate` render this;
 * none of them decodes a value on its own.
 */
export interface Explanation {
  /** Bold name of the line in a hover: the kernel's label, or the line itself when it has none. */
  readonly title: string;
  /** What the line is: the first hover line. */
  readonly meaning: Text;
  readonly field?: ProcField;
  /** The value decoded, in paragraphs; the last one says what the value means for this bond when that is known. */
  readonly decoded?: Text;
  /** A few words for an end-of-line comment, e.g. `ACT AGG SYNC COL DIST`. */
  readonly short?: string;
  /** The short decode shown as an inlay hint after the value. */
  readonly hint?: Text;
}

export interface ExplainContext {
  readonly bond: ProcBondModel;
  readonly port?: ProcPortModel;
}

const same = (s: string): Text => t(s, s);
/** Paragraphs of a hover, blank-line separated. */
const paragraphs = (texts: readonly (Text | undefined)[]): Text | undefined => {
  const present = texts.filter((x): x is Text => x !== undefined);
  return present.length > 0 ? join(present, '\n\n') : undefined;
};
const healthy = (x: Text): Text => t(`Healthy: ${x.en}`, `正常：${x.zh}`);
const problem = (x: Text): Text => t(`Problem: ${x.en}`, `问题：${x.zh}`);
const listEn = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const listZh = (items: readonly string[]) => items.join('、');

/** Ports named in a hover or a comment at most: a bond of 64 ports would otherwise list 63 of them on every line. */
const PORTS_NAMED = 8;

/** A Chinese subject before its verb: a space after a port name, none after 个端口. */
const beforeZhVerb = (subject: string) => (/[\u4e00-\u9fff]$/.test(subject) ? subject : `${subject} `);

const speeds = (some: SomePorts) => some.ports.map((p) => `${p.name} ${p.speedMbps} Mbps`);

/** Port names (or `name (detail)`) as a list: the first PORTS_NAMED of them, and how many more of `total`. */
function portList(items: readonly string[], total = items.length): Text {
  if (total <= PORTS_NAMED) return t(listEn(items), listZh(items));
  const named = items.slice(0, PORTS_NAMED);
  return t(`${named.join(', ')} and ${total - PORTS_NAMED} more`, `${named.join('、')} 等 ${total} 个端口`);
}

export function speedText(mbps: number): string {
  return mbps >= 1000 ? `${mbps / 1000} Gbps` : `${mbps} Mbps`;
}

/** Era candidates for decoding actor keys, most likely first. */
export function keyEras(bond: ProcBondModel): readonly KeyEra[] {
  return bond.keyEras;
}

const isAd = (bond: ProcBondModel) => bond.mode?.number === 4;
const mii = (port: ProcPortModel) => port.value('slave.miiStatus');

function partnerIsDefault(port: ProcPortModel): boolean {
  const mac = port.lacp('partner.systemMac')?.valueText;
  return mac !== undefined && primaryMacClass(mac) === 'zero';
}

// ---------------------------------------------------------------------------------------------------------------
// Actor keys
// ---------------------------------------------------------------------------------------------------------------

function decodeActorKey(key: number, { bond, port }: ExplainContext): Pick<Explanation, 'decoded' | 'short' | 'hint'> {
  const era = bond.keyEras[0]!;
  const d = decodeKey(key, era);
  if (key === 0) {
    return {
      decoded: t(
        '0: no speed, not full duplex, user key 0. When a port\'s link goes down the kernel clears the speed and duplex bits of its key (the user key stays), and a port whose speed it does not know gets speed code 0: either way the port cannot aggregate.',
        '0：无速率，非全双工，用户 key 0。端口链路断开时，内核会清除其 key 中的速率位和双工位（用户 key 保留）；速率未知的端口速率编码为 0：两种情况下端口都无法聚合。',
      ),
      short: 'no speed',
      hint: t('no speed', '无速率'),
    };
  }
  const speed = d.speedMbps !== undefined ? speedText(d.speedMbps) : undefined;
  const duplex = d.fullDuplex ? t('full duplex', '全双工') : t('not full duplex', '非全双工');
  const code = speed ? same(`${d.speedCode} = ${speed}`) : d.speedCode === 0 ? same('0') : t(`${d.speedCode} (no speed in this numbering)`, `${d.speedCode}（此编号中没有对应速率）`);
  const parts: Text[] = [
    t(`${key} = ${duplex.en}, speed code ${code.en}, user key ${d.userKey}.`, `${key} = ${duplex.zh}，速率编码 ${code.zh}，用户 key ${d.userKey}。`),
    // Code 0 does not depend on the numbering.
    d.speedCode === 0 ? KEY_NO_SPEED_TEXT : t(`Speed codes as numbered in ${era.label.en}.`, `速率编码采用${era.label.zh}。`),
  ];
  for (const other of bond.keyEras.slice(1)) {
    const s = decodeKey(key, other).speedMbps;
    if (s === d.speedMbps) continue;
    const what = s !== undefined ? same(speedText(s)) : t('no known speed', '没有已知速率');
    parts.push(t(`In ${other.label.en} the same key means ${what.en}.`, `在${other.label.zh}中，同一 key 表示${what.zh}。`));
  }
  const verdict = keyVerdict(d.speedMbps, d.fullDuplex, bond, port);
  const hint = speed ? t(`${duplex.en}, ${speed}, user key ${d.userKey}`, `${duplex.zh}，${speed}，用户 key ${d.userKey}`) : t(`${duplex.en}, code ${d.speedCode}`, `${duplex.zh}，编码 ${d.speedCode}`);
  return { decoded: paragraphs([sentences(parts), verdict]), short: `${d.fullDuplex ? 'full duplex' : 'not full duplex'} ${speed ?? `code ${d.speedCode}`} user ${d.userKey}`, hint };
}

/** A key is checked against the Speed line of its port, or of the active aggregator's ports for `Actor Key`. */
function keyVerdict(mbps: number | undefined, fullDuplex: boolean, bond: ProcBondModel, port: ProcPortModel | undefined): Text | undefined {
  const ports = port ? [port] : bond.ports.filter((p) => p.aggregatorId !== undefined && p.aggregatorId === bond.activeAggregator);
  const printed = ports.find((p) => p.speedMbps !== undefined);
  if (!printed || mbps === undefined) return undefined;
  const where = port ? t("the port's Speed line", '该端口的 Speed 行') : t(`the Speed line of ${printed.name}`, ` ${printed.name} 的 Speed 行`);
  if (!fullDuplex) return problem(t('the duplex bit is 0: the port is not full duplex, so it cannot aggregate.', '双工位为 0：端口不是全双工，无法聚合。'));
  if (printed.speedMbps === mbps) {
    return healthy(t(`agrees with ${where.en} (${printed.speedMbps} Mbps).`, `与${where.zh}（${printed.speedMbps} Mbps）一致。`));
  }
  return problem(
    t(
      `${where.en} says ${printed.speedMbps} Mbps: the key and the Speed line disagree, so the speed numbering assumed here may not be this kernel's.`,
      `${where.zh}显示 ${printed.speedMbps} Mbps：key 与 Speed 行不一致，这里采用的速率编号可能不是该内核的编号。`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Port states
// ---------------------------------------------------------------------------------------------------------------

const { activity: ACTIVITY, defaulted: DEFAULTED, expired: EXPIRED, synchronization: SYNC, timeout: FAST } = PORT_STATE;

const lacpPassive = (bond: ProcBondModel) => bond.value('ad.lacpActive') === 'off';

/** A port's actor state, when printed and in range. */
function actorState(port: ProcPortModel | undefined): number | undefined {
  const n = port?.lacpInt('actor.portState');
  return n !== undefined && n <= 255 ? n : undefined;
}

/**
 * Which side of 0599640a21e9 the dumping kernel is on, when the dump tells. That commit made ad_initialize_port set
 * LACP_Activity only when lacp_active is on (before, every actor state had it) and stopped ad_rx_machine's EXPIRED state
 * from setting the partner's LACP_Activity. So with LACP active off the actor states show it; a dump of an 802.3ad
 * bond without the LACP active line predates the option the commit fixes; a release of 6.17 or later has it.
 */
function passiveEra(bond: ProcBondModel): 'before' | 'after' | undefined {
  if (lacpPassive(bond)) {
    const states = bond.ports.map(actorState).filter((n): n is number => n !== undefined);
    if (states.length > 0 && states.every((n) => n & ACTIVITY)) return 'before';
    if (states.length > 0 && states.every((n) => !(n & ACTIVITY))) return 'after';
  }
  if (isAd(bond) && bond.field('ad.lacpRate') && !bond.field('ad.lacpActive') && !bond.syntax.filtered) return 'before';
  const release = /^v?(\d+)\.(\d+)(?=$|[.\-+_~\s])/.exec(bond.driver ?? '');
  if (release && !(bond.driver ?? '').includes('(')) {
    const [major, minor] = [Number(release[1]), Number(release[2])];
    const [fixMajor, fixMinor] = PASSIVE_FIX.mainline;
    if (major > fixMajor || (major === fixMajor && minor >= fixMinor)) return 'after';
  }
  return undefined;
}

/**
 * Whether ad_periodic_machine sends LACPDUs periodically on a port: not while neither state has LACP_Activity, and,
 * before 0599640a21e9, never with lacp_active off. `undefined` when the dump does not tell.
 */
function periodicTx(bond: ProcBondModel, actor: number | undefined, partner: number): 'yes' | 'passiveOld' | 'bothPassive' | undefined {
  const era = passiveEra(bond);
  if (lacpPassive(bond) && era !== 'after') return era === 'before' ? 'passiveOld' : undefined;
  const actorActive = actor !== undefined ? (actor & ACTIVITY) !== 0 : !lacpPassive(bond);
  return actorActive || partner & ACTIVITY ? 'yes' : 'bothPassive';
}

/** Whose state is decoded: some bits mean something else given the rest of the port's record. */
interface StateOf {
  readonly side: 'actor' | 'partner';
  readonly bond: ProcBondModel;
  readonly port?: ProcPortModel;
}

/** What one bit means in this state: some bits are set or cleared by the kernel itself, which the plain meaning would contradict. */
function bitMeaning(b: PortStateBit, on: boolean, n: number, of: StateOf | undefined): Text {
  if (of?.side === 'actor') {
    if (b.mask === EXPIRED && n & DEFAULTED) return on ? EXPIRED_SET_DEFAULTED_TEXT : EXPIRED_CLEAR_DEFAULTED_TEXT;
    if (b.mask === ACTIVITY && on && lacpPassive(of.bond) && passiveEra(of.bond) === 'before') return ACTOR_ACTIVITY_PASSIVE_OLD_TEXT;
  } else if (of?.side === 'partner' && (actorState(of.port) ?? 0) & EXPIRED) {
    if (b.mask === SYNC && !on) return PARTNER_SYNC_EXPIRED_TEXT;
    if (!on) return b.clear;
    if (b.mask === FAST) return PARTNER_TIMEOUT_EXPIRED_TEXT;
    if (b.mask === ACTIVITY) {
      const era = passiveEra(of.bond);
      if (era === 'before') return PARTNER_ACTIVITY_EXPIRED_TEXT;
      if (era === undefined) return PARTNER_ACTIVITY_EXPIRED_MAYBE_TEXT;
    }
  }
  return on ? b.set : b.clear;
}

/**
 * The number and its bits. A default partner record (`template`) lists its bits by name only: what a bit means is
 * said of a port that sent it, and no partner sent these.
 */
function stateBits(n: number, template = false, of?: StateOf): { decoded: Text; short: string; hint: Text } {
  const { set } = decodePortState(n);
  const hex = `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
  const bits = PORT_STATE_BITS.map((b) => {
    const on = set.includes(b);
    const mark = `${on ? '✓' : '✗'} \`0x${b.mask.toString(16).padStart(2, '0')}\` ${b.name}`;
    const meaning = bitMeaning(b, on, n, of);
    return template ? same(`- ${mark}`) : t(`- ${mark}: ${meaning.en}`, `- ${mark}：${meaning.zh}`);
  });
  const short = portStateShort(n);
  const number = t(`${n} (decimal) = ${hex} = ${short}`, `${n}（十进制）= ${hex} = ${short}`);
  if (!template) return { decoded: join([number, join(bits, '\n')], '\n\n'), short, hint: same(short) };
  const why = sentences([DEFAULT_PARTNER_STATE_TEXT, ...(n & FAST ? [DEFAULT_PARTNER_EXPIRED_TEXT] : [])]);
  return {
    decoded: join([number, why, join(bits, '\n')], '\n\n'),
    short: `${short} (default record)`,
    hint: t(`${short} (default record)`, `${short}（默认记录）`),
  };
}

/** Names of the in-use bits (Aggregation, Synchronization, Collecting, Distributing) that are clear. */
function missingInUse(n: number): string[] {
  return PORT_STATE_BITS.filter((b) => (PORT_STATE_IN_USE & b.mask) !== 0 && (n & b.mask) === 0).map((b) => b.name);
}

function actorStateVerdict(n: number, bond: ProcBondModel, port: ProcPortModel | undefined): Text | undefined {
  if (!port) return undefined;
  const verdict = actorBitsVerdict(n, bond, port);
  return mii(port) === 'going down' && verdict
    ? sentences([
        verdict,
        t(
          `Its link was lost (MII Status going down), but bonding takes it out of LACP only when the down delay ends, and only if the link has not returned by then.`,
          `其链路已丢失（MII Status 为 going down），但 bonding 只在 downdelay 结束时、且链路届时仍未恢复的情况下，才将其移出 LACP。`,
        ),
      ])
    : verdict;
}

function actorBitsVerdict(n: number, bond: ProcBondModel, port: ProcPortModel): Text | undefined {
  const reasons: Text[] = [];
  const status = mii(port);
  const inActive = port.aggregatorId !== undefined && port.aggregatorId === bond.activeAggregator;
  if (status !== undefined && !port.upOrGoingDown) {
    reasons.push(t(`${port.name} is ${status} (MII Status), so it takes no part in LACP`, `${port.name} 为 ${status}（MII Status），不参与 LACP`));
  } else if (port.aggregatorId !== undefined && bond.activeAggregator !== undefined && !inActive) {
    reasons.push(t(`${port.name} is in aggregator ${port.aggregatorId}, not in the active aggregator ${bond.activeAggregator}`, `${port.name} 位于聚合组 ${port.aggregatorId}，不在活动聚合组 ${bond.activeAggregator} 中`));
  }
  if (n & DEFAULTED) reasons.push(t('no LACPDU has been received on it (Defaulted)', '该端口未收到过 LACPDU（Defaulted）'));
  else if (n & EXPIRED) reasons.push(t('LACPDUs stopped arriving on it (Expired)', '该端口不再收到 LACPDU（Expired）'));
  const missing = missingInUse(n);
  if (reasons.length === 0 && missing.length === 0) {
    return healthy(t(`${port.name} is aggregated, in sync, collecting and distributing.`, `${port.name} 已聚合、已同步，正在收发。`));
  }
  if (port.upOrGoingDown && inActive && bond.activeAggregatorHasPartner === false) {
    return problem(
      t(
        `${port.name} is in the active aggregator, which has no LACP partner: the kernel then enables the aggregator's ports without LACP, so ${port.name} carries traffic although ${listEn(missing)} ${isAre(missing.length)} clear.`,
        `${port.name} 位于活动聚合组中，而该聚合组没有 LACP 对端：此时内核不经 LACP 直接启用该聚合组的端口，因此尽管 ${listZh(missing)} 未置位，${port.name} 仍承载流量。`,
      ),
    );
  }
  if (reasons.length === 0) reasons.push(t(`${listEn(missing)} ${isAre(missing.length)} clear`, `${listZh(missing)} 未置位`));
  return problem(t(`${reasons.map((r) => r.en).join('; ')}. It carries no traffic.`, `${reasons.map((r) => r.zh).join('；')}。它不承载流量。`));
}

/** What the partner's LACP_Timeout bit makes this bond send on the port (not while Expired: see partnerStateVerdict); see periodicTx. */
function partnerTimeoutText(n: number, bond: ProcBondModel, port: ProcPortModel): Text {
  const actor = actorState(port);
  const asked = n & FAST ? t('It asked for short timeouts', '对端要求短超时') : t('It asked for long timeouts', '对端要求长超时');
  const tx = periodicTx(bond, actor, n);
  if (tx === 'yes') {
    return n & FAST
      ? t(`${asked.en}, so this bond sends it a LACPDU every 1 s.`, `${asked.zh}，因此本 bond 每 1 秒向其发送一个 LACPDU。`)
      : t(`${asked.en}, so this bond sends it a LACPDU every 30 s.`, `${asked.zh}，因此本 bond 每 30 秒向其发送一个 LACPDU。`);
  }
  if (tx === 'passiveOld') {
    return t(
      `${asked.en}, but this bond sends it no periodic LACPDUs: LACP active is off, and kernels before the 2025 change then send none.`,
      `${asked.zh}，但本 bond 不向其周期性发送 LACPDU：LACP active 为 off，而 2025 年修改之前的内核此时不发送。`,
    );
  }
  if (tx === 'bothPassive') {
    return t(`${asked.en}, but this bond sends it no periodic LACPDUs: neither end has LACP_Activity set.`, `${asked.zh}，但本 bond 不向其周期性发送 LACPDU：两端都没有置 LACP_Activity 位。`);
  }
  return t(`${asked.en}.`, `${asked.zh}。`);
}

function partnerStateVerdict(n: number, bond: ProcBondModel, port: ProcPortModel | undefined): Text | undefined {
  if (!port) return undefined;
  if (partnerIsDefault(port)) return problem(DEFAULT_PARTNER_TEXT);
  if ((actorState(port) ?? 0) & EXPIRED) {
    // ad_rx_machine AD_RX_EXPIRED: the record keeps what was last received, with Synchronization cleared and
    // LACP_Timeout set by this side.
    return problem(
      t(
        `no LACPDU has arrived on ${port.name} within the timeout (Expired in its actor state): this bond's kernel then clears Synchronization and sets LACP_Timeout in the partner record itself, so the record no longer shows the partner's own state.`,
        `${port.name} 在超时时间内没有收到 LACPDU（本端状态中的 Expired）：此时本 bond 的内核会自行清除对端记录中的 Synchronization 并置位 LACP_Timeout，因此该记录已不能反映对端自身的状态。`,
      ),
    );
  }
  const timeout = partnerTimeoutText(n, bond, port);
  const missing = missingInUse(n);
  if (missing.length === 0) {
    return sentences([healthy(t(`the partner is aggregating, in sync, collecting and distributing on ${port.name}.`, `对端在 ${port.name} 上已聚合、已同步，正在收发。`)), timeout]);
  }
  return sentences([
    problem(
      t(
        `the partner does not use ${port.name} for traffic: ${listEn(missing)} ${isAre(missing.length)} clear on its side.`,
        `对端不使用 ${port.name} 转发流量：其一侧的 ${listZh(missing)} 未置位。`,
      ),
    ),
    timeout,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// MAC addresses
// ---------------------------------------------------------------------------------------------------------------

function macDecoded(mac: string): Text {
  return sentences(classifyMac(mac).map((c) => c.text));
}

function partnerMacVerdict(mac: string, bond: ProcBondModel, port: ProcPortModel | undefined): Text | undefined {
  const cls = primaryMacClass(mac);
  // The kernel prints an LACP system's six octets (%pM): any other count was cut or edited, and says nothing.
  if (cls === 'masked' || cls === 'invalid' || cls === 'nonEthernet') return undefined;
  if (cls === 'zero') {
    return port
      ? problem(t(`no LACPDU is being received on ${port.name}: this is the default partner record.`, `${port.name} 没有在收到 LACPDU：这是默认的对端记录。`))
      : problem(t('the active aggregator has no LACP partner: the switch sends no LACPDUs on its ports.', '活动聚合组没有 LACP 对端：交换机没有在其端口上发送 LACPDU。'));
  }
  const differ = portsWithOther(bond, 'partnerMac', mac.toLowerCase(), port, PORTS_NAMED);
  if (differ.count > 0) {
    const names = portList(differ.ports.map((p) => `${p.name} (${p.lacp('partner.systemMac')!.valueText})`), differ.count);
    return problem(t(`other ports see a different partner: ${names.en}.`, `其他端口看到的对端不同：${names.zh}。`));
  }
  const base = port ? t(`the switch answers LACP on ${port.name}`, `交换机在 ${port.name} 上响应 LACP`) : t('the active aggregator has an LACP partner', '活动聚合组有 LACP 对端');
  const agreeing = portsWith(bond, 'partnerMac', mac.toLowerCase(), port, PORTS_NAMED);
  if (agreeing.count === 0) return healthy(t(`${base.en}.`, `${base.zh}。`));
  const names = portList(agreeing.ports.map((p) => p.name), agreeing.count);
  return healthy(t(`${base.en}; ${names.en} ${agreeing.count === 1 ? 'sees' : 'see'} the same partner.`, `${base.zh}；${beforeZhVerb(names.zh)}看到的是同一对端。`));
}

// ---------------------------------------------------------------------------------------------------------------
// Decoders by field id
// ---------------------------------------------------------------------------------------------------------------

type Decoded = Pick<Explanation, 'decoded' | 'short' | 'hint'> | undefined;

/** An explanation that is the value decoded, and nothing else. */
function says(decoded: Text | undefined): Pick<Explanation, 'decoded'> {
  return { decoded };
}

type Decoder = (line: ProcLine, ctx: ExplainContext) => Decoded;

/** A decoder of a line whose value is a number, given the number: nothing to decode when the value is none. */
const ofNumber =
  (decode: (n: number, ctx: ExplainContext) => Decoded): Decoder =>
  (line, ctx) => {
    const n = parseInteger(line.valueText);
    return n === undefined ? undefined : decode(n, ctx);
  };

/** Whether the bond's mode sends no peer notifications, so that peer_notif_delay does nothing (the option table says which). */
function peerNotificationsIdle(bond: ProcBondModel): boolean {
  const { optionByName, isIneffectiveInMode } = configFiles();
  return bond.mode !== undefined && isIneffectiveInMode(optionByName('peer_notif_delay')!, bond.mode.number);
}

/**
 * 802.3ad sends peer notifications only with broadcast_neighbor on, when a port starts collecting and distributing
 * (ad_enable_collecting_distributing → ad_cond_set_peer_notif, "net: bonding: send peer notify when failure recovery",
 * with the option in 6.17); a dump does not show the option.
 */
const AD_PEER_NOTIFICATIONS = t(
  '802.3ad sends peer notifications only with broadcast_neighbor on (added in 6.17; the dump does not show it), when a port starts collecting and distributing',
  '802.3ad 只有在开启 broadcast_neighbor 时（6.17 加入；输出中不显示）才会在端口开始收发（collecting 和 distributing）时发送对端通告',
);

function msDecoded(ms: number | undefined, id: 'bond.updelay' | 'bond.downdelay' | 'bond.peerNotifDelay', bond: ProcBondModel): Decoded {
  if (ms === undefined) return undefined;
  if (id === 'bond.peerNotifDelay' && peerNotificationsIdle(bond)) {
    const value = ms === 0 ? '0' : `${ms} ms`;
    return says(t(`${value}: ${bond.mode!.name} sends no peer notifications after a failover, so the delay has no effect.`, `${ms === 0 ? '0' : `${ms} 毫秒`}：${bond.mode!.name} 在故障切换后不发送对端通告，该延迟不起作用。`));
  }
  const miimon = bond.int('bond.miimon');
  // The kernel keeps the delays as MII polls and prints polls × miimon: with MII monitoring off they read 0 and do
  // nothing (bonding.rst: "only valid for the miimon link monitor").
  if (miimon === 0 && id !== 'bond.peerNotifDelay' && ms === 0) {
    const name = id === 'bond.updelay' ? 'up' : 'down';
    return says(
      t(
        `0: MII monitoring is off, and the ${name} delay works only with it (the kernel prints it as MII polls × the interval).`,
        `0：MII 监测已关闭，而 ${id === 'bond.updelay' ? 'updelay' : 'downdelay'} 只在 MII 监测下起作用（内核按 MII 轮询次数 × 间隔打印）。`,
      ),
    );
  }
  if (ms === 0) {
    const zero: Record<typeof id, Text> = {
      'bond.updelay': t('0: a port whose link comes back is used at once.', '0：链路恢复的端口立即被使用。'),
      'bond.downdelay': t('0: a port is disabled as soon as its link fails.', '0：链路故障的端口立即被停用。'),
      'bond.peerNotifDelay':
        bond.mode?.number === 4
          ? t(`0: ${AD_PEER_NOTIFICATIONS.en}; they are then one link-monitor interval apart.`, `0：${AD_PEER_NOTIFICATIONS.zh}，各次通告相隔一个链路监控周期。`)
          : t('0: the peer notifications after a failover are one link-monitor interval apart.', '0：故障切换后的对端通告间隔为一个链路监控周期。'),
    };
    return says(zero[id]);
  }
  const what: Record<typeof id, Text> = {
    'bond.updelay': t(
      `a port whose link comes back waits ${ms} ms before it is used, unless no port is usable, when it is used at once.`,
      `链路恢复的端口等待 ${ms} 毫秒后才被使用；但若当前没有可用端口，则立即使用。`,
    ),
    // bond_slave_can_tx() wants BOND_LINK_UP: only active-backup keeps sending on its active port while it runs.
    'bond.downdelay': t(`a port whose link fails is disabled ${ms} ms later (only active-backup uses it until then).`, `链路故障的端口在 ${ms} 毫秒后被停用（在此之前只有 active-backup 仍使用它）。`),
    'bond.peerNotifDelay':
      bond.mode?.number === 4
        ? t(`${AD_PEER_NOTIFICATIONS.en}; they are then ${ms} ms apart.`, `${AD_PEER_NOTIFICATIONS.zh}，各次通告相隔 ${ms} 毫秒。`)
        : t(`the peer notifications after a failover are ${ms} ms apart.`, `故障切换后的各次对端通告相隔 ${ms} 毫秒。`),
  };
  const intro = t(`${ms} ms: ${what[id].en}`, `${ms} 毫秒：${what[id].zh}`);
  if (!miimon) return says(intro);
  const mult = ms / miimon;
  return says(
    sentences([
      intro,
      Number.isInteger(mult)
        ? t(`The kernel stores it as ${mult} MII poll${pluralS(mult)} of ${miimon} ms.`, `内核将其保存为 ${mult} 次 ${miimon} 毫秒的 MII 轮询。`)
        : t(`It is not a multiple of the MII interval (${miimon} ms), which a kernel always prints.`, `它不是 MII 间隔（${miimon} 毫秒）的整数倍，而内核打印的总是整数倍。`),
    ]),
  );
}

type TargetLine = 'bond.arpTargets' | 'bond.nsTargets';

// The ARP monitor probes the IPv4 targets and, on kernels that print the NS line, the IPv6 targets too; kernels since
// 5.19 (and 5.18.4) print both lines whenever arp_interval > 0. Only when every printed list is empty is there nothing to probe.
function targetsDecoded(line: ProcLine, bond: ProcBondModel, id: TargetLine): Decoded {
  const items = targetList(line.valueText);
  const what = id === 'bond.arpTargets' ? t('IPv4 target', 'IPv4 目标') : t('IPv6 target', 'IPv6 目标');
  if (items.length > 0) return says(t(`${items.length} ${what.en}${pluralS(items.length)}: ${listEn(items)}.`, `${items.length} 个${what.zh}：${listZh(items)}。`));
  const otherLine = bond.field(id === 'bond.arpTargets' ? 'bond.nsTargets' : 'bond.arpTargets');
  const others = otherLine ? targetList(otherLine.valueText) : [];
  if (others.length > 0) {
    return says(
      id === 'bond.arpTargets'
        ? t(`None: the monitor probes the IPv6 targets on the NS line (${others.length}).`, `无：该监控探测 NS 行中的 IPv6 目标（${others.length} 个）。`)
        : t(
            `None: the monitor probes the IPv4 targets on the ARP line (${others.length}); kernels since 5.19 (and 5.18.4) print this line whenever the ARP monitor is on, so it is empty when no IPv6 target is set.`,
            `无：该监控探测 ARP 行中的 IPv4 目标（${others.length} 个）；5.19（以及 5.18.4）起的内核在启用 ARP 监控时总会打印此行，因此未设置 IPv6 目标时此行为空。`,
          ),
    );
  }
  return says(
    problem(
      otherLine
        ? t('no IPv4 or IPv6 target is set: this monitor has nothing to probe.', '既未设置 IPv4 目标也未设置 IPv6 目标：该监控没有可探测的目标。')
        : t(`no ${what.en} is set: this monitor has nothing to probe.`, `未设置${what.zh}：该监控没有可探测的目标。`),
    ),
  );
}

function portSummary(port: ProcPortModel, bond: ProcBondModel): Text {
  const parts: Text[] = [];
  const status = mii(port);
  if (status !== undefined) parts.push(same(`MII ${status}`));
  if (port.speedMbps !== undefined) parts.push(same(speedText(port.speedMbps)));
  const duplex = port.value('slave.duplex');
  if (duplex && duplex !== 'Unknown') parts.push(t(`${duplex} duplex`, duplex === 'full' ? '全双工' : '半双工'));
  const agg = port.value('slave.aggregatorId');
  if (agg === 'N/A') parts.push(t('no aggregator', '未加入聚合组'));
  else if (port.aggregatorId !== undefined) {
    parts.push(
      bond.activeAggregator === undefined
        ? t(`aggregator ${port.aggregatorId}`, `聚合组 ${port.aggregatorId}`)
        : port.aggregatorId === bond.activeAggregator
          ? t(`aggregator ${port.aggregatorId} (active)`, `聚合组 ${port.aggregatorId}（活动）`)
          : t(`aggregator ${port.aggregatorId} (not the active ${bond.activeAggregator})`, `聚合组 ${port.aggregatorId}（不是活动聚合组 ${bond.activeAggregator}）`),
    );
  }
  const active = bond.value('bond.activeSlave');
  if (active === port.name) parts.push(t('the active port', '活动端口'));
  return t(`Port ${port.name}: ${parts.map((p) => p.en).join(', ')}.`, `端口 ${port.name}：${parts.map((p) => p.zh).join('，')}。`);
}

function churnDecoded(line: ProcLine, { port }: ExplainContext, which: 'actor' | 'partner'): Decoded {
  const s = churnState(line.valueText);
  if (!s) return undefined;
  const side = which === 'actor' ? ACTOR : PARTNER;
  const meaning = sentences([t(`${s.name}${s.number !== undefined ? ` (${s.number})` : ''}:`, `${s.name}${s.number !== undefined ? `（${s.number}）` : ''}：`), s.meaning]);
  const parts: Text[] = [s.causes ? sentences([meaning, s.causes]) : meaning];
  // `churned` is decided once, when the 60 s timer runs out: the same side's port state says where that side is now.
  const state = port?.lacpInt(`${which}.portState`);
  const known = state !== undefined && state <= 255;
  if (s.name === 'none') parts.push(healthy(t(`the ${side.en} side reached synchronization.`, `${side.zh}已达到同步。`)));
  else if (s.name === 'churned' && port && !port.upOrGoingDown && mii(port) !== undefined) {
    parts.push(problem(t(`${port.name} is ${mii(port)}: a port without link cannot reach synchronization, which explains the churn.`, `${port.name} 为 ${mii(port)}：没有链路的端口无法同步，这就是抖动的原因。`)));
  } else if (s.name === 'churned' && known && portStateSynced(state)) {
    parts.push(
      healthy(
        t(
          `the ${side.en} port state (${state}) shows Synchronization, Collecting and Distributing: the churn happened earlier, and the ${side.en} side has reached synchronization since.`,
          `${side.zh}的 port state（${state}）显示 Synchronization、Collecting 和 Distributing 均已置位：抖动发生在之前，${side.zh}此后已达到同步。`,
        ),
      ),
    );
  } else if (s.name === 'churned' && port && partnerIsDefault(port)) {
    parts.push(problem(t(`no LACPDU is being received on ${port.name} (partner MAC 00:00:00:00:00:00): the switch port does not run LACP, is not in the port-channel, or stopped sending LACPDUs.`, `${port.name} 没有在收到 LACPDU（对端 MAC 为 00:00:00:00:00:00）：交换机端口未运行 LACP、不在端口聚合组中，或已停止发送 LACPDU。`)));
  } else if (s.name === 'churned' && known) {
    const missing = missingInUse(state);
    parts.push(problem(t(`the ${side.en} port state (${state}) shows that side does not take part in the aggregation now: ${listEn(missing)} ${isAre(missing.length)} clear.`, `${side.zh}的 port state（${state}）表明这一侧现在未参与聚合：${listZh(missing)} 未置位。`)));
  }
  return says(paragraphs(parts));
}

function churnCountDecoded(line: ProcLine, side: Text): Decoded {
  const n = parseInteger(line.valueText);
  if (n === undefined) return undefined;
  return says(
    n === 0
      ? t(`0: the ${side.en} churn state has never become churned since the port joined the bond.`, `0：自端口加入 bond 以来，${side.zh}抖动状态从未变为 churned。`)
      : t(`The ${side.en} churn state became churned ${n} time${pluralS(n)} since the port joined the bond.`, `自端口加入 bond 以来，${side.zh}抖动状态变为 churned 共 ${n} 次。`),
  );
}

function priorityDecoded(n: number | undefined, fallback: number, what: Text): Decoded {
  if (n === undefined) return undefined;
  return says(
    n === fallback
      ? t(`${n}: the default ${what.en}.`, `${n}：默认的${what.zh}。`)
      : t(`${n}: not the default (${fallback}); lower numbers take precedence in LACP.`, `${n}：不是默认值（${fallback}）；在 LACP 中数值越小优先级越高。`),
  );
}

// IEEE 802.1AX ranks a lower port priority higher; Linux reads the value only in ad_select actor_port_prio, which sums
// the priorities of an aggregator's ports and prefers the highest sum (bond_3ad.c ad_agg_selection_test).
function portPriorityDecoded(n: number | undefined, bond: ProcBondModel): Decoded {
  if (n === undefined) return undefined;
  const select = bond.value('ad.select');
  return says(
    sentences([
      n === 255 ? t('255: the default port priority.', '255：默认的端口优先级。') : t(`${n}: not the default (255).`, `${n}：不是默认值（255）。`),
      t(
        'It is sent to the partner in LACPDUs; in IEEE 802.1AX a lower number means a higher priority. Linux itself uses it only with ad_select actor_port_prio, which prefers the aggregator whose ports have the highest sum of priorities.',
        '它在 LACPDU 中发送给对端；在 IEEE 802.1AX 中数值越小优先级越高。Linux 自身只在 ad_select 为 actor_port_prio 时使用它，此时优先选择端口优先级之和最高的聚合组。',
      ),
      ...(select === 'actor_port_prio'
        ? [t('This bond uses actor_port_prio.', '本 bond 使用 actor_port_prio。')]
        : select && SELECT_TEXT[select]
          ? [t(`This bond uses ${select}, so the value does not affect which aggregator is active.`, `本 bond 使用 ${select}，因此该值不影响哪个聚合组成为活动聚合组。`)]
          : []),
    ]),
  );
}

const ACTOR = t('actor', '本端');
const PARTNER = t('partner', '对端');

// ad_agg_selection_logic(): stable keeps the active aggregator while it has an enabled port and a partner, or while
// neither it nor the best candidate has one (and, a corner left unsaid, unless its key is 0 and the best one's is not).
const SELECT_TEXT: Readonly<Record<string, Text>> = {
  stable: t(
    'stable (0, default): the active aggregator is chosen by bandwidth and kept as long as one of its ports has link and it has an LACP partner (or neither it nor the best other aggregator has one).',
    'stable（0，默认）：按带宽选择活动聚合组；只要其中有端口链路正常，且它有 LACP 对端（或它与最佳的其他聚合组都没有对端），就保持不变。',
  ),
  bandwidth: t(
    'bandwidth (1): the aggregator with the largest total bandwidth is chosen again whenever a port is added or removed or changes its link or LACP state.',
    'bandwidth（1）：每当端口加入、移除或其链路、LACP 状态变化时，重新选择总带宽最大的聚合组。',
  ),
  count: t('count (2): the aggregator with the most ports is chosen again on the same events as bandwidth.', 'count（2）：在与 bandwidth 相同的事件发生时，重新选择端口最多的聚合组。'),
  actor_port_prio: t(
    'actor_port_prio: the aggregator whose ports have the highest sum of actor port priorities is chosen (newest kernels).',
    'actor_port_prio：选择本端端口优先级之和最高的聚合组（最新内核）。',
  ),
};

const RESELECT_TEXT: Readonly<Record<string, Text>> = {
  always: t('primary_reselect always: the primary becomes active again as soon as its link is back.', 'primary_reselect always：primary 链路一恢复就重新成为活动端口。'),
  better: t(
    'primary_reselect better: when its link is back the primary becomes active again only if its speed and duplex are better than the active port\'s.',
    'primary_reselect better：primary 链路恢复后，仅当其速率和双工优于当前活动端口时才重新成为活动端口。',
  ),
  failure: t('primary_reselect failure: the primary becomes active again only when the active port fails.', 'primary_reselect failure：仅当当前活动端口故障时 primary 才重新成为活动端口。'),
};

// bond_ab_arp_inspect proposes BOND_LINK_FAIL for the port bond_ab_arp_probe tried (BOND_LINK_BACK) when no reply came
// within one interval; bond_ab_arp_commit sets it without counting a failure ("bonding: fix active-backup failover for
// current ARP slave", 2020). No down delay is involved.
const ARP_GOING_DOWN_TEXT = t(
  'going down: under the active-backup ARP monitor, the port was tried while no port was active and no reply came within one interval; it is not in use (kernels since 2020).',
  'going down：在 active-backup 的 ARP 监测下，没有活动端口时尝试过该端口，但一个周期内未收到应答；该端口未被使用（2020 年起的内核）。',
);

const SLAVE_MII_TEXT: Readonly<Record<string, Text>> = {
  up: t('up: bonding sees the link up; the port can carry traffic.', 'up：bonding 认为链路正常；端口可以承载流量。'),
  'going down': t('going down: the link was lost and the down delay is running; the port is disabled when it ends unless the link returns.', 'going down：链路已丢失，downdelay 正在计时；计时结束时若链路仍未恢复，端口将被停用。'),
  down: t('down: no link; the port carries no traffic.', 'down：没有链路；端口不承载流量。'),
  // bond_miimon_inspect sets it while updelay runs; bond_ab_arp_probe sets it on the port it tries while no port is active.
  'going back': t(
    'going back: the link is back but the port is not in use yet: with MII monitoring the up delay is running and the port is used when it ends; under the active-backup ARP monitor, it is the port being tried while no port is active.',
    'going back：链路已恢复，但端口尚未投入使用：使用 MII 监测时 updelay 正在计时，计时结束后端口才被使用；使用 active-backup 的 ARP 监测时，它是在没有活动端口期间正被尝试的端口。',
  ),
  unknown: t('unknown: a link state the kernel has no name for.', 'unknown：内核无法命名的链路状态。'),
};

function bondDownReason(bond: ProcBondModel): Text {
  if (bond.ports.length === 0) return t('the bond has no ports', 'bond 没有端口');
  if (bond.ports.every((p) => !p.up)) return t('none of its ports is up', '其端口均未 up');
  if (isAd(bond) && bond.field('ad.noActiveAggregator')) return t('no aggregator is active', '没有活动聚合组');
  const min = bond.int('ad.minLinks');
  const count = bond.int('aggregator.ports');
  if (isAd(bond) && min !== undefined && count !== undefined && count < min) return t(`the active aggregator has ${count} port${pluralS(count)}, fewer than Min links (${min})`, `活动聚合组只有 ${count} 个端口，少于 Min links（${min}）`);
  return t('the dump does not show why', '从该输出看不出原因');
}

/** A number of the partner's record: the switch's, or the default record's while no LACPDU has been received. */
function partnerNumber(line: ProcLine, port: ProcPortModel | undefined, what: Text): Decoded {
  const n = parseInteger(line.valueText);
  if (n === undefined) return undefined;
  return says(port && partnerIsDefault(port) ? t(`${n}: from the default partner record (no LACPDU received).`, `${n}：来自默认的对端记录（未收到 LACPDU）。`) : t(`${n}: ${what.en}.`, `${n}：${what.zh}。`));
}

/** What the hash of an 802.3ad or balance-xor bond picks for a flow (`port`), and what it leaves to the switch. */
const hashPicks = (mode: string, port: Text): Text =>
  t(
    `In this ${mode} bond the hash picks ${port.en} for each outgoing flow; the switch picks the port for incoming traffic.`,
    `在本 ${mode} bond 中，哈希为每个出方向流选择${port.zh}；入方向流量的端口由交换机选择。`,
  );

const DECODERS: Readonly<Record<string, Decoder>> = {
  'header.driver': (line, { bond }) => {
    const v = line.valueText;
    const dated = /^v?(\d+\.\d+\.\d+) \((.+)\)$/.exec(v);
    const release = /^v?(\d+\.\d+\.\d\S*)$/.exec(v);
    let what: Text | undefined;
    // The driver's own versions end at 3.7.1 (procfs-lines §2.2); eraForRelease splits at the same place.
    if (dated && Number(dated[1]!.split('.')[0]) >= 4) {
      what = t(
        `${dated[1]} (${dated[2]}) is not a bonding driver version (those end at 3.7.1, April 2011): it is the kernel version, printed with a date by a vendor kernel.`,
        `${dated[1]}（${dated[2]}）不是 bonding 驱动版本（驱动版本止于 3.7.1，2011 年 4 月）：它是内核版本，由厂商内核连同日期一起打印。`,
      );
    } else if (dated) {
      what = t(
        `Bonding driver version ${dated[1]} (${dated[2]}). Kernels before ≈5.7 print the driver's own version here, not the kernel release${dated[1] === '3.7.1' ? '; 3.7.1 was printed from ≈3.0 until 2020 and by early RHEL 8 kernels' : ''}.`,
        `bonding 驱动版本 ${dated[1]}（${dated[2]}）。≈5.7 之前的内核在此打印驱动自身的版本，而不是内核版本${dated[1] === '3.7.1' ? '；3.7.1 从 ≈3.0 一直打印到 2020 年，早期 RHEL 8 内核也打印它' : ''}。`,
      );
    } else if (release) {
      what = t(`Kernel release ${release[1]}: kernels from ≈5.7 on print their release here.`, `内核版本 ${release[1]}：≈5.7 起的内核在此打印内核版本。`);
    }
    const era = bond.keyEras[0];
    const keys = isAd(bond) && era ? t(`Actor keys in this dump are read with the speed codes of ${era.label.en}.`, `本输出中的本端 key 按${era.label.zh}的速率编码解读。`) : undefined;
    return says(paragraphs([what, keys]));
  },
  'bond.mode': (_line, { bond }) => {
    const mode = bond.mode;
    if (!mode) return undefined;
    const parts = [t(`Mode ${mode.number} (${mode.name}).`, `模式 ${mode.number}（${mode.name}）。`), mode.summary, t(`It ${SWITCH_NEED_TEXT[mode.switchNeed].en}.`, `该模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}。`)];
    if (bond.failOverMac === 'active') {
      parts.push(
        t(
          'fail_over_mac active: every port keeps its own MAC and the bond\'s MAC follows the active port, instead of every port being given the bond\'s MAC (the default); after a failover, peers learn the new MAC from gratuitous ARPs.',
          'fail_over_mac active：每个端口保留自己的 MAC，bond 的 MAC 跟随活动端口变化，而不是像默认那样把 bond 的 MAC 赋给每个端口；故障切换后，对端通过免费 ARP 得知新的 MAC。',
        ),
      );
    } else if (bond.failOverMac === 'follow') {
      parts.push(
        t(
          'fail_over_mac follow: backup ports are not given the bond\'s MAC; at failover the new active port takes the bond\'s MAC and the former active port takes the new one\'s previous MAC.',
          'fail_over_mac follow：备用端口不设为 bond 的 MAC；故障切换时新的活动端口获得 bond 的 MAC，原活动端口获得新活动端口原来的 MAC。',
        ),
      );
    }
    return { decoded: sentences(parts), short: `mode ${mode.number} ${mode.name}` };
  },
  'bond.hashPolicy': (_line, { bond }) => {
    const policy = bond.hashPolicy;
    if (!policy) return undefined;
    const parts = [t(`Fields hashed by ${policy.name} (${policy.number}): ${policy.fields.en}`, `${policy.name}（${policy.number}）参与哈希的字段：${policy.fields.zh}`), policy.summary];
    if (policy.caveats) parts.push(policy.caveats);
    const tlb = bond.mode?.number === 5 || bond.mode?.number === 6;
    return says(
      paragraphs([
        sentences(parts),
        /^vlansrc\b/.test(bond.field('bond.hashPolicy')!.valueText) ? VLANSRC_ALIAS_TEXT : undefined,
        bond.mode?.number === 4
          ? hashPicks('802.3ad', t('one port of the active aggregator', '活动聚合组中的一个端口'))
          : bond.mode?.number === 2
            ? hashPicks('balance-xor', t('one of the up ports', '一个 up 的端口'))
            : tlb
              ? t(
                  'In balance-tlb/balance-alb the line appears only with tlb_dynamic_lb=0: outgoing traffic is spread by this hash instead of by load.',
                  '在 balance-tlb/balance-alb 下，只有 tlb_dynamic_lb=0 时才显示此行：出方向流量按此哈希分布，而不是按负载。',
                )
              : HASH_POLICY_SCOPE_TEXT,
      ]),
    );
  },
  'bond.primary': (line, { bond }) => {
    // bond_info_show_master prints the enslaved primary port: a primary= name not (yet) enslaved shows None too.
    if (line.valueText === 'None') {
      return says(
        t(
          'None: no port of this bond is the primary (none set, or not a port of it). The active port stays until it fails, unless a port of higher prio (newer kernels) comes back.',
          'None：本 bond 中没有端口是 primary（未设置，或不是其端口）。活动端口保持到它故障为止，除非 prio 更高的端口（较新内核）恢复。',
        ),
      );
    }
    const { head: name, suffix } = splitSuffix(line.valueText);
    const reselect = suffix?.replace(/^primary_reselect /, '');
    const port = bond.ports.find((p) => p.name === name);
    const active = bond.value('bond.activeSlave');
    const status = port && mii(port);
    const other = active !== undefined && active !== 'None' && active !== name;
    let verdict: Text | undefined;
    if (bond.ports.length > 0 && !port) verdict = problem(t(`${name} is not a port of this bond.`, `${name} 不是该 bond 的端口。`));
    // The failover runs when the down delay ends: a primary going down stays active until then.
    else if (status === 'going down' && active === name) {
      verdict = problem(t(`${name} is still the active port, but its link was lost (MII Status going down): it stays active until the down delay ends.`, `${name} 仍是活动端口，但其链路已丢失（MII Status 为 going down）：在 downdelay 结束前它保持为活动端口。`));
    } else if (status === 'going down' && other) {
      verdict = problem(t(`${name} is going down (MII Status); ${active} is the active port.`, `${name} 为 going down（MII Status）；活动端口是 ${active}。`));
    } else if (port && !port.up && status !== undefined) {
      verdict = problem(
        other
          ? t(`${name} is ${status}, so another port is active.`, `${name} 为 ${status}，因此由其他端口担任活动端口。`)
          : active === 'None'
            ? t(`${name} is ${status}, and no port is active.`, `${name} 为 ${status}，且没有活动端口。`)
            : active === name
              ? t(`${name} is ${status}, yet it is shown as the active port.`, `${name} 为 ${status}，却仍显示为活动端口。`)
              : t(`${name} is ${status}.`, `${name} 为 ${status}。`),
      );
    } else if (active === name) verdict = healthy(t(`${name} is the active port.`, `${name} 是活动端口。`));
    else if (other) verdict = t(`${active} is active although ${name} is up: see primary_reselect.`, `${name} 已 up，但活动端口是 ${active}：参见 primary_reselect。`);
    return says(
      paragraphs([
        sentences([t(`${name} is the preferred port.`, `${name} 是首选端口。`), ...(reselect && RESELECT_TEXT[reselect] ? [RESELECT_TEXT[reselect]!] : [])]),
        verdict,
      ]),
    );
  },
  'bond.activeSlave': (line, { bond }) => {
    if (line.valueText === 'None') {
      return says(
        bond.ports.length === 0
          ? t('None: the bond has no ports, so none can be active; it passes no traffic.', 'None：bond 没有端口，因此没有活动端口；它不转发流量。')
          : problem(t('no port is active: the bond passes no traffic.', '没有活动端口：bond 不转发流量。')),
      );
    }
    const port = bond.ports.find((p) => p.name === line.valueText);
    const role =
      bond.mode?.number === 1
        ? t(`${line.valueText} carries all traffic; the other ports stand by.`, `${line.valueText} 承载全部流量；其他端口处于备用状态。`)
        : bond.mode?.number === 6
          ? t(
              `${line.valueText} takes part in sending; ARP negotiation spreads incoming IPv4 traffic over the ports, and other incoming traffic arrives on ${line.valueText}.`,
              `${line.valueText} 参与发送；ARP 协商把入方向 IPv4 流量分布到各端口，其他入方向流量由 ${line.valueText} 接收。`,
            )
          : t(`${line.valueText} receives all incoming traffic and takes part in sending.`, `${line.valueText} 接收全部入方向流量，并参与发送。`);
    let verdict: Text | undefined;
    if (port && port.up) verdict = healthy(t('its MII Status is up.', '其 MII Status 为 up。'));
    else if (port && mii(port) !== undefined) verdict = problem(t(`its MII Status is ${mii(port)}.`, `其 MII Status 为 ${mii(port)}。`));
    return says(paragraphs([role, verdict]));
  },
  'bond.miiStatus': (line, { bond }) =>
    line.valueText === 'up'
      ? says(healthy(t('the bond has carrier and can pass traffic.', 'bond 有载波，可以转发流量。')))
      : line.valueText === 'down'
        ? says(problem(t(`the bond has no carrier and passes no traffic: ${bondDownReason(bond).en}.`, `bond 没有载波，不转发流量：${bondDownReason(bond).zh}。`)))
        : undefined,
  'bond.miimon': ofNumber((ms, { bond }) => {
    if (ms > 0) return { decoded: t(`Every ${ms} ms bonding checks the link of each port.`, `bonding 每 ${ms} 毫秒检查一次各端口的链路。`), short: `every ${ms} ms` };
    const arp = bond.int('bond.arpInterval');
    return {
      decoded: arp
        ? t(`0: MII monitoring is off; the ARP monitor (every ${arp} ms) checks the links instead.`, `0：MII 监控已关闭；改由 ARP 监控（每 ${arp} 毫秒）检查链路。`)
        : bond.ports.length === 0
          ? t('0: MII monitoring is off, and ARP monitoring is not set either.', '0：MII 监控已关闭，也未设置 ARP 监控。')
          : problem(t('MII monitoring is off and ARP monitoring is not set: a failed link is never detected.', 'MII 监控已关闭且未设置 ARP 监控：链路故障永远不会被发现。')),
      short: 'off',
    };
  }),
  'bond.updelay': (line, { bond }) => msDecoded(parseInteger(line.valueText), 'bond.updelay', bond),
  'bond.downdelay': (line, { bond }) => msDecoded(parseInteger(line.valueText), 'bond.downdelay', bond),
  'bond.peerNotifDelay': (line, { bond }) => msDecoded(parseInteger(line.valueText), 'bond.peerNotifDelay', bond),
  'bond.arpInterval': ofNumber((ms, { bond }) => {
    if (ms > 0 && hasMonitorTargets(bond) === false) {
      return says(t(`The ARP monitor runs every ${ms} ms, but with no target it sends no probes.`, `ARP 监控每 ${ms} 毫秒运行一次，但没有目标，因此不发送探测。`));
    }
    // bond_arp_rcv(): without validation or filtering any received frame refreshes the port's last_rx. The
    // load-balancing monitor (bond_loadbalance_arp_mon) also needs the port to have sent.
    const up = bond.mode?.number === 1 ? t('receives traffic (the active port must also send)', '持续收到流量（活动端口还须有发送）即') : t('both sends and receives traffic', '同时有发送和接收的流量才');
    return says(
      t(
        `ARP probes are sent every ${ms} ms; a port counts as up while it ${up.en}: any received frame counts, unless arp_validate (not shown here) makes only ARP traffic count.`,
        `每 ${ms} 毫秒发送 ARP 探测；端口${up.zh}视为 up：任何收到的帧都算，除非 arp_validate（此处不显示）设为只计 ARP 流量。`,
      ),
    );
  }),
  'bond.arpMissedMax': ofNumber((n, { bond }) => {
    // bond_ab_arp_inspect checks the active port's sent and received traffic and gives a backup port, which only
    // receives, one interval more; bond_loadbalance_arp_mon checks sent and received.
    return says(
      bond.mode?.number === 1
        ? t(`The active port is marked down after ${n} ARP intervals without sent or received traffic, a backup port after ${n + 1} without received traffic.`, `活动端口连续 ${n} 个 ARP 周期没有发送或没有接收流量即被判定为 down，备用端口连续 ${n + 1} 个周期没有收到流量即被判定为 down。`)
        : t(`A port is marked down after ${n} ARP intervals without sent or received traffic.`, `端口连续 ${n} 个 ARP 周期没有发送或没有接收流量即被判定为 down。`),
    );
  }),
  'bond.arpTargets': (line, { bond }) => targetsDecoded(line, bond, 'bond.arpTargets'),
  'bond.nsTargets': (line, { bond }) => targetsDecoded(line, bond, 'bond.nsTargets'),
  'ad.lacpActive': (line, { bond }) => {
    if (line.valueText === 'on') return says(t('on (default): the bond sends LACPDUs periodically on its own.', 'on（默认）：bond 自行周期性发送 LACPDU。'));
    if (line.valueText !== 'off') return undefined;
    const era = passiveEra(bond);
    const older = t(
      'kernels before the 2025 change still set LACP_Activity in this bond\'s port states but send no periodic LACPDUs at all; the bond answers only when the partner\'s state changes, so even with an active partner the partner\'s information about this bond can time out and the aggregation flaps.',
      '2025 年修改之前的内核仍在本 bond 的端口状态中置 LACP_Activity 位，但完全不周期性发送 LACPDU；bond 只在对端状态变化时应答，因此即使对端是主动的，对端保存的本 bond 信息也可能超时，聚合随之反复抖动。',
    );
    const newer = t(
      `kernels with it (mainline 6.17, and stable updates from August 2025) clear LACP_Activity in this bond's port states and send LACPDUs periodically only while the partner's LACP_Activity bit is set, that is after an active partner's LACPDU; with a passive switch port neither end sends them.`,
      `含该修改的内核（主线 6.17，以及 2025 年 8 月起的稳定版更新）在本 bond 的端口状态中清除 LACP_Activity 位，并且只在对端的 LACP_Activity 位置位时（即收到主动对端的 LACPDU 之后）才周期性发送 LACPDU；若交换机端口也是被动的，两端都不发送。`,
    );
    const change = t(`The 2025 change is commit ${PASSIVE_FIX.commit} "${PASSIVE_FIX.subject}".`, `2025 年的修改为提交 ${PASSIVE_FIX.commit}“${PASSIVE_FIX.subject}”。`);
    const which =
      era === 'before'
        ? t(`This dump is from an older kernel: ${older.en}`, `该输出来自较旧的内核：${older.zh}`)
        : era === 'after'
          ? t(`This dump is from a newer kernel: ${newer.en}`, `该输出来自较新的内核：${newer.zh}`)
          : t(`The dump does not show which applies. Newer: ${newer.en} Older: ${older.en}`, `从该输出看不出适用哪一种。较新：${newer.zh}较旧：${older.zh}`);
    return says(paragraphs([t('off: passive; the bond does not start LACP negotiation itself.', 'off：被动；bond 不自行发起 LACP 协商。'), sentences([which, change])]));
  },
  'ad.lacpRate': (line, { bond }) => {
    const rate = lacpRate(line.valueText);
    if (!rate) return undefined;
    // A partner's LACP_Timeout bit is its request only while the port's receive machine is not expired, and it sets this
    // bond's rate only where the bond sends periodically at all.
    const answering = bond.ports.filter((p) => !partnerIsDefault(p) && p.lacpInt('partner.portState') !== undefined && !((actorState(p) ?? 0) & EXPIRED));
    const partners = answering.map((p) => p.lacpInt('partner.portState')!);
    const periodic = answering.every((p, i) => periodicTx(bond, actorState(p), partners[i]!) === 'yes');
    let partner: Text | undefined;
    if (!periodic) partner = undefined;
    else if (partners.length > 0 && partners.every((n) => (n & FAST) === (partners[0]! & FAST))) {
      const fast = (partners[0]! & FAST) !== 0;
      partner = t(
        `The partner asks for ${fast ? 'short' : 'long'} timeouts on every port, so this bond sends it a LACPDU every ${fast ? 1 : 30} s.`,
        `对端在所有端口上都要求${fast ? '短' : '长'}超时，因此本 bond 每 ${fast ? 1 : 30} 秒向其发送一个 LACPDU。`,
      );
    }
    // lacp_rate is what this bond asks of its partner, not how often it sends itself.
    return {
      decoded: paragraphs([sentences([rate.meaning, LACP_RATE_NOTE]), partner]),
      short: `asks the partner for a LACPDU every ${rate.partnerIntervalS} s, timeout ${rate.receiveTimeoutS} s`,
      hint: t(`asks the partner for a LACPDU every ${rate.partnerIntervalS} s, timeout ${rate.receiveTimeoutS} s`, `要求对端每 ${rate.partnerIntervalS} 秒发送一个 LACPDU，超时 ${rate.receiveTimeoutS} 秒`),
    };
  },
  'ad.minLinks': ofNumber((min, { bond }) => {
    if (min <= 1) return says(t(`${min}: carrier whenever an aggregator is active (0 and 1 have the same effect).`, `${min}：只要有活动聚合组就有载波（0 与 1 效果相同）。`));
    const count = bond.int('aggregator.ports');
    const intro = t(`The bond has carrier only while the active aggregator has at least ${min} ports.`, `仅当活动聚合组至少有 ${min} 个端口时 bond 才有载波。`);
    const verdict =
      count === undefined
        ? undefined
        : count >= min
          ? healthy(t(`the active aggregator has ${count}.`, `活动聚合组有 ${count} 个。`))
          : problem(t(`the active aggregator has ${count}, so the bond's carrier is off.`, `活动聚合组只有 ${count} 个，因此 bond 的载波被关闭。`));
    return says(paragraphs([intro, verdict]));
  }),
  'ad.select': (line) => (SELECT_TEXT[line.valueText] ? says(SELECT_TEXT[line.valueText]) : undefined),
  'ad.systemPriority': (line) => priorityDecoded(parseInteger(line.valueText), 65535, t('system priority', '系统优先级')),
  'ad.systemMac': (line, { bond }) => {
    const owner = bond.ports.find((p) => p.value('slave.permAddr')?.toLowerCase() === line.valueText.toLowerCase());
    return says(
      paragraphs([
        macDecoded(line.valueText),
        owner ? t(`It is the permanent address of ${owner.name}: the bond took its MAC from that port.`, `它是 ${owner.name} 的永久地址：bond 的 MAC 取自该端口。`) : undefined,
      ]),
    );
  },
  'ad.noActiveAggregator': (_line, { bond }) => {
    if (bond.ports.length === 0) return says(problem(t('the bond has no ports, so there is no aggregator: it passes no traffic.', 'bond 没有端口，因此没有聚合组：它不转发流量。')));
    // bond_3ad.c activates only an aggregator with a port that has link; it gives every port an aggregator whatever
    // its link state, but only while the bond interface is up.
    const cause = bond.ports.every((p) => !p.upOrGoingDown && mii(p) !== undefined)
      ? t('None of its ports is up, and the kernel makes an aggregator active only when one of its ports has link.', '其端口均未 up，而内核只会让含有链路正常端口的聚合组成为活动聚合组。')
      : bond.ports.every((p) => p.value('slave.aggregatorId') === 'N/A')
        ? t(
            'Every port shows Aggregator ID: N/A: the 802.3ad state machine, which runs only while the bond interface is up, has not given them an aggregator yet.',
            '所有端口的 Aggregator ID 均为 N/A：802.3ad 状态机（仅在 bond 接口被启用时运行）尚未为它们分配聚合组。',
          )
        : undefined;
    return says(sentences([problem(t('no aggregator is active: the bond passes no traffic.', '没有活动聚合组：bond 不转发流量。')), ...(cause ? [cause] : [])]));
  },
  'aggregator.id': (_line, { bond }) => {
    const id = bond.activeAggregator;
    if (id === undefined) return undefined;
    // A port whose Aggregator ID line is not in the text (a dump cut short, lines left out) is in neither list: the
    // kernel prints the line for every port of an 802.3ad bond, so the text does not say where that port is.
    const shown = bond.ports.filter((p) => p.aggregatorId !== undefined || p.value('slave.aggregatorId') === 'N/A');
    const members = shown.filter((p) => p.aggregatorId === id).map((p) => p.name);
    const outside = shown.filter((p) => p.aggregatorId !== id).map((p) => `${p.name} (${p.value('slave.aggregatorId')})`);
    const intro = t(`Aggregator ${id} is the active one: only its ports carry traffic.`, `聚合组 ${id} 是活动聚合组：只有其端口承载流量。`);
    const verdict =
      outside.length > 0
        ? problem(t(`outside it: ${portList(outside).en}.`, `不在其中的端口：${portList(outside).zh}。`))
        : members.length > 0 && shown.length === bond.ports.length
          ? healthy(t(`every port is in it (${portList(members).en}).`, `所有端口都在其中（${portList(members).zh}）。`))
          : undefined;
    return says(paragraphs([intro, verdict]));
  },
  'aggregator.ports': ofNumber((n, { bond }) => {
    const up = bond.ports.filter((p) => p.upOrGoingDown).length;
    const N = bond.ports.length;
    // The aggregator's ports are the bond's: a dump that shows fewer was cut short or had ports left out, and says
    // nothing of the others.
    if (N < n) return says(t(`${n} port${pluralS(n)} in the active aggregator; the dump shows ${N || 'none'} of the bond's ports.`, `活动聚合组中有 ${n} 个端口；该输出只显示了 bond 的 ${N} 个端口。`));
    // Ports that show the active aggregator's ID yet are not counted (since 4.7 the count is of enabled ports) are not
    // "outside it": say what the dump shows.
    const outside = bond.ports.filter((p) => p.upOrGoingDown && p.aggregatorId !== bond.activeAggregator).length;
    const uncounted = (missing: number) =>
      outside > 0
        ? undefined
        : problem(t(`${missing} port${missing === 1 ? ' shows' : 's show'} its Aggregator ID but ${isAre(missing)} not counted in it.`, `有 ${missing} 个端口的 Aggregator ID 与之相同，但未被计入。`));
    // Counted with the ports whose down delay runs: they keep their aggregator until it ends.
    if (bond.ports.every((p) => p.up || !p.upOrGoingDown)) {
      return says(
        paragraphs([
          t(`${n} port${pluralS(n)} in the active aggregator; ${up} of the bond's ${N} port${pluralS(N)} ${isAre(up)} up.`, `活动聚合组中有 ${n} 个端口；bond 的 ${N} 个端口中有 ${up} 个 up。`),
          n >= up ? healthy(t('every up port is in it.', '所有 up 的端口都在其中。')) : uncounted(up - n) ?? problem(t(`${up - n} up port${up - n === 1 ? ' is outside it and carries' : 's are outside it and carry'} no traffic.`, `有 ${up - n} 个 up 端口不在其中，不承载流量。`)),
        ]),
      );
    }
    return says(
      paragraphs([
        t(
          `${n} port${pluralS(n)} in the active aggregator; ${up} of the bond's ${N} port${pluralS(N)} ${isAre(up)} up or going down (a port going down is still counted until the down delay ends).`,
          `活动聚合组中有 ${n} 个端口；bond 的 ${N} 个端口中有 ${up} 个为 up 或 going down（going down 的端口在 downdelay 结束前仍被计入）。`,
        ),
        n >= up
          ? healthy(t('every port up or going down is in it.', '所有 up 或 going down 的端口都在其中。'))
          : uncounted(up - n) ?? problem(t(`${up - n} port${up - n === 1 ? ' up or going down is outside it and carries' : 's up or going down are outside it and carry'} no traffic.`, `有 ${up - n} 个 up 或 going down 的端口不在其中，不承载流量。`)),
      ]),
    );
  }),
  'aggregator.actorKey': ofNumber((key, { bond }) => decodeActorKey(key, { bond })),
  'aggregator.partnerKey': (line, { bond }) =>
    says(paragraphs([PARTNER_KEY_TEXT, line.valueText === '1' && bond.activeAggregatorHasPartner === false ? problem(t('1 with a zero partner MAC is the default partner record: no LACPDU received.', '1 且对端 MAC 全零是默认的对端记录：未收到 LACPDU。')) : undefined])),
  'aggregator.partnerMac': (line, { bond }) => says(paragraphs([macDecoded(line.valueText), partnerMacVerdict(line.valueText, bond, undefined)])),
  'slave.interface': (_line, { bond, port }) => (port ? says(portSummary(port, bond)) : undefined),
  'slave.miiStatus': (line, { bond }) => {
    if (line.valueText === 'going down' && abArpMonitor(bond)) return says(ARP_GOING_DOWN_TEXT);
    return SLAVE_MII_TEXT[line.valueText] ? says(SLAVE_MII_TEXT[line.valueText]) : undefined;
  },
  'slave.speed': (line, { bond, port }) => {
    if (line.valueText === 'Unknown') {
      // With the link up, a link that is down is not the cause.
      const parts = [
        port?.up
          ? t('Unknown: the link is up, but the driver reports no speed: it gives none (virtio, Wi-Fi, some virtual NICs).', 'Unknown：链路为 up，但驱动未报告速率：该驱动不提供速率（virtio、Wi-Fi、部分虚拟网卡）。')
          : t(
              'Unknown: the driver reports no speed: the link is down, or the driver (virtio, Wi-Fi, some virtual NICs) gives none.',
              'Unknown：驱动未报告速率：链路已断开，或驱动（virtio、Wi-Fi、部分虚拟网卡）不提供速率。',
            ),
      ];
      if (port?.up) {
        parts.push(
          t(
            'Until the fix 48dec8d88af9 (February 2026) a dump read while bonding refreshed the speed could also show Unknown on a working link.',
            '在修复 48dec8d88af9（2026 年 2 月）之前，若读取时 bonding 正在刷新速率，正常链路也可能短暂显示 Unknown。',
          ),
        );
        if (isAd(bond)) parts.push(t('In 802.3ad such a port gets speed code 0 in its key.', '在 802.3ad 中，此类端口 key 中的速率编码为 0。'));
      }
      return says(sentences(parts));
    }
    const mbps = port?.speedMbps;
    if (mbps === undefined) return undefined;
    const others = portsWithOther(bond, 'speed', String(mbps), port, PORTS_NAMED);
    return says(
      paragraphs([
        same(`${mbps} Mbps = ${speedText(mbps)}.`),
        port?.up && others.count > 0
          ? balancesBySpeed(bond)
            ? t(
                `Other up ports run at another speed: ${portList(speeds(others), others.count).en}; ${bond.mode!.name} balances the load relative to each port's speed.`,
                `其他 up 端口速率不同：${portList(speeds(others), others.count).zh}；${bond.mode!.name} 按各端口速率的比例分配负载。`,
              )
            : problem(t(`other up ports run at another speed: ${portList(speeds(others), others.count).en}.`, `其他 up 端口速率不同：${portList(speeds(others), others.count).zh}。`))
          : undefined,
      ]),
    );
  },
  'slave.duplex': (line, { port }) =>
    line.valueText === 'full'
      ? says(t('full: sends and receives at the same time.', 'full：可同时收发。'))
      : line.valueText === 'half'
        ? says(problem(t('half duplex is almost always a failed autonegotiation; in 802.3ad such a port cannot aggregate.', '半双工几乎都是自动协商失败所致；在 802.3ad 中此类端口无法聚合。')))
        : line.valueText === 'Unknown'
          ? says(
              port?.up
                ? t('Unknown: the link is up, but the driver reports no duplex: it gives none.', 'Unknown：链路为 up，但驱动未报告双工：该驱动不提供。')
                : t('Unknown: the driver reports no duplex (link down, or a driver that gives none).', 'Unknown：驱动未报告双工（链路断开，或驱动不提供）。'),
            )
          : undefined,
  'slave.linkFailures': ofNumber((n, { bond, port }) => {
    // The count grows only when bonding takes a port that was up down (bond_miimon_commit, the ARP monitors): a down
    // port that never failed has not been up since it joined.
    const state = port && mii(port);
    if (n === 0 && port && state === 'down') {
      return says(
        t(
          `0: bonding has not taken ${port.name} down since it joined the bond, so it has had no usable link since then.`,
          `0：自 ${port.name} 加入 bond 以来，bonding 从未将其判为 down，因此它从加入起就一直没有可用的链路。`,
        ),
      );
    }
    const pending = state === 'going down' && !abArpMonitor(bond) ? t(' The failure under way is counted if the link has not returned when the down delay ends.', '正在发生的这次故障若在 downdelay 结束时链路仍未恢复，会被计入。') : undefined;
    if (n === 0 && pending) return says(t(`0: no failure counted yet.${pending.en}`, `0：尚未计入故障。${pending.zh}`));
    return says(
      n === 0
        ? healthy(t('the link has not failed since the port joined the bond.', '自端口加入 bond 以来链路未发生故障。'))
        : t(
            `The link failed ${n} time${pluralS(n)} since the port joined the bond (the count starts again when the port is added again). A growing count means a flapping link.${pending?.en ?? ''}`,
            `自端口加入 bond 以来链路故障 ${n} 次（端口重新加入时重新计数）。该数值持续增长说明链路在抖动。${pending?.zh ?? ''}`,
          ),
    );
  }),
  'slave.permAddr': (line, { bond, port }) => {
    if (line.valueText === '') return undefined;
    const twins = primaryMacClass(line.valueText) === 'masked' ? { ports: [], count: 0 } : portsWith(bond, 'permAddr', line.valueText.toLowerCase(), port, PORTS_NAMED);
    const names = portList(twins.ports.map((p) => p.name), twins.count);
    return says(
      paragraphs([
        macDecoded(line.valueText),
        twins.count > 0 ? t(`${names.en} report${twins.count === 1 ? 's' : ''} the same permanent address.`, `${beforeZhVerb(names.zh)}报告了相同的永久地址。`) : undefined,
      ]),
    );
  },
  'slave.queueId': ofNumber((n, { bond }) => {
    // bond_should_override_tx_queue(): only balance-rr and active-backup look at the port's queue_id.
    const used = bond.mode === undefined || bond.mode.number === 0 || bond.mode.number === 1;
    return says(
      n === 0
        ? t('0: no queue mapping; the mode chooses the port.', '0：未设置队列映射；由模式选择端口。')
        : used
          ? t(`Traffic that tc steers to queue ${n} of the bond leaves on this port while it is up.`, `被 tc 定向到 bond 队列 ${n} 的流量在该端口 up 时从该端口发出。`)
          : t(
              `Queue ${n}, unused: only balance-rr and active-backup send traffic by queue_id; ${bond.mode!.name} ignores it.`,
              `队列 ${n}，未被使用：只有 balance-rr 和 active-backup 按 queue_id 发送流量；${bond.mode!.name} 忽略它。`,
            ),
    );
  }),
  'slave.aggregatorId': (line, { bond, port }) => {
    if (line.valueText === 'N/A') {
      return says(
        problem(
          t(
            'N/A: the port is attached to no aggregator, so it carries no traffic; the churn and LACP lines are not printed for it. The 802.3ad state machine gives every port an aggregator whatever its link state, but it runs only while the bond interface is up: it has not handled this port yet (the bond interface is not up, or the port was just added), or it found no free aggregator for it.',
            'N/A：端口未加入任何聚合组，因此不承载流量；其抖动与 LACP 各行也不会打印。无论链路状态如何，802.3ad 状态机都会为每个端口分配聚合组，但它只在 bond 接口被启用时运行：它尚未处理该端口（bond 接口未启用，或端口刚加入），或没有为它找到空闲的聚合组。',
          ),
        ),
      );
    }
    const id = port?.aggregatorId;
    if (id === undefined) return undefined;
    const active = bond.activeAggregator;
    if (active === undefined) {
      const unseen = t(`Aggregator ${id}; the dump does not show which aggregator is active`, `聚合组 ${id}；该输出未显示哪个聚合组是活动的`);
      // The kernel leaves the block out for a reader without CAP_NET_ADMIN; a dump pasted from below it, or with lines
      // left out, need not show it either.
      return says(
        bond.field('ad.noActiveAggregator')
          ? problem(t(`aggregator ${id}, but no aggregator is active.`, `聚合组 ${id}，但没有活动聚合组。`))
          : bond.syntax.fragment || bond.syntax.filtered
            ? t(`${unseen.en}.`, `${unseen.zh}。`)
            : t(`${unseen.en} (read without CAP_NET_ADMIN).`, `${unseen.zh}（读取者没有 CAP_NET_ADMIN）。`),
      );
    }
    return says(
      id === active
        ? healthy(t(`the port is in the active aggregator ${active}.`, `端口位于活动聚合组 ${active} 中。`))
        : problem(t(`aggregator ${id} is not the active aggregator ${active}: the port carries no traffic.`, `聚合组 ${id} 不是活动聚合组 ${active}：端口不承载流量。`)),
    );
  },
  'slave.actorChurnState': (line, ctx) => churnDecoded(line, ctx, 'actor'),
  'slave.partnerChurnState': (line, ctx) => churnDecoded(line, ctx, 'partner'),
  'slave.actorChurned': (line) => churnCountDecoded(line, ACTOR),
  'slave.partnerChurned': (line) => churnCountDecoded(line, PARTNER),
  'slave.vendorSmVars': (line) => {
    const m = /^0x([0-9a-fA-F]+)$/.exec(line.valueText);
    if (!m) return undefined;
    const n = parseInt(m[1]!, 16);
    const names = AD_PORT_SM_VARS.filter((b) => n & b.mask).map((b) => b.name);
    return says(
      t(
        `If the vendor prints the port's sm_vars here, ${line.valueText} has these mainline AD_PORT_* bits set: ${listEn(names)}.`,
        `若厂商在此打印的是端口的 sm_vars，则 ${line.valueText} 置位的主线 AD_PORT_* 位为：${listZh(names)}。`,
      ),
    );
  },
  'actor.systemPriority': (line) => priorityDecoded(parseInteger(line.valueText), 65535, t('system priority', '系统优先级')),
  'actor.systemMac': (line, { bond }) => {
    const system = bond.value('ad.systemMac');
    return says(
      paragraphs([
        macDecoded(line.valueText),
        system === undefined ? undefined : system.toLowerCase() === line.valueText.toLowerCase() ? healthy(t('the same as the bond\'s System MAC address.', '与 bond 的 System MAC address 相同。')) : problem(t(`differs from the bond's System MAC address ${system}.`, `与 bond 的 System MAC address ${system} 不同。`)),
      ]),
    );
  },
  'actor.portKey': ofNumber(decodeActorKey),
  'actor.portPriority': (line, { bond }) => portPriorityDecoded(parseInteger(line.valueText), bond),
  'actor.portNumber': ofNumber((n) => says(t(`${n}: this port's number in its LACPDUs.`, `${n}：该端口在其 LACPDU 中的编号。`))),
  'actor.portState': ofNumber((n, { bond, port }) => {
    if (n > 255) return undefined;
    const bits = stateBits(n, false, { side: 'actor', bond, port });
    return { decoded: paragraphs([bits.decoded, actorStateVerdict(n, bond, port)]), short: bits.short, hint: bits.hint };
  }),
  'partner.systemPriority': (line, { port }) => partnerNumber(line, port, t("the switch's LACP system priority", '交换机的 LACP 系统优先级')),
  'partner.systemMac': (line, { bond, port }) => says(paragraphs([macDecoded(line.valueText), partnerMacVerdict(line.valueText, bond, port)])),
  'partner.operKey': (line, { port }) =>
    says(paragraphs([PARTNER_KEY_TEXT, line.valueText === '1' && port && partnerIsDefault(port) ? t('1 here is the default partner record: no LACPDU received.', '此处的 1 是默认的对端记录：未收到 LACPDU。') : undefined])),
  'partner.portPriority': (line, { port }) => partnerNumber(line, port, t("the switch's priority for its port", '交换机为其端口设置的优先级')),
  'partner.portNumber': (line, { port }) => partnerNumber(line, port, t("the switch's number for its port on the other end of this link", '交换机对该链路另一端其端口的编号')),
  'partner.portState': ofNumber((n, { bond, port }) => {
    if (n > 255) return undefined;
    const bits = stateBits(n, port !== undefined && partnerIsDefault(port), { side: 'partner', bond, port });
    return { decoded: paragraphs([bits.decoded, partnerStateVerdict(n, bond, port)]), short: bits.short, hint: bits.hint };
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// Lines that are not fields
// ---------------------------------------------------------------------------------------------------------------

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function explain(line: ProcLine, ctx: ExplainContext): Explanation | undefined {
  if (line.kind === 'unknown') {
    // What is wrong with the line is the finding shown below this text; here: what the line would be.
    const near = line.near?.[0];
    return {
      title: clip(line.labelText),
      meaning: t('A line the bonding driver does not print here.', 'bonding 驱动不会在此处打印的行。'),
      decoded: near && line.reason !== 'text' ? t(`Where the kernel prints "${near.label}", it is: ${near.meaning.en}`, `在内核打印 "${near.label}" 的位置，它表示：${near.meaning.zh}`) : undefined,
    };
  }
  if (line.kind === 'marker') {
    return {
      title: line.valueText,
      meaning: t(
        `File name added by the command that printed the dump (head, tail, a collector) or by whoever pasted it: the dump below is /proc/net/bonding/${line.valueText}, so the bond is ${line.valueText}.`,
        `由打印该输出的命令（head、tail、采集工具）或粘贴者加上的文件名：下面的输出来自 /proc/net/bonding/${line.valueText}，因此该 bond 为 ${line.valueText}。`,
      ),
    };
  }
  const field = line.field;
  if (!field) return undefined;
  const decoded = DECODERS[field.id]?.(line, ctx);
  return { title: field.label || `bond ${line.valueText} has no active aggregator`, meaning: field.meaning, field, ...decoded };
}

/** The port whose block holds line `lineNo` of the bond, if any. */
export function portAt(bond: ProcBondModel, lineNo: number): ProcPortModel | undefined {
  const port = bond.ports[lastStartingBy(bond.ports, lineNo, (p) => p.syntax.heading.line)];
  return port && lineNo <= port.syntax.lastLine ? port : undefined;
}

/** The bond and port a line belongs to, for explaining it in context. */
export function locate(bonds: readonly ProcBondModel[], lineNo: number): { bond: ProcBondModel; port?: ProcPortModel; line: ProcLine } | undefined {
  const bond = bonds[lastStartingBy(bonds, lineNo, (b) => b.syntax.firstLine)];
  if (!bond || lineNo > bond.syntax.lastLine) return undefined;
  return { bond, port: portAt(bond, lineNo), line: bond.syntax.lineAt(lineNo) };
}
