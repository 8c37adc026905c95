import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { MIIMON_FORCED_MODES, addOption, effectiveMode, intOption, isBondFile, t } from './util';

export const monitorConflict: Rule<IfcfgRuleContext> = {
  code: 'opts.monitor-conflict',
  target: 'ifcfg',
  severity: 'warning',
  title: t('Both MII and ARP monitoring set', '同时设置了 MII 和 ARP 监测'),
  doc: {
    description: t(
      'MII and ARP monitoring are exclusive: setting arp_interval turns miimon off and setting miimon turns ARP monitoring off, so whichever is written last wins (NetworkManager refuses the pair over netlink). Keep one.',
      'MII 监测和 ARP 监测互斥：设置 arp_interval 会关闭 miimon，设置 miimon 会关闭 ARP 监测，因此最后写入的一个生效（NetworkManager 通过 netlink 下发时会拒绝二者同时存在）。请只保留一个。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1"',
    good: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    if (!intOption(ctx, 'miimon') || !intOption(ctx, 'arp_interval')) return;
    const miimonToken = ctx.model.option('miimon')!.token;
    const arpToken = ctx.model.option('arp_interval')!.token;
    report({
      range: ctx.range(miimonToken.range),
      message: t(
        `${miimonToken.text} and ${arpToken.text} are both set: only one link monitor can run.`,
        `同时设置了 ${miimonToken.text} 和 ${arpToken.text}：只能运行一种链路监测。`,
      ),
      related: [{ range: ctx.range(arpToken.range), message: t('ARP monitoring', 'ARP 监测') }],
    });
  },
};

export const noLinkMonitoring: Rule<IfcfgRuleContext> = {
  code: 'opts.no-link-monitoring',
  target: 'ifcfg',
  severity: 'warning',
  title: t('No link monitoring', '未设置链路监测'),
  doc: {
    description: t(
      'Without miimon or arp_interval the bond never notices a failed port and keeps sending traffic to it (miimon defaults to 0). 802.3ad, balance-tlb and balance-alb get miimon=100 from the kernel; the other modes need it set.',
      '未设置 miimon 或 arp_interval 时，bond 永远发现不了端口故障，会继续向其发送流量（miimon 默认为 0）。802.3ad、balance-tlb 和 balance-alb 由内核自动设置 miimon=100；其他模式需要显式设置。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx) || MIIMON_FORCED_MODES.includes(effectiveMode(ctx))) return;
    if (intOption(ctx, 'miimon') || intOption(ctx, 'arp_interval')) return;
    const opts = ctx.model.opts!;
    // `miimon=off` or `miimon=0` written: set it, rather than add a second miimon.
    const off = ctx.model.option('miimon')?.token;
    const add = off?.valueRange ? ctx.replace(off.valueRange, '100') : addOption(ctx, 'miimon=100', 'last');
    report({
      range: ctx.range(opts.assignment.keyRange),
      message: t(
        'Neither miimon nor arp_interval is set: the bond will not detect a failed link.',
        '既未设置 miimon 也未设置 arp_interval：bond 无法发现链路故障。',
      ),
      fixes: add ? [{ title: off ? t('Set miimon=100', '设为 miimon=100') : t('Add miimon=100', '添加 miimon=100'), edits: [add], safe: true, preferred: true }] : [],
    });
  },
};

export const arpTargets: Rule<IfcfgRuleContext> = {
  code: 'opts.arp-incomplete',
  target: 'ifcfg',
  severity: 'warning',
  title: t('ARP monitoring half configured', 'ARP 监测配置不完整'),
  doc: {
    description: t(
      'ARP monitoring needs both arp_interval and at least one arp_ip_target. An interval without targets probes nothing, so the monitor has no replies to judge the ports by (loading the module with such parameters resets arp_interval to 0); targets without an interval are never probed.',
      'ARP 监测需要同时设置 arp_interval 和至少一个 arp_ip_target。只有间隔没有目标时不会发出任何探测，监测无法依据应答判断端口状态（以模块参数方式加载时 arp_interval 会被重置为 0）；只有目标没有间隔则永远不会探测。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup arp_interval=1000"',
    good: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const interval = ctx.model.option('arp_interval');
    const target = ctx.model.option('arp_ip_target');
    const hasInterval = (intOption(ctx, 'arp_interval') ?? 0) > 0;
    if (hasInterval && !target) {
      report({
        range: ctx.range(interval!.token.range),
        message: t(`arp_interval=${interval!.token.value} without arp_ip_target: there is nothing to probe.`, `设置了 arp_interval=${interval!.token.value} 却没有 arp_ip_target：没有可探测的目标。`),
      });
    } else if (target && !hasInterval) {
      report({
        range: ctx.range(target.token.range),
        message: t('arp_ip_target without arp_interval: the targets are never probed.', '设置了 arp_ip_target 却没有 arp_interval：这些目标永远不会被探测。'),
      });
    }
  },
};
