import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { plural, showsNoActiveAggregator, t } from './util';

/** bond_3ad_set_carrier() turns the carrier off while the active aggregator has fewer ports than min_links. */
export const minLinksUnmet: Rule<ProcRuleContext> = {
  code: 'proc.min-links-unmet',
  severity: 'error',
  title: t('Fewer active ports than min_links', '活动端口少于 min_links'),
  doc: {
    description: t(
      'With `min_links` set, an 802.3ad bond keeps its carrier off while the active aggregator has fewer ports than that: the bond passes no traffic although some ports work. With no active aggregator at all the carrier is off whatever min_links says: proc.no-active-aggregator reports that instead.',
      '设置了 `min_links` 时，若活动聚合组中的端口少于该值，802.3ad bond 会关闭载波：即使部分端口正常，bond 也不转发流量。若根本没有活动聚合组，无论 min_links 为何值载波都是关闭的：此时改由 proc.no-active-aggregator 报告。',
    ),
    bad: 'Min links: 2\n...\n\tNumber of ports: 1',
    good: 'Min links: 2\n...\n\tNumber of ports: 2',
  },
  check({ bond }, report) {
    const line = bond.field('ad.minLinks');
    const min = bond.int('ad.minLinks');
    // bond_3ad_set_carrier() compares min_links only with the ports of an active aggregator: without one the carrier is
    // off whatever min_links says, and proc.no-active-aggregator reports that.
    if (!line || !min || showsNoActiveAggregator(bond)) return;
    const inAggregator = bond.int('aggregator.ports');
    // Read without CAP_NET_ADMIN the aggregator is not shown; the ports with link are the most it can count, and a
    // port going down still counts until its down delay ends (bond_3ad_handle_link_change runs only then).
    const usable = inAggregator ?? bond.ports.filter((p) => p.upOrGoingDown).length;
    if (usable >= min) return;
    const goingDown = bond.ports.some((p) => p.upOrGoingDown && !p.up);
    const where =
      inAggregator !== undefined
        ? t('in the active aggregator', '在活动聚合组中')
        : goingDown
          ? t('up or going down', '处于 up 或 going down')
          : t('up', '处于 up');
    report({
      range: valueRange(line),
      message: t(
        `Min links is ${min} but only ${plural(usable, 'port is', 'ports are')} ${where.en}: the bond's carrier is off and it passes no traffic.`,
        `Min links 为 ${min}，但只有 ${usable} 个端口${where.zh}：bond 的载波被关闭，不转发流量。`,
      ),
    });
  },
};
