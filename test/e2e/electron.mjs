#!/usr/bin/env node
// The same extension-host suite (test/e2e/suite) under @vscode/test-electron, for machines
// that can download VS Code desktop (not the offline CI machine: use run.mjs there).
// The product is loaded as the extension under development; the test host bundle is the
// `--extensionTestsPath` module, whose `run()` VS Code calls and which rejects on failure.
//
//   npm run build && node test/e2e/electron.mjs            (Linux without a display: xvfb-run -a ...)
//   options: --vscode VERSION (default 1.100.3, the code-server build; or "stable")
//   env: VSCODE_EXECUTABLE_PATH=/path/to/code  uses an installed VS Code instead of downloading
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { buildHost } from './host/build.mjs';
import { printReport, readReport, reportPassed } from './report.mjs';
import { REPO, WORKSPACE_SOURCE } from './session.mjs';

const { values: opts } = parseArgs({ options: { vscode: { type: 'string', default: '1.100.3' } }, strict: true });

if (!existsSync(join(REPO, 'dist', 'extension.js'))) {
  console.error('[e2e] dist/extension.js is missing: run `npm run build` first');
  process.exit(2);
}
const { outfile, suites } = await buildHost();
console.log(`[e2e] built the test host with ${suites.join(', ')}`);

const root = await mkdtemp(join(tmpdir(), 'crosscheck-electron-'));
const workspace = join(root, 'workspace');
const resultsFile = join(root, 'results.json');
await cp(WORKSPACE_SOURCE, workspace, { recursive: true });

let code = 1;
try {
  await runTests({
    ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : { version: opts.vscode }),
    extensionDevelopmentPath: REPO,
    extensionTestsPath: outfile,
    extensionTestsEnv: { CROSSCHECK_E2E_RESULTS: resultsFile },
    // The first argument opens the workspace copy; --disable-extensions keeps other
    // installed extensions out (built-in ones, such as Markdown, stay on).
    launchArgs: [workspace, '--disable-extensions'],
  });
  code = 0;
} catch (err) {
  console.error(`[e2e] ${err.message}`);
} finally {
  if (existsSync(resultsFile)) {
    const report = readReport(resultsFile);
    printReport(report);
    if (!reportPassed(report)) code = 1;
  } else {
    console.error('[e2e] the extension host wrote no results file');
    code = 1;
  }
  await rm(root, { recursive: true, force: true });
}
process.exit(code);
