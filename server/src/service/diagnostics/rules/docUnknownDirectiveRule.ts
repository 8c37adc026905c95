import type { Rule } from '../rule';
import type { DirectiveCode } from '../directives';
import { configFiles } from '../../configHalf';
import { MAX_FINDINGS } from '../../limits';
import { t } from '../../../knowledge/text';

export interface DirectiveCodesContext {
  readonly codes: readonly DirectiveCode[];
}

/** A misspelt code in a `# bondlint disable=` comment silences nothing, and the finding it was meant for stays. */
export const docUnknownDirectiveRule: Rule<DirectiveCodesContext> = {
  code: 'doc.unknown-directive-rule',
  severity: 'warning',
  title: t('Rule code in a bondlint comment that no rule has', 'bondlint 注释中的规则代码不存在'),
  doc: {
    description: t(
      '`# bondlint disable=CODE` and `# bondlint disable-file=CODE` silence the rules they name (see "Silencing a finding where it is" in the README). A code that no rule has silences nothing; `bondlint rules` lists the codes.',
      '`# bondlint disable=CODE` 和 `# bondlint disable-file=CODE` 会屏蔽其中列出的规则（见 README 中的 "Silencing a finding where it is"）。不存在的规则代码不会屏蔽任何内容；`bondlint rules` 会列出所有代码。',
    ),
    bad: '# bondlint disable=ifcfg.unknown-keys\nMY_TOOL_FLAG=1',
    good: '# bondlint disable=ifcfg.unknown-key\nMY_TOOL_FLAG=1',
  },
  check({ codes }, report) {
    const { RULE_CODES: known, suggest } = configFiles();
    // A pasted comment can name any number of codes: each distinct one is compared with the table once, and only as
    // many as can be reported (limits.ts) are compared at all.
    const nearest = new Map<string, string | undefined>();
    for (const { code, range } of codes) {
      if (known.includes(code)) continue;
      if (!nearest.has(code) && nearest.size < MAX_FINDINGS) nearest.set(code, suggest(code, known)[0]);
      const near = nearest.get(code);
      report({
        range,
        message: near
          ? t(`No rule has the code "${code}": did you mean ${near}? This comment silences nothing for it.`, `没有代码为 "${code}" 的规则：是否应为 ${near}？此注释不会屏蔽它。`)
          : t(`No rule has the code "${code}": this comment silences nothing for it (bondlint rules lists the codes).`, `没有代码为 "${code}" 的规则：此注释不会屏蔽它（bondlint rules 会列出所有代码）。`),
        fixes: near ? [{ title: t(`Change to ${near}`, `改为 ${near}`), edits: [{ range, newText: near }], safe: false, preferred: true }] : undefined,
      });
    }
  },
};
