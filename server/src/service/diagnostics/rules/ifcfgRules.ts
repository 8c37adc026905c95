import type { Rule } from '../rule';
import type { IfcfgRuleContext } from '../ifcfgContext';
import { bondType } from './ifcfg/bondType';
import { bondWithoutDevice } from './ifcfg/bondWithoutDevice';
import { deviceMismatch } from './ifcfg/deviceMismatch';
import { duplicateKey } from './ifcfg/duplicateKey';
import { gatewayOutsideSubnet } from './ifcfg/gateway';
import { ignoredFileName } from './ifcfg/ignoredFileName';
import { invalidLine } from './ifcfg/invalidLine';
import { invalidValue } from './ifcfg/invalidValue';
import { invisibleCharacter } from './ifcfg/invisibleCharacter';
import { masterByUuid, masterWithoutSlave, portHasAddress, slaveWithoutMaster } from './ifcfg/port';
import { SHELL_SYNTAX_RULES } from './ifcfg/shellSyntax';
import { unknownKey } from './ifcfg/unknownKey';
import { delayNotMultiple, delayWithoutMiimon } from './opts/delays';
import { deprecatedOption } from './opts/deprecated';
import { duplicateOption } from './opts/duplicateOption';
import { gratArpMismatch } from './opts/gratArp';
import { invalidOptionValue } from './opts/invalidOptionValue';
import { malformedOption } from './opts/malformedOption';
import { arpTargets, monitorConflict, noLinkMonitoring } from './opts/monitoring';
import { nmRefusedValue } from './opts/nmRefusedValue';
import { noMode } from './opts/noMode';
import { notSettable } from './opts/notSettable';
import { ineffectiveInMode, rejectedInMode } from './opts/optionMode';
import { switchConfig, switchMismatch } from './opts/switchMode';
import { targetSkipped } from './opts/targetSkipped';
import { unknownOption } from './opts/unknownOption';
import { bondSinglePort, bondWithoutPorts } from './xfile/bondPorts';
import { masterMissing } from './xfile/masterMissing';
import { mtuMismatch } from './xfile/mtuMismatch';
import { runtimeDiffers } from './xfile/runtimeDiffers';

/** Rules for one ifcfg file: its shell syntax, its keys, the bonding options in BONDING_OPTS, and how it fits the files around it. */
export const IFCFG_RULES: readonly Rule<IfcfgRuleContext>[] = [
  ...SHELL_SYNTAX_RULES,
  invisibleCharacter,
  invalidLine,
  unknownKey,
  duplicateKey,
  invalidValue,
  bondType,
  bondWithoutDevice,
  deviceMismatch,
  portHasAddress,
  slaveWithoutMaster,
  masterWithoutSlave,
  masterByUuid,
  gatewayOutsideSubnet,
  ignoredFileName,
  unknownOption,
  malformedOption,
  invalidOptionValue,
  nmRefusedValue,
  duplicateOption,
  rejectedInMode,
  ineffectiveInMode,
  monitorConflict,
  noLinkMonitoring,
  arpTargets,
  targetSkipped,
  delayWithoutMiimon,
  delayNotMultiple,
  gratArpMismatch,
  noMode,
  switchConfig,
  switchMismatch,
  notSettable,
  deprecatedOption,
  masterMissing,
  bondWithoutPorts,
  bondSinglePort,
  mtuMismatch,
  runtimeDiffers,
];
