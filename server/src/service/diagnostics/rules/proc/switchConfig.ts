import { SWITCH_NEED_TEXT } from '../../../../knowledge/modes';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/** Modes 0, 2, 3 and 4 only work when the switch is configured to match; the setting says what it is. */
export const switchConfig: Rule<ProcRuleContext> = {
  code: 'proc.switch-config',
  target: 'proc',
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

export const switchMismatch: Rule<ProcRuleContext> = {
  code: 'proc.switch-mismatch',
  target: 'proc',
  severity: 'warning',
  title: t('Mode does not match the switch configuration', '模式与交换机配置不符'),
  doc: {
    description: t(
      'The `bonding.switch` setting says how the switch ports are configured. A mode that needs static grouping or LACP on a switch set up otherwise loses or duplicates traffic; use active-backup or balance-alb with an unconfigured switch.',
      '`bonding.switch` 设置说明交换机端口的配置方式。需要静态聚合或 LACP 的模式若遇到配置不同的交换机，会丢失或重复流量；交换机未配置时请使用 active-backup 或 balance-alb。',
    ),
    bad: '(bonding.switch: none)\nBonding Mode: IEEE 802.3ad Dynamic link aggregation',
    good: '(bonding.switch: none)\nBonding Mode: fault-tolerance (active-backup)',
  },
  check({ bond, settings }, report) {
    const mode = bond.mode;
    const line = bond.field('bond.mode');
    if (!mode || !line || mode.switchNeed === 'none' || settings.switch === 'unknown' || settings.switch === mode.switchNeed) return;
    const have = settings.switch === 'none' ? t('not grouped', '未做聚合') : settings.switch === 'static' ? t('grouped statically', '静态聚合') : t('running LACP', '运行 LACP');
    report({
      range: valueRange(line),
      message: t(
        `Mode ${mode.name} ${SWITCH_NEED_TEXT[mode.switchNeed].en}, but the switch ports are ${have.en} (bonding.switch).`,
        `${mode.name} 模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}，但交换机端口${have.zh}（bonding.switch）。`,
      ),
    });
  },
};
