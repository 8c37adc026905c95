import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { annotate, commentFor, displayWidth } from '../../server/src/service/annotate';
import { explain, locate } from '../../server/src/service/procExplain';
import { tr } from '../../server/src/knowledge/text';
import { procFieldById } from '../../server/src/knowledge/procFields';
import { procModel } from '../../server/src/model/procModel';
import { parseProcBonding } from '../../server/src/syntax/procBonding';
import { createLanguageService } from '../../server/src/service/languageService';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const field = procFieldById('actor.portState')!;
const base = { title: 'port state', meaning: { en: 'm', zh: 'm' }, field };

describe('annotate (service)', () => {
  it('a port state gets its bits and what they mean for the bond, in either language', () => {
    const bonds = parseProcBonding(SEED).bonds.map(procModel);
    const verdict = (line: number, lang: 'en' | 'zh-cn') => {
      const where = locate(bonds, line)!;
      const decoded = tr(explain(where.line, { bond: where.bond, port: where.port })!.decoded!, lang).split('\n\n');
      return decoded[decoded.length - 1]!;
    };
    const en = annotate(SEED, { lang: 'en' }).split('\n');
    const zh = annotate(SEED, { lang: 'zh-cn' }).split('\n');
    for (const [line, bits] of [
      [41, 'ACT AGG SYNC COL DIST'],
      [68, 'ACT AGG DEF'],
    ] as const) {
      const [dump, comment] = en[line]!.split(/ +# /);
      assert.equal(dump, SEED.split('\n')[line]);
      assert.ok(comment!.startsWith(`${bits}: `) && verdict(line, 'en').startsWith(comment!.slice(bits.length + 2)), en[line]);
      const zhComment = zh[line]!.split(/ +# /)[1]!;
      assert.ok(zhComment.startsWith(`${bits}：`) && verdict(line, 'zh-cn').startsWith(zhComment.slice(bits.length + 1)), zh[line]);
    }
  });

  it('`LACP rate`: the rate the partner is asked for, in either language, not this bond\'s own sending rate', () => {
    assert.equal(
      annotate(SEED, { lang: 'en' }).split('\n')[11],
      'LACP rate: slow                                  # asks the partner for a LACPDU every 30 s, timeout 90 s: The partner asks for long timeouts on every port, so this bond sends it a LACPDU every 30 s.',
    );
    assert.equal(
      annotate(SEED, { lang: 'zh-cn' }).split('\n')[11],
      'LACP rate: slow                                  # 要求对端每 30 秒发送一个 LACPDU，超时 90 秒：对端在所有端口上都要求长超时，因此本 bond 每 30 秒向其发送一个 LACPDU。',
    );
    // fast here, while the partner asks for long timeouts: each direction has its own rate.
    const fast = readFileSync('fixtures/proc/era-5.15-lacp-active.txt', 'utf8');
    assert.equal(
      annotate(fast, { lang: 'en' }).split('\n')[12],
      'LACP rate: fast                                  # asks the partner for a LACPDU every 1 s, timeout 3 s: The partner asks for long timeouts on every port, so this bond sends it a LACPDU every 30 s.',
    );
    assert.equal(
      annotate(fast, { lang: 'zh-cn' }).split('\n')[12],
      'LACP rate: fast                                  # 要求对端每 1 秒发送一个 LACPDU，超时 3 秒：对端在所有端口上都要求长超时，因此本 bond 每 30 秒向其发送一个 LACPDU。',
    );
  });

  it('keeps every line and its number; lines without a decode are unchanged', () => {
    const lines = SEED.split('\n');
    const out = annotate(SEED, { lang: 'en' }).split('\n');
    assert.equal(out.length, lines.length);
    out.forEach((l, i) => assert.ok(l.startsWith(lines[i]!.trimEnd()), `line ${i + 1}`));
    assert.equal(out[10], '802.3ad info');
  });

  it('aligns comments within a block, counting a tab as up to 8 columns', () => {
    const block = annotate(SEED, { lang: 'en' }).split('\n').slice(17, 22);
    const columns = block.filter((l) => l.includes('#')).map((l) => displayWidth(l.slice(0, l.indexOf('#'))));
    assert.equal(new Set(columns).size, 1, block.join('\n'));
    assert.equal(displayWidth('\tActor Key: 29'), 21);
    assert.equal(displayWidth('端口'), 4);
  });

  it('annotating annotated text changes nothing (earlier comments give way)', () => {
    const once = annotate(SEED, { lang: 'en' });
    assert.equal(annotate(once, { lang: 'en' }), once);
    const zh = readFileSync('fixtures/proc/seed-annotated-zh.txt', 'utf8');
    assert.doesNotMatch(annotate(zh, { lang: 'en' }), /十六进制/, 'the wrong "hexadecimal" note is replaced by the decode');
  });

  it('annotating the output of `bondlint annotate` again changes nothing: the listed findings end the dump and give way to the new list', () => {
    for (const lang of ['en', 'zh-cn'] as const) {
      const service = createLanguageService({ locale: lang });
      const findingsOf = (text: string) => service.findings(TextDocument.create(`file:///bond0-${text.length}`, 'bonding-status', 1, text));
      const once = annotate(SEED, { lang, findings: findingsOf(SEED) });
      // The list under the heading is no part of the dump: the annotated text has the dump's findings, no more.
      assert.deepEqual(findingsOf(once).map((f) => `${f.finding.range.start.line}:${f.rule.code}`), findingsOf(SEED).map((f) => `${f.finding.range.start.line}:${f.rule.code}`));
      assert.equal(annotate(once, { lang, findings: findingsOf(once) }), once, lang);
      const none = annotate(SEED, { lang, findings: [] });
      assert.equal(annotate(none, { lang, findings: [] }), none, lang);
    }
  });

  it('Markdown: a fenced dump, then the findings with links to their rule pages', () => {
    const service = createLanguageService({ locale: 'en' });
    const findings = service.findings(TextDocument.create('file:///bond0', 'bonding-status', 1, SEED));
    const md = annotate(SEED, { lang: 'en', markdown: true, findings });
    assert.ok(md.startsWith('```bonding\nEthernet Channel Bonding Driver: v5.10.0-3.0.0.0_rc1  # '));
    assert.match(md, /\n```\n\n\*\*Findings \(6\):\*\*\n\n- \*\*info\*\* \(line 3\): Mode 802\.3ad needs LACP/);
    assert.match(md, /\[`proc\.slave-down`\]\(https:\/\/github\.com\/linux-bonding\/linux-bonding\/blob\/main\/docs\/rules\/proc\.slave-down\.md\)/);
    assert.equal(annotate(SEED, { lang: 'en', findings: [] }).trimEnd().split('\n').pop(), 'No problems found.');
    // A name in a message stays text in the ticket: no link, no table cell, no entity.
    const named = SEED.replace('Slave Interface: p1', 'Slave Interface: [x](https://e.example)|&amp;');
    const listed = annotate(named, { lang: 'en', markdown: true, findings: service.findings(TextDocument.create('file:///named', 'bonding-status', 1, named)) });
    assert.match(listed, /\n- \*\*warning\*\* \(line 52\): \\\[x\\\]\(https:\/\/e\.example\)\\\|\\&amp; is not up /);
  });

  it('a fence longer than any backtick run inside', () => {
    const text = `Ticket\n\n\`\`\`\`\n${SEED}\`\`\`\`\n`;
    assert.ok(annotate(text, { lang: 'en', markdown: true }).startsWith('`````text\n'));
  });

  it('a paste with more lines (and backtick runs) than a call takes arguments', () => {
    const lines = 200_000;
    const text = `${SEED}${'`kubectl logs` said the link flapped\n'.repeat(lines)}`;
    const seedLines = annotate(SEED, { lang: 'en' }).split('\n').slice(0, -1);
    const plain = annotate(text, { lang: 'en', findings: [] }).split('\n');
    assert.deepEqual(plain.slice(0, seedLines.length), seedLines);
    assert.equal(plain.length, seedLines.length + lines + 3);
    assert.equal(plain[plain.length - 2], 'No problems found.');
    const markdown = annotate(text, { lang: 'en', markdown: true }).split('\n');
    assert.equal(markdown[0], '```bonding');
    assert.equal(markdown[markdown.length - 2], '```');
  });

  it('comment text: the short decode, then the first sentence that adds to it', () => {
    assert.equal(commentFor({ ...base, short: 'every 100 ms', decoded: { en: '100 ms.', zh: '100 毫秒。' } }, 'en'), 'every 100 ms');
    assert.equal(commentFor({ ...base, decoded: { en: 'One. Two.', zh: '一。二。' } }, 'zh-cn'), '一。');
    assert.equal(commentFor({ ...base, short: 'x' }, 'en'), 'x');
    assert.equal(commentFor({ ...base }, 'en'), undefined);
  });
});
