import { fill, t, type Text } from './text';

// source: IEEE 802 address bits (I/G = bit 0 of the first octet, U/L = bit 1); IANA 00:00:5e:00:01:xx (VRRP IPv4) and
// 00:00:5e:00:02:xx (VRRP IPv6, RFC 5798); 01:80:c2:00:00:02 = lacpdu_mcast_addr in bond_3ad.c; sos clean
// (sosreport/sos sos/cleaner/mappings/mac_map.py SoSMacMap): obfuscated addresses start with 53:4f:53, "SOS" in ASCII.

export type MacClassId =
  | 'zero'
  | 'masked'
  | 'sosObfuscated'
  | 'broadcast'
  | 'lacpMulticast'
  | 'vrrpV4'
  | 'vrrpV6'
  | 'multicast'
  | 'local'
  | 'universal'
  | 'nonEthernet'
  | 'invalid';

export interface MacClass {
  readonly id: MacClassId;
  /** Text with the details of this address filled in. */
  readonly text: Text;
  /** VRRP virtual router id, for vrrpV4 / vrrpV6. */
  readonly vrid?: number;
  /** First three octets, lowercase, for universal addresses. */
  readonly oui?: string;
  /** Number of octets, for nonEthernet. */
  readonly length?: number;
}

function vrrp(family: string): Text {
  return t(
    `IANA VRRP (${family}) virtual router MAC, VRID {vrid}. As an LACP partner system MAC it is a virtual address shared by a switch pair (MLAG / virtual chassis).`,
    `IANA VRRP（${family}）虚拟路由器 MAC，VRID {vrid}。作为 LACP 对端系统 MAC 时，它是一对交换机（MLAG / 虚拟机框）共用的虚拟地址。`,
  );
}

export const MAC_CLASS_TEXT: Readonly<Record<MacClassId, Text>> = {
  zero: t(
    'All-zero address: no address. As a partner MAC: no LACPDU is being received on the port (none arrived, or they stopped and the partner record timed out to its default).',
    '全零地址：没有地址。作为对端 MAC 时：该端口没有在收到 LACPDU（从未收到，或 LACPDU 中断后对端记录已超时回落为默认值）。',
  ),
  masked: t('Masked address: the real value was removed before the text was shared; nothing can be concluded from it.', '已遮盖的地址：分享前真实值已被去除，无法据此得出结论。'),
  sosObfuscated: t(
    'Address obfuscated by `sos clean` (prefix 53:4f:53, "SOS"): the same real MAC always maps to the same value within one report, but it is not the real MAC.',
    '由 `sos clean` 混淆的地址（前缀 53:4f:53，即 "SOS"）：同一报告内同一真实 MAC 总映射为同一值，但它不是真实 MAC。',
  ),
  broadcast: t('Broadcast address.', '广播地址。'),
  lacpMulticast: t('Slow Protocols multicast address 01:80:c2:00:00:02: the destination of LACPDUs.', '慢协议组播地址 01:80:c2:00:00:02：LACPDU 的目的地址。'),
  vrrpV4: vrrp('IPv4'),
  vrrpV6: vrrp('IPv6'),
  multicast: t('Group (multicast) address: the I/G bit is set, so it cannot be an interface\'s own address.', '组（组播）地址：I/G 位已置位，不可能是某个接口自身的地址。'),
  local: t(
    'Locally administered address (U/L bit set): assigned by software (a bond, VM, container, ad_actor_system…), not by the hardware vendor.',
    '本地管理地址（U/L 位已置位）：由软件分配（bond、虚拟机、容器、ad_actor_system 等），而非硬件厂商烧录。',
  ),
  universal: t('Universally administered address; vendor OUI {oui}.', '全球唯一管理地址；厂商 OUI 为 {oui}。'),
  nonEthernet: t('{length}-byte hardware address: not Ethernet (InfiniBand uses 20 bytes).', '{length} 字节的硬件地址：不是以太网地址（InfiniBand 为 20 字节）。'),
  invalid: t('Not a hardware address.', '不是硬件地址。'),
};

type Bare = Omit<MacClass, 'text'>;

