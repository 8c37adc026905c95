import { type IfcfgFlavour, type IfcfgKey, type IfcfgKeyValue, WICKED_BOOTPROTO_PARTS, ifcfgKey, wickedBootprotoKnown } from '../../../../knowledge/ifcfgKeys';
import { parseIpv4 } from '../../../../knowledge/options';
import { UUID, readBoolean, wickedYes, yes } from '../../../../model/ifcfgModel';
import type { IfcfgAssignment } from '../../../../syntax/ifcfg';
import type { Finding, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { netmaskPrefix, validIpv4Cidr, validIpv6Cidr } from './addresses';
import { t } from './util';

/**
 * NetworkManager's svParseBoolean() spellings (yes, true, t, y, 1 and no, false, f, n, 0, any case) and initscripts'
 * is_true/is_false, which also take on and off. wicked reads any spelling, as yes only on, true and yes (`wickedYes`).
 */
const BOOLEAN = /^(yes|no|true|false|y|n|t|f|1|0|on|off)$/i;
/** svParseBoolean() does not know these: NetworkManager silently takes its default instead. */
const ON_OFF = /^(on|off)$/i;
const MAC = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$|^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){19}$/;

/**
 * The values of an enumeration that the file's readers take: a value only other readers know is not valid here
 * (BOOTPROTO=dhcp4 in a RHEL file). Keys the file's readers do not read keep all their values.
 */
function acceptedValues(key: IfcfgKey, suse: boolean): readonly IfcfgKeyValue[] {
  const readers: readonly IfcfgFlavour[] = suse ? ['wicked'] : ['initscripts', 'networkmanager'];
  if (!key.values || !key.readers.some((r) => readers.includes(r))) return key.values ?? [];
  return key.values.filter((v) => v.otherTool !== undefined || v.readers === undefined || v.readers.some((r) => readers.includes(r)));
}

/** Why `value` is not a valid value for `key`, or undefined when it is. */
function problem(key: IfcfgKey, value: string, suse: boolean): { en: string; zh: string } | undefined {
  switch (key.valueKind) {
    case 'yes-no':
      return BOOLEAN.test(value) ? undefined : t('expected yes or no', '应为 yes 或 no');
    case 'ipv4':
      return parseIpv4(value) ? undefined : t('expected an IPv4 address such as 192.0.2.10', '应为 IPv4 地址，例如 192.0.2.10');
    case 'ipv4-cidr':
      // wicked's ifcfg(5): IPADDR[suffix] takes "IPv4 | IPv6 [/PREFIXLEN]".
      if (suse) return validIpv4Cidr(value) || validIpv6Cidr(value) ? undefined : t('expected an IPv4 or IPv6 address, optionally with /prefix', '应为 IPv4 或 IPv6 地址，可带 /前缀长度');
      // NetworkManager's ifcfg-rh reader takes IPADDR with inet_pton and refuses the connection for "/24".
      return parseIpv4(value) ? undefined : t('expected an IPv4 address such as 192.0.2.10 (the prefix length goes in PREFIX)', '应为 IPv4 地址，例如 192.0.2.10（前缀长度写在 PREFIX 中）');
    case 'ipv6-cidr':
      return validIpv6Cidr(value) ? undefined : t('expected an IPv6 address, optionally with /prefix', '应为 IPv6 地址，可带 /前缀长度');
    case 'prefix':
      return /^\d{1,2}$/.test(value) && Number(value) <= 32 ? undefined : t('expected a prefix length from 0 to 32', '应为 0 到 32 的前缀长度');
    case 'netmask':
      return netmaskPrefix(value) !== undefined ? undefined : t('expected a netmask such as 255.255.255.0 (contiguous ones)', '应为子网掩码，例如 255.255.255.0（1 必须连续）');
    case 'mac':
      return MAC.test(value) ? undefined : t('expected a MAC address such as 52:54:00:12:34:56', '应为 MAC 地址，例如 52:54:00:12:34:56');
    case 'uuid':
      return UUID.test(value) ? undefined : t('expected a UUID', '应为 UUID');
    case 'int': {
      // A minus sign only where the key takes negative numbers (IPV4_ROUTE_METRIC=-1 is NetworkManager's default).
      const signed = key.range !== undefined && key.range.min < 0;
      if (!(signed ? /^-?\d{1,10}$/ : /^\d{1,10}$/).test(value)) return t('expected a whole number', '应为整数');
      const n = Number(value);
      return key.range && (n < key.range.min || n > key.range.max) ? t(`expected ${key.range.min}–${key.range.max}`, `应为 ${key.range.min}–${key.range.max}`) : undefined;
    }
    case 'enum': {
      if (!key.values) return undefined;
      if (suse && key.name === 'BOOTPROTO') {
        if (wickedBootprotoKnown(value)) return undefined;
        const parts = WICKED_BOOTPROTO_PARTS;
        return t(
          `expected none, static, ibft, 6to4 or ppp, or one or more of ${parts.join(', ')} joined by + (e.g. dhcp+autoip), these in lower case`,
          `应为 none、static、ibft、6to4 或 ppp，或者用 + 连接的一个或多个 ${parts.join('、')}（例如 dhcp+autoip），这些须小写`,
        );
      }
      const accepted = acceptedValues(key, suse);
      if (accepted.some((v) => v.name.toLowerCase() === value.toLowerCase())) return undefined;
      const names = accepted.map((v) => v.name);
      const expected = t(`expected one of ${names.join(', ')}`, `应为 ${names.join('、')} 之一`);
      // make_ip4_setting() refuses the whole connection for a BOOTPROTO it does not know.
      if (key.name === 'BOOTPROTO') {
        return t(
          `NetworkManager refuses the connection ("Unknown BOOTPROTO '${value}'"); ${expected.en}`,
          `NetworkManager 会拒绝该连接（"Unknown BOOTPROTO '${value}'"）；${expected.zh}`,
        );
      }
      return expected;
    }
    default:
      return undefined;
  }
}

