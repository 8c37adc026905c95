import type { Rule } from '../rule';
import type { ProcRuleContext } from '../procContext';
import { docTooLarge } from './docTooLarge';
import { IFCFG_RULES } from './ifcfgRules';
import { activeNotPrimary, activeSlaveDown } from './proc/activeSlave';
import { aggregatorMismatch } from './proc/aggregatorMismatch';
import { aggregatorPortsBelowUp } from './proc/aggregatorPortsBelowUp';
import { churnMonitoring, churned } from './proc/churned';
import { actorKeyMismatch, partnerMismatch } from './proc/lacpConsistency';
import { linkFailures } from './proc/linkFailures';
import { minLinksUnmet } from './proc/minLinks';
import { delayNotMultiple, noLinkMonitoring } from './proc/monitoring';
import { noActiveAggregator } from './proc/noActiveAggregator';
import { noLacpPartner } from './proc/noLacpPartner';
import { portNotDistributing } from './proc/portNotDistributing';
import { slaveDown } from './proc/slaveDown';
import { halfDuplex, speedMismatch, speedUnknown } from './proc/speed';
import { switchConfig, switchMismatch } from './proc/switchConfig';
import { unrecognisedLine } from './proc/unrecognisedLine';

export const PROC_RULES: readonly Rule<ProcRuleContext>[] = [
  noActiveAggregator,
  aggregatorMismatch,
  aggregatorPortsBelowUp,
  noLacpPartner,
  churned,
  churnMonitoring,
  portNotDistributing,
  actorKeyMismatch,
  partnerMismatch,
  minLinksUnmet,
  slaveDown,
  linkFailures,
  speedMismatch,
  halfDuplex,
  speedUnknown,
  noLinkMonitoring,
  delayNotMultiple,
  activeSlaveDown,
  activeNotPrimary,
  switchConfig,
  switchMismatch,
  unrecognisedLine,
];

/** Every rule, for docs, `bondlint rules` and the settings schema. */
export const ALL_RULES: readonly Rule<never>[] = [docTooLarge, ...PROC_RULES, ...IFCFG_RULES] as readonly Rule<never>[];

export { IFCFG_RULES };
