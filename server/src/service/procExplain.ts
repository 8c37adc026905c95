import { decodeKey, eraForRelease, type KeyEra, PARTNER_KEY_TEXT } from '../knowledge/actorKey';
import { hashPolicyByName } from '../knowledge/hashPolicies';
import { LACP_RATE_NOTE, PORT_STATE_BITS, churnState, decodePortState, lacpRate, portStateShort } from '../knowledge/lacp';
import { classifyMac } from '../knowledge/macs';
import { modeByProcText, SWITCH_NEED_TEXT } from '../knowledge/modes';
import type { ProcField } from '../knowledge/procFields';
import { type Text, join, sentences } from '../knowledge/text';
import { type ProcBondModel, type ProcPortModel, parseInteger, splitSuffix } from '../model/procModel';
import type { ProcLine } from '../syntax/procBonding';

/**
 * What one dump line says, decoded for this bond. Hover, inlay hints and `bondlint annotate` render this;
 * none of them decodes a value on its own.
 */
export interface Explanation {
  readonly field: ProcField;
  /** The value decoded, one or more sentences. */
  readonly decoded?: Text;
  /** A few words for an inlay hint or an end-of-line comment, e.g. `ACT AGG SYNC COL DIST`. */
  readonly short?: string;
}

export interface ExplainContext {
  readonly bond: ProcBondModel;
  readonly port?: ProcPortModel;
}

const t = (en: string, zh: string): Text => ({ en, zh });

function speedText(mbps: number): string {
  if (mbps >= 1000 && mbps % 1000 === 0) return `${mbps / 1000} Gbps`;
  if (mbps >= 1000) return `${mbps / 1000} Gbps`;
  return `${mbps} Mbps`;
}

/** Era candidates for decoding actor keys, from the dump's driver line. */
export function keyEras(bond: ProcBondModel): KeyEra[] {
  return eraForRelease(bond.driver);
}

function decodeActorKey(key: number, bond: ProcBondModel, port?: ProcPortModel): { decoded: Text; short: string } {
  const eras = keyEras(bond);
  const first = eras[0];
  if (!first) return { decoded: t(`Key ${key}.`, `密钥 ${key}。`), short: '' };
  const d = decodeKey(key, first);
  const duplex = d.fullDuplex ? t('full duplex', '全双工') : t('not full duplex', '非全双工');
  const speedOf = (era: KeyEra) => decodeKey(key, era).speedMbps;
  const speed = d.speedMbps !== undefined ? speedText(d.speedMbps) : undefined;
  const parts: Text[] = [];
  if (key === 0) {
    parts.push(t('Key 0: no speed and not full duplex — the port is down or its speed is unknown, so it cannot aggregate.', '密钥 0：无速率且非全双工——端口 down 或速率未知，无法参与聚合。'));
  } else {
    parts.push(
      t(
        `${duplex.en}, speed code ${d.speedCode}${speed ? ` = ${speed}` : ' (unknown to this kernel)'}, user key ${d.userKey}.`,
        `${duplex.zh}，速率代码 ${d.speedCode}${speed ? ` = ${speed}` : '（该内核未知）'}，用户密钥 ${d.userKey}。`,
      ),
    );
    parts.push(t(`Speed codes numbered as in ${first.label.en}.`, `速率代码按${first.label.zh}的编号解读。`));
    const others = eras.slice(1).filter((e) => speedOf(e) !== d.speedMbps);
    for (const era of others) {
      const s = speedOf(era);
      parts.push(t(`In ${era.label.en} the same key means ${s !== undefined ? speedText(s) : 'an unknown speed'}.`, `在${era.label.zh}中同一密钥表示 ${s !== undefined ? speedText(s) : '未知速率'}。`));
    }
    const printed = port ? parseInteger(port.field('slave.speed')?.valueText.replace(/ Mbps$/, '')) : undefined;
    if (printed !== undefined && d.speedMbps !== undefined && printed !== d.speedMbps) {
      parts.push(t(`The port's Speed line says ${speedText(printed)}, which disagrees.`, `该端口 Speed 行显示 ${speedText(printed)}，与此不符。`));
    } else if (printed !== undefined && d.speedMbps !== undefined) {
      parts.push(t(`Agrees with the port's Speed line (${speedText(printed)}).`, `与该端口 Speed 行（${speedText(printed)}）一致。`));
    }
  }
  const short = key === 0 ? 'no speed' : `${d.fullDuplex ? 'FD' : 'HD'} ${speed ?? `code ${d.speedCode}`} user ${d.userKey}`;
  return { decoded: sentences(parts), short };
}

