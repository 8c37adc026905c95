import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/service/languageService';

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'ifcfg');

/**
 * Errors the corpus files really contain. Every other file, including each one NetworkManager's own tests
 * read successfully (`networkmanager__*`), must get no error at all.
 */
const EXPECTED_ERRORS: Readonly<Record<string, readonly string[]>> = {
  // IP addresses masked as 10.xxx.x.x by the document's author.
  'fmn-doc__ifcfg-bond0_broken_BONDING_SLAVE_n_single_quotes.txt': ['7:ifcfg.invalid-value', '14:ifcfg.invalid-value'],
  'fmn-doc__ifcfg-bond0_fixed_miimon1000.txt': ['7:ifcfg.invalid-value', '14:ifcfg.invalid-value'],
  // primary= in balance-xor, and `downdelay =0` with a blank before "=".
  'insights-core__ifcfg-bond0_balance-xor_downdelay_space.txt': ['8:opts.malformed-option', '8:opts.rejected-in-mode'],
  'insights-core__ifcfg-bond0_bonding_opts_spaces_around_equals.txt': ['8:opts.malformed-option', '8:opts.malformed-option', '8:opts.malformed-option', '8:opts.rejected-in-mode'],
  // mode=failover is no kernel mode; the bond stays balance-rr, which refuses primary=.
  'insights-core__ifcfg-bond0_invalid_mode_failover.txt': ['8:opts.invalid-value', '8:opts.rejected-in-mode'],
  'insights-core__ifcfg-bond0_raw_bonding_value_quoted_device.txt': ['8:opts.malformed-option', '8:opts.rejected-in-mode'],
};

describe('ifcfg corpus through the language service', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, () => {
  it('no crash, and errors only where the files really have them', () => {
    const service = createLanguageService({ locale: 'en' });
    const files = readdirSync(CORPUS).filter((f) => f.includes('ifcfg-')).sort();
    assert.ok(files.length > 40, `corpus has ${files.length} ifcfg files`);
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const name = file.replace(/^.*__/, '').replace(/\.txt$/, '');
      const doc = TextDocument.create(`file:///corpus/network-scripts/${name}`, 'ifcfg', 1, text);
      const errors = service
        .findings(doc)
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.finding.range.start.line + 1}:${f.rule.code}`)
        .sort();
      assert.deepEqual(errors, [...(EXPECTED_ERRORS[file] ?? [])].sort(), file);
      // Every other feature answers on every file too.
      service.doHover(doc, { line: 0, character: 1 });
      service.doComplete(doc, { line: 0, character: 0 });
    }
  });
});
