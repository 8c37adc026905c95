import { MODES, type BondMode, SWITCH_NEED_TEXT } from '../../../../knowledge/modes';
import type { SwitchSetting } from '../../../settings';
import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, t } from './util';

/** Modes to offer when the switch cannot carry the configured one. */
const ALTERNATIVES: Readonly<Record<Exclude<SwitchSetting, 'unknown'>, readonly string[]>> = {
  none: ['active-backup', 'balance-alb'],
  static: ['balance-xor', 'active-backup'],
  lacp: ['802.3ad'],
};

function configuredMode(ctx: IfcfgRuleContext): BondMode | undefined {
  return isBondFile(ctx) ? ctx.model.mode?.mode : undefined;
}

export const switchConfig: Rule<IfcfgRuleContext> = {
  code: 'opts.switch-config',
  severity: 'info',
  title: t('Mode needs switch configuration', '该模式需要交换机配置'),
  doc: {
    description: t(
      'balance-rr, balance-xor and broadcast need the switch ports grouped statically; 802.3ad needs LACP on them. Set `bonding.switch` (or `"switch"` in .bondlintrc.json) to say how the switch is configured and get this checked.',
      'balance-rr、balance-xor 和 broadcast 需要交换机端口静态聚合；802.3ad 需要交换机端口运行 LACP。设置 `bonding.switch`（或 .bondlintrc.json 中的 `"switch"`）说明交换机的配置，即可检查二者是否匹配。',
    ),
    bad: 'BONDING_OPTS="mode=802.3ad miimon=100"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    const mode = configuredMode(ctx);
    if (!mode || mode.switchNeed === 'none' || ctx.settings.switch !== 'unknown') return;
    report({
      range: ctx.range(ctx.model.mode!.token.range),
      message: t(`Mode ${mode.name} ${SWITCH_NEED_TEXT[mode.switchNeed].en}.`, `${mode.name} 模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}。`),
    });
  },
};

export const switchMismatch: Rule<IfcfgRuleContext> = {
  code: 'opts.switch-mismatch',
  severity: 'warning',
  title: t('Mode does not match the switch', '模式与交换机配置不符'),
  doc: {
    description: t(
      'The `bonding.switch` setting says how the switch ports are configured. A mode that needs static grouping or LACP on a switch set up otherwise loses or duplicates traffic. With an unconfigured switch use active-backup or balance-alb.',
      '`bonding.switch` 设置说明交换机端口的配置方式。需要静态聚合或 LACP 的模式若遇到配置不同的交换机，会丢失或重复流量。交换机未做配置时请使用 active-backup 或 balance-alb。',
    ),
    bad: '(bonding.switch: none)\nBONDING_OPTS="mode=802.3ad miimon=100"',
    good: '(bonding.switch: none)\nBONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    const mode = configuredMode(ctx);
    const have = ctx.settings.switch;
    if (!mode || mode.switchNeed === 'none' || have === 'unknown' || have === mode.switchNeed) return;
    const token = ctx.model.mode!.token;
    const valueRange = token.valueRange;
    const fixes: Fix[] = !valueRange ? [] : ALTERNATIVES[have]
      .map((name) => MODES.find((m) => m.name === name)!)
      .map((m, i) => ({ title: t(`Switch to mode ${m.name}`, `改用 ${m.name} 模式`), edits: [ctx.replace(valueRange, m.name)], safe: false, preferred: i === 0 }));
    const haveText = have === 'none' ? t('not grouped', '未做聚合') : have === 'static' ? t('grouped statically', '静态聚合') : t('running LACP', '运行 LACP');
    report({
      range: ctx.range(token.range),
      message: t(
        `Mode ${mode.name} ${SWITCH_NEED_TEXT[mode.switchNeed].en}, but the switch ports are ${haveText.en} (bonding.switch).`,
        `${mode.name} 模式${SWITCH_NEED_TEXT[mode.switchNeed].zh}，但交换机端口${haveText.zh}（bonding.switch）。`,
      ),
      fixes,
    });
  },
};
