// Runs a TypeScript entry of the repository: bundles it with esbuild into a cache file, then loads it.
// Usage: node scripts/run-ts.mjs scripts/generate-schema.ts [args...]
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const cache = resolve('node_modules/.cache/crosscheck');
mkdirSync(cache, { recursive: true });
const outfile = join(cache, basename(entry).replace(/\.ts$/, '.cjs'));
buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', sourcemap: 'inline' });
process.argv.splice(1, 2, outfile);
createRequire(import.meta.url)(outfile);
