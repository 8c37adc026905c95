import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES } from '../../server/src/knowledge/modes';
import { BOND_OPTIONS, isRejectedInMode, optionByName, validateOptionValue } from '../../server/src/knowledge/options';
import { WICKED_MODE_REFUSALS, wickedModeRefusal, wickedSendsInMode } from '../../server/src/knowledge/wickedModes';

test('every option in wicked\'s mode checks is one wicked reads, by its kernel name', () => {
  for (const r of WICKED_MODE_REFUSALS) {
    const option = optionByName(r.option);
    assert.ok(option?.wicked, r.option);
    assert.equal(option.name, r.option);
    if (r.withOption) assert.ok(optionByName(r.withOption)?.wicked, r.withOption);
  }
});

// The rule words "not sent" for every option the kernel refuses and wicked lets through; that holds only while
// wicked's netlink mask skips each such option in each such mode.
test('wicked sends no option it knows in a mode where the kernel refuses it', () => {
  for (const option of BOND_OPTIONS.filter((o) => o.wicked)) {
    for (const mode of MODES) {
      if (isRejectedInMode(option, mode.number)) assert.ok(!wickedSendsInMode(option, mode.number), `${option.name} in ${mode.name}`);
    }
  }
});

test('values decide the refusal where wicked keeps a value it accepts', () => {
  const refused = (name: string, mode: 0 | 1 | 4, value: string, isSet: (n: string) => boolean = () => false) => {
    const option = optionByName(name)!;
    const check = validateOptionValue(option, value);
    assert.ok(check.ok, `${name}=${value}`);
    return wickedModeRefusal(option, mode, check.normalized, isSet) !== undefined;
  };
  assert.equal(refused('lacp_rate', 1, 'fast'), true);
  assert.equal(refused('lacp_rate', 1, 'slow'), false);
  assert.equal(refused('lacp_rate', 1, '0'), false);
  assert.equal(refused('lacp_rate', 4, 'fast'), false);
  assert.equal(refused('xmit_hash_policy', 1, 'layer2'), false);
  assert.equal(refused('xmit_hash_policy', 1, 'layer3+4'), true);
  assert.equal(refused('resend_igmp', 4, '1'), false);
  assert.equal(refused('resend_igmp', 4, '2'), true);
  assert.equal(refused('resend_igmp', 1, '200'), false);
  assert.equal(refused('tlb_dynamic_lb', 1, '0'), true);
  assert.equal(refused('tlb_dynamic_lb', 1, '1'), false);
  assert.equal(refused('num_grat_arp', 0, '2'), true);
  assert.equal(refused('primary', 4, 'eth0'), true);
  assert.equal(refused('primary', 1, 'eth0'), false);
  assert.equal(refused('arp_validate', 0, 'all'), false);
  assert.equal(refused('arp_validate', 0, 'all', (n) => n === 'arp_interval'), true);
  assert.equal(refused('arp_validate', 0, 'none', (n) => n === 'arp_interval'), false);
  assert.equal(refused('arp_validate', 4, 'none', (n) => n === 'arp_interval'), true);
});
