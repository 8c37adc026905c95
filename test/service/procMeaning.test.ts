import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { procModel } from '../../server/src/model/procModel';
import { explain, locate } from '../../server/src/service/procExplain';
import { parseProcBonding } from '../../server/src/syntax/procBonding';
import { codes, doc, fixture, hoverAt, messages, service, span } from './helpers';

// Variants of the seed dump (fixtures/proc/seed-802.3ad.txt): the findings and hovers that depend on one changed line.

const SEED_TEXT = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');

/** `text` with some of its lines (1-based) replaced. */
function linesChanged(text: string, changes: Readonly<Record<number, string>>): string {
  const lines = text.split('\n');
  for (const [n, line] of Object.entries(changes)) lines[Number(n) - 1] = line;
  return lines.join('\n');
}

function seedWith(changes: Readonly<Record<number, string>>) {
  return doc(linesChanged(SEED_TEXT, changes));
}

/**
 * An 802.3ad bond of three ports under ad_select bandwidth: eth0 at 25 Gb/s alone in aggregator 1, the active one
 * (25 Gb/s beats the 20 Gb/s of eth1 and eth2, at 10 Gb/s in aggregator 2, in ad_agg_selection_test()).
 */
const THREE_PORTS = `Ethernet Channel Bonding Driver: v6.8.0-54-generic

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer3+4 (1)
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0
Peer Notification Delay (ms): 0

802.3ad info
LACP active: on
LACP rate: slow
Min links: 0
Aggregator selection policy (ad_select): bandwidth
System priority: 65535
System MAC address: 02:00:00:99:00:01
Active Aggregator Info:
	Aggregator ID: 1
	Number of ports: 1
	Actor Key: 21
	Partner Key: 20
	Partner Mac Address: 00:00:5e:00:53:14

Slave Interface: eth0
MII Status: up
Speed: 25000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 02:00:00:99:00:01
Slave queue ID: 0
Aggregator ID: 1
Actor Churn State: none
Partner Churn State: none
Actor Churned Count: 0
Partner Churned Count: 0
details actor lacp pdu:
    system priority: 65535
    system mac address: 02:00:00:99:00:01
    port key: 21
    port priority: 255
    port number: 1
    port state: 61
details partner lacp pdu:
    system priority: 32768
    system mac address: 00:00:5e:00:53:14
    oper key: 20
    port priority: 32768
    port number: 17
    port state: 61

Slave Interface: eth1
MII Status: up
Speed: 10000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 02:00:00:99:00:02
Slave queue ID: 0
Aggregator ID: 2
Actor Churn State: none
Partner Churn State: none
Actor Churned Count: 0
Partner Churned Count: 0
details actor lacp pdu:
    system priority: 65535
    system mac address: 02:00:00:99:00:01
    port key: 15
    port priority: 255
    port number: 2
    port state: 5
details partner lacp pdu:
    system priority: 32768
    system mac address: 00:00:5e:00:53:14
    oper key: 20
    port priority: 32768
    port number: 18
    port state: 5

Slave Interface: eth2
MII Status: up
Speed: 10000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 02:00:00:99:00:03
Slave queue ID: 0
Aggregator ID: 2
Actor Churn State: none
Partner Churn State: none
Actor Churned Count: 0
Partner Churned Count: 0
details actor lacp pdu:
    system priority: 65535
    system mac address: 02:00:00:99:00:01
    port key: 15
    port priority: 255
    port number: 3
    port state: 5
details partner lacp pdu:
    system priority: 32768
    system mac address: 00:00:5e:00:53:14
    oper key: 20
    port priority: 32768
    port number: 19
    port state: 5`;

const only = (code: string, list: readonly string[]) => list.filter((m) => m.split(' ')[0]!.endsWith(`:${code}`));
const ranges = (d: ReturnType<typeof doc>, code: string) => service({}, 'en').doValidation(d).filter((x) => x.code === code).map((x) => span(x.range));

describe('churned: a past churn is told apart from a side that is out of sync now', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');

  it('p0 churned earlier but its actor port state 61 is in sync: no finding, and the hover says it recovered', () => {
    const d = seedWith({ 32: 'Actor Churn State: churned', 34: 'Actor Churned Count: 1' });
    assert.deepEqual(only('proc.churned', messages(en, d)), [
      '59:proc.churned p1: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.',
      '60:proc.churned p1: partner churned (churned count 1): the partner side did not reach synchronization within 60 s.',
    ]);
    const hover = hoverAt(en, d, 32, 'churned')!.split('\n\n');
    assert.equal(hover[2], 'Healthy: the actor port state (61) shows Synchronization, Collecting and Distributing: the churn happened earlier, and the actor side has reached synchronization since.');
    assert.equal(hover.length, 4, 'no finding in the hover');
    assert.equal(hoverAt(zh, d, 32, 'churned')!.split('\n\n')[2], '正常：本端的 port state（61）显示 Synchronization、Collecting 和 Distributing 均已置位：抖动发生在之前，本端此后已达到同步。');
  });

  it('p0 churned and its actor port state 13 lacks Collecting and Distributing: the warning stays', () => {
    const d = seedWith({ 32: 'Actor Churn State: churned', 34: 'Actor Churned Count: 1', 42: '    port state: 13' });
    assert.deepEqual(only('proc.churned', messages(en, d))[0], '32:proc.churned p0: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.');
    const hover = hoverAt(en, d, 32, 'churned')!.split('\n\n');
    assert.equal(hover[2], 'Problem: the actor port state (13) shows that side does not take part in the aggregation now: Collecting and Distributing are clear.');
    assert.equal(hoverAt(zh, d, 32, 'churned')!.split('\n\n')[2], '问题：本端的 port state（13）表明这一侧现在未参与聚合：Collecting、Distributing 未置位。');
  });

  it('the partner churn reads the partner port state, not the actor one', () => {
    const synced = seedWith({ 33: 'Partner Churn State: churned', 35: 'Partner Churned Count: 1' });
    assert.deepEqual(only('proc.churned', messages(en, synced)).map((m) => m.split(' ')[0]), ['59:proc.churned', '60:proc.churned']);
    const apart = seedWith({ 33: 'Partner Churn State: churned', 35: 'Partner Churned Count: 1', 49: '    port state: 5' });
    assert.deepEqual(only('proc.churned', messages(en, apart))[0], '33:proc.churned p0: partner churned (churned count 1): the partner side did not reach synchronization within 60 s.');
    const actorOnly = seedWith({ 33: 'Partner Churn State: churned', 42: '    port state: 5' });
    assert.deepEqual(only('proc.churned', messages(en, actorOnly)).map((m) => m.split(' ')[0]), ['59:proc.churned', '60:proc.churned']);
  });

  it('without the details blocks (dump read as a user) a churned side is still reported', () => {
    const lines = SEED_TEXT.split('\n');
    lines[31] = 'Actor Churn State: churned';
    lines[33] = 'Actor Churned Count: 1';
    const d = doc(lines.filter((_, i) => i < 35 || i > 48).join('\n'));
    assert.deepEqual(only('proc.churned', messages(en, d))[0], '32:proc.churned p0: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.');
  });
});

