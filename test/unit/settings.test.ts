import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, LANGUAGE_SETTINGS, RULE_LEVELS, SWITCH_SETTINGS, TRACE_SETTINGS, normalizeSettings } from '../../server/src/service/settings';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const properties: Record<string, any> = manifest.contributes.configuration.properties;

function flatten(o: object, prefix = 'bonding.'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'rules') Object.assign(out, flatten(v, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

describe('settings', () => {
  it('the manifest declares exactly the settings the server reads, with the same defaults', () => {
    const flat = flatten(DEFAULT_SETTINGS);
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(flat).sort());
    for (const [key, value] of Object.entries(flat)) assert.deepEqual(properties[key].default, value, key);
  });

  it('the manifest offers exactly the values the server accepts', () => {
    assert.deepEqual(properties['bonding.language'].enum, [...LANGUAGE_SETTINGS]);
    assert.deepEqual(properties['bonding.switch'].enum, [...SWITCH_SETTINGS]);
    assert.deepEqual(properties['bonding.trace.server'].enum, [...TRACE_SETTINGS]);
    assert.deepEqual(properties['bonding.rules'].additionalProperties.enum, [...RULE_LEVELS]);
  });

  it('keeps well-formed values and drops the rest', () => {
    const s = normalizeSettings({ language: 'zh-cn', switch: 'bogus', rules: { 'proc.link-failures': 'off', 'proc.churned': 'loud' }, maxFileSize: -1 });
    assert.equal(s.language, 'zh-cn');
    assert.equal(s.switch, 'unknown');
    assert.deepEqual(s.rules, { 'proc.link-failures': 'off' });
    assert.equal(s.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(normalizeSettings(null), DEFAULT_SETTINGS);
    assert.equal(normalizeSettings({ codeActions: { disableComment: false } }).codeActions.disableComment, false);
    assert.equal(normalizeSettings({ codeActions: { disableComment: 'no' } }).codeActions.disableComment, true);
  });
});
