import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, fixture, hoverAt, hoverText, service, span } from './helpers';

// The seed dump (fixtures/proc/seed-802.3ad.txt, from the shared seed note) and its annotated copy: the findings the
// issue asks for, with their exact ranges and messages, and the exact hovers of the lines it names.

const SEED = fixture('proc/seed-802.3ad.txt');
const ANNOTATED = fixture('proc/seed-annotated-zh.txt');

type Expected = readonly [range: string, code: string, message: string, severity: number];

function findings(lang: 'en' | 'zh-cn', d = SEED): Expected[] {
  return service({}, lang)
    .doValidation(d)
    .map((x) => [span(x.range), String(x.code), String(x.message), x.severity!] as const);
}

const EN: readonly Expected[] = [
  ['3:14-51', 'proc.switch-config', 'Mode 802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode).', 3],
  ['52:12-16', 'proc.slave-down', 'p1 is not up (MII Status: down): its link is down, or its link is up but its driver reports no speed or duplex, which 802.3ad needs: current kernels then keep the port down (kernel log: "failed to get link speed/duplex"). Either way it carries no traffic.', 2],
  ['58:15-16', 'proc.aggregator-mismatch', 'p1 is in aggregator 2, not in the active aggregator 1: it carries no traffic.', 2],
  ['59:19-26', 'proc.churned', 'p1: actor churned (churned count 1): the actor side did not reach synchronization within 60 s.', 2],
  ['60:21-28', 'proc.churned', 'p1: partner churned (churned count 1): the partner side did not reach synchronization within 60 s.', 2],
  ['72:24-41', 'proc.no-lacp-partner', 'p1: no LACPDU received (partner MAC 00:00:00:00:00:00); its link is down.', 2],
];

const ZH: readonly Expected[] = [
  ['3:14-51', 'proc.switch-config', '802.3ad 模式需要在交换机端口上启用 LACP（LACP 模式的端口聚合组）。', 3],
  ['52:12-16', 'proc.slave-down', 'p1 未 up（MII Status: down）：其链路已断开，或链路已 up 但驱动未报告速率或双工，而 802.3ad 需要它们：此时当前内核会让端口保持 down（内核日志："failed to get link speed/duplex"）。无论哪种情况，它都不承载流量。', 2],
  ['58:15-16', 'proc.aggregator-mismatch', 'p1 位于聚合组 2，不在活动聚合组 1 中：它不承载流量。', 2],
  ['59:19-26', 'proc.churned', 'p1：本端处于 churned 状态（累计 1 次）：本端在 60 秒内未能达到同步。', 2],
  ['60:21-28', 'proc.churned', 'p1：对端处于 churned 状态（累计 1 次）：对端在 60 秒内未能达到同步。', 2],
  ['72:24-41', 'proc.no-lacp-partner', 'p1：未收到 LACPDU（对端 MAC 为 00:00:00:00:00:00）；其链路为 down。', 2],
];

describe('seed dump: findings', () => {
  it('the aggregator mismatch on p1, the zero partner, the churn and MII down, with exact ranges and messages (en)', () => {
    assert.deepEqual(findings('en'), EN);
  });

  it('the same findings in Simplified Chinese, naming the port and the values', () => {
    assert.deepEqual(findings('zh-cn'), ZH);
  });

  it('the aggregator mismatch points at the active aggregator', () => {
    const mismatch = service().doValidation(SEED).find((d) => d.code === 'proc.aggregator-mismatch')!;
    assert.deepEqual(
      mismatch.relatedInformation?.map((r) => [span(r.location.range), r.message]),
      [['18:1-17', 'Active aggregator 1']],
    );
    assert.equal(mismatch.codeDescription?.href.endsWith('/proc.aggregator-mismatch.md'), true);
  });

  it('the annotated copy: the same findings one line down, none on the comments or the prompt line', () => {
    const shifted = (e: readonly Expected[]) => e.map(([r, c, m, s]) => [r.replace(/^\d+/, (n) => String(Number(n) + 1)), c, m, s] as const);
    assert.deepEqual(findings('zh-cn', ANNOTATED), shifted(ZH));
    assert.deepEqual(findings('en', ANNOTATED), shifted(EN));
  });
});

