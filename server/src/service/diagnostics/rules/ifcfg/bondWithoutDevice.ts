import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

/** NetworkManager's message by the file's TYPE (connection_from_file_full, make_bond_setting). */
const NM_MESSAGE = { 'no-type': "File '…' had neither TYPE nor DEVICE keys", bond: 'mandatory DEVICE keyword missing' } as const;

export const bondWithoutDevice: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.bond-without-device',
  severity: 'error',
  title: t('Bond file without DEVICE', 'bond 文件没有 DEVICE'),
  doc: {
    description: t(
      'NetworkManager refuses a bond file without `DEVICE=` as a whole: none of it applies. Without TYPE as well it stops before it sees a bond ("File \'…\' had neither TYPE nor DEVICE keys"); with TYPE=Bond, or TYPE=Ethernet and BONDING_OPTS, it refuses the bond ("mandatory DEVICE keyword missing"). initscripts takes the interface name from DEVICE as well (or, without DEVICE, from the interface that has the file\'s HWADDR); with neither, `ifup` stops with "Device name does not seem to be present." The file name does not stand in for DEVICE. wicked (SUSE) does not read DEVICE and is not checked.',
      'NetworkManager 会整体拒绝没有 `DEVICE=` 的 bond 文件：其中的配置都不会生效。若同时没有 TYPE，它在识别出 bond 之前就停止读取（"File \'…\' had neither TYPE nor DEVICE keys"）；若为 TYPE=Bond，或 TYPE=Ethernet 且有 BONDING_OPTS，它拒绝该 bond（"mandatory DEVICE keyword missing"）。initscripts 同样从 DEVICE 获取接口名（没有 DEVICE 时，取具有该文件 HWADDR 的接口）；两者都没有时，`ifup` 以 "Device name does not seem to be present." 退出。文件名不能代替 DEVICE。wicked（SUSE）不读取 DEVICE，不做此检查。',
    ),
    bad: '# ifcfg-bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
    good: '# ifcfg-bond0\nDEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
  },
  check(ctx, report) {
    const { model } = ctx;
    if (model.role !== 'bond' || model.dialect !== 'redhat' || model.value('DEVICE')) return;
    // Point at what makes the file a bond: there is no DEVICE line to point at.
    const type = model.assignment('TYPE');
    const anchor = (type && /^bond$/i.test(type.value) ? type : undefined) ?? model.assignment('BONDING_MASTER') ?? model.opts?.assignment;
    if (!anchor) return;
    const hwaddr = model.value('HWADDR');
    const fileDevice = model.fileDevice;
    // NetworkManager's connection_from_file_full(): without TYPE it needs DEVICE to guess the type, and stops first;
    // with a TYPE that makes a bond, make_bond_setting() refuses it. Another TYPE is no bond there (ifcfg.bond-type).
    const nm = !model.rhel?.nmManaged ? undefined : !model.value('TYPE') ? 'no-type' : model.rhel.nmBond ? 'bond' : undefined;
    if (!nm && hwaddr) return;
    const what = nm === 'no-type' ? t('neither DEVICE nor TYPE', '既没有 DEVICE 也没有 TYPE') : t('no DEVICE', '没有 DEVICE');
    const refused = nm && t(`NetworkManager refuses it ("${NM_MESSAGE[nm]}")`, `NetworkManager 拒绝该文件（"${NM_MESSAGE[nm]}"）`);
    const ifup = (also: string) => t('initscripts\' ifup stops ("Device name does not seem to be present.")', `initscripts 的 ifup ${also}会退出（"Device name does not seem to be present."）`);
    const why = !refused ? ifup('') : hwaddr ? t(`${refused.en}, so nothing in it applies`, `${refused.zh}，其中的配置都不会生效`) : t(`${refused.en}, and ${ifup('').en}`, `${refused.zh}，${ifup('也').zh}`);
    const message = t(`This bond file has ${what.en}: ${why.en}.`, `该 bond 文件${what.zh}：${why.zh}。`);
    report({
      range: ctx.range(anchor.range),
      message,
      // The file name is what `ifup <name>` and people call the bond by; still a guess, so it is not applied unasked.
      fixes: fileDevice && /^[^\s/:]{1,15}$/.test(fileDevice)
        ? [{ title: t(`Add DEVICE=${fileDevice}`, `添加 DEVICE=${fileDevice}`), edits: [ctx.insertLineAfter(anchor, `DEVICE=${fileDevice}`)], safe: false, preferred: true }]
        : [],
    });
  },
};
