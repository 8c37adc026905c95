import { parseIpv4 } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { netmaskPrefix, sameSubnet } from './addresses';
import { no, t } from './util';

export const gatewayOutsideSubnet: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.gateway-outside-subnet',
  severity: 'warning',
  title: t('Gateway outside the subnet a reader needs it in', '网关不在读取工具要求的子网内'),
  doc: {
    description: t(
      'A default gateway must be reachable on the link: inside the subnet of one of the interface\'s addresses. Otherwise initscripts adds no default route, while NetworkManager first adds a route to the gateway on the link (nm_l3_config_data_add_dependent_onlink_routes) and then the default route. initscripts asks more: ifup-eth adds the default route only when `GATEWAY` is in the network of the first address, so a gateway in the subnet of a later address (`IPADDR1`…) gives no default route under initscripts, while NetworkManager adds it.',
      '默认网关必须在链路上可达，即位于该接口某个地址的子网内。否则 initscripts 不会添加默认路由，而 NetworkManager 会先在链路上添加一条到网关的路由，再添加默认路由。initscripts 的要求更严：ifup-eth 只有在 `GATEWAY` 位于第一个地址的网络内时才添加默认路由，因此网关位于后面某个地址（`IPADDR1`…）的子网内时，initscripts 下没有默认路由，而 NetworkManager 会添加它。',
    ),
    bad: 'IPADDR=192.0.2.10\nPREFIX=24\nGATEWAY=198.51.100.1',
    good: 'IPADDR=192.0.2.10\nPREFIX=24\nGATEWAY=192.0.2.1',
  },
  check(ctx, report) {
    const { model } = ctx;
    const gateway = model.assignment('GATEWAY') ?? model.assignment('GATEWAY0');
    if (!gateway || !parseIpv4(gateway.value)) return;
    const subnets: { address: string; prefix: number }[] = [];
    /** Whether subnets[0] is the address initscripts takes as the first: its first non-empty IPADDR, IPADDR0, IPADDR1… */
    let firstKnown = false;
    let seen = false;
    for (const suffix of ['', ...Array.from({ length: 10 }, (_, i) => String(i))]) {
      const address = model.value(`IPADDR${suffix}`);
      if (!address) continue;
      const first = !seen;
      seen = true;
      if (!parseIpv4(address)) continue;
      const prefixText = model.value(`PREFIX${suffix}`);
      const mask = model.value(`NETMASK${suffix}`);
      const prefix = prefixText && /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : mask ? netmaskPrefix(mask) : undefined;
      if (prefix === undefined || prefix > 32) continue;
      subnets.push({ address, prefix });
      if (first) firstKnown = true;
    }
    if (subnets.length === 0) return;
    if (subnets.some((s) => sameSubnet(s.address, gateway.value, s.prefix))) {
      const first = subnets[0]!;
      // ifup-eth: the default route only when `ipcalc --network $GATEWAY ${netmask[0]}` gives the first address's
      // NETWORK (a NETWORK in the file replaces that one); it never reads GATEWAY0, and DEFROUTE=no adds no route anyway.
      if (model.dialect !== 'redhat' || gateway.key !== 'GATEWAY' || !firstKnown || sameSubnet(first.address, gateway.value, first.prefix)) return;
      if (model.value('NETWORK') || no(model.value('DEFROUTE'))) return;
      report({
        range: ctx.range(gateway.rawRange),
        message: t(
          `Gateway ${gateway.value} is outside ${first.address}/${first.prefix}, the first address: initscripts adds no default route (ifup-eth checks the gateway against the first address only); NetworkManager adds it.`,
          `网关 ${gateway.value} 不在第一个地址 ${first.address}/${first.prefix} 的子网内：initscripts 不会添加默认路由（ifup-eth 只用第一个地址检查网关）；NetworkManager 会添加它。`,
        ),
      });
      return;
    }
    // What initscripts and NetworkManager do with it; wicked reads no GATEWAY from an ifcfg file (its routes file has them).
    if (model.dialect !== 'redhat') return;
    const list = subnets.map((s) => `${s.address}/${s.prefix}`).join(', ');
    report({
      range: ctx.range(gateway.rawRange),
      message: t(
        `Gateway ${gateway.value} is outside ${list}: initscripts adds no default route; NetworkManager adds one, after a route to the gateway on the link.`,
        `网关 ${gateway.value} 不在 ${list} 内：initscripts 不会添加默认路由；NetworkManager 会先在链路上添加一条到网关的路由，再添加默认路由。`,
      ),
    });
  },
};
