import { t, type Text } from './text';

/** What the switch ports facing the bond must be configured for. */
export type SwitchNeed = 'none' | 'static' | 'lacp';

export type ModeNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface BondMode {
  readonly number: ModeNumber;
  /** Name accepted by the kernel (`mode=` value, sysfs). */
  readonly name: string;
  /** Text after `Bonding Mode:` in /proc/net/bonding (bond_mode_name()). */
  readonly procText: string;
  readonly switchNeed: SwitchNeed;
  /** Modes that use primary / active slave (bond_uses_primary): active-backup, balance-tlb, balance-alb. */
  readonly usesPrimary: boolean;
  readonly summary: Text;
}

export const MODES: readonly BondMode[] = [
  {
    number: 0,
    name: 'balance-rr',
    procText: 'load balancing (round-robin)',
    switchNeed: 'static',
    usesPrimary: false,
    summary: t(
      'Round-robin: packets go out on each port in turn. One flow can use every port, but packets may arrive out of order.',
      '轮询：数据包依次从各端口发出。单个流可以用满所有端口，但数据包可能乱序到达。',
    ),
  },
  {
    number: 1,
    name: 'active-backup',
    procText: 'fault-tolerance (active-backup)',
    switchNeed: 'none',
    usesPrimary: true,
    summary: t('Active-backup: one port carries all traffic; another takes over when it fails. No load balancing.', '主备：一个端口承载全部流量，它故障时由另一个端口接替。不做负载均衡。'),
  },
  {
    number: 2,
    name: 'balance-xor',
    procText: 'load balancing (xor)',
    switchNeed: 'static',
    usesPrimary: false,
    summary: t('XOR: each flow is sent on the port chosen by the transmit hash policy.', '异或：每个流由发送哈希策略选定的端口发送。'),
  },
  {
    number: 3,
    name: 'broadcast',
    procText: 'fault-tolerance (broadcast)',
    switchNeed: 'static',
    usesPrimary: false,
    summary: t('Broadcast: every packet is sent on every port.', '广播：每个数据包都从所有端口发送。'),
  },
  {
    number: 4,
    name: '802.3ad',
    procText: 'IEEE 802.3ad Dynamic link aggregation',
    switchNeed: 'lacp',
    usesPrimary: false,
    summary: t(
      '802.3ad (LACP): ports negotiate an aggregation with the switch; flows are spread by the transmit hash policy.',
      '802.3ad（LACP）：端口与交换机协商链路聚合，流量按发送哈希策略分布。',
    ),
  },
  {
    number: 5,
    name: 'balance-tlb',
    procText: 'transmit load balancing',
    switchNeed: 'none',
    usesPrimary: true,
    summary: t(
      'Transmit load balancing: outgoing traffic is spread over the ports; incoming traffic arrives on the current active port.',
      '发送负载均衡：出站流量分布到各端口，入站流量由当前活动端口接收。',
    ),
  },
  {
    number: 6,
    name: 'balance-alb',
    procText: 'adaptive load balancing',
    switchNeed: 'none',
    usesPrimary: true,
    summary: t(
      'Adaptive load balancing: balance-tlb plus receive balancing by ARP negotiation (IPv4 only).',
      '自适应负载均衡：在 balance-tlb 基础上通过 ARP 协商实现接收负载均衡（仅 IPv4）。',
    ),
  },
];

export const SWITCH_NEED_TEXT: Readonly<Record<SwitchNeed, Text>> = {
  none: t('needs no switch configuration', '无需交换机配置'),
  static: t('needs the switch ports grouped statically (EtherChannel / static trunk, no LACP)', '需要交换机端口静态聚合（EtherChannel / 静态 trunk，不运行 LACP）'),
  lacp: t('needs LACP on the switch ports (a port-channel / LAG in LACP mode)', '需要在交换机端口上启用 LACP（LACP 模式的端口聚合组）'),
};

export function modeByNumber(n: number): BondMode | undefined {
  return MODES.find((m) => m.number === n);
}

export function modeByName(name: string): BondMode | undefined {
  return MODES.find((m) => m.name === name);
}

/** The kernel parses `mode=` as a number when the value is all digits, else as an exact, case-sensitive name. */
export function modeByValue(value: string): BondMode | undefined {
  return /^\d+$/.test(value) ? modeByNumber(Number(value)) : modeByName(value);
}

export function modeByProcText(text: string): BondMode | undefined {
  return MODES.find((m) => m.procText === text);
}
