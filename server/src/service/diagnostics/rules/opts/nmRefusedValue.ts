import { isRejectedInMode, optionByName, validateNmValue, validateOptionValue } from '../../../../knowledge/options';
import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { effectiveMode, isBondFile, nmReadsOpts, t } from './util';

/**
 * A value the kernel takes and NetworkManager does not: its ifcfg reader validates each BONDING_OPTS item with libnm's
 * own rules (digits only for integers, its own enum names) and drops the item with a warning, so the two readers of a
 * RHEL file build different bonds from it.
 */
export const nmRefusedValue: Rule<IfcfgRuleContext> = {
  code: 'opts.nm-refused-value',
  severity: 'warning',
  title: t('Value NetworkManager does not accept', 'NetworkManager 不接受的取值'),
  doc: {
    description: t(
      'The kernel accepts keywords for integer options (miimon=off, lp_interval=maxval, all_slaves_active=on), names NetworkManager does not know (ad_select=actor_port_prio), and any primary= name, which it records without checking. NetworkManager reads BONDING_OPTS with its own rules: integers as decimal digits only, enums from its own list, primary as a valid interface name (at most 15 characters, no "/", ":" or blanks). It drops such an item with a warning in its log, while initscripts writes it to sysfs, so the bond differs with the reader. Write the number instead of the keyword, and primary= as the port\'s interface name.',
      '内核接受整数选项的关键字（miimon=off、lp_interval=maxval、all_slaves_active=on）、NetworkManager 不认识的名称（ad_select=actor_port_prio），以及任意 primary= 名称（内核不加检查地记录下来）。NetworkManager 按自己的规则读取 BONDING_OPTS：整数只能是十进制数字，枚举只能取它自己列出的名称，primary 必须是有效的接口名（最多 15 个字符，不含 “/”、“:” 或空白）。它会丢弃这样的选项并在日志中警告，而 initscripts 会把它写入 sysfs，因此 bond 的配置取决于读取工具。请用数字代替关键字，并把 primary= 写成端口的接口名。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 all_slaves_active=on"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100 all_slaves_active=1"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx) || !nmReadsOpts(ctx)) return;
    for (const { token, applied } of ctx.model.options) {
      const option = optionByName(token.name);
      if (!option?.nm || applied === undefined || applied === '' || !token.valueRange) continue;
      const kernel = validateOptionValue(option, applied);
      // A value the kernel refuses is opts.invalid-value's to report, an option it refuses in this mode
      // opts.rejected-in-mode's: initscripts applies neither.
      if (!kernel.ok || isRejectedInMode(option, effectiveMode(ctx))) continue;
      // The ifcfg reader strips every "+" and "-" from arp_ip_target before it validates the list.
      const nmValue = option.name === 'arp_ip_target' ? applied.replace(/[+-]/g, '') : applied;
      const nm = validateNmValue(option, nmValue);
      if (nm.ok) continue;
      const fixes: Fix[] = [];
      // A keyword or name whose number both readers take: the kernel gets the same value either way. Not a value only
      // older kernels take (use_carrier=off is 0, which the newest refuse as well): opts.deprecated deals with those.
      const n = kernel.normalized.kind === 'int' ? kernel.normalized.value : kernel.normalized.kind === 'enum' ? kernel.normalized.number : undefined;
      const digits = n === undefined ? undefined : String(n);
      if (digits !== undefined && !kernel.legacy && validateNmValue(option, digits).ok) {
        fixes.push({ title: t(`Change to ${digits}`, `改为 ${digits}`), edits: [ctx.replace(token.valueRange, digits)], safe: true, preferred: true });
      }
      // A name the kernel records unchecked (primary) reaches it from initscripts, but may select no port.
      const initscripts = kernel.legacy
        ? t('initscripts writes it; only older kernels accept it.', 'initscripts 会写入它；只有较旧的内核接受它。')
        : kernel.kept
          ? t(`initscripts writes it, and ${kernel.kept.en}.`, `initscripts 会写入它，${kernel.kept.zh}。`)
          : t('initscripts applies it.', 'initscripts 会应用它。');
      report({
        range: ctx.range(token.valueRange),
        message: t(
          `NetworkManager drops ${token.text}: it accepts ${nm.expected.en}. ${initscripts.en}`,
          `NetworkManager 会丢弃 ${token.text}：其取值应为${nm.expected.zh}。${initscripts.zh}`,
        ),
        fixes,
      });
    }
  },
};
