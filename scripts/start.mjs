// `npm start`: build, check the example articles with the CLI, then open them in an editor with
// the extension: VS Code when `code` is on the PATH, otherwise VS Code in the browser
// (code-server 4.100.3, set up offline by scripts/vscode/setup.mjs) on 127.0.0.1.
// The check's own exit code (1 = findings) is expected here and is not an error.
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const examples = join(repo, 'examples');

const build = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('\n== crosscheck check examples\n');
const check = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples'], { cwd: repo, stdio: 'inherit' });
if (check.status === 2) process.exit(2);

if (process.env.CI || process.argv.includes('--no-editor')) {
  console.log('\n(no editor opened: CI or --no-editor)');
  process.exit(0);
}

const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
if (code.status === 0) {
  console.log(`\n== opening the examples in VS Code ${code.stdout.split('\n')[0]} with the extension loaded from this folder`);
  spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${repo}`, examples], { stdio: 'inherit' });
  process.exit(0);
}

console.log('\n== `code` is not on the PATH: starting VS Code in the browser (code-server) instead');
const { setup } = await import('./vscode/setup.mjs');
const { startServer } = await import('./vscode/server.mjs');
const { installUnpacked } = await import('./vscode/extensions.mjs');
await setup();
const dir = await mkdtemp(join(tmpdir(), 'crosscheck-start-'));
const extensionsDir = join(dir, 'extensions');
await installUnpacked({ extensionPath: repo, extensionsDir });
const server = await startServer({ workspace: examples, extensionsDir, userDataDir: join(dir, 'data'), settings: { 'workbench.startupEditor': 'none' } });
console.log(`\nOpen ${server.url} in a browser (bound to 127.0.0.1 only). Press Ctrl+C to stop.`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
