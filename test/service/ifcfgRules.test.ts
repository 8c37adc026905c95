import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { IFCFG_RULES } from '../../server/src/service/diagnostics/rules/ifcfgRules';
import { SHELL_SYNTAX_RULES } from '../../server/src/service/diagnostics/rules/ifcfg/shellSyntax';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';
import { ifcfgModel } from '../../server/src/model/ifcfgModel';

const DIR = 'file:///etc/sysconfig/network-scripts/';

interface Case {
  /** File name in the network-scripts folder. */
  readonly name: string;
  readonly text: string;
  readonly settings?: Record<string, unknown>;
  /** Other files of the folder (name → text); names under `../../../proc/` are dumps. */
  readonly others?: Record<string, string>;
  /** `line:startCol-endCol message` of every finding of this rule, 1-based columns as an editor shows them. */
  readonly expect: readonly string[];
  /** Text after applying the first (preferred) fix of the first finding. */
  readonly fixed?: string;
}

function run(code: string, c: Case, lang = 'en') {
  const workspace = new InMemoryWorkspace();
  for (const [name, text] of Object.entries(c.others ?? {})) {
    const uri = new URL(name, DIR).href;
    workspace.set({ uri, languageId: uri.includes('/proc/net/bonding/') ? 'bonding-status' : 'ifcfg', text });
  }
  const service = createLanguageService({ workspace, locale: lang });
  service.configure(c.settings ?? {});
  const doc = TextDocument.create(DIR + c.name, 'ifcfg', 1, c.text);
  workspace.set({ uri: doc.uri, languageId: 'ifcfg', text: c.text });
  const diagnostics = service.doValidation(doc).filter((d) => d.code === code);
  return { doc, diagnostics, service };
}

