import { t, type Text } from './text';

// Operational key layout (bond_3ad.c, unchanged since the oldest source read):
//   bit 0       duplex (1 = full)          AD_DUPLEX_KEY_MASKS 0x1
//   bits 1–5    link speed code            AD_SPEED_KEY_MASKS  0x3E
//   bits 6–15   ad_user_port_key           AD_USER_KEY_MASKS   0xFFC0
// ad_update_actor_keys() writes (speed << 1) | duplex; on link down it resets both to 0 (only the user key stays).
// Speeds the kernel does not know map to speed code 0.
//
// The speed-code numbering changed several times, so one key value means different speeds in different kernels.
// source: shared/reference/procfs-lines.md §3.2 (git blame of the enum quoted on netdev, 28 Nov 2025), plus:
//   - era A: torvalds/linux drivers/net/bonding/bond_3ad.c d34c353cd40f (bitmask values).
//   - era B: Realme-2-Pro-Resources/kernel_realme_sdm660 (Makefile 4.4.263) drivers/net/bonding/bond_3ad.c fc8f23e905ca
//     and halfline/rhel7 (RHEL 7, 3.10) bond_3ad.c 009109f0be35: 1M..40G then 56G = 9, no 100G. The 56G line is
//     blamed on 3952af4d5034 only because that commit added the trailing comma; 56G itself is older (commit unverified).
//   - era E: Huawei-Dev/android_kernel_huawei_kirin980 (a 4.9 tree) bond_3ad.c 369ce9b14b20 and
//     ctrliq/kernel-src-tree bond_3ad.c 13b88b48caec: 1M..100G with 5G/14G/25G/50G (14 codes).
//   - era G: 41305d3781d7 "bonding: 3ad: Add support for 800G speed", listed in "[GIT PULL] Networking for 6.2"
//     (netdev, 13 Dec 2022) — confirmed first release 6.2.
//   - era F: ab73447c38e4 / 138e3b3cc0bb applied to net-next on 10–11 Feb 2021, days before 5.11 was released →
//     5.12 (inferred from the merge window).
//   - era H: 5fb9a0b89e2a "bonding: 3ad: Add support for 1600G speed" applied to net-next 21 Nov 2025 → 6.19
//     (inferred: 6.18 was released after that).
//   - era I: 2e62e5565bd2 "bonding: 3ad: Add support for SPEED_80000" (v3 posted 15 Jan 2026, applied to net-next in
//     late January 2026, on top of the 1.6T change) → the release after 6.19, named 7.0 (inferred).
//   - eras B, C, E first releases are inferred from author dates (Nov 2014 → 3.19, Dec 2015 → 4.5,
//     June 2017 net fixes carrying Fixes: tags → 4.12). Era D (25G inserted, 19ddde1eeca1, Mar 2017) may have shipped
//     only in 4.11 or in no release at all: unverified.

export type KeyEraId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I';

export interface KeyEra {
  readonly id: KeyEraId;
  /** Kernels that use this numbering; `≈` marks an inferred boundary. */
  readonly label: Text;
  /** Speed code (the value of bits 1–5) → link speed in Mbps. Era A's codes are single bits. */
  readonly codes: ReadonlyMap<number, number>;
  /** Era A stores a bitmask in bits 1–5, later eras a sequential number. */
  readonly bitmask: boolean;
  /** First and last mainline release (major.minor) of the era, as far as established. */
  readonly firstMainline?: string;
  readonly lastMainline?: string;
  /** True when a boundary of the era is inferred from dates rather than read in a release. */
  readonly inferred: boolean;
  readonly source: string;
}

const MBPS = {
  '1M': 1,
  '10M': 10,
  '100M': 100,
  '1G': 1000,
  '2.5G': 2500,
  '5G': 5000,
  '10G': 10000,
  '14G': 14000,
  '20G': 20000,
  '25G': 25000,
  '40G': 40000,
  '50G': 50000,
  '56G': 56000,
  '80G': 80000,
  '100G': 100000,
  '200G': 200000,
  '400G': 400000,
  '800G': 800000,
  '1.6T': 1600000,
} as const;