describe('ARP and NS targets: the monitor has nothing to probe only when both lists are empty', () => {
  const ARP_TEXT = readFileSync('fixtures/proc/mode1-arp-monitor.txt', 'utf8');
  const arp = (ipv4: string, ipv6: string | undefined) => {
    const lines = ARP_TEXT.split('\n');
    lines[12] = `ARP IP target/s (n.n.n.n form):${ipv4}`;
    if (ipv6 === undefined) lines.splice(13, 1);
    else lines[13] = `NS IPv6 target/s (xx::xx form):${ipv6}`;
    return doc(lines.join('\n'));
  };
  const decoded = (lang: string, d: ReturnType<typeof doc>, line: number, needle: string) => hoverAt(service({}, lang), d, line, needle)!.split('\n\n')[1];

  it('the interval and missed max: any received frame keeps a port up unless arp_validate narrows it to ARP; the active port must also send', () => {
    const d = doc(ARP_TEXT);
    assert.equal(
      decoded('en', d, 11, 'ARP'),
      'ARP probes are sent every 1000 ms; a port counts as up while it receives traffic (the active port must also send): any received frame counts, unless arp_validate (not shown here) makes only ARP traffic count.',
    );
    assert.equal(decoded('zh-cn', d, 11, 'ARP'), '每 1000 毫秒发送 ARP 探测；端口持续收到流量（活动端口还须有发送）即视为 up：任何收到的帧都算，除非 arp_validate（此处不显示）设为只计 ARP 流量。');
    assert.equal(decoded('en', d, 12, 'ARP'), 'The active port is marked down after 2 ARP intervals without sent or received traffic, a backup port after 3 without received traffic.');
    assert.equal(decoded('zh-cn', d, 12, 'ARP'), '活动端口连续 2 个 ARP 周期没有发送或没有接收流量即被判定为 down，备用端口连续 3 个周期没有收到流量即被判定为 down。');
    assert.match(hoverAt(service({}, 'en'), d, 12, 'ARP')!, /^\*\*ARP Missed Max\*\* — Number of arp_interval periods without traffic \(received, and also sent on a port that transmits\) before a port is marked down \(arp_missed_max\)\./);
  });

  it('the kernel releases that print the missed max and NS lines, stable backports included', () => {
    const d = doc(ARP_TEXT);
    const since = (lang: string, line: number, needle: string) => /(?:Since: |引入：)(.*?) · /.exec(hoverAt(service({}, lang), d, line, needle)!)?.[1];
    assert.equal(since('en', 12, 'ARP'), '5.17, with the option arp_missed_max (commit 5944b5abd864, 2021); 5.15 from 5.15.115 on.');
    assert.equal(since('en', 14, 'NS'), '5.19 (commit 4a1f14df55d1, 2022); 5.18 from 5.18.4 on.');
    assert.equal(since('zh-cn', 14, 'NS'), '5.19（提交 4a1f14df55d1，2022 年）；5.18 自 5.18.4 起也有。');
  });

  it('an IPv4-only bond: the empty NS line is normal', () => {
    const d = arp(' 192.0.2.1, 192.0.2.254', '');
    assert.equal(decoded('en', d, 14, 'NS'), 'None: the monitor probes the IPv4 targets on the ARP line (2); kernels since 5.19 (and 5.18.4) print this line whenever the ARP monitor is on, so it is empty when no IPv6 target is set.');
    assert.equal(decoded('zh-cn', d, 14, 'NS'), '无：该监控探测 ARP 行中的 IPv4 目标（2 个）；5.19（以及 5.18.4）起的内核在启用 ARP 监控时总会打印此行，因此未设置 IPv6 目标时此行为空。');
    assert.equal(decoded('en', d, 13, 'ARP'), '2 IPv4 targets: 192.0.2.1 and 192.0.2.254.');
  });

  it('an IPv6-only bond: the empty ARP line is normal', () => {
    const d = arp('', ' 2001:db8::1');
    assert.equal(decoded('en', d, 13, 'ARP'), 'None: the monitor probes the IPv6 targets on the NS line (1).');
    assert.equal(decoded('zh-cn', d, 13, 'ARP'), '无：该监控探测 NS 行中的 IPv6 目标（1 个）。');
  });

  it('both lines empty, or the only line (an older kernel) empty: nothing to probe', () => {
    const none = arp('', '');
    for (const [line, needle] of [[13, 'ARP'], [14, 'NS']] as const) {
      assert.equal(decoded('en', none, line, needle), 'Problem: no IPv4 or IPv6 target is set: this monitor has nothing to probe.');
      assert.equal(decoded('zh-cn', none, line, needle), '问题：既未设置 IPv4 目标也未设置 IPv6 目标：该监控没有可探测的目标。');
    }
    const old = arp('', undefined);
    assert.equal(decoded('en', old, 13, 'ARP'), 'Problem: no IPv4 target is set: this monitor has nothing to probe.');
    assert.equal(decoded('zh-cn', old, 13, 'ARP'), '问题：未设置IPv4 目标：该监控没有可探测的目标。');
  });
  it('an ARP monitor with no target at all is reported: it probes nothing, so only passing traffic keeps a port up', () => {
    const monitoring = (lang: string, d: ReturnType<typeof doc>) => only('proc.no-link-monitoring', messages(service({}, lang), d));
    assert.deepEqual(monitoring('en', arp(' 192.0.2.1, 192.0.2.254', '')), []);
    assert.deepEqual(monitoring('en', arp('', ' 2001:db8::1')), []);
    const none = arp('', '');
    assert.deepEqual(monitoring('en', none), [
      '11:proc.no-link-monitoring ARP monitoring runs every 1000 ms but has no target (no ARP IP target, no NS IPv6 target): it sends no probes, so a port counts as up only while other traffic happens to cross it, and a working but quiet link is marked down.',
    ]);
    assert.deepEqual(monitoring('zh-cn', none), [
      '11:proc.no-link-monitoring ARP 监控每 1000 毫秒运行一次，但没有任何目标（没有 ARP IP 目标，也没有 NS IPv6 目标）：它不发送探测，因此端口只有在恰好有其他流量经过时才被视为 up，链路正常但空闲的端口会被标记为 down。',
    ]);
    const related = service({}, 'en').doValidation(none).find((x) => x.code === 'proc.no-link-monitoring')!.relatedInformation!;
    assert.deepEqual(related.map((r) => `${span(r.location.range)} ${r.message}`), ['13:0-31 No target', '14:0-31 No target']);
    assert.equal(decoded('en', none, 11, 'ARP'), 'The ARP monitor runs every 1000 ms, but with no target it sends no probes.');
    assert.equal(decoded('zh-cn', none, 11, 'ARP'), 'ARP 监控每 1000 毫秒运行一次，但没有目标，因此不发送探测。');
    assert.deepEqual(monitoring('en', arp('', undefined)), [
      '11:proc.no-link-monitoring ARP monitoring runs every 1000 ms but has no target (no ARP IP target): it sends no probes, so a port counts as up only while other traffic happens to cross it, and a working but quiet link is marked down.',
    ]);
  });
});

describe('mode lines: what the active port and fail_over_mac do', () => {
  const decoded = (lang: string, file: string, line: number, needle: string) => hoverAt(service({}, lang), fixture(`proc/${file}`), line, needle)!.split('\n\n')[1];

  it('fail_over_mac active: ports keep their own MAC and the bond\'s MAC follows the active port', () => {
    assert.match(
      decoded('en', 'mode1-active-backup-fail-over-mac.txt', 3, 'fault'),
      / fail_over_mac active: every port keeps its own MAC and the bond's MAC follows the active port, instead of every port being given the bond's MAC \(the default\); after a failover, peers learn the new MAC from gratuitous ARPs\.$/,
    );
    assert.match(
      decoded('zh-cn', 'mode1-active-backup-fail-over-mac.txt', 3, 'fault'),
      /fail_over_mac active：每个端口保留自己的 MAC，bond 的 MAC 跟随活动端口变化，而不是像默认那样把 bond 的 MAC 赋给每个端口；故障切换后，对端通过免费 ARP 得知新的 MAC。$/,
    );
  });

  it('the active port of balance-tlb receives all incoming traffic; in balance-alb only what ARP negotiation does not spread', () => {
    assert.equal(decoded('en', 'mode5-balance-tlb.txt', 5, 'eth0'), 'eth0 receives all incoming traffic and takes part in sending.');
    assert.equal(decoded('en', 'mode6-balance-alb.txt', 5, 'eth0'), 'eth0 takes part in sending; ARP negotiation spreads incoming IPv4 traffic over the ports, and other incoming traffic arrives on eth0.');
    assert.equal(decoded('zh-cn', 'mode6-balance-alb.txt', 5, 'eth0'), 'eth0 参与发送；ARP 协商把入方向 IPv4 流量分布到各端口，其他入方向流量由 eth0 接收。');
  });
});

describe('ad_select stable: the active aggregator is kept while it has link and a partner', () => {
  it('not only until all its ports are down', () => {
    const d = doc(SEED_TEXT);
    assert.equal(
      hoverAt(service({}, 'en'), d, 14, 'stable')!.split('\n\n')[1],
      'stable (0, default): the active aggregator is chosen by bandwidth and kept as long as one of its ports has link and it has an LACP partner (or neither it nor the best other aggregator has one).',
    );
    assert.equal(
      hoverAt(service({}, 'zh-cn'), d, 14, 'stable')!.split('\n\n')[1],
      'stable（0，默认）：按带宽选择活动聚合组；只要其中有端口链路正常，且它有 LACP 对端（或它与最佳的其他聚合组都没有对端），就保持不变。',
    );
  });
});

describe('the primary port: which port is active when it is not', () => {
  const AB = readFileSync('fixtures/proc/mode1-active-backup.txt', 'utf8');
  const abWith = (changes: Readonly<Record<number, string>>) => {
    const lines = AB.split('\n');
    for (const [n, text] of Object.entries(changes)) lines[Number(n) - 1] = text;
    return doc(lines.join('\n'));
  };
  const verdict = (lang: string, d: ReturnType<typeof doc>) => hoverAt(service({}, lang), d, 4, 'eth0')!.split('\n\n')[2];

  it('primary down and no port active: it says no port is active, not that another one is', () => {
    const d = fixture('proc/mode1-active-down.txt');
    assert.equal(verdict('en', d), 'Problem: eth0 is down, and no port is active.');
    assert.equal(verdict('zh-cn', d), '问题：eth0 为 down，且没有活动端口。');
  });

  it('primary down and another port active', () => {
    const d = abWith({ 5: 'Currently Active Slave: eth1', 13: 'MII Status: down' });
    assert.equal(verdict('en', d), 'Problem: eth0 is down, so another port is active.');
    assert.equal(verdict('zh-cn', d), '问题：eth0 为 down，因此由其他端口担任活动端口。');
  });

  it('primary going down: it is still the active port until the down delay ends', () => {
    const d = abWith({ 9: 'Down Delay (ms): 200', 13: 'MII Status: going down' });
    assert.equal(verdict('en', d), 'Problem: eth0 is still the active port, but its link was lost (MII Status going down): it stays active until the down delay ends.');
    assert.equal(verdict('zh-cn', d), '问题：eth0 仍是活动端口，但其链路已丢失（MII Status 为 going down）：在 downdelay 结束前它保持为活动端口。');
    const other = abWith({ 5: 'Currently Active Slave: eth1', 9: 'Down Delay (ms): 200', 13: 'MII Status: going down' });
    assert.equal(verdict('en', other), 'Problem: eth0 is going down (MII Status); eth1 is the active port.');
    assert.equal(verdict('zh-cn', other), '问题：eth0 为 going down（MII Status）；活动端口是 eth1。');
  });
});

describe('actor key mismatch: the cause follows the key field that differs', () => {
  // p1 of the seed made up at the same speed as p0 unless the case changes it; p0 keeps key 29 (full duplex, code 14).
  const upP1 = (speed: string, key: number) =>
    seedWith({ 52: 'MII Status: up', 53: `Speed: ${speed}`, 54: 'Duplex: full', 58: 'Aggregator ID: 1', 66: `    port key: ${key}`, 69: '    port state: 61' });
  const mismatch = (lang: string, d: ReturnType<typeof doc>) => only('proc.actor-key-mismatch', messages(service({}, lang), d));

  it('`Speed: Unknown` gives speed code 0: the speed is named, not the duplex or user key', () => {
    const d = upP1('Unknown', 1);
    assert.deepEqual(mismatch('en', d), ['66:proc.actor-key-mismatch p1 has actor key 1, p0 has 29: a different speed code (0 against 14; 0 means no speed) keeps them in different aggregators.']);
    assert.deepEqual(mismatch('zh-cn', d), ['66:proc.actor-key-mismatch p1 的本端 key 为 1，p0 为 29：速率编码（0，对方为 14；0 表示无速率）不同，使它们位于不同的聚合组。']);
  });

  it('speed code and duplex bit together', () => {
    assert.deepEqual(mismatch('en', upP1('Unknown', 0)), ['66:proc.actor-key-mismatch p1 has actor key 0, p0 has 29: a different speed code (0 against 14; 0 means no speed) and duplex bit (0 against 1) keep them in different aggregators.']);
  });

  it('the same speed and a different ad_user_port_key: the user key', () => {
    const d = upP1('100000 Mbps', 93);
    assert.deepEqual(mismatch('en', d), ['66:proc.actor-key-mismatch p1 has actor key 93, p0 has 29: a different user key, ad_user_port_key (1 against 0) keeps them in different aggregators.']);
    assert.deepEqual(mismatch('zh-cn', d), ['66:proc.actor-key-mismatch p1 的本端 key 为 93，p0 为 29：用户 key，即 ad_user_port_key（1，对方为 0）不同，使它们位于不同的聚合组。']);
  });

  it('two printed speeds that differ are left to proc.speed-mismatch', () => {
    assert.deepEqual(mismatch('en', upP1('10000 Mbps', 15)), []);
  });
});