const show = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.character + 1} ${d.message}`;

function applyFirstFix(doc: TextDocument, d: Diagnostic): string {
  const fixes = (d.data as { fixes?: { edits: TextEdit[]; preferred: boolean }[] } | undefined)?.fixes ?? [];
  const fix = fixes.find((f) => f.preferred) ?? fixes[0];
  assert.ok(fix, `no fix offered for ${d.code}`);
  return TextDocument.applyEdits(doc, fix.edits);
}

const BOND = 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBOOTPROTO=none\n';
/** A SUSE bond: BONDING_MODULE_OPTS makes the file one that wicked reads. */
const SUSE_BOND = 'STARTMODE=auto\nBOOTPROTO=none\nBONDING_MASTER=yes\n';
const PORT = (dev: string, extra = '') => `DEVICE=${dev}\nTYPE=Ethernet\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=none\n${extra}`;

const CASES: Record<string, Case[]> = {
  'ifcfg.unquoted-value': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS=mode=4 miimon=100\n`,
      expect: ['5:14-31 BONDING_OPTS has blanks but no quotes: NetworkManager reads it as empty, and bash runs the rest as a command (or, when the rest is another assignment, keeps only the first word).'],
      fixed: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS=mode=1 miimon=100\n`,
      expect: ['4:21-38 BONDING_MODULE_OPTS has blanks but no quotes: wicked reads the value only up to the first blank, "mode=1".'],
      fixed: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\n`,
    },
  ],
  'ifcfg.unterminated-quote': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100\n`, expect: ['5:14-32 BONDING_OPTS: the quote is not closed on this line; NetworkManager reads the value as empty.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_SLAVE_1="eth1\n`, expect: ['4:17-22 BONDING_SLAVE_1: the quote is not closed on this line; wicked ignores the whole line.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}NAME=x"y\n`, expect: ['4:6-9 NAME: the quote is not closed on this line; wicked reads the value as "x"y".'] },
  ],
  'ifcfg.line-continuation': [
    { name: 'ifcfg-bond0', text: `${BOND}NAME=uplink\\\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:12-13 NAME: a trailing backslash is not a line continuation here; NetworkManager reads the value as empty.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}NAME=uplink\\\n`, expect: ['4:12-13 NAME: a trailing backslash is not a line continuation; wicked reads the value as "uplink\\".'] },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 \\\n  miimon=100"\n`,
      expect: ['4:29-30 BONDING_MODULE_OPTS: the quote is not closed on this line (a trailing backslash does not continue it); wicked ignores the whole line.'],
    },
  ],
  'ifcfg.shell-expansion': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 primary=$PRIMARY"\n`, expect: ['5:41-49 BONDING_OPTS: bash expands this but NetworkManager reads the value as empty.'] },
    { name: 'ifcfg-bond0', text: `${BOND}NAME=$HOSTNAME-bond\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:6-15 NAME: bash expands this but NetworkManager keeps it as literal text.'] },
    // With an unquoted blank after it the whole value is empty to NetworkManager (svUnescape_full), not literal.
    { name: 'ifcfg-bond0', text: `${BOND}NAME=$HOSTNAME bond\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:6-15 NAME: bash expands this but NetworkManager reads the value as empty.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}NAME=$HOSTNAME-bond\n`, expect: ['4:6-15 NAME: wicked does not expand this; it reads the value as "$HOSTNAME-bond".'] },
    // A `$` that starts no expansion: bash keeps it, NetworkManager refuses any `$` in double quotes; `\$` is `$` to both.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}NAME="cost$"\nBONDING_OPTS="mode=1 miimon=100"\n`,
      expect: ['5:11-12 NAME: bash keeps this `$`, but NetworkManager reads a double-quoted value with `$` as empty.'],
      fixed: `${BOND}NAME="cost\\$"\nBONDING_OPTS="mode=1 miimon=100"\n`,
    },
    // The `$` bash expands is the one pointed at.
    { name: 'ifcfg-bond0', text: `${BOND}NAME="a$ $b"\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:10-12 NAME: bash expands this but NetworkManager reads the value as empty.'] },
    { name: 'ifcfg-bond0', text: `${BOND}MTU=$[1500]\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:5-6 MTU: bash expands this but NetworkManager keeps it as literal text.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}NAME="cost$"\n`, expect: [] },
  ],
  'ifcfg.shell-metachar': [
    { name: 'ifcfg-bond0', text: `${BOND}NAME=bond0(uplink)\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:11-12 NAME: unquoted shell metacharacter; NetworkManager reads the value as empty.'] },
    // wicked reads the characters as they are
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}NAME=bond0(uplink)\nZONE=a|b\n`, expect: [] },
  ],
  'ifcfg.invalid-utf8': [{ name: 'ifcfg-bond0', text: `${BOND}NAME=$'\\xff'\nBONDING_OPTS="mode=1 miimon=100"\n`, expect: ['5:8-12 NAME: the escapes produce bytes that are not UTF-8; NetworkManager reads the value as empty.'] }],
  'ifcfg.export': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}export BONDING_OPTS="mode=1 miimon=100"\n`,
      expect: ['5:1-7 NetworkManager ignores this line because of `export`: BONDING_OPTS is not set.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `# a\rb\n${BOND}  export BONDING_OPTS="mode=1 miimon=100"\n`,
      expect: ['7:3-9 NetworkManager ignores this line because of `export`: BONDING_OPTS is not set.'],
      fixed: `# a\rb\n${BOND}BONDING_OPTS="mode=1 miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`,
      expect: ['6:1-7 NetworkManager ignores this line because of `export` and reads BONDING_OPTS from line 5.'],
    },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}export BONDING_MODULE_OPTS="mode=1 miimon=100"\n`,
      expect: ['4:1-7 wicked ignores this line because of `export`: it is not a NAME=value line.'],
      fixed: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\n`,
    },
  ],
  'ifcfg.invisible-character': [
    // Between quotes it becomes a space.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=4\u00a0miimon=100"\n`,
      expect: ['5:21-22 A no-break space (U+00A0): every reader of the file takes it for part of the text around it.'],
      fixed: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    // At the end of a value, after the closing quote or before a comment, it goes; in the comment it stays.
    { name: 'ifcfg-bond0', text: `${BOND}ONBOOT=yes\u3000\u3000 # on\u00a0boot\n`, expect: ['5:11-13 An ideographic space (U+3000): every reader of the file takes it for part of the text around it.'], fixed: `${BOND}ONBOOT=yes # on\u00a0boot\n` },
    { name: 'ifcfg-bond0', text: `${BOND}NAME="bond0"\u202f\n`, expect: ['5:13-14 A narrow no-break space (U+202F): every reader of the file takes it for part of the text around it.'], fixed: `${BOND}NAME="bond0"\n` },
    // A byte order mark (a Windows editor's) and a zero-width space go wherever they are.
    { name: 'ifcfg-bond0', text: `\ufeff${BOND}`, expect: ['1:1-2 A byte order mark (U+FEFF): every reader of the file takes it for part of the text around it.'], fixed: BOND },
    { name: 'ifcfg-bond0', text: `${BOND}NAME=bo\u200bnd0\n`, expect: ['5:8-9 A zero-width space (U+200B): every reader of the file takes it for part of the text around it.'], fixed: `${BOND}NAME=bond0\n` },
    // Inside an unquoted value no edit keeps what was meant: a space would split the value, nothing would join it.
    { name: 'ifcfg-bond0', text: `${BOND}NAME=my\u00a0bond\n`, expect: ['5:8-9 A no-break space (U+00A0): every reader of the file takes it for part of the text around it.'] },
  ],
  'ifcfg.invalid-line': [
    { name: 'ifcfg-eth0', text: 'DEVICE=eth0\nMASTER = bond0\nSLAVE=yes\n', expect: ['2:1-15 Blank before "=": NetworkManager ignores this line and bash runs "MASTER" as a command.'], fixed: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n' },
    // wicked's __ni_sysconfig_read() skips the line; no NetworkManager or bash reads a SUSE file.
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}STARTMODE = auto\n`, expect: ['4:1-17 Not a KEY=value assignment or a comment: wicked skips this line.'] },
  ],
  'ifcfg.unknown-key': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPT="mode=1 miimon=100"\n`,
      expect: ['5:1-12 Unknown key BONDING_OPT; did you mean BONDING_OPTS?'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`,
    },
    {
      // Keys that NetworkManager writes and reads (make_ip4_setting, make_ip6_setting), ARPING_WAIT also initscripts' ifup-eth.
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nPEERROUTES=no\nIPV6_PEERDNS=no\nIPV6_PEERROUTES=no\nIPV6_DISABLED=yes\nDHCP_CLIENT_ID=mac\nIPV4_ROUTE_METRIC=300\nARPING_WAIT=2\n`,
      expect: [],
    },
    {
      // A port file as YaST writes it; wicked reads REMOTE_IPADDR and USERCONTROL.
      name: 'ifcfg-eth0',
      text: "BOOTPROTO='none'\nSTARTMODE='hotplug'\nREMOTE_IPADDR=''\nREMOTE_IPADDR_1='192.0.2.2'\nUSERCONTROL='no'\n",
      expect: [],
    },
  ],
  'ifcfg.duplicate-key': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=4 miimon=100"\n`,
      expect: ['5:1-33 BONDING_OPTS is assigned again on line 6; this assignment is ignored.'],
      fixed: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    {
      // A lone CR starts a line in the editor but not in the file as NetworkManager reads it: the fix removes the
      // assignment's own line, and the message names the line the editor shows.
      name: 'ifcfg-bond0',
      text: `# uplink bond\r(edited by hand)\n${BOND}BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=4 miimon=100"\n`,
      expect: ['7:1-33 BONDING_OPTS is assigned again on line 8; this assignment is ignored.'],
      fixed: `# uplink bond\r(edited by hand)\n${BOND}BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    {
      // NetworkManager gives an `export` line no key, so it reads line 5; bash reads line 6. No line is dead: no fix.
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`,
      expect: ['5:1-33 BONDING_OPTS is assigned again on line 6 with `export`, which NetworkManager ignores: NetworkManager reads this assignment, bash reads line 6.'],
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=2 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`,
      expect: [
        '5:1-33 BONDING_OPTS is assigned again later (NetworkManager reads line 6, bash line 7); this assignment is ignored.',
        '6:1-33 BONDING_OPTS is assigned again on line 7 with `export`, which NetworkManager ignores: NetworkManager reads this assignment, bash reads line 7.',
      ],
      fixed: `${BOND}BONDING_OPTS="mode=2 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    {
      // bash runs `bond` with NAME=my for that command only and keeps NAME=bond0; NetworkManager reads line 6 as "".
      name: 'ifcfg-bond0',
      text: `${BOND}NAME=bond0\nNAME=my bond\nBONDING_OPTS="mode=1 miimon=100"\n`,
      expect: ['5:1-11 NAME is assigned again on line 6, which bash does not apply (it runs a command there, with NAME set only for that command): NetworkManager ignores this assignment, bash keeps it.'],
    },
    {
      // wicked drops a line whose quote does not close, so line 4 still applies.
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}NAME=bond0\nNAME="uplink\nBONDING_MODULE_OPTS="mode=1 miimon=100"\n`,
      expect: [],
    },
    {
      // An `export` line no reader applies: NetworkManager skips it, bash applies the plain line after it.
      name: 'ifcfg-bond0',
      text: `${BOND}export BONDING_OPTS="mode=1 miimon=100"\nBONDING_OPTS="mode=4 miimon=100"\n`,
      expect: ['5:1-40 BONDING_OPTS is assigned again on line 6; this assignment is ignored.'],
      fixed: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`,
    },
    {
      // Line 6 is skipped by NetworkManager (it reads line 5) and replaced for bash by line 7.
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nexport BONDING_OPTS="mode=2 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`,
      expect: [
        '5:1-33 BONDING_OPTS is assigned again on line 7 with `export`, which NetworkManager ignores: NetworkManager reads this assignment, bash reads line 7.',
        '6:1-40 BONDING_OPTS is assigned again on line 7; this assignment is ignored.',
      ],
    },
  ],
  'ifcfg.invalid-value': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPV4_ROUTE_METRIC=-1\nBOND_PORT_PRIO=-5\nMTU=-1500\n`,
      // Negative where the key takes it (NetworkManager's route metric -1, a port prio), not in MTU.
      expect: ['8:5-10 MTU: "-1500" is not valid; expected a whole number.'],
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPADDR=192.0.2.300\nPREFIX=33\nONBOOT=maybe\n`,
      expect: [
        '6:8-19 IPADDR: "192.0.2.300" is not valid; expected an IPv4 address such as 192.0.2.10 (the prefix length goes in PREFIX).',
        '7:8-10 PREFIX: "33" is not valid; expected a prefix length from 0 to 32.',
        '8:8-13 ONBOOT: "maybe" is not valid; expected yes or no.',
      ],
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nONBOOT="off"\n`,
      expect: ['6:8-13 ONBOOT: initscripts reads "off" as no, but NetworkManager does not know "off" and takes ONBOOT=yes; write no.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nONBOOT=no\n`,
    },
  ],
  'ifcfg.bond-type': [
    {
      name: 'ifcfg-bond0',
      text: 'DEVICE=bond0\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
      expect: ['2:1-15 This file configures a bond but has no TYPE=Bond.'],
      fixed: 'DEVICE=bond0\nBONDING_MASTER=yes\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n',
    },
    { name: 'ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_OPTS="mode=1 miimon=100"\n', expect: ['2:6-14 TYPE=Ethernet on a bond: NetworkManager and initscripts read it as a bond only because BONDING_OPTS is set; use TYPE=Bond.'] },
    // Unquoted, the options are "mode=1" to bash and empty to NetworkManager's svGetValue(): no bond there.
    {
      name: 'ifcfg-bond0',
      text: 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_OPTS=mode=1 miimon=100\n',
      expect: ['2:6-14 TYPE=Ethernet on a bond: initscripts creates a bond from BONDING_OPTS, but NetworkManager reads BONDING_OPTS as empty (see the finding on its line), so to it this is an Ethernet connection; use TYPE=Bond.'],
    },
  ],
  'ifcfg.device-mismatch': [
    { name: 'ifcfg-bond0', text: 'DEVICE=bond1\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n', expect: ['1:8-13 DEVICE=bond1 but the file is ifcfg-bond0: `ifup bond0` sets up bond1.'], fixed: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n' },
  ],
  'ifcfg.port-has-address': [
    {
      name: 'ifcfg-eth0',
      text: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=dhcp\nIPADDR=192.0.2.5\n',
      expect: ['4:1-15 BOOTPROTO=dhcp on a port of bond0: IP configuration belongs on the bond.', '5:1-17 IPADDR on a port of bond0: addresses belong on the bond.'],
      fixed: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=none\nIPADDR=192.0.2.5\n',
    },
  ],
  'ifcfg.bond-without-device': [
    {
      name: 'ifcfg-bond0',
      text: 'TYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
      expect: ['1:1-10 This bond file has no DEVICE: NetworkManager refuses it ("mandatory DEVICE keyword missing"), and initscripts\' ifup stops ("Device name does not seem to be present.").'],
      fixed: 'TYPE=Bond\nDEVICE=bond0\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
    },
    {
      // Without TYPE, NetworkManager stops before it sees a bond (connection_from_file_full).
      name: 'ifcfg-bond0',
      text: 'BONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n',
      expect: ['1:1-19 This bond file has neither DEVICE nor TYPE: NetworkManager refuses it ("File \'…\' had neither TYPE nor DEVICE keys"), and initscripts\' ifup stops ("Device name does not seem to be present.").'],
      fixed: 'BONDING_MASTER=yes\nDEVICE=bond0\nBONDING_OPTS="mode=1 miimon=100"\n',
    },
    {
      name: 'ifcfg-bond0',
      text: 'BONDING_OPTS="mode=1 miimon=100"\nHWADDR=52:54:00:12:34:56\n',
      expect: ['1:1-33 This bond file has neither DEVICE nor TYPE: NetworkManager refuses it ("File \'…\' had neither TYPE nor DEVICE keys"), so nothing in it applies.'],
    },
    // TYPE=Bridge makes no bond to NetworkManager; initscripts finds the interface by HWADDR.
    { name: 'ifcfg-bond0', text: 'TYPE=Bridge\nBONDING_OPTS="mode=1 miimon=100"\n', expect: ['2:1-33 This bond file has no DEVICE: initscripts\' ifup stops ("Device name does not seem to be present.").'] },
    { name: 'ifcfg-bond0', text: 'TYPE=Bridge\nBONDING_OPTS="mode=1 miimon=100"\nHWADDR=52:54:00:12:34:56\n', expect: [] },
  ],
  'ifcfg.slave-without-master': [{ name: 'ifcfg-eth0', text: 'DEVICE=eth0\nSLAVE=yes\n', expect: ['2:1-10 SLAVE=yes but no MASTER: the interface joins no bond.'] }],
  'ifcfg.master-without-slave': [
    { name: 'ifcfg-eth0', text: 'DEVICE=eth0\nMASTER=bond0\n', expect: ['2:1-13 MASTER=bond0 without SLAVE=yes: initscripts does not enslave this interface.'], fixed: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n' },
    {
      // Two lone CRs in the comment: the new line goes after MASTER's line as NetworkManager reads the file, not
      // into the middle of the comment.
      name: 'ifcfg-eth0',
      text: '# port of\rbond0\rby hand\nDEVICE=eth0\nMASTER=bond0\nBOOTPROTO=none\n',
      expect: ['5:1-13 MASTER=bond0 without SLAVE=yes: initscripts does not enslave this interface.'],
      fixed: '# port of\rbond0\rby hand\nDEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=none\n',
    },
  ],
  'ifcfg.master-by-uuid': [
    {
      name: 'ifcfg-eth0',
      text: 'DEVICE=eth0\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nSLAVE=yes\n',
      expect: ["2:1-49 MASTER_UUID without MASTER: NetworkManager puts this interface in the bond, initscripts does not (it reads only MASTER); add MASTER with the bond's interface name."],
    },
    {
      name: 'ifcfg-eth0',
      text: 'DEVICE=eth0\nMASTER=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nSLAVE=yes\n',
      expect: ["2:1-44 MASTER=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41 is a connection UUID: NetworkManager reads it, but initscripts takes it for the bond's interface name, which no interface can have, and enslaves nothing."],
    },
    // Both, as NetworkManager writes a port; and SUSE files, which name their ports in the bond file.
    { name: 'ifcfg-eth0', text: 'DEVICE=eth0\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nMASTER=bond0\nSLAVE=yes\n', expect: [] },
    { name: 'ifcfg-eth0', text: 'STARTMODE=hotplug\nBOOTPROTO=none\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\n', expect: [] },
  ],
  'ifcfg.gateway-outside-subnet': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPADDR=192.0.2.10\nPREFIX=24\nGATEWAY=198.51.100.1\n`,
      expect: ['8:9-21 Gateway 198.51.100.1 is outside 192.0.2.10/24: initscripts adds no default route; NetworkManager adds one, after a route to the gateway on the link.'],
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPADDR0=192.0.2.10\nPREFIX0=24\nIPADDR1=198.51.100.10\nPREFIX1=24\nGATEWAY=198.51.100.1\n`,
      expect: ['10:9-21 Gateway 198.51.100.1 is outside 192.0.2.10/24, the first address: initscripts adds no default route (ifup-eth checks the gateway against the first address only); NetworkManager adds it.'],
    },
  ],
  'ifcfg.ignored-file-name': [
    { name: 'ifcfg-bond0.bak', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, expect: ['1:1-1 initscripts and NetworkManager ignore ifcfg-bond0.bak (it ends in ".bak" and is taken for a backup): nothing in it applies.'] },
  ],
  'opts.unknown-option': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimom=100"\n`,
      expect: ['5:28-34 Unknown bonding option "miimom"; did you mean "miimon"?'],
      fixed: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3ad miimom=100"\n`,
      expect: ['4:35-41 Unknown bonding option "miimom" (did you mean "miimon"?): wicked rejects this interface\'s whole configuration, so the interface is not set up.'],
      fixed: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3ad miimon=100"\n`,
    },
  ],
  'opts.malformed-option': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon =100"\n`,
      expect: ['5:22-33 "miimon =100" has blanks around "=": the list is split on blanks, so the option name and its value arrive as separate items and the setting is lost.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon =100"\n`,
      expect: [
        '4:29-40 "miimon =100" has blanks around "=", so the list splits there into a name without a value and a value without a name: wicked rejects this interface\'s whole configuration, so the interface is not set up.',
      ],
      fixed: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\n`,
    },
  ],
  'opts.invalid-value': [
    // initscripts writes each address on its own: only the refused ones are lost.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,0.0.0.0,192.0.2.300"\n`,
      expect: [
        '5:64-71 arp_ip_target: invalid address "0.0.0.0"; expected comma-separated IPv4 addresses (at most 16), not 0.0.0.0 or 255.255.255.255.',
        '5:72-83 arp_ip_target: invalid address "192.0.2.300"; expected comma-separated IPv4 addresses (at most 16), not 0.0.0.0 or 255.255.255.255.',
      ],
    },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.1"\n`, expect: [] },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=Active-Backup miimon=100"\n`,
      expect: [
        '5:20-33 mode: invalid value "Active-Backup"; expected one of balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6), or default.',
      ],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=FAST xmit_hash_policy=Layer3+4"\n`,
      expect: [
        '5:49-53 lacp_rate: invalid value "FAST"; expected one of slow (0), fast (1).',
        '5:71-79 xmit_hash_policy: invalid value "Layer3+4"; expected one of layer2 (0), layer3+4 (1), layer2+3 (2), encap2+3 (3), encap3+4 (4), vlan+srcmac (5), or default.',
      ],
      fixed: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast xmit_hash_policy=Layer3+4"\n`,
    },
    // wicked matches enum names case-insensitively (src/util.c ni_parse_uint_mapped): only a name it does not know is wrong.
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3AD miimon=100 lacp_rate=FAST xmit_hash_policy=Layer3+4 ad_select=Bandwidth"\n`, expect: [] },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=Active-Bakup miimon=100"\n`,
      expect: [
        '4:27-39 mode: invalid value "Active-Bakup"; expected one of balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6), or default.',
      ],
    },
  ],
  'opts.duplicate-option': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2,192.0.2.1"\n`,
      expect: ['5:74-83 arp_ip_target lists "192.0.2.1" a second time: initscripts adds it once; NetworkManager sends the list over netlink, where the kernel refuses the repeat and the whole request fails, so the bond is not activated.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 miimon=200"\n`,
      expect: ['5:22-32 "miimon=100" is replaced by the later "miimon=200".'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=200"\n`,
    },
    // wicked keeps the list as written and sends every item (__ni_rtnl_link_put_bond_arp_ip_targets).
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2,192.0.2.1"\n`,
      expect: ['4:81-90 arp_ip_target lists "192.0.2.1" a second time: wicked sends it twice over netlink, where the kernel refuses the repeat and the whole request fails.'],
    },
    // A later value the kernel refuses, or NetworkManager drops (handle_bond_option), leaves the earlier one in force.
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 miimon=abc"\n`, expect: [] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 miimon=off"\n`, expect: [] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 miimon=abc miimon=200"\n`, expect: ['5:22-32 "miimon=100" is replaced by the later "miimon=200".'] },
    // A second arp_ip_target adds to the first under initscripts; NetworkManager keeps the last list.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2 arp_ip_target=192.0.2.3,192.0.2.2"\n`,
      expect: ['5:40-73 "arp_ip_target=192.0.2.1,192.0.2.2" is followed by another arp_ip_target: initscripts adds the addresses of both, NetworkManager keeps only the last list (192.0.2.3,192.0.2.2).'],
      fixed: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.2,192.0.2.3"\n`,
    },
    // The items between the two lists stay as written.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_ip_target=192.0.2.1 arp_interval=1000  arp_ip_target=192.0.2.2"\n`,
      expect: ['5:22-45 "arp_ip_target=192.0.2.1" is followed by another arp_ip_target: initscripts adds the addresses of both, NetworkManager keeps only the last list (192.0.2.2).'],
      fixed: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000  arp_ip_target=192.0.2.1,192.0.2.2"\n`,
    },
  ],
  'opts.rejected-in-mode': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup miimon=100 lacp_rate=fast"\n`,
      expect: ['5:45-59 The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.'],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
    // The mode wicked applies from a name in another case is the mode the options are judged in.
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=Active-Backup miimon=100 lacp_rate=FAST"\n`,
      expect: ["4:52-66 wicked refuses lacp_rate=fast in mode active-backup, where it accepts only slow: wicked rejects this interface's whole configuration, so the interface is not set up."],
      fixed: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=Active-Backup miimon=100"\n`,
    },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3AD miimon=100 lacp_rate=fast"\n`, expect: [] },
  ],
  'opts.ineffective-in-mode': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup miimon=100 xmit_hash_policy=layer3+4"\n`,
      expect: ['5:45-70 xmit_hash_policy does nothing in mode active-backup.'],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
  ],
  'opts.monitor-conflict': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1"\n`,
      expect: ['5:22-32 miimon=100 and arp_interval=1000 are both set: only one link monitor runs. initscripts writes miimon first, so ARP monitoring runs; NetworkManager keeps miimon and ignores the ARP settings.'],
    },
    // NetworkManager's reader takes only digits: it drops the keyword, and the ARP settings stay.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=maxval arp_interval=1000 arp_ip_target=192.0.2.1"\n`,
      expect: ['5:22-35 miimon=maxval and arp_interval=1000 are both set: only one link monitor runs. initscripts writes miimon first, so ARP monitoring runs; NetworkManager drops miimon=maxval and runs ARP monitoring too.'],
    },
  ],
  'opts.nm-refused-value': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 all_slaves_active=on"\n`,
      expect: ['5:51-53 NetworkManager drops all_slaves_active=on: it accepts decimal digits from 0 to 1. initscripts applies it.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100 all_slaves_active=1"\n`,
    },
  ],
  'opts.no-link-monitoring': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=active-backup"\n`, expect: ['5:1-13 Neither miimon nor arp_interval is set: under initscripts the bond will not detect a failed link (NetworkManager sets miimon=100 itself).'], fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n` },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=802.3ad"\n`, expect: [] },
    // NetworkManager sets miimon=100 only where it finds no arp_validate either (nm-device-bond.c: miimon_has = !arp_interval && !arp_validate).
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=active-backup arp_validate=all"\n`, expect: ['5:1-13 Neither miimon nor arp_interval is set: the bond will not detect a failed link.'] },
    // With arp_validate set NetworkManager sends no miimon (nor the delays): a bond it creates keeps the kernel's 0.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup miimon=100 arp_validate=all"\n`,
      expect: [
        '5:45-61 arp_validate=all without arp_interval makes NetworkManager send no miimon: under NetworkManager the bond will not detect a failed link (it takes arp_validate for ARP monitoring; initscripts runs MII monitoring).',
      ],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=active-backup miimon=100 arp_validate=none"\n`, expect: [] },
    // NetworkManager skips an item without a value, so an empty arp_validate is none to it, with miimon or without.
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=active-backup miimon=100 arp_validate="\n`, expect: [] },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup arp_validate="\n`,
      expect: ['5:1-13 Neither miimon nor arp_interval is set: under initscripts the bond will not detect a failed link (NetworkManager sets miimon=100 itself).'],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup arp_validate= miimon=100"\n`,
    },
    { name: 'ifcfg-bond0', text: `DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=no\nBONDING_OPTS="mode=active-backup miimon=100 arp_validate=all"\n`, expect: [] },
    // `off` is the kernel's name for 0: the fix sets the value instead of adding a second miimon.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup miimon=off"\n`,
      expect: ['5:34-44 miimon=off turns MII monitoring off and arp_interval is not set: under initscripts the bond will not detect a failed link (NetworkManager drops miimon=off and sets miimon=100 itself).'],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
  ],
  'opts.arp-incomplete': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000"\n`, expect: ['5:22-39 arp_interval=1000 without arp_ip_target or ns_ip6_target: there is nothing to probe, and NetworkManager refuses the profile.'] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 arp_ip_target=192.0.2.1"\n`, expect: ['5:33-56 arp_ip_target without arp_interval: the targets are never probed, and NetworkManager refuses the profile.'] },
  ],
  'opts.arp-target-skipped': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.10,192.0.2.1"\n`,
      expect: ['5:65-74 initscripts does not add 192.0.2.1: before each address it runs "grep -q 192.0.2.1" on the bond\'s targets, which matches 192.0.2.10, added before it. NetworkManager adds it.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.10"\n`,
    },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1,192.0.2.10"\n`, expect: [] },
  ],
  'opts.delay-without-miimon': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 arp_interval=1000 arp_ip_target=192.0.2.1 updelay=200"\n`,
      expect: ['5:64-75 updelay=200 has no effect: MII monitoring is off (miimon 0), and the kernel refuses the delay.'],
    },
    // wicked leaves the delays out under ARP monitoring; peer_notif_delay it does not know (opts.not-settable).
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS='mode=1 arp_interval=1000 arp_ip_target=192.0.2.1 downdelay=200 peer_notif_delay=300'\n`,
      expect: ['4:71-84 downdelay=200 has no effect: wicked sends it only with MII monitoring, and this bond runs ARP monitoring.'],
    },
    // The mode gives 802.3ad a miimon of 100, but initscripts applies miimon=off after it; NetworkManager drops the
    // keyword and, seeing no monitor, sets miimon=100 itself.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=off updelay=200"\n`,
      expect: ['5:39-50 updelay=200 has no effect under initscripts: MII monitoring is off (miimon 0), and the kernel refuses the delay. NetworkManager sets miimon=100 itself and keeps it.'],
    },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=802.3ad updelay=200"\n`, expect: [] },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=active-backup peer_notif_delay=150"\n`,
      expect: ['5:34-54 peer_notif_delay=150 has no effect under initscripts: MII monitoring is off (miimon 0), and the kernel refuses the delay. NetworkManager sets miimon=100 itself and refuses the profile: 150 is not a multiple of 100.'],
    },
    // miimon=off before the mode: initscripts ends at 100 (the mode sets it), NetworkManager drops the keyword and
    // sets 100 itself; the delay works for both.
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="miimon=off mode=802.3ad updelay=200"\n`, expect: [] },
  ],
  'opts.delay-not-multiple': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 updelay=250"\n`,
      expect: ['5:41-44 updelay=250 is not a multiple of miimon (100 ms): the kernel rounds it down to 200 ms.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100 updelay=200"\n`,
    },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=4 downdelay=150"\n`, expect: ['5:32-35 downdelay=150 is not a multiple of miimon (100 ms): the kernel rounds it down to 100 ms.'] },
    // NetworkManager's verify() takes a miimon the file does not write as 100.
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=4 peer_notif_delay=150"\n`,
      expect: ['5:39-42 peer_notif_delay=150 is not a multiple of miimon (100 ms): under initscripts the kernel rounds it down to 100 ms, and NetworkManager refuses the profile.'],
    },
  ],
  'opts.num-grat-arp-mismatch': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 num_grat_arp=3 num_unsol_na=1"\n`,
      expect: ['5:33-47 num_grat_arp=3 and num_unsol_na=1 set the same kernel value: under initscripts num_unsol_na=1 wins, and NetworkManager refuses the profile.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100 num_grat_arp=1 num_unsol_na=1"\n`,
    },
    // 300 is out of range: the kernel refuses it and num_grat_arp=3 stays.
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 num_grat_arp=3 num_unsol_na=300"\n`, expect: [] },
  ],
  'opts.no-mode': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="miimon=100"\n`,
      expect: ['5:1-13 No mode is set: the bond runs balance-rr (mode 0), which needs the switch ports grouped statically.'],
      fixed: `${BOND}BONDING_OPTS="mode=balance-rr miimon=100"\n`,
    },
    {
      // Unquoted, the blank after the new option would end the value: the fix quotes the list.
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS=miimon=100\n`,
      expect: ['5:1-13 No mode is set: the bond runs balance-rr (mode 0), which needs the switch ports grouped statically.'],
      fixed: `${BOND}BONDING_OPTS="mode=balance-rr miimon=100"\n`,
    },
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS='miimon=100'\n`,
      expect: ['5:1-13 No mode is set: the bond runs balance-rr (mode 0), which needs the switch ports grouped statically.'],
      fixed: `${BOND}BONDING_OPTS='mode=balance-rr miimon=100'\n`,
    },
  ],
  'opts.switch-config': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`, expect: ['5:15-21 Mode 802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode).'] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=4 miimon=100"\n`, settings: { switch: 'lacp' }, expect: [] },
  ],
  'opts.switch-mismatch': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100"\n`,
      settings: { switch: 'none' },
      expect: ['5:15-27 Mode 802.3ad needs LACP on the switch ports (a port-channel / LAG in LACP mode), but the switch ports are not grouped (bonding.switch).'],
      fixed: `${BOND}BONDING_OPTS="mode=active-backup miimon=100"\n`,
    },
  ],
  'opts.not-settable': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 coupled_control=off"\n`,
      settings: { switch: 'lacp' },
      expect: ['5:39-54 initscripts (network-scripts), NetworkManager cannot apply coupled_control: the setting is ignored.'],
    },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3ad miimon=100 peer_notif_delay=200"\n`,
      expect: ['4:46-62 peer_notif_delay is not an option wicked knows: wicked rejects this interface\'s whole configuration, so the interface is not set up.'],
    },
  ],
  'opts.deprecated': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=1 miimon=100 use_carrier=0"\n`,
      expect: ['5:33-46 use_carrier is deprecated: Obsolete: the link state always comes from netif_carrier_ok(). Newest kernels accept only 1 (on); a module parameter other than 1 stops the module from loading.'],
      fixed: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`,
    },
  ],
  'xfile.master-missing': [
    {
      name: 'ifcfg-eth0',
      text: 'DEVICE=eth0\nMASTER=bond1\nSLAVE=yes\n',
      others: { 'ifcfg-bond0': `${BOND}BONDING_OPTS="mode=1 miimon=100"\n` },
      expect: ['2:8-13 No ifcfg file in this folder configures bond1 (bonds here: bond0).'],
      fixed: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n',
    },
    // A backup copy every reader skips configures no bond.
    {
      name: 'ifcfg-eth0',
      text: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n',
      others: { 'ifcfg-bond0.bak': `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, 'ifcfg-lo': 'DEVICE=lo\n' },
      expect: ['2:8-13 No ifcfg file in this folder configures bond0.'],
    },
    // Nor is such a copy checked against the folder: it is no part of it.
    { name: 'ifcfg-eth0.bak', text: 'DEVICE=eth0\nMASTER=bond7\nSLAVE=yes\n', others: { 'ifcfg-bond0': `${BOND}BONDING_OPTS="mode=1 miimon=100"\n` }, expect: [] },
  ],
  'xfile.bond-without-ports': [
    { name: 'ifcfg-bond5.orig', text: 'DEVICE=bond5\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n', others: { 'ifcfg-eth0': PORT('eth0') }, expect: [] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, others: { 'ifcfg-lo': 'DEVICE=lo\n' }, expect: ['1:1-13 No ifcfg file in this folder has MASTER=bond0: the bond has no ports.'] },
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, others: { 'ifcfg-eth0.orig': PORT('eth0'), 'ifcfg-eth1.rpmnew': PORT('eth1'), 'ifcfg-lo': 'DEVICE=lo\n' }, expect: ['1:1-13 No ifcfg file in this folder has MASTER=bond0: the bond has no ports.'] },
    // A SUSE bond names its ports itself; its ports need no file and no MASTER=.
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\nBONDING_SLAVE_1=eth1\n`, others: { 'ifcfg-lo': 'DEVICE=lo\n' }, expect: [] },
    {
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=\n`,
      expect: ["4:1-40 No BONDING_SLAVE variable names a port of this bond: wicked rejects this interface's whole configuration, so the interface is not set up."],
    },
  ],
  'xfile.bond-single-port': [
    { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, others: { 'ifcfg-eth0': PORT('eth0') }, expect: ['1:1-13 bond0 has one port (eth0): no redundancy.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth3\n`, expect: ['4:1-40 bond0 has one port (eth3): no redundancy.'] },
    { name: 'ifcfg-bond0', text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth3\nBONDING_SLAVE1=eth4\n`, expect: [] },
  ],
  'xfile.mtu-mismatch': [
    {
      name: 'ifcfg-eth1',
      text: PORT('eth1', 'MTU=1500\n'),
      others: { 'ifcfg-bond0': `${BOND}MTU=9000\nBONDING_OPTS="mode=1 miimon=100"\n`, 'ifcfg-eth0': PORT('eth0') },
      expect: ['6:5-9 MTU=1500 but bond0 has MTU=9000: the bond sets its ports to its own MTU when it enslaves them.'],
    },
    {
      name: 'ifcfg-eth1',
      text: PORT('eth1', 'MTU=9000\n'),
      others: { 'ifcfg-bond0': `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`, 'ifcfg-eth0': PORT('eth0', 'MTU=9000\n') },
      expect: ['6:5-9 MTU=9000 but bond0 sets no MTU, and a bond is created with MTU 1500: the bond sets its ports to its own MTU when it enslaves them.'],
    },
  ],
  'xfile.runtime-differs': [
    {
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast"\n`,
      settings: { switch: 'lacp' },
      others: {
        'ifcfg-eth0': PORT('eth0'),
        'ifcfg-eth1': PORT('eth1'),
        '../../../proc/net/bonding/bond0':
          'Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer2 (0)\nMII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 0\nDown Delay (ms): 0\nPeer Notification Delay (ms): 0\n\n802.3ad info\nLACP active: on\nLACP rate: slow\nMin links: 0\nAggregator selection policy (ad_select): stable\n\nSlave Interface: eth0\nMII Status: up\n',
      },
      expect: [
        '5:1-13 bond0 is running with ports eth0, but the configuration gives eth0, eth1: the configuration is not what the bond runs.',
        '5:39-53 bond0 is running with lacp_rate slow, but the configuration gives fast: the configuration is not what the bond runs.',
      ],
    },
    // A SUSE file's names in another case are the names wicked applies: 802.3ad with fast LACP, as the dump runs.
    ...['fast', 'slow'].map((rate) => ({
      name: 'ifcfg-bond0',
      text: `${SUSE_BOND}BONDING_MODULE_OPTS="mode=802.3AD miimon=100 lacp_rate=FAST xmit_hash_policy=Layer3+4"\n`,
      settings: { switch: 'lacp' },
      others: {
        '../../../proc/net/bonding/bond0': `Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer3+4 (1)\nMII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 0\nDown Delay (ms): 0\n\n802.3ad info\nLACP active: on\nLACP rate: ${rate}\nMin links: 0\nAggregator selection policy (ad_select): stable\n`,
      },
      expect: rate === 'fast' ? [] : ['4:46-60 bond0 is running with lacp_rate slow, but the configuration gives fast: the configuration is not what the bond runs.'],
    })),
    // miimon=0 is applied after the mode by both readers: a dump polling at 0 runs what the file says, one at 100 does not.
    ...['0', '100'].map((polling) => ({
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=0"\n`,
      settings: { switch: 'lacp' },
      others: {
        'ifcfg-eth0': PORT('eth0'),
        '../../../proc/net/bonding/bond0': `Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer2 (0)\nMII Status: up\nMII Polling Interval (ms): ${polling}\nUp Delay (ms): 0\nDown Delay (ms): 0\n\nSlave Interface: eth0\nMII Status: up\n`,
      },
      expect: polling === '0' ? [] : ['5:28-36 bond0 is running with miimon 100, but the configuration gives 0: the configuration is not what the bond runs.'],
    })),
    // initscripts writes miimon first and arp_interval after it, which turns miimon off; miimon=0 before an 802.3ad
    // mode becomes 100 there. Both are runs of this file; another value is not.
    ...[
      ['mode=1 miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1', 'fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0', '0', []],
      ['mode=1 miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1', 'fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0', '200', ['5:22-32 bond0 is running with miimon 200, but the configuration gives 100: the configuration is not what the bond runs.']],
      ['miimon=0 mode=802.3ad', 'IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer2 (0)', '100', []],
    ].map(([opts, mode, polling, expect]) => ({
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="${opts}"\n`,
      settings: { switch: 'lacp' },
      others: {
        'ifcfg-eth0': PORT('eth0'),
        '../../../proc/net/bonding/bond0': `Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: ${mode}\nMII Status: up\nMII Polling Interval (ms): ${polling}\nUp Delay (ms): 0\nDown Delay (ms): 0\n\nSlave Interface: eth0\nMII Status: up\n`,
      },
      expect: expect as string[],
    })),
    // No monitor written: initscripts leaves 0, NetworkManager applies 100 (and drops miimon=off): both runs are the file's.
    ...['mode=1', 'mode=1 miimon=off'].map((opts) => ({
      name: 'ifcfg-bond0',
      text: `${BOND}BONDING_OPTS="${opts}"\n`,
      others: {
        'ifcfg-eth0': PORT('eth0'),
        '../../../proc/net/bonding/bond0': `Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: fault-tolerance (active-backup)\nPrimary Slave: None\nCurrently Active Slave: eth0\nMII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 0\nDown Delay (ms): 0\n\nSlave Interface: eth0\nMII Status: up\n`,
      },
      expect: [],
    })),
  ],
};

describe('ifcfg rules', () => {
  it('every ifcfg rule has a test case', () => {
    const missing = IFCFG_RULES.map((r) => r.code).filter((c) => !(c in CASES));
    assert.deepEqual(missing, []);
  });

  for (const [code, cases] of Object.entries(CASES)) {
    cases.forEach((c, i) => {
      it(`${code} #${i + 1}`, () => {
        const { doc, diagnostics } = run(code, c);
        assert.deepEqual(diagnostics.map(show), c.expect);
        if (c.fixed !== undefined) {
          const fixed = applyFirstFix(doc, diagnostics[0]!);
          assert.equal(fixed, c.fixed);
          // The finding the fix was for is gone from the fixed text.
          const after = run(code, { ...c, text: fixed }).diagnostics.map((d) => d.message);
          assert.ok(!after.includes(diagnostics[0]!.message), `still reported after the fix: ${diagnostics[0]!.message}`);
        }
      });
    });
  }

  it('the bad example of each quoting rule triggers that rule, and its good example does not', () => {
    for (const rule of SHELL_SYNTAX_RULES) {
      const at = (text: string) => run(rule.code, { name: 'ifcfg-bond0', text: `${BOND}${text}\n`, expect: [] }).diagnostics.length;
      assert.ok(at(rule.doc.bad) > 0, `${rule.code}: bad example`);
      assert.equal(at(rule.doc.good), 0, `${rule.code}: good example`);
    }
  });

  it('duplicate-key offers no fix that deletes a line one reader applies', () => {
    for (const i of [2, 4]) {
      const { diagnostics } = run('ifcfg.duplicate-key', CASES['ifcfg.duplicate-key']![i]!);
      assert.equal(diagnostics.length, 1);
      assert.deepEqual((diagnostics[0]!.data as { fixes?: unknown[] } | undefined)?.fixes ?? [], []);
      assert.ok(!diagnostics[0]!.tags?.length, 'not marked unnecessary');
    }
  });

  it('an `export` line does not override a plain one for the mode checks (NetworkManager reads mode=1)', () => {
    const c = { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nexport BONDING_OPTS="mode=4 miimon=100"\n`, expect: [] };
    assert.deepEqual(run('opts.switch-config', c).diagnostics.map(show), []);
  });

  it('a port named by UUID only, in Simplified Chinese', () => {
    assert.deepEqual(run('ifcfg.master-by-uuid', CASES['ifcfg.master-by-uuid']![0]!, 'zh-cn').diagnostics.map((d) => d.message), [
      '有 MASTER_UUID 但没有 MASTER：NetworkManager 会把该接口加入 bond，initscripts 不会（它只读取 MASTER）；请添加 MASTER 并写上 bond 的接口名。',
    ]);
    // SLAVE=yes with MASTER_UUID is a port: ifcfg.slave-without-master leaves it to this rule.
    assert.deepEqual(run('ifcfg.slave-without-master', CASES['ifcfg.master-by-uuid']![0]!).diagnostics, []);
  });

  it('miimon=0 written before an 802.3ad mode: initscripts ends at 100, so only a NetworkManager that keeps the 0 lacks a monitor', () => {
    const found = (text: string) =>
      run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text, expect: [] })
        .diagnostics.map(show)
        .concat(run('opts.delay-without-miimon', { name: 'ifcfg-bond0', text, expect: [] }).diagnostics.map(show));
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=no\nBONDING_OPTS="miimon=0 mode=4 updelay=200"\n'), []);
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="miimon=0 mode=balance-alb updelay=200"\n'), []);
    // After the mode, the 0 is the last word for initscripts too.
    assert.equal(found('DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="mode=4 miimon=0 updelay=200"\n').length, 2);
    // NetworkManager keeps a 0 written as digits, and applies it after the mode: the findings stay, for it alone.
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="miimon=0 mode=4 updelay=200"\n'), [
      '3:15-23 miimon=0 turns MII monitoring off and arp_interval is not set: under NetworkManager the bond will not detect a failed link (initscripts writes mode= after miimon=0, and the mode sets miimon=100).',
      '3:31-42 updelay=200 with miimon=0 makes NetworkManager refuse the profile (initscripts writes mode= after miimon=0, and the mode sets miimon=100).',
    ]);
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="miimon=0 mode=balance-alb arp_interval=100 arp_ip_target=192.0.2.1"\n'), [
      '3:15-23 miimon=0 turns MII monitoring off, and the kernel refuses arp_interval=100 in mode balance-alb: NetworkManager refuses the profile (initscripts writes mode= after miimon=0, and the mode sets miimon=100).',
    ]);
    const zh = run('opts.delay-without-miimon', { name: 'ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="miimon=0 mode=4 downdelay=200"\n', expect: [] }, 'zh-cn');
    assert.deepEqual(zh.diagnostics.map(show), ['3:31-44 downdelay=200 与 miimon=0 同时存在会使 NetworkManager 拒绝整个配置（initscripts 在 miimon=0 之后写入 mode=，该模式会设置 miimon=100）。']);
  });

  it('a file NetworkManager leaves unmanaged (NM_CONTROLLED=no) is judged as initscripts reads it', () => {
    const found = (text: string, code: string) => run(code, { name: 'ifcfg-bond0', text, expect: [] }).diagnostics.map(show);
    assert.deepEqual(found('NM_CONTROLLED=no\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n', 'ifcfg.bond-without-device'), [
      '2:1-10 This bond file has no DEVICE: initscripts\' ifup stops ("Device name does not seem to be present.").',
    ]);
    // bash alone reads the file: an `export` line is the one that applies, and on/off is what initscripts reads.
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=n\nMTU=1500\nexport MTU=9000\n', 'ifcfg.duplicate-key'), ['4:1-9 MTU is assigned again on line 5; this assignment is ignored.']);
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nMTU=1500\nexport MTU=9000\n', 'ifcfg.duplicate-key'), [
      '3:1-9 MTU is assigned again on line 4 with `export`, which NetworkManager ignores: NetworkManager reads this assignment, bash reads line 4.',
    ]);
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=no\nONBOOT=on\n', 'ifcfg.invalid-value'), []);
    // A port that names its bond by UUID only, which NetworkManager alone reads: without it, it joins no bond.
    const UUID_PORT = 'DEVICE=eth0\nTYPE=Ethernet\nNM_CONTROLLED=no\nMASTER_UUID=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41\nSLAVE=yes\n';
    assert.deepEqual(found(UUID_PORT, 'ifcfg.slave-without-master'), ['5:1-10 SLAVE=yes but no MASTER: the interface joins no bond.']);
    assert.deepEqual(found(UUID_PORT, 'ifcfg.master-by-uuid'), []);
    assert.deepEqual(found(UUID_PORT.replace('MASTER_UUID', 'MASTER'), 'ifcfg.master-by-uuid'), [
      "4:1-44 MASTER=6f1b0f0e-3a4c-4f7e-9c59-2f0a1d9e8b41 is a connection UUID: initscripts takes it for the bond's interface name, which no interface can have, and enslaves nothing.",
    ]);
    assert.deepEqual(found(UUID_PORT.replace('NM_CONTROLLED=no\n', ''), 'ifcfg.slave-without-master'), []);
    assert.equal(found('DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=yes\nONBOOT=on\n', 'ifcfg.invalid-value').length, 1);
  });

  it('a bond file without DEVICE, in Simplified Chinese: NetworkManager\'s message depends on TYPE', () => {
    const zh = (i: number) => run('ifcfg.bond-without-device', CASES['ifcfg.bond-without-device']![i]!, 'zh-cn').diagnostics.map((d) => d.message);
    assert.deepEqual(zh(1), ['该 bond 文件既没有 DEVICE 也没有 TYPE：NetworkManager 拒绝该文件（"File \'…\' had neither TYPE nor DEVICE keys"），initscripts 的 ifup 也会退出（"Device name does not seem to be present."）。']);
    assert.deepEqual(zh(2), ['该 bond 文件既没有 DEVICE 也没有 TYPE：NetworkManager 拒绝该文件（"File \'…\' had neither TYPE nor DEVICE keys"），其中的配置都不会生效。']);
    assert.deepEqual(zh(3), ['该 bond 文件没有 DEVICE：initscripts 的 ifup 会退出（"Device name does not seem to be present."）。']);
  });

  it('messages in Simplified Chinese name the option and values', () => {
    const { diagnostics } = run('opts.delay-not-multiple', CASES['opts.delay-not-multiple']![0]!, 'zh-cn');
    assert.equal(diagnostics[0]!.message, 'updelay=250 不是 miimon（100 毫秒）的整数倍：内核会向下取整为 200 毫秒。');
  });

  it('a well-formed bond and its ports produce no finding but the switch note', () => {
    const others = { 'ifcfg-eth0': PORT('eth0'), 'ifcfg-eth1': PORT('eth1') };
    const all = (name: string, text: string) => {
      const workspace = new InMemoryWorkspace();
      for (const [n, t] of Object.entries({ ...others, 'ifcfg-bond0': `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast"\n` })) workspace.set({ uri: DIR + n, languageId: 'ifcfg', text: t });
      const service = createLanguageService({ workspace });
      service.configure({ switch: 'lacp' });
      return service.doValidation(TextDocument.create(DIR + name, 'ifcfg', 1, text)).map(show);
    };
    assert.deepEqual(all('ifcfg-bond0', `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 lacp_rate=fast"\n`), []);
    assert.deepEqual(all('ifcfg-eth0', PORT('eth0')), []);
  });

  it('a fix that would break the quoting of its line is not offered', () => {
    // `"miimon=0"x` sets miimon to 0x: the value's range runs across the closing quote, so replacing it would drop
    // the quote (`BONDING_OPTS="miimon=100`). The finding stays; the fix goes.
    const broken = run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=0"x\n`, expect: [] });
    assert.equal(broken.diagnostics.length, 1);
    assert.equal(broken.diagnostics[0]!.data, undefined);
    const plain = run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=0"\n`, expect: [] });
    assert.equal(applyFirstFix(plain.doc, plain.diagnostics[0]!), `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`);
  });
});

