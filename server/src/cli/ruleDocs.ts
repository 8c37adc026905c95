import { type Lang, tr } from '../knowledge/text';
import { fenceFor } from '../service/annotate';
import { RULE_DOCS_BASE } from '../service/diagnostics';
import { type Rule, type RuleTarget, ruleTarget } from '../service/diagnostics/rule';
import { ALL_RULES } from '../service/diagnostics/rules/all';

/**
 * The rule pages under docs/rules/, generated from the rule table (`bondlint rules --write-docs docs/rules`);
 * a test regenerates them and compares. Also the help that SARIF carries for each rule.
 */

const TARGET: Readonly<Record<RuleTarget, { en: string; zh: string; fence: string }>> = {
  document: { en: 'any checked document', zh: '任何被检查的文档', fence: 'text' },
  proc: { en: '`/proc/net/bonding` dumps, whole or pasted into other text', zh: '`/proc/net/bonding` 输出（完整文件或粘贴在其他文本中）', fence: 'bonding' },
  ifcfg: { en: '`ifcfg-*` files (network-scripts)', zh: '`ifcfg-*` 文件（network-scripts）', fence: 'sh' },
  xfile: { en: 'sets of `ifcfg-*` files in one folder', zh: '同一目录中的一组 `ifcfg-*` 文件', fence: 'sh' },
};

const SEVERITY_ZH: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

function fenced(text: string, info: string): string {
  const fence = fenceFor(text);
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return `${fence}${info}\n${text.slice(0, end)}\n${fence}`;
}

export function sortedRules(): Rule<never>[] {
  return [...ALL_RULES].sort((a, b) => a.code.localeCompare(b.code));
}

/** How to set the rule's level; a rule that `off` does not hide says why and shows another level. */
function silencing(rule: Rule<never>): string {
  const kept = rule.doc.notSilenced;
  const level = kept ? 'warning' : 'off';
  const intro = kept
    ? ['## Changing its severity', '', kept.en, '', 'Another level (`hint`, `info`, `warning`, `error`) can be set for the code in the editor settings:']
    : ['## Turning it off or changing its severity', '', 'Set a level (`off`, `hint`, `info`, `warning`, `error`) for the code in the editor settings:'];
  return [
    ...intro,
    '',
    fenced(JSON.stringify({ 'bonding.rules': { [rule.code]: level } }, null, 2), 'json'),
    '',
    'or in `.bondlintrc.json` at the root of the project, which the editor and `bondlint` both read:',
    '',
    fenced(JSON.stringify({ rules: { [rule.code]: level } }, null, 2), 'json'),
    '',
    'or for one run of the command line:',
    '',
    fenced(`bondlint --rule ${rule.code}=${level} PATH...`, 'sh'),
    ...(kept || ruleTarget(rule.code) === 'document'
      ? []
      : ['', 'Where one finding does not apply, a comment silences the rule on the next line that is not blank or a comment (`disable-file=` in the whole file):', '', fenced(`# bondlint disable=${rule.code}`, 'sh')]),
  ].join('\n');
}

export function rulePage(rule: Rule<never>): string {
  const target = TARGET[ruleTarget(rule.code)];
  return [
    `# ${rule.code}`,
    '',
    '<!-- Generated from the rule table by `bondlint rules --write-docs docs/rules`; edit the rule, not this page. -->',
    '',
    `**${rule.title.en}**`,
    '',
    `Default severity: **${rule.severity}**. Checks ${target.en}.`,
    '',
    rule.doc.description.en,
    '',
    '## Bad',
    '',
    fenced(rule.doc.bad, target.fence),
    '',
    '## Good',
    '',
    fenced(rule.doc.good, target.fence),
    '',
    silencing(rule),
    '',
    '## 中文',
    '',
    `**${rule.title.zh}**`,
    '',
    `默认级别：**${SEVERITY_ZH[rule.severity] ?? rule.severity}**（\`${rule.severity}\`）。检查对象：${target.zh}。`,
    '',
    rule.doc.description.zh,
    '',
    rule.doc.notSilenced
      ? `${rule.doc.notSilenced.zh}\n\n调整级别：可在编辑器设置 \`bonding.rules\` 或项目根目录的 \`.bondlintrc.json\`（\`rules\`）中为 \`${rule.code}\` 设置 \`hint\`、\`info\`、\`warning\` 或 \`error\`；命令行可用 \`--rule ${rule.code}=warning\`。`
      : `关闭或调整级别：在编辑器设置 \`bonding.rules\` 或项目根目录的 \`.bondlintrc.json\`（\`rules\`）中为 \`${rule.code}\` 设置 \`off\`、\`hint\`、\`info\`、\`warning\` 或 \`error\`；命令行可用 \`--rule ${rule.code}=off\`。${ruleTarget(rule.code) === 'document' ? '' : `某处的问题不适用时，可在其上方写注释 \`# bondlint disable=${rule.code}\`，屏蔽下一个非空、非注释行上的该规则（\`disable-file=\` 则作用于整个文件）。`}`,
    '',
  ].join('\n');
}

export function rulesIndex(): string {
  const rows = sortedRules().map((r) => `| [\`${r.code}\`](${r.code}.md) | ${r.severity} | ${r.title.en.replace(/\|/g, '\\|')} |`);
  return [
    '# Rules',
    '',
    '<!-- Generated from the rule table by `bondlint rules --write-docs docs/rules`; edit the rules, not this page. -->',
    '',
    'Every finding of the editor and of `bondlint` has one of these codes. Each page shows what the rule finds, a bad',
    'and a good example, and how to turn it off or change its severity (`bonding.rules` in the editor settings,',
    '`rules` in `.bondlintrc.json`, `--rule CODE=LEVEL` on the command line).',
    '',
    '| code | default | finds |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Every generated file: `README.md` and one `<code>.md` per rule. */
export function ruleDocFiles(): Map<string, string> {
  const files = new Map<string, string>([['README.md', rulesIndex()]]);
  for (const rule of sortedRules()) files.set(`${rule.code}.md`, rulePage(rule));
  return files;
}

/** Plain help for SARIF viewers: the description and the two examples. */
export function ruleHelpText(rule: Rule<never>, lang: Lang): string {
  const [bad, good] = lang === 'zh-cn' ? ['错误示例', '正确示例'] : ['Bad', 'Good'];
  return `${tr(rule.doc.description, lang)}\n\n${bad}:\n${rule.doc.bad}\n\n${good}:\n${rule.doc.good}\n`;
}

export function ruleHelpMarkdown(rule: Rule<never>, lang: Lang): string {
  const fence = TARGET[ruleTarget(rule.code)].fence;
  const [bad, good, more] = lang === 'zh-cn' ? ['错误示例', '正确示例', '详见'] : ['Bad', 'Good', 'More:'];
  return [
    tr(rule.doc.description, lang),
    '',
    `**${bad}**`,
    '',
    fenced(rule.doc.bad, fence),
    '',
    `**${good}**`,
    '',
    fenced(rule.doc.good, fence),
    '',
    `${more} ${RULE_DOCS_BASE}${rule.code}.md`,
    '',
  ].join('\n');
}
