import { BOND_OPTIONS, optionByName, settableVia } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmReadsOpts, t } from './util';
import { WICKED_REJECTS_DOC, readByWicked, wickedRejects } from './wicked';

const READER_NAMES = { initscripts: 'initscripts (network-scripts)', networkmanager: 'NetworkManager' } as const;

const NOT_WICKED = BOND_OPTIONS.filter((o) => o.kernel && !o.moduleOnly && !settableVia(o, 'wicked')).map((o) => o.name);
const AFTER_PORTS = BOND_OPTIONS.filter((o) => o.notByInitscripts).map((o) => o.name);
const PORT_KEYS = BOND_OPTIONS.filter((o) => o.nmPortKey);
const enList = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

export const notSettable: Rule<IfcfgRuleContext> = {
  code: 'opts.not-settable',
  severity: 'warning',
  title: t('Option this file\'s reader cannot apply', '读取该文件的工具无法应用的选项'),
  doc: {
    description: t(
      `initscripts applies BONDING_OPTS by writing sysfs files, so options that exist only over netlink (ns_ip6_target, prio, actor_port_prio, coupled_control, broadcast_neighbor…) cannot be set that way, nor can the bonding module's own parameters (max_bonds, tx_queues), which belong in modprobe.d; and it writes BONDING_OPTS before the first port joins the bond, so ${enList(AFTER_PORTS)}, which the kernel takes only for a port already enslaved, fail too. NetworkManager only knows its own list of options, and reads ${enList(PORT_KEYS.map((o) => o.name))} only per port, from ${enList(PORT_KEYS.map((o) => o.nmPortKey!))} in the port's own file. Such an option is not applied (initscripts logs "Failed to set …", NetworkManager "invalid bonding option"). In SUSE files wicked reads BONDING_MODULE_OPTS and also knows only its own list, which lacks ${NOT_WICKED.slice(0, -1).join(', ')} and ${NOT_WICKED.at(-1)}, and every module parameter such as max_bonds; such an option is not skipped there: ${WICKED_REJECTS_DOC.en}.`,
      `initscripts 通过写 sysfs 文件应用 BONDING_OPTS，因此只能通过 netlink 设置的选项（ns_ip6_target、prio、actor_port_prio、coupled_control、broadcast_neighbor……）无法这样设置，bonding 模块自身的参数（max_bonds、tx_queues，应写在 modprobe.d 中）也不行；而且它在第一个端口加入 bond 之前就写入 BONDING_OPTS，而内核只对已加入 bond 的端口接受 ${AFTER_PORTS.join('、')}，所以它们也会失败。NetworkManager 只支持它自己列出的选项，而 ${PORT_KEYS.map((o) => o.name).join('、')} 只按端口读取，取自端口自身文件中的 ${PORT_KEYS.map((o) => o.nmPortKey!).join('、')}。这样的选项不会生效（initscripts 记录 "Failed to set …"，NetworkManager 记录 "invalid bonding option"）。在 SUSE 文件中，wicked 读取 BONDING_MODULE_OPTS，也只认识它自己列出的选项，其中没有 ${NOT_WICKED.join('、')}，也没有 max_bonds 这类模块参数；这样的选项在那里不会被跳过：${WICKED_REJECTS_DOC.zh}。`,
    ),
    bad: 'BONDING_OPTS="mode=802.3ad miimon=100 coupled_control=off"',
    good: 'BONDING_OPTS="mode=802.3ad miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    if (readByWicked(ctx)) {
      for (const { token } of ctx.model.options) {
        const option = optionByName(token.name);
        // A module parameter is no exception here: wicked never passes BONDING_MODULE_OPTS to modprobe, and
        // src/bonding.c `ni_bonding_set_option` refuses every name outside its list.
        if (!option || settableVia(option, 'wicked')) continue;
        report({
          range: ctx.range(token.nameRange),
          message: wickedRejects(ctx, t(`${option.name} is not an option wicked knows`, `wicked 不认识选项 ${option.name}`)),
        });
      }
      return;
    }
    const nm = nmReadsOpts(ctx);
    const readers: readonly ('initscripts' | 'networkmanager')[] = nm ? ['initscripts', 'networkmanager'] : ['initscripts'];
    for (const { token } of ctx.model.options) {
      const option = optionByName(token.name);
      if (!option) continue;
      if (option.moduleOnly) {
        // network-functions writes it to a sysfs file that does not exist; NetworkManager does not know the name.
        const who = nm ? t('neither initscripts nor NetworkManager can', 'initscripts 和 NetworkManager 都无法') : t('initscripts cannot', 'initscripts 无法');
        report({
          range: ctx.range(token.nameRange),
          message: t(
            `${option.name} is a parameter of the bonding module (modprobe.d), not an option of one bond: ${who.en} apply it from this file, so the setting is ignored.`,
            `${option.name} 是 bonding 模块的参数（modprobe.d），不是某个 bond 的选项：${who.zh}从本文件应用它，该设置会被忽略。`,
          ),
        });
        continue;
      }
      const cannot = readers.filter((r) => !settableVia(option, r));
      if (cannot.length === 0) continue;
      const who = cannot.map((r) => READER_NAMES[r]).join(', ');
      const all = cannot.length === readers.length;
      const why = option.notByInitscripts;
      const nmCannot = cannot.includes('networkmanager');
      // A per-port option has a place of its own in the port's file, which NetworkManager reads instead.
      const portKey = nmCannot && option.nmPortKey
        ? t(
            ` NetworkManager does not read it here: it sets ${option.name} per port, from ${option.nmPortKey} in the port's ifcfg file.`,
            `NetworkManager 不从这里读取它：它按端口设置 ${option.name}，取自端口 ifcfg 文件中的 ${option.nmPortKey}。`,
          )
        : t('', '');
      const nmAfterWhy = !nm
        ? t('', '')
        : nmCannot
          ? option.nmPortKey ? portKey : t(' NetworkManager cannot apply it either.', 'NetworkManager 也无法应用它。')
          : option.nm?.note ? t(` ${option.nm.note.en}`, option.nm.note.zh) : t('', '');
      report({
        range: ctx.range(token.nameRange),
        message: why
          ? t(
              `${READER_NAMES.initscripts} cannot apply ${option.name}: ${why.en}.${nmAfterWhy.en}`,
              `${READER_NAMES.initscripts} 无法应用 ${option.name}：${why.zh}。${nmAfterWhy.zh}`,
            )
          : all
          ? t(`${who} cannot apply ${option.name}: the setting is ignored.${portKey.en}`, `${who} 无法应用 ${option.name}：该设置会被忽略。${portKey.zh}`)
          : t(
              `${who} cannot apply ${option.name}; only ${readers.filter((r) => !cannot.includes(r)).map((r) => READER_NAMES[r]).join(', ')} does.${portKey.en}`,
              `${who} 无法应用 ${option.name}；只有 ${readers.filter((r) => !cannot.includes(r)).map((r) => READER_NAMES[r]).join('、')} 可以。${portKey.zh}`,
            ),
      });
    }
  },
};
