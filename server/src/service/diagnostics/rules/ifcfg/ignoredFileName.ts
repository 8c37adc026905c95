import type { Text } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { BACKUP_SUFFIXES } from '../../../../knowledge/ifcfgFileNames';
import { t } from './util';

const { initscripts: INITSCRIPTS, networkmanager: NETWORKMANAGER, wicked: WICKED } = BACKUP_SUFFIXES;

export const ignoredFileName: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.ignored-file-name',
  severity: 'warning',
  title: t('File name that a reader ignores', '读取工具会忽略的文件名'),
  doc: {
    description: t(
      'The readers skip ifcfg files whose names mark them as backups, each with its own list. initscripts: `~`, `.bak`, `.old`, `.orig`, `.rpmnew`, `.rpmorig`, `.rpmsave`. NetworkManager: `~`, `.bak`, `.orig`, `.rej`, `.rpmnew`, `.augnew`, `.augtmp` in any case, and rpm\'s temporary files (`;` and 8 hex digits), so it still loads `.old`, `.rpmorig` and `.rpmsave` files as profiles of their own. wicked (SUSE): `~`, `.old`, `.bak`, `.orig`, `.scpmbackup`, `.rpmnew`, `.rpmsave`, `.rpmorig`. Edits to a skipped file never apply; rename it or delete it.',
      '各读取工具会跳过文件名表明是备份的 ifcfg 文件，各有各的后缀列表。initscripts：`~`、`.bak`、`.old`、`.orig`、`.rpmnew`、`.rpmorig`、`.rpmsave`。NetworkManager：`~`、`.bak`、`.orig`、`.rej`、`.rpmnew`、`.augnew`、`.augtmp`（不区分大小写），以及 rpm 的临时文件（`;` 加 8 位十六进制数字），因此它仍会把 `.old`、`.rpmorig`、`.rpmsave` 文件当作单独的配置加载。wicked（SUSE）：`~`、`.old`、`.bak`、`.orig`、`.scpmbackup`、`.rpmnew`、`.rpmsave`、`.rpmorig`。对被跳过的文件的修改永远不会生效；请重命名或删除它。',
    ),
    bad: 'ifcfg-bond0.bak',
    good: 'ifcfg-bond0',
  },
  check(ctx, report) {
    const name = decodeURIComponent(ctx.uri.slice(ctx.uri.lastIndexOf('/') + 1));
    if (!name.startsWith('ifcfg-')) return;
    const message = ignoredBy(name, ctx.model.dialect === 'suse');
    if (message) report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message });
  },
};

function ignoredBy(name: string, suse: boolean) {
  // `<who> ignore(s) <name> (it ends in "<suffix>" and is taken for a backup)<then>`
  const backup = (who: Text, suffix: string, then: Text) =>
    t(`${who.en} ${name} (it ends in "${suffix}" and is taken for a backup)${then.en}`, `${who.zh} ${name}（以 "${suffix}" 结尾，被当作备份）${then.zh}`);
  const nothing = t(': nothing in it applies.', '：其中的配置都不会生效。');
  if (suse) {
    const m = WICKED.exec(name);
    return m && backup(t('wicked ignores', 'wicked 会忽略'), m[1]!, nothing);
  }
  const i = INITSCRIPTS.exec(name);
  const n = NETWORKMANAGER.exec(name);
  if (i && n) return backup(t('initscripts and NetworkManager ignore', 'initscripts 和 NetworkManager 都会忽略'), i[1]!, nothing);
  if (i) return backup(t('initscripts ignores', 'initscripts 会忽略'), i[1]!, t(', but NetworkManager loads it as a profile of its own.', '，但 NetworkManager 会把它当作单独的配置加载。'));
  if (n) {
    // check_rpm_temp_suffix(): the suffix of the temporary files rpm writes while it installs a package.
    return n[1]!.startsWith(';')
      ? t(
          `NetworkManager ignores ${name} (it ends in "${n[1]}", as rpm's temporary files do), but initscripts reads it.`,
          `NetworkManager 会忽略 ${name}（以 "${n[1]}" 结尾，与 rpm 的临时文件相同），但 initscripts 会读取它。`,
        )
      : t(
          `NetworkManager ignores ${name} (it ends in "${n[1]}" and is taken for a backup), but initscripts reads it.`,
          `NetworkManager 会忽略 ${name}（以 "${n[1]}" 结尾，被当作备份），但 initscripts 会读取它。`,
        );
  }
  return undefined;
}