const IN_USE = 0x3c;
const DEFAULTED = 0x40;
const EXPIRED = 0x80;

/** What a port state means for traffic: the same reading the diagnostics apply. */
function stateVerdict(n: number): Text {
  if (n & DEFAULTED) return t('No LACPDU received from the partner (Defaulted): the port cannot aggregate.', '未收到对端的 LACPDU（Defaulted）：该端口无法聚合。');
  if (n & EXPIRED) return t('The partner information expired: LACPDUs stopped arriving.', '对端信息已过期：LACPDU 不再到达。');
  if ((n & IN_USE) === IN_USE) return t('Healthy: aggregated, in sync, collecting and distributing.', '正常：已聚合、已同步、正在收发。');
  return t('Not passing traffic: it lacks some of Aggregation, Synchronization, Collecting, Distributing.', '未转发流量：缺少 Aggregation、Synchronization、Collecting、Distributing 中的某些位。');
}

function decodeState(n: number): { decoded: Text; short: string } {
  const { set } = decodePortState(n);
  const hex = `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
  const bits = PORT_STATE_BITS.map((b) => {
    const on = set.includes(b);
    const mark = `${on ? '✓' : '✗'} \`0x${b.mask.toString(16).padStart(2, '0')}\` ${b.name}`;
    return t(`- ${mark}: ${(on ? b.set : b.clear).en}`, `- ${mark}：${(on ? b.set : b.clear).zh}`);
  });
  return {
    decoded: join([t(`${n} (decimal) = ${hex} = ${portStateShort(n)}`, `${n}（十进制）= ${hex} = ${portStateShort(n)}`), join(bits, '\n'), stateVerdict(n)], '\n\n'),
    short: portStateShort(n),
  };
}

function macText(mac: string): { decoded: Text; short?: string } {
  const classes = classifyMac(mac);
  return { decoded: sentences(classes.map((c) => c.text)), short: classes[0]?.id };
}

function msText(ms: number, bond: ProcBondModel, ofMiimon: boolean): Text {
  if (ms === 0) return t('0: off.', '0：关闭。');
  const miimon = bond.int('bond.miimon');
  if (ofMiimon && miimon) {
    const mult = ms / miimon;
    return Number.isInteger(mult)
      ? t(`${ms} ms = ${mult} × MII interval (${miimon} ms): the kernel stores this delay as a count of MII polls.`, `${ms} 毫秒 = ${mult} × MII 间隔（${miimon} 毫秒）：内核以 MII 轮询次数保存该延迟。`)
      : t(`${ms} ms is not a multiple of the MII interval (${miimon} ms); a kernel always prints a multiple.`, `${ms} 毫秒不是 MII 间隔（${miimon} 毫秒）的整数倍；内核打印的值总是整数倍。`);
  }
  return t(`${ms} ms.`, `${ms} 毫秒。`);
}

type Decoder = (line: ProcLine, ctx: ExplainContext) => { decoded?: Text; short?: string } | undefined;

