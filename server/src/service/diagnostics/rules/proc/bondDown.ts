import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isAre } from '../../../../knowledge/text';
import { is8023ad, noPorts, portStates, showsNoActiveAggregator, t } from './util';

/**
 * A bond without carrier passes no traffic. The causes that have a rule of their own (no active aggregator, min_links,
 * no active port) are reported there, at the line that shows the cause; this rule covers the rest.
 */
export const bondDown: Rule<ProcRuleContext> = {
  code: 'proc.bond-down',
  severity: 'error',
  title: t('Bond has no carrier', 'bond 没有载波'),
  doc: {
    description: t(
      'The bond\'s own `MII Status: down` means it has no carrier and passes no traffic: it has no ports, or none of them is up. (No active aggregator, unmet min_links and no active port are reported by their own rules.)',
      'bond 自身的 `MII Status: down` 表示它没有载波、不转发流量：它没有端口，或没有一个端口 up。（没有活动聚合组、min_links 未满足、没有活动端口由各自的规则报告。）',
    ),
    bad: 'MII Status: down\nMII Polling Interval (ms): 100\n(no Slave Interface blocks)',
    good: 'MII Status: up\n...\nSlave Interface: eth0\nMII Status: up',
  },
  check({ bond }, report) {
    const line = bond.field('bond.miiStatus');
    if (line?.valueText !== 'down') return;
    const ports = bond.ports;
    if (is8023ad(bond)) {
      const min = bond.int('ad.minLinks') ?? 0;
      const count = bond.int('aggregator.ports');
      if (showsNoActiveAggregator(bond) || (count !== undefined && count < min)) return;
    }
    if (bond.mode?.usesPrimary && ports.length > 0 && bond.value('bond.activeSlave') === 'None') return;
    const name = bond.name ?? t('The bond', '该 bond');
    const who = typeof name === 'string' ? t(name, name) : name;
    const up = ports.filter((p) => p.up).map((p) => p.name);
    const none = noPorts(bond);
    const why =
      ports.length === 0
        ? t(`${none.en} (no Slave Interface block)`, `${none.zh}（没有 Slave Interface 块）`)
        : up.length === 0
          ? t(`none of its ports is up (${portStates(ports).en})`, `其端口均未 up（${portStates(ports).zh}）`)
          : t(
              `its carrier is off although ${up.join(', ')} ${isAre(up.length)} up`,
              `尽管 ${up.join('、')} ${up.length === 1 ? '为' : '均为'} up，其载波仍是关闭的`,
            );
    report({
      range: valueRange(line),
      message: t(`${who.en} is down (MII Status: down): ${why.en}, so it passes no traffic.`, `${who.zh} 为 down（MII Status: down）：${why.zh}，因此不转发流量。`),
    });
  },
};
