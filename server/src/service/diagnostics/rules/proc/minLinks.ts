import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { isUp, t } from './util';

export const minLinksUnmet: Rule<ProcRuleContext> = {
  code: 'proc.min-links-unmet',
  target: 'proc',
  severity: 'warning',
  title: t('Fewer active ports than min_links', '活动端口少于 min_links'),
  doc: {
    description: t(
      'With `min_links` set, an 802.3ad bond keeps its carrier down while the active aggregator has fewer usable ports than that: the bond passes no traffic although some ports work.',
      '设置了 `min_links` 时，若活动聚合组中的可用端口少于该值，802.3ad bond 会保持载波 down：即使部分端口正常，bond 也不转发流量。',
    ),
    bad: 'Min links: 2\n...\n\tNumber of ports: 1',
    good: 'Min links: 1\n...\n\tNumber of ports: 2',
  },
  check({ bond }, report) {
    const line = bond.field('ad.minLinks');
    const min = bond.int('ad.minLinks');
    if (!line || !min) return;
    const active = bond.int('aggregator.ports') ?? (bond.field('ad.noActiveAggregator') ? 0 : undefined);
    const usable = active ?? bond.ports.filter(isUp).length;
    if (usable >= min) return;
    report({
      range: valueRange(line),
      message: t(
        `Min links is ${min} but only ${usable} port(s) are ${active !== undefined ? 'in the active aggregator' : 'up'}: the bond's carrier stays down.`,
        `Min links 为 ${min}，但只有 ${usable} 个端口${active !== undefined ? '在活动聚合组中' : '处于 up'}：bond 的载波保持 down。`,
      ),
    });
  },
};