describe('slave down: each MII state says whether the port is still in use', () => {
  it('`going down`: the port stays in use until the down delay ends', () => {
    const d = fixture('proc/sosreport-path.txt');
    assert.deepEqual(only('proc.slave-down', messages(service({}, 'en'), d)), [
      '22:proc.slave-down eth1 is not up (MII Status: going down): its link was lost and the down delay is running; it is disabled when the delay ends unless the link returns (only an active-backup bond keeps using its active port until then).',
    ]);
    assert.deepEqual(only('proc.slave-down', messages(service({}, 'zh-cn'), d)), [
      '22:proc.slave-down eth1 未 up（MII Status: going down）：其链路已丢失，downdelay 正在计时；计时结束时若链路仍未恢复，端口将被停用（只有 active-backup 会在此之前继续使用其活动端口）。',
    ]);
  });

  it('`going back`: not in use yet, while the up delay runs or while the active-backup ARP monitor tries the port', () => {
    const d = fixture('proc/era-5.4-el8-peer-notif.txt');
    assert.deepEqual(only('proc.slave-down', messages(service({}, 'en'), d)), [
      '21:proc.slave-down ens3f1 is not up (MII Status: going back): its link is back, but it carries no traffic yet (the up delay is running, or the ARP monitor is trying it).',
    ]);
    assert.match(hoverAt(service({}, 'en'), d, 21, 'going back')!, /under the active-backup ARP monitor, it is the port being tried while no port is active\./);
  });
});

describe('no active aggregator and `Aggregator ID: N/A`: only the causes bond_3ad.c has', () => {
  const NO_AGG = fixture('proc/mode4-no-active-aggregator.txt');
  // Both ports up and still N/A next to an up bond: the 802.3ad state machine has not run (the bond interface not up).
  const NEVER_RUN = doc(
    [
      'Ethernet Channel Bonding Driver: v6.8.0-54-generic',
      '',
      'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
      'Transmit Hash Policy: layer2 (0)',
      'MII Status: up',
      'MII Polling Interval (ms): 100',
      'Up Delay (ms): 0',
      'Down Delay (ms): 0',
      'Peer Notification Delay (ms): 0',
      '',
      '802.3ad info',
      'LACP active: on',
      'LACP rate: fast',
      'Min links: 0',
      'Aggregator selection policy (ad_select): stable',
      'System priority: 65535',
      'System MAC address: 02:00:00:61:00:01',
      'bond bond0 has no active aggregator',
      ...[1, 2].flatMap((n) => ['', `Slave Interface: eth${n}`, 'MII Status: up', 'Speed: 1000 Mbps', 'Duplex: full', 'Link Failure Count: 0', `Permanent HW addr: 02:00:00:61:00:0${n}`, 'Slave queue ID: 0', 'Aggregator ID: N/A']),
      '',
    ].join('\n'),
  );
  const decoded = (lang: string, d: ReturnType<typeof doc>, line: number, needle: string) => hoverAt(service({}, lang), d, line, needle)!.split('\n\n')[1];

  it('every port down: no aggregator can be made active', () => {
    assert.equal(decoded('en', NO_AGG, 18, 'bond'), 'Problem: no aggregator is active: the bond passes no traffic. None of its ports is up, and the kernel makes an aggregator active only when one of its ports has link.');
    assert.equal(decoded('zh-cn', NO_AGG, 18, 'bond'), '问题：没有活动聚合组：bond 不转发流量。其端口均未 up，而内核只会让含有链路正常端口的聚合组成为活动聚合组。');
  });

  it('ports up but all at N/A: the state machine has not run, and the line says nothing about carrier', () => {
    assert.equal(decoded('en', NEVER_RUN, 18, 'bond'), 'Problem: no aggregator is active: the bond passes no traffic. Every port shows Aggregator ID: N/A: the 802.3ad state machine, which runs only while the bond interface is up, has not given them an aggregator yet.');
    assert.equal(decoded('zh-cn', NEVER_RUN, 18, 'bond'), '问题：没有活动聚合组：bond 不转发流量。所有端口的 Aggregator ID 均为 N/A：802.3ad 状态机（仅在 bond 接口被启用时运行）尚未为它们分配聚合组。');
    assert.equal(hoverAt(service({}, 'en'), NEVER_RUN, 18, 'bond')!.split('\n\n')[0], '**bond bond0 has no active aggregator** — `bond <name> has no active aggregator`: no aggregator is active, so no port carries traffic.');
  });

  it('`Aggregator ID: N/A` is not blamed on a down link', () => {
    assert.equal(
      decoded('en', NEVER_RUN, 27, 'N/A'),
      'Problem: N/A: the port is attached to no aggregator, so it carries no traffic; the churn and LACP lines are not printed for it. The 802.3ad state machine gives every port an aggregator whatever its link state, but it runs only while the bond interface is up: it has not handled this port yet (the bond interface is not up, or the port was just added), or it found no free aggregator for it.',
    );
    assert.equal(
      decoded('zh-cn', NEVER_RUN, 27, 'N/A'),
      '问题：N/A：端口未加入任何聚合组，因此不承载流量；其抖动与 LACP 各行也不会打印。无论链路状态如何，802.3ad 状态机都会为每个端口分配聚合组，但它只在 bond 接口被启用时运行：它尚未处理该端口（bond 接口未启用，或端口刚加入），或没有为它找到空闲的聚合组。',
    );
  });
});

describe('speed mismatch: what a port at another speed does to the bond, by mode', () => {
  const speeds = (lang: string, d: ReturnType<typeof doc>) => only('proc.speed-mismatch', messages(service({}, lang), d));
  /** A fixture with some lines replaced (1-based) and lines inserted before others (1-based, original numbering). */
  const fixtureWith = (file: string, changes: Readonly<Record<number, string>>, inserts: Readonly<Record<number, string>> = {}) => {
    const lines = readFileSync(`fixtures/proc/${file}`, 'utf8').split('\n');
    for (const [n, text] of Object.entries(changes)) lines[Number(n) - 1] = text;
    for (const n of Object.keys(inserts).map(Number).sort((a, b) => b - a)) lines.splice(n - 1, 0, inserts[n]!);
    return doc(lines.join('\n'));
  };

  it('broadcast: the slower port is the limit for its copies, not an uneven spread', () => {
    const d = fixtureWith('mode3-broadcast.txt', { 20: 'Speed: 100 Mbps' });
    assert.deepEqual(speeds('en', d), [
      '20:proc.speed-mismatch eth1 runs at 100 Mbps, eth0 at 1000 Mbps: broadcast sends every packet on every port, so the slower port cannot carry its copy of traffic above 100 Mbps.',
    ]);
    assert.deepEqual(speeds('zh-cn', d), [
      '20:proc.speed-mismatch eth1 速率为 100 Mbps，eth0 为 1000 Mbps：broadcast 模式在每个端口上发送每个数据包，因此较慢的端口无法承载其流量副本中超过 100 Mbps 的部分。',
    ]);
  });

  it('802.3ad: the ports outside the active aggregator\'s speed are reported, even when they are the majority', () => {
    const d = doc(THREE_PORTS);
    assert.deepEqual(speeds('en', d), [
      '54:proc.speed-mismatch eth1 runs at 10000 Mbps, eth0 at 25000 Mbps: its LACP key differs, so it cannot join the active aggregator.',
      '81:proc.speed-mismatch eth2 runs at 10000 Mbps, eth0 at 25000 Mbps: its LACP key differs, so it cannot join the active aggregator.',
    ]);
    assert.deepEqual(speeds('zh-cn', d), [
      '54:proc.speed-mismatch eth1 速率为 10000 Mbps，eth0 为 25000 Mbps：其 LACP key 不同，无法加入活动聚合组。',
      '81:proc.speed-mismatch eth2 速率为 10000 Mbps，eth0 为 25000 Mbps：其 LACP key 不同，无法加入活动聚合组。',
    ]);
  });

  it('802.3ad read without CAP_NET_ADMIN: no active aggregator shown, so the speed most ports share stands in', () => {
    const lines = THREE_PORTS.split('\n');
    const unprivileged = lines.filter((l, i) => !(i >= 14 && i <= 22) && !/^(details |    )/.test(l)).join('\n');
    assert.deepEqual(speeds('en', doc(unprivileged)), [
      '18:proc.speed-mismatch eth0 runs at 25000 Mbps, eth1 at 10000 Mbps: its LACP key differs, so it cannot join their aggregator.',
    ]);
  });

  it('balance-rr and balance-xor spread traffic without regard to speed: the slower port saturates first', () => {
    const rr = fixtureWith('mode0-balance-rr.txt', { 20: 'Speed: 10000 Mbps' });
    assert.deepEqual(speeds('en', rr), [
      '20:proc.speed-mismatch eno2 runs at 10000 Mbps, eno1 at 1000 Mbps: balance-rr spreads packets evenly over the ports whatever their speed, so the slower port is the first to saturate.',
    ]);
    assert.deepEqual(speeds('zh-cn', rr), [
      '20:proc.speed-mismatch eno2 速率为 10000 Mbps，eno1 为 1000 Mbps：balance-rr 不考虑速率，将数据包平均分配到各端口，因此较慢的端口最先饱和。',
    ]);
    const xor = fixtureWith('mode2-balance-xor.txt', { 21: 'Speed: 1000 Mbps' });
    assert.deepEqual(speeds('en', xor), [
      '21:proc.speed-mismatch ens2f1 runs at 1000 Mbps, ens2f0 at 10000 Mbps: balance-xor spreads flows over the ports by hash whatever their speed, so the slower port is the first to saturate.',
    ]);
    assert.deepEqual(speeds('zh-cn', xor), [
      '21:proc.speed-mismatch ens2f1 速率为 1000 Mbps，ens2f0 为 10000 Mbps：balance-xor 不考虑速率，按哈希将流分配到各端口，因此较慢的端口最先饱和。',
    ]);
  });

  it('balance-tlb and balance-alb weigh each port by its speed: nothing to report, and the hover says why', () => {
    for (const file of ['mode5-balance-tlb.txt', 'mode6-balance-alb.txt']) {
      assert.deepEqual(speeds('en', fixtureWith(file, { 22: 'Speed: 10000 Mbps' })), [], file);
    }
    const tlb = fixtureWith('mode5-balance-tlb.txt', { 22: 'Speed: 10000 Mbps' });
    assert.equal(
      hoverAt(service({}, 'en'), tlb, 22, '10000')!.split('\n\n').slice(1, 3).join('\n\n'),
      '10000 Mbps = 10 Gbps.\n\nOther up ports run at another speed: eth0 1000 Mbps; balance-tlb balances the load relative to each port\'s speed.',
    );
    assert.equal(
      hoverAt(service({}, 'zh-cn'), tlb, 22, '10000')!.split('\n\n').slice(1, 3).join('\n\n'),
      '10000 Mbps = 10 Gbps.\n\n其他 up 端口速率不同：eth0 1000 Mbps；balance-tlb 按各端口速率的比例分配负载。',
    );
  });

  it('balance-tlb and balance-alb with tlb_dynamic_lb 0 (a Transmit Hash Policy line) hash flows like balance-xor', () => {
    for (const file of ['mode5-balance-tlb.txt', 'mode6-balance-alb.txt']) {
      const d = fixtureWith(file, { 22: 'Speed: 10000 Mbps' }, { 4: 'Transmit Hash Policy: layer3+4 (1)' });
      assert.deepEqual(speeds('en', d), [
        '23:proc.speed-mismatch eth1 runs at 10000 Mbps, eth0 at 1000 Mbps: with tlb_dynamic_lb 0 (shown by the Transmit Hash Policy line) outgoing flows are spread over the ports by hash whatever their speed, so the slower port is the first to saturate.',
      ], file);
      assert.deepEqual(speeds('zh-cn', d), [
        '23:proc.speed-mismatch eth1 速率为 10000 Mbps，eth0 为 1000 Mbps：tlb_dynamic_lb 为 0（见 Transmit Hash Policy 行）时，发送的流不考虑速率、按哈希分配到各端口，因此较慢的端口最先饱和。',
      ], file);
    }
  });
});