describe('SUSE option values in another case', () => {
  const SUSE_DIR = 'file:///etc/sysconfig/network/';
  function findings(opts: string): string[] {
    const text = `${SUSE_BOND}IPADDR=10.0.0.5/24\nBONDING_MODULE_OPTS="${opts}"\nBONDING_SLAVE0=eth0\nBONDING_SLAVE1=eth1\n`;
    const workspace = new InMemoryWorkspace();
    workspace.set({ uri: `${SUSE_DIR}ifcfg-bond0`, languageId: 'ifcfg', text });
    const service = createLanguageService({ workspace });
    service.configure({});
    return service.doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, text)).map((d) => `${d.code} ${show(d)}`);
  }

  // wicked reads every one of these through a name table compared with strcasecmp: the bond gets what the lowercase
  // spelling gives it, so every rule finds what it finds there, no more and no less.
  for (const opts of [
    'mode=Active-Backup miimon=100 lacp_rate=FAST',
    'mode=802.3AD miimon=100 lacp_rate=Fast xmit_hash_policy=Layer3+4 ad_select=Bandwidth',
    'mode=Balance-XOR miimon=100 xmit_hash_policy=ENCAP3+4 arp_validate=ALL fail_over_mac=Active primary_reselect=Better arp_all_targets=All',
    'mode=Active-Backup arp_interval=1000 arp_ip_target=192.0.2.1 arp_validate=Filter_Backup xmit_hash_policy=Layer2+3',
  ]) {
    it(`${opts}: the findings of the lowercase spelling`, () => {
      const lower = opts.replace(/=([^ ]+)/g, (_, v: string) => `=${v.toLowerCase()}`);
      const found = findings(opts);
      assert.deepEqual(found, findings(lower));
      assert.ok(!found.some((f) => f.startsWith('opts.invalid-value')), found.join('\n'));
    });
  }

  it('the reproduction from a SUSE system: only lacp_rate refused in active-backup, by wicked', () => {
    assert.deepEqual(findings('mode=Active-Backup miimon=100 lacp_rate=FAST'), [
      "opts.rejected-in-mode 5:52-66 wicked refuses lacp_rate=fast in mode active-backup, where it accepts only slow: wicked rejects this interface's whole configuration, so the interface is not set up.",
    ]);
  });
});

