/**
 * Safety: the product makes no network request and runs nothing from the workspace. The
 * bundles built for the editor and the CLI must not reference network or process modules.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
// @ts-expect-error: a plain ES module of the build scripts
import { engineFromWorker } from '../../scripts/esbuild/engineFromWorker.mjs';

const ROOT = join(__dirname, '../..');
const bundles: Record<string, string> = {};

beforeAll(async () => {
  // Bundle the entry points fresh, with the defines esbuild.config.mjs gives them, so the test
  // does not depend on an earlier build: the extension, its analysis workers, and the CLI.
  for (const [name, entry, platform, define] of [
    ['desktop', 'src/extension/main.ts', 'node', { CROSSCHECK_WORKER: '"node"' }],
    ['web', 'src/extension/main.ts', 'browser', { CROSSCHECK_WORKER: '"web"' }],
    ['desktop worker', 'src/extension/analysisWorkerMain.ts', 'node', { CROSSCHECK_WORKER_ENTRY: '"node"' }],
    ['web worker', 'src/extension/analysisWorkerMain.ts', 'browser', { CROSSCHECK_WORKER_ENTRY: '"web"' }],
    ['cli', 'src/cli/main.ts', 'node', {}],
  ] as const) {
    const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, platform, format: 'cjs', external: ['vscode', 'node:worker_threads'], define: define as Record<string, string>, mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'], logLevel: 'silent', plugins: name === 'desktop' ? [engineFromWorker] : [] });
    bundles[name] = r.outputFiles[0]!.text;
  }
});

/**
 * The one use of worker_threads allowed, in the desktop bundles only: the extension starts its own
 * bundled analysis worker (a fixed file beside it, never a path from the workspace), and the
 * worker talks to its parent. Anything else matching FORBIDDEN fails.
 */
const ALLOWED: Record<string, RegExp[]> = {
  desktop: [/require\("node:worker_threads"\)/],
  'desktop worker': [/require\("node:worker_threads"\)/],
};

const FORBIDDEN = [
  /require\(["'](?:node:)?(?:http|https|net|tls|dgram|child_process|worker_threads|cluster)["']\)/,
  /\bfetch\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\beval\(/,
  /new Function\(/,
];

describe('bundles', () => {
  it.each(['desktop', 'web', 'desktop worker', 'web worker', 'cli'])('%s bundle references no network or process API', (name) => {
    let code = bundles[name]!;
    for (const re of ALLOWED[name] ?? []) {
      expect(code.match(new RegExp(re.source, 'g'))?.length, `${name}: ${re} once`).toBe(1);
      code = code.replace(re, '');
    }
    for (const re of FORBIDDEN) expect(code.match(re)?.[0] ?? null, `${name} bundle matches ${re}`).toBeNull();
  });

  it('the desktop extension starts only its own bundled worker', () => {
    const starts = bundles['desktop']!.match(/new \w+\(([^()]*\([^()]*\))\)/g)?.filter((m) => /worker/i.test(m)) ?? [];
    expect(starts).toEqual(['new Worker(path.join(__dirname, "worker.js"))']);
  });

  it.each(['web', 'web worker'])('the %s bundle uses no Node module at all', (name) => {
    expect((bundles[name]!.match(/require\(["'](?:node:)?[a-z_]+["']\)/g) ?? []).filter((r) => r !== 'require("vscode")')).toEqual([]);
  });

  it('the extension reads files only through vscode.workspace.fs', () => {
    expect(bundles['desktop']!).not.toMatch(/require\(["'](?:node:)?fs["']\)/);
  });

  it('the minified desktop bundle is at most 400 KB', async () => {
    const r = await build({ entryPoints: [join(ROOT, 'src/extension/main.ts')], bundle: true, write: false, minify: true, platform: 'node', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'], logLevel: 'silent', legalComments: 'none', define: { CROSSCHECK_WORKER: '"node"' }, plugins: [engineFromWorker] });
    expect(r.outputFiles[0]!.contents.length).toBeLessThanOrEqual(400 * 1024);
  });

  it('the desktop host requires the engine only from its own worker bundle, which exports what the host runs itself', () => {
    expect(bundles['desktop']!.match(/require\("\.\/[^"]*"\)/g)).toEqual(['require("./worker.js")']);
    // The worker bundle, required on the host's thread, exports the handler and the quote reader and starts nothing.
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-worker-'));
    try {
      const file = join(dir, 'worker.js');
      writeFileSync(file, bundles['desktop worker']!);
      const worker = createRequire(file)(file) as { engineHandler: unknown; readQuote: (q: string) => { figures: { text: string }[] } };
      expect(typeof worker.engineHandler).toBe('function');
      expect(worker.readQuote('The prison holds 40,000 inmates.').figures.map((f) => f.text)).toEqual(['40,000']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