describe('port priority: what the number means and where Linux reads it', () => {
  it('the default under ad_select stable: sent to the partner, not used for selection', () => {
    assert.equal(
      hoverAt(service({}, 'en'), seedWith({}), 40, 'port priority')!.split('\n\n')[1],
      '255: the default port priority. It is sent to the partner in LACPDUs; in IEEE 802.1AX a lower number means a higher priority. Linux itself uses it only with ad_select actor_port_prio, which prefers the aggregator whose ports have the highest sum of priorities. This bond uses stable, so the value does not affect which aggregator is active.',
    );
    assert.equal(
      hoverAt(service({}, 'zh-cn'), seedWith({}), 40, 'port priority')!.split('\n\n')[1],
      '255：默认的端口优先级。它在 LACPDU 中发送给对端；在 IEEE 802.1AX 中数值越小优先级越高。Linux 自身只在 ad_select 为 actor_port_prio 时使用它，此时优先选择端口优先级之和最高的聚合组。本 bond 使用 stable，因此该值不影响哪个聚合组成为活动聚合组。',
    );
  });

  it('a set priority under ad_select actor_port_prio', () => {
    const d = seedWith({ 14: 'Aggregator selection policy (ad_select): actor_port_prio', 40: '    port priority: 100' });
    assert.equal(
      hoverAt(service({}, 'en'), d, 40, 'port priority')!.split('\n\n')[1],
      '100: not the default (255). It is sent to the partner in LACPDUs; in IEEE 802.1AX a lower number means a higher priority. Linux itself uses it only with ad_select actor_port_prio, which prefers the aggregator whose ports have the highest sum of priorities. This bond uses actor_port_prio.',
    );
  });
});

describe('actor key with speed code 0: no speed in any numbering', () => {
  it('key 1 of a port with `Speed: Unknown`, and key 64 (user key 1) of a down port', () => {
    const unknown = seedWith({ 52: 'MII Status: up', 54: 'Duplex: full', 66: '    port key: 1' });
    assert.equal(
      hoverAt(service({}, 'en'), unknown, 66, 'port key')!.split('\n\n')[1],
      "1 = full duplex, speed code 0, user key 0. Speed code 0 means no speed in every numbering: the port's link is down (the kernel then resets speed and duplex to 0) or the kernel does not know its speed.",
    );
    assert.equal(
      hoverAt(service({}, 'zh-cn'), unknown, 66, 'port key')!.split('\n\n')[1],
      '1 = 全双工，速率编码 0，用户 key 0。速率编码 0 在任何编号中都表示无速率：端口链路已断开（内核此时将速率和双工都清零），或内核不知道其速率。',
    );
    assert.equal(
      hoverAt(service({}, 'en'), seedWith({ 66: '    port key: 64' }), 66, 'port key')!.split('\n\n')[1],
      "64 = not full duplex, speed code 0, user key 1. Speed code 0 means no speed in every numbering: the port's link is down (the kernel then resets speed and duplex to 0) or the kernel does not know its speed.",
    );
  });

  it('key 0 of the down p1: the kernel clears speed and duplex, not the user key; the short form says "not full duplex"', () => {
    assert.equal(
      hoverAt(service({}, 'zh-cn'), doc(SEED_TEXT), 66, 'port key')!.split('\n\n')[1],
      '0：无速率，非全双工，用户 key 0。端口链路断开时，内核会清除其 key 中的速率位和双工位（用户 key 保留）；速率未知的端口速率编码为 0：两种情况下端口都无法聚合。',
    );
    const bonds = parseProcBonding(seedWith({ 66: '    port key: 64' }).getText()).bonds.map(procModel);
    const where = locate(bonds, 65)!;
    assert.equal(explain(where.line, { bond: where.bond, port: where.port })!.short, 'not full duplex code 0 user 1');
  });
});

describe('a port going down keeps its LACP role until the down delay ends', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');
  const STILL = 'Its link was lost (MII Status going down), but bonding takes it out of LACP only when the down delay ends, and only if the link has not returned by then.';

  it('p0 going down with state 61: aggregated and in sync, not "takes no part in LACP"', () => {
    const d = seedWith({ 8: 'Down Delay (ms): 200', 25: 'MII Status: going down' });
    assert.equal(hoverAt(en, d, 42, '61')!.split('\n\n')[3], `Healthy: p0 is aggregated, in sync, collecting and distributing. ${STILL}`);
    assert.equal(
      hoverAt(zh, d, 42, '61')!.split('\n\n')[3],
      '正常：p0 已聚合、已同步，正在收发。其链路已丢失（MII Status 为 going down），但 bonding 只在 downdelay 结束时、且链路届时仍未恢复的情况下，才将其移出 LACP。',
    );
  });

  it('its churn is read from its port state, not blamed on a missing link', () => {
    const d = seedWith({ 8: 'Down Delay (ms): 200', 25: 'MII Status: going down', 32: 'Actor Churn State: churned', 34: 'Actor Churned Count: 1' });
    assert.equal(
      hoverAt(en, d, 32, 'churned')!.split('\n\n')[2],
      'Healthy: the actor port state (61) shows Synchronization, Collecting and Distributing: the churn happened earlier, and the actor side has reached synchronization since.',
    );
  });

  it('Number of ports counts it with the up ports, and the finding agrees', () => {
    const inIt = seedWith({ 8: 'Down Delay (ms): 200', 25: 'MII Status: going down' });
    assert.deepEqual(hoverAt(en, inIt, 19, 'Number of ports')!.split('\n\n').slice(1, 3), [
      "1 port in the active aggregator; 1 of the bond's 2 ports is up or going down (a port going down is still counted until the down delay ends).",
      'Healthy: every port up or going down is in it.',
    ]);
    const outside = seedWith({ 8: 'Down Delay (ms): 200', 52: 'MII Status: going down' });
    assert.deepEqual(hoverAt(en, outside, 19, 'Number of ports')!.split('\n\n').slice(1, 3), [
      "1 port in the active aggregator; 2 of the bond's 2 ports are up or going down (a port going down is still counted until the down delay ends).",
      'Problem: 1 port up or going down is outside it and carries no traffic.',
    ]);
    assert.deepEqual(hoverAt(zh, outside, 19, 'Number of ports')!.split('\n\n').slice(1, 3), [
      '活动聚合组中有 1 个端口；bond 的 2 个端口中有 2 个为 up 或 going down（going down 的端口在 downdelay 结束前仍被计入）。',
      '问题：有 1 个 up 或 going down 的端口不在其中，不承载流量。',
    ]);
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(en, outside)), ['19:proc.aggregator-ports-below-up The active aggregator has 1 port but 2 ports are up or going down; not in it: p1.']);
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(zh, outside)), ['19:proc.aggregator-ports-below-up 活动聚合组只有 1 个端口，但有 2 个端口为 up 或 going down；不在其中的端口：p1。']);
  });

  it('going back is not up yet: the up delay runs before LACP gets the port', () => {
    const d = seedWith({ 7: 'Up Delay (ms): 200', 52: 'MII Status: going back' });
    assert.equal(
      hoverAt(en, d, 69, '69')!.split('\n\n')[3],
      'Problem: p1 is going back (MII Status), so it takes no part in LACP; no LACPDU has been received on it (Defaulted). It carries no traffic.',
    );
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(en, d)), []);
  });
});

describe('Link Failure Count: counted when bonding takes an up port down (bond_miimon_commit)', () => {
  const en = service({}, 'en');
  it('a down port with none has had no usable link since it joined; an up port with none is healthy', () => {
    assert.equal(hoverAt(en, doc(SEED_TEXT), 55, '0')!.split('\n\n')[1], '0: bonding has not taken p1 down since it joined the bond, so it has had no usable link since then.');
    assert.equal(hoverAt(service({}, 'zh-cn'), doc(SEED_TEXT), 55, '0')!.split('\n\n')[1], '0：自 p1 加入 bond 以来，bonding 从未将其判为 down，因此它从加入起就一直没有可用的链路。');
    assert.equal(hoverAt(en, doc(SEED_TEXT), 28, '0')!.split('\n\n')[1], 'Healthy: the link has not failed since the port joined the bond.');
  });

  it('going down: the failure under way is not counted yet', () => {
    const d = seedWith({ 8: 'Down Delay (ms): 200', 25: 'MII Status: going down' });
    assert.equal(hoverAt(en, d, 28, '0')!.split('\n\n')[1], '0: no failure counted yet. The failure under way is counted if the link has not returned when the down delay ends.');
    const twice = seedWith({ 8: 'Down Delay (ms): 200', 25: 'MII Status: going down', 28: 'Link Failure Count: 2' });
    assert.equal(
      hoverAt(en, twice, 28, '2')!.split('\n\n')[1],
      'The link failed 2 times since the port joined the bond (the count starts again when the port is added again). A growing count means a flapping link. The failure under way is counted if the link has not returned when the down delay ends.',
    );
  });
});

