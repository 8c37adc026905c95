import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBackupName } from '../../../../knowledge/ifcfgFileNames';
import { t } from './util';

export const deviceMismatch: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.device-mismatch',
  severity: 'warning',
  title: t('DEVICE differs from the file name', 'DEVICE 与文件名不一致'),
  doc: {
    description: t(
      'initscripts\' `ifup <name>` reads `ifcfg-<name>` first and sets up the interface its DEVICE names, so `ifup bond0` on an `ifcfg-bond0` with DEVICE=bond1 sets up bond1. NetworkManager names its files after the connection (NAME, blanks as underscores), so a file named after its NAME is left alone. wicked does not read DEVICE at all: the interface is the one in the file name.',
      'initscripts 的 `ifup <名称>` 会先读取 `ifcfg-<名称>`，再配置其 DEVICE 指定的接口，因此对 DEVICE=bond1 的 `ifcfg-bond0` 执行 `ifup bond0` 配置的是 bond1。NetworkManager 按连接名（NAME，空格换成下划线）命名文件，因此以 NAME 命名的文件不会被报告。wicked 根本不读取 DEVICE：接口就是文件名中的那个。',
    ),
    bad: '# ifcfg-bond0\nDEVICE=bond1',
    good: '# ifcfg-bond0\nDEVICE=bond0',
  },
  check(ctx, report) {
    const { model } = ctx;
    const device = model.assignment('DEVICE');
    // ifcfg-eth0:1 style alias files and DEVICE-less files have nothing to compare.
    if (!device || !model.fileDevice || device.value === '' || device.problems.length) return;
    const fileDevice = model.fileDevice;
    if (device.value === fileDevice || isBackupName(`ifcfg-${fileDevice}`)) return;
    const name = model.value('NAME');
    if (name !== undefined && name.replace(/ /g, '_') === fileDevice) return;
    const suse = model.dialect === 'suse';
    report({
      range: ctx.range(device.rawRange),
      message: suse
        ? t(`DEVICE=${device.value} but the file is ifcfg-${fileDevice}: wicked does not read DEVICE and configures ${fileDevice}.`, `DEVICE=${device.value}，但文件名是 ifcfg-${fileDevice}：wicked 不读取 DEVICE，配置的是 ${fileDevice}。`)
        : t(`DEVICE=${device.value} but the file is ifcfg-${fileDevice}: \`ifup ${fileDevice}\` sets up ${device.value}.`, `DEVICE=${device.value}，但文件名是 ifcfg-${fileDevice}：\`ifup ${fileDevice}\` 配置的是 ${device.value}。`),
      fixes: [{ title: t(`Change to DEVICE=${fileDevice}`, `改为 DEVICE=${fileDevice}`), edits: [ctx.replace(device.rawRange, fileDevice)], safe: false, preferred: true }],
    });
  },
};