describe('SUSE option messages say what wicked does', () => {
  const SUSE_DIR = 'file:///etc/sysconfig/network/';
  /** Findings of one rule for the same options in a RHEL file (BONDING_OPTS) and in a SUSE file (BONDING_MODULE_OPTS). */
  function both(code: string, opts: string, lang = 'en'): { rhel: string[]; suse: string[] } {
    const rhel = run(code, { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="${opts}"\n`, expect: [] }, lang).diagnostics.map(show);
    const text = `${SUSE_BOND}BONDING_MODULE_OPTS="${opts}"\nBONDING_SLAVE0=eth0\nBONDING_SLAVE1=eth1\n`;
    const service = createLanguageService({ locale: lang });
    service.configure({});
    const suse = service
      .doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, text))
      .filter((d) => d.code === code)
      .map(show);
    return { rhel, suse };
  }
  const REJECTS = ": wicked rejects this interface's whole configuration, so the interface is not set up.";

  it('opts.unknown-option: the whole interface, not the one setting, is lost', () => {
    assert.deepEqual(both('opts.unknown-option', 'mode=1 miimon=100 foo=1'), {
      rhel: ['5:33-36 Unknown bonding option "foo": the setting is lost.'],
      suse: [`4:40-43 Unknown bonding option "foo"${REJECTS}`],
    });
    assert.deepEqual(both('opts.unknown-option', 'mode=1 miimon=100 foo=1', 'zh-cn'), {
      rhel: ['5:33-36 未知的 bonding 选项 "foo"：该设置会丢失。'],
      suse: ['4:40-43 未知的 bonding 选项 "foo"：wicked 会拒绝该接口的全部配置，该接口不会被启用。'],
    });
  });

  it('opts.not-settable: an option wicked does not know, module parameters included, rejects the interface', () => {
    assert.deepEqual(both('opts.not-settable', 'mode=802.3ad miimon=100 coupled_control=off peer_notif_delay=200 max_bonds=2'), {
      rhel: [
        '5:39-54 initscripts (network-scripts), NetworkManager cannot apply coupled_control: the setting is ignored.',
        '5:80-89 max_bonds is a parameter of the bonding module (modprobe.d), not an option of one bond: neither initscripts nor NetworkManager can apply it from this file, so the setting is ignored.',
      ],
      suse: [`4:46-61 coupled_control is not an option wicked knows${REJECTS}`, `4:66-82 peer_notif_delay is not an option wicked knows${REJECTS}`, `4:87-96 max_bonds is not an option wicked knows${REJECTS}`],
    });
    assert.deepEqual(both('opts.not-settable', 'mode=802.3ad miimon=100 peer_notif_delay=200', 'zh-cn').suse, [
      '4:46-62 wicked 不认识选项 peer_notif_delay：wicked 会拒绝该接口的全部配置，该接口不会被启用。',
    ]);
  });

  it('opts.invalid-value: a value the kernel takes and wicked cannot parse rejects the interface', () => {
    // wicked reads these with ni_parse_uint: a kernel keyword is no number to it; arp_ip_target items must be addresses.
    assert.deepEqual(both('opts.invalid-value', 'mode=1 miimon=100 all_slaves_active=on updelay=maxval').suse, [
      `4:58-60 all_slaves_active: wicked does not know the value "on"${REJECTS}`,
      `4:69-75 updelay: wicked does not know the value "maxval"${REJECTS}`,
    ]);
    // The kernel would round maxval down to a multiple of miimon; wicked never gets that far.
    assert.deepEqual(both('opts.delay-not-multiple', 'mode=1 miimon=100 all_slaves_active=on updelay=maxval'), {
      rhel: ['5:62-68 updelay=2147483647 is not a multiple of miimon (100 ms): the kernel rounds it down to 2147483600 ms.'],
      suse: [],
    });
    assert.deepEqual(both('opts.invalid-value', 'mode=1 arp_interval=100 arp_ip_target=+192.0.2.1').suse, [`4:60-70 arp_ip_target: wicked does not know the value "+192.0.2.1"${REJECTS}`]);
    // Digits, and the names in wicked's own tables in any case, are what it parses; initscripts and NetworkManager
    // are not concerned (opts.nm-refused-value speaks of NetworkManager).
    assert.deepEqual(both('opts.invalid-value', 'mode=Active-Backup miimon=100 all_slaves_active=1 updelay=200 arp_validate=All'), {
      rhel: [
        '5:20-33 mode: invalid value "Active-Backup"; expected one of balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6), or default.',
        '5:90-93 arp_validate: invalid value "All"; expected one of none (0), active (1), backup (2), all (3), filter (4), filter_active (5), filter_backup (6), or default.',
      ],
      suse: [],
    });
    assert.deepEqual(both('opts.invalid-value', 'mode=1 miimon=100 all_slaves_active=on').rhel, []);
  });

  it('opts.malformed-option: an item without "=", name or value rejects the interface', () => {
    assert.deepEqual(both('opts.malformed-option', 'mode=1 miimon=100 =5 primary downdelay='), {
      rhel: [
        '5:33-35 "=5" has no option name: it is skipped.',
        '5:36-43 "primary" has no "=": NetworkManager skips it, and initscripts writes "primary" as its own value (primary=primary).',
        '5:44-54 "downdelay=" has no value: NetworkManager skips it, and the kernel refuses an empty value.',
      ],
      suse: [`4:40-42 "=5" has no option name${REJECTS}`, `4:43-50 "primary" has no "="${REJECTS}`, `4:51-61 "downdelay=" has no value${REJECTS}`],
    });
    assert.deepEqual(both('opts.malformed-option', 'mode=1 miimon=100 primary', 'zh-cn').suse, ['4:40-47 "primary" 没有 "="：wicked 会拒绝该接口的全部配置，该接口不会被启用。']);
  });

  it('opts.malformed-option: tabs between items are separators for wicked', () => {
    assert.deepEqual(both('opts.malformed-option', 'mode=1\tmiimon=100\tprimary=eth0'), {
      rhel: ['5:21-22 Options separated by a tab: NetworkManager splits BONDING_OPTS on spaces only and reads the tab as part of a value.', '5:32-33 Options separated by a tab: NetworkManager splits BONDING_OPTS on spaces only and reads the tab as part of a value.'],
      suse: [],
    });
  });

  it('opts.malformed-option: a value with "=" has one reading for wicked, which the value check judges', () => {
    assert.deepEqual(both('opts.malformed-option', 'mode=1 miimon=100 primary=eth0=x'), {
      rhel: ['5:33-47 "primary=eth0=x" has more than one "=": NetworkManager keeps everything after the first, and initscripts only what follows the last.'],
      suse: [],
    });
    assert.equal(both('opts.invalid-value', 'mode=1 miimon=100 arp_validate=none=1').suse.length, 1);
  });

  // src/bonding.c ni_bonding_validate, run by client/suse/compat-suse.c try_bonding on the options it has read.
  it('opts.rejected-in-mode: an option wicked refuses in the mode rejects the interface', () => {
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=active-backup miimon=100 lacp_rate=fast xmit_hash_policy=layer3+4 min_links=2'), {
      rhel: ['5:45-59 The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.'],
      suse: [
        `4:52-66 wicked refuses lacp_rate=fast in mode active-backup, where it accepts only slow${REJECTS}`,
        `4:67-92 wicked refuses xmit_hash_policy=layer3+4 in mode active-backup, where it accepts only layer2${REJECTS}`,
        `4:93-104 wicked refuses min_links=2 in mode active-backup, where it accepts only 0${REJECTS}`,
      ],
    });
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=active-backup miimon=100 lacp_rate=fast', 'zh-cn').suse, [
      '4:52-66 wicked 在 active-backup 模式下拒绝 lacp_rate=fast（该模式下只接受 slow）：wicked 会拒绝该接口的全部配置，该接口不会被启用。',
    ]);
  });

  it('opts.rejected-in-mode: the value-bound rows of wicked in 802.3ad', () => {
    const opts = 'mode=802.3ad miimon=100 resend_igmp=5 primary=eth0 primary_reselect=better num_grat_arp=3 tlb_dynamic_lb=0 packets_per_slave=2';
    assert.deepEqual(both('opts.rejected-in-mode', opts), {
      rhel: [
        '5:53-65 The kernel refuses primary in mode 802.3ad ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.',
        '5:105-121 The kernel refuses tlb_dynamic_lb in mode 802.3ad ("mode dependency failed"): the setting is lost.',
        '5:122-141 The kernel refuses packets_per_slave in mode 802.3ad ("mode dependency failed"): the setting is lost.',
      ],
      suse: [
        `4:46-59 wicked refuses resend_igmp=5 in mode 802.3ad, where it accepts at most 1${REJECTS}`,
        `4:60-72 wicked refuses primary in mode 802.3ad${REJECTS}`,
        `4:73-96 wicked refuses primary_reselect=better in mode 802.3ad, where it accepts only always${REJECTS}`,
        `4:97-111 wicked refuses num_grat_arp=3 in mode 802.3ad, where it accepts at most 1${REJECTS}`,
        `4:112-128 wicked refuses tlb_dynamic_lb=0 in mode 802.3ad, where it does not accept 0${REJECTS}`,
        `4:129-148 wicked refuses packets_per_slave=2 in mode 802.3ad, where it accepts only 1${REJECTS}`,
      ],
    });
    // The values each row lets through, which the kernel accepts too in 802.3ad or, for primary_reselect, ignores.
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=802.3ad miimon=100 resend_igmp=1 primary_reselect=always num_grat_arp=1 tlb_dynamic_lb=1').suse, [
      '4:99-115 wicked does not pass tlb_dynamic_lb to the kernel in mode 802.3ad: the setting is ignored.',
    ]);
  });

  it('opts.rejected-in-mode: ARP monitoring rows of wicked', () => {
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=802.3ad arp_interval=100 arp_ip_target=192.0.2.1 arp_validate=none'), {
      rhel: [
        '5:28-44 The kernel refuses arp_interval in mode 802.3ad ("mode dependency failed"): the setting is lost.',
        '5:69-86 The kernel refuses arp_validate in mode 802.3ad ("mode dependency failed"): the setting is lost.',
      ],
      suse: [
        `4:35-51 wicked refuses arp_interval in mode 802.3ad${REJECTS}`,
        `4:52-75 wicked refuses arp_ip_target in mode 802.3ad${REJECTS}`,
        `4:76-93 wicked refuses arp_validate with arp_interval in mode 802.3ad${REJECTS}`,
      ],
    });
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=balance-rr arp_interval=100 arp_ip_target=192.0.2.1 arp_validate=all').suse, [
      `4:79-95 wicked refuses arp_validate=all with arp_interval in mode balance-rr, where it accepts only none${REJECTS}`,
    ]);
    // Without arp_interval wicked does not judge arp_validate, and does not send it in 802.3ad.
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=balance-rr miimon=100 arp_validate=all').suse, []);
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=802.3ad miimon=100 arp_validate=all').suse, [
      '4:46-62 wicked does not pass arp_validate to the kernel in mode 802.3ad: the setting is ignored.',
    ]);
  });

  it('opts.rejected-in-mode: a value wicked accepts where the kernel would refuse the option is not sent', () => {
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=active-backup miimon=100 lacp_rate=slow xmit_hash_policy=layer2 ad_actor_sys_prio=100'), {
      rhel: [
        '5:45-59 The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): the setting is lost.',
        '5:84-105 The kernel refuses ad_actor_sys_prio in mode active-backup ("mode dependency failed"): the setting is lost.',
      ],
      suse: [
        '4:52-66 wicked does not pass lacp_rate to the kernel in mode active-backup: the setting is ignored.',
        '4:91-112 wicked does not pass ad_actor_sys_prio to the kernel in mode active-backup: the setting is ignored.',
      ],
    });
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=active-backup miimon=100 lacp_rate=slow', 'zh-cn').suse, [
      '4:52-66 wicked 在 active-backup 模式下不会把 lacp_rate 传给内核：该设置会被忽略。',
    ]);
    // wicked validates the last item of a name: an earlier refused value is overwritten before it is judged.
    assert.deepEqual(both('opts.rejected-in-mode', 'mode=active-backup miimon=100 lacp_rate=fast lacp_rate=slow').suse, [
      '4:52-66 wicked does not pass lacp_rate to the kernel in mode active-backup: the setting is ignored.',
      '4:67-81 wicked does not pass lacp_rate to the kernel in mode active-backup: the setting is ignored.',
    ]);
  });

  it('opts.ineffective-in-mode: not for an item wicked refuses, still for one it accepts', () => {
    const opts = 'mode=active-backup miimon=100 xmit_hash_policy=layer3+4 min_links=2 ad_select=bandwidth';
    assert.deepEqual(both('opts.ineffective-in-mode', opts), {
      rhel: [
        '5:45-70 xmit_hash_policy does nothing in mode active-backup.',
        '5:71-82 min_links does nothing in mode active-backup.',
        '5:83-102 ad_select does nothing in mode active-backup.',
      ],
      suse: [],
    });
    assert.deepEqual(both('opts.ineffective-in-mode', 'mode=active-backup miimon=100 xmit_hash_policy=layer2 min_links=0').suse, [
      '4:52-75 xmit_hash_policy does nothing in mode active-backup.',
      '4:76-87 min_links does nothing in mode active-backup.',
    ]);
  });

  it('no item of a SUSE file is reported both as refused and as doing nothing', () => {
    const opts = 'mode=802.3ad arp_interval=100 arp_ip_target=192.0.2.1 xmit_hash_policy=layer2+3 fail_over_mac=active primary_reselect=better';
    const text = `${SUSE_BOND}BONDING_MODULE_OPTS="${opts}"\nBONDING_SLAVE0=eth0\nBONDING_SLAVE1=eth1\n`;
    const service = createLanguageService({});
    service.configure({});
    const found = service
      .doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, text))
      .filter((d) => d.code === 'opts.rejected-in-mode' || d.code === 'opts.ineffective-in-mode');
    const at = found.map((d) => `${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(at, [...new Set(at)], found.map(show).join('\n'));
    assert.deepEqual(
      found.filter((d) => d.code === 'opts.ineffective-in-mode').map(show),
      [],
    );
    assert.equal(found.length, 4);
  });

  it('the docs of the option rules say what wicked does', () => {
    const docs = IFCFG_RULES.filter((r) => ['opts.unknown-option', 'opts.not-settable', 'opts.malformed-option', 'opts.invalid-value'].includes(r.code)).map((r) => r.doc.description);
    assert.equal(docs.length, 4);
    for (const d of docs) {
      assert.match(d.en, /wicked rejects the whole configuration of the interface \("Unable to parse bonding option"\) and does not set the interface up/);
      assert.match(d.zh, /wicked 会拒绝该接口的全部配置（日志为 "Unable to parse bonding option"），该接口不会被启用/);
    }
  });

  it('the docs of the mode rules say what wicked does in SUSE files', () => {
    const doc = (code: string) => IFCFG_RULES.find((r) => r.code === code)!.doc.description;
    assert.match(doc('opts.rejected-in-mode').en, /In SUSE files wicked checks the options against the mode itself/);
    assert.match(doc('opts.rejected-in-mode').en, /is not sent to the kernel in that mode, so it is ignored without an error/);
    assert.match(doc('opts.rejected-in-mode').zh, /在 SUSE 文件中，wicked 会在任何设置到达内核之前自行按模式检查选项/);
    assert.match(doc('opts.ineffective-in-mode').en, /In SUSE files wicked refuses several of them/);
    assert.match(doc('opts.ineffective-in-mode').zh, /在 SUSE 文件中，wicked 会在这些选项的适用模式以外拒绝/);
  });
});

describe('what each reader does with the monitor options', () => {
  const SUSE_DIR = 'file:///etc/sysconfig/network/';
  const rhel = (code: string, opts: string) => run(code, { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="${opts}"\n`, expect: [] }).diagnostics.map(show);
  const suse = (code: string, opts: string) =>
    createLanguageService()
      .doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, `${SUSE_BOND}BONDING_MODULE_OPTS="${opts}"\nBONDING_SLAVE0=eth0\n`))
      .filter((d) => d.code === code)
      .map(show);
  const REJECTS = ": wicked rejects this interface's whole configuration, so the interface is not set up.";

  it('miimon=0 written after a mode that gets miimon=100 leaves the bond without a link monitor', () => {
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=802.3ad miimon=0'), ['5:28-36 miimon=0 turns MII monitoring off and arp_interval is not set: the bond will not detect a failed link.']);
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=802.3ad'), []);
  });

  it('an arp_interval that the mode refuses neither stops MII monitoring nor counts as a monitor', () => {
    // balance-tlb gets miimon=100 from its mode; the kernel refuses arp_interval there, so the delay works.
    assert.deepEqual(rhel('opts.delay-without-miimon', 'mode=balance-tlb arp_interval=1000 arp_ip_target=192.0.2.1 downdelay=300'), []);
    assert.deepEqual(rhel('opts.delay-not-multiple', 'mode=balance-tlb arp_interval=1000 arp_ip_target=192.0.2.1 downdelay=250'), [
      '5:84-87 downdelay=250 is not a multiple of miimon (100 ms): the kernel rounds it down to 200 ms.',
    ]);
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=802.3ad miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), [
      '5:28-36 miimon=0 turns MII monitoring off, and the kernel refuses arp_interval=1000 in mode 802.3ad: the bond will not detect a failed link.',
    ]);
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=balance-alb miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), [
      '5:32-40 miimon=0 turns MII monitoring off, and the kernel refuses arp_interval=1000 in mode balance-alb: under initscripts the bond will not detect a failed link, and NetworkManager refuses the profile.',
    ]);
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=802.3ad miimon=off arp_interval=1000 arp_ip_target=192.0.2.1'), [
      '5:28-38 miimon=off turns MII monitoring off, and the kernel refuses arp_interval=1000 in mode 802.3ad: under initscripts the bond will not detect a failed link (NetworkManager drops miimon=off and sets miimon=100 itself).',
    ]);
    assert.deepEqual(rhel('opts.no-link-monitoring', 'mode=balance-rr miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), []);
    // wicked takes any arp_interval for a monitor and refuses it in these modes itself (opts.rejected-in-mode).
    assert.deepEqual(suse('opts.no-link-monitoring', 'mode=802.3ad miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), []);
    const { doc, diagnostics } = run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=802.3ad miimon=0 arp_interval=1000"\n`, expect: [] });
    assert.equal(applyFirstFix(doc, diagnostics[0]!), `${BOND}BONDING_OPTS="mode=802.3ad miimon=100 arp_interval=1000"\n`);
    const zh = run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=balance-alb miimon=0 arp_interval=1000"\n`, expect: [] }, 'zh-cn');
    assert.deepEqual(zh.diagnostics.map(show), [
      '5:32-40 miimon=0 关闭了 MII 监测，且内核在 balance-alb 模式下拒绝 arp_interval=1000：使用 initscripts 时 bond 无法发现链路故障，NetworkManager 则会拒绝整个配置。',
    ]);
  });

  it('wicked rejects a bond without a link monitor, in every mode', () => {
    assert.deepEqual(suse('opts.no-link-monitoring', 'mode=802.3ad'), [`4:1-20 Neither miimon nor arp_interval is set${REJECTS}`]);
  });

  it('arp_interval=0 without miimon is named as what turns the monitor off', () => {
    assert.deepEqual(suse('opts.no-link-monitoring', 'mode=1 arp_interval=0'), [`4:29-43 arp_interval=0 turns ARP monitoring off and miimon is not set${REJECTS}`]);
    const found = run('opts.no-link-monitoring', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 arp_interval=0"\n`, expect: [] });
    assert.deepEqual(found.diagnostics.map(show), [
      '5:22-36 arp_interval=0 turns ARP monitoring off and miimon is not set: under initscripts the bond will not detect a failed link (NetworkManager sets miimon=100 itself).',
    ]);
    assert.equal(applyFirstFix(found.doc, found.diagnostics[0]!), `${BOND}BONDING_OPTS="mode=1 arp_interval=0 miimon=100"\n`);
  });

  it('miimon with arp_interval: what happens depends on the reader; in modes that refuse arp_interval only that is reported', () => {
    assert.deepEqual(suse('opts.monitor-conflict', 'mode=1 miimon=100 arp_interval=1000 arp_ip_target=192.0.2.1'), [`4:29-39 miimon=100 and arp_interval=1000 are both set${REJECTS}`]);
    assert.deepEqual(rhel('opts.monitor-conflict', 'mode=802.3ad miimon=100 arp_interval=1000'), []);
    // wicked asks for a monitor for each name written, 0 or not; both at 0 is a bond without a monitor.
    assert.deepEqual(suse('opts.monitor-conflict', 'mode=1 miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), [`4:29-37 miimon=0 and arp_interval=1000 are both set${REJECTS}`]);
    assert.deepEqual(suse('opts.monitor-conflict', 'mode=1 miimon=100 arp_interval=0'), [`4:29-39 miimon=100 and arp_interval=0 are both set${REJECTS}`]);
    assert.deepEqual(suse('opts.monitor-conflict', 'mode=1 miimon=0 arp_interval=0'), []);
    assert.deepEqual(rhel('opts.monitor-conflict', 'mode=1 miimon=0 arp_interval=1000 arp_ip_target=192.0.2.1'), []);
    assert.deepEqual(rhel('opts.monitor-conflict', 'mode=1 miimon=100 arp_interval=0'), []);
    assert.deepEqual(rhel('opts.arp-incomplete', 'mode=802.3ad miimon=100 arp_interval=1000'), []);
    assert.deepEqual(rhel('opts.arp-incomplete', 'mode=802.3ad miimon=100 arp_ip_target=192.0.2.1'), [
      '5:39-62 arp_ip_target without arp_interval: the targets are never probed, and NetworkManager refuses the profile.',
    ]);
  });

  it('an IPv6 NS target is a target of the ARP monitor', () => {
    assert.deepEqual(rhel('opts.arp-incomplete', 'mode=1 arp_interval=1000 ns_ip6_target=2001:db8::1'), []);
    assert.deepEqual(rhel('opts.arp-incomplete', 'mode=1 miimon=100 ns_ip6_target=2001:db8::1'), [
      '5:33-58 ns_ip6_target without arp_interval: the targets are never probed, and NetworkManager refuses the profile.',
    ]);
    assert.deepEqual(suse('opts.arp-incomplete', 'mode=1 arp_interval=1000'), [`4:29-46 arp_interval=1000 is set without arp_ip_target${REJECTS}`]);
  });

  it('a delay without miimon: NetworkManager sets miimon=100 when no monitor is written, and refuses an explicit miimon=0', () => {
    assert.deepEqual(rhel('opts.delay-without-miimon', 'mode=1 updelay=200'), [
      '5:22-33 updelay=200 has no effect under initscripts: MII monitoring is off (miimon 0), and the kernel refuses the delay. NetworkManager sets miimon=100 itself and keeps it.',
    ]);
    assert.deepEqual(rhel('opts.delay-without-miimon', 'mode=1 miimon=0 updelay=200'), [
      '5:31-42 updelay=200 has no effect: MII monitoring is off (miimon 0), the kernel refuses the delay, and NetworkManager refuses the profile.',
    ]);
  });

  it('wicked rejects a hash policy missing from its table and a delay below one poll', () => {
    assert.deepEqual(suse('opts.invalid-value', 'mode=2 miimon=100 xmit_hash_policy=vlan+srcmac'), [`4:57-68 xmit_hash_policy: wicked does not know the value "vlan+srcmac"${REJECTS}`]);
    // Its number is parsed, and refused by ni_bonding_validate ("unsupported xmit hash policy"); so is ad_select's 3.
    assert.deepEqual(suse('opts.invalid-value', 'mode=2 miimon=100 xmit_hash_policy=5'), [`4:57-58 xmit_hash_policy: wicked does not know the value "5"${REJECTS}`]);
    assert.deepEqual(suse('opts.invalid-value', 'mode=4 miimon=100 ad_select=3 xmit_hash_policy=2'), [`4:50-51 ad_select: wicked does not know the value "3"${REJECTS}`]);
    assert.deepEqual(suse('opts.delay-not-multiple', 'mode=1 miimon=100 updelay=50'), [`4:48-50 updelay=50 is smaller than miimon (100 ms)${REJECTS}`]);
    assert.deepEqual(rhel('opts.delay-not-multiple', 'mode=1 miimon=100 updelay=50'), ['5:41-43 updelay=50 is not a multiple of miimon (100 ms): the kernel rounds it down to 0 ms.']);
  });

  it('wicked rejects nothing of a file whose bonding variables it does not read (no BONDING_MASTER=yes) until it does', () => {
    const unread = (master: string, lang = 'en') =>
      createLanguageService({ locale: lang })
        .doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, `STARTMODE=auto\n${master}BONDING_MODULE_OPTS="mode=1 miimon=100 updelay=50"\nBONDING_SLAVE0=eth0\n`))
        .filter((d) => d.code === 'opts.delay-not-multiple')
        .map(show);
    const once = ": once BONDING_MASTER=yes is set, wicked will reject this interface's whole configuration and not set the interface up.";
    assert.deepEqual(unread(''), [`2:48-50 updelay=50 is smaller than miimon (100 ms)${once}`]);
    assert.deepEqual(unread('BONDING_MASTER=no\n'), [`3:48-50 updelay=50 is smaller than miimon (100 ms)${once}`]);
    assert.deepEqual(unread('BONDING_MASTER=1\n', 'zh-cn'), ['3:48-50 updelay=50 小于 miimon（100 毫秒）：设置 BONDING_MASTER=yes 后，wicked 会拒绝该接口的全部配置，不会启用该接口。']);
    assert.deepEqual(unread("BONDING_MASTER='On'\n"), [`3:48-50 updelay=50 is smaller than miimon (100 ms)${REJECTS}`]);
  });

  it('NetworkManager refuses the profile only for a value it can read', () => {
    assert.deepEqual(rhel('opts.rejected-in-mode', 'mode=1 miimon=100 lacp_rate=1'), [
      '5:33-44 The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.',
    ]);
    assert.deepEqual(rhel('opts.rejected-in-mode', 'mode=1 miimon=100 lacp_rate=FAST'), ['5:33-47 The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): the setting is lost.']);
  });

  it('a value the kernel takes and NetworkManager drops', () => {
    assert.deepEqual(rhel('opts.nm-refused-value', 'mode=4 miimon=100 all_slaves_active=on ad_select=actor_port_prio arp_ip_target=+192.0.2.1'), [
      '5:51-53 NetworkManager drops all_slaves_active=on: it accepts decimal digits from 0 to 1. initscripts applies it.',
      '5:64-79 NetworkManager drops ad_select=actor_port_prio: it accepts one of stable (0), bandwidth (1), count (2). initscripts applies it.',
    ]);
    assert.deepEqual(suse('opts.nm-refused-value', 'mode=4 miimon=100 all_slaves_active=on'), []);
    const { doc, diagnostics } = run('opts.nm-refused-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 lp_interval=maxval"\n`, expect: [] });
    assert.equal(applyFirstFix(doc, diagnostics[0]!), `${BOND}BONDING_OPTS="mode=1 miimon=100 lp_interval=2147483647"\n`);
  });

  it('a primary no interface can be named: the kernel keeps it, NetworkManager drops it', () => {
    assert.deepEqual(rhel('opts.invalid-value', 'mode=1 miimon=100 primary=eth0/1 primary_reselect=better'), []);
    assert.deepEqual(rhel('opts.nm-refused-value', 'mode=1 miimon=100 primary=eth0/1'), [
      '5:41-47 NetworkManager drops primary=eth0/1: it accepts an interface name of at most 15 characters without "/", ":" or blanks. initscripts writes it, and the kernel keeps it, but no interface can have that name.',
    ]);
    assert.deepEqual(rhel('opts.nm-refused-value', 'mode=1 miimon=100 primary=enp1s0f0np0-uplink'), [
      '5:41-59 NetworkManager drops primary=enp1s0f0np0-uplink: it accepts an interface name of at most 15 characters without "/", ":" or blanks. initscripts writes it, and the kernel keeps only its first 15 characters, enp1s0f0np0-upl.',
    ]);
    assert.deepEqual(run('opts.nm-refused-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 primary=eth0/1"\n`, expect: [] }, 'zh-cn').diagnostics.map(show), [
      '5:41-47 NetworkManager 会丢弃 primary=eth0/1：其取值应为接口名，最多 15 个字符，不含 “/”、“:” 或空白。initscripts 会写入它，内核会保留它，但任何接口都不可能叫这个名字。',
    ]);
    // In a mode that refuses primary, initscripts applies nothing: opts.rejected-in-mode says so.
    assert.deepEqual(rhel('opts.nm-refused-value', 'mode=802.3ad miimon=100 primary=eth0/1'), []);
    assert.deepEqual(rhel('opts.nm-refused-value', 'mode=802.3ad miimon=100 tlb_dynamic_lb=on'), []);
    assert.deepEqual(rhel('opts.rejected-in-mode', 'mode=802.3ad miimon=100 primary=eth0/1'), ['5:39-53 The kernel refuses primary in mode 802.3ad ("mode dependency failed"): the setting is lost.']);
  });

  it('use_carrier=off: only older kernels take it or its number, so no change to 0 is offered', () => {
    const { diagnostics } = run('opts.nm-refused-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 use_carrier=off"\n`, expect: [] });
    assert.deepEqual(diagnostics.map(show), ['5:45-48 NetworkManager drops use_carrier=off: it accepts decimal digits from 0 to 1. initscripts writes it; only older kernels accept it.']);
    assert.deepEqual((diagnostics[0]!.data as { fixes?: unknown[] } | undefined)?.fixes ?? [], []);
    assert.deepEqual(run('opts.nm-refused-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 use_carrier=off"\n`, expect: [] }, 'zh-cn').diagnostics.map(show), [
      '5:45-48 NetworkManager 会丢弃 use_carrier=off：其取值应为0 到 1 之间的十进制数字。initscripts 会写入它；只有较旧的内核接受它。',
    ]);
    // on, the one value every kernel takes, keeps its safe change to 1
    const on = run('opts.nm-refused-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 use_carrier=on"\n`, expect: [] });
    assert.deepEqual(on.diagnostics.map(show), ['5:45-47 NetworkManager drops use_carrier=on: it accepts decimal digits from 0 to 1. initscripts applies it.']);
    assert.equal(applyFirstFix(on.doc, on.diagnostics[0]!), `${BOND}BONDING_OPTS="mode=1 miimon=100 use_carrier=1"\n`);
  });

  it('an alias is named as the file writes it', () => {
    assert.deepEqual(rhel('opts.ineffective-in-mode', 'mode=balance-tlb miimon=100 num_grat_arp=2'), ['5:43-57 num_grat_arp does nothing in mode balance-tlb.']);
    assert.deepEqual(rhel('opts.ineffective-in-mode', 'mode=balance-tlb miimon=100 num_unsol_na=2'), ['5:43-57 num_unsol_na does nothing in mode balance-tlb.']);
    assert.deepEqual(rhel('opts.invalid-value', 'mode=1 miimon=100 num_grat_arp=300'), ['5:46-49 num_grat_arp: invalid value "300"; expected an integer from 0 to 255, or off, maxval, default.']);
    assert.deepEqual(run('opts.ineffective-in-mode', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=balance-tlb miimon=100 num_grat_arp=2"\n`, expect: [] }, 'zh-cn').diagnostics.map(show), [
      '5:43-57 num_grat_arp 在 balance-tlb 模式下不起作用。',
    ]);
  });

  it('file names: each reader has its own backup suffixes; a file named after its NAME is NetworkManager\'s', () => {
    const at = (dir: string, name: string, text: string, code: string) =>
      createLanguageService()
        .doValidation(TextDocument.create(`${dir}${name}`, 'ifcfg', 1, text))
        .filter((d) => d.code === code)
        .map(show);
    const bond = `${BOND}BONDING_OPTS="mode=1 miimon=100"\n`;
    assert.deepEqual(at(DIR, 'ifcfg-bond0.rpmsave', bond, 'ifcfg.ignored-file-name'), [
      '1:1-1 initscripts ignores ifcfg-bond0.rpmsave (it ends in ".rpmsave" and is taken for a backup), but NetworkManager loads it as a profile of its own.',
    ]);
    assert.deepEqual(at(DIR, 'ifcfg-bond0.rej', bond, 'ifcfg.ignored-file-name'), ['1:1-1 NetworkManager ignores ifcfg-bond0.rej (it ends in ".rej" and is taken for a backup), but initscripts reads it.']);
    // NetworkManager compares its suffixes in any case (check_suffix) and skips rpm's temporary files (check_rpm_temp_suffix).
    assert.deepEqual(at(DIR, 'ifcfg-bond0.BAK', bond, 'ifcfg.ignored-file-name'), ['1:1-1 NetworkManager ignores ifcfg-bond0.BAK (it ends in ".BAK" and is taken for a backup), but initscripts reads it.']);
    assert.deepEqual(at(DIR, 'ifcfg-bond0;5f3a9C21', bond, 'ifcfg.ignored-file-name'), [
      '1:1-1 NetworkManager ignores ifcfg-bond0;5f3a9C21 (it ends in ";5f3a9C21", as rpm\'s temporary files do), but initscripts reads it.',
    ]);
    assert.deepEqual(
      createLanguageService({ locale: 'zh-cn' }).doValidation(TextDocument.create(`${DIR}ifcfg-bond0;5f3a9c21`, 'ifcfg', 1, bond)).filter((d) => d.code === 'ifcfg.ignored-file-name').map((d) => d.message),
      ['NetworkManager 会忽略 ifcfg-bond0;5f3a9c21（以 ";5f3a9c21" 结尾，与 rpm 的临时文件相同），但 initscripts 会读取它。'],
    );
    // Seven hex digits, or more than eight, are no rpm suffix.
    assert.deepEqual(at(DIR, 'ifcfg-bond0;5f3a9c2', bond, 'ifcfg.ignored-file-name'), []);
    assert.deepEqual(at(DIR, 'ifcfg-bond0;5f3a9c210', bond, 'ifcfg.ignored-file-name'), []);
    assert.deepEqual(at(SUSE_DIR, 'ifcfg-bond0.scpmbackup', SUSE_BOND, 'ifcfg.ignored-file-name'), [
      '1:1-1 wicked ignores ifcfg-bond0.scpmbackup (it ends in ".scpmbackup" and is taken for a backup): nothing in it applies.',
    ]);
    assert.deepEqual(at(DIR, 'ifcfg-bond0.bak', 'DEVICE=bond0\nTYPE=Bond\n', 'ifcfg.device-mismatch'), []);
    assert.deepEqual(at(DIR, 'ifcfg-Bond_connection_1', 'NAME="Bond connection 1"\nDEVICE=bond0\nTYPE=Bond\n', 'ifcfg.device-mismatch'), []);
    assert.deepEqual(at(SUSE_DIR, 'ifcfg-bond0', `${SUSE_BOND}DEVICE=bond7\n`, 'ifcfg.device-mismatch'), [
      '4:8-13 DEVICE=bond7 but the file is ifcfg-bond0: wicked does not read DEVICE and configures bond0.',
    ]);
  });

  it('TYPE=Ethernet on a bond: through BONDING_OPTS a bond to both readers; with BONDING_MASTER alone NetworkManager refuses it', () => {
    assert.deepEqual(run('ifcfg.bond-type', { name: 'ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_OPTS="mode=1 miimon=100"\n', expect: [] }).diagnostics.map(show), [
      '2:6-14 TYPE=Ethernet on a bond: NetworkManager and initscripts read it as a bond only because BONDING_OPTS is set; use TYPE=Bond.',
    ]);
    assert.deepEqual(run('ifcfg.bond-type', { name: 'ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Ethernet\nBONDING_MASTER=yes\n', expect: [] }).diagnostics.map(show), [
      '2:6-14 TYPE=Ethernet with BONDING_MASTER=yes and no BONDING_OPTS: NetworkManager refuses the file ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"); use TYPE=Bond.',
    ]);
  });

  it('option findings read against each reader: empty values, repeated targets, num_grat_arp, peer_notif_delay, wicked parsing', () => {
    const found = (text: string, uri = `${DIR}ifcfg-bond0`, lang = 'en') => {
      const service = createLanguageService({ workspace: new InMemoryWorkspace(), locale: lang });
      return service.doValidation(TextDocument.create(uri, 'ifcfg', 1, text)).filter((d) => String(d.code).startsWith('opts.')).map((d) => `${d.code} ${d.message}`);
    };
    const rhel = (opts: string) => found(`DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="${opts}"\n`);
    const SUSE = 'file:///etc/sysconfig/network/ifcfg-bond0';
    const suse = (opts: string) => found(`STARTMODE=auto\nBONDING_MASTER=yes\nBONDING_SLAVE0=eth0\nBONDING_MODULE_OPTS='${opts}'\n`, SUSE);
    // The kernel takes an empty primary as none; initscripts writes no address for an empty arp_ip_target.
    assert.deepEqual(rhel('mode=active-backup miimon=100 primary='), [
      'opts.malformed-option "primary=" has no value: NetworkManager skips it, and initscripts writes it empty, which the kernel takes as no primary.',
    ]);
    assert.deepEqual(rhel('mode=active-backup arp_interval=100 arp_ip_target='), [
      'opts.arp-incomplete arp_interval=100 without arp_ip_target or ns_ip6_target: there is nothing to probe, and NetworkManager refuses the profile.',
      'opts.malformed-option "arp_ip_target=" has no value: NetworkManager skips it, and initscripts adds no target.',
    ]);
    // NetworkManager's verify() refuses a peer_notif_delay that is no multiple of miimon.
    assert.deepEqual(rhel('mode=active-backup miimon=100 peer_notif_delay=150'), [
      'opts.delay-not-multiple peer_notif_delay=150 is not a multiple of miimon (100 ms): under initscripts the kernel rounds it down to 100 ms, and NetworkManager refuses the profile.',
    ]);
    // arp_interval=0 is no monitor to NetworkManager, which then sets miimon=100 itself.
    assert.ok(
      rhel('mode=active-backup arp_interval=0 updelay=200').includes(
        'opts.delay-without-miimon updelay=200 has no effect under initscripts: MII monitoring is off (miimon 0), and the kernel refuses the delay. NetworkManager sets miimon=100 itself and keeps it.',
      ),
    );
    // A repeated target fails NetworkManager's whole netlink request.
    assert.ok(
      rhel('mode=active-backup arp_interval=100 arp_ip_target=192.0.2.1,192.0.2.1').includes(
        'opts.duplicate-option arp_ip_target lists "192.0.2.1" a second time: initscripts adds it once; NetworkManager sends the list over netlink, where the kernel refuses the repeat and the whole request fails, so the bond is not activated.',
      ),
    );
    // Different num_grat_arp and num_unsol_na: one finding, by reader; wicked ignores their order.
    assert.deepEqual(rhel('mode=active-backup miimon=100 num_grat_arp=2 num_unsol_na=3'), [
      'opts.num-grat-arp-mismatch num_grat_arp=2 and num_unsol_na=3 set the same kernel value: under initscripts num_unsol_na=3 wins, and NetworkManager refuses the profile.',
    ]);
    assert.deepEqual(suse('mode=active-backup miimon=100 num_grat_arp=2 num_unsol_na=3'), [
      'opts.num-grat-arp-mismatch num_grat_arp=2 and num_unsol_na=3 set the same kernel value: wicked sends one of them whatever their order (num_unsol_na, unless the bond already has that value); write the same value in both.',
    ]);
    assert.deepEqual(rhel('mode=active-backup miimon=100 num_grat_arp=2 num_unsol_na=2'), ['opts.duplicate-option "num_grat_arp=2" is replaced by the later "num_unsol_na=2".']);
    // Two arp_ip_target items: wicked keeps the last; a bond only initscripts makes gets both, which is no finding.
    assert.deepEqual(suse('mode=active-backup arp_interval=100 arp_ip_target=192.0.2.1 arp_ip_target=192.0.2.2'), [
      'opts.duplicate-option "arp_ip_target=192.0.2.1" is replaced by the later "arp_ip_target=192.0.2.2".',
    ]);
    assert.deepEqual(found('DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="mode=active-backup arp_interval=100 arp_ip_target=192.0.2.1 arp_ip_target=192.0.2.2"\n'), []);
    // Three lists: each earlier one is compared with the list NetworkManager keeps, the last.
    assert.deepEqual(rhel('mode=active-backup arp_interval=100 arp_ip_target=192.0.2.1 arp_ip_target=192.0.2.2 arp_ip_target=192.0.2.3'), [
      'opts.duplicate-option "arp_ip_target=192.0.2.1" is followed by another arp_ip_target: initscripts adds the addresses of both, NetworkManager keeps only the last list (192.0.2.3).',
      'opts.duplicate-option "arp_ip_target=192.0.2.2" is followed by another arp_ip_target: initscripts adds the addresses of both, NetworkManager keeps only the last list (192.0.2.3).',
    ]);
    assert.ok(
      found('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=192.0.2.1 arp_ip_target=192.0.2.2"\n', `${DIR}ifcfg-bond0`, 'zh-cn').includes(
        'opts.duplicate-option "arp_ip_target=192.0.2.1" 之后还有一个 arp_ip_target：initscripts 会添加两者的全部地址，NetworkManager 只保留最后一个列表（192.0.2.2）。',
      ),
    );
    // wicked: a keyword is no number to it, and targets without an interval make it reject the interface.
    assert.deepEqual(suse('mode=active-backup miimon=off'), [
      "opts.no-link-monitoring wicked cannot parse miimon=off (decimal digits only): wicked rejects this interface's whole configuration, so the interface is not set up.",
    ]);
    assert.deepEqual(suse('mode=active-backup miimon=100 arp_ip_target=192.0.2.1'), [
      "opts.arp-incomplete arp_ip_target is set without arp_interval: wicked rejects this interface's whole configuration, so the interface is not set up.",
    ]);
    // initscripts writes a list that starts with "+" whole, and the kernel stops at the comma.
    const plus = run('opts.invalid-value', { name: 'ifcfg-bond0', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=active-backup arp_interval=100 arp_ip_target=+192.0.2.1,+192.0.2.2"\n', expect: [] });
    assert.deepEqual(plus.diagnostics.map(show), [
      '3:65-86 arp_ip_target=+192.0.2.1,+192.0.2.2: initscripts writes a list that starts with "+" in one piece, and the kernel adds only its first address (192.0.2.1); NetworkManager adds them all.',
    ]);
    assert.equal(applyFirstFix(plus.doc, plus.diagnostics[0]!), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=active-backup arp_interval=100 arp_ip_target=192.0.2.1,192.0.2.2"\n');
    assert.deepEqual(rhel('mode=active-backup arp_interval=100 arp_ip_target=+192.0.2.1'), []);
    assert.ok(found(`DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=active-backup miimon=100 primary="\n`, `${DIR}ifcfg-bond0`, 'zh-cn').includes('opts.malformed-option "primary=" 没有值：NetworkManager 会跳过它，initscripts 写入空值，内核视为不设 primary。'));
  });

  it('opts.arp-target-skipped: initscripts skips an address its grep finds in the targets already added', () => {
    const skipped = (text: string, uri = `${DIR}ifcfg-bond0`, lang = 'en') => {
      const service = createLanguageService({ workspace: new InMemoryWorkspace(), locale: lang });
      const doc = TextDocument.create(uri, 'ifcfg', 1, text);
      const diagnostics = service.doValidation(doc).filter((d) => d.code === 'opts.arp-target-skipped');
      return diagnostics.map((d) => `${show(d)}${(d.data as { fixes?: unknown[] } | undefined)?.fixes?.length ? ' [fix]' : ''}`);
    };
    const rhel = (targets: string, type = 'Bond') => skipped(`DEVICE=bond0\nTYPE=${type}\nBONDING_OPTS="mode=1 arp_interval=100 ${targets}"\n`);
    // A `.` matches any character: 192.0.2.1 is found in 192.0.201.5, which holds no such substring.
    assert.deepEqual(rhel('arp_ip_target=192.0.201.5,192.0.2.1'), [
      '3:65-74 initscripts does not add 192.0.2.1: before each address it runs "grep -q 192.0.2.1" on the bond\'s targets, which matches 192.0.201.5, added before it. NetworkManager adds it. [fix]',
    ]);
    // Across two items, and across two targets of the line (a `.` matches the blank between them): no reordering fix.
    assert.deepEqual(rhel('arp_ip_target=192.0.2.10 arp_ip_target=192.0.2.1'), [
      '3:78-87 initscripts does not add 192.0.2.1: before each address it runs "grep -q 192.0.2.1" on the bond\'s targets, which matches 192.0.2.10, added before it. NetworkManager adds it.',
    ]);
    assert.deepEqual(rhel('arp_ip_target=1.1.1.10,20.0.0.1,10.20.0.0'), [
      '3:71-80 initscripts does not add 10.20.0.0: before each address it runs "grep -q 10.20.0.0" on the bond\'s targets, which matches 1.1.1.10 20.0.0.1, added before it. NetworkManager adds it.',
    ]);
    // A list written whole with "+" adds its first address, which the next search then meets.
    assert.equal(rhel('arp_ip_target=+192.0.2.10 arp_ip_target=192.0.2.1').length, 1);
    // A refused address is not in the line; a repeated one is opts.duplicate-option's; shorter first is fine.
    assert.deepEqual(rhel('arp_ip_target=255.255.255.255,255.255.255.25'), []);
    assert.deepEqual(rhel('arp_ip_target=192.0.2.1,192.0.2.1'), []);
    assert.deepEqual(rhel('arp_ip_target=192.0.2.1,192.0.2.10,192.0.2.100'), []);
    // initscripts alone (TYPE=Bridge) says nothing of NetworkManager; wicked reads no list this way.
    assert.deepEqual(rhel('arp_ip_target=192.0.2.10,192.0.2.1', 'Bridge'), [
      '3:64-73 initscripts does not add 192.0.2.1: before each address it runs "grep -q 192.0.2.1" on the bond\'s targets, which matches 192.0.2.10, added before it. [fix]',
    ]);
    assert.deepEqual(skipped("STARTMODE=auto\nBONDING_MASTER=yes\nBONDING_MODULE_OPTS='mode=1 arp_interval=100 arp_ip_target=192.0.2.10,192.0.2.1'\n", 'file:///etc/sysconfig/network/ifcfg-bond0'), []);
    assert.deepEqual(skipped('DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 arp_interval=100 arp_ip_target=192.0.2.10,192.0.2.1"\n', `${DIR}ifcfg-bond0`, 'zh-cn'), [
      '3:64-73 initscripts 不会添加 192.0.2.1：它在写入每个地址前对 bond 已有的目标运行 "grep -q 192.0.2.1"，该命令匹配到先添加的 192.0.2.10。NetworkManager 会添加它。 [fix]',
    ]);
  });

  it('a bond only initscripts makes (TYPE=Bridge): the option findings say what initscripts does, nothing of NetworkManager', () => {
    const all = (text: string, lang = 'en') => {
      const service = createLanguageService({ workspace: new InMemoryWorkspace(), locale: lang });
      const doc = TextDocument.create(`${DIR}ifcfg-bond0`, 'ifcfg', 1, text);
      return service.doValidation(doc).filter((d) => String(d.code).startsWith('opts.')).map((d) => `${d.code} ${d.message}`);
    };
    const OPTS = 'BONDING_OPTS="mode=active-backup lacp_rate=fast max_bonds=2 ns_ip6_target=2001:db8::1 miimon=off updelay=200 num_grat_arp=2 num_unsol_na=3 primary"';
    const expected = [
      'opts.rejected-in-mode The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): the setting is lost.',
      'opts.not-settable max_bonds is a parameter of the bonding module (modprobe.d), not an option of one bond: initscripts cannot apply it from this file, so the setting is ignored.',
      'opts.arp-incomplete ns_ip6_target without arp_interval: the targets are never probed.',
      'opts.not-settable initscripts (network-scripts) cannot apply ns_ip6_target: the setting is ignored.',
      'opts.no-link-monitoring miimon=off turns MII monitoring off and arp_interval is not set: the bond will not detect a failed link.',
      'opts.delay-without-miimon updelay=200 has no effect: MII monitoring is off (miimon 0), and the kernel refuses the delay.',
      'opts.num-grat-arp-mismatch num_grat_arp=2 and num_unsol_na=3 set the same kernel value: num_unsol_na=3 wins.',
      'opts.malformed-option "primary" has no "=": initscripts writes "primary" as its own value (primary=primary).',
    ];
    assert.deepEqual(all(`DEVICE=bond0\nTYPE=Bridge\n${OPTS}\n`), expected);
    // NetworkManager refuses a file whose BONDING_MASTER=yes contradicts its TYPE: initscripts alone again.
    assert.deepEqual(all(`DEVICE=bond0\nTYPE=Bridge\nBONDING_MASTER=yes\n${OPTS}\n`), expected);
    // NM_CONTROLLED=no: NetworkManager leaves the device unmanaged and reads nothing of the file.
    assert.deepEqual(all(`DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=no\n${OPTS}\n`), expected);
    assert.deepEqual(all(`DEVICE=bond0\nTYPE=Bond\nNM_CONTROLLED=False\nBONDING_MASTER=yes\n${OPTS}\n`), expected);
    // Read as a bond by both, the same file names NetworkManager where it differs (miimon=off is one item more).
    const both = all(`DEVICE=bond0\nTYPE=Bond\n${OPTS}\n`);
    assert.equal(both.length, expected.length + 1);
    assert.ok(both.includes('opts.nm-refused-value NetworkManager drops miimon=off: it accepts decimal digits from 0 to 2147483647. initscripts applies it.'));
    assert.ok(both.includes('opts.rejected-in-mode The kernel refuses lacp_rate in mode active-backup ("mode dependency failed"): initscripts loses the setting, and NetworkManager refuses the whole profile.'));
    const zh = all(`DEVICE=bond0\nTYPE=Bridge\n${OPTS}\n`, 'zh-cn');
    assert.ok(zh.includes('opts.malformed-option "primary" 没有 "="：initscripts 会把 "primary" 本身当作值写入（primary=primary）。'));
    assert.ok(zh.includes('opts.not-settable max_bonds 是 bonding 模块的参数（modprobe.d），不是某个 bond 的选项：initscripts 无法从本文件应用它，该设置会被忽略。'));
    const monitors = (type: string, opts: string) => all(`DEVICE=bond0\nTYPE=${type}\nBONDING_OPTS="${opts}"\n`);
    assert.deepEqual(monitors('Bridge', 'mode=active-backup miimon=100 arp_interval=100 arp_ip_target=192.0.2.1'), [
      'opts.monitor-conflict miimon=100 and arp_interval=100 are both set: only one link monitor runs. initscripts writes miimon first, so ARP monitoring runs.',
    ]);
    assert.deepEqual(monitors('Bridge', 'mode=active-backup arp_interval=100'), ['opts.arp-incomplete arp_interval=100 without arp_ip_target or ns_ip6_target: there is nothing to probe.']);
    assert.deepEqual(monitors('Bridge', 'mode=active-backup miimon=100 arp_ip_target=192.0.2.1'), ['opts.arp-incomplete arp_ip_target without arp_interval: the targets are never probed.']);
    // Without a link monitor: NetworkManager would set miimon=100 itself, but it does not read these options.
    assert.deepEqual(monitors('Bridge', 'mode=active-backup'), ['opts.no-link-monitoring Neither miimon nor arp_interval is set: the bond will not detect a failed link.']);
    assert.deepEqual(monitors('Bond', 'mode=active-backup'), [
      'opts.no-link-monitoring Neither miimon nor arp_interval is set: under initscripts the bond will not detect a failed link (NetworkManager sets miimon=100 itself).',
    ]);
    // A tab separates items for the shell: only NetworkManager reads it into a value.
    assert.deepEqual(all('DEVICE=bond0\nTYPE=Bridge\nBONDING_OPTS="mode=active-backup\tmiimon=100"\n'), []);
  });

  it('TYPE other than Bond or exactly Ethernet: NetworkManager reads no bond, initscripts makes one from BONDING_OPTS', () => {
    const bondType = (text: string) => run('ifcfg.bond-type', { name: 'ifcfg-bond0', text, expect: [] }).diagnostics.map(show);
    const OPTS = 'BONDING_OPTS="mode=1 miimon=100"\n';
    const noBond = (type: string, then = '') =>
      `2:6-${6 + type.length} TYPE=${type} with BONDING_OPTS: initscripts creates a bond from BONDING_OPTS${then}, but NetworkManager does not read the file as a bond and ignores BONDING_OPTS (it takes them as a bond only with TYPE=Bond, no TYPE, or TYPE=Ethernet exactly so spelled); use TYPE=Bond.`;
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=ethernet\n${OPTS}`), [noBond('ethernet')]);
    // ifup-eth's bridge branch (`TYPE` compared as written) then runs `ip link add bond0 type bridge` on the bond.
    const STOPS = ', and then ifup-eth fails to add a bridge of the same name and stops';
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=Bridge\n${OPTS}`), [noBond('Bridge', STOPS)]);
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=bridge\n${OPTS}`), [noBond('bridge')]);
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=Bridge\nBONDING_MASTER=yes\n${OPTS}`), [
      `2:6-12 TYPE=Bridge with BONDING_MASTER=yes: NetworkManager refuses the file ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"), while initscripts creates a bond from BONDING_OPTS${STOPS}; use TYPE=Bond.`,
    ]);
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=ethernet\nBONDING_MASTER=yes\n`), [
      '2:6-14 TYPE=ethernet with BONDING_MASTER=yes and no BONDING_OPTS: NetworkManager refuses the file ("BONDING_MASTER=yes key only allowed in TYPE=bond connections"); use TYPE=Bond.',
    ]);
    // NetworkManager compares Bond in any case, and initscripts does not read TYPE for a bond.
    assert.deepEqual(bondType(`DEVICE=bond0\nTYPE=BOND\n${OPTS}`), []);
    // An empty BONDING_OPTS makes a bond to neither reader; BONDING_MASTER=on is no to NetworkManager.
    assert.deepEqual(bondType('DEVICE=bond0\nTYPE=Ethernet\nBONDING_OPTS=\n'), []);
    assert.deepEqual(bondType('DEVICE=bond0\nTYPE=Ethernet\nBONDING_MASTER=on\n'), []);
    const role = (text: string) => ifcfgModel(text, 'file:///etc/sysconfig/network-scripts/ifcfg-bond0').role;
    assert.equal(role('DEVICE=bond0\nTYPE=Ethernet\nBONDING_OPTS=\n'), 'other');
    assert.equal(role('DEVICE=bond0\nBONDING_MASTER=on\n'), 'other');
    assert.deepEqual(ifcfgModel(`DEVICE=bond0\nTYPE=ethernet\n${OPTS}`, 'file:///etc/sysconfig/network-scripts/ifcfg-bond0').rhel, { nmManaged: true, nmBond: false, nmReadsOpts: false, nmRefused: false, initscriptsBond: true });
    assert.deepEqual(ifcfgModel(`DEVICE=bond0\nTYPE=Ethernet\n${OPTS}`, 'file:///etc/sysconfig/network-scripts/ifcfg-bond0').rhel, { nmManaged: true, nmBond: true, nmReadsOpts: true, nmRefused: false, initscriptsBond: true });
    assert.deepEqual(ifcfgModel(`DEVICE=bond0\nTYPE=Bridge\nBONDING_MASTER=yes\nNM_CONTROLLED=0\n${OPTS}`, 'file:///etc/sysconfig/network-scripts/ifcfg-bond0').rhel, {
      nmManaged: false,
      nmBond: false,
      nmReadsOpts: false,
      nmRefused: false,
      initscriptsBond: true,
    });
  });

  it('SUSE: wicked reads the bonding variables only of a file with BONDING_MASTER=yes', () => {
    const suse = (text: string, lang = 'en') => {
      const service = createLanguageService({ locale: lang });
      service.configure({});
      const doc = TextDocument.create('file:///etc/sysconfig/network/ifcfg-bond0', 'ifcfg', 1, text);
      const safe = service.findings(doc).filter((f) => f.rule.code === 'ifcfg.bond-type').map((f) => f.finding.fixes?.[0]?.safe);
      return { doc, found: service.doValidation(doc).filter((d) => d.code === 'ifcfg.bond-type'), safe };
    };
    const opts = suse('STARTMODE=auto\nBOOTPROTO=none\nBONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\n');
    assert.deepEqual(opts.found.map(show), [
      '3:1-20 BONDING_MODULE_OPTS without BONDING_MASTER=yes: wicked makes a bond only of a file that says so, and reads its bonding variables only then.',
    ]);
    assert.deepEqual(opts.safe, [true]);
    assert.equal(applyFirstFix(opts.doc, opts.found[0]!), 'STARTMODE=auto\nBOOTPROTO=none\nBONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_MASTER=yes\nBONDING_SLAVE0=eth0\n');
    assert.deepEqual(suse('STARTMODE=auto\nBONDING_SLAVE0=eth0\n', 'zh-cn').found.map(show), [
      '2:1-15 BONDING_SLAVE0 缺少 BONDING_MASTER=yes：wicked 只把写明该项的文件配置为 bond，也只有这时才读取其中的 bonding 变量。',
    ]);
    // A no written as such says the opposite of the bonding variables; the fix is the user's call.
    const no = suse('STARTMODE=auto\nBONDING_MASTER=off\nBONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\n');
    assert.deepEqual(no.found.map(show), ['2:1-19 BONDING_MASTER=off with BONDING_MODULE_OPTS: wicked makes no bond of this file and reads none of its bonding variables.']);
    assert.deepEqual(no.safe, [false]);
    assert.equal(applyFirstFix(no.doc, no.found[0]!), 'STARTMODE=auto\nBONDING_MASTER=yes\nBONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\n');
    assert.deepEqual(suse("STARTMODE=auto\nBONDING_MASTER=''\nBONDING_SLAVE0=eth0\n", 'zh-cn').found.map(show), [
      "2:1-18 BONDING_MASTER= 却设置了 BONDING_SLAVE0：wicked 不会把该文件配置为 bond，也不读取其中的任何 bonding 变量。",
    ]);
    // A yes wicked reads as no, or a value that is neither, is ifcfg.invalid-value's; a file without bonding variables is no bond.
    assert.deepEqual(suse('STARTMODE=auto\nBONDING_MASTER=1\nBONDING_SLAVE0=eth0\n').found, []);
    assert.deepEqual(suse('STARTMODE=auto\nBONDING_MASTER=maybe\nBONDING_SLAVE0=eth0\n').found, []);
    assert.deepEqual(suse('STARTMODE=auto\nBONDING_MASTER=No\n').found, []);
    assert.deepEqual(suse(`${SUSE_BOND}BONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\n`).found, []);
    assert.deepEqual(suse('STARTMODE=auto\nBOOTPROTO=dhcp\n').found, []);
  });

  it('on and off: initscripts reads yes and no, NetworkManager does not know them and takes its default', () => {
    const onOff = (text: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-bond0', text, expect: [] }, lang).diagnostics.map(show);
    assert.deepEqual(onOff(`${BOND}BONDING_OPTS="mode=1 miimon=100"\nONBOOT=off\nNM_CONTROLLED=Off\nIPV6INIT=on\n`), [
      '6:8-11 ONBOOT: initscripts reads "off" as no, but NetworkManager does not know "off" and takes ONBOOT=yes; write no.',
      '7:15-18 NM_CONTROLLED: initscripts reads "Off" as no, but NetworkManager does not know "Off" and takes NM_CONTROLLED=yes; write no.',
      '8:10-12 IPV6INIT: initscripts reads "on" as yes, but NetworkManager does not know "on" and takes its default for IPV6INIT; write yes.',
    ]);
    assert.deepEqual(onOff('DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=on\n'), ['3:16-18 BONDING_MASTER: "on" is not valid; NetworkManager does not know "on" and takes BONDING_MASTER=no; write yes.']);
    assert.deepEqual(onOff(`${BOND}ONBOOT=off\n`, 'zh-cn'), ['5:8-11 ONBOOT：initscripts 把 "off" 读作 no，但 NetworkManager 不认识 "off"，会按 ONBOOT=yes 处理；应写作 no。']);
    // Keys only initscripts reads take on and off.
    assert.deepEqual(onOff(`${BOND}USERCTL=off\n`), []);
  });

  it('ARP: initscripts\' toggle_value knows yes and no in lower or upper case only, and sets nothing for another spelling', () => {
    const arp = (value: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-eth0', text: `DEVICE=eth0\nIPADDR=192.0.2.5\nARP=${value}\n`, expect: [] }, lang);
    for (const ok of ['yes', 'no', 'YES', 'NO']) assert.deepEqual(arp(ok).diagnostics.map(show), [], ok);
    const off = arp('off');
    assert.deepEqual(off.diagnostics.map(show), ['3:5-8 ARP: initscripts takes only yes or no here, in lower or upper case, and leaves ARP as it is for "off"; write no.']);
    assert.equal(applyFirstFix(off.doc, off.diagnostics[0]!), 'DEVICE=eth0\nIPADDR=192.0.2.5\nARP=no\n');
    assert.deepEqual(arp('Yes').diagnostics.map(show), ['3:5-8 ARP: initscripts takes only yes or no here, in lower or upper case, and leaves ARP as it is for "Yes"; write yes.']);
    assert.deepEqual(arp('0', 'zh-cn').diagnostics.map(show), ['3:5-6 ARP：initscripts 在此只接受全小写或全大写的 yes 或 no，对 "0" 不会改变 ARP；应写作 no。']);
    assert.deepEqual(arp('maybe').diagnostics.map(show), ['3:5-10 ARP: "maybe" is not valid; expected yes or no.']);
  });

  it('IPv6 keys initscripts compares with yes and no as written: another spelling counts as unset', () => {
    const ipv6 = (line: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-eth0', text: `DEVICE=eth0\nIPV6INIT=yes\n${line}\n`, expect: [] }, lang);
    for (const ok of ['IPV6_AUTOCONF=yes', 'IPV6_AUTOCONF=no', 'IPV6FORWARDING=no', 'IPV6_FORCE_ACCEPT_RA=yes']) assert.deepEqual(ipv6(ok).diagnostics.map(show), [], ok);
    const no = ipv6('IPV6_AUTOCONF=No');
    assert.deepEqual(no.diagnostics.map(show), ['3:15-17 IPV6_AUTOCONF: initscripts compares it with yes and no exactly, in lower case, and takes "No" as if IPV6_AUTOCONF were not set; write no.']);
    assert.equal(applyFirstFix(no.doc, no.diagnostics[0]!), 'DEVICE=eth0\nIPV6INIT=yes\nIPV6_AUTOCONF=no\n');
    assert.deepEqual(ipv6('IPV6FORWARDING=true').diagnostics.map(show), ['3:16-20 IPV6FORWARDING: initscripts compares it with yes and no exactly, in lower case, and takes "true" as if IPV6FORWARDING were not set; write yes.']);
    assert.deepEqual(ipv6('IPV6_FORCE_ACCEPT_RA=YES', 'zh-cn').diagnostics.map(show), ['3:22-25 IPV6_FORCE_ACCEPT_RA：initscripts 按原样与小写的 yes、no 比较，会把 "YES" 当作未设置 IPV6_FORCE_ACCEPT_RA；应写作 yes。']);
  });

  it('STP: NetworkManager takes yes, no, on and off for a bridge and reads anything else as no', () => {
    const stp = (value: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-br0', text: `DEVICE=br0\nTYPE=Bridge\nSTP=${value}\n`, expect: [] }, lang);
    // on and off are NetworkManager's own spellings here, not the ones svParseBoolean lacks.
    for (const ok of ['on', 'off', 'ON', 'yes', 'No', '0', 'false']) assert.deepEqual(stp(ok).diagnostics.map(show), [], ok);
    const one = stp('1');
    assert.deepEqual(one.diagnostics.map(show), ['3:5-6 STP: initscripts reads "1" as yes, but NetworkManager takes only yes, no, on and off here and reads "1" as no; write yes.']);
    assert.equal(applyFirstFix(one.doc, one.diagnostics[0]!), 'DEVICE=br0\nTYPE=Bridge\nSTP=yes\n');
    assert.deepEqual(stp('true', 'zh-cn').diagnostics.map(show), ['3:5-9 STP：initscripts 把 "true" 读作 yes，但 NetworkManager 在此只接受 yes、no、on、off，会把 "true" 读作 no；应写作 yes。']);
  });

  it('a SUSE file\'s yes/no keys as wicked reads them: only yes, true and on, in any case, are yes', () => {
    const SUSE_DIR = 'file:///etc/sysconfig/network/';
    const suse = (text: string, lang = 'en') => {
      const doc = TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, text);
      return { doc, diagnostics: createLanguageService({ locale: lang }).doValidation(doc).filter((d) => d.code === 'ifcfg.invalid-value') };
    };
    const bond = (value: string) => `STARTMODE=auto\nBOOTPROTO=none\nBONDING_MASTER=${value}\nBONDING_SLAVE_0=eth0\n`;
    for (const ok of ['yes', 'On', 'TRUE', 'no', '0', 'off']) assert.deepEqual(suse(bond(ok)).diagnostics.map(show), [], ok);
    const one = suse(bond('1'));
    assert.deepEqual(one.diagnostics.map(show), [
      '3:16-17 BONDING_MASTER: wicked reads "1" as no, so it makes no bond of this file: it takes only yes, true and on, in any case, as yes; write yes.',
    ]);
    assert.equal(applyFirstFix(one.doc, one.diagnostics[0]!), bond('yes'));
    assert.deepEqual(suse(bond('y'), 'zh-cn').diagnostics.map(show), [
      '3:16-17 BONDING_MASTER：wicked 把 "y" 读作 no，因此不会把该文件配置为 bond：它只把 yes、true、on（不区分大小写）读作 yes；应写作 yes。',
    ]);
    assert.deepEqual(suse(`${bond('yes')}USERCONTROL=t\n`).diagnostics.map(show), ['5:13-14 USERCONTROL: wicked reads "t" as no: it takes only yes, true and on, in any case, as yes; write yes.']);
    // The model follows wicked: BONDING_MASTER=1 alone makes no bond.
    const role = (text: string) => ifcfgModel(text, `${SUSE_DIR}ifcfg-bond0`).role;
    assert.equal(role(bond('1')), 'other');
    assert.equal(role(bond('On')), 'bond');
    assert.equal(role(bond('True')), 'bond');
  });

  it('yes/no keys take what initscripts and NetworkManager take: t and f too', () => {
    const port = (slave: string) => run('ifcfg.invalid-value', { name: 'ifcfg-eth0', text: `DEVICE=eth0\nMASTER=bond0\nSLAVE=${slave}\n`, expect: [] });
    assert.deepEqual(port('t').diagnostics.map(show), []);
    assert.deepEqual(port('maybe').diagnostics.map(show), ['3:7-12 SLAVE: "maybe" is not valid; expected yes or no.']);
    assert.deepEqual(run('ifcfg.master-without-slave', { name: 'ifcfg-eth0', text: 'DEVICE=eth0\nMASTER=bond0\nSLAVE=T\n', expect: [] }).diagnostics.map(show), []);
  });

  it('ports that name their bond by its connection UUID belong to it', () => {
    const UUID = 'a5a7ab5e-7b4b-4d54-9f16-1e2d7e6f3c01';
    const bond = `${BOND}UUID=${UUID}\nBONDING_OPTS="mode=1 miimon=100"\nMTU=9000\n`;
    const byUuid = `DEVICE=eth0\nTYPE=Ethernet\nMASTER_UUID=${UUID}\nSLAVE=yes\n`;
    const inMaster = `DEVICE=eth1\nTYPE=Ethernet\nMASTER=${UUID}\nSLAVE=yes\nMTU=1500\n`;
    assert.deepEqual(run('xfile.bond-without-ports', { name: 'ifcfg-bond0', text: bond, others: { 'ifcfg-eth0': byUuid }, expect: [] }).diagnostics.map(show), []);
    assert.deepEqual(run('xfile.bond-single-port', { name: 'ifcfg-bond0', text: bond, others: { 'ifcfg-eth0': byUuid, 'ifcfg-eth1': inMaster }, expect: [] }).diagnostics.map(show), []);
    assert.deepEqual(run('xfile.master-missing', { name: 'ifcfg-eth1', text: inMaster, others: { 'ifcfg-bond0': bond }, expect: [] }).diagnostics.map(show), []);
    assert.deepEqual(run('xfile.mtu-mismatch', { name: 'ifcfg-eth1', text: inMaster, others: { 'ifcfg-bond0': bond }, expect: [] }).diagnostics.map(show), [
      '5:5-9 MTU=1500 but bond0 has MTU=9000: the bond sets its ports to its own MTU when it enslaves them.',
    ]);
  });

  it('a module parameter in BONDING_OPTS is applied by neither reader', () => {
    assert.deepEqual(rhel('opts.not-settable', 'mode=1 miimon=100 max_bonds=2'), [
      '5:33-42 max_bonds is a parameter of the bonding module (modprobe.d), not an option of one bond: neither initscripts nor NetworkManager can apply it from this file, so the setting is ignored.',
    ]);
  });

  it('active_slave in BONDING_OPTS selects no port', () => {
    assert.deepEqual(rhel('opts.not-settable', 'mode=1 miimon=100 active_slave=eth0'), [
      "5:33-45 initscripts (network-scripts) cannot apply active_slave: it writes active_slave before any port is enslaved, and the kernel refuses a name that is not one of the bond's ports. NetworkManager treats it as another name for primary and never sets the kernel's active_slave.",
    ]);
  });

  it('queue_id in BONDING_OPTS sets no port\'s queue: initscripts writes it before the ports join, NetworkManager reads it from the port file', () => {
    assert.deepEqual(rhel('opts.not-settable', 'mode=1 miimon=100 queue_id=eth0:2'), [
      "5:33-41 initscripts (network-scripts) cannot apply queue_id: it writes queue_id before any port is enslaved, and the kernel sets a queue id only on a port that is already enslaved. NetworkManager does not read it here: it sets queue_id per port, from BOND_PORT_QUEUE_ID in the port's ifcfg file.",
    ]);
    assert.deepEqual(run('opts.not-settable', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100 queue_id=eth0:2"\n`, expect: [] }, 'zh-cn').diagnostics.map(show), [
      '5:33-41 initscripts (network-scripts) 无法应用 queue_id：它在任何端口加入 bond 之前就写入 queue_id，而内核只为已加入 bond 的端口设置队列号。NetworkManager 不从这里读取它：它按端口设置 queue_id，取自端口 ifcfg 文件中的 BOND_PORT_QUEUE_ID。',
    ]);
    assert.deepEqual(rhel('opts.not-settable', 'mode=1 miimon=100 prio=10'), [
      "5:33-37 initscripts (network-scripts), NetworkManager cannot apply prio: the setting is ignored. NetworkManager does not read it here: it sets prio per port, from BOND_PORT_PRIO in the port's ifcfg file.",
    ]);
  });

  it('BOOTPROTO takes what the file\'s readers know: wicked\'s parts joined by +, NetworkManager\'s list in a RHEL file', () => {
    const suse = (bootproto: string, lang = 'en') =>
      createLanguageService({ locale: lang })
        .doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-eth0`, 'ifcfg', 1, `STARTMODE=auto\nBOOTPROTO=${bootproto}\n`))
        .filter((d) => d.code === 'ifcfg.invalid-value')
        .map(show);
    for (const ok of ['dhcp', 'dhcp4+autoip', 'dhcp+autoip', 'dhcp6+auto6', 'auto4', '6to4', 'STATIC', 'ibft', 'ppp', 'dhcp4+dhcp6+autoip']) assert.deepEqual(suse(ok), [], ok);
    assert.deepEqual(suse('dhcp+foo'), [
      '2:11-19 BOOTPROTO: "dhcp+foo" is not valid; expected none, static, ibft, 6to4 or ppp, or one or more of dhcp, dhcp4, dhcp6, autoip, auto4, auto6 joined by + (e.g. dhcp+autoip), these in lower case.',
    ]);
    // The parts are compared exactly: DHCP is "Unknown value in BOOTPROTO" to wicked; bootp and shared are NetworkManager's.
    assert.equal(suse('DHCP').length, 1);
    assert.equal(suse('bootp').length, 1);
    assert.equal(suse('shared').length, 1);
    assert.deepEqual(suse('DHCP4', 'zh-cn'), [
      '2:11-16 BOOTPROTO："DHCP4" 无效；应为 none、static、ibft、6to4 或 ppp，或者用 + 连接的一个或多个 dhcp、dhcp4、dhcp6、autoip、auto4、auto6（例如 dhcp+autoip），这些须小写。',
    ]);
    const rhelBootproto = (bootproto: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-eth0', text: `DEVICE=eth0\nBOOTPROTO=${bootproto}\n`, expect: [] }, lang).diagnostics.map(show);
    // initscripts reads every value but dhcp and bootp as static, so only those two matter in another case.
    for (const ok of ['none', 'static', 'STATIC', 'None', 'dhcp', 'bootp', 'autoip', 'shared', 'ibft']) assert.deepEqual(rhelBootproto(ok), [], ok);
    assert.deepEqual(rhelBootproto('dhcp4'), [
      '2:11-16 BOOTPROTO: "dhcp4" is not valid; NetworkManager refuses the connection ("Unknown BOOTPROTO \'dhcp4\'"); expected one of none, static, dhcp, bootp, autoip, shared, ibft.',
    ]);
    assert.deepEqual(rhelBootproto('dhcp+autoip', 'zh-cn'), [
      '2:11-22 BOOTPROTO："dhcp+autoip" 无效；NetworkManager 会拒绝该连接（"Unknown BOOTPROTO \'dhcp+autoip\'"）；应为 none、static、dhcp、bootp、autoip、shared、ibft 之一。',
    ]);
  });

  it('BOOTPROTO=DHCP: NetworkManager reads any case, initscripts starts DHCP only for dhcp and bootp as written', () => {
    const bootproto = (lines: string, lang = 'en') => run('ifcfg.invalid-value', { name: 'ifcfg-bond0', text: `DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\n${lines}\n`, expect: [] }, lang);
    const upper = bootproto('BOOTPROTO=DHCP');
    assert.deepEqual(upper.diagnostics.map(show), [
      '4:11-15 BOOTPROTO: initscripts starts DHCP only for dhcp or bootp in lower case, and for "DHCP" sets up only the static addresses in IPADDR, if any; NetworkManager takes any case; write dhcp.',
    ]);
    assert.equal(applyFirstFix(upper.doc, upper.diagnostics[0]!), 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=1 miimon=100"\nBOOTPROTO=dhcp\n');
    // NetworkManager does not read a file with NM_CONTROLLED=no: initscripts alone is named.
    assert.deepEqual(bootproto("NM_CONTROLLED=no\nBOOTPROTO='Bootp'").diagnostics.map(show), [
      '5:11-18 BOOTPROTO: initscripts starts DHCP only for dhcp or bootp in lower case, and for "Bootp" sets up only the static addresses in IPADDR, if any; write bootp.',
    ]);
    assert.deepEqual(bootproto('BOOTPROTO=Dhcp', 'zh-cn').diagnostics.map(show), [
      '4:11-15 BOOTPROTO：initscripts 只对小写的 dhcp 或 bootp 启动 DHCP，对 "Dhcp" 只配置 IPADDR 中的静态地址（如有）；NetworkManager 不区分大小写；应写作 dhcp。',
    ]);
  });

  it('a SUSE file may give IPADDR an IPv6 address and STARTMODE an older name of auto', () => {
    const text = 'STARTMODE=onboot\nBOOTPROTO=static\nIPADDR=2001:db8::5/64\nIPADDR_2=192.0.2.5/24\nBONDING_MASTER=yes\nBONDING_MODULE_OPTS="mode=1 miimon=100"\nBONDING_SLAVE0=eth0\n';
    const found = createLanguageService().doValidation(TextDocument.create(`${SUSE_DIR}ifcfg-bond0`, 'ifcfg', 1, text)).filter((d) => d.code === 'ifcfg.invalid-value');
    assert.deepEqual(found.map(show), []);
    assert.deepEqual(rhel('ifcfg.invalid-value', 'mode=1 miimon=100'), []);
    const v6 = run('ifcfg.invalid-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPADDR=2001:db8::5\n`, expect: [] }).diagnostics.map(show);
    assert.deepEqual(v6, ['6:8-19 IPADDR: "2001:db8::5" is not valid; expected an IPv4 address such as 192.0.2.10 (the prefix length goes in PREFIX).']);
    const cidr = run('ifcfg.invalid-value', { name: 'ifcfg-bond0', text: `${BOND}BONDING_OPTS="mode=1 miimon=100"\nIPADDR=192.0.2.5/24\n`, expect: [] }).diagnostics.map(show);
    assert.deepEqual(cidr, ['6:8-20 IPADDR: "192.0.2.5/24" is not valid; expected an IPv4 address such as 192.0.2.10 (the prefix length goes in PREFIX).']);
  });
});

describe('limits', () => {
  it('reports at most 1000 findings and counts the rest in one doc.too-many-findings', () => {
    const options = Array.from({ length: 1500 }, (_, i) => `x${i}=1`).join(' ');
    const service = createLanguageService({ locale: 'en' });
    const d = service.doValidation(TextDocument.create(`${DIR}ifcfg-bond0`, 'ifcfg', 1, `${BOND}BONDING_OPTS="mode=1 miimon=100 ${options}"\n`));
    assert.equal(d.length, 1001);
    assert.equal(d[0]!.code, 'doc.too-many-findings');
    assert.equal(d[0]!.message, '1500 findings in this document; only the first 1000 are shown.');
    assert.equal(d.filter((x) => x.code === 'opts.unknown-option').length, 1000);
  });
});
