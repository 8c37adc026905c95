import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

const DELAYS = [
  { id: 'bond.updelay', name: 'Up Delay' },
  { id: 'bond.downdelay', name: 'Down Delay' },
  { id: 'bond.peerNotifDelay', name: 'Peer Notification Delay' },
] as const;

/** The kernel prints each delay as (count of MII polls) × miimon, so any other value was typed by hand. */
export const delayNotMultiple: Rule<ProcRuleContext> = {
  code: 'proc.delay-not-multiple',
  severity: 'info',
  title: t('Delay is not a multiple of the MII interval', '延迟不是 MII 间隔的整数倍'),
  doc: {
    description: t(
      'The kernel stores updelay, downdelay and peer_notif_delay as a number of MII polls and prints that number × miimon, so it never prints a delay that is not a multiple of the MII interval, and prints 0 while miimon is 0. Such a dump was edited, or is not kernel output.',
      '内核以 MII 轮询次数保存 updelay、downdelay 和 peer_notif_delay，并打印该次数 × miimon，因此不会打印不是 MII 间隔整数倍的延迟，miimon 为 0 时打印 0。出现这种值说明 dump 被编辑过，或不是内核输出。',
    ),
    bad: 'MII Polling Interval (ms): 100\nUp Delay (ms): 250',
    good: 'MII Polling Interval (ms): 100\nUp Delay (ms): 200',
  },
  check({ bond }, report) {
    // Without the MII line there is nothing to compare with.
    const miimon = bond.int('bond.miimon');
    if (miimon === undefined) return;
    for (const d of DELAYS) {
      const line = bond.field(d.id);
      const ms = bond.int(d.id);
      if (!line || !ms || (miimon > 0 && ms % miimon === 0)) continue;
      report({
        range: valueRange(line),
        message:
          miimon > 0
            ? t(
                `${d.name} ${ms} ms is not a multiple of the MII interval (${miimon} ms); the kernel prints delays as multiples, so this text was edited.`,
                `${d.name} ${ms} 毫秒不是 MII 间隔（${miimon} 毫秒）的整数倍；内核打印的延迟总是整数倍，此文本被编辑过。`,
              )
            : t(
                `${d.name} ${ms} ms with MII Polling Interval 0: the kernel prints the delay as a number of MII polls × miimon, which is 0 here, so this text was edited.`,
                `MII Polling Interval 为 0 时 ${d.name} 为 ${ms} 毫秒：内核打印的延迟是 MII 轮询次数 × miimon，此处应为 0，此文本被编辑过。`,
              ),
      });
    }
  },
};
