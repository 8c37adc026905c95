/**
 * Deterministic inputs for the benchmark: support-ticket text with many 802.3ad bonds of 64 ports each pasted into
 * log noise, and folders of ifcfg files. The same seed gives the same bytes on every machine.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number) => n.toString(16).padStart(2, '0');
const mac = (a: number, b: number, c: number) => `02:00:${hex(a & 0xff)}:${hex(b & 0xff)}:${hex((c >> 8) & 0xff)}:${hex(c & 0xff)}`;

/** One `/proc/net/bonding/bondN` dump: 802.3ad, `ports` ports, a few of them unhealthy. */
export function bondDump(rand: () => number, index: number, ports: number): string {
  const speed = [10000, 25000, 100000][index % 3]!;
  const key = speed === 10000 ? 15 : speed === 25000 ? 21 : 29;
  const system = mac(0x2c, index, 1);
  const partner = `00:00:5e:00:${hex(index & 0xff)}:2c`;
  const out: string[] = [
    'Ethernet Channel Bonding Driver: v6.8.0-54-generic',
    '',
    'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
    `Transmit Hash Policy: ${rand() < 0.5 ? 'layer3+4 (1)' : 'layer2+3 (2)'}`,
    'MII Status: up',
    'MII Polling Interval (ms): 100',
    `Up Delay (ms): ${rand() < 0.8 ? 0 : 200}`,
    'Down Delay (ms): 0',
    'Peer Notification Delay (ms): 0',
    '',
    '802.3ad info',
    'LACP active: on',
    `LACP rate: ${rand() < 0.5 ? 'fast' : 'slow'}`,
    'Min links: 0',
    'Aggregator selection policy (ad_select): stable',
    'System priority: 65535',
    `System MAC address: ${system}`,
    'Active Aggregator Info:',
    '\tAggregator ID: 1',
    `\tNumber of ports: ${ports}`,
    `\tActor Key: ${key}`,
    '\tPartner Key: 20',
    `\tPartner Mac Address: ${partner}`,
  ];
  for (let p = 0; p < ports; p++) {
    const down = rand() < 0.03;
    const other = !down && rand() < 0.03;
    const churned = down || rand() < 0.02;
    const state = down ? 71 : other ? 69 : 61 + (rand() < 0.5 ? 2 : 0);
    out.push(
      '',
      `Slave Interface: ens${index}f${p}`,
      `MII Status: ${down ? 'down' : 'up'}`,
      `Speed: ${down ? 'Unknown' : `${speed} Mbps`}`,
      `Duplex: ${down ? 'Unknown' : 'full'}`,
      `Link Failure Count: ${down ? 1 + Math.floor(rand() * 9) : 0}`,
      `Permanent HW addr: ${mac(0x2c, index, p + 1)}`,
      'Slave queue ID: 0',
      `Aggregator ID: ${other ? 2 : 1}`,
      `Actor Churn State: ${churned ? 'churned' : 'none'}`,
      `Partner Churn State: ${churned ? 'churned' : 'none'}`,
      `Actor Churned Count: ${churned ? 1 : 0}`,
      `Partner Churned Count: ${churned ? 1 : 0}`,
      'details actor lacp pdu:',
      '    system priority: 65535',
      `    system mac address: ${system}`,
      `    port key: ${key}`,
      '    port priority: 255',
      `    port number: ${p + 1}`,
      `    port state: ${state}`,
      'details partner lacp pdu:',
      `    system priority: ${down ? 65535 : 32768}`,
      `    system mac address: ${down ? '00:00:00:00:00:00' : partner}`,
      `    oper key: ${down ? 1 : 20}`,
      `    port priority: ${down ? 255 : 32768}`,
      `    port number: ${down ? 1 : 100 + p}`,
      `    port state: ${down ? 1 : 61}`,
    );
  }
  return `${out.join('\n')}\n`;
}

const WORDS = ['link', 'carrier', 'bond0', 'lost', 'restored', 'LACPDU', 'timeout', 'customer', 'reports', 'packet', 'loss', 'switch', 'port-channel', 'after', 'maintenance', 'window', 'kernel', 'driver', 'firmware', 'reboot'];

