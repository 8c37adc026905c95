import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { directivesOf } from '../../server/src/service/diagnostics/directives';
import { codes, doc, fixture, messages, service } from './helpers';

// `# bondlint disable=CODE` silences a rule on the next line that is not blank or a comment; `disable-file=` in the
// whole document. The seed dump's p1 (line 52: MII Status: down) is the finding silenced in dumps.

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const PORT = 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=none\n';
let folder = 0;
const ifcfg = (text: string) => doc(text, 'ifcfg', `file:///d${++folder}/etc/sysconfig/network-scripts/ifcfg-eth0`);
const withLine = (text: string, n: number, line: string) => {
  const lines = text.split('\n');
  lines.splice(n - 1, 0, line);
  return lines.join('\n');
};
const only = (code: string, list: readonly string[]) => list.filter((m) => m.includes(`:${code}`));

describe('reading directives', () => {
  it('disable targets the next line that is neither blank nor a comment; disable-file the document', () => {
    const d = doc('# bondlint disable=a,b reason\n\n# other comment\n> \tx\n  >  # bondlint disable-file=c,,d\r\ny\n# bondlint disable=e\n', 'ifcfg');
    const found = directivesOf(d)!;
    assert.deepEqual([...found.lines].map(([n, s]) => [n, [...s]]), [[3, ['a', 'b']]]);
    assert.deepEqual([...found.file], ['c', 'd']);
    // Every code with its range, the one that targets no line (the last) too.
    assert.deepEqual(
      found.codes.map((c) => `${c.code}@${c.range.start.line}:${c.range.start.character}-${c.range.end.character}`),
      ['a@0:19-20', 'b@0:21-22', 'c@4:29-30', 'd@4:32-33', 'e@6:19-20'],
    );
  });

  it('a lone CR ends a line as in the editor; text without the word has none', () => {
    const found = directivesOf(doc('# bondlint disable=x\rKEY=1\n', 'ifcfg'))!;
    assert.deepEqual([...found.lines.keys()], [1]);
    assert.equal(directivesOf(doc('KEY=1\n# disable=x\n', 'ifcfg')), undefined);
    // Not a directive: the word inside a value, a missing `=`, another verb.
    assert.equal(directivesOf(doc('NAME="bondlint disable=x"\n# bondlint disable x\n# bondlint enable=x\n', 'ifcfg')), undefined);
  });

  it('a run of directives above one line is resolved once per run', () => {
    const text = `${'# bondlint disable=x\n'.repeat(20000)}KEY=1\n`;
    const found = directivesOf(doc(text, 'ifcfg'))!;
    assert.deepEqual([...found.lines.keys()], [20000]);
    assert.equal(found.codes.length, 20000);
  });
});