type SpeedName = keyof typeof MBPS;

/** Codes numbered from 1 in enum order (AD_LINK_SPEED_1MBPS = 1). */
function sequential(names: readonly SpeedName[]): ReadonlyMap<number, number> {
  return new Map(names.map((n, i) => [i + 1, MBPS[n]]));
}

const B_SPEEDS: readonly SpeedName[] = ['1M', '10M', '100M', '1G', '2.5G', '10G', '20G', '40G', '56G'];
const E_SPEEDS: readonly SpeedName[] = ['1M', '10M', '100M', '1G', '2.5G', '5G', '10G', '14G', '20G', '25G', '40G', '50G', '56G', '100G'];

export const KEY_ERAS: readonly KeyEra[] = [
  {
    id: 'A',
    label: t('kernels before ≈3.19 (bitmask speeds)', '≈3.19 之前的内核（速率为位掩码）'),
    // AD_LINK_SPEED_BITMASK_*: 1M 0x1 (defined, no ethtool speed maps to it), 10M 0x2, 100M 0x4, 1G 0x8, 10G 0x10.
    codes: new Map([
      [0x1, 1],
      [0x2, 10],
      [0x4, 100],
      [0x8, 1000],
      [0x10, 10000],
    ]),
    bitmask: true,
    lastMainline: '3.18',
    inferred: true,
    source: 'torvalds/linux drivers/net/bonding/bond_3ad.c d34c353cd40f',
  },
  {
    id: 'B',
    label: t('kernels ≈3.19–4.4 (2014 numbering)', '内核 ≈3.19–4.4（2014 年编号）'),
    // 56G (9) was appended within this era: present in 4.4.y and RHEL 7 trees; absent from the Nov 2014 commits.
    codes: sequential(B_SPEEDS),
    bitmask: false,
    firstMainline: '3.19',
    lastMainline: '4.4',
    inferred: true,
    source: 'cb8dda90c28e, 424c3232b04a (Nov 2014); kernel_realme_sdm660 4.4.263 bond_3ad.c fc8f23e905ca',
  },
  {
    id: 'C',
    label: t('kernels ≈4.5–4.10 (2015 numbering, adds 100G)', '内核 ≈4.5–4.10（2015 年编号，新增 100G）'),
    codes: sequential([...B_SPEEDS, '100G']),
    bitmask: false,
    firstMainline: '4.5',
    lastMainline: '4.10',
    inferred: true,
    source: '3952af4d5034 (Dec 2015)',
  },
  {
    id: 'D',
    label: t('kernel ≈4.11, if any release shipped it (25G inserted, March 2017)', '≈4.11 内核（若有发行版采用；2017 年 3 月插入 25G）'),
    codes: sequential(['1M', '10M', '100M', '1G', '2.5G', '10G', '20G', '25G', '40G', '56G', '100G']),
    bitmask: false,
    firstMainline: '4.11',
    lastMainline: '4.11',
    inferred: true,
    source: '19ddde1eeca1 (Mar 2017); release unverified',
  },
  {
    id: 'E',
    label: t('kernels ≈4.12–5.11 (2017 numbering)', '内核 ≈4.12–5.11（2017 年编号）'),
    codes: sequential(E_SPEEDS),
    bitmask: false,
    firstMainline: '4.12',
    lastMainline: '5.11',
    inferred: true,
    source: 'c7c550670afd, 3fcd64cfa0e9 (June 2017)',
  },
  {
    id: 'F',
    label: t('kernels ≈5.12–6.1 (adds 200G, 400G)', '内核 ≈5.12–6.1（新增 200G、400G）'),
    codes: sequential([...E_SPEEDS, '200G', '400G']),
    bitmask: false,
    firstMainline: '5.12',
    lastMainline: '6.1',
    inferred: true,
    source: 'ab73447c38e4, 138e3b3cc0bb (Feb 2021)',
  },
  {
    id: 'G',
    label: t('kernels 6.2–6.18 (adds 800G)', '内核 6.2–6.18（新增 800G）'),
    codes: sequential([...E_SPEEDS, '200G', '400G', '800G']),
    bitmask: false,
    firstMainline: '6.2',
    lastMainline: '6.18',
    inferred: false,
    source: '41305d3781d7 (Oct 2022, in the 6.2 networking pull)',
  },
  {
    id: 'H',
    label: t('kernel ≈6.19 (adds 1.6T)', '≈6.19 内核（新增 1.6T）'),
    codes: sequential([...E_SPEEDS, '200G', '400G', '800G', '1.6T']),
    bitmask: false,
    firstMainline: '6.19',
    lastMainline: '6.19',
    inferred: true,
    source: '5fb9a0b89e2a (Nov 2025)',
  },
  {
    id: 'I',
    label: t('kernels ≈7.0 and later (80G inserted: codes from 100G up shift by one)', '≈7.0 及之后的内核（插入 80G：100G 及以上的编码后移一位）'),
    codes: sequential(['1M', '10M', '100M', '1G', '2.5G', '5G', '10G', '14G', '20G', '25G', '40G', '50G', '56G', '80G', '100G', '200G', '400G', '800G', '1.6T']),
    bitmask: false,
    firstMainline: '7.0',
    inferred: true,
    source: '2e62e5565bd2 (Jan 2026)',
  },
];

