import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { Counts } from './expected';

const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

/** Polls `read` until `done` holds for its value, or throws with the last value seen. */
export async function waitUntil<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Text as the editor renders it (non-breaking spaces back to spaces). */
function plain(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

/** Drives the VS Code workbench the way a person does: keyboard, mouse, and what is on the screen. */
export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
  }

  private get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Quick Open (Ctrl+P): types the path and opens the file it finds. */
  async openFile(relPath: string): Promise<void> {
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    await this.page.keyboard.press(`${mod}+P`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relPath);
    // The list shows recently opened files until the search has run: wait until the picked row is the file.
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused');
    await waitUntil(`Quick Open to pick ${relPath}`, async () => (await focused.getAttribute('aria-label')) ?? '', (label) => label.startsWith(name), 15_000);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.locator(`.editor-group-container.active .tab.active[aria-label^="${name}"]`).waitFor();
    await this.editor.locator('.view-lines').waitFor();
  }

  /** The language mode the status bar shows for the active editor. */
  async languageMode(expected: string): Promise<string> {
    const item = this.page.locator('[id="status.editor.mode"]');
    return waitUntil(`language mode "${expected}"`, async () => plain(await item.innerText()).trim(), (v) => v === expected);
  }

  /** File: New Untitled Text File, then pastes `text` into it from the clipboard (Ctrl+V). */
  async pasteIntoNewUntitled(text: string): Promise<void> {
    await this.page.evaluate((t) => (navigator as unknown as { clipboard: { writeText(s: string): Promise<void> } }).clipboard.writeText(t), text);
    await this.runCommand('File: New Untitled Text File');
    await this.page.locator('.editor-group-container.active .tab.active[aria-label^="Untitled"]').waitFor();
    await this.editor.locator('.view-lines').waitFor();
    // A new untitled editor has the keyboard focus.
    await this.page.keyboard.press(`${mod}+V`);
    await this.editor.locator('.view-lines .view-line').nth(1).waitFor();
  }

  /** Go to Line (Ctrl+G), 1-based. */
  /** Moves the cursor to `line` (1-based), and to `column` (1-based) when given: a quick fix is asked for where the cursor is. */
  async goToLine(line: number, column?: number): Promise<void> {
    await this.editor.click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press(`${mod}+G`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(column === undefined ? `:${line}` : `:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const at = column === undefined ? new RegExp(`\\b${line}\\b`) : new RegExp(`\\b${line}\\D+${column}\\b`);
    await waitUntil(`cursor on line ${line}${column === undefined ? '' : `, column ${column}`}`, () => this.page.locator('[id="status.editor.selection"]').innerText(), (t) => at.test(t));
  }

  /** The rendered line that contains `text` (the line must be in view). */
  line(text: string): Locator {
    return this.editor.locator('.view-lines .view-line').filter({ hasText: text }).first();
  }

  /** Rendered text of every line in view, top to bottom. */
  async visibleLines(): Promise<string[]> {
    const lines = await this.editor.locator('.view-lines .view-line').evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat((e as { style: { top: string } }).style.top || '0'), text: e.textContent ?? '' })),
    );
    return lines.sort((a, b) => a.top - b.top).map((l) => plain(l.text));
  }

  /**
   * Moves the mouse over `token` on the line holding `lineText` and returns the hover's text. Should the mouse hover
   * not show, the keyboard's Show Hover (Ctrl+K Ctrl+I) at the token is the second try.
   */
  async hover(lineText: string, token: string, expect: RegExp): Promise<string> {
    const target = this.line(lineText).locator('span > span', { hasText: token }).first();
    await target.waitFor();
    const content = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: expect }).first();
    const shown = async (timeout: number) => content.waitFor({ state: 'visible', timeout }).then(() => true, () => false);
    return waitUntil(
      `a hover matching ${expect}`,
      async () => {
        await this.page.mouse.move(0, 0);
        await target.hover();
        if (!(await shown(3_000))) {
          await target.click();
          await this.page.keyboard.press(`${mod}+K`);
          await this.page.keyboard.press(`${mod}+I`);
          await shown(3_000);
        }
        return plain(await content.innerText({ timeout: 1_000 }));
      },
      (text) => expect.test(text),
      30_000,
    );
  }

  /** Error, warning and info counts from the status bar, once they have stopped changing and equal `expected`. */
  async problemCounts(expected: Counts, settleMs = 1_500): Promise<Counts> {
    const item = this.page.locator('[id="status.problems"]');
    const read = async (): Promise<Counts> => {
      const label = (await item.getAttribute('aria-label')) ?? '';
      const n = (re: RegExp) => Number(re.exec(label)?.[1] ?? 0);
      return { errors: n(/Errors?: (\d+)/i), warnings: n(/Warnings?: (\d+)/i), infos: n(/Infos?: (\d+)/i) };
    };
    const same = (a: Counts, b: Counts) => a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos;
    for (;;) {
      const seen = await waitUntil('the problem counts ' + JSON.stringify(expected), read, (c) => same(c, expected));
      await this.page.waitForTimeout(settleMs);
      const again = await read();
      if (same(again, seen)) return again;
    }
  }

  /** Opens the Problems panel and returns the number its title badge shows, once the rows are rendered. */
  async problemsPanel(): Promise<{ badge: number; rows: string[] }> {
    const panel = this.page.locator('.markers-panel');
    // Ctrl+Shift+M toggles the Problems view: press it only while the view is not shown.
    if (!(await panel.isVisible())) await this.page.keyboard.press(`${mod}+Shift+M`);
    await panel.waitFor({ state: 'visible' });
    await panel.locator('.monaco-list-row').first().waitFor();
    const badge = this.page.locator('.part.panel .composite-bar .action-item.checked .badge-content, .part.panel .pane-header .badge-content').first();
    const count = await waitUntil('the Problems badge', async () => Number((await badge.innerText()).trim()), (n) => n > 0);
    const rows = await panel.locator('.monaco-list-row').allInnerTexts();
    return { badge: count, rows: rows.map(plain) };
  }

  async closePanel(): Promise<void> {
    await this.page.keyboard.press(`${mod}+J`);
    await this.page.locator('.part.panel').waitFor({ state: 'hidden' });
  }

  /** Quick Fix (Ctrl+.) at the current cursor: moves to the action with `title` with the arrow keys and applies it. */
  async quickFix(title: string): Promise<void> {
    await this.page.keyboard.press(`${mod}+.`);
    const widget = this.page.locator('.action-widget');
    await widget.locator('.monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
    const focused = widget.locator('.monaco-list-row.focused');
    for (let i = 0; i < 20 && (await focused.getAttribute('aria-label')) !== title; i++) await this.page.keyboard.press('ArrowDown');
    assert.equal(await focused.getAttribute('aria-label'), title);
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
  }

  /** Closes whatever a failed step may have left open (menus, pickers, hovers). */
  async dismiss(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
  }

  /** Runs a command from the Command Palette by its title (the arrow keys move past similar, recently used ones). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row');
    const isTitle = (label: string | null) => label !== null && (plain(label) === title || plain(label).startsWith(`${title},`));
    await waitUntil(`"${title}" in the Command Palette`, () => row.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label'))), (labels) => labels.some(isTitle), 15_000);
    const focused = this.page.locator('.quick-input-list .monaco-list-row.focused');
    for (let i = 0; i < 20 && !isTitle(await focused.getAttribute('aria-label')); i++) await this.page.keyboard.press('ArrowDown');
    assert.ok(isTitle(await focused.getAttribute('aria-label')), `"${title}" is picked`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Preferences: Open User Settings (JSON), replaces its text and saves it, as a person editing settings does. */
  async editUserSettings(settings: Record<string, unknown>): Promise<void> {
    await this.runCommand('Preferences: Open User Settings (JSON)');
    await this.page.locator('.editor-group-container.active .tab.active[aria-label^="settings.json"]').waitFor();
    await this.editor.click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press(`${mod}+A`);
    // Inserted as one piece, so bracket and quote auto-closing does not add to it.
    await this.page.keyboard.insertText(JSON.stringify(settings, null, 2));
    await this.page.keyboard.press(`${mod}+S`);
    await this.page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** Waits for a notification toast with `message` and returns its text. */
  async notification(message: string): Promise<string> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: message }).first();
    await toast.waitFor({ state: 'visible' });
    return plain(await toast.innerText());
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