describe('silencing findings', () => {
  const en = service({}, 'en');

  it('ifcfg: the line below a disable comment, and only that rule', () => {
    const text = `${PORT}IPADDR=192.0.2.5\nGATEWAY=192.0.2.1\n`;
    assert.deepEqual(codes(en, ifcfg(text)), ['5:ifcfg.port-has-address', '6:ifcfg.port-has-address']);
    assert.deepEqual(codes(en, ifcfg(withLine(text, 5, '# bondlint disable=ifcfg.port-has-address (moved by the migration)'))), ['7:ifcfg.port-has-address']);
    // Another rule's code silences nothing here, and says so (a hint).
    assert.deepEqual(codes(en, ifcfg(withLine(text, 5, '# bondlint disable=ifcfg.unknown-key'))), ['5:doc.unused-directive', '6:ifcfg.port-has-address', '7:ifcfg.port-has-address']);
    assert.deepEqual(codes(en, ifcfg(`# bondlint disable-file=ifcfg.port-has-address\n${text}`)), []);
  });

  it('dump: a comment line inside the dump silences the port\'s finding and is itself no finding', () => {
    const before = codes(en, doc(SEED));
    assert.ok(before.includes('52:proc.slave-down'));
    const after = codes(en, doc(withLine(SEED, 52, '# bondlint disable=proc.slave-down')));
    assert.deepEqual(only('proc.slave-down', after), []);
    // Every other finding is the same, one line further down from the comment on.
    assert.deepEqual(after, before.filter((c) => c !== '52:proc.slave-down').map((c) => (Number(c.split(':')[0]) >= 52 ? `${Number(c.split(':')[0]) + 1}:${c.split(':')[1]}` : c)));
  });

  it('a code no rule has is reported where it is written, with the code it is closest to', () => {
    const d = ifcfg(`# bondlint disable=ifcfg.port-has-adress,nonsense\n${PORT}IPADDR=192.0.2.5\n`);
    assert.deepEqual(only('doc.unknown-directive-rule', messages(en, d)), [
      '1:doc.unknown-directive-rule No rule has the code "ifcfg.port-has-adress": did you mean ifcfg.port-has-address? This comment silences nothing for it.',
      '1:doc.unknown-directive-rule No rule has the code "nonsense": this comment silences nothing for it (bondlint rules lists the codes).',
    ]);
    assert.deepEqual(
      service({}, 'zh-cn').doValidation(d).filter((x) => x.code === 'doc.unknown-directive-rule').map((x) => x.message),
      ['没有代码为 "ifcfg.port-has-adress" 的规则：是否应为 ifcfg.port-has-address？此注释不会屏蔽它。', '没有代码为 "nonsense" 的规则：此注释不会屏蔽它（bondlint rules 会列出所有代码）。'],
    );
    const first = en.doValidation(d).find((x) => x.code === 'doc.unknown-directive-rule')!;
    assert.deepEqual(first.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 40 } });
  });

  it('a comment of 200 000 codes: 1000 reported, the rest counted, each distinct code compared once', () => {
    const d = ifcfg(`# bondlint disable=${Array.from({ length: 200_000 }, (_, i) => `x${i % 5000}`).join(',')}\n${PORT}`);
    const found = en.doValidation(d);
    assert.equal(found.filter((x) => x.code === 'doc.unknown-directive-rule').length, 1000);
    assert.equal(found.filter((x) => x.code === 'doc.too-many-findings').length, 1);
  });

  it('a code that silences nothing is a hint, faded, with the edit that takes it out', () => {
    const d = ifcfg(`${PORT}# bondlint disable=ifcfg.unknown-key,ifcfg.port-has-address reason\nIPADDR=192.0.2.5\n# bondlint disable-file=ifcfg.duplicate-key\n# bondlint disable=proc.slave-down\n`);
    const hints = en.doValidation(d).filter((x) => x.code === 'doc.unused-directive');
    assert.deepEqual(
      hints.map((h) => `${h.range.start.line + 1}:${h.range.start.character + 1} ${h.message}`),
      [
        '5:20 ifcfg.unknown-key silences nothing: line 6 has no ifcfg.unknown-key finding.',
        '7:25 ifcfg.duplicate-key silences nothing: this file has no ifcfg.duplicate-key finding.',
        '8:20 proc.slave-down silences nothing: no line follows this comment.',
      ],
    );
    assert.ok(hints.every((h) => h.severity === 4 && h.tags?.includes(1)), 'hint, unnecessary');
    assert.deepEqual(service({}, 'zh-cn').doValidation(d).filter((x) => x.code === 'doc.unused-directive').map((x) => x.message)[0], 'ifcfg.unknown-key 不屏蔽任何内容：第 6 行没有 ifcfg.unknown-key 问题。');
    const fix = (i: number) => TextDocument.applyEdits(d, (hints[i]!.data as { fixes: { edits: TextEdit[] }[] }).fixes[0]!.edits);
    // One of several codes: the code and its comma; the only code: the whole comment.
    assert.equal(fix(0).split('\n')[4], '# bondlint disable=ifcfg.port-has-address reason');
    assert.equal(fix(1).split('\n').length, d.getText().split('\n').length - 1);
    assert.ok(!fix(1).includes('disable-file'));
    // The code that does silence something is not reported.
    assert.ok(!hints.some((h) => String(h.message).startsWith('ifcfg.port-has-address')));
  });

  it('prose without a dump is not read for directives', () => {
    assert.deepEqual(codes(en, doc('Write `# bondlint disable=CODE` above the line:\n# bondlint disable=CODE\n', 'markdown')), []);
  });
});

