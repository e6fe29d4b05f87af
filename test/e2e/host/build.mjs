// Bundles the test-only host extension: src/extension.ts plus every test/e2e/suite/*.test.ts,
// into test/e2e/host/dist/host.js (CommonJS, Node, `vscode` external). Run directly or import.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suiteDir = join(here, '..', 'suite');

/** Builds the host bundle; resolves with its path and the suite files it contains. */
export async function buildHost() {
  const suites = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort();
  if (suites.length === 0) throw new Error(`no *.test.ts files in ${suiteDir}`);
  // A generated entry: the host's exports, then each suite file, which declares its tests
  // when imported. Generated rather than written down so a new test file needs no wiring.
  const contents = [
    "export { activate, deactivate, run } from './src/extension';",
    ...suites.map((f) => `import ${JSON.stringify(`../suite/${f}`)};`),
  ].join('\n');
  const outfile = join(here, 'dist', 'host.js');
  await esbuild.build({
    stdin: { contents, resolveDir: here, sourcefile: 'host-entry.ts', loader: 'ts' },
    bundle: true,
    outfile,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
  });
  return { outfile, suites };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { outfile, suites } = await buildHost();
  console.log(`[e2e] built ${outfile} with ${suites.join(', ')}`);
}