/** Lines a ticket carries around the dumps: syslog, shell prompts, prose, a Markdown fence now and then. */
function noise(rand: () => number, lines: number, t0: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const r = rand();
    const ts = new Date(Date.UTC(2025, 2, 14, 9, 0, 0) + (t0 + i) * 1000).toISOString().replace('.000Z', '+00:00');
    if (r < 0.45) out.push(`${ts} host${Math.floor(rand() * 9)} kernel: [${(t0 + i).toFixed(6)}] ens${Math.floor(rand() * 8)}f${Math.floor(rand() * 2)}: NIC Link is ${rand() < 0.5 ? 'Up 25 Gbps, Flow Control: None' : 'Down'}`);
    else if (r < 0.6) out.push(`${ts} netcollect[${2000 + Math.floor(rand() * 999)}]: INFO running: ${rand() < 0.5 ? 'ip -br link' : 'ethtool -S ens1f0'}`);
    else if (r < 0.8) {
      const n = 6 + Math.floor(rand() * 14);
      out.push(Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' '));
    } else if (r < 0.9) out.push('');
    else if (r < 0.95) out.push(`[root@host${Math.floor(rand() * 9)} ~]# ${rand() < 0.5 ? 'uptime' : 'ip -s link show bond0'}`);
    else out.push(`    RX: bytes packets errors dropped ${Math.floor(rand() * 1e12)} ${Math.floor(rand() * 1e9)} 0 ${Math.floor(rand() * 100)}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * A support ticket of `bytes` characters: noise, then `cat /proc/net/bonding/bondN` and its dump (64 ports), again and
 * again, cut at the last whole line that fits.
 */
export function ticket(bytes: number, seed = 1): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = `${noise(rand, i === 0 ? 3 : 20 + Math.floor(rand() * 40), i * 100)}[root@host ~]# cat /proc/net/bonding/bond${i}\n${bondDump(rand, i, 64)}`;
    if (size + block.length <= bytes) {
      parts.push(block);
      size += block.length;
      continue;
    }
    // The last block is cut, not the joined text: a slice of a larger string is a view of it, slower to scan, and
    // the server never holds one (its text comes from a JSON message or a file).
    const cut = block.lastIndexOf('\n', bytes - size - 1);
    parts.push(cut >= 0 ? block.slice(0, cut + 1) : size === 0 ? block.slice(0, bytes) : '');
    break;
  }
  return parts.join('');
}

/** A dump document of about `lines` lines (whole bonds of 64 ports), for hover latency. */
export function dumpOfLines(lines: number, seed = 2): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const d = bondDump(rand, i, 64);
    parts.push(i === 0 ? d : `\n${d}`);
    count += d.split('\n').length;
  }
  return parts.join('');
}

/** A network-scripts folder of `files` files: bonds with four ports each, some with mistakes. */
export function ifcfgSet(files: number, seed = 3): Map<string, string> {
  const rand = prng(seed);
  const out = new Map<string, string>();
  for (let b = 0; out.size < files; b++) {
    const bond = `bond${b}`;
    const mode = ['802.3ad', 'active-backup', '4', 'balance-xor'][b % 4]!;
    const opts = `mode=${mode} miimon=${rand() < 0.9 ? 100 : 0}${mode === '802.3ad' || mode === '4' ? ` lacp_rate=${rand() < 0.5 ? 'fast' : 'slow'} xmit_hash_policy=layer3+4` : ''}`;
    out.set(
      `ifcfg-${bond}`,
      [
        `# ${bond}: uplink ${b}`,
        `DEVICE=${bond}`,
        `NAME=${bond}`,
        'TYPE=Bond',
        'BONDING_MASTER=yes',
        rand() < 0.95 ? `BONDING_OPTS="${opts}"` : `BONDING_OPTS=${opts}`,
        'BOOTPROTO=none',
        `IPADDR=10.${b >> 8}.${b & 0xff}.1`,
        'PREFIX=24',
        'ONBOOT=yes',
        rand() < 0.1 ? 'MTU=9000' : 'MTU=1500',
        '',
      ].join('\n'),
    );
    for (let p = 0; p < 4 && out.size < files; p++) {
      const dev = `ens${b}f${p}`;
      out.set(
        `ifcfg-${dev}`,
        [`DEVICE=${dev}`, `NAME=${dev}`, 'TYPE=Ethernet', 'BOOTPROTO=none', 'ONBOOT=yes', `MASTER=${rand() < 0.97 ? bond : `bond${b + 1000}`}`, 'SLAVE=yes', rand() < 0.05 ? 'MTU=9000' : '', ''].join('\n'),
      );
    }
  }
  return out;
}
