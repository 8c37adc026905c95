import { t } from '../../../../knowledge/text';
import { modeByNumber } from '../../../../knowledge/modes';
import { optionByName, validateOptionValue } from '../../../../knowledge/options';
import type { Range } from 'vscode-languageserver-types';
import { splitSuffix } from '../../../../model/procModel';
import type { ProcLine } from '../../../../syntax/procBonding';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { effectiveMode, initscriptsMiimon, miimonInEffect, nmSetsMiimon } from '../opts/util';
import { type RelatedDump, dumpsOf, portsOf } from './related';


/** The value the kernel ends up with for an enum option of this file: the one its reader applies, else the default. */
function enumValue(ctx: IfcfgRuleContext, name: string): string | undefined {
  const option = optionByName(name);
  const applied = ctx.model.option(name)?.applied;
  if (!option) return undefined;
  if (applied === undefined) return option.default;
  const check = validateOptionValue(option, applied);
  return check.ok && check.normalized.kind === 'enum' ? check.normalized.name : undefined;
}

function lineRangeOf(line: ProcLine): Range {
  return { start: { line: line.line, character: line.span.start }, end: { line: line.line, character: line.span.end } };
}

interface Difference {
  readonly what: string;
  readonly config: string;
  readonly runtime: string;
  readonly line: ProcLine;
  readonly option?: string;
}

function differences(ctx: IfcfgRuleContext, dump: RelatedDump): Difference[] {
  const out: Difference[] = [];
  const { bond } = dump;
  const mode = effectiveMode(ctx);
  const modeLine = bond.field('bond.mode');
  if (bond.mode && modeLine && bond.mode.number !== mode) {
    out.push({ what: 'mode', config: modeByNumber(mode)!.name, runtime: bond.mode.name, line: modeLine, option: 'mode' });
    // Other values depend on the mode; comparing them would only repeat this difference.
    return out;
  }
  const miimonLine = bond.field('bond.miimon');
  const miimon = miimonInEffect(ctx);
  const running = bond.int('bond.miimon');
  // The readers end with different values: NetworkManager keeps a written miimon (or sets 100), initscripts follows
  // the file's order (an arp_interval turns miimon off, a later 802.3ad mode turns 0 into 100).
  const asReaders = running === miimon || running === initscriptsMiimon(ctx) || (running === 100 && nmSetsMiimon(ctx));
  if (miimonLine && miimon !== undefined && running !== undefined && !asReaders) {
    out.push({ what: 'miimon', config: String(miimon), runtime: miimonLine.valueText, line: miimonLine, option: 'miimon' });
  }
  const rateLine = bond.field('ad.lacpRate');
  const rate = enumValue(ctx, 'lacp_rate');
  if (rateLine && rate && rateLine.valueText !== rate) out.push({ what: 'lacp_rate', config: rate, runtime: rateLine.valueText, line: rateLine, option: 'lacp_rate' });
  const hashLine = bond.field('bond.hashPolicy');
  const hash = enumValue(ctx, 'xmit_hash_policy');
  if (hashLine && hash && splitSuffix(hashLine.valueText).head !== hash) {
    out.push({ what: 'xmit_hash_policy', config: hash, runtime: splitSuffix(hashLine.valueText).head, line: hashLine, option: 'xmit_hash_policy' });
  }
  const device = ctx.model.device!;
  const configured = portsOf(ctx, device).map((p) => p.model.device).filter((d): d is string => !!d).sort();
  const ports = bond.ports.map((p) => p.name).sort();
  if (configured.length > 0 && configured.join(' ') !== ports.join(' ')) {
    const first = bond.ports[0]?.syntax.heading ?? modeLine;
    if (first) out.push({ what: 'ports', config: configured.join(', ') || '—', runtime: ports.join(', ') || '—', line: first });
  }
  return out;
}

export const runtimeDiffers: Rule<IfcfgRuleContext> = {
  code: 'xfile.runtime-differs',
  severity: 'warning',
  title: t('Running bond differs from its configuration', '运行中的 bond 与其配置不同'),
  doc: {
    description: t(
      'A /proc/net/bonding dump of this bond in the workspace (a sosreport, a ticket attachment) shows a mode, miimon, lacp_rate, hash policy or port set other than this file configures: the file was changed after the bond came up, or it is not the file the system used. Restart the bond, or find the configuration actually in use.',
      '工作区中该 bond 的 /proc/net/bonding dump（sosreport、工单附件）显示的模式、miimon、lacp_rate、哈希策略或端口集合与本文件配置的不同：文件在 bond 启动后被修改过，或者系统使用的不是这个文件。请重启 bond，或找到实际生效的配置。',
    ),
    bad: '# ifcfg-bond0: BONDING_OPTS="mode=802.3ad miimon=100"\n# proc/net/bonding/bond0: Bonding Mode: fault-tolerance (active-backup)',
    good: '# ifcfg-bond0: BONDING_OPTS="mode=802.3ad miimon=100"\n# proc/net/bonding/bond0: Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
  },
  check(ctx, report) {
    const device = ctx.model.device;
    if (ctx.model.role !== 'bond' || !device || !ctx.model.opts) return;
    for (const dump of dumpsOf(ctx, device)) {
      for (const d of differences(ctx, dump)) {
        const token = d.option ? ctx.model.option(d.option)?.token : undefined;
        report({
          range: ctx.range(token?.range ?? ctx.model.opts.assignment.keyRange),
          message: t(
            `${device} is running with ${d.what} ${d.runtime}, but the configuration gives ${d.config}: the configuration is not what the bond runs.`,
            `${device} 运行时的 ${d.what} 为 ${d.runtime}，而配置给出的是 ${d.config}：配置与 bond 的实际运行状态不一致。`,
          ),
          related: [{ uri: dump.uri, range: lineRangeOf(d.line), message: t(`Running: ${d.runtime}`, `运行中：${d.runtime}`) }],
        });
      }
    }
  },
};