export function keyEraById(id: string): KeyEra | undefined {
  return KEY_ERAS.find((e) => e.id === id);
}

function eras(...ids: KeyEraId[]): KeyEra[] {
  return ids.map((id) => KEY_ERAS.find((e) => e.id === id)!);
}

export const KEY_LAYOUT_TEXT = t(
  'LACP key: bit 0 = duplex (1 full), bits 1–5 = speed code, bits 6–15 = ad_user_port_key. The speed-code numbering depends on the kernel.',
  'LACP key：位 0 = 双工（1 为全双工），位 1–5 = 速率编码，位 6–15 = ad_user_port_key。速率编码的含义取决于内核版本。',
);

/** Speed code 0 is no speed in every numbering (ad_update_actor_keys, __get_link_speed). */
export const KEY_NO_SPEED_TEXT = t(
  'Speed code 0 means no speed in every numbering: the port\'s link is down (the kernel then resets speed and duplex to 0) or the kernel does not know its speed.',
  '速率编码 0 在任何编号中都表示无速率：端口链路已断开（内核此时将速率和双工都清零），或内核不知道其速率。',
);

export const PARTNER_KEY_TEXT = t(
  'The partner key is chosen by the switch: its value has no meaning on this side. It must be the same on every port of one aggregator.',
  '对端 key 由交换机自行选择，在本端没有可解读的含义。同一聚合组中的所有端口上它必须相同。',
);

// ---------------------------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------------------------

export interface DecodedKey {
  readonly fullDuplex: boolean;
  /** Value of bits 1–5. */
  readonly speedCode: number;
  /** Undefined when the code is 0 or the era has no speed for it. */
  readonly speedMbps: number | undefined;
  readonly userKey: number;
}

export function decodeKey(key: number, era: KeyEra): DecodedKey {
  const k = Number.isFinite(key) ? Math.trunc(key) & 0xffff : 0;
  const speedCode = (k & 0x3e) >> 1;
  return {
    fullDuplex: (k & 0x1) === 1,
    speedCode,
    speedMbps: speedCode === 0 ? undefined : era.codes.get(speedCode),
    userKey: (k & 0xffc0) >> 6,
  };
}

/** The key a port of this speed, duplex and user key gets in `era`; undefined when the era has no code for the speed. */
export function keysForSpeed(mbps: number, fullDuplex: boolean, userKey: number, era: KeyEra): number | undefined {
  let code: number | undefined;
  for (const [c, m] of era.codes) if (m === mbps) code = c;
  if (code === undefined || !Number.isInteger(userKey) || userKey < 0 || userKey > 0x3ff) return undefined;
  return (userKey << 6) | (code << 1) | (fullDuplex ? 1 : 0);
}

/** Speed (Mbps) → key with user key 0, full duplex; handy for tables and hovers. */
export function fullDuplexKey(mbps: number, era: KeyEra): number | undefined {
  return keysForSpeed(mbps, true, 0, era);
}