describe('Number of ports below the up ports: outside the aggregator, or in it and not counted', () => {
  it('every up port shows the active aggregator\'s ID: "not counted", not "outside it"', () => {
    const d = seedWith({ 52: 'MII Status: up', 58: 'Aggregator ID: 1' });
    assert.equal(hoverAt(service({}, 'en'), d, 19, 'Number of ports')!.split('\n\n')[2], 'Problem: 1 port shows its Aggregator ID but is not counted in it.');
    assert.equal(hoverAt(service({}, 'zh-cn'), d, 19, 'Number of ports')!.split('\n\n')[2], '问题：有 1 个端口的 Aggregator ID 与之相同，但未被计入。');
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(service({}, 'en'), d)), [
      '19:proc.aggregator-ports-below-up The active aggregator has 1 port but 2 ports are up; 1 of them shows its Aggregator ID but is not counted in it.',
    ]);
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(service({}, 'zh-cn'), d)), [
      '19:proc.aggregator-ports-below-up 活动聚合组只有 1 个端口，但有 2 个端口 up；其中 1 个的 Aggregator ID 与之相同，但未被计入。',
    ]);
  });

  it('a port in another aggregator is named', () => {
    const d = seedWith({ 52: 'MII Status: up' });
    assert.equal(hoverAt(service({}, 'en'), d, 19, 'Number of ports')!.split('\n\n')[2], 'Problem: 1 up port is outside it and carries no traffic.');
    assert.deepEqual(only('proc.aggregator-ports-below-up', messages(service({}, 'en'), d)), ['19:proc.aggregator-ports-below-up The active aggregator has 1 port but 2 ports are up; not in it: p1.']);
  });
});

describe('a dump cut short: what its lines do not show is not told', () => {
  /** The seed up to line `last` (1-based), as a paste that stops there. */
  const seedTo = (last: number) => doc(SEED_TEXT.split('\n').slice(0, last).join('\n'));
  /** The hover's paragraphs between its title and the line that says when the kernel prints the field. */
  const decoded = (lang: string, d: ReturnType<typeof doc>, line: number, word: string) => {
    const parts = hoverAt(service({}, lang), d, line, word)!.split('\n\n');
    return parts.slice(1, parts.findIndex((p, i) => i > 0 && p.startsWith('*')));
  };

  it('the active aggregator: a port cut before its Aggregator ID line is neither in it nor outside it', () => {
    // p1 (lines 51-) ends at its Speed line.
    assert.deepEqual(decoded('en', seedTo(53), 18, 'Aggregator ID'), ['Aggregator 1 is the active one: only its ports carry traffic.']);
    // Whole, p1 shows aggregator 2; N/A is no aggregator at all: both are outside it.
    assert.deepEqual(decoded('en', seedWith({}), 18, 'Aggregator ID'), ['Aggregator 1 is the active one: only its ports carry traffic.', 'Problem: outside it: p1 (2).']);
    assert.deepEqual(decoded('zh-cn', seedWith({ 58: 'Aggregator ID: N/A' }), 18, 'Aggregator ID'), ['聚合组 1 是活动聚合组：只有其端口承载流量。', '问题：不在其中的端口：p1 (N/A)。']);
  });

  it('a partner MAC cut after three octets is no partner, nor another one: the kernel prints six', () => {
    const cut = seedTo(22);
    const lines = cut.getText().split('\n');
    lines[21] = '\tPartner Mac Address: 00:00:5e';
    for (const d of [doc(lines.join('\n')), seedWith({ 22: '\tPartner Mac Address: 00:00:5e' })]) {
      assert.deepEqual(decoded('en', d, 22, 'Partner Mac Address'), ['3-byte hardware address: not Ethernet (InfiniBand uses 20 bytes).']);
    }
  });

  it('Number of ports: a dump that shows fewer ports than the aggregator counts says nothing of the others', () => {
    assert.deepEqual(decoded('en', seedTo(22), 19, 'Number of ports'), ["1 port in the active aggregator; the dump shows none of the bond's ports."]);
    assert.deepEqual(decoded('zh-cn', seedTo(22), 19, 'Number of ports'), ['活动聚合组中有 1 个端口；该输出只显示了 bond 的 0 个端口。']);
    const two = doc(linesChanged(SEED_TEXT, { 19: '\tNumber of ports: 2' }).split('\n').slice(0, 50).join('\n'));
    assert.deepEqual(decoded('en', two, 19, 'Number of ports'), ["2 ports in the active aggregator; the dump shows 1 of the bond's ports."]);
  });
});

describe('ports pasted alone: a dump cut before its first port', () => {
  /** The seed's p0 (lines 24-49) under a line of prose, in a Markdown ticket. */
  const p0 = (changes: Readonly<Record<number, string>> = {}) => doc(['The port:', ...linesChanged(SEED_TEXT, changes).split('\n').slice(23, 49)].join('\n'), 'markdown');

  it('the Aggregator ID hover does not blame CAP_NET_ADMIN for the active aggregator the paste left out', () => {
    assert.equal(hoverAt(service({}, 'en'), p0(), 9, 'Aggregator ID')!.split('\n\n')[1], 'Aggregator 1; the dump does not show which aggregator is active.');
    assert.equal(hoverAt(service({}, 'zh-cn'), p0(), 9, 'Aggregator ID')!.split('\n\n')[1], '聚合组 1；该输出未显示哪个聚合组是活动的。');
    // A whole dump without the block was read without CAP_NET_ADMIN: the kernel leaves it out for such a reader only.
    const unprivileged = fixture('proc/mode4-unprivileged.txt');
    assert.equal(hoverAt(service({}, 'en'), unprivileged, 24, 'Aggregator ID')!.split('\n\n')[1], 'Aggregator 1; the dump does not show which aggregator is active (read without CAP_NET_ADMIN).');
  });

  it('a port without Collecting and Distributing is reported unless it has no partner: its aggregator may be the active one, partnerless, which the kernel enables', () => {
    assert.deepEqual(only('proc.port-not-distributing', messages(service({}, 'en'), p0({ 42: '    port state: 13' }))), [
      '20:proc.port-not-distributing p0: actor port state 13 (Collecting, Distributing clear): the port is up and in aggregator 1 but not used for traffic.',
    ]);
    assert.deepEqual(only('proc.port-not-distributing', messages(service({}, 'en'), p0({ 42: '    port state: 77' }))), []);
    // A whole dump that shows the active aggregator (the seed's, with its partner), or that none is active: reported.
    for (const whole of [seedWith({ 42: '    port state: 77' }), seedWith({ 17: 'bond bond0 has no active aggregator', 18: '', 19: '', 20: '', 21: '', 22: '', 42: '    port state: 77' })]) {
      assert.deepEqual(only('proc.port-not-distributing', messages(service({}, 'en'), whole)), [
        '42:proc.port-not-distributing p0: actor port state 77 (Collecting, Distributing clear): the port is up and in aggregator 1 but not used for traffic.',
      ]);
    }
  });
});

describe('the port state of a default partner record: the template\'s bits, none said of a partner', () => {
  it('state 0 (newest kernels): no bit set, and the hint says whose record it is', () => {
    const d = seedWith({ 76: '    port state: 0' });
    const hover = hoverAt(service({}, 'en'), d, 76, '0')!.split('\n\n');
    assert.equal(hover[1], '0 (decimal) = 0x00 = none');
    assert.equal(hover[3], ['LACP_Activity', 'LACP_Timeout', 'Aggregation', 'Synchronization', 'Collecting', 'Distributing', 'Defaulted', 'Expired'].map((b, i) => `- ✗ \`0x${(1 << i).toString(16).padStart(2, '0')}\` ${b}`).join('\n'));
    assert.deepEqual(
      service({}, 'en').getInlayHints(d, { start: { line: 75, character: 0 }, end: { line: 76, character: 0 } }).map((h) => h.label),
      ['none (default record)'],
    );
  });

  it('state 3 while the receive machine is expired: LACP_Timeout is said to be the kernel\'s', () => {
    const d = seedWith({ 76: '    port state: 3' });
    const en = hoverAt(service({}, 'en'), d, 76, '3')!.split('\n\n');
    assert.equal(
      en[2],
      "Template bits, not the partner's state: no LACPDU is being received on this port, so the kernel filled the partner record from its default (state 1 = LACP_Activity, 0 in the newest kernels), and no partner sent these bits. Defaulted is set in this port's own (actor) state instead. LACP_Timeout is added by the kernel while this port's receive machine is expired.",
    );
    assert.equal(en[3].split('\n').slice(0, 2).join('\n'), '- ✓ `0x01` LACP_Activity\n- ✓ `0x02` LACP_Timeout');
    assert.equal(
      hoverAt(service({}, 'zh-cn'), d, 76, '3')!.split('\n\n')[2],
      '模板位，并非对端的状态：该端口没有在收到 LACPDU，内核用其默认值填充了对端记录（状态 1 = LACP_Activity，最新内核为 0），这些位并非由任何对端发送。Defaulted 位置于该端口自己（actor）的状态中，而不在此处。LACP_Timeout 是该端口的接收状态机处于过期状态时由内核加上的。',
    );
  });
});

