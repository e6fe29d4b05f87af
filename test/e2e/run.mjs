#!/usr/bin/env node
// The e2e entry point (CI and contributors): setup, build the test host, run the suite in a
// real VS Code extension host (code-server opened in Chromium), then the browser e2e run.
// Stops everything it started, also on failure; exits 1 when anything failed.
//
//   node test/e2e/run.mjs                 product installed unpacked from the current build
//   node test/e2e/run.mjs --vsix FILE     product installed from a packed .vsix
//   node test/e2e/run.mjs --pack          pack a .vsix with vsce first, then install that
//   options: --timeout SECONDS (host suite, default 300)  --only host|browser  --keep (keep temp folders)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, newPage } from '../../scripts/vscode/browser.mjs';
import { packVsix } from '../../scripts/vscode/extensions.mjs';
import { SetupError, setup } from '../../scripts/vscode/setup.mjs';
import { BROWSER_SETTINGS, openWorkbench, runBrowserE2E } from './browser.e2e.mjs';
import { buildHost } from './host/build.mjs';
import { printReport, readReport, reportPassed } from './report.mjs';
import { ARTIFACTS, REPO, startSession } from './session.mjs';

const { values: opts } = parseArgs({
  options: {
    vsix: { type: 'string' },
    pack: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});
const hostTimeoutMs = Number(opts.timeout) * 1000;
if (!(hostTimeoutMs > 0)) fail(`--timeout must be a number of seconds, not "${opts.timeout}"`);
if (opts.only && !['host', 'browser'].includes(opts.only)) fail('--only takes "host" or "browser"');
if (opts.vsix && opts.pack) fail('give either --vsix FILE or --pack, not both');

const started = Date.now();
const cleanups = []; // run last-in first-out, on success, failure and signals
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) await cleanups.pop()().catch((err) => console.error(`[e2e] cleanup: ${err.message}`));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`[e2e] ${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}
// A last guard for CI: whatever hangs, the run ends (the host wait has its own timeout).
const hardLimitMs = hostTimeoutMs + 10 * 60_000;
setTimeout(() => {
  console.error(`[e2e] gave up after ${hardLimitMs / 1000} s`);
  cleanup().finally(() => process.exit(1));
}, hardLimitMs).unref();

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(err instanceof SetupError ? `[setup] ${err.message}` : `[e2e] ${err.stack ?? err}`);
} finally {
  await cleanup();
}
console.log(`[e2e] ${ok ? 'all passed' : 'FAILED'} in ${seconds(Date.now() - started)}`);
process.exit(ok ? 0 : 1);

async function main() {
  await setup();

  if (!opts.vsix && !existsSync(join(REPO, 'dist', 'extension.js'))) {
    console.log('[e2e] dist/extension.js is missing: npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const { suites } = await buildHost();
  console.log(`[e2e] built the test host with ${suites.join(', ')}`);

  const root = await mkdtemp(join(tmpdir(), 'crosscheck-e2e-'));
  cleanups.push(async () => {
    if (opts.keep) console.log(`[e2e] kept ${root}`);
    else await rm(root, { recursive: true, force: true, maxRetries: 5 });
  });
  await rm(ARTIFACTS, { recursive: true, force: true });
  await mkdir(ARTIFACTS, { recursive: true });

  let vsix = opts.vsix ? resolve(opts.vsix) : undefined;
  if (opts.pack) {
    vsix = await packVsix({ extensionPath: REPO, out: join(root, 'crosscheck.vsix') });
    console.log(`[e2e] packed ${vsix}`);
  }

  // A broken phase does not stop the other: both reports help when something fails.
  let ok = true;
  if (opts.only !== 'browser') ok = (await phase(() => hostPhase(join(root, 'host'), vsix))) && ok;
  if (opts.only !== 'host') ok = (await phase(() => browserPhase(join(root, 'browser'), vsix))) && ok;
  return ok;
}

async function phase(fn) {
  try {
    return await fn();
  } catch (err) {
    console.error(`  ERROR ${err.stack ?? err}`);
    return false;
  }
}

/** The suite inside the extension host: code-server with the product and the test host, opened in Chromium. */
async function hostPhase(dir, vsix) {
  console.log('\n== extension-host tests (test/e2e/suite)');
  const t0 = Date.now();
  const resultsFile = join(dir, 'results.json');
  const session = await startSession({ dir, vsix, withHost: true, env: { CROSSCHECK_E2E_RESULTS: resultsFile } });
  const stopServer = once(() => session.server.stop());
  cleanups.push(stopServer);
  console.log(`[e2e] code-server on ${session.server.origin} with ${session.installed.join(', ')}`);

  let closeBrowser = async () => {};
  let page;
  let report;
  let echoed = 0;
  try {
    const browser = await launchBrowser();
    closeBrowser = once(() => browser.close());
    cleanups.push(closeBrowser);
    page = await newPage(browser);
    // The host's progress lines reach the page console; echo them as they come.
    page.on('console', (msg) => {
      // The text reads "%c[Extension Host] %c[crosscheck-e2e] <line> color: blue color: ".
      const m = /\[crosscheck-e2e\] (.*)$/s.exec(msg.text());
      if (!m) return;
      echoed++;
      console.log(`  ${m[1].replace(/(\s+color:\s*\S*)+\s*$/, '').split('\n')[0]}`);
    });
    // Opening the page starts the workbench, and with it the extension host and the suite.
    await openWorkbench(page, session.server.url);
    report = await waitForResults(resultsFile, hostTimeoutMs - (Date.now() - t0), () => session.server.output());
  } finally {
    await page?.screenshot({ path: join(ARTIFACTS, 'host-suite.png') }).catch(() => {});
    await closeBrowser();
    await stopServer();
  }
  await copyFile(resultsFile, join(ARTIFACTS, 'host-results.json'));

  console.log('');
  printReport(report, { all: echoed === 0 });
  console.log(`  extension-host phase took ${seconds(Date.now() - t0)}`);
  return reportPassed(report);
}

/** The browser e2e run against a separate server with only the product installed. */
async function browserPhase(dir, vsix) {
  console.log('\n== browser e2e (test/e2e/browser.e2e.mjs)');
  const t0 = Date.now();
  const session = await startSession({ dir, vsix, settings: BROWSER_SETTINGS });
  const stopServer = once(() => session.server.stop());
  cleanups.push(stopServer);
  let results;
  try {
    results = await runBrowserE2E({ url: session.server.url, artifactsDir: ARTIFACTS, log: (line) => console.log(`  ${line}`) });
  } finally {
    await stopServer();
  }
  const failed = results.filter((r) => !r.pass).length;
  console.log(`  ${results.length - failed} passed, ${failed} failed or skipped (${seconds(Date.now() - t0)}); screenshots in ${ARTIFACTS}`);
  return failed === 0;
}

/** Waits for the results file to appear (polling a condition), failing after `timeoutMs`. */
async function waitForResults(file, timeoutMs, serverOutput) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) {
      throw new Error(`no results from the extension host within ${seconds(timeoutMs)}; code-server said:\n${serverOutput().split('\n').slice(-15).join('\n')}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return readReport(file);
}

/** Wraps `fn` so it runs at most once (for cleanups that may also run early). */
function once(fn) {
  let p;
  return () => (p ??= Promise.resolve().then(fn));
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function fail(message) {
  console.error(`[e2e] ${message}`);
  process.exit(2);
}
