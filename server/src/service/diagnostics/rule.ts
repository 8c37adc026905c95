import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Text } from '../../knowledge/text';
import type { BondingSettings } from '../settings';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Fix {
  readonly title: Text;
  readonly edits: readonly TextEdit[];
  /** Safe fixes keep the meaning the user wrote and may be applied without review (`bondlint --fix`). */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

export interface Related {
  readonly uri?: string;
  readonly range: Range;
  readonly message: Text;
}

export interface Finding {
  readonly range: Range;
  readonly message: Text;
  readonly related?: readonly Related[];
  readonly fixes?: readonly Fix[];
  readonly unnecessary?: boolean;
}

/** What a rule's docs page shows: generated into docs/rules/<code>.md. */
export interface RuleDoc {
  readonly description: Text;
  readonly bad: string;
  readonly good: string;
  /** Set for a finding that `off` does not hide: why, and what to do instead. The page says this, not how to turn it off. */
  readonly notSilenced?: Text;
}

export type RuleTarget = 'document' | 'proc' | 'ifcfg' | 'xfile';

const TARGET_OF_NAMESPACE = { doc: 'document', proc: 'proc', ifcfg: 'ifcfg', opts: 'ifcfg', xfile: 'xfile' } as const satisfies Record<string, RuleTarget>;

/** `proc.aggregator-mismatch`: the namespace says what the rule checks. */
export type RuleCode = `${keyof typeof TARGET_OF_NAMESPACE}.${string}`;

/**
 * What a rule checks, by the namespace of its code: the document itself (`doc.`), a dump (`proc.`), one configuration
 * file (`ifcfg.`, and `opts.` for its bonding options), or a file with the rest of its folder (`xfile.`).
 */
export function ruleTarget(code: RuleCode): RuleTarget {
  return TARGET_OF_NAMESPACE[code.slice(0, code.indexOf('.')) as keyof typeof TARGET_OF_NAMESPACE];
}

export interface Rule<Context> {
  /** Stable namespaced code, e.g. `proc.aggregator-mismatch`. Never renamed: users silence rules by it. */
  readonly code: RuleCode;
  readonly severity: Severity;
  /** One line saying what the rule finds. */
  readonly title: Text;
  /** Read by the CLI only (`bondlint rules`, SARIF, docs/rules): the language server's bundles leave it out (scripts/build.mjs). */
  readonly doc: RuleDoc;
  check(context: Context, report: (finding: Finding) => void): void;
}

export interface RuleContextBase {
  readonly uri: string;
  readonly settings: BondingSettings;
}

/** Severity after the user's `bonding.rules` overrides; `off` silences the rule. */
export function effectiveSeverity(rule: { code: string; severity: Severity }, settings: BondingSettings): Severity | 'off' {
  const level = settings.rules[rule.code];
  if (!level) return rule.severity;
  return level === 'info' ? 'info' : level;
}
