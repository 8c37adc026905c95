import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumpsOf, ifcfgFolder, siblingIfcfg } from '../../server/src/service/workspaceFiles';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace, type Workspace } from '../../server/src/workspace';

const dir = 'file:///etc/sysconfig/network-scripts/';
const port = (n: number, master: string) => ({ uri: `${dir}ifcfg-eth${n}`, languageId: 'ifcfg', text: `DEVICE=eth${n}\nMASTER=${master}\nSLAVE=yes\n` });
const bond = { uri: `${dir}ifcfg-bond0`, languageId: 'ifcfg', text: 'DEVICE=bond0\nTYPE=Bond\nBONDING_OPTS="mode=4 miimon=100"\n' };
const dump = (name: string) => ({
  uri: `file:///proc/net/bonding/${name}`,
  languageId: 'bonding-status',
  text: 'Ethernet Channel Bonding Driver: v6.8.0-54-generic\n\nBonding Mode: fault-tolerance (active-backup)\nMII Status: up\n',
});

describe('workspace: what checks of a folder derive from it', () => {
  it('filesNear answers the same array until a file changes, then a new one', () => {
    const ws = new InMemoryWorkspace();
    ws.set(bond);
    ws.set(port(0, 'bond0'));
    const first = ws.filesNear(bond.uri, 'ifcfg');
    assert.equal(ws.filesNear(`${dir}ifcfg-eth0`, 'ifcfg'), first);
    ws.set(port(1, 'bond0'));
    const second = ws.filesNear(bond.uri, 'ifcfg');
    assert.notEqual(second, first);
    assert.deepEqual(second.map((f) => f.uri).sort(), [bond.uri, `${dir}ifcfg-eth0`, `${dir}ifcfg-eth1`]);
    ws.delete(`${dir}ifcfg-eth0`);
    assert.deepEqual(ws.filesNear(bond.uri, 'ifcfg').map((f) => f.uri).sort(), [bond.uri, `${dir}ifcfg-eth1`]);
  });

  it('siblings and dumps follow a changed, added or removed file', () => {
    const ws = new InMemoryWorkspace();
    ws.set(bond);
    ws.set(port(0, 'bond0'));
    const masters = () => siblingIfcfg(ws, bond.uri).map((s) => `${s.model.device}>${s.model.master}`);
    assert.deepEqual(masters(), ['eth0>bond0']);
    ws.set(port(0, 'bond1'));
    assert.deepEqual(masters(), ['eth0>bond1']);
    ws.set(port(1, 'bond0'));
    assert.deepEqual(masters().sort(), ['eth0>bond1', 'eth1>bond0']);
    assert.deepEqual(siblingIfcfg(ws, `${dir}ifcfg-eth1`).map((s) => s.model.device).sort(), ['bond0', 'eth0'], 'a file is not its own sibling');

    assert.deepEqual(dumpsOf(ws, bond.uri, 'bond0'), []);
    ws.set(dump('bond0'));
    assert.deepEqual(dumpsOf(ws, bond.uri, 'bond0').map((d) => d.uri), ['file:///proc/net/bonding/bond0']);
    ws.delete('file:///proc/net/bonding/bond0');
    assert.deepEqual(dumpsOf(ws, bond.uri, 'bond0'), []);
  });

  it("a folder's index: bonds by DEVICE, ports by MASTER, in folder order, never the file that asks", () => {
    const ws = new InMemoryWorkspace();
    ws.set(bond);
    assert.equal(ifcfgFolder(ws, bond.uri).hasOthers(bond.uri), false, 'alone in its folder');
    const bond1 = { uri: `${dir}ifcfg-bond1`, languageId: 'ifcfg', text: 'DEVICE=bond1\nTYPE=Bond\n' };
    for (const f of [port(0, 'bond0'), bond1, port(1, 'bond0'), port(2, 'bond1')]) ws.set(f);
    const folder = ifcfgFolder(ws, bond.uri);
    const devices = (files: readonly { model: { device?: string } }[]) => files.map((f) => f.model.device);
    const eth0 = `${dir}ifcfg-eth0`;
    assert.equal(ifcfgFolder(ws, eth0), folder, 'one index for the folder while nothing changes');
    assert.equal(folder.hasOthers(bond.uri), true);
    assert.deepEqual(devices(folder.ports('bond0', bond.uri)), ['eth0', 'eth1']);
    assert.deepEqual(devices(folder.ports('bond0', eth0)), ['eth1']);
    assert.deepEqual(devices(folder.ports('bond2', bond.uri)), []);
    assert.deepEqual(devices(folder.bonds('bond0', bond.uri)), []);
    assert.deepEqual(devices(folder.bonds('bond0', eth0)), ['bond0']);
    assert.deepEqual(devices(folder.allBonds(eth0)), ['bond0', 'bond1']);
    assert.deepEqual(devices(folder.allBonds(bond1.uri)), ['bond0']);
    ws.set(port(0, 'bond1'));
    assert.deepEqual(devices(ifcfgFolder(ws, bond.uri).ports('bond1', bond.uri)), ['eth0', 'eth2']);
  });

  it('a check asks for its folder once however many rules read it, also from a workspace that answers a new list each time', () => {
    const ws = new InMemoryWorkspace();
    for (const f of [bond, port(0, 'bond0'), port(1, 'bond1')]) ws.set(f);
    let asked = 0;
    // As the disk-backed workspace does: a fresh array on every call.
    const fresh: Workspace = {
      filesNear: (uri, languageId) => {
        if (languageId === 'ifcfg') asked++;
        return [...ws.filesNear(uri, languageId)];
      },
    };
    const service = createLanguageService({ workspace: fresh, locale: 'en' });
    const eth1 = ws.filesNear(bond.uri, 'ifcfg').find((f) => f.uri.endsWith('eth1'))!;
    const text = `${eth1.text}MTU=9000\n`;
    const codes = service.doValidation(TextDocument.create(eth1.uri, 'ifcfg', 1, text)).map((d) => d.code);
    assert.ok(codes.includes('xfile.master-missing'), codes.join());
    assert.equal(asked, 1);
  });
});