const DECODERS: Readonly<Record<string, Decoder>> = {
  'header.driver': (line) => {
    const v = line.valueText;
    const dated = /^v?([\d.]+) \((.+)\)$/.exec(v);
    if (dated) {
      return {
        decoded: t(
          `Bonding driver version ${dated[1]} dated ${dated[2]}: kernels printed a driver version here until 2020, so this names the driver, not the kernel release.`,
          `bonding 驱动版本 ${dated[1]}（日期 ${dated[2]}）：2020 年以前的内核在此打印驱动版本，它标识驱动而非内核版本。`,
        ),
      };
    }
    return { decoded: t(`Kernel release ${v.replace(/^v/, '')}: newer kernels print the release string here.`, `内核版本 ${v.replace(/^v/, '')}：较新的内核在此打印内核版本字符串。`) };
  },
  'bond.mode': (line, { bond }) => {
    const head = line.valueText.replace(/ \(fail_over_mac \w+\)$/, '');
    const mode = modeByProcText(head);
    if (!mode) return { decoded: t(`The kernel does not print this mode text.`, `内核不会打印此模式文本。`) };
    const parts = [t(`mode ${mode.number} (${mode.name}).`, `模式 ${mode.number}（${mode.name}）。`), mode.summary, t(`It ${SWITCH_NEED_TEXT[mode.switchNeed].en}.`, `该模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}。`)];
    if (bond.failOverMac) parts.push(t(`fail_over_mac ${bond.failOverMac}: the bond's MAC handling on failover is not the default (none).`, `fail_over_mac ${bond.failOverMac}：故障切换时的 MAC 处理方式不是默认值（none）。`));
    return { decoded: sentences(parts), short: `mode ${mode.number} ${mode.name}` };
  },
  'bond.hashPolicy': (line) => {
    const { head } = splitSuffix(line.valueText);
    const policy = hashPolicyByName(head);
    if (!policy) return undefined;
    return { decoded: sentences([policy.summary, policy.fields, ...(policy.caveats ? [policy.caveats] : [])]), short: policy.name };
  },
  'bond.miimon': (line, { bond }) => {
    const ms = parseInteger(line.valueText);
    if (ms === undefined) return undefined;
    return ms === 0
      ? { decoded: t('0: MII link monitoring is off.', '0：MII 链路监测已关闭。'), short: 'off' }
      : { decoded: msText(ms, bond, false), short: `every ${ms} ms` };
  },
  'bond.updelay': (line, { bond }) => ({ decoded: msText(parseInteger(line.valueText) ?? 0, bond, true) }),
  'bond.downdelay': (line, { bond }) => ({ decoded: msText(parseInteger(line.valueText) ?? 0, bond, true) }),
  'bond.peerNotifDelay': (line, { bond }) => ({ decoded: msText(parseInteger(line.valueText) ?? 0, bond, true) }),
  'ad.lacpRate': (line) => {
    const rate = lacpRate(line.valueText);
    return rate ? { decoded: sentences([rate.meaning, LACP_RATE_NOTE]), short: `${rate.name}: ${rate.partnerIntervalS} s / ${rate.receiveTimeoutS} s` } : undefined;
  },
  'ad.systemMac': (line) => macText(line.valueText),
  'aggregator.actorKey': (line, { bond }) => {
    const key = parseInteger(line.valueText);
    return key === undefined ? undefined : decodeActorKey(key, bond);
  },
  'aggregator.partnerKey': (line) => ({ decoded: line.valueText === '1' ? sentences([PARTNER_KEY_TEXT, t('Key 1 is the default partner record: no LACPDU received.', '密钥 1 是默认的对端记录：未收到 LACPDU。')]) : PARTNER_KEY_TEXT }),
  'aggregator.partnerMac': (line) => macText(line.valueText),
  'slave.actorChurnState': (line) => {
    const s = churnState(line.valueText);
    return s ? { decoded: s.causes ? sentences([s.meaning, s.causes]) : s.meaning } : undefined;
  },
  'slave.partnerChurnState': (line) => {
    const s = churnState(line.valueText);
    return s ? { decoded: s.causes ? sentences([s.meaning, s.causes]) : s.meaning } : undefined;
  },
  'slave.permAddr': (line) => macText(line.valueText),
  'actor.systemMac': (line) => macText(line.valueText),
  'partner.systemMac': (line) => macText(line.valueText),
  'actor.portKey': (line, { bond, port }) => {
    const key = parseInteger(line.valueText);
    return key === undefined ? undefined : decodeActorKey(key, bond, port);
  },
  'partner.operKey': () => ({ decoded: PARTNER_KEY_TEXT }),
  'actor.portState': (line) => {
    const n = parseInteger(line.valueText);
    return n === undefined || n > 255 ? undefined : decodeState(n);
  },
  'partner.portState': (line) => {
    const n = parseInteger(line.valueText);
    return n === undefined || n > 255 ? undefined : decodeState(n);
  },
};

export function explain(line: ProcLine, ctx: ExplainContext): Explanation | undefined {
  const field = line.field;
  if (!field) return undefined;
  const decoded = DECODERS[field.id]?.(line, ctx);
  return { field, decoded: decoded?.decoded, short: decoded?.short };
}

/** The bond and port a line belongs to, for explaining it in context. */
export function locate(bonds: readonly ProcBondModel[], lineNo: number): { bond: ProcBondModel; port?: ProcPortModel; line: ProcLine } | undefined {
  for (const bond of bonds) {
    if (lineNo < bond.syntax.firstLine || lineNo > bond.syntax.lastLine) continue;
    const line = bond.syntax.lines.find((l) => l.line === lineNo);
    if (!line) return undefined;
    const port = bond.ports.find((p) => lineNo >= p.syntax.heading.line && lineNo <= p.syntax.lastLine);
    return { bond, port, line };
  }
  return undefined;
}
