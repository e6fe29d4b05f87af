/**
 * Entry of the test-only host extension. Two ways in:
 * - code-server (test/e2e/run.mjs): installed beside the product with `onStartupFinished`;
 *   `activate` runs the suite once and writes the results file the outer process waits for.
 * - @vscode/test-electron (test/e2e/electron.mjs): VS Code loads this bundle as
 *   `--extensionTestsPath` and calls `run()`, which rejects when a test fails.
 * The suite files (test/e2e/suite/*.test.ts) are bundled in by test/e2e/host/build.mjs.
 */
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { errorText, runAll, type RunReport, type TestResult } from './framework';

/** Environment variable naming the JSON results file. */
export const RESULTS_ENV = 'CROSSCHECK_E2E_RESULTS';
/** User setting naming the JSON results file, for hosts that do not pass the environment on. */
export const RESULTS_SETTING = 'crosscheckE2e.resultsFile';
/** Environment variable with a regular expression: run only tests whose "suite › name" matches. */
export const GREP_ENV = 'CROSSCHECK_E2E_GREP';

/** code-server: starts the suite in the background once VS Code has started. */
export function activate(): void {
  const file = resultsFile();
  if (!file) {
    log(`no ${RESULTS_ENV} and no "${RESULTS_SETTING}" setting: not running the suite`);
    return;
  }
  // Each window has its own extension host; only the first one runs the suite.
  if (!claim(`${file}.lock`)) return;
  void runSuite().then(
    (report) => writeReport(file, report),
    (err) => writeReport(file, brokenReport(err)),
  );
}

export function deactivate(): void {}

/** @vscode/test-electron: runs the suite; rejects when any test fails. */
export async function run(): Promise<void> {
  let report: RunReport;
  try {
    report = await runSuite();
  } catch (err) {
    report = brokenReport(err);
  }
  const file = resultsFile();
  if (file) writeReport(file, report);
  if (report.error) throw new Error(`e2e runner broke: ${report.error}`);
  if (report.failed > 0) throw new Error(`${report.failed} of ${report.results.length} e2e tests failed`);
}

function runSuite(): Promise<RunReport> {
  const grep = process.env[GREP_ENV];
  return runAll({
    ...(grep ? { grep: new RegExp(grep) } : {}),
    environment: { vscodeVersion: vscode.version, appHost: vscode.env.appHost, appName: vscode.env.appName },
    onResult: (r: TestResult) => log(`${r.pass ? 'pass' : 'FAIL'} ${r.suite} › ${r.name} (${r.durationMs} ms)${r.error ? `: ${r.error}` : ''}`),
  });
}

function resultsFile(): string | undefined {
  return process.env[RESULTS_ENV] || vscode.workspace.getConfiguration().get<string>(RESULTS_SETTING) || undefined;
}

function brokenReport(err: unknown): RunReport {
  const now = new Date().toISOString();
  return { startedAt: now, finishedAt: now, environment: {}, passed: 0, failed: 0, results: [], error: errorText(err) };
}

/** Writes the report atomically (temp file, then rename), so a reader never sees half of it. */
function writeReport(file: string, report: RunReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(report, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
  log(`results written to ${file}: ${report.passed} passed, ${report.failed} failed${report.error ? `, runner error: ${report.error}` : ''}`);
}

/** Creates `path` if it does not exist yet; false when another host already did. */
function claim(path: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, 'wx'));
    return true;
  } catch {
    return false;
  }
}

function log(line: string): void {
  console.log(`[crosscheck-e2e] ${line}`);
}
