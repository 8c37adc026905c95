import { splitSuffix } from '../../../../model/procModel';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/**
 * A primary that is not active failed once, or another port was made active by hand: bond_option_active_slave_set()
 * calls bond_change_active_slave() directly, and bond_choose_primary_or_current() only runs on a later
 * bond_select_active_slave(). Whether the primary takes over again then depends on primary_reselect.
 */
export const activeNotPrimary: Rule<ProcRuleContext> = {
  code: 'proc.active-not-primary',
  severity: 'info',
  title: t('Active port is not the primary', '活动端口不是 primary'),
  doc: {
    description: t(
      'When a primary port is set, the bond prefers it. Another port is active when the primary\'s link failed at some point, or when the active port was set by hand (`active_slave` through sysfs or netlink), which switches at once and does not reselect. Once the primary is up, `primary_reselect always` makes it active again at the next reselection (for example when the primary\'s link comes back, the active port fails, or `primary` or `primary_reselect` is written); with `better` or `failure` the bond may stay on the other port.',
      '设置了 primary 端口时 bond 优先使用它。其他端口处于活动状态，可能是 primary 的链路曾经故障，也可能是活动端口被手动指定（通过 sysfs 或 netlink 设置 `active_slave`），这会立即切换且不触发重新选择。primary 为 up 时，`primary_reselect always` 会在下一次重新选择时让它重新成为活动端口（例如 primary 的链路恢复、活动端口故障，或写入 `primary` 或 `primary_reselect` 时）；`better` 或 `failure` 时 bond 可能继续使用其他端口。',
    ),
    bad: 'Primary Slave: eth0 (primary_reselect failure)\nCurrently Active Slave: eth1',
    good: 'Primary Slave: eth0 (primary_reselect always)\nCurrently Active Slave: eth0',
  },
  check({ bond }, report) {
    const primaryLine = bond.field('bond.primary');
    const activeLine = bond.field('bond.activeSlave');
    if (!primaryLine || !activeLine || primaryLine.valueText === 'None' || activeLine.valueText === 'None') return;
    const { head: primary, suffix } = splitSuffix(primaryLine.valueText);
    if (primary === activeLine.valueText) return;
    // Drivers before 3.6.0 print no suffix; they behave as `always`.
    const reselect = suffix?.replace(/^primary_reselect /, '') ?? 'always';
    const primaryPort = bond.ports.find((p) => p.name === primary);
    const mii = primaryPort?.value('slave.miiStatus');
    const why = !primaryPort
      ? t(`${primary} is not a port of this bond`, `${primary} 不是该 bond 的端口`)
      : mii !== 'up'
        ? t(`${primary} is ${mii ?? 'not up'}`, `${primary} 为 ${mii ?? '未 up'}`)
        : reselect === 'always'
          ? // With both ports up, `always` picks the primary at every reselection, so it was not the last one.
            t(
              `${primary} is up and primary_reselect is always, so the active port was most likely set by hand (active_slave), which does not reselect; the bond returns to ${primary} at its next reselection`,
              `${primary} 已 up 且 primary_reselect 为 always，因此活动端口很可能是手动指定的（active_slave），这不会触发重新选择；bond 会在下一次重新选择时切回 ${primary}`,
            )
          : t(`${primary} is up; primary_reselect is ${reselect}`, `${primary} 已 up；primary_reselect 为 ${reselect}`);
    report({
      range: valueRange(activeLine),
      message: t(
        `${activeLine.valueText} is active although the primary is ${primary}: ${why.en}.`,
        `活动端口为 ${activeLine.valueText}，而 primary 为 ${primary}：${why.zh}。`,
      ),
    });
  },
};