describe('a bond of many ports: hovers name eight of the others and count the rest', () => {
  // The first port block of a 12-port 802.3ad bond, every port up and with the same partner.
  const ports = Array.from({ length: 12 }, (_, i) => SEED_TEXT.slice(SEED_TEXT.indexOf('Slave Interface: p0'), SEED_TEXT.indexOf('Slave Interface: p1')).replaceAll('p0', `eth${i}`).replace('port number: 1\n', `port number: ${i + 1}\n`));
  const text = `${SEED_TEXT.slice(0, SEED_TEXT.indexOf('Slave Interface: p0'))}${ports.join('')}`.replace('Number of ports: 1', 'Number of ports: 12');
  const d = doc(text);
  const partnerMac = text.split('\n').findIndex((l, i) => i > text.split('\n').indexOf('details partner lacp pdu:') && l.includes('system mac address')) + 1;

  it('the partner system MAC: the switch answers on this port, and eth1…eth8 and 3 more see the same partner', () => {
    assert.match(hoverAt(service({}, 'en'), d, partnerMac, 'system mac address')!, /; eth1, eth2, eth3, eth4, eth5, eth6, eth7, eth8 and 3 more see the same partner\./);
    assert.match(hoverAt(service({}, 'zh-cn'), d, partnerMac, 'system mac address')!, /；eth1、eth2、eth3、eth4、eth5、eth6、eth7、eth8 等 11 个端口看到的是同一对端。/);
  });

  it('the permanent address all twelve copies share: eight of the others named, three more counted', () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('Permanent HW addr')) + 1;
    assert.match(hoverAt(service({}, 'en'), d, line, 'Permanent HW addr')!, /eth1, eth2, eth3, eth4, eth5, eth6, eth7, eth8 and 3 more report the same permanent address\./);
    assert.match(hoverAt(service({}, 'zh-cn'), d, line, 'Permanent HW addr')!, /eth1、eth2、eth3、eth4、eth5、eth6、eth7、eth8 等 11 个端口报告了相同的永久地址。/);
  });

  it('ten ports with another partner: eight named with their partner, two more counted', () => {
    const lines = text.split('\n');
    const partnerMacs = lines.flatMap((l, i) => (l === '    system mac address: 00:00:5e:00:01:01' ? [i] : []));
    assert.equal(partnerMacs.length, 12);
    for (const i of partnerMacs.slice(1, 11)) lines[i] = '    system mac address: 00:00:5e:00:01:02';
    const hover = hoverAt(service({}, 'en'), doc(lines.join('\n')), partnerMacs[0]! + 1, 'system mac address')!;
    const eight = Array.from({ length: 8 }, (_, i) => `eth${i + 1} (00:00:5e:00:01:02)`).join(', ');
    assert.ok(hover.includes(`Problem: other ports see a different partner: ${eight} and 2 more.`), hover);
  });

  it('the active aggregator: every port is in it, eight named', () => {
    const line = text.split('\n').findIndex((l) => l.startsWith('\tAggregator ID:')) + 1;
    assert.match(hoverAt(service({}, 'en'), d, line, 'Aggregator ID')!, /every port is in it \(eth0, eth1, eth2, eth3, eth4, eth5, eth6, eth7 and 4 more\)\./);
  });
});

describe('actor keys: the port blamed is the one outside the active aggregator\'s key', () => {
  // Three ports at one speed: two share key 15, yet the active aggregator is eth0's, key 79.
  const KEY_MINORITY_ACTIVE = linesChanged(THREE_PORTS, { 21: '\tActor Key: 79', 27: 'Speed: 10000 Mbps', 40: '    port key: 79' });
  const keys = (lang: string, d: ReturnType<typeof doc>) => only('proc.actor-key-mismatch', messages(service({}, lang), d));

  it('802.3ad: the ports whose key differs from the active aggregator\'s are reported, even when they are the majority; with none active, the majority stands in', () => {
    const d = doc(KEY_MINORITY_ACTIVE);
    assert.deepEqual(keys('en', d), [
      '67:proc.actor-key-mismatch eth1 has actor key 15, eth0 has 79: a different user key, ad_user_port_key (0 against 1) keeps them in different aggregators.',
      '94:proc.actor-key-mismatch eth2 has actor key 15, eth0 has 79: a different user key, ad_user_port_key (0 against 1) keeps them in different aggregators.',
    ]);
    assert.deepEqual(keys('zh-cn', d), [
      '67:proc.actor-key-mismatch eth1 的本端 key 为 15，eth0 为 79：用户 key，即 ad_user_port_key（0，对方为 1）不同，使它们位于不同的聚合组。',
      '94:proc.actor-key-mismatch eth2 的本端 key 为 15，eth0 为 79：用户 key，即 ad_user_port_key（0，对方为 1）不同，使它们位于不同的聚合组。',
    ]);
    assert.deepEqual(ranges(d, 'proc.actor-key-mismatch'), ['67:14-16', '94:14-16']);
    // With no aggregator active, the key most ports share stands in.
    const lines = KEY_MINORITY_ACTIVE.split('\n');
    const none = [...lines.slice(0, 17), 'bond bond0 has no active aggregator', ...lines.slice(23)].join('\n');
    assert.deepEqual(keys('en', doc(none)), [
      '35:proc.actor-key-mismatch eth0 has actor key 79, eth1 has 15: a different user key, ad_user_port_key (1 against 0) keeps them in different aggregators.',
    ]);
  });
});

describe('partner: the system priority and key count as well as the MAC (ad_port_selection_logic)', () => {
  // Two ports (eth2 cut off) facing one partner MAC; eth1's partner reports system priority 100, eth0's 32768.
  const PARTNER_PRIORITY = linesChanged(THREE_PORTS, {
    15: 'Aggregator selection policy (ad_select): stable',
    21: '\tActor Key: 15',
    27: 'Speed: 10000 Mbps',
    40: '    port key: 15',
    72: '    system priority: 100',
    77: '    port state: 61',
  })
    .split('\n')
    .slice(0, 77)
    .join('\n');
  const partnerWith = (changes: Readonly<Record<number, string>>) => doc(linesChanged(PARTNER_PRIORITY, changes));
  const partners = (lang: string, d: ReturnType<typeof doc>) => only('proc.partner-mismatch', messages(service({}, lang), d));

  it('the same MAC with another system priority', () => {
    const d = doc(PARTNER_PRIORITY);
    assert.deepEqual(partners('en', d), ['72:proc.partner-mismatch eth1 sees partner system priority 100, eth0 sees 32768: with a different partner system priority they cannot share an aggregator.']);
    assert.deepEqual(partners('zh-cn', d), ['72:proc.partner-mismatch eth1 的对端系统优先级为 100，eth0 的对端为 32768：对端系统优先级不同，无法共用一个聚合组。']);
    assert.deepEqual(ranges(d, 'proc.partner-mismatch'), ['72:21-24']);
  });

  it('the same partner system with another key', () => {
    const d = partnerWith({ 72: '    system priority: 32768', 74: '    oper key: 21' });
    assert.deepEqual(ranges(d, 'proc.partner-mismatch'), ['74:14-16']);
    assert.deepEqual(partners('en', d), ['74:proc.partner-mismatch eth1 sees partner key 21, eth0 sees 20: with a different partner key they cannot share an aggregator.']);
    assert.deepEqual(partners('zh-cn', d), ['74:proc.partner-mismatch eth1 的对端 key 为 21，eth0 的对端为 20：对端 key 不同，无法共用一个聚合组。']);
  });

  it('both differ: one finding names both; another MAC is named alone', () => {
    const d = partnerWith({ 74: '    oper key: 21' });
    assert.deepEqual(partners('en', d), ['72:proc.partner-mismatch eth1 sees partner system priority 100 and key 21, eth0 sees 32768 and 20: with a different partner system priority and key they cannot share an aggregator.']);
    assert.deepEqual(partners('zh-cn', d), ['72:proc.partner-mismatch eth1 的对端系统优先级为 100、key 为 21，eth0 的对端分别为 32768、20：对端系统优先级和 key 不同，无法共用一个聚合组。']);
    // Another MAC is named alone: another system's priority and key say nothing more.
    const other = partnerWith({ 73: '    system mac address: 00:00:5e:00:53:15', 74: '    oper key: 21' });
    assert.deepEqual(partners('en', other), ['73:proc.partner-mismatch eth1 sees partner 00:00:5e:00:53:15, eth0 sees 00:00:5e:00:53:14: the ports reach different LACP systems, so they cannot share an aggregator.']);
  });
});

