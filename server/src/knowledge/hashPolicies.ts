import { t, type Text } from './text';

// source: torvalds/linux Documentation/networking/bonding.rst 03c601927b67 (section "xmit_hash_policy");
// names and numbers: shared/reference/kernel-options.md (bond_options.c bond_xmit_hashtype_tbl, if_bonding.h).
// `vlansrc`: the name in the RFC patch "bonding: add a vlan+srcmac tx hashing option" (netdev, Dec 2020 – Jan 2021,
// bond_options.c hunk `{ "vlansrc", BOND_XMIT_POLICY_VLAN_SRCMAC, 0}`); renamed before 7b8fc0103bb5 was applied to
// net-next on 20 Jan 2021. A dump from a development build of that patch (4.18.0-272.el8.vstx) prints `vlansrc (5)`.

export type HashPolicyNumber = 0 | 1 | 2 | 3 | 4 | 5;

export interface HashPolicy {
  /** Name accepted by `xmit_hash_policy=` and printed in `Transmit Hash Policy: <name> (<number>)`. */
  readonly name: string;
  readonly number: HashPolicyNumber;
  /** Other names printed for the same number by some kernels. */
  readonly aliases: readonly string[];
  /** Header fields that feed the hash. */
  readonly fields: Text;
  readonly summary: Text;
  /** True / false as bonding.rst states; undefined where the document says nothing. */
  readonly lacpCompliant?: boolean;
  readonly caveats?: Text;
  readonly since?: Text;
}

/** The fields of an encap policy: those of its layer policy, read by the flow dissector. */
function dissected(layer: string): Text {
  return t(
    `As ${layer}, but the fields come from the flow dissector, which may use the inner headers of a tunnel.`,
    `与 ${layer} 相同，但字段取自 flow dissector，对隧道流量可能使用内层报文头。`,
  );
}

