import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const bondWithoutDevice: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.bond-without-device',
  target: 'ifcfg',
  severity: 'error',
  title: t('Bond file without DEVICE', 'bond 文件没有 DEVICE'),
  doc: {
    description: t(
      'NetworkManager refuses a bond file without `DEVICE=` as a whole ("mandatory DEVICE keyword missing"): none of it applies. initscripts takes the interface name from DEVICE as well (or, without DEVICE, from the interface that has the file\'s HWADDR); with neither, `ifup` stops with "Device name does not seem to be present." The file name does not stand in for DEVICE. wicked (SUSE) does not read DEVICE and is not checked.',
      'NetworkManager 会整体拒绝没有 `DEVICE=` 的 bond 文件（"mandatory DEVICE keyword missing"）：其中的配置都不会生效。initscripts 同样从 DEVICE 获取接口名（没有 DEVICE 时，取具有该文件 HWADDR 的接口）；两者都没有时，`ifup` 以 "Device name does not seem to be present." 退出。文件名不能代替 DEVICE。wicked（SUSE）不读取 DEVICE，不做此检查。',
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
    report({
      range: ctx.range(anchor.range),
      message: hwaddr
        ? t(
            'This bond file has no DEVICE: NetworkManager refuses it ("mandatory DEVICE keyword missing"), so nothing in it applies.',
            '该 bond 文件没有 DEVICE：NetworkManager 拒绝该文件（"mandatory DEVICE keyword missing"），其中的配置都不会生效。',
          )
        : t(
            'This bond file has no DEVICE: NetworkManager refuses it ("mandatory DEVICE keyword missing"), and initscripts\' ifup stops ("Device name does not seem to be present.").',
            '该 bond 文件没有 DEVICE：NetworkManager 拒绝该文件（"mandatory DEVICE keyword missing"），initscripts 的 ifup 也会退出（"Device name does not seem to be present."）。',
          ),
      // The file name is what `ifup <name>` and people call the bond by; still a guess, so it is not applied unasked.
      fixes: fileDevice && /^[^\s/:]{1,15}$/.test(fileDevice)
        ? [{ title: t(`Add DEVICE=${fileDevice}`, `添加 DEVICE=${fileDevice}`), edits: [ctx.insertLineAfter(anchor, `DEVICE=${fileDevice}`)], safe: false, preferred: true }]
        : [],
    });
  },
};
