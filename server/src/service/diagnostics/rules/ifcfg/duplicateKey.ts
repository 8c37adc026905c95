import { type IfcfgAssignment, bashApplies, nmReads, wickedReads } from '../../../../syntax/ifcfg';
import type { Related, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

/** The last of `list` that `applies`, or undefined. */
function lastApplied(list: readonly IfcfgAssignment[], applies: (a: IfcfgAssignment) => boolean): IfcfgAssignment | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (applies(list[i]!)) return list[i];
  return undefined;
}

export const duplicateKey: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.duplicate-key',
  severity: 'warning',
  title: t('Key assigned more than once', '键被重复赋值'),
  doc: {
    description: t(
      'When a key is assigned twice the last assignment wins in bash, NetworkManager ("early occurrence ignored") and wicked; the earlier line is dead and misleads readers. The readers can disagree on which line is last: NetworkManager and wicked skip an `export KEY=…` line, and bash does not set KEY from `KEY=a b` (it runs the command `b` with KEY set only for that command). Then the earlier line still applies for one of them and is not removed.',
      '同一个键被赋值两次时，bash、NetworkManager（"early occurrence ignored"）和 wicked 都以最后一次为准；前面那行不起作用，还会误导读者。但各读取方对哪一行算最后一次可能不一致：NetworkManager 和 wicked 跳过 `export KEY=…` 行，bash 也不会从 `KEY=a b` 设置 KEY（它执行命令 `b`，KEY 只对该命令生效）。这时前面那行对其中一方仍然生效，不应删除。',
    ),
    bad: 'BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=4 miimon=100"',
    good: 'BONDING_OPTS="mode=4 miimon=100"',
  },
  check(ctx, report) {
    const suse = ctx.model.dialect === 'suse';
    // Named by the editor's line number (a lone `\r` starts a line there, not in the file as NetworkManager reads it).
    const lineOf = (a: IfcfgAssignment) => ctx.range(a.range).start.line + 1;
    const after = (x: IfcfgAssignment | undefined, a: IfcfgAssignment): x is IfcfgAssignment => x !== undefined && x.range.start > a.range.start;
    for (const { key, all } of ctx.model.last.duplicates) {
      // The line each reader applies. wicked alone reads SUSE files; RHEL files are read by NetworkManager, which
      // skips `export` lines, and by initscripts' bash, which runs `KEY=a b` as a command.
      // A file NetworkManager leaves unmanaged (NM_CONTROLLED=no) is bash's alone.
      const bash = suse ? undefined : lastApplied(all, bashApplies);
      const nm = suse || ctx.model.rhel?.nmManaged ? lastApplied(all, suse ? wickedReads : nmReads) : bash;
      const sh = suse ? nm : bash;
      for (const a of all) {
        const remove = { title: t('Remove this line', '删除这一行'), edits: [ctx.deleteLine(a)], safe: true, preferred: true };
        if (a !== nm && a !== sh) {
          // No reader applies this line: a later one does, for one reader or for both.
          const later = [nm, sh].filter((x, i, xs): x is IfcfgAssignment => after(x, a) && xs.indexOf(x) === i);
          if (later.length === 1) {
            const line = lineOf(later[0]!);
            report({
              range: ctx.range(a.range),
              message: t(`${key} is assigned again on line ${line}; this assignment is ignored.`, `${key} 在第 ${line} 行再次赋值；这一行的赋值被忽略。`),
              related: [{ range: ctx.range(later[0]!.range), message: t('The assignment that applies', '生效的赋值') }],
              unnecessary: true,
              fixes: [remove],
            });
          } else if (later.length === 2) {
            const [n, b] = [lineOf(nm!), lineOf(sh!)];
            report({
              range: ctx.range(a.range),
              message: t(
                `${key} is assigned again later (NetworkManager reads line ${n}, bash line ${b}); this assignment is ignored.`,
                `${key} 在后面再次赋值（NetworkManager 读取第 ${n} 行，bash 读取第 ${b} 行）；这一行的赋值被忽略。`,
              ),
              related: [nmRelated(ctx, nm!), bashRelated(ctx, sh!)],
              unnecessary: true,
              fixes: [remove],
            });
          }
        } else if (a === sh && after(nm, a)) {
          // bash keeps this line because NetworkManager's is a command to it. Deleting it would unset the key for bash: no fix.
          const n = lineOf(nm);
          report({
            range: ctx.range(a.range),
            message: t(
              `${key} is assigned again on line ${n}, which bash does not apply (it runs a command there, with ${key} set only for that command): NetworkManager ignores this assignment, bash keeps it.`,
              `${key} 在第 ${n} 行再次赋值，但 bash 不会应用那一行（它在那里执行一个命令，${key} 只对该命令生效）：NetworkManager 忽略这一行的赋值，bash 则保留它。`,
            ),
            related: [nmRelated(ctx, nm)],
          });
        } else if (a === nm && after(sh, a)) {
          // bash's line is an `export` one, which NetworkManager skips. Deleting this line would change what
          // NetworkManager applies: no fix (removing `export` there is ifcfg.export's fix).
          const b = lineOf(sh);
          report({
            range: ctx.range(a.range),
            message: t(
              `${key} is assigned again on line ${b} with \`export\`, which NetworkManager ignores: NetworkManager reads this assignment, bash reads line ${b}.`,
              `${key} 在第 ${b} 行用 \`export\` 再次赋值，NetworkManager 会忽略那一行：NetworkManager 读取这一行的赋值，bash 读取第 ${b} 行。`,
            ),
            related: [bashRelated(ctx, sh)],
          });
        }
      }
    }
  },
};

const nmRelated = (ctx: IfcfgRuleContext, a: IfcfgAssignment): Related => ({ range: ctx.range(a.range), message: t('The assignment NetworkManager reads', 'NetworkManager 读取的赋值') });
const bashRelated = (ctx: IfcfgRuleContext, a: IfcfgAssignment): Related => ({ range: ctx.range(a.range), message: t('The assignment bash applies', 'bash 应用的赋值') });