export const HASH_POLICIES: readonly HashPolicy[] = [
  {
    name: 'layer2',
    number: 0,
    aliases: [],
    fields: t('Last byte of the source and destination MAC, and the EtherType.', '源 MAC 与目的 MAC 的最后一个字节，以及 EtherType。'),
    summary: t('Default. All traffic to one peer MAC (for routed traffic: the gateway) uses one port.', '默认值。发往同一对端 MAC（路由流量即网关）的全部流量走同一个端口。'),
    lacpCompliant: true,
  },
  {
    name: 'layer3+4',
    number: 1,
    aliases: [],
    fields: t(
      'Source and destination IP plus the ports of TCP, UDP, UDP-Lite, SCTP and DCCP, or the SPI of ESP and AH (kernels with the encap policies; older ones take TCP and UDP ports only); an ICMP echo hashes with its identifier, an ICMP error as the packet it reports (2019, commit 58deb77cc52d); no ports for fragments and other IP protocols; non-IP traffic hashes as layer2.',
      '源/目的 IP 加 TCP、UDP、UDP-Lite、SCTP、DCCP 的端口，或 ESP、AH 的 SPI（有 encap 策略的内核；更早的内核只取 TCP、UDP 端口）；ICMP echo 连同其标识符计算，ICMP 差错报文按其报告的报文计算（2019 年，提交 58deb77cc52d）；分片报文及其他 IP 协议不计端口；非 IP 流量按 layer2 计算。',
    ),
    summary: t('Spreads connections to one peer over several ports; one connection stays on one port.', '发往同一对端的多个连接可分布到多个端口；单个连接始终走同一端口。'),
    lacpCompliant: false,
    caveats: t(
      'Not fully 802.3ad-compliant: a TCP or UDP flow that mixes fragmented and unfragmented packets is split over two ports and may arrive out of order.',
      '不完全符合 802.3ad：同一 TCP/UDP 流中既有分片又有未分片报文时，会被分到两个端口，可能乱序到达。',
    ),
  },
  {
    name: 'layer2+3',
    number: 2,
    aliases: [],
    fields: t(
      'layer2 fields plus source and destination IP (IPv6 addresses folded by ipv6_addr_hash); non-IP traffic hashes as layer2.',
      'layer2 字段加源/目的 IP（IPv6 地址先经 ipv6_addr_hash 折叠）；非 IP 流量按 layer2 计算。',
    ),
    summary: t(
      'All traffic between two IP hosts uses one port; balances better than layer2 when most traffic goes through a router.',
      '两台 IP 主机之间的全部流量走同一端口；当大部分流量经过路由器时比 layer2 更均衡。',
    ),
    lacpCompliant: true,
    since: t('bonding driver 3.2.2 (2008)', 'bonding 驱动 3.2.2（2008 年）'),
  },
  {
    name: 'encap2+3',
    number: 3,
    aliases: [],
    fields: dissected('layer2+3'),
    summary: t('Spreads tunnelled traffic by its inner flows.', '按内层流分布隧道流量。'),
  },
  {
    name: 'encap3+4',
    number: 4,
    aliases: [],
    fields: dissected('layer3+4'),
    summary: t('Spreads tunnelled connections by their inner addresses and ports.', '按内层地址和端口分布隧道中的连接。'),
    caveats: t('Uses the layer3+4 formula, so fragments of a flow hash without ports, as with layer3+4.', '采用 layer3+4 的算法，因此与 layer3+4 一样，分片报文不计端口。'),
  },
  {
    name: 'vlan+srcmac',
    number: 5,
    aliases: ['vlansrc'],
    fields: t('VLAN ID, and the vendor and device halves of the source MAC.', 'VLAN ID，以及源 MAC 的厂商部分和设备部分。'),
    summary: t(
      'Per-VLAN, per-sender balancing for a bond shared by virtual machines on their own VLANs, without LACP on the switch.',
      '面向多台虚拟机（各用自己的 VLAN）共享的 bond，按 VLAN 和发送方分布流量，交换机无需 LACP。',
    ),
    caveats: t('The destination is not hashed: everything one sender sends on one VLAN uses one port.', '不计目的地址：同一发送方在同一 VLAN 上的全部流量走同一端口。'),
    since: t('≈5.12 (commit 7b8fc0103bb5, January 2021)', '≈5.12（提交 7b8fc0103bb5，2021 年 1 月）'),
  },
];

/** Shown next to `vlansrc`, the pre-merge name of policy 5. */
export const VLANSRC_ALIAS_TEXT = t(
  '`vlansrc` is the name policy 5 had in the patch that proposed it; mainline kernels accept and print `vlan+srcmac`.',
  '`vlansrc` 是策略 5 在最初提出的补丁中的名称；主线内核接受并显示的是 `vlan+srcmac`。',
);

/**
 * Where the policy is used at all: bond_mode_uses_xmit_hash, and balance-tlb's bond_xmit_tlb_slave_get, which hashes
 * IPv4/IPv6 flows with it also when tlb_dynamic_lb=1 (the hash then picks a bucket that tlb_choose_channel places by load).
 */
export const HASH_POLICY_SCOPE_TEXT = t(
  'Used by balance-xor and 802.3ad, by balance-tlb (with tlb_dynamic_lb=1 it groups IPv4/IPv6 flows into buckets that are then placed by load), and by balance-alb only with tlb_dynamic_lb=0; other modes ignore it. It only chooses the port for outgoing traffic; the switch chooses for incoming traffic.',
  '用于 balance-xor、802.3ad 和 balance-tlb（tlb_dynamic_lb=1 时用于把 IPv4/IPv6 流分入按负载分配的哈希桶），balance-alb 仅在 tlb_dynamic_lb=0 时使用；其他模式忽略它。它只决定出方向流量走哪个端口，入方向由交换机决定。',
);

export function hashPolicyByName(name: string): HashPolicy | undefined {
  return HASH_POLICIES.find((p) => p.name === name || p.aliases.includes(name));
}

export function hashPolicyByNumber(n: number): HashPolicy | undefined {
  return HASH_POLICIES.find((p) => p.number === n);
}
