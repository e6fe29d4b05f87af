#!/usr/bin/env node
// Browser end-to-end run: Debian's Chromium drives the real VS Code workbench served by
// code-server, the way a user would (explorer, editor, Problems panel, hover, Ctrl+.).
// `runBrowserE2E({ url })` is called by run.mjs; run this file directly to start its own
// server with the current build (`node test/e2e/browser.e2e.mjs`, after `npm run build`).
//
// The helpers below (openFile, openProblems, problemRows, waitForProblem, hoverAt,
// codeActions, applyQuickFix, editorText) are the building blocks for product assertions;
// add those in productSteps() at the end of the file.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strict as assert } from 'node:assert';
import { launchBrowser, newPage } from '../../scripts/vscode/browser.mjs';
import { setup } from '../../scripts/vscode/setup.mjs';
import { ARTIFACTS, startSession } from './session.mjs';

/** User settings for browser sessions: no word wrap, so one rendered line is one document line (see editorText). */
export const BROWSER_SETTINGS = {
  'editor.wordWrap': 'off',
  '[markdown]': { 'editor.wordWrap': 'off' },
  'editor.minimap.enabled': false,
};

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';
// The editor's hover; workbench hovers (tabs, title bar) carry .workbench-hover.
const HOVER = '.monaco-hover:not(.hidden):not(.workbench-hover)';
const ACTION_WIDGET = '.action-widget';

// ---------------------------------------------------------------------------------------
// Helpers: each waits on a selector or a condition, never on a fixed delay.

/** Loads the workbench at `url` and waits until the explorer lists the workspace's files. */
export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** The file names the explorer shows (top level of the workspace). */
export async function explorerFiles(page) {
  return page.locator('.explorer-folders-view .monaco-list-row .label-name').allInnerTexts();
}

/** Opens a top-level workspace file by clicking it in the explorer; resolves when its editor shows text. */
export async function openFile(page, name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
  });
  await row.click();
  await page
    .locator('.part.editor .tab.active')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
    .waitFor();
  await page.locator(`${EDITOR} .view-lines .view-line`).first().waitFor();
}

/**
 * The active editor's text as rendered: visible lines only (the editor virtualises long
 * documents) and one line per document line because BROWSER_SETTINGS turns word wrap off.
 */
export async function editorText(page) {
  return page.locator(`${EDITOR} .view-lines`).evaluate((lines) => {
    const rows = [...lines.querySelectorAll('.view-line')].map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent ?? '' }));
    rows.sort((a, b) => a.top - b.top);
    return rows.map((r) => r.text.replace(/\u00a0/g, ' ')).join('\n');
  });
}

/** Waits until the active editor's rendered text satisfies `accept`; resolves with the text. */
export async function waitForEditorText(page, accept, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await editorText(page);
    if (accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`editor text not as expected within ${timeout} ms; it is:\n${text}`);
    await page.waitForTimeout(100); // polling a condition: the DOM gives no "text changed" event
  }
}

