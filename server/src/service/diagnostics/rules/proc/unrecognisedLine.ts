import { PROC_FIELDS } from '../../../../knowledge/procFields';
import type { Rule } from '../../rule';
import { type ProcRuleContext, lineRange } from '../../procContext';
import { t } from './util';

const SECTION: Readonly<Record<string, { en: string; zh: string }>> = {
  header: t('first line', '第一行'),
  bond: t('bond section', 'bond 部分'),
  ad: t('802.3ad info section', '802.3ad info 部分'),
  aggregator: t('Active Aggregator Info block', 'Active Aggregator Info 块'),
  slave: t('Slave Interface blocks', 'Slave Interface 块'),
  actor: t('details actor lacp pdu blocks', 'details actor lacp pdu 块'),
  partner: t('details partner lacp pdu blocks', 'details partner lacp pdu 块'),
};

const squash = (s: string) => s.toLowerCase().replace(/[\s_*]+/g, ' ').trim();

export const unrecognisedLine: Rule<ProcRuleContext> = {
  code: 'proc.unrecognised-line',
  target: 'proc',
  severity: 'warning',
  title: t('Line the bonding driver does not print', 'bonding 驱动不会打印的行'),
  doc: {
    description: t(
      'Every line of a /proc/net/bonding dump comes from `bond_procfs.c`. A line inside a dump that no kernel prints was added or altered by hand (or written by someone who never ran the command), so it cannot be trusted as kernel output.',
      '/proc/net/bonding 的每一行都来自 `bond_procfs.c`。dump 中出现任何内核都不会打印的行，说明它被手工添加或修改过（或由未实际执行命令的人编写），不能当作内核输出。',
    ),
    bad: 'Slave Interface: eth0\nPartner MAC: 00:1c:73:00:00:01',
    good: 'Slave Interface: eth0\nMII Status: up',
  },
  check({ bond }, report) {
    for (const line of bond.syntax.lines) {
      if (line.kind !== 'unknown') continue;
      const near = line.labelText ? PROC_FIELDS.find((f) => f.label && squash(f.label) === squash(line.labelText)) : undefined;
      report({
        range: lineRange(line),
        message: near?.label === line.labelText
          ? t(
              `"${near.label}" is out of place here: the bonding driver prints it only in the ${SECTION[near.scope].en}.`,
              `"${near.label}" 出现的位置不对：bonding 驱动只在${SECTION[near.scope].zh}中打印它。`,
            )
          : near
          ? t(`The bonding driver prints "${near.label}", not "${line.labelText}".`, `bonding 驱动打印的是 "${near.label}"，而不是 "${line.labelText}"。`)
          : t('The bonding driver never prints this line: it was added or changed by hand.', 'bonding 驱动从不打印这一行：它是手工添加或修改的。'),
      });
    }
  },
};
