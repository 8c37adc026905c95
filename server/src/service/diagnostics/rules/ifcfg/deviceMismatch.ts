import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

export const deviceMismatch: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.device-mismatch',
  target: 'ifcfg',
  severity: 'warning',
  title: t('DEVICE differs from the file name', 'DEVICE 与文件名不一致'),
  doc: {
    description: t(
      'initscripts finds a device\'s file as `ifcfg-<device>` and NetworkManager names the connection\'s interface from DEVICE. When the two differ, `ifup <name>` and NetworkManager act on different interfaces and MASTER= references become ambiguous.',
      'initscripts 按 `ifcfg-<设备名>` 查找设备的配置文件，NetworkManager 则按 DEVICE 确定连接的接口名。二者不一致时，`ifup <名称>` 和 NetworkManager 会作用于不同的接口，MASTER= 的引用也会含糊不清。',
    ),
    bad: '# ifcfg-bond0\nDEVICE=bond1',
    good: '# ifcfg-bond0\nDEVICE=bond0',
  },
  check(ctx, report) {
    const { model } = ctx;
    const device = model.assignment('DEVICE');
    // ifcfg-eth0:1 style alias files and DEVICE-less files have nothing to compare.
    if (!device || !model.fileDevice || device.value === '' || device.problems.length) return;
    if (device.value === model.fileDevice) return;
    report({
      range: ctx.range(device.rawRange),
      message: t(`DEVICE=${device.value} but the file is ifcfg-${model.fileDevice}.`, `DEVICE=${device.value}，但文件名是 ifcfg-${model.fileDevice}。`),
      fixes: [{ title: t(`Change to DEVICE=${model.fileDevice}`, `改为 DEVICE=${model.fileDevice}`), edits: [ctx.replace(device.rawRange, model.fileDevice)], safe: false, preferred: true }],
    });
  },
};
