/** User settings, mirrored by `contributes.configuration` in package.json (a test keeps the two in step). */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'zh-cn'] as const;
export const SWITCH_SETTINGS = ['unknown', 'none', 'static', 'lacp'] as const;
export const RULE_LEVELS = ['off', 'hint', 'info', 'warning', 'error'] as const;
export const TRACE_SETTINGS = ['off', 'messages', 'verbose'] as const;

export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];
export type SwitchSetting = (typeof SWITCH_SETTINGS)[number];
export type RuleLevel = (typeof RULE_LEVELS)[number];

export interface BondingSettings {
  readonly language: LanguageSetting;
  /** What the switch ports facing the bond are configured for. */
  readonly switch: SwitchSetting;
  /** Severity overrides by rule code. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Documents longer than this (characters) get one diagnostic instead of analysis. */
  readonly maxFileSize: number;
  readonly trace: { readonly server: (typeof TRACE_SETTINGS)[number] };
  /** Whether findings offer the actions that write a `# bondlint disable=` comment (an editor setting). */
  readonly codeActions: { readonly disableComment: boolean };
}

export const DEFAULT_SETTINGS: BondingSettings = {
  language: 'auto',
  switch: 'unknown',
  rules: {},
  maxFileSize: 20_000_000,
  trace: { server: 'off' },
  codeActions: { disableComment: true },
};

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** An object's members, or none when `value` is no object. */
const members = (value: unknown) => (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;

/** Accepts whatever a client or a config file sends and keeps only well-formed values. */
export function normalizeSettings(raw: unknown): BondingSettings {
  const r = members(raw);
  const rules: Record<string, RuleLevel> = {};
  for (const [code, level] of Object.entries(members(r.rules))) {
    const l = pick(level, RULE_LEVELS, 'warning');
    if (l === level) rules[code] = l;
  }
  const trace = members(r.trace);
  const codeActions = members(r.codeActions);
  const max = typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  return {
    language: pick(r.language, LANGUAGE_SETTINGS, DEFAULT_SETTINGS.language),
    switch: pick(r.switch, SWITCH_SETTINGS, DEFAULT_SETTINGS.switch),
    rules,
    maxFileSize: max,
    trace: { server: pick(trace.server, TRACE_SETTINGS, 'off') },
    codeActions: { disableComment: typeof codeActions.disableComment === 'boolean' ? codeActions.disableComment : DEFAULT_SETTINGS.codeActions.disableComment },
  };
}