describe('port state bits the kernel sets itself, and passive LACP by kernel era', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');
  const bitLine = (hover: string | undefined, name: string) => hover!.split('\n').find((l) => l.includes(`\` ${name}`));
  const lastParagraph = (hover: string | undefined) => hover!.split('\n\n').at(-2);

  // ad_rx_machine AD_RX_EXPIRED: partner LACP_Timeout set, Synchronization cleared, and (before 0599640a21e9, as in
  // this 5.10 dump without a LACP active line) LACP_Activity set, all in the partner record itself.
  const expired = seedWith({ 42: '    port state: 133', 49: '    port state: 7' });

  it('p0 expired: the partner\'s LACP_Timeout, LACP_Activity and Synchronization are said to be this kernel\'s doing', () => {
    const hover = hoverAt(en, expired, 49, '7');
    assert.equal(bitLine(hover, 'LACP_Timeout'), "- ✓ `0x02` LACP_Timeout: Short timeout, forced on here by this bond's kernel when the port's receive machine expired (Expired in the actor state): whether the partner asked for it cannot be told.");
    assert.equal(bitLine(hover, 'LACP_Activity'), "- ✓ `0x01` LACP_Activity: Active, forced on here by this bond's kernel when the port's receive machine expired (kernels before the 2025 change do this): whether the partner sent it cannot be told.");
    assert.equal(
      lastParagraph(hover),
      "Problem: no LACPDU has arrived on p0 within the timeout (Expired in its actor state): this bond's kernel then clears Synchronization and sets LACP_Timeout in the partner record itself, so the record no longer shows the partner's own state.",
    );
    assert.equal(
      lastParagraph(hoverAt(zh, expired, 49, '7')),
      '问题：p0 在超时时间内没有收到 LACPDU（本端状态中的 Expired）：此时本 bond 的内核会自行清除对端记录中的 Synchronization 并置位 LACP_Timeout，因此该记录已不能反映对端自身的状态。',
    );
    assert.equal(bitLine(hover, 'Synchronization'), "- ✗ `0x08` Synchronization: Not in sync, cleared here by this bond's kernel when the port's receive machine expired (Expired in the actor state).");
  });

  it('p0 expired: the LACP rate hover does not read the kernel-set bit as the partner\'s request', () => {
    assert.equal(
      hoverAt(en, expired, 12, 'slow')!.split('\n\n')[1],
      "slow (0, default): the partner is asked for a LACPDU every 30 s; its information times out after 90 s without one, so a partner that stops answering is noticed after up to 90 s. lacp_rate sets this bond's LACP_Timeout bit (the rate it asks the partner for) and its own receive timeout. How often the bond itself sends LACPDUs follows the partner's LACP_Timeout bit, so the two ends may use different rates.",
    );
    assert.equal(hoverAt(en, expired, 12, 'slow')!.split('\n\n').length, 3, 'no sentence about what the partner asks for');
  });

  // Kernels before 0599640a21e9 set LACP_Activity in every actor state even with lacp_active off (61 and 69 here).
  const passiveOld = seedWith({ 11: '802.3ad info\nLACP active: off' });
  // Newer kernels clear it: 60 and 68.
  const passiveNew = seedWith({ 1: 'Ethernet Channel Bonding Driver: v6.17.0', 11: '802.3ad info\nLACP active: off', 42: '    port state: 60', 69: '    port state: 68' });

  it('LACP active: off on an older kernel: no periodic LACPDUs, and the actor\'s LACP_Activity bit is explained', () => {
    assert.equal(
      hoverAt(en, passiveOld, 12, 'off')!.split('\n\n').slice(1, 3).join('\n\n'),
      [
        'off: passive; the bond does not start LACP negotiation itself.',
        'This dump is from an older kernel: kernels before the 2025 change still set LACP_Activity in this bond\'s port states but send no periodic LACPDUs at all; the bond answers only when the partner\'s state changes, so even with an active partner the partner\'s information about this bond can time out and the aggregation flaps. The 2025 change is commit 0599640a21e9 "bonding: send LACPDUs periodically in passive mode after receiving partner\'s LACPDU".',
      ].join('\n\n'),
    );
    assert.equal(
      bitLine(hoverAt(en, passiveOld, 43, '61'), 'LACP_Activity'),
      '- ✓ `0x01` LACP_Activity: Set although LACP active is off: kernels before the 2025 change set this bit on every port, and with LACP active off they send no periodic LACPDUs.',
    );
    assert.equal(
      lastParagraph(hoverAt(en, passiveOld, 50, '61')),
      'Healthy: the partner is aggregating, in sync, collecting and distributing on p0. It asked for long timeouts, but this bond sends it no periodic LACPDUs: LACP active is off, and kernels before the 2025 change then send none.',
    );
    assert.equal(hoverAt(en, passiveOld, 13, 'slow')!.split('\n\n').length, 3, 'no claim that this bond sends every 30 s');
  });

  it('LACP active: off on a newer kernel: periodic LACPDUs once the partner is active', () => {
    assert.equal(
      hoverAt(en, passiveNew, 12, 'off')!.split('\n\n')[2],
      "This dump is from a newer kernel: kernels with it (mainline 6.17, and stable updates from August 2025) clear LACP_Activity in this bond's port states and send LACPDUs periodically only while the partner's LACP_Activity bit is set, that is after an active partner's LACPDU; with a passive switch port neither end sends them. The 2025 change is commit 0599640a21e9 \"bonding: send LACPDUs periodically in passive mode after receiving partner's LACPDU\".",
    );
    assert.equal(
      hoverAt(zh, passiveNew, 12, 'off')!.split('\n\n')[2],
      '该输出来自较新的内核：含该修改的内核（主线 6.17，以及 2025 年 8 月起的稳定版更新）在本 bond 的端口状态中清除 LACP_Activity 位，并且只在对端的 LACP_Activity 位置位时（即收到主动对端的 LACPDU 之后）才周期性发送 LACPDU；若交换机端口也是被动的，两端都不发送。2025 年的修改为提交 0599640a21e9“bonding: send LACPDUs periodically in passive mode after receiving partner\'s LACPDU”。',
    );
    assert.equal(lastParagraph(hoverAt(en, passiveNew, 50, '61'))!.split('. ').at(-1), 'It asked for long timeouts, so this bond sends it a LACPDU every 30 s.');
  });
});

describe('a down port without speed or duplex in the modes that need them (bond_miimon_commit)', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');

  it('802.3ad, Speed and Duplex Unknown: the message names both causes', () => {
    assert.deepEqual(only('proc.slave-down', messages(en, seedWith({}))), [
      '52:proc.slave-down p1 is not up (MII Status: down): its link is down, or its link is up but its driver reports no speed or duplex, which 802.3ad needs: current kernels then keep the port down (kernel log: "failed to get link speed/duplex"). Either way it carries no traffic.',
    ]);
    assert.deepEqual(only('proc.slave-down', messages(zh, seedWith({}))), [
      '52:proc.slave-down p1 未 up（MII Status: down）：其链路已断开，或链路已 up 但驱动未报告速率或双工，而 802.3ad 需要它们：此时当前内核会让端口保持 down（内核日志："failed to get link speed/duplex"）。无论哪种情况，它都不承载流量。',
    ]);
  });

  it('balance-alb with only the duplex unknown names the mode; a known speed and duplex, or active-backup, keep the plain message', () => {
    const alb = seedWith({ 3: 'Bonding Mode: adaptive load balancing', 53: 'Speed: 1000 Mbps' });
    assert.match(only('proc.slave-down', messages(en, alb))[0]!, /driver reports no speed or duplex, which balance-alb needs/);
    const known = seedWith({ 53: 'Speed: 1000 Mbps', 54: 'Duplex: full' });
    assert.deepEqual(only('proc.slave-down', messages(en, known)), ['52:proc.slave-down p1 is not up (MII Status: down): its link is down, so it carries no traffic.']);
    const ab = seedWith({ 3: 'Bonding Mode: fault-tolerance (active-backup)' });
    assert.deepEqual(only('proc.slave-down', messages(en, ab)), ['52:proc.slave-down p1 is not up (MII Status: down): its link is down, so it carries no traffic.']);
  });
});

describe('Speed and Duplex Unknown: a port whose link is up has a driver that reports none', () => {
  it('up: the driver is the cause, not a link that is down; down: both', () => {
    const ab = seedWith({ 3: 'Bonding Mode: fault-tolerance (active-backup)', 26: 'Speed: Unknown', 27: 'Duplex: Unknown' });
    const en = service({}, 'en');
    assert.equal(hoverAt(en, ab, 26, 'Unknown')!.split('\n\n')[1]!.split(' Until')[0], 'Unknown: the link is up, but the driver reports no speed: it gives none (virtio, Wi-Fi, some virtual NICs).');
    assert.equal(hoverAt(en, ab, 27, 'Unknown')!.split('\n\n')[1], 'Unknown: the link is up, but the driver reports no duplex: it gives none.');
    const zh = service({}, 'zh-cn');
    assert.equal(hoverAt(zh, ab, 27, 'Unknown')!.split('\n\n')[1], 'Unknown：链路为 up，但驱动未报告双工：该驱动不提供。');
    assert.equal(hoverAt(en, ab, 53, 'Unknown')!.split('\n\n')[1], 'Unknown: the driver reports no speed: the link is down, or the driver (virtio, Wi-Fi, some virtual NICs) gives none.');
    assert.equal(hoverAt(en, ab, 54, 'Unknown')!.split('\n\n')[1], 'Unknown: the driver reports no duplex (link down, or a driver that gives none).');
  });
});

describe('Peer Notification Delay: only the modes that send peer notifications use it', () => {
  it('balance-tlb: no effect, whatever the value; active-backup: the interval', () => {
    const en = service({}, 'en');
    const tlb = seedWith({ 3: 'Bonding Mode: transmit load balancing', 9: 'Peer Notification Delay (ms): 200' });
    assert.equal(hoverAt(en, tlb, 9, '200')!.split('\n\n')[1], '200 ms: balance-tlb sends no peer notifications after a failover, so the delay has no effect.');
    assert.equal(
      hoverAt(service({}, 'zh-cn'), seedWith({ 3: 'Bonding Mode: transmit load balancing' }), 9, '0')!.split('\n\n')[1],
      '0：balance-tlb 在故障切换后不发送对端通告，该延迟不起作用。',
    );
    const ab = seedWith({ 3: 'Bonding Mode: fault-tolerance (active-backup)', 9: 'Peer Notification Delay (ms): 200' });
    assert.equal(hoverAt(en, ab, 9, '200')!.split('\n\n')[1], '200 ms: the peer notifications after a failover are 200 ms apart. The kernel stores it as 2 MII polls of 100 ms.');
    assert.equal(hoverAt(en, seedWith({ 3: 'Bonding Mode: fault-tolerance (active-backup)' }), 9, '0')!.split('\n\n')[1], '0: the peer notifications after a failover are one link-monitor interval apart.');
  });

  it('802.3ad: only with broadcast_neighbor, which the dump does not show, when a port starts distributing', () => {
    assert.equal(
      hoverAt(service({}, 'en'), seedWith({}), 9, '0')!.split('\n\n')[1],
      '0: 802.3ad sends peer notifications only with broadcast_neighbor on (added in 6.17; the dump does not show it), when a port starts collecting and distributing; they are then one link-monitor interval apart.',
    );
    assert.equal(
      hoverAt(service({}, 'en'), seedWith({ 9: 'Peer Notification Delay (ms): 200' }), 9, '200')!.split('\n\n')[1],
      '200 ms: 802.3ad sends peer notifications only with broadcast_neighbor on (added in 6.17; the dump does not show it), when a port starts collecting and distributing; they are then 200 ms apart. The kernel stores it as 2 MII polls of 100 ms.',
    );
    assert.equal(
      hoverAt(service({}, 'zh-cn'), seedWith({}), 9, '0')!.split('\n\n')[1],
      '0：802.3ad 只有在开启 broadcast_neighbor 时（6.17 加入；输出中不显示）才会在端口开始收发（collecting 和 distributing）时发送对端通告，各次通告相隔一个链路监控周期。',
    );
  });
});

describe('Up and Down Delay with MII monitoring off: the delays work only with it', () => {
  it('an ARP-monitored active-backup bond', () => {
    const arp = seedWith({ 3: 'Bonding Mode: fault-tolerance (active-backup)', 6: 'MII Polling Interval (ms): 0' });
    assert.equal(hoverAt(service({}, 'en'), arp, 7, '0')!.split('\n\n')[1], '0: MII monitoring is off, and the up delay works only with it (the kernel prints it as MII polls × the interval).');
    assert.equal(hoverAt(service({}, 'zh-cn'), arp, 8, '0')!.split('\n\n')[1], '0：MII 监测已关闭，而 downdelay 只在 MII 监测下起作用（内核按 MII 轮询次数 × 间隔打印）。');
    assert.equal(hoverAt(service({}, 'en'), seedWith({}), 7, '0')!.split('\n\n')[1], '0: a port whose link comes back is used at once.');
  });
});

