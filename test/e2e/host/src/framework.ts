/**
 * A tiny, dependency-free test framework for the extension host: `suite`, `test`, a per-test
 * timeout, and waits on conditions or events. Assertions come from `node:assert/strict`.
 * Deliberately small (about what mocha's `tdd` UI gives us, minus hooks and reporters) so
 * the bundle carries no test runner and behaves the same under code-server and test-electron.
 */

/** What one test did. */
export interface TestResult {
  /** Name of the enclosing `suite`. */
  suite: string;
  /** Name given to `test`. */
  name: string;
  /** True when the test resolved within its timeout. */
  pass: boolean;
  /** The failure's message (assertion diff included); absent when the test passed. */
  error?: string;
  /** Wall time of the test in milliseconds. */
  durationMs: number;
}

/** What a whole run did; written as JSON for the outer process. */
export interface RunReport {
  /** ISO time the run started. */
  startedAt: string;
  /** ISO time the run finished. */
  finishedAt: string;
  /** Free-form facts about the host (VS Code version, app host). */
  environment: Record<string, string>;
  /** Number of passed tests. */
  passed: number;
  /** Number of failed tests. */
  failed: number;
  /** Each test, in the order it ran. */
  results: TestResult[];
  /** Set when the runner itself broke (no test results can be trusted then). */
  error?: string;
}

/** Options for one test. */
export interface TestOptions {
  /** Milliseconds before the test counts as failed; default 30 s. */
  timeout?: number;
}

type TestFn = () => void | Promise<void>;

interface TestCase {
  suite: string;
  name: string;
  fn: TestFn;
  timeoutMs: number;
}

/** Default per-test timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const registry: TestCase[] = [];
let currentSuite: string | undefined;

/** Groups the tests that `fn` declares under `name`. */
export function suite(name: string, fn: () => void): void {
  const outer = currentSuite;
  currentSuite = outer ? `${outer} › ${name}` : name;
  try {
    fn();
  } finally {
    currentSuite = outer;
  }
}

/** Declares a test; it runs later, in declaration order, when the runner starts. */
export function test(name: string, fn: TestFn, options: TestOptions = {}): void {
  registry.push({ suite: currentSuite ?? '(no suite)', name, fn, timeoutMs: options.timeout ?? DEFAULT_TIMEOUT_MS });
}

/** Runs every declared test (those whose "suite › name" matches `grep`, when given) one after another. */
export async function runAll(options: { grep?: RegExp; environment?: Record<string, string>; onResult?: (r: TestResult) => void } = {}): Promise<RunReport> {
  const startedAt = new Date().toISOString();
  const results: TestResult[] = [];
  for (const t of registry) {
    if (options.grep && !options.grep.test(`${t.suite} › ${t.name}`)) continue;
    const t0 = Date.now();
    let error: string | undefined;
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs, `timed out after ${t.timeoutMs} ms`);
    } catch (err) {
      error = errorText(err);
    }
    const result: TestResult = { suite: t.suite, name: t.name, pass: error === undefined, durationMs: Date.now() - t0 };
    if (error !== undefined) result.error = error;
    results.push(result);
    options.onResult?.(result);
  }
  const failed = results.filter((r) => !r.pass).length;
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    environment: options.environment ?? {},
    passed: results.length - failed,
    failed,
    results,
  };
}

/** Options for the waits below. */
export interface WaitOptions {
  /** Milliseconds before giving up; default 10 s. */
  timeout?: number;
  /** Said in the error when the wait gives up. */
  message?: string;
}

/**
 * Resolves with the first truthy value `probe` returns, checking at once and then every
 * 50 ms; rejects after the timeout. For conditions with no event to wait on.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError ? ` (last error: ${errorText(lastError)})` : '';
      throw new Error(`${options.message ?? 'condition not met'} within ${timeout} ms${why}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** The shape of a `vscode.Event`, so this module needs no `vscode` import. */
export type Event<T> = (listener: (e: T) => unknown) => { dispose(): void };

/**
 * Resolves with the first event for which `predicate` is true; rejects after the timeout.
 * `check`, when given, runs once right after subscribing, so a state reached before the
 * subscription is not missed (its truthy value resolves the wait).
 */
export function waitForEvent<T, R = T>(
  event: Event<T>,
  predicate: (e: T) => R | false | undefined | null,
  options: WaitOptions & { check?: () => R | false | undefined | null } = {},
): Promise<R> {
  const timeout = options.timeout ?? 10_000;
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`${options.message ?? 'event did not come'} within ${timeout} ms`))), timeout);
    const subscription = event((e) => {
      try {
        const value = predicate(e);
        if (value) finish(() => resolve(value));
      } catch (err) {
        finish(() => reject(err));
      }
    });
    if (options.check) {
      try {
        const value = options.check();
        if (value) finish(() => resolve(value));
      } catch (err) {
        finish(() => reject(err));
      }
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A readable one-paragraph description of anything thrown. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
