// Every user-visible text exists in English and Simplified Chinese: the knowledge tables, every rule's title and
// docs, and the findings, fixes and related notes the rules produce on every fixture.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as actorKey from '../../server/src/knowledge/actorKey';
import * as hashPolicies from '../../server/src/knowledge/hashPolicies';
import * as ifcfgFileNames from '../../server/src/knowledge/ifcfgFileNames';
import * as ifcfgKeys from '../../server/src/knowledge/ifcfgKeys';
import * as lacp from '../../server/src/knowledge/lacp';
import * as macs from '../../server/src/knowledge/macs';
import * as modes from '../../server/src/knowledge/modes';
import * as options from '../../server/src/knowledge/options';
import * as procFields from '../../server/src/knowledge/procFields';
import * as textModule from '../../server/src/knowledge/text';
import * as wickedModes from '../../server/src/knowledge/wickedModes';
import type { Text } from '../../server/src/knowledge/text';
import { languageIdFor } from '../../server/src/service/documents';
import { ALL_RULES } from '../../server/src/service/diagnostics/rules/all';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace';

/** Every knowledge module: a new file in server/src/knowledge/ must be added here (the first test checks). */
const KNOWLEDGE: Record<string, object> = { actorKey, hashPolicies, ifcfgFileNames, ifcfgKeys, lacp, macs, modes, options, procFields, text: textModule, wickedModes };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function isText(v: unknown): v is Text {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Text).en === 'string' && typeof (v as Text).zh === 'string';
}

/** Every Text reachable from a value, with the path that leads to it. */
function texts(value: unknown, path: string, out: [string, Text][] = [], seen = new Set<unknown>()): [string, Text][] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (isText(value)) {
    out.push([path, value]);
    return out;
  }
  const entries: [string, unknown][] =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : Array.isArray(value) || value instanceof Set ? [...value].map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, v] of entries) texts(v, `${path}.${key}`, out, seen);
  return out;
}

/**
 * English prose, as opposed to code, names, numbers and templates: a word of three or more lowercase letters outside
 * backticks and `{placeholders}` that is not part of an identifier, path, option or `key=value`. A single term kept
 * as it is in both languages (`sysfs`, `netlink`) is a name, not prose.
 */
function hasWords(t: Text): boolean {
  const prose = t.en.replace(/`[^`]*`/g, ' ').replace(/\{\w+\}/g, ' ').replace(/\S*[_=/\\.:]\S*/g, ' ');
  const keptAsTerm = t.zh.replace(/。$/, '.') === t.en && !/\s/.test(prose.trim());
  return !keptAsTerm && /(?<![\w-])[a-z]{3,}(?![\w-])/.test(prose);
}

function problems(found: [string, Text][]): string[] {
  const out: string[] = [];
  for (const [path, t] of found) {
    if (t.en.trim() === '' && t.zh.trim() === '') continue; // an intentionally empty label (a line with no label)
    if (t.en.trim() === '') out.push(`${path}: empty en (zh: ${t.zh})`);
    else if (t.zh.trim() === '') out.push(`${path}: empty zh (en: ${t.en})`);
    else if (hasWords(t) && !CJK.test(t.zh)) out.push(`${path}: zh has no Chinese: ${JSON.stringify(t.zh)} (en: ${JSON.stringify(t.en)})`);
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('every text in both languages', () => {
  it('covers every knowledge module', () => {
    const files = readdirSync('server/src/knowledge').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), Object.keys(KNOWLEDGE).sort());
  });

  it('the knowledge tables', () => {
    const found = Object.entries(KNOWLEDGE).flatMap(([name, module]) => texts(module, name));
    assert.ok(found.length > 200, `found ${found.length} texts`);
    assert.deepEqual(problems(found), []);
  });

  it('every rule: title and docs', () => {
    const found = ALL_RULES.flatMap((rule) => [...texts(rule.title, `${rule.code}.title`), ...texts(rule.doc, `${rule.code}.doc`)]);
    // A rule whose finding `off` does not hide also says why (doc.notSilenced).
    const kept = ALL_RULES.filter((rule) => rule.doc.notSilenced).length;
    assert.ok(kept > 0);
    assert.equal(found.length, ALL_RULES.length * 2 + kept, 'each rule has a title and a description');
    assert.deepEqual(problems(found), []);
  });

  it('every finding, related note and quick-fix title on the fixtures', () => {
    const workspace = new InMemoryWorkspace();
    const docs = walk('fixtures')
      .filter((p) => !p.includes('/grammar/') && !p.endsWith('README.md'))
      .map((path) => {
        const text = readFileSync(path, 'utf8');
        const doc = TextDocument.create(`file:///${path}`, languageIdFor(path, text), 1, text);
        workspace.set({ uri: doc.uri, languageId: doc.languageId, text });
        return doc;
      });
    const service = createLanguageService({ workspace });
    const found: [string, Text][] = [];
    const codes = new Set<string>();
    for (const doc of docs) {
      for (const { rule, finding } of service.findings(doc)) {
        codes.add(rule.code);
        const where = `${doc.uri.slice(8)}:${finding.range.start.line + 1} ${rule.code}`;
        found.push([`${where} message`, finding.message]);
        finding.related?.forEach((r, i) => found.push([`${where} related[${i}]`, r.message]));
        finding.fixes?.forEach((f, i) => found.push([`${where} fix[${i}]`, f.title]));
      }
    }
    assert.ok(codes.size >= 10, `the fixtures exercise ${codes.size} rules`);
    assert.deepEqual(problems(found), []);
  });
});

describe('the extension manifest and client strings in both languages', () => {
  const en: Record<string, string> = JSON.parse(readFileSync('package.nls.json', 'utf8'));
  const zh: Record<string, string> = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8'));

  it('every %placeholder% of package.json has an English and a Chinese text', () => {
    const used = [...readFileSync('package.json', 'utf8').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(used.length > 10);
    assert.deepEqual([...new Set(used)].sort(), Object.keys(en).sort(), 'package.nls.json has exactly the keys package.json uses');
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'package.nls.zh-cn.json has the same keys');
    assert.deepEqual(problems(Object.keys(en).map((k) => [k, { en: en[k]!, zh: zh[k]! }])), []);
  });

  it('every vscode.l10n.t() message of the client is in the Chinese bundle', () => {
    const bundle: Record<string, string> = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8'));
    const messages = walk('client/src')
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")));
    assert.ok(messages.length >= 3);
    assert.deepEqual(messages.filter((m) => !(m in bundle)), [], 'messages missing from l10n/bundle.l10n.zh-cn.json');
    assert.deepEqual(problems(messages.map((m) => [m, { en: m, zh: bundle[m]! }])), []);
    assert.deepEqual(Object.keys(bundle).filter((k) => !messages.includes(k)), [], 'bundle entries no client code uses');
  });
});
