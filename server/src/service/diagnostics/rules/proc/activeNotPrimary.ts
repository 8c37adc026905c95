import { splitSuffix } from '../../../../model/procModel';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/** A primary that is not active usually failed once; whether it takes over again depends on primary_reselect. */
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
    // Drivers before 3.6.0 print no suffix; they behave as `always`.
    const reselect = suffix?.replace(/^primary_reselect /, '') ?? 'always';
    const primaryPort = bond.ports.find((p) => p.name === primary);
    const mii = primaryPort?.field('slave.miiStatus')?.valueText;
    const why = !primaryPort
      ? t(`${primary} is not a port of this bond`, `${primary} 不是该 bond 的端口`)
      : mii !== 'up'
        ? t(`${primary} is ${mii ?? 'not up'}`, `${primary} 为 ${mii ?? '未 up'}`)
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
