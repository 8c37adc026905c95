// A real VS Code (code-server: VS Code's workbench and extension host, served to headless Chromium) with the
// packaged extension installed. Everything asserted is read from the screen; what the screen must show is computed
// with the same language service the server runs (expected.ts). Run by `npm run test:e2e`, which installs
// code-server and Chromium first (scripts/e2e/).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { type Browser, type Page, chromium } from 'playwright-core';
import { CodeServer, Sandbox, cacheDir, copyWorkspace } from './codeServer';
import { Expected } from './expected';
import { Workbench, waitUntil } from './workbench';

const ROOT = process.cwd();
const VSIX = resolve(process.env.E2E_VSIX ?? 'linux-bonding.vsix');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = resolve(process.env.E2E_SCREENSHOTS ?? join(cacheDir(), 'screenshots'));
const FAILURES = join(cacheDir(), 'failures');
const EXTENSION_ID = 'linux-bonding.linux-bonding';

const DUMP = 'sos/proc/net/bonding/bond0';
const IFCFG = 'sos/etc/sysconfig/network-scripts/ifcfg-bond0';
const TICKET = 'ticket.md';
const NO_DUMP = 'README.md';
/** Pastes of thousands of dumps, which take the server seconds to annotate; written next to the fixtures. */
const LONG_PASTES = ['annotated-paste.txt', 'cancelled-paste.txt'] as const;
/** Above the 50 MB that VS Code gives to extensions. */
const HUGE = 'huge-ticket.txt';
/** 6 MB: the server takes seconds to annotate it, well past the half second after which the extension says it is at work. */
const longPaste = (dump: string) => Array.from({ length: 3500 }, (_, i) => `[root@host ~]# cat /proc/net/bonding/bond${i}\n${dump}\n`).join('');

type Lang = 'en' | 'zh-cn';

interface Pass {
  readonly name: string;
  readonly id: string;
  /** `web` runs the extension in the browser's web-worker extension host: the `browser` entry and server bundle. */
  readonly host: 'node' | 'web';
  /** VS Code's display language; `bonding.language` stays `auto`, so the server follows it. */
  readonly display: Lang;
  readonly screenshots: { readonly hover?: string; readonly problems?: string };
}

const PASSES: readonly Pass[] = [
  { name: 'desktop extension: node extension host, language server as a node process', id: 'node', host: 'node', display: 'en', screenshots: { hover: 'hover.png', problems: 'problems.png' } },
  { name: 'web extension: web worker extension host, language server in a Web Worker, Chinese display language', id: 'web-zh', host: 'web', display: 'zh-cn', screenshots: { hover: 'hover-zh-cn.png', problems: 'problems-zh-cn.png' } },
];

const CJK = /[\u4e00-\u9fff]/;
const DECODED = /0x3D = ACT AGG SYNC COL DIST/;

const nls = (lang: Lang): Record<string, string> => JSON.parse(readFileSync(lang === 'en' ? 'package.nls.json' : `package.nls.${lang}.json`, 'utf8'));
const l10n = (lang: Lang, message: string): string =>
  lang === 'en' ? message : (JSON.parse(readFileSync(`l10n/bundle.l10n.${lang}.json`, 'utf8')) as Record<string, string>)[message]!;
const commandTitle = (lang: Lang, key: string) => `${nls(lang)['command.category']}: ${nls(lang)[key]}`;

