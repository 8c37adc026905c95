import { SWITCH_NEED_TEXT } from '../../../../knowledge/modes';
import type { Rule } from '../../rule';
import { type ProcRuleContext, valueRange } from '../../procContext';
import { t } from './util';

/** `bonding.switch` tells what the switch ports are set up for; a mode that needs something else loses traffic. */
export const switchMismatch: Rule<ProcRuleContext> = {
  code: 'proc.switch-mismatch',
  severity: 'warning',
  title: t('Mode does not match the switch configuration', '模式与交换机配置不符'),
  doc: {
    description: t(
      'The `bonding.switch` setting says how the switch ports are configured. A mode that needs static grouping or LACP on a switch set up otherwise can lose or duplicate traffic; 802.3ad on a switch without grouping gets no LACP partner and runs on one port, without aggregation. Use active-backup or balance-alb with an unconfigured switch.',
      '`bonding.switch` 设置说明交换机端口的配置方式。需要静态聚合或 LACP 的模式若遇到配置不同的交换机，可能丢失或重复流量；802.3ad 遇到未配置聚合的交换机时没有 LACP 对端，只在一个端口上运行，不做聚合。交换机未配置时请使用 active-backup 或 balance-alb。',
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
        `Mode ${mode.name} ${SWITCH_NEED_TEXT[mode.switchNeed].en}, but the switch ports are ${have.en} (bonding.switch: ${settings.switch}).`,
        `${mode.name} 模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}，但交换机端口${have.zh}（bonding.switch: ${settings.switch}）。`,
      ),
    });
  },
};
