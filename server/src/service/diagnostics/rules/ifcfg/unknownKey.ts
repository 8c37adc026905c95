import { ifcfgKey, suggestKey } from '../../../../knowledge/ifcfgKeys';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const unknownKey: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.unknown-key',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Key no reader knows', '没有任何工具识别的键'),
  doc: {
    description: t(
      'initscripts, NetworkManager and wicked silently ignore keys they do not know, so a misspelt key (`BONDING_OPT`, `SLAVES`) is a setting that never applies. Keys read only by local scripts can be silenced with `bonding.rules`.',
      'initscripts、NetworkManager 和 wicked 会静默忽略不认识的键，因此拼错的键（`BONDING_OPT`、`SLAVES`）就是永远不会生效的设置。仅由本地脚本读取的键可以通过 `bonding.rules` 关闭此提示。',
    ),
    bad: 'BONDING_OPT="mode=1 miimon=100"',
    good: 'BONDING_OPTS="mode=1 miimon=100"',
  },
  check(ctx, report) {
    for (const a of ctx.model.file.assignments) {
      if (ifcfgKey(a.key)) continue;
      const suggestions = suggestKey(a.key).slice(0, 3);
      report({
        range: ctx.range(a.keyRange),
        message: suggestions.length
          ? t(`Unknown key ${a.key}; did you mean ${suggestions[0]}?`, `未知的键 ${a.key}；是否应为 ${suggestions[0]}？`)
          : t(`Unknown key ${a.key}: no ifcfg reader uses it.`, `未知的键 ${a.key}：没有任何 ifcfg 读取工具使用它。`),
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