function settingsFor(pass: Pass): Record<string, unknown> {
  return {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.editor.enablePreview': false,
    'workbench.tips.enabled': false,
    'workbench.editor.empty.hint': 'hidden',
    'extensions.ignoreRecommendations': true,
    'editor.stickyScroll.enabled': false,
    'editor.minimap.enabled': false,
    // One rendered line per text line, so a line is read whole from the screen.
    'editor.wordWrap': 'off',
    '[markdown]': { 'editor.wordWrap': 'off' },
    'git.enabled': false,
    // a file of 55 MB opens without a question first
    'workbench.editorLargeFileConfirmation': 1024,
    ...(pass.host === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
  };
}

// E2E_ONLY=node,web-zh runs only the passes with these ids.
const only = process.env.E2E_ONLY?.split(',');

for (const pass of PASSES.filter((p) => !only || only.includes(p.id))) {
  describe(pass.name, { timeout: 10 * 60_000 }, () => {
    let sandbox: Sandbox;
    let server: CodeServer;
    let browser: Browser;
    let page: Page;
    let wb: Workbench;
    let folder: string;
    let expected: Expected;
    let lang: Lang = pass.display;
    const open: string[] = [];

    /** Runs one step; on failure saves a screenshot and the code-server log, and says where. */
    const step = (name: string, run: (t: TestContext) => Promise<void>) =>
      it(name, { timeout: 3 * 60_000 }, async (t) => {
        try {
          await wb.dismiss();
          await run(t);
        } catch (error) {
          mkdirSync(FAILURES, { recursive: true });
          const file = join(FAILURES, `${pass.id}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
          await page?.screenshot({ path: file }).catch(() => undefined);
          console.error(`e2e: "${name}" failed; screenshot: ${file}\ncode-server log (tail):\n${server?.log().slice(-4000)}`);
          throw error;
        }
      });

    before(async () => {
      assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package`);
      sandbox = new Sandbox();
      folder = copyWorkspace(sandbox, join(ROOT, 'fixtures/e2e'), 'workspace');
      // Before the workbench starts: Quick Open's file list may not have a file written later yet.
      for (const file of LONG_PASTES) writeFileSync(join(folder, file), longPaste(readFileSync(join(folder, DUMP), 'utf8')));
      writeFileSync(join(folder, HUGE), readFileSync(join(folder, DUMP), 'utf8').repeat(Math.ceil(55_000_000 / 1763)));
      expected = new Expected(folder, {}, pass.display);
      server = await CodeServer.start({ sandbox, name: pass.id, extensions: [VSIX], folder, settings: settingsFor(pass), locale: pass.display });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        env: sandbox.env as Record<string, string>,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      });
      const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, permissions: ['clipboard-read', 'clipboard-write'] });
      page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' && /bonding/i.test(m.text())) console.error(`browser console: ${m.text()}`);
      });
      wb = new Workbench(page);
      await wb.open(server.folderUrl(folder));
    });

    after(async () => {
      await browser?.close().catch(() => undefined);
      await server?.stop();
      sandbox?.dispose();
    });

    step('a /proc/net/bonding dump opens in the Bonding Status language mode', async () => {
      await wb.openFile(DUMP);
      open.push(DUMP);
      assert.equal(expected.languageId(DUMP), 'bonding-status');
      await wb.languageMode('Bonding Status');
    });

    step('hovering "port state" shows the decoded LACP bits', async () => {
      const line = expected.lineOf(DUMP, 'port state: 61');
      await wb.goToLine(line + 1);
      const shown = await wb.hover('port state: 61', 'port', DECODED);
      const want = expected.hover(DUMP, { line, character: 6 })!;
      assert.ok(shown.startsWith('port state'), shown);
      assert.ok(shown.includes(want.split('\n')[0]!.replace(/\*\*/g, '')), `the hover starts with the service's first line:\n${want.split('\n')[0]}`);
      if (lang === 'zh-cn') assert.match(shown, CJK, 'the hover is in Chinese');
      else assert.doesNotMatch(shown, CJK, 'the hover is in English');
      if (pass.screenshots.hover) await wb.screenshot(join(SHOTS, pass.screenshots.hover));
    });

    step('the status bar counts the problems the rules find in the dump', async () => {
      const counts = await wb.problemCounts(expected.counts(open));
      assert.ok(counts.warnings > 0, 'the dump has warnings');
    });

    if (pass.host === 'node') {
      step("the language server keeps its compiled code in the extension's global storage", async () => {
        const dir = sandbox.path(pass.id, 'user-data', 'User', 'globalStorage', EXTENSION_ID, 'code-cache');
        // a file for each of its two bundles (dist/engine.js, dist/engine-config.js)
        const both = (names: string[]) => ['engine', 'engine-config'].every((bundle) => names.some((name) => new RegExp(`^${bundle}-[0-9a-f]{16}-\\S+\\.v8cache$`).test(name)));
        const files = await waitUntil('the code cache', async () => (existsSync(dir) ? readdirSync(dir) : []), both, 15_000);
        assert.ok(both(files), files.join(' '));
      });
    }

    step('an ifcfg file opens in the ifcfg language mode and its problems are counted', async () => {
      await wb.openFile(IFCFG);
      open.push(IFCFG);
      assert.equal(expected.languageId(IFCFG), 'ifcfg');
      await wb.languageMode('ifcfg');
      assert.ok(expected.sameWithOpenDocumentsOnly(open), 'the fixtures must not depend on which closed files the server sees');
      const counts = await wb.problemCounts(expected.counts(open));
      assert.ok(counts.errors > 0, 'the unquoted BONDING_OPTS is an error');
    });

    step('the Problems panel lists every problem, in the display language', async () => {
      const panel = await wb.problemsPanel();
      const all = open.flatMap((rel) => expected.diagnostics(rel));
      assert.equal(panel.badge, all.length);
      for (const d of all.slice(0, 3)) {
        const message = typeof d.message === 'string' ? d.message : d.message.value;
        const prefix = message.slice(0, 40);
        assert.ok(panel.rows.some((r) => r.includes(prefix)), `the panel shows "${prefix}…"`);
      }
      if (lang === 'zh-cn') assert.ok(panel.rows.some((r) => CJK.test(r)), 'messages are in Chinese');
      if (pass.screenshots.problems) await wb.screenshot(join(SHOTS, pass.screenshots.problems));
      await wb.closePanel();
    });

    /** Applies `title` from the quick-fix menu at the finding, waits for `line` to show, and checks that a problem went. */
    async function applyAction(at: { line: number; character: number }, title: string, line: string, text: string): Promise<void> {
      // On the finding itself: another finding of the line offers its own actions (at least the silencing comment).
      await wb.goToLine(at.line + 1, at.character + 1);
      await wb.quickFix(title);
      await waitForLine(wb, line);
      const before = expected.counts(open);
      expected.update(IFCFG, text);
      const now = await wb.problemCounts(expected.counts(open));
      assert.ok(now.errors + now.warnings + now.infos < before.errors + before.warnings + before.infos, 'the problem is gone');
    }

    step('applying a quick fix changes the text and clears the problem', async (t) => {
      const fix = expected.firstQuickFix(IFCFG);
      if (!fix) {
        t.todo(`no rule offers a quick fix in ${IFCFG} yet`);
        return;
      }
      assert.notEqual(fix.after, fix.before);
      await applyAction(fix.diagnostic.range.start, fix.action.title, fix.after, fix.text);
    });

    step('"Disable … for this line" writes the comment above the line and the problem goes', async () => {
      const disable = expected.firstDisable(IFCFG);
      assert.ok(disable, `no finding in ${IFCFG} to silence`);
      await applyAction(disable, disable.action.title, disable.comment, disable.text);
    });

    step('a dump pasted into a Markdown ticket gets hovers and problems inside the dump only', async () => {
      await wb.openFile(TICKET);
      open.push(TICKET);
      await wb.languageMode('Markdown');
      const line = expected.lineOf(TICKET, 'port state: 61');
      await wb.goToLine(line + 1);
      await wb.hover('port state: 61', 'port', DECODED);
      const first = expected.lineOf(TICKET, 'Ethernet Channel Bonding Driver');
      const last = expected.lineOf(TICKET, '```', first);
      const ticket = expected.diagnostics(TICKET);
      assert.ok(ticket.length > 0 && ticket.every((d) => d.range.start.line >= first && d.range.end.line < last), 'problems only inside the dump');
      await wb.problemCounts(expected.counts(open));
    });

    step('a dump pasted into a new untitled editor switches it to Bonding Status, with hovers and problems', async () => {
      await wb.pasteIntoNewUntitled(expected.doc(DUMP).getText());
      await wb.languageMode('Bonding Status');
      // The untitled copy gets the same findings as the dump file.
      open.push(DUMP);
      await wb.problemCounts(expected.counts(open));
      const line = expected.lineOf(DUMP, 'port state: 61');
      await wb.goToLine(line + 1);
      await wb.hover('port state: 61', 'port', DECODED);
    });

    step('"Annotate Dump" writes a decoding comment after the dump lines, in place', async () => {
      const annotated = expected.annotatedLines(TICKET, lang);
      const line = expected.lineOf(TICKET, 'port state: 61');
      const comment = annotated[line]!.slice(annotated[line]!.indexOf('# '));
      assert.ok(comment.startsWith('# '), 'annotate comments that line');
      await wb.openFile(TICKET);
      await wb.goToLine(line + 1);
      await wb.runCommand(commandTitle(pass.display, 'command.annotateDump'));
      await waitForLine(wb, comment);
      const intro = expected.doc(TICKET).getText().split('\n')[2]!;
      await wb.goToLine(3);
      assert.ok((await wb.visibleLines()).includes(intro), 'text outside the dump stays as it was');
    });

    step('"Annotate Dump" on a long paste shows that it is at work, and its Cancel leaves the text alone', async (t) => {
      const line = expected.doc(DUMP).getText().split('\n').findIndex((l) => l.includes('port state: 61')) + 1;
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: l10n(pass.display, 'Annotating the dump…') }).first();
      const annotateAt = async (file: string) => {
        await wb.openFile(file);
        await wb.goToLine(line + 1);
        await wb.runCommand(commandTitle(pass.display, 'command.annotateDump'));
        await toast.waitFor({ state: 'visible' });
      };
      try {
        // Once to the end, to learn how long it takes here.
        const started = Date.now();
        await annotateAt(LONG_PASTES[0]);
        await waitUntil('the annotated line', async () => await wb.visibleLines(), (lines) => lines.some((l) => /port state: 61\s+# /.test(l)), 120_000);
        const took = Date.now() - started;
        t.diagnostic(`annotated in ${took} ms`);
        await toast.waitFor({ state: 'hidden' });
        await wb.runCommand('View: Revert and Close Editor');
        // Then cancelled, and given as long as the whole took: had it gone on, the edit would be in by now.
        await annotateAt(LONG_PASTES[1]);
        await toast.getByRole('button', { name: 'Cancel' }).click();
        await toast.waitFor({ state: 'hidden' });
        await new Promise((r) => setTimeout(r, took + 2_000));
        const lines = await wb.visibleLines();
        // (the inlay hint follows the value on screen)
        assert.ok(lines.some((l) => /^\s*port state: 61\b/.test(l)), `the line is on screen: ${JSON.stringify(lines)}`);
        assert.ok(!lines.some((l) => /port state: 61\s.*#/.test(l)), 'no comment was written');
        assert.equal(await page.locator('.notifications-toasts .notification-toast').count(), 0, 'a cancelled command says nothing more');
      } finally {
        // A thousand problems each: the later steps read the Problems panel.
        await wb.runCommand('View: Revert and Close Editor');
      }
    });

    step('"Annotate Dump" on a file larger than VS Code gives to extensions says so', async () => {
      await wb.openFile(HUGE);
      try {
        await wb.runCommand(commandTitle(pass.display, 'command.annotateDump'));
        const message = l10n(pass.display, '{0} is larger than VS Code gives to extensions (50 MB): it gets no hovers or problems. Check it with bondlint in a terminal.');
        await wb.notification(message.replace('{0}', HUGE));
      } finally {
        await wb.runCommand('View: Close Editor');
      }
    });

    step('"Copy Annotated Dump as Markdown" puts a fenced, annotated dump and its findings on the clipboard', async () => {
      await wb.openFile(DUMP);
      await wb.runCommand(commandTitle(pass.display, 'command.copyAnnotatedMarkdown'));
      await wb.notification(l10n(pass.display, 'The annotated dump is on the clipboard as Markdown.'));
      const copied = await page.evaluate(() => (navigator as unknown as { clipboard: { readText(): Promise<string> } }).clipboard.readText());
      const annotated = expected.annotatedLines(DUMP, lang);
      const line = expected.lineOf(DUMP, 'port state: 61');
      assert.ok(copied.startsWith('```bonding\n'), copied.slice(0, 80));
      assert.ok(copied.includes(annotated[line]!), `the copy has the annotated line ${annotated[line]}`);
      assert.match(copied, lang === 'zh-cn' ? /发现的问题（\d+）/ : /Findings \(\d+\)/);
    });

    step('client messages come from the l10n bundle of the display language', async () => {
      await wb.openFile(NO_DUMP);
      await wb.runCommand(commandTitle(pass.display, 'command.annotateDump'));
      const message = l10n(pass.display, 'No bonding dump found in the selection or the document.');
      assert.ok(message, 'the bundle translates the message');
      await wb.notification(message);
    });

    step('"Annotate Dump" on a document above bonding.maxFileSize leaves it alone and says why', async () => {
      const rowsSay = (wanted: boolean) =>
        waitUntil(`the Problems panel ${wanted ? 'with' : 'without'} doc.too-large`, async () => (await wb.problemsPanel()).rows, (rows) => rows.some((r) => r.includes('bonding.maxFileSize')) === wanted);
      await wb.editUserSettings({ ...settingsFor(pass), 'bonding.maxFileSize': 100 });
      await rowsSay(true);
      await wb.openFile(DUMP);
      const length = expected.doc(DUMP).getText().length;
      await wb.runCommand(commandTitle(pass.display, 'command.annotateDump'));
      await wb.notification(
        lang === 'zh-cn' ? `该文档有 ${length} 个字符，超过 bonding.maxFileSize（100），未做分析。` : `This document has ${length} characters, more than bonding.maxFileSize (100): it is not analysed.`,
      );
      await wb.goToLine(expected.lineOf(DUMP, 'port state: 61') + 1);
      assert.ok(!(await wb.visibleLines()).some((l) => /port state: 61\s+#/.test(l)), 'the dump is not annotated');
      await wb.editUserSettings(settingsFor(pass));
      await rowsSay(false);
    });

    if (pass.display === 'en') {
      step('setting "bonding.language": "zh-cn" in settings.json switches hovers and problems to Chinese', async () => {
        await wb.editUserSettings({ ...settingsFor(pass), 'bonding.language': 'zh-cn' });
        lang = 'zh-cn';
        expected.configure({ language: 'zh-cn' });
        await wb.openFile(DUMP);
        const line = expected.lineOf(DUMP, 'port state: 61');
        await wb.goToLine(line + 1);
        const shown = await wb.hover('port state: 61', 'port', CJK);
        assert.match(shown, DECODED);
        const panel = await wb.problemsPanel();
        const message = expected.diagnostics(DUMP)[0]!.message;
        const text = typeof message === 'string' ? message : message.value;
        assert.match(text, CJK);
        await waitUntil('Chinese messages in the Problems panel', async () => (await wb.problemsPanel()).rows, (rows) => rows.some((r) => r.includes(text)));
        assert.ok(panel.badge > 0);
      });
    }
  });
}

function waitForLine(wb: Workbench, text: string): Promise<string> {
  return waitUntil(`a line with "${text}"`, async () => (await wb.visibleLines()).find((l) => l.includes(text)) ?? '', (l) => l !== '');
}