/** A yes/no written in a spelling some reader does not take: the message, and a fix to `meant`. */
function spelling(ctx: IfcfgRuleContext, a: IfcfgAssignment, message: { en: string; zh: string }, meant: string, safe: boolean): Finding {
  return { range: ctx.range(a.rawRange), message, fixes: [{ title: t(`Change to ${a.key}=${meant}`, `改为 ${a.key}=${meant}`), edits: [ctx.replace(a.rawRange, meant)], safe, preferred: true }] };
}

/** on/off: initscripts reads yes/no, NetworkManager its default. The fix writes what initscripts reads. */
function reportOnOff(ctx: IfcfgRuleContext, report: (finding: Finding) => void, a: IfcfgAssignment, key: IfcfgKey): void {
  const meant = /^on$/i.test(a.value) ? 'yes' : 'no';
  const nm = key.nmDefault
    ? t(`NetworkManager does not know "${a.value}" and takes ${a.key}=${key.nmDefault}`, `NetworkManager 不认识 "${a.value}"，会按 ${a.key}=${key.nmDefault} 处理`)
    : t(`NetworkManager does not know "${a.value}" and takes its default for ${a.key}`, `NetworkManager 不认识 "${a.value}"，会采用 ${a.key} 的默认值`);
  const message = key.readers.includes('initscripts')
    ? t(`${a.key}: initscripts reads "${a.value}" as ${meant}, but ${nm.en}; write ${meant}.`, `${a.key}：initscripts 把 "${a.value}" 读作 ${meant}，但 ${nm.zh}；应写作 ${meant}。`)
    : t(`${a.key}: "${a.value}" is not valid; ${nm.en}; write ${meant}.`, `${a.key}："${a.value}" 无效；${nm.zh}；应写作 ${meant}。`);
  report(spelling(ctx, a, message, meant, true));
}

/**
 * A spelling that initscripts' toggle_value does not know (ARP=off, ARP=Yes): ifup-eth then sets nothing. The fix
 * writes what the spelling says to is_true/is_false.
 */
function reportToggle(ctx: IfcfgRuleContext, report: (finding: Finding) => void, a: IfcfgAssignment): void {
  const meant = yes(a.value) ? 'yes' : 'no';
  const message = t(
    `${a.key}: initscripts takes only yes or no here, in lower or upper case, and leaves ${a.key} as it is for "${a.value}"; write ${meant}.`,
    `${a.key}：initscripts 在此只接受全小写或全大写的 yes 或 no，对 "${a.value}" 不会改变 ${a.key}；应写作 ${meant}。`,
  );
  report(spelling(ctx, a, message, meant, false));
}