/** Screen box of the `occurrence`-th (0-based) `text` in the active editor's rendered lines. */
export async function textBox(page, text, occurrence = 0) {
  const box = await page.locator(`${EDITOR} .view-lines`).evaluate(
    (lines, [needle, nth]) => {
      // Walk each rendered line's text nodes, find the match, and measure it with a DOM Range.
      const rows = [...lines.querySelectorAll('.view-line')].sort((a, b) => (parseFloat(a.style.top) || 0) - (parseFloat(b.style.top) || 0));
      let seen = 0;
      for (const row of rows) {
        const nodes = [];
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
        const full = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
        for (let at = full.indexOf(needle); at >= 0; at = full.indexOf(needle, at + 1)) {
          if (seen++ < nth) continue;
          const locate = (offset) => {
            for (const n of nodes) {
              if (offset <= n.data.length) return [n, offset];
              offset -= n.data.length;
            }
            return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
          };
          const range = document.createRange();
          range.setStart(...locate(at));
          range.setEnd(...locate(at + needle.length));
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    },
    [text, occurrence],
  );
  if (!box) throw new Error(`"${text}" is not among the editor's rendered lines`);
  return box;
}

/** Puts the cursor inside `text` (its middle) in the active editor. */
export async function placeCursor(page, text, occurrence = 0) {
  const box = await textBox(page, text, occurrence);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Hovers the mouse over `text` in the active editor and returns the hover widget's text,
 * or null when no hover appears within `timeout`. With `contains`, waits until the hover
 * includes that string (providers can answer one after another).
 */
export async function hoverAt(page, text, { occurrence = 0, contains, timeout = 5_000 } = {}) {
  await page.mouse.move(1, 1); // leave any previous hover, so a fresh one is triggered
  await page.locator(HOVER).waitFor({ state: 'hidden', timeout }).catch(() => {});
  const box = await textBox(page, text, occurrence);
  await page.mouse.move(box.x + Math.min(box.width / 2, 8), box.y + box.height / 2, { steps: 3 });
  const hover = page.locator(HOVER).filter(contains ? { hasText: contains } : { hasNotText: /^\s*Loading\.\.\.\s*$/ });
  const mouseTime = Math.min(timeout, 3_000);
  try {
    await hover.first().waitFor({ state: 'visible', timeout: mouseTime });
  } catch {
    // A mouse hover is sometimes not triggered in a headless workbench: ask for it from the keyboard (Ctrl+K Ctrl+I).
    if (timeout <= mouseTime) return null;
    await placeCursor(page, text, occurrence);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    try {
      await hover.first().waitFor({ state: 'visible', timeout: timeout - mouseTime });
    } catch {
      return null;
    }
  }
  // Wait out the hover's fade-in, so a screenshot shows it as the reader does.
  await hover.first().evaluate((el) => new Promise((done) => {
    const check = () => (getComputedStyle(el).opacity === '1' ? done() : requestAnimationFrame(check));
    check();
  })).catch(() => {});
  // Hover Markdown turns spaces in data into no-break spaces; read them as spaces.
  return (await hover.first().innerText()).replace(/\u00a0/g, ' ').trim();
}

/** Opens the Problems panel (Ctrl+Shift+M) and waits until it is visible. */
export async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible' });
}

/**
 * The problem rows the Problems panel renders (file rows skipped): severity, message,
 * source, code, position ("[Ln 3, Col 3]") and the row's accessible label.
 */
export async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows
      .filter((row) => row.querySelector('.marker-message'))
      .map((row) => {
        const text = (sel) => row.querySelector(sel)?.textContent?.trim() ?? '';
        const icon = row.querySelector('.marker-icon');
        const severity = ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'unknown';
        return {
          severity,
          message: text('.marker-message'),
          source: text('.marker-source'),
          code: text('.marker-code'),
          position: text('.marker-line'),
          label: row.getAttribute('aria-label') ?? '',
        };
      }),
  );
}

/** Waits until a problem row matches (`match` is a substring of the message, or a predicate); resolves with it. */
export async function waitForProblem(page, match, { timeout = 15_000 } = {}) {
  const accept = typeof match === 'function' ? match : (row) => row.message.includes(match);
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await problemRows(page);
    const row = rows.find(accept);
    if (row) return row;
    if (Date.now() > deadline) {
      throw new Error(`no problem row matched within ${timeout} ms; rows: ${JSON.stringify(rows.map((r) => r.message))}`);
    }
    await page.waitForTimeout(100); // polling a condition: rows arrive when diagnostics do
  }
}

/**
 * Opens the code action menu (Ctrl+.) with the cursor in `at` and returns the titles it
 * lists, or [] when VS Code says there are none. The menu is left open when `keepOpen`.
 */
export async function codeActions(page, at, { occurrence = 0, keepOpen = false, timeout = 10_000 } = {}) {
  await placeCursor(page, at, occurrence);
  await page.keyboard.press('Control+.');
  const menu = page.locator(ACTION_WIDGET).filter({ has: page.locator('.monaco-list-row.action') });
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: /no code actions/i });
  await menu.or(none).first().waitFor({ state: 'visible', timeout });
  if (await none.isVisible()) return [];
  const titles = (await menu.locator('.monaco-list-row.action .title').allInnerTexts()).map((t) => t.trim());
  if (!keepOpen) {
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  }
  return titles;
}

/**
 * Picks the code action titled `title` from the Ctrl+. menu (cursor in `at`), and resolves
 * with the editor text once it has changed.
 */
