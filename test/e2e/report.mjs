// The extension host's results file: its schema (mirrors RunReport in host/src/framework.ts),
// reading it, and printing it. Shared by run.mjs and electron.mjs.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One test's outcome as the host writes it. */
const TestResult = z.object({
  suite: z.string(),
  name: z.string(),
  pass: z.boolean(),
  error: z.string().optional(),
  durationMs: z.number(),
});

/** The whole results file. */
export const RunReport = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  environment: z.record(z.string(), z.string()),
  passed: z.number(),
  failed: z.number(),
  results: z.array(TestResult),
  error: z.string().optional(),
});

/** Reads and validates a results file. */
export function readReport(file) {
  return RunReport.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** True when the run had tests, all passed and the runner did not break. */
export function reportPassed(report) {
  return !report.error && report.failed === 0 && report.results.length > 0;
}

/** Prints a summary; `all: false` lists only failures (when progress was already shown live). */
export function printReport(report, { all = true, log = (line) => console.log(line) } = {}) {
  const env = report.environment;
  log(`  VS Code ${env.vscodeVersion ?? '?'} (${env.appName ?? '?'})`);
  for (const r of report.results) {
    if (!all && r.pass) continue;
    log(`  ${r.pass ? 'ok  ' : 'FAIL'} ${r.suite} › ${r.name}${r.error ? `\n       ${r.error.split('\n').join('\n       ')}` : ''}`);
  }
  if (report.error) log(`  runner error: ${report.error}`);
  if (report.results.length === 0 && !report.error) log('  no tests ran');
  log(`  ${report.passed} passed, ${report.failed} failed`);
}
