#!/usr/bin/env node
// Idempotent setup for the e2e harness (recipe: shared/recipes/vscode-in-browser.md):
// the Debian packages a real VS Code needs here, then code-server installed into a cache
// folder outside the repo without its download steps. Run directly or import `setup()`.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** code-server release that fits Node 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';
/** Bump when the install steps below change, so old caches are rebuilt. */
const RECIPE_REVISION = 1;
/** Debian packages the recipe needs: the browser, gssapi headers for a native module, VS Code's search binary. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config', 'ripgrep'];
/** Native modules rebuilt for this Node inside code-server's VS Code. */
const VSCODE_NATIVE = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', '@vscode/deviceid'];
const MARKER = '.crosscheck-installed.json';

/** The cache folder: `$CROSSCHECK_VSCODE_CACHE`, else `~/.cache/crosscheck-vscode`. */
export function cacheDir() {
  return process.env.CROSSCHECK_VSCODE_CACHE || join(homedir(), '.cache', 'crosscheck-vscode');
}

/** Where this code-server version lives inside the cache. */
export function installDir(cache = cacheDir()) {
  return join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** code-server's Node entry point inside an install folder. */
export function codeServerEntry(dir = installDir()) {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** True when `dir` holds a finished install of this version, recipe revision and Node ABI. */
export function isInstalled(dir = installDir()) {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
    return (
      marker.version === CODE_SERVER_VERSION &&
      marker.recipe === RECIPE_REVISION &&
      // Native modules are built for one Node ABI; another Node needs a fresh build.
      marker.nodeAbi === process.versions.modules &&
      existsSync(codeServerEntry(dir))
    );
  } catch {
    return false;
  }
}

/** Debian packages from APT_PACKAGES that are not installed. */
export function missingPackages() {
  return APT_PACKAGES.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/**
 * Makes sure the packages and code-server are in place; does nothing that is already done.
 * Returns the entry point, the install folder and how long this call took.
 */
export async function setup({ log = (line) => console.log(`[setup] ${line}`) } = {}) {
  const started = Date.now();
  const cache = cacheDir();
  await mkdir(cache, { recursive: true });
  const logFile = join(cache, 'setup.log');

  await ensurePackages({ log, logFile });

  const dir = installDir(cache);
  if (isInstalled(dir)) {
    log(`code-server ${CODE_SERVER_VERSION}: already installed in ${dir}`);
  } else {
    await removeStaleStaging(cache);
    const staging = join(cache, `staging-${process.pid}-${Date.now()}`);
    log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (full log: ${logFile})`);
    const t0 = Date.now();
    try {
      await installCodeServer(staging, { log, logFile });
      await writeFile(
        join(staging, MARKER),
        JSON.stringify({ version: CODE_SERVER_VERSION, recipe: RECIPE_REVISION, nodeAbi: process.versions.modules, installedAt: new Date().toISOString() }) + '\n',
      );
      // Built in a staging folder and renamed at the end, so a half-done install is never
      // mistaken for a finished one and two concurrent runs do not trample each other.
      if (existsSync(dir) && !isInstalled(dir)) await rm(dir, { recursive: true, force: true });
      try {
        await rename(staging, dir);
      } catch (err) {
        if (!isInstalled(dir)) throw err;
        log('another run finished the same install first; using it');
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
    log(`code-server installed in ${seconds(Date.now() - t0)}`);
  }
  const ms = Date.now() - started;
  log(`ready in ${seconds(ms)}`);
  return { entry: codeServerEntry(dir), dir, ms };
}

async function ensurePackages({ log, logFile }) {
  const missing = missingPackages();
  if (missing.length === 0) {
    log(`Debian packages: ok (${APT_PACKAGES.join(', ')})`);
    return;
  }
  const install = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new SetupError(`missing Debian packages: ${missing.join(', ')}. Install them as root:\n  sudo sh -c '${install}'`);
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const t0 = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env, logFile });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, logFile });
  const still = missingPackages();
  if (still.length > 0) throw new SetupError(`apt-get finished but these are still missing: ${still.join(', ')}`);
  log(`Debian packages installed in ${seconds(Date.now() - t0)}`);
}

async function installCodeServer(root, { log, logFile }) {
  const vscode = join(root, 'node_modules', 'code-server', 'lib', 'vscode');
  // `yes` lets node-pty's build script call `npx node-gyp` without a prompt.
  const env = { ...process.env, npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  // node-gyp downloads Node's headers from nodejs.org unless told where they are; offline
  // that fails. Debian's Node ships them under <prefix>/include/node.
  const prefix = dirname(dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_version.h'))) env.npm_config_nodedir = prefix;
  const step = async (n, what, cmd, args, cwd) => {
    log(`  ${n}/5 ${what}`);
    await run(cmd, args, { cwd, env, logFile });
  };

  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'crosscheck-vscode-cache', private: true }, null, 2) + '\n');
  // --ignore-scripts: the package's postinstall refuses root and then downloads from GitHub.
  await step(1, `npm install code-server@${CODE_SERVER_VERSION}`, 'npm', ['install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], root);
  await step(2, "npm install VS Code's own dependencies", 'npm', ['install', '--omit=dev', '--ignore-scripts'], vscode);

  // @vscode/ripgrep downloads its binary at install time; Debian's rg stands in for it.
  const rgBin = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  await mkdir(rgBin, { recursive: true });
  await copyFile('/usr/bin/rg', join(rgBin, 'rg'));

  await step(3, `rebuild native modules (${VSCODE_NATIVE.join(', ')})`, 'npm', ['rebuild', ...VSCODE_NATIVE], vscode);
  await forceSymlink('node_modules', join(vscode, 'node_modules.asar'));
  await forceSymlink('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  await forceSymlink('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
  await step(4, 'rebuild argon2', 'npm', ['rebuild', 'argon2'], root);

  log('  5/5 check that the native modules load and code-server starts');
  const check = VSCODE_NATIVE.map((m) => `require(${JSON.stringify(m)});`).join('');
  await run(process.execPath, ['-e', check], { cwd: vscode, env, logFile });
  await run(process.execPath, ['-e', 'require("argon2")'], { cwd: root, env, logFile });
  // code-server writes a default config.yaml and logs under XDG folders; keep them out of $HOME.
  const xdg = join(root, '.xdg');
  const versionEnv = { ...env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data') };
  const version = await run(process.execPath, [codeServerEntry(root), '--version'], { cwd: root, env: versionEnv, logFile });
  await rm(xdg, { recursive: true, force: true });
  if (!version.includes(CODE_SERVER_VERSION)) throw new SetupError(`code-server --version printed: ${version.trim()}`);
}

async function forceSymlink(target, path) {
  await rm(path, { force: true });
  await symlink(target, path);
}

/** Removes staging folders left by runs that were killed midway (their process is gone). */
async function removeStaleStaging(cache) {
  for (const name of readdirSync(cache)) {
    const m = /^staging-(\d+)-/.exec(name);
    if (!m) continue;
    if (Number(m[1]) !== process.pid && processAlive(Number(m[1]))) continue;
    await rm(join(cache, name), { recursive: true, force: true });
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Runs a command with no terminal, appending its output to the log; rejects with the output's tail. */
function run(cmd, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ ${cmd} ${args.join(' ')}${cwd ? `   (in ${cwd})` : ''}\n`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const take = (chunk) => {
      out.write(chunk);
      text += chunk;
      if (text.length > 200_000) text = text.slice(-100_000);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (err) => {
      out.end();
      reject(new SetupError(`could not run ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      out.end();
      if (code === 0) return resolve(text);
      const tail = text.trim().split('\n').slice(-30).join('\n');
      reject(new SetupError(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); last lines:\n${tail}\n(full log: ${logFile})`));
    });
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A setup failure with a message meant for the person running it (no stack needed). */
export class SetupError extends Error {}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  setup().catch((err) => {
    console.error(`[setup] ${err instanceof SetupError ? err.message : err.stack}`);
    process.exit(1);
  });
}
