// Builds every bundle: the desktop extension (Node), the web extension (browser worker),
// and the command line. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { engineFromWorker } from './scripts/esbuild/engineFromWorker.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  // Prefer ES modules: jsonc-parser's UMD build cannot be bundled.
  mainFields: ['module', 'main'],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    // The analysis runs in a worker_threads worker (dist/worker.js).
    define: { CROSSCHECK_WORKER: '"node"' },
    // What the host runs of the engine only when it must comes from that worker bundle, on first use.
    plugins: [engineFromWorker],
  },
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    // The desktop's worker start is never reached in the browser.
    external: ['vscode', 'node:worker_threads', 'node:path'],
    // The analysis runs in a Web Worker (dist/web/worker.js).
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', CROSSCHECK_WORKER: '"web"' },
    mainFields: ['browser', 'module', 'main'],
  },
  // The engine's workers: the analysis off the extension host's thread (src/extension/analysisWorker.ts).
  {
    ...common,
    entryPoints: ['src/extension/analysisWorkerMain.ts'],
    outfile: 'dist/worker.js',
    platform: 'node',
    format: 'cjs',
    define: { CROSSCHECK_WORKER_ENTRY: '"node"' },
  },
  {
    ...common,
    entryPoints: ['src/extension/analysisWorkerMain.ts'],
    outfile: 'dist/web/worker.js',
    platform: 'browser',
    format: 'iife',
    external: ['node:worker_threads'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"', CROSSCHECK_WORKER_ENTRY: '"web"' },
    mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

// The bundled dataset is validated before anything is built: a bad record fails the build.
{
  const { mkdirSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  mkdirSync('node_modules/.cache/crosscheck', { recursive: true });
  const outfile = 'node_modules/.cache/crosscheck/validate-dataset.cjs';
  esbuild.buildSync({ entryPoints: ['src/dataset/validate.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
  const { validateBundledDataset } = createRequire(import.meta.url)(`./${outfile}`);
  const { errors, summary } = validateBundledDataset();
  if (errors.length) {
    for (const e of errors) console.error(`[crosscheck] dataset: ${e}`);
    process.exit(1);
  }
  console.log(`[crosscheck] bundled dataset valid: ${summary}`);
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[crosscheck] watching for changes…');
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const [k, r] of results.entries()) {
    const out = Object.entries(r.metafile.outputs).find(([name]) => !name.endsWith('.map'));
    if (out) console.log(`[crosscheck] ${builds[k].outfile}: ${(out[1].bytes / 1024).toFixed(1)} KB`);
  }
}
