import { parseIpv4 } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { netmaskPrefix, sameSubnet } from './addresses';
import { t } from './util';

export const gatewayOutsideSubnet: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.gateway-outside-subnet',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Gateway outside every configured subnet', '网关不在任何已配置的子网内'),
  doc: {
    description: t(
      'A default gateway must be reachable on the link: inside the subnet of one of the interface\'s addresses. Otherwise the default route cannot be added (or needs an onlink route this file does not give).',
      '默认网关必须在链路上可达，即位于该接口某个地址的子网内。否则无法添加默认路由（或需要本文件未提供的 onlink 路由）。',
    ),
    bad: 'IPADDR=192.0.2.10\nPREFIX=24\nGATEWAY=198.51.100.1',
    good: 'IPADDR=192.0.2.10\nPREFIX=24\nGATEWAY=192.0.2.1',
  },
  check(ctx, report) {
    const { model } = ctx;
    const gateway = model.assignment('GATEWAY') ?? model.assignment('GATEWAY0');
    if (!gateway || !parseIpv4(gateway.value)) return;
    const subnets: { address: string; prefix: number }[] = [];
    for (const suffix of ['', ...Array.from({ length: 10 }, (_, i) => String(i))]) {
      const address = model.value(`IPADDR${suffix}`);
      if (!address || !parseIpv4(address)) continue;
      const prefixText = model.value(`PREFIX${suffix}`);
      const mask = model.value(`NETMASK${suffix}`);
      const prefix = prefixText && /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : mask ? netmaskPrefix(mask) : undefined;
      if (prefix === undefined || prefix > 32) continue;
      subnets.push({ address, prefix });
    }
    if (subnets.length === 0 || subnets.some((s) => sameSubnet(s.address, gateway.value, s.prefix))) return;
    const list = subnets.map((s) => `${s.address}/${s.prefix}`).join(', ');
    report({
      range: ctx.range(gateway.rawRange),
      message: t(`Gateway ${gateway.value} is outside ${list}: the default route cannot reach it.`, `网关 ${gateway.value} 不在 ${list} 内：默认路由无法到达它。`),
    });
  },
};
