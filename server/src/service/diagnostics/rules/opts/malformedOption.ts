import type { BondingOptProblemCode } from '../../../../syntax/bondingOpts';
import type { Fix, Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { isBondFile, nmReadsOpts, t, writtenOptions } from './util';
import { WICKED_REJECTS_DOC, readByWicked, wickedRejects } from './wicked';

/**
 * What each RHEL reader makes of the item; `nm` false where NetworkManager does not read the options (nmReadsOpts), so
 * only initscripts' part is said. Undefined where that reader alone has no trouble with it.
 */
function messageFor(code: BondingOptProblemCode, nm: boolean): { en: string; zh: string } | undefined {
  const both = (nmPart: { en: string; zh: string }, initscripts: { en: string; zh: string }) =>
    nm ? t(`${nmPart.en}, and ${initscripts.en}`, `${nmPart.zh}，${initscripts.zh}`) : initscripts;
  switch (code) {
    // network-functions cuts `${arg%%=*}` and `${arg##*=}`: without "=" both are the whole word.
    case 'missing-equals': {
      const m = both(t('NetworkManager skips it', 'NetworkManager 会跳过它'), t('initscripts writes "{text}" as its own value ({text}={text})', 'initscripts 会把 "{text}" 本身当作值写入（{text}={text}）'));
      return t(`"{text}" has no "=": ${m.en}.`, `"{text}" 没有 "="：${m.zh}。`);
    }
    case 'empty-name':
      return t('"{text}" has no option name: it is skipped.', '"{text}" 没有选项名：会被跳过。');
    case 'empty-value': {
      const m = both(t('NetworkManager skips it', 'NetworkManager 会跳过它'), t('the kernel refuses an empty value', '内核拒绝空值'));
      return t(`"{text}" has no value: ${m.en}.`, `"{text}" 没有值：${m.zh}。`);
    }
    case 'space-around-equals':
      return t(
        '"{text}" has blanks around "=": the list is split on blanks, so the option name and its value arrive as separate items and the setting is lost.',
        '"{text}" 的 "=" 两侧有空白：选项列表按空白拆分，选项名和值会被拆成两项，该设置会丢失。',
      );
    case 'extra-equals': {
      const m = both(t('NetworkManager keeps everything after the first', 'NetworkManager 取第一个 "=" 之后的全部内容'), t('initscripts only what follows the last', 'initscripts 只取最后一个 "=" 之后的内容'));
      return t(`"{text}" has more than one "=": ${m.en}.`, `"{text}" 含有多个 "="：${m.zh}。`);
    }
    // The shell splits on tabs as on spaces.
    case 'tab-separator':
      return nm ? t('Options separated by a tab: NetworkManager splits BONDING_OPTS on spaces only and reads the tab as part of a value.', '选项之间用了制表符：NetworkManager 只按空格拆分 BONDING_OPTS，会把制表符当作值的一部分。') : undefined;
  }
}

/**
 * An empty value that the kernel does not refuse, or that initscripts does not write: the kernel clears primary and
 * active_slave on an empty write (bond_option_primary_set, bond_option_active_slave_set), and network-functions splits
 * an empty arp_ip_target into no addresses.
 */
const EMPTY_TAKEN: Readonly<Record<string, { en: string; zh: string }>> = {
  primary: t('initscripts writes it empty, which the kernel takes as no primary', 'initscripts 写入空值，内核视为不设 primary'),
  active_slave: t('initscripts writes it empty, which the kernel takes as clearing the active port', 'initscripts 写入空值，内核视为清除活动端口'),
  arp_ip_target: t('initscripts adds no target', 'initscripts 不添加任何目标'),
};

function emptyValueText(name: string, nm: boolean): { en: string; zh: string } | undefined {
  const taken = EMPTY_TAKEN[name];
  if (!taken) return undefined;
  return nm
    ? t(`"{text}" has no value: NetworkManager skips it, and ${taken.en}.`, `"{text}" 没有值：NetworkManager 会跳过它，${taken.zh}。`)
    : t(`"{text}" has no value: ${taken.en}.`, `"{text}" 没有值：${taken.zh}。`);
}

/**
 * What is wrong with the item in a SUSE file, before what wicked does about it; undefined where wicked reads the item
 * without trouble. client/suse/compat-suse.c `try_set_bonding_options` splits on spaces and tabs (strtok, so runs of
 * blanks make no empty items), cuts each item at its first "=" and gives up on an empty name or value.
 */
const WICKED_REASONS: Readonly<Record<BondingOptProblemCode, { en: string; zh: string } | undefined>> = {
  // No "=": the value is NULL, which counts as empty.
  'missing-equals': t('"{text}" has no "="', '"{text}" 没有 "="'),
  'empty-name': t('"{text}" has no option name', '"{text}" 没有选项名'),
  // Refused even for primary and active_slave, where the kernel takes an empty value as "none".
  'empty-value': t('"{text}" has no value', '"{text}" 没有值'),
  // `name =value`, `name= value` and `name = value` all split into an item without "=" or without a value, or with
  // no name.
  'space-around-equals': t(
    '"{text}" has blanks around "=", so the list splits there into a name without a value and a value without a name',
    '"{text}" 的 "=" 两侧有空白，选项列表会在此拆开，成为没有值的名字和没有名字的值',
  ),
  // wicked, like NetworkManager, keeps everything after the first "=" as the value, so there is no second reading to
  // warn about: whether that value is one wicked accepts is opts.invalid-value's question.
  'extra-equals': undefined,
  // Tabs separate items for wicked just as spaces do.
  'tab-separator': undefined,
};

export const malformedOption: Rule<IfcfgRuleContext> = {
  code: 'opts.malformed-option',
  severity: 'error',
  title: t('Option not written as name=value', '选项不是 name=value 形式'),
  doc: {
    description: t(
      `Every item of BONDING_OPTS must be \`name=value\` with no blanks around \`=\`, separated by single spaces. initscripts splits the list with the shell, NetworkManager on spaces; items without \`=\`, with an empty name or value, or with blanks around \`=\` are skipped or misread. In SUSE files wicked splits BONDING_MODULE_OPTS on spaces and tabs and takes the text before the first \`=\` as the name and the rest as the value, so tabs and a value containing \`=\` are no problem there; but for an item without \`=\` or with an empty name or value (which blanks around \`=\` produce), ${WICKED_REJECTS_DOC.en}.`,
      `BONDING_OPTS 的每一项都必须是 \`name=value\`，\`=\` 两侧不能有空白，各项之间用空格分隔。initscripts 用 shell 拆分列表，NetworkManager 按空格拆分；没有 \`=\`、名字或值为空、\`=\` 两侧有空白的项会被跳过或误读。在 SUSE 文件中，wicked 按空格和制表符拆分 BONDING_MODULE_OPTS，把第一个 \`=\` 之前的文字作为名字、其后的全部作为值，因此制表符和含有 \`=\` 的值在那里都没有问题；但遇到没有 \`=\`、名字或值为空的项（\`=\` 两侧有空白就会产生这样的项）时，${WICKED_REJECTS_DOC.zh}。`,
    ),
    bad: 'BONDING_OPTS="mode=1 miimon =100 primary"',
    good: 'BONDING_OPTS="mode=1 miimon=100 primary=eth0"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const wicked = readByWicked(ctx);
    const nm = nmReadsOpts(ctx);
    for (const { token } of writtenOptions(ctx)) {
      for (const problem of token.problems) {
        const reason = WICKED_REASONS[problem.code];
        const empty = problem.code === 'empty-value' ? emptyValueText(token.name, nm) : undefined;
        const text = wicked ? reason && wickedRejects(ctx, reason) : (empty ?? messageFor(problem.code, nm));
        if (!text) continue;
        const fill = (s: string) => s.replaceAll('{text}', token.text);
        const fixes: Fix[] = [];
        if (problem.code === 'space-around-equals' && token.value !== undefined) {
          fixes.push({ title: t('Remove the blanks around "="', '删除 "=" 两侧的空白'), edits: [ctx.replace(token.range, `${token.name}=${token.value}`)], safe: true, preferred: true });
        } else if (problem.code === 'tab-separator') {
          fixes.push({ title: t('Separate options with a space', '用空格分隔选项'), edits: [ctx.replace(problem.range, ' ')], safe: true, preferred: true });
        }
        report({ range: ctx.range(problem.code === 'tab-separator' ? problem.range : token.range), message: t(fill(text.en), fill(text.zh)), fixes });
      }
    }
  },
};
