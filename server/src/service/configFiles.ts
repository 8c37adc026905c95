/**
 * The half of the service that reads configuration files (ifcfg files and their BONDING_OPTS): the option and key
 * tables, the model, the rules, hover and completion. The rest of the service reaches it through `configFiles()`
 * (configHalf.ts) only.
 */
export { ifcfgModel, ifcfgModelSteps } from '../model/ifcfgModel';
export { IFCFG_RULES } from './diagnostics/rules/ifcfgRules';
export { ifcfgContext } from './diagnostics/ifcfgContext';
export { keepCheckedFixes } from './diagnostics/ifcfgFixCheck';
export { completion } from './completion';
export { ifcfgHover } from './ifcfgHover';
/** Every rule, the dump rules included: what a settings file may name. */
export { ALL_RULES, RULE_CODES } from './diagnostics/rules/all';
export { isIneffectiveInMode, optionByName, suggest } from '../knowledge/options';