/** A yes/no that initscripts compares with "yes" or "no" as written (ifup-ipv6): another spelling counts as unset. */
function reportExact(ctx: IfcfgRuleContext, report: (finding: Finding) => void, a: IfcfgAssignment): void {
  const meant = yes(a.value) ? 'yes' : 'no';
  const message = t(
    `${a.key}: initscripts compares it with yes and no exactly, in lower case, and takes "${a.value}" as if ${a.key} were not set; write ${meant}.`,
    `${a.key}：initscripts 按原样与小写的 yes、no 比较，会把 "${a.value}" 当作未设置 ${a.key}；应写作 ${meant}。`,
  );
  report(spelling(ctx, a, message, meant, false));
}

/**
 * A SUSE file's yes written as initscripts or NetworkManager would (1, y, t): wicked's ni_sysconfig_test_boolean
 * takes only on, true and yes as true, so it reads no. BONDING_MASTER=1 then makes no bond (try_bonding).
 */
function reportWickedNo(ctx: IfcfgRuleContext, report: (finding: Finding) => void, a: IfcfgAssignment): void {
  const bond = a.key === 'BONDING_MASTER';
  const message = t(
    `${a.key}: wicked reads "${a.value}" as no${bond ? ', so it makes no bond of this file' : ''}: it takes only yes, true and on, in any case, as yes; write yes.`,
    `${a.key}：wicked 把 "${a.value}" 读作 no${bond ? '，因此不会把该文件配置为 bond' : ''}：它只把 yes、true、on（不区分大小写）读作 yes；应写作 yes。`,
  );
  report(spelling(ctx, a, message, 'yes', false));
}