// ---------------------------------------------------------------------------------------------------------------
// Era from the header line
// ---------------------------------------------------------------------------------------------------------------

// Order used when nothing is known: roughly how common dumps of each era are in tickets.
const ALL_BY_LIKELIHOOD: readonly KeyEraId[] = ['E', 'F', 'G', 'C', 'B', 'A', 'H', 'I', 'D'];

type MajorMinor = readonly [number, number];

function atLeast(v: MajorMinor, major: number, minor: number): boolean {
  return v[0] > major || (v[0] === major && v[1] >= minor);
}

function mainlineEra(v: MajorMinor): KeyEraId[] {
  if (!atLeast(v, 3, 19)) return ['A'];
  if (!atLeast(v, 4, 5)) return ['B'];
  // 4.9 is a long-term branch: a 4.9-based tree carries the 2017 numbering, so later 4.9.y may use E.
  if (v[0] === 4 && v[1] === 9) return ['C', 'E'];
  if (!atLeast(v, 4, 11)) return ['C'];
  if (!atLeast(v, 4, 12)) return ['C', 'D', 'E'];
  if (!atLeast(v, 5, 12)) return ['E'];
  if (!atLeast(v, 6, 2)) return ['F'];
  if (!atLeast(v, 6, 19)) return ['G'];
  if (!atLeast(v, 7, 0)) return ['H'];
  return ['I'];
}

/** The era after `id` whose codes extend it (a backport of the next speed additions keeps old codes valid). */
const NEXT_COMPATIBLE: Partial<Record<KeyEraId, KeyEraId>> = { B: 'C', E: 'F', F: 'G', G: 'H' };

/**
 * Candidate key eras for the text after `Ethernet Channel Bonding Driver: `, most likely first.
 *
 * - Driver-version headers (`v3.7.1 (April 27, 2011)`) name the bonding driver, not the kernel: 3.7.1 was printed
 *   from ≈3.0 until the version was dropped (≈5.7), and by early RHEL 8 kernels, so every era of that span is a
 *   candidate. Older driver versions (≤ 3.7.0, 2010 and before) all predate the 2014 renumbering.
 * - Release headers (`v6.8.0-54-generic`) are mapped by major.minor. Red Hat style releases (`.el7`/`.el8`/`.el9`/
 *   `.el10`) backport heavily, so they get two or more candidates; so does any release older than 5.7, since mainline
 *   printed a driver version then and only a vendor kernel prints a release there.
 * - No header, or one that cannot be read: every era.
 */
export function eraForRelease(release: string | undefined): KeyEra[] {
  const text = (release ?? '').trim().replace(/^v/i, '');
  if (!text) return eras(...ALL_BY_LIKELIHOOD);

  const driver = /^(\d+)\.(\d+)\.(\d+)\s*\(([^)]*)\)/.exec(text);
  if (driver && Number(driver[1]) <= 3) {
    const [maj, min, patch] = [Number(driver[1]), Number(driver[2]), Number(driver[3])];
    if (maj === 3 && (min > 7 || (min === 7 && patch >= 1))) return eras('E', 'C', 'B', 'A', 'D');
    return eras('A');
  }

  const m = /^(\d+)\.(\d+)(?=$|[.\-+_~\s(])/.exec(text);
  if (!m) return eras(...ALL_BY_LIKELIHOOD);
  const v: MajorMinor = [Number(m[1]), Number(m[2])];

  const el = /\.el(\d+)/i.exec(text);
  if (el) {
    switch (Number(el[1])) {
      case 7:
        return eras('C', 'E');
      case 8:
        return eras('E', 'F');
      case 9:
        return eras('F', 'G');
      case 10:
        return eras('G', 'H', 'I');
    }
  }

  const ids = mainlineEra(v);
  if (!atLeast(v, 5, 7) && atLeast(v, 3, 0)) {
    const next = NEXT_COMPATIBLE[ids[ids.length - 1]!];
    if (next && !ids.includes(next)) ids.push(next);
  }
  return eras(...ids);
}