describe('seed dump: hovers', () => {
  const en = service({}, 'en');
  const zh = service({}, 'zh-cn');

  it('`Number of ports`: which ports each kernel era counts', () => {
    assert.equal(
      hoverAt(en, SEED, 19, 'Number')!.split('\n\n')[0],
      '**Number of ports** — Ports in the active aggregator: since Linux 4.7 those whose link is up (a port going down counts until its down delay ends), before that every port attached to it.',
    );
    assert.equal(
      hoverAt(zh, SEED, 19, 'Number')!.split('\n\n')[0],
      '**Number of ports** — 活动聚合组中的端口数：自 Linux 4.7 起只统计链路为 up 的端口（going down 的端口在 downdelay 结束前仍计入），更早的内核统计连接到该聚合组的所有端口。',
    );
  });

  it('`port state: 61` of p0, actor side: every bit by name, and healthy', () => {
    assert.equal(hoverAt(en, SEED, 42, 'port state'), [
      '**port state** — LACP state bits this port announces, in decimal.',
      '',
      '61 (decimal) = 0x3D = ACT AGG SYNC COL DIST',
      '',
      '- ✓ `0x01` LACP_Activity: Active: sends LACPDUs on its own.',
      "- ✗ `0x02` LACP_Timeout: Long timeout (slow): wants a LACPDU every 30 s and lets the other end's information expire after 90 s without one.",
      '- ✓ `0x04` Aggregation: Aggregatable: may be aggregated with other ports.',
      '- ✓ `0x08` Synchronization: In sync: attached to the aggregator that matches the other end.',
      '- ✓ `0x10` Collecting: Collecting: accepts the frames received on the link.',
      '- ✓ `0x20` Distributing: Distributing: sends frames on the link.',
      "- ✗ `0x40` Defaulted: Not defaulted: the other end's record comes from a received LACPDU.",
      '- ✗ `0x80` Expired: Not expired: LACPDUs arrive in time.',
      '',
      'Healthy: p0 is aggregated, in sync, collecting and distributing.',
      '',
      '*Printed: Mode 802.3ad, port attached to an aggregator, and the reading process has CAP_NET_ADMIN (e.g. root); missing in dumps taken as an ordinary user. · Since: ≈4.4 (absent in ≈3.19, present in 4.4). · Source: `bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 42, 'port state'), [
      '**port state** — 该端口通告的 LACP 状态位，十进制。',
      '',
      '61（十进制）= 0x3D = ACT AGG SYNC COL DIST',
      '',
      '- ✓ `0x01` LACP_Activity：主动：自行发送 LACPDU。',
      '- ✗ `0x02` LACP_Timeout：长超时（slow）：要求每 30 秒收到一个 LACPDU，90 秒收不到即让另一端的信息过期。',
      '- ✓ `0x04` Aggregation：可聚合：可以与其他端口聚合。',
      '- ✓ `0x08` Synchronization：已同步：已加入与另一端匹配的聚合组。',
      '- ✓ `0x10` Collecting：收集中：接受该链路上收到的帧。',
      '- ✓ `0x20` Distributing：分发中：在该链路上发送帧。',
      '- ✗ `0x40` Defaulted：非默认：另一端的记录来自收到的 LACPDU。',
      '- ✗ `0x80` Expired：未过期：LACPDU 按时到达。',
      '',
      '正常：p0 已聚合、已同步，正在收发。',
      '',
      '*打印条件：仅 802.3ad 模式、端口已加入聚合组，且读取进程具有 CAP_NET_ADMIN（如 root）；普通用户读取的输出中没有。 · 引入：≈4.4（≈3.19 中没有，4.4 中已有）。 · 来源：`bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
  });

  it('`port state: 61` of p0, partner side: healthy, and the rate the partner asked for', () => {
    assert.equal(hoverAt(en, SEED, 49, 'port state'), [
      "**port state** — Partner's LACP state bits, in decimal (1, or 0 in the newest kernels, while no LACPDU has been received).",
      '',
      '61 (decimal) = 0x3D = ACT AGG SYNC COL DIST',
      '',
      '- ✓ `0x01` LACP_Activity: Active: sends LACPDUs on its own.',
      "- ✗ `0x02` LACP_Timeout: Long timeout (slow): wants a LACPDU every 30 s and lets the other end's information expire after 90 s without one.",
      '- ✓ `0x04` Aggregation: Aggregatable: may be aggregated with other ports.',
      '- ✓ `0x08` Synchronization: In sync: attached to the aggregator that matches the other end.',
      '- ✓ `0x10` Collecting: Collecting: accepts the frames received on the link.',
      '- ✓ `0x20` Distributing: Distributing: sends frames on the link.',
      "- ✗ `0x40` Defaulted: Not defaulted: the other end's record comes from a received LACPDU.",
      '- ✗ `0x80` Expired: Not expired: LACPDUs arrive in time.',
      '',
      'Healthy: the partner is aggregating, in sync, collecting and distributing on p0. It asked for long timeouts, so this bond sends it a LACPDU every 30 s.',
      '',
      '*Printed: Mode 802.3ad, port attached to an aggregator, and the reading process has CAP_NET_ADMIN (e.g. root); missing in dumps taken as an ordinary user. · Since: ≈4.4 (absent in ≈3.19, present in 4.4). · Source: `bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 49, 'port state'), [
      '**port state** — 对端的 LACP 状态位，十进制（未收到 LACPDU 时为 1，最新内核为 0）。',
      '',
      '61（十进制）= 0x3D = ACT AGG SYNC COL DIST',
      '',
      '- ✓ `0x01` LACP_Activity：主动：自行发送 LACPDU。',
      '- ✗ `0x02` LACP_Timeout：长超时（slow）：要求每 30 秒收到一个 LACPDU，90 秒收不到即让另一端的信息过期。',
      '- ✓ `0x04` Aggregation：可聚合：可以与其他端口聚合。',
      '- ✓ `0x08` Synchronization：已同步：已加入与另一端匹配的聚合组。',
      '- ✓ `0x10` Collecting：收集中：接受该链路上收到的帧。',
      '- ✓ `0x20` Distributing：分发中：在该链路上发送帧。',
      '- ✗ `0x40` Defaulted：非默认：另一端的记录来自收到的 LACPDU。',
      '- ✗ `0x80` Expired：未过期：LACPDU 按时到达。',
      '',
      '正常：对端在 p0 上已聚合、已同步，正在收发。对端要求长超时，因此本 bond 每 30 秒向其发送一个 LACPDU。',
      '',
      '*打印条件：仅 802.3ad 模式、端口已加入聚合组，且读取进程具有 CAP_NET_ADMIN（如 root）；普通用户读取的输出中没有。 · 引入：≈4.4（≈3.19 中没有，4.4 中已有）。 · 来源：`bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
  });

  it('`port state: 69` of p1: Defaulted, not in sync, and why', () => {
    assert.equal(hoverAt(en, SEED, 69, '69'), [
      '**port state** — LACP state bits this port announces, in decimal.',
      '',
      '69 (decimal) = 0x45 = ACT AGG DEF',
      '',
      '- ✓ `0x01` LACP_Activity: Active: sends LACPDUs on its own.',
      "- ✗ `0x02` LACP_Timeout: Long timeout (slow): wants a LACPDU every 30 s and lets the other end's information expire after 90 s without one.",
      '- ✓ `0x04` Aggregation: Aggregatable: may be aggregated with other ports.',
      '- ✗ `0x08` Synchronization: Not in sync: not attached to an aggregator in use (Linux also clears it on the ports of an aggregator that is not the active one).',
      '- ✗ `0x10` Collecting: Not collecting: drops the frames received on the link.',
      '- ✗ `0x20` Distributing: Not distributing: sends no frames on the link.',
      "- ✓ `0x40` Defaulted: Defaulted: no LACPDU has been received (or the last one expired), so the other end's record is the built-in default.",
      '- ✗ `0x80` Expired: Not expired: the record is the built-in default (Defaulted), and the kernel clears Expired whenever it installs the default; it does not mean LACPDUs arrive.',
      '',
      'Problem: p1 is down (MII Status), so it takes no part in LACP; no LACPDU has been received on it (Defaulted). It carries no traffic.',
      '',
      '*Printed: Mode 802.3ad, port attached to an aggregator, and the reading process has CAP_NET_ADMIN (e.g. root); missing in dumps taken as an ordinary user. · Since: ≈4.4 (absent in ≈3.19, present in 4.4). · Source: `bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 69, '69'), [
      '**port state** — 该端口通告的 LACP 状态位，十进制。',
      '',
      '69（十进制）= 0x45 = ACT AGG DEF',
      '',
      '- ✓ `0x01` LACP_Activity：主动：自行发送 LACPDU。',
      '- ✗ `0x02` LACP_Timeout：长超时（slow）：要求每 30 秒收到一个 LACPDU，90 秒收不到即让另一端的信息过期。',
      '- ✓ `0x04` Aggregation：可聚合：可以与其他端口聚合。',
      '- ✗ `0x08` Synchronization：未同步：没有加入正在使用的聚合组（Linux 也会清除非活动聚合组端口的此位）。',
      '- ✗ `0x10` Collecting：未收集：丢弃该链路上收到的帧。',
      '- ✗ `0x20` Distributing：未分发：不在该链路上发送帧。',
      '- ✓ `0x40` Defaulted：默认：未收到 LACPDU（或最后一个已过期），另一端的记录为内置默认值。',
      '- ✗ `0x80` Expired：未过期：记录为内置默认值（Defaulted），内核每次装入默认值时都会清除 Expired；这并不表示 LACPDU 按时到达。',
      '',
      '问题：p1 为 down（MII Status），不参与 LACP；该端口未收到过 LACPDU（Defaulted）。它不承载流量。',
      '',
      '*打印条件：仅 802.3ad 模式、端口已加入聚合组，且读取进程具有 CAP_NET_ADMIN（如 root）；普通用户读取的输出中没有。 · 引入：≈4.4（≈3.19 中没有，4.4 中已有）。 · 来源：`bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
  });

  it('`port state: 1` of p1, partner side: the default record\'s bits are named as the template\'s, not read as a partner\'s', () => {
    assert.equal(hoverAt(en, SEED, 76, '1'), [
      "**port state** — Partner's LACP state bits, in decimal (1, or 0 in the newest kernels, while no LACPDU has been received).",
      '',
      '1 (decimal) = 0x01 = ACT',
      '',
      "Template bits, not the partner's state: no LACPDU is being received on this port, so the kernel filled the partner record from its default (state 1 = LACP_Activity, 0 in the newest kernels), and no partner sent these bits. Defaulted is set in this port's own (actor) state instead.",
      '',
      '- ✓ `0x01` LACP_Activity',
      '- ✗ `0x02` LACP_Timeout',
      '- ✗ `0x04` Aggregation',
      '- ✗ `0x08` Synchronization',
      '- ✗ `0x10` Collecting',
      '- ✗ `0x20` Distributing',
      '- ✗ `0x40` Defaulted',
      '- ✗ `0x80` Expired',
      '',
      'Problem: Default partner record (priority 65535, MAC 00:00:00:00:00:00, key 1, port priority 255, port 1, state 1 or 0): no LACPDU is being received on this port (none arrived, or they stopped and the record timed out). The switch port does not run LACP, is in no LACP port-channel or stopped it, or the link is down; or the port is not full duplex, which runs no LACP.',
      '',
      '*Printed: Mode 802.3ad, port attached to an aggregator, and the reading process has CAP_NET_ADMIN (e.g. root); missing in dumps taken as an ordinary user. · Since: ≈4.4 (absent in ≈3.19, present in 4.4). · Source: `bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 76, '1'), [
      '**port state** — 对端的 LACP 状态位，十进制（未收到 LACPDU 时为 1，最新内核为 0）。',
      '',
      '1（十进制）= 0x01 = ACT',
      '',
      '模板位，并非对端的状态：该端口没有在收到 LACPDU，内核用其默认值填充了对端记录（状态 1 = LACP_Activity，最新内核为 0），这些位并非由任何对端发送。Defaulted 位置于该端口自己（actor）的状态中，而不在此处。',
      '',
      '- ✓ `0x01` LACP_Activity',
      '- ✗ `0x02` LACP_Timeout',
      '- ✗ `0x04` Aggregation',
      '- ✗ `0x08` Synchronization',
      '- ✗ `0x10` Collecting',
      '- ✗ `0x20` Distributing',
      '- ✗ `0x40` Defaulted',
      '- ✗ `0x80` Expired',
      '',
      '问题：默认对端记录（优先级 65535、MAC 00:00:00:00:00:00、key 1、端口优先级 255、端口号 1、状态 1 或 0）：该端口没有在收到 LACPDU（从未收到，或中断后记录已超时）。交换机端口未运行 LACP、不在任何 LACP 聚合组中或已停止 LACP，或链路已断开；或端口不是全双工，不运行 LACP。',
      '',
      '*打印条件：仅 802.3ad 模式、端口已加入聚合组，且读取进程具有 CAP_NET_ADMIN（如 root）；普通用户读取的输出中没有。 · 引入：≈4.4（≈3.19 中没有，4.4 中已有）。 · 来源：`bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
  });

  it('`Actor Key: 29`: full duplex, 100 Gbps, user key 0 in the 2017 numbering, agreeing with the Speed line', () => {
    assert.equal(hoverAt(en, SEED, 20, '29'), [
      '**Actor Key** — Operational LACP key of the active aggregator on this side: duplex, speed code and user key.',
      '',
      '29 = full duplex, speed code 14 = 100 Gbps, user key 0. Speed codes as numbered in kernels ≈4.12–5.11 (2017 numbering).',
      '',
      'Healthy: agrees with the Speed line of p0 (100000 Mbps).',
      '',
      '*Printed: Under `Active Aggregator Info:` (802.3ad, an aggregator is active; since ≈4.4 only for readers with CAP_NET_ADMIN). · Source: `bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 20, '29'), [
      '**Actor Key** — 本端活动聚合组的 LACP 运行 key：双工、速率编码和用户 key。',
      '',
      '29 = 全双工，速率编码 14 = 100 Gbps，用户 key 0。速率编码采用内核 ≈4.12–5.11（2017 年编号）。',
      '',
      '正常：与 p0 的 Speed 行（100000 Mbps）一致。',
      '',
      '*打印条件：位于 `Active Aggregator Info:` 之下（802.3ad 且有活动聚合组；自 ≈4.4 起仅对具有 CAP_NET_ADMIN 的读取者输出）。 · 来源：`bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
  });

  it('`LACP rate: slow`: LACPDU every 30 s, timeout 90 s, and what the partner asked for', () => {
    assert.equal(hoverAt(en, SEED, 12, 'slow'), [
      '**LACP rate** — lacp_rate: the LACPDU rate this bond asks its partner for: `slow` = every 30 s, `fast` = every 1 s.',
      '',
      "slow (0, default): the partner is asked for a LACPDU every 30 s; its information times out after 90 s without one, so a partner that stops answering is noticed after up to 90 s. lacp_rate sets this bond's LACP_Timeout bit (the rate it asks the partner for) and its own receive timeout. How often the bond itself sends LACPDUs follows the partner's LACP_Timeout bit, so the two ends may use different rates.",
      '',
      'The partner asks for long timeouts on every port, so this bond sends it a LACPDU every 30 s.',
      '',
      '*Printed: Mode 802.3ad. · Source: `bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 12, 'slow'), [
      '**LACP rate** — lacp_rate：本 bond 要求对端发送 LACPDU 的速率：`slow` 为每 30 秒，`fast` 为每 1 秒。',
      '',
      'slow（0，默认）：要求对端每 30 秒发送一个 LACPDU；90 秒收不到即超时，因此对端停止响应后最长 90 秒才会被发现。lacp_rate 设置本 bond 的 LACP_Timeout 位（即要求对端使用的发送速率）以及自己的接收超时。本 bond 自己多久发送一次 LACPDU 取决于对端的 LACP_Timeout 位，因此两端速率可以不同。',
      '',
      '对端在所有端口上都要求长超时，因此本 bond 每 30 秒向其发送一个 LACPDU。',
      '',
      '*打印条件：仅 802.3ad 模式。 · 来源：`bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
  });

  it('`Actor Churn State: churned`: what it means, the usual causes, this port\'s cause and the finding', () => {
    assert.equal(hoverAt(en, SEED, 59, 'churned'), [
      '**Actor Churn State** — Churn detection for this side (actor): `monitoring`, `churned` (no synchronization within 60 s) or `none`.',
      '',
      'churned (1): Synchronization was not reached within the 60 s churn detection time. The state stays churned until LACP restarts on the port (the port is reinitialised, its LACP information expires, or a LACPDU arrives after a silence), so a side that reached synchronization later still shows churned: its port state tells whether it is in sync now. Usual causes: the switch port does not run LACP (no LACPDUs arrive; the partner stays defaulted); both ends are passive; the switch put the port in a different or suspended port-channel (wrong channel-group, ports on two switches that are not one MLAG/stack, differing speed or configuration); the link flaps.',
      '',
      'Problem: p1 is down: a port without link cannot reach synchronization, which explains the churn.',
      '',
      '⚠️ p1: actor churned (churned count 1): the actor side did not reach synchronization within 60 s. `proc.churned`',
      '',
      '*Printed: Mode 802.3ad, for a port attached to an aggregator (absent when `Aggregator ID: N/A`). · Since: ≈4.4 (absent in ≈3.19, present in 4.4). · Source: `bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 59, 'churned'), [
      '**Actor Churn State** — 本端（actor）的抖动检测状态：`monitoring`、`churned`（60 秒内未同步）或 `none`。',
      '',
      'churned（1）：在 60 秒抖动检测时间内未达到同步。该状态会一直保持为 churned，直到该端口的 LACP 重新开始（端口重新初始化、LACP 信息过期，或在中断后又收到 LACPDU），因此后来才达到同步的一侧仍显示 churned：其 port state 表明它现在是否已同步。常见原因：交换机端口未运行 LACP（收不到 LACPDU，对端信息停留在默认值）；两端都是被动模式；交换机把该端口放进了别的或被挂起的聚合组（channel-group 配错、端口接在两台未组成 MLAG/堆叠的交换机上、速率或配置不一致）；链路反复抖动。',
      '',
      '问题：p1 为 down：没有链路的端口无法同步，这就是抖动的原因。',
      '',
      '⚠️ p1：本端处于 churned 状态（累计 1 次）：本端在 60 秒内未能达到同步。 `proc.churned`',
      '',
      '*打印条件：仅 802.3ad 模式，且端口已加入聚合组（`Aggregator ID: N/A` 时不输出）。 · 引入：≈4.4（≈3.19 中没有，4.4 中已有）。 · 来源：`bond_procfs.c bond_info_show_slave()`*',
    ].join('\n'));
  });

  it('`Transmit Hash Policy: layer3+4 (1)`: which headers are hashed, and what the hash does in this bond', () => {
    assert.equal(hoverAt(en, SEED, 4, 'layer3'), [
      '**Transmit Hash Policy** — Transmit hash policy (xmit_hash_policy): which header fields choose the outgoing port; name and number.',
      '',
      'Fields hashed by layer3+4 (1): Source and destination IP plus the ports of TCP, UDP, UDP-Lite, SCTP and DCCP, or the SPI of ESP and AH (kernels with the encap policies; older ones take TCP and UDP ports only); an ICMP echo hashes with its identifier, an ICMP error as the packet it reports (2019, commit 58deb77cc52d); no ports for fragments and other IP protocols; non-IP traffic hashes as layer2. Spreads connections to one peer over several ports; one connection stays on one port. Not fully 802.3ad-compliant: a TCP or UDP flow that mixes fragmented and unfragmented packets is split over two ports and may arrive out of order.',
      '',
      'In this 802.3ad bond the hash picks one port of the active aggregator for each outgoing flow; the switch picks the port for incoming traffic.',
      '',
      '*Printed: Modes balance-xor and 802.3ad, and balance-tlb/balance-alb with tlb_dynamic_lb=0 (kernels up to ≈3.19: only balance-xor and 802.3ad; 4.4 to 4.14: also balance-tlb, not balance-alb). · Since: Bonding driver 2.6.3 (option xmit_hash_policy; dumps of driver 2.6.0 have no such line). With tlb_dynamic_lb=0: balance-tlb ≈4.4 (absent in ≈3.19), balance-alb 4.15–4.19 (absent in 4.14). · Source: `bond_procfs.c bond_info_show_master(), bonding.h bond_mode_uses_xmit_hash()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 4, 'layer3'), [
      '**Transmit Hash Policy** — 发送哈希策略（xmit_hash_policy）：用哪些报文头字段选择出端口；名称和编号。',
      '',
      'layer3+4（1）参与哈希的字段：源/目的 IP 加 TCP、UDP、UDP-Lite、SCTP、DCCP 的端口，或 ESP、AH 的 SPI（有 encap 策略的内核；更早的内核只取 TCP、UDP 端口）；ICMP echo 连同其标识符计算，ICMP 差错报文按其报告的报文计算（2019 年，提交 58deb77cc52d）；分片报文及其他 IP 协议不计端口；非 IP 流量按 layer2 计算。发往同一对端的多个连接可分布到多个端口；单个连接始终走同一端口。不完全符合 802.3ad：同一 TCP/UDP 流中既有分片又有未分片报文时，会被分到两个端口，可能乱序到达。',
      '',
      '在本 802.3ad bond 中，哈希为每个出方向流选择活动聚合组中的一个端口；入方向流量的端口由交换机选择。',
      '',
      '*打印条件：balance-xor、802.3ad 模式，以及 tlb_dynamic_lb=0 时的 balance-tlb/balance-alb（≈3.19 及更早的内核：仅 balance-xor 与 802.3ad；4.4 至 4.14：另有 balance-tlb，没有 balance-alb）。 · 引入：bonding 驱动 2.6.3（xmit_hash_policy 选项；2.6.0 驱动的输出没有此行）。tlb_dynamic_lb=0 时：balance-tlb ≈4.4（≈3.19 中没有），balance-alb 4.15–4.19（4.14 中没有）。 · 来源：`bond_procfs.c bond_info_show_master(), bonding.h bond_mode_uses_xmit_hash()`*',
    ].join('\n'));
  });

  it('`Partner Mac Address: 00:00:5e:00:01:01`: the VRRP range of a switch pair', () => {
    assert.equal(hoverAt(en, SEED, 22, '00:00'), [
      '**Partner Mac Address** — LACP system MAC of the partner (switch); 00:00:00:00:00:00 = no partner.',
      '',
      'IANA VRRP (IPv4) virtual router MAC, VRID 1. As an LACP partner system MAC it is a virtual address shared by a switch pair (MLAG / virtual chassis).',
      '',
      'Healthy: the active aggregator has an LACP partner; p0 sees the same partner.',
      '',
      '*Printed: Under `Active Aggregator Info:` (802.3ad, an aggregator is active; since ≈4.4 only for readers with CAP_NET_ADMIN). · Source: `bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
    assert.equal(hoverAt(zh, SEED, 22, '00:00'), [
      '**Partner Mac Address** — 对端（交换机）的 LACP 系统 MAC；00:00:00:00:00:00 表示没有对端。',
      '',
      'IANA VRRP（IPv4）虚拟路由器 MAC，VRID 1。作为 LACP 对端系统 MAC 时，它是一对交换机（MLAG / 虚拟机框）共用的虚拟地址。',
      '',
      '正常：活动聚合组有 LACP 对端；p0 看到的是同一对端。',
      '',
      '*打印条件：位于 `Active Aggregator Info:` 之下（802.3ad 且有活动聚合组；自 ≈4.4 起仅对具有 CAP_NET_ADMIN 的读取者输出）。 · 来源：`bond_procfs.c bond_info_show_master()`*',
    ].join('\n'));
  });

  it('label and value give the same text; the range is what the cursor is on', () => {
    const onLabel = en.doHover(SEED, at(SEED, 42, 'state'))!;
    const onValue = en.doHover(SEED, at(SEED, 42, '61'))!;
    assert.deepEqual(onLabel.contents, onValue.contents);
    assert.equal(span(onLabel.range!), '42:4-14');
    assert.equal(span(onValue.range!), '42:16-18');
    assert.equal(hoverText(en, SEED, { line: 41, character: 0 }), undefined, 'indentation is not the line');
    assert.equal(hoverText(en, SEED, { line: 1, character: 0 }), undefined, 'blank line');
  });

  it('the annotated copy explains its lines the same way; its comments get no hover', () => {
    assert.equal(hoverAt(en, ANNOTATED, 43, 'port state'), hoverAt(en, SEED, 42, 'port state'));
    assert.equal(hoverAt(zh, ANNOTATED, 21, '29'), hoverAt(zh, SEED, 20, '29'));
    assert.equal(hoverAt(en, ANNOTATED, 43, '端口状态'), undefined);
    assert.match(hoverAt(en, ANNOTATED, 1, 'bond0')!, /^\*\*bond0\*\* — File name added by/);
  });
});
