import { t } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { folder, portsOf } from './related';

/** Why a port's own MTU does not last. */
const setsPortMtu = (en: string, zh: string) => t(`${en}: the bond sets its ports to its own MTU when it enslaves them.`, `${zh}：bond 在加入端口时会把端口 MTU 设为自己的 MTU。`);

export const mtuMismatch: Rule<IfcfgRuleContext> = {
  code: 'xfile.mtu-mismatch',
  severity: 'warning',
  title: t('Port MTU differs from its bond or the other ports', '端口 MTU 与 bond 或其他端口不同'),
  doc: {
    description: t(
      'When a port is enslaved the bond sets the port\'s MTU to its own, so an MTU in a port file that differs from the bond\'s never lasts; ports with different MTUs in their files show the configuration was not thought through. A bond file without MTU leaves the bond at the 1500 it is created with, so `MTU=9000` on the ports alone gives no jumbo frames. Set MTU on the bond.',
      '端口被加入 bond 时，bond 会把端口的 MTU 设为自己的 MTU，因此端口文件中与 bond 不同的 MTU 不会持续生效；各端口文件中的 MTU 互不相同说明配置欠考虑。bond 文件中没有 MTU 时，bond 保持创建时的 1500，因此只在端口上设置 `MTU=9000` 得不到巨型帧。请在 bond 上设置 MTU。',
    ),
    bad: '# ifcfg-bond0: MTU=9000\n# ifcfg-eth0:  MTU=1500',
    good: '# ifcfg-bond0: MTU=9000\n# ifcfg-eth0:  (no MTU)',
  },
  check(ctx, report) {
    const { model } = ctx;
    const mtu = model.assignment('MTU');
    if (model.role !== 'port' || !model.master || !mtu || mtu.value === '') return;
    const bond = folder(ctx).bondsOf(model, ctx.uri)[0];
    // MASTER may name the bond by its connection's UUID.
    const device = bond?.model.device ?? model.master;
    const bondMtu = bond?.model.value('MTU');
    if (bondMtu && bondMtu !== mtu.value) {
      report({
        range: ctx.range(mtu.rawRange),
        message: setsPortMtu(`MTU=${mtu.value} but ${device} has MTU=${bondMtu}`, `MTU=${mtu.value}，但 ${device} 的 MTU=${bondMtu}`),
      });
      return;
    }
    // The kernel creates a bond with the Ethernet default (ether_setup: 1500), and nothing raises it when the bond
    // file sets no MTU.
    if (bond && !bondMtu && Number(mtu.value) !== 1500) {
      report({
        range: ctx.range(mtu.rawRange),
        message: setsPortMtu(
          `MTU=${mtu.value} but ${device} sets no MTU, and a bond is created with MTU 1500`,
          `MTU=${mtu.value}，但 ${device} 未设置 MTU，而 bond 创建时的 MTU 为 1500`,
        ),
      });
      return;
    }
    const others = portsOf(ctx, device).map((p) => ({ name: p.model.device ?? p.uri, mtu: p.model.value('MTU') })).filter((p) => p.mtu && p.mtu !== mtu.value);
    if (others.length === 0) return;
    report({
      range: ctx.range(mtu.rawRange),
      message: t(
        `MTU=${mtu.value} differs from other ports of ${device}: ${others.map((o) => `${o.name} MTU=${o.mtu}`).join(', ')}.`,
        `MTU=${mtu.value} 与 ${device} 的其他端口不同：${others.map((o) => `${o.name} MTU=${o.mtu}`).join('、')}。`,
      ),
    });
  },
};