export const invalidValue: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.invalid-value',
  severity: 'error',
  title: t('Invalid value for the key', '键的取值无效'),
  doc: {
    description: t(
      'Addresses, prefixes, netmasks, MAC addresses, yes/no flags and enumerations have fixed forms. NetworkManager refuses a profile with an invalid address and initscripts passes one to `ip`, which fails. A yes/no value that NetworkManager does not know it ignores without a word, taking its default for the key: it knows yes, true, y, t, 1 and no, false, n, f, 0 in any case, but not on and off, which initscripts reads as yes and no. initscripts reads ARP with toggle_value, which knows only yes and no in lower or upper case and sets nothing for another spelling, and compares IPV6_AUTOCONF, IPV6FORWARDING and IPV6_FORCE_ACCEPT_RA with yes and no as written, in lower case. NetworkManager reads a bridge\'s STP as yes only for yes and on, in any case. wicked (SUSE) takes yes, true and on, in any case, as yes and anything else as no, so there 1, y and t mean no: BONDING_MASTER=1 makes no bond. An enumeration takes the values the file\'s readers know: NetworkManager refuses the connection for a BOOTPROTO it does not know ("Unknown BOOTPROTO"), such as wicked\'s dhcp4, while in a SUSE file wicked takes parts joined by "+" (dhcp4+autoip). NetworkManager reads BOOTPROTO in any case, but initscripts starts DHCP only for dhcp and bootp in lower case: BOOTPROTO=DHCP gets no DHCP there.',
      '地址、前缀、子网掩码、MAC 地址、yes/no 开关和枚举值都有固定格式。NetworkManager 会拒绝含无效地址的配置，initscripts 会把无效地址交给 `ip` 命令，然后失败。对不认识的 yes/no 取值，NetworkManager 不给任何提示地忽略它，改用该键的默认值：它认识 yes、true、y、t、1 和 no、false、n、f、0（不区分大小写），但不认识 on 和 off，而 initscripts 把 on 和 off 读作 yes 和 no。initscripts 用 toggle_value 读取 ARP，它只认识全小写或全大写的 yes 和 no，其他写法不做任何设置；它把 IPV6_AUTOCONF、IPV6FORWARDING、IPV6_FORCE_ACCEPT_RA 按原样与小写的 yes、no 比较。NetworkManager 只把网桥 STP 的 yes 和 on（不区分大小写）读作 yes。wicked（SUSE）把 yes、true、on（不区分大小写）读作 yes，其他一律读作 no，因此在那里 1、y、t 表示 no：BONDING_MASTER=1 不会配置 bond。枚举值须为该文件的读取方所认识的值：NetworkManager 遇到不认识的 BOOTPROTO（例如 wicked 的 dhcp4）会拒绝该连接（"Unknown BOOTPROTO"），而在 SUSE 文件中 wicked 接受用 "+" 连接的多个部分（dhcp4+autoip）。NetworkManager 读取 BOOTPROTO 时不区分大小写，但 initscripts 只对小写的 dhcp 和 bootp 启动 DHCP：BOOTPROTO=DHCP 在那里得不到 DHCP。',
    ),
    bad: 'IPADDR=192.0.2.300\nPREFIX=33',
    good: 'IPADDR=192.0.2.30\nPREFIX=24',
  },
  check(ctx, report) {
    for (const a of ctx.model.last.byKey.values()) {
      const key = ifcfgKey(a.key);
      if (!key || a.value === '' || a.problems.length) continue;
      const initscriptsParser = key.booleanParsers?.initscripts;
      if (
        key.valueKind === 'yes-no' &&
        ctx.model.dialect === 'redhat' &&
        (initscriptsParser === 'toggle_value' || initscriptsParser === 'exact') &&
        BOOLEAN.test(a.value) &&
        readBoolean('initscripts', a.value, initscriptsParser) === undefined
      ) {
        if (initscriptsParser === 'toggle_value') reportToggle(ctx, report, a);
        else reportExact(ctx, report, a);
        continue;
      }
      if (key.valueKind === 'yes-no' && ctx.model.dialect === 'suse' && key.readers.includes('wicked') && BOOLEAN.test(a.value) && yes(a.value) && !wickedYes(a.value)) {
        reportWickedNo(ctx, report, a);
        continue;
      }
      const nmParser = key.booleanParsers?.networkmanager;
      // What NetworkManager makes of a spelling matters where it reads the file (not NM_CONTROLLED=no).
      const nm = ctx.model.rhel?.nmManaged && key.readers.includes('networkmanager');
      if (key.valueKind === 'yes-no' && nm && !nmParser && ON_OFF.test(a.value)) {
        reportOnOff(ctx, report, a, key);
        continue;
      }
      if (
        key.valueKind === 'yes-no' &&
        nm &&
        nmParser === 'yes-no-on-off' &&
        key.readers.includes('initscripts') &&
        BOOLEAN.test(a.value) &&
        readBoolean('initscripts', a.value) !== readBoolean('networkmanager', a.value, nmParser)
      ) {
        const meant = yes(a.value) ? 'yes' : 'no';
        const message = t(
          `${a.key}: initscripts reads "${a.value}" as ${meant}, but NetworkManager takes only yes, no, on and off here and reads "${a.value}" as no; write ${meant}.`,
          `${a.key}：initscripts 把 "${a.value}" 读作 ${meant}，但 NetworkManager 在此只接受 yes、no、on、off，会把 "${a.value}" 读作 no；应写作 ${meant}。`,
        );
        report(spelling(ctx, a, message, meant, true));
        continue;
      }
      // ifup-eth starts DHCP for dhcp and bootp as written; NetworkManager's make_ip4_setting takes any case.
      if (key.name === 'BOOTPROTO' && ctx.model.dialect === 'redhat' && /^(?:dhcp|bootp)$/i.test(a.value) && a.value !== a.value.toLowerCase()) {
        const meant = a.value.toLowerCase();
        const nmTakes = nm ? t('; NetworkManager takes any case', '；NetworkManager 不区分大小写') : t('', '');
        const message = t(
          `BOOTPROTO: initscripts starts DHCP only for dhcp or bootp in lower case, and for "${a.value}" sets up only the static addresses in IPADDR, if any${nmTakes.en}; write ${meant}.`,
          `BOOTPROTO：initscripts 只对小写的 dhcp 或 bootp 启动 DHCP，对 "${a.value}" 只配置 IPADDR 中的静态地址（如有）${nmTakes.zh}；应写作 ${meant}。`,
        );
        report(spelling(ctx, a, message, meant, false));
        continue;
      }
      const why = problem(key, a.value, ctx.model.dialect === 'suse');
      if (!why) continue;
      report({
        range: ctx.range(a.rawRange),
        message: t(`${a.key}: "${a.value}" is not valid; ${why.en}.`, `${a.key}："${a.value}" 无效；${why.zh}。`),
      });
    }
  },
};