describe('active port not the primary: a manual active_slave change as well as a failure', () => {
  // An active-backup bond whose active port was set by hand while its primary stays up.
  const NOT_PRIMARY = [
    'Ethernet Channel Bonding Driver: v6.8.0-54-generic',
    '',
    'Bonding Mode: fault-tolerance (active-backup)',
    'Primary Slave: eth0 (primary_reselect always)',
    'Currently Active Slave: eth1',
    'MII Status: up',
    'MII Polling Interval (ms): 100',
    'Up Delay (ms): 0',
    'Down Delay (ms): 0',
    'Peer Notification Delay (ms): 0',
    '',
    'Slave Interface: eth0',
    'MII Status: up',
    'Speed: 10000 Mbps',
    'Duplex: full',
    'Link Failure Count: 0',
    'Permanent HW addr: 02:00:00:11:00:01',
    'Slave queue ID: 0',
    '',
    'Slave Interface: eth1',
    'MII Status: up',
    'Speed: 10000 Mbps',
    'Duplex: full',
    'Link Failure Count: 0',
    'Permanent HW addr: 02:00:00:11:00:02',
    'Slave queue ID: 0',
  ].join('\n');

  it('primary up with primary_reselect always: the active port was most likely set by hand', () => {
    const d = doc(NOT_PRIMARY);
    assert.deepEqual(only('proc.active-not-primary', messages(service({}, 'en'), d)), [
      '5:proc.active-not-primary eth1 is active although the primary is eth0: eth0 is up and primary_reselect is always, so the active port was most likely set by hand (active_slave), which does not reselect; the bond returns to eth0 at its next reselection.',
    ]);
    assert.deepEqual(only('proc.active-not-primary', messages(service({}, 'zh-cn'), d)), [
      '5:proc.active-not-primary 活动端口为 eth1，而 primary 为 eth0：eth0 已 up 且 primary_reselect 为 always，因此活动端口很可能是手动指定的（active_slave），这不会触发重新选择；bond 会在下一次重新选择时切回 eth0。',
    ]);
    assert.deepEqual(ranges(d, 'proc.active-not-primary'), ['5:24-28']);
    const failure = doc(NOT_PRIMARY.replace('(primary_reselect always)', '(primary_reselect failure)'));
    assert.deepEqual(only('proc.active-not-primary', messages(service({}, 'en'), failure)), [
      '5:proc.active-not-primary eth1 is active although the primary is eth0: eth0 is up; primary_reselect is failure.',
    ]);
  });
});

describe('min links in a dump read without CAP_NET_ADMIN: a port going down still counts', () => {
  // The seed with p1 going down (its link lost, the down delay running), read without CAP_NET_ADMIN: no system lines,
  // no active aggregator, no LACP blocks.
  const UNPRIVILEGED_GOING_DOWN = linesChanged(SEED_TEXT, { 8: 'Down Delay (ms): 2000', 13: 'Min links: 2', 52: 'MII Status: going down', 53: 'Speed: 100000 Mbps', 54: 'Duplex: full' })
    .split('\n')
    .filter((l, i) => !(i >= 14 && i <= 21) && !/^(details |    )/.test(l))
    .join('\n');
  const found = (text: string) => service({}, 'en').doValidation(doc(text)).filter((d) => d.code === 'proc.min-links-unmet').map((d) => d.message);
  it('counts it until its down delay ends, as bond_3ad_handle_link_change does', () => {
    assert.deepEqual(found(UNPRIVILEGED_GOING_DOWN), []);
    assert.deepEqual(found(UNPRIVILEGED_GOING_DOWN.replace('Min links: 2', 'Min links: 3')), [
      "Min links is 3 but only 2 ports are up or going down: the bond's carrier is off and it passes no traffic.",
    ]);
  });
});

describe('modes other than 802.3ad, read against bond_main.c and bond_alb.c', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');
  const ARP = readFileSync('fixtures/proc/mode1-arp-monitor.txt', 'utf8');
  const XOR = readFileSync('fixtures/proc/mode2-balance-xor.txt', 'utf8');
  const edit = (text: string, changes: Readonly<Record<number, string>>) =>
    doc(text.split('\n').map((l, i) => changes[i + 1] ?? l).join('\n'));
  const second = (d: ReturnType<typeof doc>, line: number, needle: string, s = en) => hoverAt(s, d, line, needle)!.split('\n\n')[1];

  it('going down under the active-backup ARP monitor: a port tried without reply, no down delay, no failure counted', () => {
    const d = edit(ARP, { 25: 'MII Status: going down' });
    assert.equal(second(d, 25, 'going'), 'going down: under the active-backup ARP monitor, the port was tried while no port was active and no reply came within one interval; it is not in use (kernels since 2020).');
    assert.equal(second(d, 25, 'going', zh), 'going down：在 active-backup 的 ARP 监测下，没有活动端口时尝试过该端口，但一个周期内未收到应答；该端口未被使用（2020 年起的内核）。');
    assert.equal(second(d, 28, '0'), 'Healthy: the link has not failed since the port joined the bond.');
    assert.deepEqual(
      service({}, 'en').doValidation(d).filter((x) => x.code === 'proc.slave-down').map((x) => x.message),
      ['eth1 is not up (MII Status: going down): it was tried while no port was active and no ARP reply came, so it carries no traffic.'],
    );
    // With MII monitoring it is the down delay, and the failure is counted when it ends.
    const mii = seedWith({ 52: 'MII Status: going down', 8: 'Down Delay (ms): 200' });
    assert.equal(second(mii, 52, 'going'), 'going down: the link was lost and the down delay is running; the port is disabled when it ends unless the link returns.');
  });

  it('the load-balancing ARP monitor needs traffic both ways, and gives no backup port an interval more', () => {
    const d = doc(ARP.replace('fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0', 'load balancing (xor)\nTransmit Hash Policy: layer2 (0)'));
    assert.deepEqual(codes(en, d), ['3:proc.switch-config']);
    assert.equal(second(d, 10, 'ARP'), 'ARP probes are sent every 1000 ms; a port counts as up while it both sends and receives traffic: any received frame counts, unless arp_validate (not shown here) makes only ARP traffic count.');
    assert.equal(second(d, 11, 'ARP'), 'A port is marked down after 2 ARP intervals without sent or received traffic.');
    assert.equal(second(d, 11, 'ARP', zh), '端口连续 2 个 ARP 周期没有发送或没有接收流量即被判定为 down。');
  });

  it('Slave queue ID: only balance-rr and active-backup send by it', () => {
    assert.equal(second(edit(XOR, { 17: 'Slave queue ID: 2' }), 17, '2'), 'Queue 2, unused: only balance-rr and active-backup send traffic by queue_id; balance-xor ignores it.');
    assert.equal(second(edit(ARP, { 22: 'Slave queue ID: 2' }), 22, '2'), 'Traffic that tc steers to queue 2 of the bond leaves on this port while it is up.');
    assert.match(hoverAt(en, doc(XOR), 17, 'Slave')!, /^\*\*Slave queue ID\*\* — queue_id of this port: in balance-rr and active-backup, traffic tc puts in this queue of the bond leaves on this port; 0 = none\./);
  });

  it('Permanent HW addr is the address the port had when it joined the bond', () => {
    assert.match(hoverAt(en, doc(XOR), 16, 'Permanent')!, /^\*\*Permanent HW addr\*\* — The MAC address the port had when it joined the bond, restored when it leaves: usually, not always, the factory one\./);
  });

  it('Primary Slave None: no port of the bond is the primary, which a name not enslaved also gives', () => {
    assert.equal(
      second(doc(ARP), 4, 'None'),
      'None: no port of this bond is the primary (none set, or not a port of it). The active port stays until it fails, unless a port of higher prio (newer kernels) comes back.',
    );
  });

  it('fail_over_mac follow swaps the addresses of the two ports at a failover', () => {
    const follow = edit(ARP, { 3: 'Bonding Mode: fault-tolerance (active-backup) (fail_over_mac follow)' });
    assert.match(second(follow, 3, 'fault'), /fail_over_mac follow: backup ports are not given the bond's MAC; at failover the new active port takes the bond's MAC and the former active port takes the new one's previous MAC\.$/);
  });

  it('Down Delay: only active-backup keeps using its active port while it runs', () => {
    assert.equal(second(seedWith({ 8: 'Down Delay (ms): 200' }), 8, '200'), '200 ms: a port whose link fails is disabled 200 ms later (only active-backup uses it until then). The kernel stores it as 2 MII polls of 100 ms.');
  });

  it('Up Delay is skipped when no port is usable', () => {
    assert.equal(second(seedWith({ 7: 'Up Delay (ms): 200' }), 7, '200'), '200 ms: a port whose link comes back waits 200 ms before it is used, unless no port is usable, when it is used at once. The kernel stores it as 2 MII polls of 100 ms.');
  });

  it('a hash policy line where the mode uses none: balance-tlb hashes flows too', () => {
    const d = edit(ARP, { 4: 'Transmit Hash Policy: layer2 (0)' });
    assert.match(hoverAt(en, d, 4, 'layer2')!, /Used by balance-xor and 802\.3ad, by balance-tlb \(with tlb_dynamic_lb=1 it groups IPv4\/IPv6 flows into buckets that are then placed by load\), and by balance-alb only with tlb_dynamic_lb=0; other modes ignore it\./);
  });
});

describe('lines no kernel prints: N/A in the active aggregator, churn after N/A, keys above 16 bits', () => {
  const unrecognised = (d: ReturnType<typeof doc>) =>
    service({}, 'en').doValidation(d).filter((x) => x.code === 'proc.unrecognised-line').map((x) => `${x.range.start.line + 1}: ${x.message}`);
  it('Active Aggregator Info prints a number; a port in no aggregator ends at N/A; keys are 16-bit', () => {
    assert.deepEqual(unrecognised(seedWith({ 18: '\tAggregator ID: N/A' })), ['18: The bonding driver never prints "N/A" as Aggregator ID: it prints a decimal number.']);
    assert.deepEqual(unrecognised(seedWith({ 58: 'Aggregator ID: N/A' })), [
      '59: The bonding driver never prints "Actor Churn State" after "Aggregator ID: N/A": it prints the churn lines only for a port in an aggregator.',
    ]);
    assert.deepEqual(unrecognised(seedWith({ 20: '\tActor Key: 99999' })), ['20: The bonding driver never prints "99999" as Actor Key: it prints a decimal number from 0 to 65535.']);
    assert.deepEqual(unrecognised(seedWith({ 20: '\tActor Key: 65535' })), []);
  });

  it('the hash policy line in balance-alb came later than in balance-tlb', () => {
    assert.match(hoverAt(service({}, 'en'), seedWith({}), 4, 'Transmit')!, /balance-alb 4\.15–4\.19 \(absent in 4\.14\)\./);
  });
});
