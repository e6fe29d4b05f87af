/**
 * Safety: the product makes no network request and runs nothing from the workspace. The
 * bundles built for the editor and the CLI must not reference network or process modules.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';

const ROOT = join(__dirname, '../..');
const bundles: Record<string, string> = {};

beforeAll(async () => {
  // Bundle the three entry points fresh, so the test does not depend on an earlier build.
  for (const [name, entry, platform] of [
    ['desktop', 'src/extension/main.ts', 'node'],
    ['web', 'src/extension/main.ts', 'browser'],
    ['cli', 'src/cli/main.ts', 'node'],
  ] as const) {
    const r = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, platform, format: 'cjs', external: ['vscode'], mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'], logLevel: 'silent' });
    bundles[name] = r.outputFiles[0]!.text;
  }
});

const FORBIDDEN = [
  /require\(["'](?:node:)?(?:http|https|net|tls|dgram|child_process|worker_threads|cluster)["']\)/,
  /\bfetch\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\beval\(/,
  /new Function\(/,
];

describe('bundles', () => {
  it.each(['desktop', 'web', 'cli'])('%s bundle references no network or process API', (name) => {
    const code = bundles[name]!;
    for (const re of FORBIDDEN) expect(code.match(re)?.[0] ?? null, `${name} bundle matches ${re}`).toBeNull();
  });

  it('the web bundle uses no Node module at all', () => {
    expect((bundles['web']!.match(/require\(["'](?:node:)?[a-z_]+["']\)/g) ?? []).filter((r) => r !== 'require("vscode")')).toEqual([]);
  });

  it('the extension reads files only through vscode.workspace.fs', () => {
    expect(bundles['desktop']!).not.toMatch(/require\(["'](?:node:)?fs["']\)/);
  });

  it('the minified desktop bundle is at most 400 KB', async () => {
    const r = await build({ entryPoints: [join(ROOT, 'src/extension/main.ts')], bundle: true, write: false, minify: true, platform: 'node', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'], logLevel: 'silent', legalComments: 'none' });
    expect(r.outputFiles[0]!.contents.length).toBeLessThanOrEqual(400 * 1024);
  });
});