export async function applyQuickFix(page, title, { at, occurrence = 0, timeout = 10_000 } = {}) {
  const before = await editorText(page);
  const titles = await codeActions(page, at, { occurrence, keepOpen: true, timeout });
  if (!titles.includes(title)) {
    await page.keyboard.press('Escape');
    throw new Error(`no code action "${title}" at "${at}"; offered: ${JSON.stringify(titles)}`);
  }
  // Keyboard, as a user would: a pointer block covers the menu until the mouse moves.
  const focused = page.locator(`${ACTION_WIDGET} .monaco-list-row.action.focused`);
  for (let i = 0; (await focused.getAttribute('aria-label')) !== title; i++) {
    if (i > titles.length) throw new Error(`could not move the menu's focus to "${title}"`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await page.locator(ACTION_WIDGET).waitFor({ state: 'hidden', timeout });
  return waitForEditorText(page, (text) => text !== before, { timeout });
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------
// The steps. Each depends on the ones before it, so after a failure the rest are skipped.

/** Steps true with the stub extension; "harness check" steps exercise the helpers on VS Code's own features. */
function steps(page, url, log) {
  return [
    ['workbench loads and the explorer lists the articles', async () => {
      await openWorkbench(page, url);
      const files = await explorerFiles(page);
      for (const f of ['article.md', 'articulo.md', 'prison.md']) assert.ok(files.includes(f), `explorer shows ${JSON.stringify(files)}`);
    }],
    ['article.md opens from the explorer into an editor', async () => {
      await openFile(page, 'article.md');
      const text = await editorText(page);
      assert.ok(text.startsWith('# Kelmouth ferry carries more passengers than ever'), `editor shows:\n${text}`);
    }],
    ['the Problems panel opens with Ctrl+Shift+M', async () => {
      await openProblems(page);
      assert.ok(Array.isArray(await problemRows(page)));
    }],
    ['hovering a figure reads the hover widget, if any', async () => {
      await openFile(page, 'article.md');
      const hover = await hoverAt(page, '412,000', { contains: 'Not checked', timeout: 10_000 });
      log(`  hover over "412,000": ${hover === null ? '(none)' : JSON.stringify(hover)}`);
      assert.ok(hover?.includes('not tied to a known quantity'), 'an unmatched figure still gets a hover saying so');
    }],
    ['harness check: hoverAt reads a link hover', async () => {
      const hover = await hoverAt(page, 'example.org/kelmouth', { contains: 'Follow link' });
      assert.ok(hover, 'no hover over the link');
    }],
    ['harness check: problemRows reads a JSON syntax error', async () => {
      await openFile(page, 'harness-check.jsonc');
      const row = await waitForProblem(page, 'Expected comma');
      assert.equal(row.severity, 'error');
      assert.match(row.position, /Ln 5, Col 3/); // the line after the missing comma
    }],
    ['harness check: applyQuickFix applies a Markdown refactoring from Ctrl+.', async () => {
      await openFile(page, 'links.md');
      const text = await applyQuickFix(page, 'Extract to link definition', { at: 'example.org/style' });
      assert.match(text, /\]: https:\/\/example\.org\/style/);
      await page.keyboard.press('Escape'); // leave the rename box the refactoring opens
    }],
    ...productSteps(page),
    ...editorSteps(page),
  ];
}

/** What a user sees of the product: the conflict in Problems, the hover's comparison, a quick fix. */
function productSteps(page) {
  return [
    ['prison.md: the conflicting figure is in the Problems panel', async () => {
      await openFile(page, 'prison.md');
      await openProblems(page);
      const row = await waitForProblem(page, 'conflicts with the sources for CECOT capacity', { timeout: 20_000 });
      assert.equal(row.severity, 'warning');
      assert.match(row.source ?? '', /crosscheck/);
      await page.screenshot({ path: join(ARTIFACTS, 'product-problems.png') });
    }],
    ['hovering the figure shows every source side by side', async () => {
      await openFile(page, 'prison.md');
      const hover = await hoverAt(page, '60,000', { contains: 'Breitbart', timeout: 10_000 });
      assert.ok(hover, 'no hover over 60,000');
      for (const want of ['CECOT capacity', 'MercoPress', 'Atlas News', 'Conflicts']) assert.ok(hover.includes(want), `hover lacks ${want}: ${hover}`);
      await page.screenshot({ path: join(ARTIFACTS, 'product-hover.png') });
      await page.keyboard.press('Escape');
      const agreeing = await hoverAt(page, 'some 15,000', { contains: 'Matched by', timeout: 10_000 });
      assert.ok(agreeing?.includes('Agrees'), `hover over "some 15,000": ${agreeing}`);
      await page.screenshot({ path: join(ARTIFACTS, 'product-hover-table.png') });
      await page.keyboard.press('Escape');
    }],
    ['the quick fix replaces the figure and the finding goes', async () => {
      await openFile(page, 'prison.md');
      const text = await applyQuickFix(page, 'Replace with “40,000” (Breitbart, MercoPress, Atlas News)', { at: '60,000' });
      assert.ok(text.includes('room for 40,000 inmates'), `editor shows:\n${text}`);
      await openProblems(page);
      const deadline = Date.now() + 15_000;
      let rows = await problemRows(page);
      while (rows.some((r) => /CECOT capacity/.test(r.message)) && Date.now() < deadline) {
        await page.waitForTimeout(250); // the Problems panel gives no event to wait on
        rows = await problemRows(page);
      }
      assert.ok(!rows.some((r) => /CECOT capacity/.test(r.message)), `still listed: ${JSON.stringify(rows)}`);
      await page.screenshot({ path: join(ARTIFACTS, 'product-quickfix.png') });
    }],
  ];
}

/** The status bar's Crosscheck item: its text and its accessible label. */
async function crosscheckStatus(page) {
  const item = page.locator('.statusbar-item', { hasText: 'Crosscheck' }).first();
  await item.waitFor({ timeout: 20_000 });
  // Text and label are read in one step: read apart, the text may be the spinner's and the label
  // the counts that replaced it a moment later.
  return item.evaluate((el) => {
    const labelled = el.querySelector('a, [role]');
    return { text: el.innerText.trim(), label: labelled?.getAttribute('aria-label') ?? el.getAttribute('aria-label') ?? '' };
  });
}

/** Waits until the status bar shows the active article's counts (its first analysis is done). */
async function waitForCounts(page, { timeout = 20_000, label = /figures? checked/ } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await crosscheckStatus(page).catch(() => null);
    // Until the editor's switch reaches the extension, the counts shown are the previous article's.
    if (s && label.test(s.label)) return s;
    if (Date.now() > deadline) throw new Error(`the status bar shows no Crosscheck counts: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100); // polling a condition: the status bar gives no event
  }
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Switches the colour theme through the theme picker (Ctrl+K Ctrl+T). */
async function setTheme(page, name) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Screenshot of the editor area only. */
async function editorShot(page, file) {
  await page.locator('.part.editor').screenshot({ path: join(ARTIFACTS, file) });
}

/** The editor steps of issue 11: decorations, hovers, the Figures view, the chart, the status bar, in the light default theme and a dark one. */
function editorSteps(page) {
  return [
    ['verdicts.md: the status bar says Crosscheck and counts checked, not checked and conflicts', async () => {
      await page.mouse.move(1, 1);
      await openFile(page, 'verdicts.md');
      const counts = /^Crosscheck: \d+ figures checked, \d+ not checked, 1 conflict/;
      const s = await waitForCounts(page, { label: counts });
      assert.match(s.text, /^Crosscheck\s/);
      assert.match(s.label, counts);
      assert.doesNotMatch(s.label, /symbol|\$\(/);
      await editorShot(page, 'decorations-light.png');
    }],
    ['the hover on an agreeing, a conflicting and a disputed figure starts with the verdict', async () => {
      const cases = [
        ['some 15,000', 'Agrees', 'hover-agrees.png'],
        ['60,000', 'Conflicts', 'hover-conflict.png'],
        ['January 31, 2023', 'Disputed', 'hover-disputed.png'],
      ];
      for (const [figure, verdict, shot] of cases) {
        const hover = await hoverAt(page, figure, { contains: verdict, timeout: 10_000 });
        assert.ok(hover, `no hover with "${verdict}" over ${figure}`);
        assert.doesNotMatch(hover, /\\|score \d|cecot\./, `internals in the hover over ${figure}: ${hover}`);
        await page.screenshot({ path: join(ARTIFACTS, shot) });
        await page.keyboard.press('Escape');
      }
    }],
    ['Ctrl+. lists the fixes of the figure under the cursor only, with one Ignore', async () => {
      await page.mouse.move(1, 1);
      const onAgreeing = await codeActions(page, 'some 15,000');
      assert.deepEqual(onAgreeing.filter((t) => /Replace|Cite|Ignore|Disable/.test(t)), [], JSON.stringify(onAgreeing));
      const titles = await codeActions(page, '60,000', { keepOpen: true });
      assert.equal(titles.filter((t) => t.startsWith('Ignore')).length, 1, JSON.stringify(titles));
      assert.ok(titles.length <= 5, JSON.stringify(titles));
      await page.screenshot({ path: join(ARTIFACTS, 'quickfix-menu.png') });
      await page.keyboard.press('Escape');
    }],
    ['the Figures view lists the figures by verdict, conflicts first', async () => {
      await page.mouse.move(1, 1);
      const header = page.locator('.part.sidebar .pane-header', { hasText: /^Figures/ }).first();
      await header.waitFor();
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      // Fold the file list so the view has the sidebar's height (unfolded again below).
      const folder = page.locator('.part.sidebar .pane-header', { hasText: /^Workspace/i }).first();
      if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
      const rows = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^Figures/i }) }).locator('.monaco-list-row');
      await rows.filter({ hasText: 'Conflicts (1)' }).first().waitFor({ timeout: 15_000 });
      const texts = await rows.allInnerTexts();
      assert.match(texts[0] ?? '', /Conflicts \(1\)/, JSON.stringify(texts));
      assert.ok(texts.some((t) => t.includes('60,000') && t.includes('sources: 40,000')), JSON.stringify(texts));
      await page.screenshot({ path: join(ARTIFACTS, 'figures-view.png') });
      await folder.click();
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    }],
    ['Compare Sources opens a chart of every source over time', async () => {
      await openFile(page, 'prison.md');
      await placeCursor(page, '2.6');
      await runCommand(page, 'Crosscheck: Compare Sources');
      await page.locator('.part.editor .tab', { hasText: 'Compare:' }).first().waitFor({ timeout: 15_000 });
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('svg circle').first().waitFor({ timeout: 15_000 });
      assert.ok((await frame.locator('svg circle').count()) >= 5, 'fewer points than the series has');
      assert.equal(await frame.locator('svg path.article').count(), 1);
      await page.screenshot({ path: join(ARTIFACTS, 'chart.png') });
      const tab = page.locator('.part.editor .tab', { hasText: 'Compare:' }).first();
      await tab.hover();
      await tab.locator('.tab-actions .action-label').first().click();
      await tab.waitFor({ state: 'detached' });
    }],
    ['in a dark theme the verdicts stay apart', async () => {
      await setTheme(page, 'Dark Modern');
      await openFile(page, 'verdicts.md');
      await waitForCounts(page);
      await editorShot(page, 'decorations-dark.png');
      const hover = await hoverAt(page, '60,000', { contains: 'Conflicts', timeout: 10_000 });
      assert.ok(hover);
      await page.screenshot({ path: join(ARTIFACTS, 'hover-conflict-dark.png') });
      await page.keyboard.press('Escape');
    }],
  ];
}

/**
 * Runs the steps against the workbench at `url`, with screenshots in `artifactsDir`.
 * Resolves with one result per step ({ name, pass, skipped, error, durationMs }).
 */
export async function runBrowserE2E({ url, artifactsDir = ARTIFACTS, log = (line) => console.log(line) }) {
  await mkdir(artifactsDir, { recursive: true });
  const browser = await launchBrowser();
  const results = [];
  try {
    const page = await newPage(browser);
    page.setDefaultTimeout(30_000);
    let failed = false;
    for (const [n, [name, fn]] of steps(page, url, log).entries()) {
      const shot = join(artifactsDir, `browser-${String(n + 1).padStart(2, '0')}-${slug(name)}.png`);
      if (failed) {
        results.push({ name, pass: false, skipped: true, durationMs: 0 });
        log(`skip ${name}`);
        continue;
      }
      const t0 = Date.now();
      try {
        await fn();
        results.push({ name, pass: true, durationMs: Date.now() - t0 });
      } catch (err) {
        failed = true;
        results.push({ name, pass: false, error: plain(err.message), durationMs: Date.now() - t0 });
      }
      await page.screenshot({ path: shot }).catch(() => {});
      const r = results[results.length - 1];
      log(`${r.pass ? 'pass' : 'FAIL'} ${name} (${r.durationMs} ms)${r.error ? `\n     ${r.error.split('\n').join('\n     ')}` : ''}`);
    }
  } finally {
    await browser.close();
  }
  await writeFile(join(artifactsDir, 'browser-results.json'), JSON.stringify(results, null, 2) + '\n');
  return results;
}

/** Drops terminal colour codes (Playwright puts them in its messages). */
function plain(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);
}

// Standalone: own server with the current build, then the steps.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await setup();
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-browser-'));
  let session;
  const cleanup = async () => {
    await session?.server.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().finally(() => process.exit(130)));
  let code = 1;
  try {
    session = await startSession({ dir, settings: BROWSER_SETTINGS });
    const results = await runBrowserE2E({ url: session.server.url });
    code = results.every((r) => r.pass) ? 0 : 1;
  } catch (err) {
    console.error(err.stack);
  } finally {
    await cleanup();
  }
  process.exit(code);
}
