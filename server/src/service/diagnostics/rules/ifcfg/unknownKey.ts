import { ifcfgKey, suggestKey } from '../../../../knowledge/ifcfgKeys';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';
import { MAX_FINDINGS } from '../../../limits';

export const unknownKey: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.unknown-key',
  severity: 'warning',
  title: t('Key not in the table of ifcfg keys', '不在 ifcfg 键表中的键'),
  doc: {
    description: t(
      'initscripts, NetworkManager and wicked silently ignore keys they do not read, so a misspelt key (`BONDING_OPT`, `SLAVES`) is a setting that never applies. The table behind this check holds the keys of bond and port files and the common interface keys, not every key of every reader: a key it lacks may still be read (by a reader, or by local scripts), and can be silenced with `bonding.rules`.',
      'initscripts、NetworkManager 和 wicked 会静默忽略它们不读取的键，因此拼错的键（`BONDING_OPT`、`SLAVES`）就是永远不会生效的设置。此检查所依据的键表包含 bond 与端口文件的键以及常见的接口键，并不包含每种读取工具的全部键：表中没有的键仍可能被读取（由读取工具或本地脚本读取），可以通过 `bonding.rules` 关闭此提示。',
    ),
    bad: 'BONDING_OPT="mode=1 miimon=100"',
    good: 'BONDING_OPTS="mode=1 miimon=100"',
  },
  check(ctx, report) {
    let unknown = 0;
    for (const a of ctx.model.file.assignments) {
      if (ifcfgKey(a.key)) continue;
      // Only the first MAX_FINDINGS findings by position are reported (limits.ts), so from this rule's
      // MAX_FINDINGS + 1st on (it reports in document order) none is shown: a file of thousands of unknown keys is
      // not searched for the spelling of each.
      const suggestions = ++unknown > MAX_FINDINGS ? [] : suggestKey(a.key).slice(0, 3);
      report({
        range: ctx.range(a.keyRange),
        message: suggestions.length
          ? t(`Unknown key ${a.key}; did you mean ${suggestions[0]}?`, `未知的键 ${a.key}；是否应为 ${suggestions[0]}？`)
          : t(`Unknown key ${a.key}: it is not in the table of ifcfg keys. If it is misspelt, it never applies.`, `未知的键 ${a.key}：它不在 ifcfg 键表中。如果拼错了，它永远不会生效。`),
        fixes: suggestions.map((s, i) => ({
          title: t(`Change to ${s}`, `改为 ${s}`),
          edits: [ctx.replace(a.keyRange, s)],
          safe: false,
          preferred: i === 0,
        })),
      });
    }
  },
};
