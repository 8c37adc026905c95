import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, it } from 'node:test';
import { codeSpan, literal, markdown } from '../../server/src/service/markdown';

// A CommonMark renderer that passes HTML through, as a hover would show a tag it did not drop.
const md = new MarkdownIt({ html: true });
const render = (s: string) => md.render(s);
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The text a reader sees, and the tags that show it. */
const shown = (html: string) => unescape(html.replace(/<[^>]*>/g, '')).replace(/\n$/, '');
const tags = (html: string) => [...new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]!))].sort();

// What a name or value from a file can hold: everything Markdown reads, and letters around it.
const CHARS = ['a', 'b', '1', ' ', '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '!', '#', '&', '~', '|', '-', '+', '=', ':', '/', '.', '"', 'é', '端'];
const valueArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(''));
/** A one-line value as a hover holds it: inside a sentence, never at the start of its line. */
const inSentence = (v: string) => `Port ${v} is down.`;

describe('Markdown of texts that quote a file', () => {
  it('a value inside a text becomes no link, image, HTML or emphasis, and reads as written', () => {
    fc.assert(
      fc.property(valueArb, (v) => {
        const text = inSentence(v);
        const html = render(markdown(text));
        assert.ok(tags(html).every((t) => t === 'p' || t === 'code'), `${JSON.stringify(text)} → ${html}`);
        // Paired backticks are the texts' code spans: what they hold reads as written, without them.
        if (!v.includes('`')) assert.equal(shown(html), text.trim().replace(/ +$/, ''));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('keeps the code spans and list items that knowledge texts are written with', () => {
    const text = '61 (decimal) = 0x3D = ACT AGG\n\n- ✓ `0x01` LACP_Activity: Active.\n- ✗ `0x02` LACP_Timeout: Long timeout.\n\nHealthy: the partner of <ens0f0> is *here*.';
    assert.equal(
      markdown(text),
      '61 (decimal) = 0x3D = ACT AGG\n\n- ✓ `0x01` LACP_Activity: Active.\n- ✗ `0x02` LACP_Timeout: Long timeout.\n\nHealthy: the partner of \\<ens0f0\\> is \\*here\\*.',
    );
    assert.deepEqual(tags(render(markdown(text))), ['code', 'li', 'p', 'ul']);
    // `_` inside a word opens nothing and stays as it is; at a word's edge it is escaped.
    assert.equal(markdown('ad_actor_system _x_ a_'), 'ad_actor_system \\_x\\_ a\\_');
    assert.equal(markdown('# not a heading\n  # nor this'), '\\# not a heading\n  \\# nor this');
    assert.equal(markdown('a lone ` and [x](https://example.com) ![i](https://example.com/i.png)'), 'a lone \\` and \\[x\\](https://example.com) !\\[i\\](https://example.com/i.png)');
  });

  it('literal: pasted text shows every character, backticks included', () => {
    fc.assert(
      fc.property(valueArb, (v) => {
        const html = render(`**${literal(inSentence(v))}**`);
        assert.deepEqual(tags(html), ['p', 'strong'], html);
        assert.equal(shown(html), inSentence(v).replace(/ +$/, ''));
      }),
      { seed: 12, numRuns: 3000 },
    );
  });

  it('codeSpan: a value shows as written, whatever backticks and blanks it holds', () => {
    fc.assert(
      fc.property(valueArb, (v) => {
        fc.pre(v !== '' && v.trim() !== '');
        const html = render(`Value ${codeSpan(v)}.`);
        assert.deepEqual(tags(html), ['code', 'p'], html);
        assert.equal(unescape(/<code>(.*)<\/code>/s.exec(html)![1]!), v);
      }),
      { seed: 13, numRuns: 3000 },
    );
    assert.equal(codeSpan('a`b'), '`` a`b ``');
    assert.equal(codeSpan(' x '), '`  x  `');
  });
});
