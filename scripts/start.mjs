// `npm start`: build, then check the example articles with the CLI.
// The exit code of the check itself (1 = findings) is expected here and is not an error.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['esbuild.config.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('\n== crosscheck check examples\n');
const check = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples'], { stdio: 'inherit' });
if (check.status === 2) process.exit(2);
