import type { ModeNumber } from './modes';
import type { BondOption, NormalizedValue } from './options';

/**
 * What wicked does with an option in a mode, as data. A SUSE bond's options never reach the kernel unchecked:
 * client/suse/compat-suse.c `try_bonding` runs src/bonding.c `ni_bonding_validate` on the options it has just
 * parsed, and on a complaint logs "ifcfg-<name>: bonding validation: …" and fails the whole interface
 * configuration, as for an option it cannot parse. The options that pass are then sent over netlink by
 * src/ifconfig.c `__ni_rtnl_link_put_bond`, whose table gives some attributes a mode mask: outside it the attribute
 * is skipped ("skip attr … -- bond in mode …"), so the kernel never sees it and cannot refuse it. Netlink is
 * wicked's default (src/config.c `ni_config_bonding_ctl`); sysfs only when wicked's own configuration asks for it.
 */

/** A value wicked still accepts in the modes of a refusal, in the option table's spelling (enum name or number). */
export type WickedAccepts =
  | { readonly only: string }
  | { readonly atMost: number }
  | { readonly not: string };

export interface WickedModeRefusal {
  /** Kernel name in the option table (`num_unsol_na` also covers wicked's separate but identical `num_grat_arp`). */
  readonly option: string;
  readonly modes: readonly ModeNumber[];
  /** Absent: wicked refuses every value in these modes. */
  readonly accepts?: WickedAccepts;
  /** The refusal holds only when the file also sets this option (ARP monitoring is judged only with arp_interval). */
  readonly withOption?: string;
}

/**
 * `ni_bonding_validate`, one row per check that ties an option to a mode. The monitoring switch comes first: with
 * arp_interval and without miimon it refuses 802.3ad/tlb/alb ("invalid arp monitoring in balance-tlb/-alb or
 * 802.3ad mode") and arp_validate other than none outside active-backup; with miimon too it refuses the mix, and
 * with miimon alone it refuses any ARP target. So arp_interval and arp_ip_target never pass in 802.3ad/tlb/alb,
 * while arp_validate and arp_all_targets are judged only together with arp_interval.
 */
export const WICKED_MODE_REFUSALS: readonly WickedModeRefusal[] = [
  // "invalid xmit hash policy and mode combination": tlb/alb too, which the kernel does use it in.
  { option: 'xmit_hash_policy', modes: [0, 1, 3, 5, 6], accepts: { only: 'layer2' } },
  // "lacp rate only valid in ieee802-3ad mode", "ad-select only valid …", "min-links option valid only …"
  { option: 'lacp_rate', modes: [0, 1, 2, 3, 5, 6], accepts: { only: 'slow' } },
  { option: 'ad_select', modes: [0, 1, 2, 3, 5, 6], accepts: { only: 'stable' } },
  { option: 'min_links', modes: [0, 1, 2, 3, 5, 6], accepts: { only: '0' } },
  // "resend IGMP count is not valid in this mode"
  { option: 'resend_igmp', modes: [2, 3, 4], accepts: { atMost: 1 } },
  // "fail-over-mac only valid in active-backup mode", "gratuitous ARP count valid in active-backup only",
  // "unsolicited IPv6-NA count valid in active-backup only"
  { option: 'fail_over_mac', modes: [0, 2, 3, 4, 5, 6], accepts: { only: 'none' } },
  { option: 'num_unsol_na', modes: [0, 2, 3, 4, 5, 6], accepts: { atMost: 1 } },
  // "primary reselect is not supported in current bonding mode", "primary slave …", "active slave …"
  { option: 'primary_reselect', modes: [0, 2, 3, 4], accepts: { only: 'always' } },
  { option: 'primary', modes: [0, 2, 3, 4] },
  { option: 'active_slave', modes: [0, 2, 3, 4] },
  // "packets per slave is valid in balance-rr mode only"
  { option: 'packets_per_slave', modes: [1, 2, 3, 4, 5, 6], accepts: { only: '1' } },
  // "tlb dynamic lb 0 is valid in balance-tlb mode only": balance-alb too, where the kernel allows it.
  { option: 'tlb_dynamic_lb', modes: [0, 1, 2, 3, 4, 6], accepts: { not: '0' } },
  { option: 'arp_interval', modes: [4, 5, 6] },
  { option: 'arp_ip_target', modes: [4, 5, 6] },
  { option: 'arp_validate', modes: [4, 5, 6], withOption: 'arp_interval' },
  { option: 'arp_all_targets', modes: [4, 5, 6], withOption: 'arp_interval' },
  // "arp validate is valid in active-backup mode only"
  { option: 'arp_validate', modes: [0, 2, 3], accepts: { only: 'none' }, withOption: 'arp_interval' },
];

/** `__ni_rtnl_link_put_bond`'s mode masks: the modes in which wicked sends the option; others are sent in every mode. */
const WICKED_SENT_IN_MODES: ReadonlyMap<string, readonly ModeNumber[]> = new Map<string, readonly ModeNumber[]>([
  ['arp_interval', [0, 1, 2, 3]],
  ['arp_validate', [0, 1, 2, 3]],
  ['lacp_rate', [4]],
  ['ad_select', [4]],
  ['ad_actor_sys_prio', [4]],
  ['ad_user_port_key', [4]],
  ['ad_actor_system', [4]],
  ['xmit_hash_policy', [2, 4, 5]],
  ['primary', [1, 5, 6]],
  ['active_slave', [1, 5, 6]],
  ['tlb_dynamic_lb', [5]],
  ['packets_per_slave', [0]],
]);

function matches(value: NormalizedValue, spelled: string): boolean {
  if (value.kind === 'enum') return value.name === spelled || String(value.number) === spelled;
  return value.kind === 'int' && String(value.value) === spelled;
}

function accepted(accepts: WickedAccepts, value: NormalizedValue): boolean {
  if ('only' in accepts) return matches(value, accepts.only);
  if ('not' in accepts) return !matches(value, accepts.not);
  return value.kind === 'int' && value.value <= accepts.atMost;
}

/**
 * The check of `ni_bonding_validate` that refuses `value` for `option` in `mode`, if any. `isSet` says whether the
 * file sets another option (by kernel name).
 */
export function wickedModeRefusal(option: BondOption, mode: ModeNumber, value: NormalizedValue, isSet: (name: string) => boolean): WickedModeRefusal | undefined {
  return WICKED_MODE_REFUSALS.find(
    (r) => r.option === option.name && r.modes.includes(mode) && (!r.withOption || isSet(r.withOption)) && (!r.accepts || !accepted(r.accepts, value)),
  );
}

/** wicked sends the option to the kernel when the bond is in `mode` (`__ni_rtnl_link_put_bond`). */
export function wickedSendsInMode(option: BondOption, mode: ModeNumber): boolean {
  return WICKED_SENT_IN_MODES.get(option.name)?.includes(mode) ?? true;
}
