import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { plural, portStates, t } from './util';

const NOT_CARRYING = ['down', 'going back', 'unknown'];

/** In active-backup, balance-tlb and balance-alb everything depends on the active port: without one no traffic flows. */
export const activeSlaveDown: Rule<ProcRuleContext> = {
  code: 'proc.active-slave-down',
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
    // A bond without ports has no active port by construction; proc.bond-down says so.
    if (!line || !bond.mode?.usesPrimary || bond.ports.length === 0) return;
    if (line.valueText === 'None') {
      const states = portStates(bond.ports);
      report({
        range: valueRange(line),
        message: t(
          `No active port although the bond has ${plural(bond.ports.length, 'port', 'ports')} (${states.en}): the bond passes no traffic.`,
          `bond 有 ${bond.ports.length} 个端口（${states.zh}）却没有活动端口：bond 不转发流量。`,
        ),
      });
      return;
    }
    const port = bond.ports.find((p) => p.name === line.valueText);
    const mii = port?.value('slave.miiStatus');
    // An active-backup bond keeps sending on an active port `going down` until the down delay ends
    // (bond_xmit_activebackup does not look at its state), though with its carrier off those frames are lost;
    // proc.slave-down reports the port. tlb/alb stop using it at once (bond_do_alb_xmit).
    if (!port || mii === undefined || !NOT_CARRYING.includes(mii)) return;
    report({
      range: valueRange(line),
      message: t(`The active port ${port.name} is ${mii} (MII Status): the bond passes no traffic until another port takes over.`, `活动端口 ${port.name} 为 ${mii}（MII Status）：在其他端口接替之前 bond 不转发流量。`),
    });
  },
};
