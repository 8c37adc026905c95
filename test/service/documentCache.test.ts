import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../server/src/service/documents';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';

const SEED = readFileSync('fixtures/proc/seed-802.3ad.txt', 'utf8');
const dump = (name: string, version = 1) => TextDocument.create(`file:///cache/${name}`, 'bonding-status', version, SEED);

/** Whether the cache still holds the analysis it gave for `doc`: asking again gives the same object. */
function kept(cache: DocumentCache, doc: TextDocument, analysis: unknown): boolean {
  return cache.get(doc) === analysis;
}

describe('the analyses a service keeps', () => {
  it('at most `capacity` of them, the least recently used going first', () => {
    const cache = new DocumentCache(2);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => dump(n));
    const first = cache.get(a!);
    const second = cache.get(b!);
    assert.equal(cache.get(a!), first, 'a is used again, so b is now the oldest');
    cache.get(c!);
    assert.ok(kept(cache, a!, first));
    assert.ok(!kept(cache, b!, second), 'b was dropped and is parsed again');
  });

  it('beyond the latest, at most `budget` characters of text in all', () => {
    const budget = SEED.length * 2;
    const cache = new DocumentCache(64, budget);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => dump(n));
    const analyses = [a!, b!].map((d) => cache.get(d));
    cache.get(c!);
    assert.ok(!kept(cache, a!, analyses[0]), 'three texts are over the budget: the oldest goes');
    // b was kept, and asking for a again parsed it and let b go
    assert.ok(!kept(cache, b!, analyses[1]));
    // a text larger than the budget on its own is still kept while it is the latest
    const small = new DocumentCache(64, 10);
    const alone = small.get(a!);
    assert.ok(kept(small, a!, alone));
  });

  it('a closed document and a replaced version give back their share of the budget', () => {
    const cache = new DocumentCache(64, SEED.length * 2);
    const [a, b] = ['a', 'b'].map((n) => dump(n));
    const first = cache.get(a!);
    cache.get(dump('a', 2));
    cache.get(dump('a', 3));
    cache.forget(b!.uri);
    const second = cache.get(b!);
    assert.ok(kept(cache, b!, second), 'a counts once however many versions it had');
    cache.forget(a!.uri);
    cache.get(dump('c'));
    assert.ok(kept(cache, b!, second), 'closing a made room for c');
    assert.notEqual(cache.get(a!), first);
  });
});

describe('files beside a document change', () => {
  it('filesChanged: the findings are made again from the files as they are now', () => {
    const workspace = new InMemoryWorkspace();
    const service = createLanguageService({ locale: 'en', workspace });
    const dir = 'file:///etc/sysconfig/network-scripts/';
    const bond = TextDocument.create(`${dir}ifcfg-bond0`, 'ifcfg', 1, 'DEVICE=bond0\nTYPE=Bond\nBONDING_MASTER=yes\nBONDING_OPTS="mode=1 miimon=100"\n');
    workspace.set({ uri: `${dir}ifcfg-lo`, languageId: 'ifcfg', text: 'DEVICE=lo\n' });
    const codes = () => service.findings(bond).map((f) => f.rule.code);
    assert.deepEqual(codes(), ['xfile.bond-without-ports']);
    for (const port of ['eth0', 'eth1']) workspace.set({ uri: `${dir}ifcfg-${port}`, languageId: 'ifcfg', text: `DEVICE=${port}\nMASTER=bond0\nSLAVE=yes\n` });
    assert.deepEqual(codes(), ['xfile.bond-without-ports'], 'kept for this version until told');
    service.filesChanged();
    assert.deepEqual(codes(), []);
  });
});
