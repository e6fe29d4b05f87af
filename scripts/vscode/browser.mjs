// Launches Debian's Chromium through playwright-core with the flags that keep it quiet on an
// offline machine (never `npx playwright install`: it downloads a browser and fails here).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The browser binary: `$CROSSCHECK_CHROMIUM`, else Debian's. */
export const CHROMIUM_PATH = process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium';

/** Without the background-networking family Chromium keeps trying to reach the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium; close it with `browser.close()`. Playwright's own signal handlers are
 * off (they exit the process before the caller's cleanup runs); its exit hook still kills
 * the browser if the process ends without closing it.
 */
export async function launchBrowser() {
  // Chromium writes crash-report and dconf folders under the XDG folders; keep them out of $HOME.
  const home = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
  });
  browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }));
  return browser;
}

/** A new page with the workbench-sized viewport the screenshots assume. */
export function newPage(browser) {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}
