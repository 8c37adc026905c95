import { optionByName, settableVia } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, t } from './util';

const READER_NAMES = { initscripts: 'initscripts (network-scripts)', networkmanager: 'NetworkManager', wicked: 'wicked' } as const;

export const notSettable: Rule<IfcfgRuleContext> = {
  code: 'opts.not-settable',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Option this file\'s reader cannot apply', '读取该文件的工具无法应用的选项'),
  doc: {
    description: t(
      'initscripts applies BONDING_OPTS by writing sysfs files, so options that exist only over netlink (ns_ip6_target, prio, actor_port_prio, coupled_control, broadcast_neighbor…) cannot be set that way; NetworkManager only knows its own list of options; wicked its own. Such an option is silently not applied.',
      'initscripts 通过写 sysfs 文件应用 BONDING_OPTS，因此只能通过 netlink 设置的选项（ns_ip6_target、prio、actor_port_prio、coupled_control、broadcast_neighbor……）无法这样设置；NetworkManager 只支持它自己列出的选项；wicked 也一样。这样的选项会被静默忽略。',
    ),
    bad: 'BONDING_OPTS="mode=802.3ad miimon=100 coupled_control=off"',
    good: 'BONDING_OPTS="mode=802.3ad miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const readers = ctx.model.dialect === 'suse' ? (['wicked'] as const) : (['initscripts', 'networkmanager'] as const);
    for (const { token } of ctx.model.options) {
      const option = optionByName(token.name);
      if (!option || option.moduleOnly) continue;
      const cannot = readers.filter((r) => !settableVia(option, r));
      if (cannot.length === 0) continue;
      const who = cannot.map((r) => READER_NAMES[r]).join(', ');
      const all = cannot.length === readers.length;
      report({
        range: ctx.range(token.nameRange),
        message: all
          ? t(`${who} cannot apply ${option.name}: the setting is ignored.`, `${who} 无法应用 ${option.name}：该设置会被忽略。`)
          : t(`${who} cannot apply ${option.name}; only ${readers.filter((r) => !cannot.includes(r)).map((r) => READER_NAMES[r]).join(', ')} does.`, `${who} 无法应用 ${option.name}；只有 ${readers.filter((r) => !cannot.includes(r)).map((r) => READER_NAMES[r]).join('、')} 可以。`),
      });
    }
  },
};
