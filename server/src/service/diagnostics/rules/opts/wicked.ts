import type { Text } from '../../../../knowledge/text';
import { wickedYes } from '../../../../model/ifcfgModel';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

/*
 * What wicked does with a SUSE bond's BONDING_MODULE_OPTS, which it parses itself instead of leaving it to the
 * kernel. client/suse/compat-suse.c `try_set_bonding_options` splits the value on spaces and tabs, takes the text
 * before the first "=" of each item as the name and the rest as the value, and gives up on the first item with an
 * empty name or value ("Unable to parse bonding options") or one that src/bonding.c `ni_bonding_set_option` refuses:
 * a name it does not know (compared with strcmp against its own list) or a value it cannot parse ("Unable to parse
 * bonding option"). `try_bonding` then returns -1, `__ni_suse_sysconfig_read` fails and `__ni_suse_read_interface`
 * frees the interface's configuration: nothing of the file is applied, not only the one option, where initscripts
 * would write the other options and NetworkManager would skip the one item.
 */

/** The file's options are read by wicked rather than by initscripts or NetworkManager. */
export function readByWicked(ctx: IfcfgRuleContext): boolean {
  return ctx.model.dialect === 'suse';
}

const REJECTS = t("wicked rejects this interface's whole configuration, so the interface is not set up", 'wicked 会拒绝该接口的全部配置，该接口不会被启用');
// try_bonding returns before it reads a bonding variable unless BONDING_MASTER is true (ifcfg.bond-type reports that):
// until then nothing is rejected, as nothing is read.
const REJECTS_ONCE_READ = t(
  "once BONDING_MASTER=yes is set, wicked will reject this interface's whole configuration and not set the interface up",
  '设置 BONDING_MASTER=yes 后，wicked 会拒绝该接口的全部配置，不会启用该接口',
);

/** A finding's message for a SUSE file: what is wrong with the item, then what wicked does about it. */
export function wickedRejects(ctx: IfcfgRuleContext, reason: Text): Text {
  const then = wickedYes(ctx.model.value('BONDING_MASTER')) ? REJECTS : REJECTS_ONCE_READ;
  return t(`${reason.en}: ${then.en}.`, `${reason.zh}：${then.zh}。`);
}

/** The same consequence in a rule's documentation, where there is no "this" interface. */
export const WICKED_REJECTS_DOC = t(
  'wicked rejects the whole configuration of the interface ("Unable to parse bonding option") and does not set the interface up',
  'wicked 会拒绝该接口的全部配置（日志为 "Unable to parse bonding option"），该接口不会被启用',
);