const cls = (id: MacClassId, extra: Omit<Bare, 'id'> = {}): Bare => ({ id, ...extra });

function withText(c: Bare): MacClass {
  const params: Record<string, string | number> = {};
  if (c.vrid !== undefined) params['vrid'] = c.vrid;
  if (c.oui !== undefined) params['oui'] = c.oui;
  if (c.length !== undefined) params['length'] = c.length;
  // most classes have no placeholder: their text is taken as it is
  return { ...c, text: Object.keys(params).length > 0 ? fill(MAC_CLASS_TEXT[c.id], params) : MAC_CLASS_TEXT[c.id] };
}

// Placeholders people type when they hide a MAC: xx, XX, ##, **, and single-character variants.
const MASK_OCTET = /^(?:[xX#*?]{1,2}|[0-9a-fA-F][xX#*?]|[xX#*?][0-9a-fA-F])$/;
const HEX_OCTET = /^[0-9a-fA-F]{1,2}$/;

/**
 * Classifies a hardware address as printed by the kernel (`aa:bb:cc:dd:ee:ff`) or as commonly pasted (`-` separators,
 * upper case, masked octets). Never throws. Results, most specific first:
 * - `invalid`; `masked` (any masked octet); `zero`; `nonEthernet` for lengths other than 6 (e.g. 20-byte InfiniBand);
 * - `sosObfuscated` alone (its first octet 0x53 happens to have the I/G and U/L bits set, which mean nothing there);
 * - `broadcast`, `lacpMulticast` (each with `multicast`), `vrrpV4` / `vrrpV6` (these replace `universal`);
 * - otherwise `multicast` and/or `local`, or `universal` with the OUI.
 */
export function classifyMac(mac: string): MacClass[] {
  return classes(mac).map(withText);
}

/** The classes without their texts: rules ask for the class of every address in a dump. */
function classes(mac: string): Bare[] {
  const parts = mac.trim().split(/[:\-]/);
  if (parts.length < 2 || parts.some((p) => p.length === 0 || p.length > 2)) return [cls('invalid')];
  if (parts.some((p) => !HEX_OCTET.test(p))) {
    return parts.every((p) => HEX_OCTET.test(p) || MASK_OCTET.test(p)) ? [cls('masked')] : [cls('invalid')];
  }
  const bytes = parts.map((p) => parseInt(p, 16));
  if (bytes.every((b) => b === 0)) return [cls('zero')];
  if (bytes.length !== 6) return [cls('nonEthernet', { length: bytes.length })];

  const [b0, b1, b2, b3, b4, b5] = bytes as [number, number, number, number, number, number];
  if (b0 === 0x53 && b1 === 0x4f && b2 === 0x53) return [cls('sosObfuscated')];
  if (bytes.every((b) => b === 0xff)) return [cls('broadcast'), cls('multicast')];
  if (b0 === 0x01 && b1 === 0x80 && b2 === 0xc2 && b3 === 0 && b4 === 0 && b5 === 0x02) return [cls('lacpMulticast'), cls('multicast')];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x5e && b3 === 0x00 && b4 === 0x01) return [cls('vrrpV4', { vrid: b5 })];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x5e && b3 === 0x00 && b4 === 0x02) return [cls('vrrpV6', { vrid: b5 })];

  const out: Bare[] = [];
  if (b0 & 0x01) out.push(cls('multicast'));
  if (b0 & 0x02) out.push(cls('local'));
  if (out.length === 0) out.push(cls('universal', { oui: parts.slice(0, 3).map((p) => p.toLowerCase().padStart(2, '0')).join(':') }));
  return out;
}

/** Recent answers of primaryMacClass: a dump repeats the same few addresses on every port. */
const recent = new Map<string, MacClassId>();

/** Convenience for rules: the first (most specific) class. */
export function primaryMacClass(mac: string): MacClassId {
  let id = recent.get(mac);
  if (id === undefined) {
    id = classes(mac)[0]!.id;
    if (recent.size >= 256) recent.clear();
    recent.set(mac, id);
  }
  return id;
}
