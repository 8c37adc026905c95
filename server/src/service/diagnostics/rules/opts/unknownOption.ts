import { optionByName, suggest } from '../../../../knowledge/options';
import type { Text } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, t, writtenOptions } from './util';
import { WICKED_REJECTS_DOC, readByWicked, wickedRejects } from './wicked';
import { MAX_FINDINGS } from '../../../limits';

export const unknownOption: Rule<IfcfgRuleContext> = {
  code: 'opts.unknown-option',
  severity: 'error',
  title: t('Unknown bonding option', '未知的 bonding 选项'),
  doc: {
    description: t(
      `The bonding driver has no option by this name. initscripts writes each option to \`/sys/class/net/<bond>/bonding/<name>\`, which does not exist; NetworkManager drops it with a warning. Either way the setting is lost. In SUSE files wicked looks each name of BONDING_MODULE_OPTS up in its own list; for a name it does not know, ${WICKED_REJECTS_DOC.en}.`,
      `bonding 驱动没有这个名字的选项。initscripts 把每个选项写入 \`/sys/class/net/<bond>/bonding/<name>\`，而该文件不存在；NetworkManager 会告警并丢弃它。无论哪种方式，这项设置都会丢失。在 SUSE 文件中，wicked 在它自己的列表里查找 BONDING_MODULE_OPTS 中的每个名字；遇到不认识的名字时，${WICKED_REJECTS_DOC.zh}。`,
    ),
    bad: 'BONDING_OPTS="mode=802.3ad miimom=100"',
    good: 'BONDING_OPTS="mode=802.3ad miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    let unknown = 0;
    for (const { token } of writtenOptions(ctx)) {
      if (token.name === '' || optionByName(token.name)) continue;
      // As in ifcfg.unknown-key: past MAX_FINDINGS of these, in document order, none is reported.
      const suggestions = ++unknown > MAX_FINDINGS ? [] : suggest(token.name).slice(0, 3);
      let message: Text;
      if (readByWicked(ctx)) {
        message = wickedRejects(
          ctx,
          suggestions.length
            ? t(`Unknown bonding option "${token.name}" (did you mean "${suggestions[0]}"?)`, `未知的 bonding 选项 "${token.name}"（是否应为 "${suggestions[0]}"？）`)
            : t(`Unknown bonding option "${token.name}"`, `未知的 bonding 选项 "${token.name}"`),
        );
      } else {
        message = suggestions.length
          ? t(`Unknown bonding option "${token.name}"; did you mean "${suggestions[0]}"?`, `未知的 bonding 选项 "${token.name}"；是否应为 "${suggestions[0]}"？`)
          : t(`Unknown bonding option "${token.name}": the setting is lost.`, `未知的 bonding 选项 "${token.name}"：该设置会丢失。`);
      }
      report({
        range: ctx.range(token.nameRange),
        message,
        fixes: suggestions.map((s, i) => ({
          title: t(`Change to "${s}"`, `改为 "${s}"`),
          edits: [ctx.replace(token.nameRange, s)],
          safe: i === 0 && suggestions.length === 1,
          preferred: i === 0,
        })),
      });
    }
  },
};