describe('code actions that write the comment', () => {
  const en = service({}, 'en');
  const actionsFor = (d: TextDocument, code: string, s = en): { diagnostic: Diagnostic; actions: CodeAction[] } => {
    const diagnostic = s.doValidation(d).find((x) => x.code === code)!;
    return { diagnostic, actions: s.getCodeActions(d, diagnostic.range, { diagnostics: [diagnostic] }) };
  };
  const apply = (d: TextDocument, a: CodeAction) => TextDocument.applyEdits(d, a.edit!.changes![d.uri]! as TextEdit[]);

  it('ifcfg: for this line and for this file, after the fixes, and the finding is gone once applied', () => {
    const d = ifcfg(`${PORT}BOOTPROTO=dhcp\n`.replace('BOOTPROTO=none\n', ''));
    const { actions } = actionsFor(d, 'ifcfg.port-has-address');
    assert.deepEqual(actions.map((a) => a.title), ['Change to BOOTPROTO=none', 'Disable ifcfg.port-has-address for this line', 'Disable ifcfg.port-has-address for this file']);
    assert.equal(apply(d, actions[1]!), 'DEVICE=eth0\nMASTER=bond0\nSLAVE=yes\n# bondlint disable=ifcfg.port-has-address\nBOOTPROTO=dhcp\n');
    assert.equal(apply(d, actions[2]!), '# bondlint disable-file=ifcfg.port-has-address\nDEVICE=eth0\nMASTER=bond0\nSLAVE=yes\nBOOTPROTO=dhcp\n');
    for (const a of actions.slice(1)) assert.deepEqual(only('ifcfg.port-has-address', codes(en, ifcfg(apply(d, a)))), []);
    assert.deepEqual(
      actionsFor(d, 'ifcfg.port-has-address', service({}, 'zh-cn')).actions.slice(1).map((a) => a.title),
      ['在此行禁用 ifcfg.port-has-address', '在此文件中禁用 ifcfg.port-has-address'],
    );
  });

  it('a comment already there gets the code added; CRLF files get CRLF', () => {
    const d = ifcfg('# bondlint disable-file=ifcfg.unknown-key\r\nDEVICE=eth0\r\nMASTER=bond0\r\nSLAVE=yes\r\n# bondlint disable=ifcfg.unknown-key\r\nIPADDR=192.0.2.5\r\n');
    const { actions } = actionsFor(d, 'ifcfg.port-has-address');
    assert.equal(apply(d, actions[0]!), d.getText().replace('disable=ifcfg.unknown-key', 'disable=ifcfg.unknown-key,ifcfg.port-has-address'));
    assert.equal(apply(d, actions[1]!), d.getText().replace('disable-file=ifcfg.unknown-key', 'disable-file=ifcfg.unknown-key,ifcfg.port-has-address'));
    const fresh = ifcfg('DEVICE=eth0\r\nMASTER=bond0\r\nSLAVE=yes\r\nIPADDR=192.0.2.5\r\n');
    assert.equal(apply(fresh, actionsFor(fresh, 'ifcfg.port-has-address').actions[0]!), 'DEVICE=eth0\r\nMASTER=bond0\r\nSLAVE=yes\r\n# bondlint disable=ifcfg.port-has-address\r\nIPADDR=192.0.2.5\r\n');
  });

  it('a dump quoted in a ticket: the comment keeps the quoting; only "for this line"', () => {
    const quoted = doc(SEED.split('\n').map((l) => `> ${l}`).join('\n'), 'plaintext');
    const { actions } = actionsFor(quoted, 'proc.slave-down');
    assert.deepEqual(actions.map((a) => a.title), ['Disable proc.slave-down for this line']);
    const fixed = apply(quoted, actions[0]!);
    assert.equal(fixed.split('\n')[51], '> # bondlint disable=proc.slave-down');
    assert.deepEqual(only('proc.slave-down', codes(en, doc(fixed, 'plaintext'))), []);
  });

  it('a dump written as comments (a script\'s): the comment is one of its lines, and silences the next line of the dump', () => {
    const script = fixture('proc/commented-in-script.sh', 'plaintext');
    const before = codes(en, script);
    const { actions } = actionsFor(script, 'proc.slave-down');
    assert.deepEqual(actions.map((a) => a.title), ['Disable proc.slave-down for this line']);
    const fixed = apply(script, actions[0]!);
    assert.equal(fixed.split('\n')[56], '# bondlint disable=proc.slave-down');
    // The dump goes on past the comment, read as before: its other findings one line lower.
    const lower = (c: string) => c.replace(/^\d+/, (n) => String(Number(n) > 57 ? Number(n) + 1 : Number(n)));
    assert.deepEqual(codes(en, doc(fixed, 'plaintext')), before.filter((c) => !c.includes('proc.slave-down')).map(lower));
    // Indented with the code around it, the comment keeps the indentation.
    const indented = doc(script.getText().replace(/^#/gm, '    #'), 'plaintext');
    assert.equal(apply(indented, actionsFor(indented, 'proc.slave-down').actions[0]!).split('\n')[56], '    # bondlint disable=proc.slave-down');
  });

  it('a dump written as comments: the comment looks past its blank (`#`) and comment (`# # …`) lines, and may stand above its first line', () => {
    const lines = fixture('proc/commented-in-script.sh', 'plaintext').getText().split('\n');
    lines.splice(7, 0, '# bondlint disable=proc.switch-config');
    lines.splice(57, 0, '# bondlint disable=proc.slave-down', '#', '# # the cable was out');
    const all = codes(en, doc(lines.join('\n'), 'plaintext'));
    assert.ok(!all.some((c) => /proc\.switch-config|proc\.slave-down|doc\.unused-directive|proc\.unrecognised-line/.test(c)), all.join('\n'));
    assert.equal(all.length, 4);
  });

  it('none with bonding.codeActions.disableComment off; the fixes stay', () => {
    const off = service({ codeActions: { disableComment: false } }, 'en');
    const d = ifcfg(`${PORT}BOOTPROTO=dhcp\n`.replace('BOOTPROTO=none\n', ''));
    assert.deepEqual(actionsFor(d, 'ifcfg.port-has-address', off).actions.map((a) => a.title), ['Change to BOOTPROTO=none']);
  });

  it('none for a diagnostic the client sends back for a line the document no longer has', () => {
    const d = ifcfg(PORT);
    const stale: Diagnostic = { range: { start: { line: 40, character: 0 }, end: { line: 40, character: 5 } }, message: 'x', source: 'bonding', code: 'ifcfg.port-has-address' };
    assert.deepEqual(en.getCodeActions(d, stale.range, { diagnostics: [stale] }), []);
  });

  it('none in Markdown (a heading there), none for the document rules', () => {
    const md = doc(`\`\`\`\n${SEED}\n\`\`\`\n`, 'markdown');
    assert.deepEqual(actionsFor(md, 'proc.slave-down').actions, []);
    const d = ifcfg(`# bondlint disable=nonsense\n${PORT}`);
    assert.deepEqual(actionsFor(d, 'doc.unknown-directive-rule').actions, []);
  });
});

describe('hover on a code in the comment', () => {
  const hover = (d: TextDocument, line: number, character: number, lang = 'en') => {
    const h = service({}, lang).doHover(d, { line, character });
    return h && { value: (h.contents as { value: string }).value, range: h.range };
  };

  it('the rule, the line it is silenced on, its page', () => {
    const d = ifcfg(`${PORT}# bondlint disable=ifcfg.unknown-key,ifcfg.port-has-address\n\nIPADDR=192.0.2.5\n`);
    assert.deepEqual(hover(d, 4, 40), {
      value: '**ifcfg.port-has-address** — Bond port with its own IP configuration\n\nSilenced on line 7.\n\n[Rule page](https://github.com/linux-bonding/linux-bonding/blob/main/docs/rules/ifcfg.port-has-address.md)',
      range: { start: { line: 4, character: 37 }, end: { line: 4, character: 59 } },
    });
    assert.equal(hover(d, 4, 20, 'zh-cn')!.value.split('\n\n').slice(0, 2).join('\n\n'), '**ifcfg.unknown-key** — 不在 ifcfg 键表中的键\n\n在第 7 行屏蔽。');
  });

  it('file-wide, followed by nothing, and not on a code', () => {
    const d = ifcfg(`# bondlint disable-file=ifcfg.port-has-address\n${PORT}# bondlint disable=ifcfg.unknown-key\n`);
    assert.equal(hover(d, 0, 30)!.value.split('\n\n')[1], 'Silenced in the whole file.');
    assert.equal(hover(d, 5, 25)!.value.split('\n\n')[1], 'No line follows this comment: it silences nothing.');
    assert.equal(hover(d, 5, 5), null);
  });

  it('in a dump', () => {
    const d = doc(withLine(SEED, 52, '# bondlint disable=proc.slave-down'));
    assert.equal(hover(d, 51, 25)!.value.split('\n\n').slice(0, 2).join('\n\n'), '**proc.slave-down** — Port link is not up\n\nSilenced on line 53.');
  });
});
