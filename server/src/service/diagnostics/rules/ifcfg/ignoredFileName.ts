import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { t } from './util';

/** initscripts' is_ignored_file() (/etc/rc.d/init.d/functions): backup and package-manager copies. */
const IGNORED = /(~|\.bak|\.old|\.orig|\.rpmnew|\.rpmorig|\.rpmsave)$/;

export const ignoredFileName: Rule<IfcfgRuleContext> = {
  code: 'ifcfg.ignored-file-name',
  target: 'ifcfg',
  severity: 'warning',
  title: t('File name that initscripts ignores', 'initscripts 会忽略的文件名'),
  doc: {
    description: t(
      'initscripts skips ifcfg files whose names end in `~`, `.bak`, `.old`, `.orig`, `.rpmnew`, `.rpmorig` or `.rpmsave`: they are taken for backups. Edits to such a file never apply; rename it or delete it.',
      'initscripts 会跳过文件名以 `~`、`.bak`、`.old`、`.orig`、`.rpmnew`、`.rpmorig` 或 `.rpmsave` 结尾的 ifcfg 文件，把它们当作备份。对这种文件的修改永远不会生效；请重命名或删除它。',
    ),
    bad: 'ifcfg-bond0.bak',
    good: 'ifcfg-bond0',
  },
  check(ctx, report) {
    const name = decodeURIComponent(ctx.uri.slice(ctx.uri.lastIndexOf('/') + 1));
    const m = IGNORED.exec(name);
    if (!name.startsWith('ifcfg-') || !m) return;
    report({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: t(`initscripts ignores ${name} (it ends in "${m[1]}" and is taken for a backup): nothing in it applies.`, `initscripts 会忽略 ${name}（以 "${m[1]}" 结尾，被当作备份）：其中的配置都不会生效。`),
    });
  },
};
