import { SWITCH_NEED_TEXT } from '../../../../knowledge/modes';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/** Modes 0, 2, 3 and 4 only work when the switch is configured to match; nothing in a dump shows that it is. */
export const switchConfig: Rule<ProcRuleContext> = {
  code: 'proc.switch-config',
  severity: 'info',
  title: t('Mode needs switch configuration', '该模式需要交换机配置'),
  doc: {
    description: t(
      'balance-rr, balance-xor and broadcast need the switch ports grouped statically (EtherChannel / static trunk); 802.3ad needs LACP on the switch ports. active-backup, balance-tlb and balance-alb need nothing. Shown while `bonding.switch` is `unknown`.',
      'balance-rr、balance-xor 和 broadcast 需要交换机端口静态聚合（EtherChannel/静态 trunk）；802.3ad 需要交换机端口运行 LACP。active-backup、balance-tlb 和 balance-alb 无需交换机配置。`bonding.switch` 为 `unknown` 时显示。',
    ),
    bad: 'Bonding Mode: load balancing (round-robin)',
    good: 'Bonding Mode: fault-tolerance (active-backup)',
  },
  check({ bond, settings }, report) {
    const mode = bond.mode;
    const line = bond.field('bond.mode');
    if (!mode || !line || mode.switchNeed === 'none' || settings.switch !== 'unknown') return;
    const need = SWITCH_NEED_TEXT[mode.switchNeed];
    report({
      range: valueRange(line),
      message: t(`Mode ${mode.name} ${need.en}.`, `${mode.name} 模式${need.zh}。`),
    });
  },
};
