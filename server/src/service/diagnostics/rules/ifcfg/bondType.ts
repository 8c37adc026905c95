import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { no, wickedYes } from '../../../../model/ifcfgModel';
import { t } from './util';

export const bondType: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.bond-type',
  severity: 'warning',
  title: t('Bond without TYPE=Bond (SUSE: BONDING_MASTER=yes)', 'bond 未设置 TYPE=Bond（SUSE：BONDING_MASTER=yes）'),
  doc: {
    description: t(
      'A bond\'s file should say `TYPE=Bond` (NetworkManager compares it in any case). The readers otherwise disagree. initscripts creates a bond for any non-empty BONDING_OPTS and reads neither TYPE nor BONDING_MASTER for it; but with `TYPE=Bridge` its ifup-eth then tries to add a bridge of the same name, fails and stops. NetworkManager makes a bond of a file without TYPE that has `BONDING_MASTER=yes` or a non-empty BONDING_OPTS, and of `TYPE=Ethernet` (exactly so spelled) with a non-empty BONDING_OPTS; with any other TYPE (`ethernet`, `Bridge`…) it ignores BONDING_OPTS, and it refuses a file that also has `BONDING_MASTER=yes` ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"). In a SUSE file, which wicked reads without looking at TYPE, the mark is `BONDING_MASTER=yes`: without it wicked makes no bond and reads neither BONDING_MODULE_OPTS nor the BONDING_SLAVE variables.',
      'bond 的配置文件应写明 `TYPE=Bond`（NetworkManager 比较时不区分大小写）。否则各读取方的理解并不一致。initscripts 只要 BONDING_OPTS 非空就创建 bond，为此既不读 TYPE 也不读 BONDING_MASTER；但在 `TYPE=Bridge` 时，其 ifup-eth 随后会尝试添加同名网桥，失败后中止。NetworkManager 会把没有 TYPE 且有 `BONDING_MASTER=yes` 或非空 BONDING_OPTS 的文件读作 bond，也会把 `TYPE=Ethernet`（须完全按此拼写）且 BONDING_OPTS 非空的文件读作 bond；TYPE 为其他值（`ethernet`、`Bridge`……）时它忽略 BONDING_OPTS，若文件还设置了 `BONDING_MASTER=yes` 则拒绝该文件（"BONDING_MASTER=yes key only allowed in TYPE=bond connections"）。SUSE 文件由 wicked 读取，它不看 TYPE，标记是 `BONDING_MASTER=yes`：没有这一项时 wicked 不会配置 bond，既不读 BONDING_MODULE_OPTS，也不读 BONDING_SLAVE 变量。',
    ),
    bad: 'DEVICE=bond0\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
    good: 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"',
  },
  check(ctx, report) {
    const { model } = ctx;
    const readers = model.rhel;
    if (model.dialect === 'suse') {
      // try_bonding returns before it reads a bonding variable unless BONDING_MASTER is true.
      const bonding = model.opts?.assignment ?? [...model.last.byKey.values()].find((a) => a.key.startsWith('BONDING_SLAVE'));
      const master = model.assignment('BONDING_MASTER');
      if (!bonding) return;
      if (master) {
        // A yes that wicked reads as no (1, y, t), or a value that is neither, is ifcfg.invalid-value's.
        if (wickedYes(master.value) || !(no(master.value) || master.value === '')) return;
        const written = `BONDING_MASTER=${master.value}`;
        report({
          range: ctx.range({ start: master.keyRange.start, end: master.rawRange.end }),
          message: t(
            `${written} with ${bonding.key}: wicked makes no bond of this file and reads none of its bonding variables.`,
            `${written} 却设置了 ${bonding.key}：wicked 不会把该文件配置为 bond，也不读取其中的任何 bonding 变量。`,
          ),
          fixes: [{ title: t('Change to BONDING_MASTER=yes', '改为 BONDING_MASTER=yes'), edits: [ctx.replace(master.rawRange, 'yes')], safe: false, preferred: true }],
        });
        return;
      }
      report({
        range: ctx.range(bonding.keyRange),
        message: t(
          `${bonding.key} without BONDING_MASTER=yes: wicked makes a bond only of a file that says so, and reads its bonding variables only then.`,
          `${bonding.key} 缺少 BONDING_MASTER=yes：wicked 只把写明该项的文件配置为 bond，也只有这时才读取其中的 bonding 变量。`,
        ),
        fixes: [{ title: t('Add BONDING_MASTER=yes', '添加 BONDING_MASTER=yes'), edits: [ctx.insertLineAfter(bonding, 'BONDING_MASTER=yes')], safe: true, preferred: true }],
      });
      return;
    }
    if (model.role !== 'bond' || !readers) return;
    const type = model.assignment('TYPE');
    if (type && /^bond$/i.test(type.value)) return;
    const anchor = model.assignment('BONDING_MASTER') ?? model.opts?.assignment;
    if (!anchor) return;
    if (type && type.value !== '') {
      const fixes = [{ title: t('Change to TYPE=Bond', '改为 TYPE=Bond'), edits: [ctx.replace(type.rawRange, 'Bond')], safe: false, preferred: true }];
      const master = model.assignment('BONDING_MASTER')?.value ?? '';
      // ifup-eth: is_available has made the bond from BONDING_OPTS when `ip link add $DEVICE type bridge || exit 1` runs.
      const bridge = type.value === 'Bridge' ? t(', and then ifup-eth fails to add a bridge of the same name and stops', '，随后 ifup-eth 无法再添加同名网桥而中止') : t('', '');
      let message;
      if (readers.nmRefused) {
        const says = '"BONDING_MASTER=yes key only allowed in TYPE=bond connections"';
        const [en, zh] = [`TYPE=${type.value} with BONDING_MASTER=${master}`, `TYPE=${type.value} 且设置了 BONDING_MASTER=${master}`];
        message = readers.initscriptsBond
          ? t(
              `${en}: NetworkManager refuses the file (${says}), while initscripts creates a bond from BONDING_OPTS${bridge.en}; use TYPE=Bond.`,
              `${zh}：NetworkManager 会拒绝该文件（${says}），而 initscripts 会按 BONDING_OPTS 创建 bond${bridge.zh}；应使用 TYPE=Bond。`,
            )
          : t(
              `${en} and no BONDING_OPTS: NetworkManager refuses the file (${says}); use TYPE=Bond.`,
              `${zh}，却没有 BONDING_OPTS：NetworkManager 会拒绝该文件（${says}）；应使用 TYPE=Bond。`,
            );
      } else if (readers.nmBond) {
        // NetworkManager's ifcfg-rh reader turns exactly TYPE=Ethernet into a bond through BONDING_OPTS alone.
        message = t(
          `TYPE=${type.value} on a bond: NetworkManager and initscripts read it as a bond only because BONDING_OPTS is set; use TYPE=Bond.`,
          `bond 上写了 TYPE=${type.value}：NetworkManager 和 initscripts 只是因为设置了 BONDING_OPTS 才把它读作 bond；应使用 TYPE=Bond。`,
        );
      } else if (readers.initscriptsBond && type.value === 'Ethernet') {
        // connection_from_file_full: TYPE=Ethernet is a bond only with a BONDING_OPTS that svGetValueStr() finds.
        message = t(
          `TYPE=Ethernet on a bond: initscripts creates a bond from BONDING_OPTS${bridge.en}, but NetworkManager reads BONDING_OPTS as empty (see the finding on its line), so to it this is an Ethernet connection; use TYPE=Bond.`,
          `bond 上写了 TYPE=Ethernet：initscripts 会按 BONDING_OPTS 创建 bond${bridge.zh}，但 NetworkManager 把 BONDING_OPTS 读作空值（见该行的问题），因此在它看来这是以太网连接；应使用 TYPE=Bond。`,
        );
      } else if (readers.initscriptsBond) {
        message = t(
          `TYPE=${type.value} with BONDING_OPTS: initscripts creates a bond from BONDING_OPTS${bridge.en}, but NetworkManager does not read the file as a bond and ignores BONDING_OPTS (it takes them as a bond only with TYPE=Bond, no TYPE, or TYPE=Ethernet exactly so spelled); use TYPE=Bond.`,
          `TYPE=${type.value} 且设置了 BONDING_OPTS：initscripts 会按 BONDING_OPTS 创建 bond${bridge.zh}，但 NetworkManager 不把该文件读作 bond，并忽略 BONDING_OPTS（只有 TYPE=Bond、没有 TYPE，或 TYPE=Ethernet 且完全按此拼写时，它才按 bond 读取）；应使用 TYPE=Bond。`,
        );
      } else return;
      report({ range: ctx.range(type.rawRange), message, fixes });
      return;
    }
    report({
      range: ctx.range(anchor.keyRange),
      message: t('This file configures a bond but has no TYPE=Bond.', '该文件配置的是 bond，但没有 TYPE=Bond。'),
      fixes: [{ title: t('Add TYPE=Bond', '添加 TYPE=Bond'), edits: [ctx.insertLineAfter(anchor, 'TYPE=Bond')], safe: true, preferred: true }],
    });
  },
};
