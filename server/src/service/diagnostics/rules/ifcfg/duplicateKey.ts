import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const duplicateKey: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.duplicate-key',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Key assigned more than once', '键被重复赋值'),
  doc: {
    description: t(
      'When a key is assigned twice the last assignment wins in both bash and NetworkManager ("early occurrence ignored"); the earlier line is dead and misleads readers.',
      '同一个键被赋值两次时，bash 和 NetworkManager 都以最后一次为准（"early occurrence ignored"）；前面那行不起作用，还会误导读者。',
    ),
    bad: 'BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=4 miimon=100"',
    good: 'BONDING_OPTS="mode=4 miimon=100"',
  },
  check(ctx, report) {
    for (const dup of ctx.model.last.duplicates) {
      // Named by the editor's line number (a lone `\r` starts a line there, not in the file as NetworkManager reads it).
      const winner = ctx.range(dup.winner.range);
      const winnerLine = winner.start.line + 1;
      for (const early of dup.shadowed) {
        report({
          range: ctx.range(early.range),
          message: t(
            `${dup.key} is assigned again on line ${winnerLine}; this assignment is ignored.`,
            `${dup.key} 在第 ${winnerLine} 行再次赋值；这一行的赋值被忽略。`,
          ),
          related: [{ range: winner, message: t('The assignment that applies', '生效的赋值') }],
          unnecessary: true,
          fixes: [{ title: t('Remove this line', '删除这一行'), edits: [ctx.deleteLine(early)], safe: true, preferred: true }],
        });
      }
    }
  },
};
