import { BOND_OPTIONS, type BondOption, type NormalizedValue, checkTargetList, optionByName, validateOptionValue } from '../../../../knowledge/options';
import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmReadsOpts, t, targetIndex } from './util';
import { WICKED_REJECTS_DOC, readByWicked, wickedRejects } from './wicked';

const WICKED_CASELESS = BOND_OPTIONS.filter((o) => o.wicked?.namesIgnoreCase).map((o) => o.name);
const WICKED_CASELESS_EN = `${WICKED_CASELESS.slice(0, -1).join(', ')} and ${WICKED_CASELESS.at(-1)}`;

export const invalidOptionValue: Rule<IfcfgRuleContext> = {
  code: 'opts.invalid-value',
  severity: 'error',
  title: t('Value the kernel refuses', '内核拒绝的取值'),
  doc: {
    description: t(
      `The kernel parses a value as a number when it is all digits, else as an exact, case-sensitive name; numbers must be in range and enum numbers must exist. A refused value leaves the option at its previous value (initscripts logs the error and carries on). An arp_ip_target list is the exception: initscripts writes each address on its own, so only the addresses the kernel refuses are lost, and each is reported by itself; but a list that starts with "+" it writes in one piece, and the kernel adds only its first address. In SUSE files wicked parses BONDING_MODULE_OPTS itself and matches the names of ${WICKED_CASELESS_EN} case-insensitively, so a name that differs only in case is no error there; but it reads the other options as decimal numbers, so a kernel keyword (all_slaves_active=on, updelay=maxval) is a value it cannot parse, as is a "+" in arp_ip_target; for a value it cannot parse, ${WICKED_REJECTS_DOC.en}.`,
      `内核把全数字的值当作数字解析，否则当作名称进行精确、区分大小写的匹配；数字必须在范围内，枚举数字必须存在。被拒绝的值会让该选项保持原值（initscripts 记录错误后继续执行）。arp_ip_target 列表例外：initscripts 逐个写入其中的地址，因此只会丢失内核拒绝的地址，每个这样的地址单独报告；但以 "+" 开头的列表会被整体写入，内核只添加其中第一个地址。在 SUSE 文件中，wicked 自行解析 BONDING_MODULE_OPTS，匹配 ${WICKED_CASELESS.join('、')} 的名称时不区分大小写，因此仅大小写不同的名称在那里不算错误；但其他选项它按十进制数字读取，因此内核的关键字（all_slaves_active=on、updelay=maxval）和 arp_ip_target 中的 "+" 都是它无法解析的值；遇到它无法解析的值时，${WICKED_REJECTS_DOC.zh}。`,
    ),
    bad: 'BONDING_OPTS="mode=Active-Backup lacp_rate=2"',
    good: 'BONDING_OPTS="mode=active-backup"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    for (const { token, applied } of ctx.model.options) {
      const option = optionByName(token.name);
      const written = token.value;
      if (!option || written === undefined || applied === undefined || applied === '' || !token.valueRange) continue;
      // network-functions writes a list that starts with "+" in one piece; the kernel's in4_pton stops at the comma.
      if (option.name === 'arp_ip_target' && !readByWicked(ctx) && /^\+[^,-]*,[^-]*$/.test(written)) {
        const first = written.slice(1, written.indexOf(','));
        const nm = nmReadsOpts(ctx) ? t('; NetworkManager adds them all', '；NetworkManager 会添加全部地址') : t('', '');
        report({
          range: ctx.range(token.valueRange),
          message: t(
            `arp_ip_target=${written}: initscripts writes a list that starts with "+" in one piece, and the kernel adds only its first address (${first})${nm.en}.`,
            `arp_ip_target=${written}：以 "+" 开头的列表会被 initscripts 整体写入，内核只添加其中第一个地址（${first}）${nm.zh}。`,
          ),
          fixes: [{ title: t('Remove the "+" signs', '删除 "+" 号'), edits: [ctx.replace(token.valueRange, written.replaceAll('+', ''))], safe: true, preferred: true }],
        });
      }
      const check = validateOptionValue(option, applied);
      if (check.ok) {
        if (readByWicked(ctx) && wickedCannotParse(option, written, check.normalized)) {
          report({
            range: ctx.range(token.valueRange),
            message: wickedRejects(ctx, t(`${token.name}: wicked does not know the value "${written}"`, `${token.name}：wicked 不认识取值 "${written}"`)),
          });
        }
        continue;
      }
      if ((option.kind === 'ipv4-list' || option.kind === 'ipv6-list') && check.problem !== 'empty') {
        const indexOf = targetIndex(token);
        for (const { problem, at } of checkTargetList(option, applied).refused) {
          const item = token.items[indexOf(at)];
          const text = written.slice(at.start, at.end);
          report({
            range: ctx.range(item?.range ?? token.valueRange),
            message:
              problem === 'too-many'
                ? t(`${token.name}: "${text}" does not fit; the kernel keeps at most ${option.maxItems ?? 16} addresses.`, `${token.name}："${text}" 放不下；内核最多保留 ${option.maxItems ?? 16} 个地址。`)
                : t(`${token.name}: invalid address "${text}"; expected ${check.expected.en}.`, `${token.name}：地址 "${text}" 无效；应为${check.expected.zh}。`),
          });
        }
        continue;
      }
      const fixes: Fix[] = [];
      // A name in the wrong case is the one mistake with a single right answer.
      const byCase = option.values?.find((v) => v.name.toLowerCase() === written.toLowerCase() && v.name !== written);
      if (byCase) fixes.push({ title: t(`Change to "${byCase.name}"`, `改为 "${byCase.name}"`), edits: [ctx.replace(token.valueRange, byCase.name)], safe: true, preferred: true });
      report({
        range: ctx.range(token.valueRange),
        message: t(
          `${token.name}: invalid value "${written}"; expected ${check.expected.en}.`,
          `${token.name}：取值 "${written}" 无效；应为${check.expected.zh}。`,
        ),
        fixes,
      });
    }
  },
};

/** Options wicked parses with `ni_parse_uint` in base 0, where `0x10` is 16. */
const BASE_0 = ['ad_actor_sys_prio', 'ad_user_port_key'];

/**
 * A value the kernel takes that wicked's own parser (src/bonding.c `ni_bonding_set_option`) or its validation does
 * not: a name its table lacks (vlan+srcmac), or that name's number; a kernel keyword or a name where it reads an
 * integer with `ni_parse_uint` (BASE_0, else base 10), as it does for every option without a name table of its own
 * (all_slaves_active=on, updelay=maxval); a "+" in arp_ip_target, whose items must be addresses. miimon=off is
 * opts.no-link-monitoring's.
 */
function wickedCannotParse(option: BondOption, written: string, value: NormalizedValue): boolean {
  if (option.name === 'arp_ip_target') return written.includes('+');
  if (!option.wicked) return false;
  // ni_bonding_validate refuses the number of a value its table lacks too (xmit_hash_policy=5 is vlan+srcmac).
  if (value.kind === 'enum' && option.wicked.names) return !option.wicked.names.includes(value.name);
  const integer = BASE_0.includes(option.name) ? /^(?:0x[\da-f]+|\d+)$/i : /^\d+$/;
  return (value.kind === 'int' || (value.kind === 'enum' && !option.wicked.namesIgnoreCase)) && !integer.test(written) && !(option.name === 'miimon' && value.kind === 'int' && value.value === 0);
}
