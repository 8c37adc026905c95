import { type IfcfgKey, ifcfgKey } from '../../../../knowledge/ifcfgKeys';
import { parseIpv4 } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { netmaskPrefix, validIpv4Cidr, validIpv6Cidr } from './addresses';
import { t } from './util';

/**
 * NetworkManager's svParseBoolean() spellings (yes, true, t, y, 1 and no, false, f, n, 0, any case) and initscripts'
 * is_true/is_false, which also take on and off.
 */
const BOOLEAN = /^(yes|no|true|false|y|n|t|f|1|0|on|off)$/i;
const MAC = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$|^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){19}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

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
      if (!/^\d{1,10}$/.test(value)) return t('expected a whole number', '应为整数');
      const n = Number(value);
      return key.range && (n < key.range.min || n > key.range.max) ? t(`expected ${key.range.min}–${key.range.max}`, `应为 ${key.range.min}–${key.range.max}`) : undefined;
    }
    case 'enum':
      if (!key.values || key.values.some((v) => v.name.toLowerCase() === value.toLowerCase())) return undefined;
      return t(`expected one of ${key.values.map((v) => v.name).join(', ')}`, `应为 ${key.values.map((v) => v.name).join('、')} 之一`);
    default:
      return undefined;
  }
}

export const invalidValue: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.invalid-value',
  target: 'ifcfg',
  severity: 'error',
  title: t('Invalid value for the key', '键的取值无效'),
  doc: {
    description: t(
      'Addresses, prefixes, netmasks, MAC addresses, yes/no flags and enumerations have fixed forms; NetworkManager refuses a profile with an invalid one and initscripts passes it to `ip`, which fails.',
      '地址、前缀、子网掩码、MAC 地址、yes/no 开关和枚举值都有固定格式；NetworkManager 会拒绝含无效值的配置，initscripts 会把它交给 `ip` 命令，然后失败。',
    ),
    bad: 'IPADDR=192.0.2.300\nPREFIX=33',
    good: 'IPADDR=192.0.2.30\nPREFIX=24',
  },
  check(ctx, report) {
    for (const a of ctx.model.last.byKey.values()) {
      const key = ifcfgKey(a.key);
      if (!key || a.value === '' || a.problems.length) continue;
      const why = problem(key, a.value, ctx.model.dialect === 'suse');
      if (!why) continue;
      report({
        range: ctx.range(a.rawRange),
        message: t(`${a.key}: "${a.value}" is not valid; ${why.en}.`, `${a.key}："${a.value}" 无效；${why.zh}。`),
      });
    }
  },
};
