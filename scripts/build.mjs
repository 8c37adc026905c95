// Bundles the extension client, the language server and the CLI with esbuild; the web extension's client and
// its Web Worker language server go to dist/browser/.
// `--tests [FILTER...]` bundles test/**/*.test.ts (those whose path contains a FILTER) into out/test for node:test.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { buildEngineSplit } from './engineSplit.mjs';

const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const filters = argv.filter((a) => !a.startsWith('--'));

const common = {
  bundle: true,
  minify: !flags.has('--no-minify'),
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Text in Chinese stays UTF-8 (3 bytes a character) instead of `\uXXXX` escapes (6 bytes).
  charset: 'utf8',
};

/**
 * A rule's `doc` (its description and its bad and good examples, in two languages) feeds `bondlint rules`, SARIF and
 * docs/rules; the language server never shows it. The server's bundles leave it out: some 35 KB that every start
 * would read and compile. A rule, or the spec a rule is made from (shellSyntax.ts), is an object literal with `code`
 * and `doc`; only that `doc` goes. A text made at the top of a rule file (`const X = t(…)`) is marked pure, so that
 * one only a `doc` read goes with it.
 */
const withoutRuleDocs = {
  name: 'without-rule-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]src[\\/]service[\\/]diagnostics[\\/]rules[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const cuts = [];
      const texts = file.statements.flatMap((statement) =>
        ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.filter((d) => d.initializer && ts.isCallExpression(d.initializer) && ts.isIdentifier(d.initializer.expression) && d.initializer.expression.text === 't').map((d) => d.initializer)
          : [],
      );
      const visit = (node) => {
        if (ts.isObjectLiteralExpression(node)) {
          const named = (name) => node.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
          const doc = named('doc');
          if (doc && named('code')) cuts.push(doc);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      // From the end of the file back, so that each edit leaves the offsets before it as they were.
      const edits = [
        ...texts.map((call) => ({ at: call.getStart(file), end: call.getStart(file), text: '/* @__PURE__ */ ' })),
        // The property goes with the comma after it: `doc: undefined` alone would still cost 12 bytes a rule.
        ...cuts.map((doc) => ({ at: doc.getStart(file), end: doc.end + (/^\s*,/.exec(source.slice(doc.end))?.[0].length ?? 0), text: '' })),
      ].sort((a, b) => b.at - a.at);
      let contents = source;
      for (const { at, end, text } of edits) contents = `${contents.slice(0, at)}${text}${contents.slice(end)}`;
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * dist/server.js bundles server/src/textDocument.ts to keep its documents; dist/engine.js takes that instance from it
 * (the `__server` its loader passes, node/main.ts) instead of a second copy, which every start would compile again.
 */
const textDocumentFromServer = {
  name: 'text-document-from-server',
  setup(build) {
    build.onResolve({ filter: /(^|\/)textDocument$/ }, (args) => ({ path: args.path, namespace: 'from-server' }));
    build.onLoad({ filter: /.*/, namespace: 'from-server' }, () => ({ contents: 'module.exports = __server.textDocument;', loader: 'js' }));
  },
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs' },
  // The language service, which dist/server.js loads once `initialize` is answered; `split`: its half that reads
  // configuration files goes to dist/engine-config.js (engineSplit.mjs). Watch builds keep both halves in one.
  { entryPoints: ['server/src/node/engine.ts'], outfile: 'dist/engine.js', platform: 'node', format: 'cjs', stamp: true, split: true, plugins: [withoutRuleDocs, textDocumentFromServer] },
  { entryPoints: ['server/src/cli/bondlint.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // Web extension: no node built-ins may end up in these two (a test checks).
  { entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/browser/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js', platform: 'browser', format: 'iife', plugins: [withoutRuleDocs] },
];

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

if (flags.has('--tests')) {
  if (filters.length === 0) rmSync('out/test', { recursive: true, force: true });
  const entryPoints = testFiles('test').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  await esbuild.build({
    ...common,
    minify: false,
    sourcemap: 'inline',
    entryPoints,
    outdir: 'out/test',
    outbase: 'test',
    platform: 'node',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    packages: 'external',
  });
} else if (flags.has('--watch')) {
  for (const { stamp, split, ...t } of targets) await (await esbuild.context({ ...common, ...t, minify: false })).watch();
} else {
  // dist/ is packaged whole (.vscodeignore): a file an earlier build left there would ship with this one.
  rmSync('dist', { recursive: true, force: true });
  // What each bundle is made of, for `npm run bench`: .cache/build/<bundle path with / as ->.meta.json.
  mkdirSync('.cache/build', { recursive: true });
  const record = (outfile, metafile) => writeFileSync(join('.cache/build', `${outfile.replaceAll('/', '-')}.meta.json`), JSON.stringify(metafile));
  // A first line naming the bundle's content: the server keys its compiled-code cache by it (engineLoader.ts)
  // without hashing the file at each start. A bundle without it (watch builds) is compiled every time.
  const stampFile = (outfile) => {
    const code = readFileSync(outfile);
    writeFileSync(outfile, Buffer.concat([Buffer.from(`// engine ${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n`), code]));
  };
  await Promise.all(
    targets.map(async ({ stamp, split, ...t }) => {
      if (split) {
        const { engine, config, configOutfile } = await buildEngineSplit(common, t);
        record(t.outfile, engine);
        record(configOutfile, config);
        if (stamp) [t.outfile, configOutfile].forEach(stampFile);
        return;
      }
      const { metafile } = await esbuild.build({ ...common, ...t, metafile: true });
      record(t.outfile, metafile);
      if (stamp) stampFile(t.outfile);
    }),
  );
}
