import type { Rule } from '../rule';
import { docTooLarge } from './docTooLarge';
import { docTooManyFindings } from './docTooManyFindings';
import { docUnknownDirectiveRule } from './docUnknownDirectiveRule';
import { docUnusedDirective } from './docUnusedDirective';
import { IFCFG_RULES } from './ifcfgRules';
import { PROC_DOCUMENT_RULES, PROC_RULES } from '.';

/** Every rule, for docs, `bondlint rules` and the settings schema. */
export const ALL_RULES: readonly Rule<never>[] = [docTooLarge, docTooManyFindings, docUnknownDirectiveRule, docUnusedDirective, ...PROC_RULES, ...PROC_DOCUMENT_RULES, ...IFCFG_RULES] as readonly Rule<never>[];

/** Every rule's code: what settings, `--rule` and `# bondlint` comments may name. */
export const RULE_CODES: readonly string[] = ALL_RULES.map((r) => r.code);
