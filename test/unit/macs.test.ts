import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAC_CLASS_TEXT, classifyMac, primaryMacClass } from '../../server/src/knowledge/macs';

function ids(mac: string): string[] {
  return classifyMac(mac).map((c) => c.id);
}

test('special addresses', () => {
  assert.deepEqual(ids('00:00:00:00:00:00'), ['zero']);
  assert.deepEqual(ids('ff:ff:ff:ff:ff:ff'), ['broadcast', 'multicast']);
  assert.deepEqual(ids('01:80:c2:00:00:02'), ['lacpMulticast', 'multicast']);
  assert.deepEqual(ids('01:80:C2:00:00:02'), ['lacpMulticast', 'multicast']);
});

test('VRRP virtual router MACs carry the VRID', () => {
  const v4 = classifyMac('00:00:5e:00:01:0a');
  assert.deepEqual(v4.map((c) => c.id), ['vrrpV4']);
  assert.equal(v4[0]!.vrid, 10);
  assert.match(v4[0]!.text.en, /VRID 10\b/);
  assert.match(v4[0]!.text.zh, /VRID 10/);
  const v6 = classifyMac('00-00-5E-00-02-FF');
  assert.deepEqual(v6.map((c) => c.id), ['vrrpV6']);
  assert.equal(v6[0]!.vrid, 255);
  assert.deepEqual(ids('00:00:5e:00:01:01'), ['vrrpV4']);
});

test('masked and obfuscated addresses', () => {
  assert.deepEqual(ids('xx:xx:xx:xx:xx:xx'), ['masked']);
  assert.deepEqual(ids('XX:XX:XX:XX:XX:XX'), ['masked']);
  assert.deepEqual(ids('5c:6f:69:xx:xx:xx'), ['masked']);
  assert.deepEqual(ids('##:##:##:##:##:##'), ['masked']);
  assert.deepEqual(ids('**:**:**:**:**:**'), ['masked']);
  assert.deepEqual(ids('53:4f:53:79:ac:29'), ['sosObfuscated']);
});

test('I/G and U/L bits, and the OUI of ordinary addresses', () => {
  const u = classifyMac('5c:6f:69:34:dc:72');
  assert.deepEqual(u.map((c) => c.id), ['universal']);
  assert.equal(u[0]!.oui, '5c:6f:69');
  assert.match(u[0]!.text.en, /5c:6f:69/);
  assert.deepEqual(ids('52:54:00:12:34:56'), ['local']);
  assert.deepEqual(ids('02:00:00:00:00:01'), ['local']);
  assert.deepEqual(ids('01:00:5e:00:00:01'), ['multicast']);
  assert.deepEqual(ids('33:33:00:00:00:01'), ['multicast', 'local']);
  assert.deepEqual(ids('0:1b:21:a:b:c'), ['universal']);
  assert.equal(classifyMac('0:1b:21:a:b:c')[0]!.oui, '00:1b:21');
});

test('non-Ethernet and invalid input never throw', () => {
  const ib = '80:00:02:08:fe:80:00:00:00:00:00:00:00:02:c9:03:00:0a:0b:0c';
  const c = classifyMac(ib);
  assert.deepEqual(c.map((x) => x.id), ['nonEthernet']);
  assert.equal(c[0]!.length, 20);
  assert.match(c[0]!.text.en, /^20-byte/);
  assert.deepEqual(ids('00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00'), ['zero']);
  for (const bad of ['', 'hello', 'zz:zz:zz:zz:zz:zz', '00:11:22:33:44:555', '00::11:22:33:44', ':']) {
    assert.deepEqual(ids(bad), ['invalid'], bad);
  }
  assert.equal(primaryMacClass('00:00:00:00:00:00'), 'zero');
});

test('every class text is bilingual', () => {
  for (const [id, t] of Object.entries(MAC_CLASS_TEXT)) {
    assert.ok(t.en.trim() && t.zh.trim(), id);
    assert.notEqual(t.en, t.zh, id);
    assert.match(t.zh, /[\u4e00-\u9fff]/, id);
  }
});
