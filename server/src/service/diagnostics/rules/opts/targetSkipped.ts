import { checkTargetList, optionByName } from '../../../../knowledge/options';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmPart, t } from './util';
import { readByWicked } from './wicked';

/** An arp_ip_target item initscripts does not write: item `index` of list `list`, and the targets its search matched. */
interface Skip {
  readonly list: number;
  readonly index: number;
  readonly text: string;
  readonly matched: readonly string[];
}

/**
 * The arp_ip_target items initscripts leaves out. network-functions `install_bonding_driver` writes the lists in file
 * order, one `+address` per item, but first runs `grep -q ITEM` on the bond's arp_ip_target file, which shows the
 * targets it has, blank-separated (`bonding_show_arp_targets`): a regular expression matched anywhere in that line, in
 * which `.` is any character. An item found there is skipped, so 192.0.2.1 after 192.0.2.10 is never added. A list
 * that starts with "+" is written whole, and the kernel adds its first address (opts.invalid-value).
 */
function initscriptsSkips(lists: readonly string[]): Skip[] {
  const option = optionByName('arp_ip_target')!;
  const present: string[] = [];
  const skips: Skip[] = [];
  // The targets grep's first match covers. The other characters of a `+` list ("," and "+") are literal to grep too.
  const search = (pattern: string): string[] | undefined => {
    const line = present.join(' ');
    const matchesAt = (i: number) => {
      for (let k = 0; k < pattern.length; k++) if (pattern[k] !== '.' && pattern[k] !== line[i + k]) return false;
      return true;
    };
    let from = 0;
    while (from + pattern.length <= line.length && !matchesAt(from)) from++;
    if (from + pattern.length > line.length) return undefined;
    let at = 0;
    return present.filter((target) => {
      const start = at;
      at += target.length + 1;
      return start < from + pattern.length && from < start + target.length;
    });
  };
  // What the kernel keeps of one write: a valid address not yet listed, while there is room (checkTargetList).
  const add = (written: string) => {
    const address = checkTargetList(option, written).addresses[0];
    if (address !== undefined && !present.includes(address) && present.length < (option.maxItems ?? 16)) present.push(address);
  };
  lists.forEach((value, list) => {
    if (value.startsWith('+')) {
      if (!search(value.slice(1))) add(value.slice(1).split(',')[0]!);
      return;
    }
    value.split(',').forEach((text, index) => {
      // Other text is no address (opts.invalid-value); an empty item matches every line.
      if (!/^[\d.]+$/.test(text)) return;
      const matched = search(text);
      if (!matched) return add(text);
      // A repeated address is opts.duplicate-option's.
      const address = checkTargetList(option, text).addresses[0];
      if (address !== undefined && !present.includes(address)) skips.push({ list, index, text, matched });
    });
  });
  return skips;
}

export const targetSkipped: Rule<IfcfgRuleContext> = {
  code: 'opts.arp-target-skipped',
  severity: 'warning',
  title: t('ARP target initscripts does not add', 'initscripts 不会添加的 ARP 目标'),
  doc: {
    description: t(
      'Before it writes each arp_ip_target address, initscripts runs `grep -q ADDRESS` on the targets the bond already has, and skips the address when grep finds it. grep matches anywhere in the line, and a `.` matches any character, so an address found inside an earlier one is never added: after 192.0.2.10, 192.0.2.1 is skipped and the bond probes one target where the file lists two. NetworkManager adds every address. Write the shorter address first.',
      '写入每个 arp_ip_target 地址之前，initscripts 会用 `grep -q 地址` 在 bond 已有的目标中查找，找到就跳过该地址。grep 在整行的任意位置匹配，且 `.` 可匹配任意字符，因此包含在前面某个地址中的地址永远不会被添加：在 192.0.2.10 之后，192.0.2.1 会被跳过，文件列出两个目标，bond 却只探测一个。NetworkManager 会添加每个地址。请把较短的地址写在前面。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.10,192.0.2.1"',
    good: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.10"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx) || readByWicked(ctx)) return;
    // install_bonding_driver compares the name as written and takes the value after the last "=".
    const tokens = ctx.model.options.map((o) => o.token).filter((token) => token.name === 'arp_ip_target' && token.value);
    const values = tokens.map((token) => token.value!.slice(token.value!.lastIndexOf('=') + 1));
    const nm = nmPart(ctx, ' NetworkManager adds it.', 'NetworkManager 会添加它。');
    for (const skip of initscriptsSkips(values)) {
      const token = tokens[skip.list]!;
      const item = token.items[skip.index];
      if (!item || values[skip.list] !== token.value) continue;
      const matched = skip.matched.join(' ');
      report({
        range: ctx.range(item.range),
        message: t(
          `initscripts does not add ${skip.text}: before each address it runs "grep -q ${skip.text}" on the bond's targets, which matches ${matched}, added before it.${nm.en}`,
          `initscripts 不会添加 ${skip.text}：它在写入每个地址前对 bond 已有的目标运行 "grep -q ${skip.text}"，该命令匹配到先添加的 ${matched}。${nm.zh}`,
        ),
        fixes: reorder(values, skip).map((value) => ({
          title: t(`Put ${skip.text} before ${matched}`, `将 ${skip.text} 移到 ${matched} 之前`),
          edits: [ctx.replace(token.valueRange!, value)],
          safe: true,
          preferred: true,
        })),
      });
    }
  },
};

/**
 * The skipped item's list with the item moved before the one address it matched, when that address is an earlier item
 * of the same list and initscripts then adds every item of it; else nothing.
 */
function reorder(values: readonly string[], skip: Skip): string[] {
  const items = values[skip.list]!.split(',');
  const option = optionByName('arp_ip_target')!;
  const before = skip.matched.length === 1 ? items.findIndex((text, i) => i < skip.index && checkTargetList(option, text).addresses[0] === skip.matched[0]) : -1;
  if (before < 0) return [];
  items.splice(before, 0, ...items.splice(skip.index, 1));
  const value = items.join(',');
  const moved = values.map((v, i) => (i === skip.list ? value : v));
  return initscriptsSkips(moved).some((s) => s.list === skip.list) ? [] : [value];
}
