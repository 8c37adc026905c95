import { modeByNumber } from '../../../../knowledge/modes';
import { nmRefusesProfileInMode, optionByName } from '../../../../knowledge/options';
import type { Text } from '../../../../knowledge/text';
import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { MIIMON_FORCED_MODES, addOption, arpMonitoring, effectiveMode, everyReaderMonitors, initscriptsMonitors, intOption, isBondFile, modeAfter, nmDropsMiimon, nmKeepsMiimon, nmPart, nmReadsOpts, nmSetsMiimon, removeOption, t } from './util';
import { readByWicked, wickedRejects } from './wicked';

export const monitorConflict: Rule<IfcfgRuleContext> = {
  code: 'opts.monitor-conflict',
  severity: 'warning',
  title: t('Both MII and ARP monitoring set', '同时设置了 MII 和 ARP 监测'),
  doc: {
    description: t(
      'MII and ARP monitoring are exclusive: setting arp_interval turns miimon off and setting miimon turns ARP monitoring off. Which one runs depends on the reader, not on the order in the file: initscripts writes mode and miimon before every other option, so arp_interval comes last and ARP monitoring runs; NetworkManager keeps miimon and ignores the ARP settings (unless miimon is written as a keyword such as maxval, which it drops); wicked rejects the interface, even when one of the two is 0 (it takes each name written as a monitor asked for). Keep one.',
      'MII 监测和 ARP 监测互斥：设置 arp_interval 会关闭 miimon，设置 miimon 会关闭 ARP 监测。哪一个生效取决于读取工具，而不是文件中的顺序：initscripts 先写 mode 和 miimon，再写其他选项，因此 arp_interval 最后写入，运行的是 ARP 监测；NetworkManager 保留 miimon，忽略 ARP 设置（除非 miimon 写成 maxval 这类关键字，它会丢弃该值）；wicked 会拒绝该接口，即使其中一个为 0 也是如此（它把写出的每个选项名都当作要求启用该监测）。请只保留一个。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1"',
    good: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const miimonToken = ctx.model.option('miimon')?.token;
    const arpToken = ctx.model.option('arp_interval')?.token;
    if (!miimonToken || !arpToken) return;
    // ni_bonding_set_option asks for a monitor for each of the two names, whatever its number, and ni_bonding_validate
    // refuses both ("unsupported mii / arp monintoring mix"). Both at 0 is opts.no-link-monitoring's, a keyword
    // opts.invalid-value's.
    const digits = /^\d+$/;
    const wickedMix = digits.test(miimonToken.value ?? '') && digits.test(arpToken.value ?? '') && (intOption(ctx, 'miimon') || intOption(ctx, 'arp_interval'));
    if (readByWicked(ctx) ? !wickedMix : !intOption(ctx, 'miimon') || !arpMonitoring(ctx)) return;
    const both = t(`${miimonToken.text} and ${arpToken.text} are both set`, `同时设置了 ${miimonToken.text} 和 ${arpToken.text}`);
    // NetworkManager drops a miimon written as a kernel keyword (validate_int), and then keeps arp_interval.
    const nm = nmKeepsMiimon(ctx)
      ? nmPart(ctx, '; NetworkManager keeps miimon and ignores the ARP settings', '；NetworkManager 保留 miimon，忽略 ARP 设置')
      : nmPart(ctx, `; NetworkManager drops ${miimonToken.text} and runs ARP monitoring too`, `；NetworkManager 丢弃 ${miimonToken.text}，同样运行 ARP 监测`);
    report({
      range: ctx.range(miimonToken.range),
      message: readByWicked(ctx)
        ? wickedRejects(ctx, both)
        : t(
            `${both.en}: only one link monitor runs. initscripts writes miimon first, so ARP monitoring runs${nm.en}.`,
            `${both.zh}：只会运行一种链路监测。initscripts 先写入 miimon，因此运行的是 ARP 监测${nm.zh}。`,
          ),
      related: [{ range: ctx.range(arpToken.range), message: t('ARP monitoring', 'ARP 监测') }],
    });
  },
};

export const noLinkMonitoring: Rule<IfcfgRuleContext> = {
  code: 'opts.no-link-monitoring',
  severity: 'warning',
  title: t('No link monitoring', '未设置链路监测'),
  doc: {
    description: t(
      'Without miimon or arp_interval the bond never notices a failed port and keeps sending traffic to it (the kernel\'s miimon defaults to 0). The kernel gives 802.3ad, balance-tlb and balance-alb miimon=100 when their mode is set, but a miimon=0 applied after the mode turns it off again (NetworkManager always applies the mode first; initscripts writes mode and miimon in the order of the file, so there a miimon=0 written before mode= is replaced by the 100 the mode sets); an arp_interval cannot take its place there, since these modes refuse arp_interval. NetworkManager sets miimon=100 itself when neither option is written (not when miimon=0 is); initscripts sets nothing; wicked rejects the interface without a link monitor, in every mode. NetworkManager takes an arp_validate other than none for ARP monitoring and then sends no miimon, updelay or downdelay: with miimon but no arp_interval, a bond it creates in balance-rr, active-backup, balance-xor or broadcast runs without a link monitor (unless the bonding module was loaded with a miimon= parameter).',
      '未设置 miimon 或 arp_interval 时，bond 永远发现不了端口故障，会继续向其发送流量（内核的 miimon 默认为 0）。设置 802.3ad、balance-tlb 和 balance-alb 模式时内核会自动设置 miimon=100，但在 mode 之后应用的 miimon=0 会再次将其关闭（NetworkManager 总是先应用 mode；initscripts 按文件中的顺序写入 mode 和 miimon，因此写在 mode= 之前的 miimon=0 会被该模式的 100 覆盖）；在这些模式下 arp_interval 也无法替代它，因为这些模式拒绝该选项。两个选项都未写时 NetworkManager 会自行设置 miimon=100（写了 miimon=0 时不会）；initscripts 不做任何设置；wicked 在任何模式下都会拒绝没有链路监测的接口。NetworkManager 把非 none 的 arp_validate 当作 ARP 监测，此时不下发 miimon、updelay 和 downdelay：设置了 miimon 却没有 arp_interval 时，它在 balance-rr、active-backup、balance-xor 或 broadcast 模式下创建的 bond 没有链路监测（除非 bonding 模块加载时带有 miimon= 参数）。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const validate = nmDropsMiimon(ctx);
    if (validate) {
      const text = validate.token.text;
      report({
        range: ctx.range(validate.token.range),
        message: noMonitorMessage(ctx, {
          validate: text,
          nmSets: false,
          modeAfter: t(' (it takes arp_validate for ARP monitoring; initscripts runs MII monitoring)', '（它把 arp_validate 当作 ARP 监测；initscripts 运行 MII 监测）'),
        }),
        fixes: [{ title: t(`Remove ${text}`, `删除 ${text}`), edits: [removeOption(ctx, validate)], safe: true, preferred: true }],
      });
      return;
    }
    const wicked = readByWicked(ctx);
    // wicked counts any arp_interval as a link monitor and refuses it itself in the modes the kernel refuses it in
    // (opts.rejected-in-mode); the kernel only runs the ARP monitor where the mode takes it.
    if (intOption(ctx, 'miimon') || (wicked ? intOption(ctx, 'arp_interval') : arpMonitoring(ctx))) return;
    const opts = ctx.model.opts!;
    // `miimon=off` or `miimon=0` written: set it, rather than add a second miimon.
    const off = ctx.model.option('miimon')?.token;
    const mode = effectiveMode(ctx);
    if (!off && !wicked && MIIMON_FORCED_MODES.includes(mode)) return;
    if (everyReaderMonitors(ctx)) return;
    const arp = ctx.model.option('arp_interval');
    const refusedArp: RefusedArp | undefined =
      !wicked && arp && (intOption(ctx, 'arp_interval') ?? 0) > 0
        ? { text: arp.token.text, mode: modeByNumber(mode)!.name, nmRefuses: nmReadsOpts(ctx) && nmRefusesProfileInMode(optionByName('arp_interval')!, mode, arp.applied ?? '') }
        : undefined;
    const arpOff = !off && intOption(ctx, 'arp_interval') === 0 ? arp!.token : undefined;
    const add = off?.valueRange ? ctx.replace(off.valueRange, '100') : addOption(ctx, 'miimon=100', 'last');
    report({
      range: ctx.range((off ?? arpOff)?.range ?? opts.assignment.keyRange),
      message: noMonitorMessage(ctx, {
        off: off?.text,
        arpOff: arpOff?.text,
        nmSets: nmSetsMiimon(ctx),
        arp: refusedArp,
        modeAfter: off && initscriptsMonitors(ctx) ? modeAfter(off.text) : undefined,
      }),
      fixes: add ? [{ title: off ? t('Set miimon=100', '设为 miimon=100') : t('Add miimon=100', '添加 miimon=100'), edits: [add], safe: true, preferred: true }] : [],
    });
  },
};

/** An arp_interval above 0 that the kernel refuses in the file's mode; `nmRefuses`: NetworkManager refuses the profile for it. */
interface RefusedArp {
  readonly text: string;
  readonly mode: string;
  readonly nmRefuses: boolean;
}

/** What leaves a bond without link monitoring, as the file writes it. */
interface NoMonitor {
  /** The miimon item that turns MII monitoring off, if written. */
  readonly off?: string;
  /** `arp_interval=0`, written without miimon. */
  readonly arpOff?: string;
  /** An arp_validate that makes NetworkManager send no miimon (nmDropsMiimon). */
  readonly validate?: string;
  /** NetworkManager sets miimon=100 instead. */
  readonly nmSets: boolean;
  /** An arp_interval written in a mode that refuses it. */
  readonly arp?: RefusedArp;
  /** Why initscripts monitors after all, when it does and NetworkManager does not (it keeps the 0, or sends no miimon). */
  readonly modeAfter?: Text;
}

/** What becomes of a bond without link monitoring, by reader. */
function noMonitorMessage(ctx: IfcfgRuleContext, { off, arpOff, validate, nmSets, arp, modeAfter }: NoMonitor): Text {
  const wicked = readByWicked(ctx);
  // ni_bonding_set_option parses miimon with ni_parse_uint: a keyword is no number to wicked.
  const why = wicked && off && !/=\d+$/.test(off)
    ? t(`wicked cannot parse ${off} (decimal digits only)`, `wicked 无法解析 ${off}（只接受十进制数字）`)
    : off
    ? arp
      ? t(`${off} turns MII monitoring off, and the kernel refuses ${arp.text} in mode ${arp.mode}`, `${off} 关闭了 MII 监测，且内核在 ${arp.mode} 模式下拒绝 ${arp.text}`)
      : t(`${off} turns MII monitoring off and arp_interval is not set`, `${off} 关闭了 MII 监测，且未设置 arp_interval`)
    : arpOff
    ? t(`${arpOff} turns ARP monitoring off and miimon is not set`, `${arpOff} 关闭了 ARP 监测，且未设置 miimon`)
    : validate
    ? t(`${validate} without arp_interval makes NetworkManager send no miimon`, `${validate} 未配合 arp_interval，使 NetworkManager 不下发 miimon`)
    : t('Neither miimon nor arp_interval is set', '既未设置 miimon 也未设置 arp_interval');
  if (wicked) return wickedRejects(ctx, why);
  if (modeAfter) {
    return arp?.nmRefuses
      ? t(`${why.en}: NetworkManager refuses the profile${modeAfter.en}.`, `${why.zh}：NetworkManager 会拒绝整个配置${modeAfter.zh}。`)
      : t(`${why.en}: under NetworkManager the bond will not detect a failed link${modeAfter.en}.`, `${why.zh}：使用 NetworkManager 时 bond 无法发现链路故障${modeAfter.zh}。`);
  }
  if (arp?.nmRefuses) {
    return t(
      `${why.en}: under initscripts the bond will not detect a failed link, and NetworkManager refuses the profile.`,
      `${why.zh}：使用 initscripts 时 bond 无法发现链路故障，NetworkManager 则会拒绝整个配置。`,
    );
  }
  // An explicit number reaches the kernel from both readers; NetworkManager drops a keyword (opts.nm-refused-value)
  // and an arp_interval in 802.3ad (config-formats.md §1.5) and, seeing no monitor at all, sets miimon=100 itself.
  if (!nmSets) return t(`${why.en}: the bond will not detect a failed link.`, `${why.zh}：bond 无法发现链路故障。`);
  const nm = off ? t(`NetworkManager drops ${off} and sets miimon=100 itself`, `NetworkManager 会丢弃 ${off} 并自行设置 miimon=100`) : t('NetworkManager sets miimon=100 itself', 'NetworkManager 会自行设置 miimon=100');
  return t(`${why.en}: under initscripts the bond will not detect a failed link (${nm.en}).`, `${why.zh}：使用 initscripts 时 bond 无法发现链路故障（${nm.zh}）。`);
}

export const arpTargets: Rule<IfcfgRuleContext> = {
  code: 'opts.arp-incomplete',
  severity: 'warning',
  title: t('ARP monitoring half configured', 'ARP 监测配置不完整'),
  doc: {
    description: t(
      'ARP monitoring needs both arp_interval and at least one target: an IPv4 arp_ip_target, or an IPv6 ns_ip6_target (kernel 5.18 and later). An interval without targets probes nothing, so the monitor has no replies to judge the ports by (loading the module with such parameters resets arp_interval to 0, and NetworkManager refuses the profile); targets without an interval are never probed.',
      'ARP 监测需要同时设置 arp_interval 和至少一个目标：IPv4 的 arp_ip_target，或 IPv6 的 ns_ip6_target（内核 5.18 及以后）。只有间隔没有目标时不会发出任何探测，监测无法依据应答判断端口状态（以模块参数方式加载时 arp_interval 会被重置为 0，NetworkManager 会拒绝整个配置）；只有目标没有间隔则永远不会探测。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup arp_interval=1000"',
    good: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const interval = ctx.model.option('arp_interval');
    // An empty list is no target: NetworkManager skips the item and initscripts writes no address.
    const target = [ctx.model.option('arp_ip_target'), ctx.model.option('ns_ip6_target')].find((o) => o?.applied);
    const refuses = nmPart(ctx, ', and NetworkManager refuses the profile', '，NetworkManager 也会拒绝整个配置');
    const hasInterval = (intOption(ctx, 'arp_interval') ?? 0) > 0;
    if (hasInterval && !target) {
      if (!arpMonitoring(ctx)) return;
      const value = interval!.token.value;
      report({
        range: ctx.range(interval!.token.range),
        message: readByWicked(ctx)
          ? wickedRejects(ctx, t(`arp_interval=${value} is set without arp_ip_target`, `设置了 arp_interval=${value} 却没有 arp_ip_target`))
          : t(
              `arp_interval=${value} without arp_ip_target or ns_ip6_target: there is nothing to probe${refuses.en}.`,
              `设置了 arp_interval=${value} 却没有 arp_ip_target 或 ns_ip6_target：没有可探测的目标${refuses.zh}。`,
            ),
      });
    } else if (target && !hasInterval) {
      const name = target.token.name;
      report({
        range: ctx.range(target.token.range),
        // ni_bonding_validate: "invalid mii and arp monitoring option mix", or no monitor at all.
        message: readByWicked(ctx)
          ? wickedRejects(ctx, t(`${name} is set without arp_interval`, `设置了 ${name} 却没有 arp_interval`))
          : t(`${name} without arp_interval: the targets are never probed${refuses.en}.`, `设置了 ${name} 却没有 arp_interval：这些目标永远不会被探测${refuses.zh}。`),
      });
    }
  },
};
