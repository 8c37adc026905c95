import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { splitSuffix } from '../../../../model/procModel';
import { t } from './util';

export const activeSlaveDown: Rule<ProcRuleContext> = {
  code: 'proc.active-slave-down',
  target: 'proc',
  severity: 'error',
  title: t('No working active port', '没有正常的活动端口'),
  doc: {
    description: t(
      'In active-backup, balance-tlb and balance-alb one port is the active one. `Currently Active Slave: None` while the bond has ports, or an active port whose link is not up, means the bond is not passing traffic.',
      '在 active-backup、balance-tlb 和 balance-alb 模式下有一个活动端口。bond 有端口却显示 `Currently Active Slave: None`，或活动端口链路未 up，意味着 bond 不转发流量。',
    ),
    bad: 'Currently Active Slave: None\n...\nSlave Interface: eth0\nMII Status: down',
    good: 'Currently Active Slave: eth0\n...\nSlave Interface: eth0\nMII Status: up',
  },
  check({ bond }, report) {
    const line = bond.field('bond.activeSlave');
    if (!line || !bond.mode?.usesPrimary || bond.ports.length === 0) return;
    if (line.valueText === 'None') {
      report({
        range: valueRange(line),
        message: t(
          `No active port although the bond has ${bond.ports.length} port(s): every port is down, so the bond passes no traffic.`,
          `bond 有 ${bond.ports.length} 个端口却没有活动端口：所有端口均已断开，bond 不转发流量。`,
        ),
      });
      return;
    }
    const port = bond.ports.find((p) => p.name === line.valueText);
    const mii = port?.field('slave.miiStatus')?.valueText;
    if (!port || mii === undefined || mii === 'up') return;
    report({
      range: valueRange(line),
      message: t(`The active port ${port.name} is ${mii}.`, `活动端口 ${port.name} 的状态为 ${mii}。`),
    });
  },
};

export const activeNotPrimary: Rule<ProcRuleContext> = {
  code: 'proc.active-not-primary',
  target: 'proc',
  severity: 'info',
  title: t('Active port is not the primary', '活动端口不是 primary'),
  doc: {
    description: t(
      'When a primary port is set, the bond prefers it. Another port being active means the primary failed at some point; with `primary_reselect always` it returns as soon as the primary is up, with `better` or `failure` it may stay on the other port.',
      '设置了 primary 端口时 bond 优先使用它。其他端口处于活动状态说明 primary 曾经故障；`primary_reselect always` 时 primary 一恢复就切回，`better` 或 `failure` 时可能继续使用其他端口。',
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
    const reselect = suffix?.replace(/^primary_reselect /, '') ?? 'always';
    const primaryPort = bond.ports.find((p) => p.name === primary);
    const primaryUp = primaryPort?.field('slave.miiStatus')?.valueText === 'up';
    const why = !primaryPort
      ? t(`${primary} is not a port of this bond`, `${primary} 不是该 bond 的端口`)
      : !primaryUp
        ? t(`${primary} is not up`, `${primary} 未 up`)
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
