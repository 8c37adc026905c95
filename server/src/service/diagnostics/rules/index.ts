import type { Rule } from '../rule';
import type { ProcRuleContext } from '../procContext';
import { activeNotPrimary } from './proc/activeNotPrimary';
import { activeSlaveDown } from './proc/activeSlaveDown';
import { actorKeyMismatch } from './proc/actorKeyMismatch';
import { aggregatorMismatch } from './proc/aggregatorMismatch';
import { aggregatorPortsBelowUp } from './proc/aggregatorPortsBelowUp';
import { bondDown } from './proc/bondDown';
import { churnMonitoring } from './proc/churnMonitoring';
import { churned } from './proc/churned';
import { delayNotMultiple } from './proc/delayNotMultiple';
import { type DumpInOneLineContext, dumpInOneLine } from './proc/dumpInOneLine';
import { halfDuplex } from './proc/halfDuplex';
import { linkFailures } from './proc/linkFailures';
import { minLinksUnmet } from './proc/minLinks';
import { noActiveAggregator } from './proc/noActiveAggregator';
import { noLacpPartner } from './proc/noLacpPartner';
import { noLinkMonitoring } from './proc/noLinkMonitoring';
import { partnerMismatch } from './proc/partnerMismatch';
import { portNotDistributing } from './proc/portNotDistributing';
import { slaveDown } from './proc/slaveDown';
import { speedMismatch } from './proc/speedMismatch';
import { speedUnknown } from './proc/speedUnknown';
import { switchConfig } from './proc/switchConfig';
import { switchMismatch } from './proc/switchMismatch';
import { unprivilegedDump } from './proc/unprivilegedDump';
import { unrecognisedLine } from './proc/unrecognisedLine';

export const PROC_RULES: readonly Rule<ProcRuleContext>[] = [
  bondDown,
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
  unprivilegedDump,
  unrecognisedLine,
];

/** Rules on the text a dump may be hidden in, run once per document. */
export const PROC_DOCUMENT_RULES: readonly Rule<DumpInOneLineContext>[] = [dumpInOneLine];
