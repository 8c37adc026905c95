import type { Rule } from '../../rule';
import type { IfcfgRuleContext } from '../../ifcfgContext';
import { arpMonitoring, everyReaderMonitors, initscriptsMonitors, intOption, isBondFile, miimonInEffect, modeAfter, nmKeepsMiimon, nmRefusesPeerNotifDelay, nmSetsMiimon, t } from './util';
import { readByWicked, wickedRejects } from './wicked';

const DELAYS = ['updelay', 'downdelay', 'peer_notif_delay'] as const;

export const delayWithoutMiimon: Rule<IfcfgRuleContext> = {
  code: 'opts.delay-without-miimon',
  severity: 'warning',
  title: t('Delay without MII monitoring', '未启用 MII 监测却设置了延迟'),
  doc: {
    description: t(
      'updelay, downdelay and peer_notif_delay count MII polls. With miimon 0 the kernel refuses them ("Unable to set … as MII monitoring is disabled"), and NetworkManager refuses a profile that writes miimon=0 with a delay. When neither miimon nor arp_interval is written, NetworkManager sets miimon=100 itself and the delay works (a peer_notif_delay that is not a multiple of 100 makes it refuse the profile); under initscripts it is still refused. In SUSE files wicked sends updelay and downdelay only while it runs the MII monitor: under ARP monitoring it leaves them out.',
      'updelay、downdelay 和 peer_notif_delay 以 MII 轮询次数计数。miimon 为 0 时内核拒绝设置它们（"Unable to set … as MII monitoring is disabled"），写明 miimon=0 又设置了延迟的配置会被 NetworkManager 拒绝。miimon 和 arp_interval 都未写时，NetworkManager 会自行设置 miimon=100，延迟可以生效（peer_notif_delay 不是 100 的整数倍时它会拒绝整个配置）；使用 initscripts 时仍会被拒绝。在 SUSE 文件中，wicked 只在运行 MII 监测时下发 updelay 和 downdelay：使用 ARP 监测时不会下发它们。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup arp_interval=1000 arp_ip_target=192.0.2.1 updelay=200"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100 updelay=200"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx) || miimonInEffect(ctx) !== 0 || everyReaderMonitors(ctx)) return;
    // NetworkManager's verify() refuses a delay only with an explicit miimon=0; with no monitor it reads, it sets
    // miimon=100 itself, so the delay works there.
    const nmDefaults = nmSetsMiimon(ctx);
    const nmRefuses = nmKeepsMiimon(ctx);
    const off = ctx.model.option('miimon')?.token.text;
    const after = off && initscriptsMonitors(ctx) ? modeAfter(off) : undefined;
    // wicked sends updelay and downdelay only while it runs the MII monitor, and knows no peer_notif_delay
    // (opts.not-settable: it rejects the interface).
    const wickedArp = readByWicked(ctx) && arpMonitoring(ctx);
    const miiOff = t('MII monitoring is off (miimon 0)', 'MII 监测已关闭（miimon 为 0）');
    for (const name of DELAYS) {
      const value = intOption(ctx, name);
      if (!value || (readByWicked(ctx) && name === 'peer_notif_delay')) continue;
      const item = `${name}=${value}`;
      const notMultiple = name === 'peer_notif_delay' && nmRefusesPeerNotifDelay(ctx, value);
      report({
        range: ctx.range(ctx.model.option(name)!.token.range),
        message: wickedArp
          ? t(`${item} has no effect: wicked sends it only with MII monitoring, and this bond runs ARP monitoring.`, `${item} 无效：wicked 只在使用 MII 监测时下发该值，而本 bond 使用 ARP 监测。`)
          : after
          ? t(`${item} with ${off} makes NetworkManager refuse the profile${after.en}.`, `${item} 与 ${off} 同时存在会使 NetworkManager 拒绝整个配置${after.zh}。`)
          : nmDefaults
          ? t(
              `${item} has no effect under initscripts: ${miiOff.en}, and the kernel refuses the delay. NetworkManager sets miimon=100 itself and ${notMultiple ? `refuses the profile: ${value} is not a multiple of 100` : 'keeps it'}.`,
              `使用 initscripts 时 ${item} 无效：${miiOff.zh}，内核会拒绝设置该延迟。NetworkManager 会自行设置 miimon=100，并${notMultiple ? `因 ${value} 不是 100 的整数倍而拒绝整个配置` : '保留该延迟'}。`,
            )
          : nmRefuses
            ? t(`${item} has no effect: ${miiOff.en}, the kernel refuses the delay, and NetworkManager refuses the profile.`, `${item} 无效：${miiOff.zh}，内核会拒绝设置该延迟，NetworkManager 也会拒绝整个配置。`)
            : t(`${item} has no effect: ${miiOff.en}, and the kernel refuses the delay.`, `${item} 无效：${miiOff.zh}，内核会拒绝设置该延迟。`),
      });
    }
  },
};

export const delayNotMultiple: Rule<IfcfgRuleContext> = {
  code: 'opts.delay-not-multiple',
  severity: 'warning',
  title: t('Delay not a multiple of miimon', '延迟不是 miimon 的整数倍'),
  doc: {
    description: t(
      'The kernel stores updelay, downdelay and peer_notif_delay as a number of MII polls, rounding down: updelay=250 with miimon=100 becomes 200 ms ("value rounded to 200 ms"). Write the value the bond will really use. In SUSE files wicked refuses an updelay or downdelay shorter than one poll instead of rounding it, and does not set the interface up.',
      '内核以 MII 轮询次数保存 updelay、downdelay 和 peer_notif_delay，并向下取整：miimon=100 时 updelay=250 会变成 200 毫秒（"value rounded to 200 ms"）。请写出 bond 实际使用的值。在 SUSE 文件中，wicked 不会对小于一个轮询周期的 updelay 或 downdelay 取整，而是直接拒绝，该接口不会被启用。',
    ),
    bad: 'BONDING_OPTS="mode=active-backup miimon=100 updelay=250"',
    good: 'BONDING_OPTS="mode=active-backup miimon=100 updelay=200"',
  },
  check(ctx, report) {
    if (!isBondFile(ctx)) return;
    const miimon = miimonInEffect(ctx);
    if (!miimon) return;
    for (const name of DELAYS) {
      const value = intOption(ctx, name);
      const token = ctx.model.option(name)?.token;
      if (!value || !token?.valueRange || value % miimon === 0) continue;
      // wicked cannot parse a keyword (updelay=maxval) and applies nothing: opts.invalid-value says so, not rounding.
      if (readByWicked(ctx) && !/^\d+$/.test(token.value!)) continue;
      // ni_bonding_validate: a delay below one poll is an error to wicked, not something to round.
      if (readByWicked(ctx) && name !== 'peer_notif_delay' && value < miimon) {
        report({
          range: ctx.range(token.valueRange),
          message: wickedRejects(ctx, t(`${name}=${value} is smaller than miimon (${miimon} ms)`, `${name}=${value} 小于 miimon（${miimon} 毫秒）`)),
        });
        continue;
      }
      const down = Math.floor(value / miimon) * miimon;
      const up = down + miimon;
      // NetworkManager's verify(): "'peer_notif_delay' option needs to be a value multiple of 'miimon' value".
      const nmRefuses = name === 'peer_notif_delay' && nmRefusesPeerNotifDelay(ctx, value);
      report({
        range: ctx.range(token.valueRange),
        message: t(
          `${name}=${value} is not a multiple of miimon (${miimon} ms): ${nmRefuses ? 'under initscripts ' : ''}the kernel rounds it down to ${down} ms${nmRefuses ? ', and NetworkManager refuses the profile' : ''}.`,
          `${name}=${value} 不是 miimon（${miimon} 毫秒）的整数倍：${nmRefuses ? '使用 initscripts 时' : ''}内核会向下取整为 ${down} 毫秒${nmRefuses ? '，NetworkManager 则会拒绝整个配置' : ''}。`,
        ),
        fixes: [
          { title: t(`Change to ${down} (what the kernel uses)`, `改为 ${down}（内核实际使用的值）`), edits: [ctx.replace(token.valueRange, String(down))], safe: true, preferred: true },
          { title: t(`Change to ${up}`, `改为 ${up}`), edits: [ctx.replace(token.valueRange, String(up))], safe: false },
        ],
      });
    }
  },
};
