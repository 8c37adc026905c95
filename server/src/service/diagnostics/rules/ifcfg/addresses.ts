import { parseIpv4, parseIpv6 } from '../../../../knowledge/options';

/** Netmask → prefix length, undefined when the ones are not contiguous. */
export function netmaskPrefix(mask: string): number | undefined {
  const o = parseIpv4(mask);
  if (!o) return undefined;
  const bits = o.map((x) => x.toString(2).padStart(8, '0')).join('');
  return /^1*0*$/.test(bits) ? bits.indexOf('0') < 0 ? 32 : bits.indexOf('0') : undefined;
}

export function ipv4ToInt(s: string): number | undefined {
  const o = parseIpv4(s);
  return o ? ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0 : undefined;
}

export function sameSubnet(a: string, b: string, prefix: number): boolean {
  const x = ipv4ToInt(a);
  const y = ipv4ToInt(b);
  if (x === undefined || y === undefined) return true;
  const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
  return (x & mask) === (y & mask);
}

export function validIpv6Cidr(s: string): boolean {
  const [addr, prefix, ...rest] = s.split('/');
  if (rest.length || !addr || !parseIpv6(addr)) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128);
}

export function validIpv4Cidr(s: string): boolean {
  const [addr, prefix, ...rest] = s.split('/');
  if (rest.length || !addr || !parseIpv4(addr)) return false;
  return prefix === undefined || (/^\d{1,2}$/.test(prefix) && Number(prefix) <= 32);
}
