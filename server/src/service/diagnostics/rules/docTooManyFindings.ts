import type { Rule } from '../rule';
import { t } from '../../../knowledge/text';

export interface FindingCountContext {
  readonly total: number;
  readonly limit: number;
}

/** A pathological file (50 000 option tokens) would otherwise send hundreds of thousands of diagnostics. */
export const docTooManyFindings: Rule<FindingCountContext> = {
  code: 'doc.too-many-findings',
  severity: 'info',
  title: t('Too many findings: only the first ones are shown', '发现的问题过多：只显示前面的部分'),
  doc: {
    description: t(
      'At most 1000 findings are reported for one document, in document order; this one says how many were left out. Fix the first ones and the rest appear.',
      '每个文档最多报告 1000 个问题（按文档顺序）；此条说明省略了多少。修正前面的问题后，其余的会显示出来。',
    ),
    bad: '(a BONDING_OPTS line with 50 000 unknown options)',
    good: '(a BONDING_OPTS line with the options the bond needs)',
  },
  check({ total, limit }, report) {
    if (total <= limit) return;
    report({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: t(`${total} findings in this document; only the first ${limit} are shown.`, `该文档共有 ${total} 个问题；只显示前 ${limit} 个。`),
    });
  },
};
