// Puts extensions into a code-server extensions folder: unpacked from a build, or from a
// packed .vsix through code-server's own installer. Also packs a .vsix with vsce.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { codeServerEntry } from './setup.mjs';

/** Folders copied next to package.json when they exist (what .vscodeignore ships). */
const EXTENSION_FOLDERS = ['dist', 'media', 'syntaxes', 'schemas', 'docs'];
/** Loose files copied when they exist; package.nls*.json fill %placeholders% in the manifest. */
const EXTENSION_FILES = ['README.md', 'CHANGELOG.md', 'LICENSE'];

/**
 * Copies a built extension (package.json, dist/ and any media/, syntaxes/, schemas/) into
 * `extensionsDir/<publisher>.<name>-<version>/` and lists it in `extensions.json`, the way
 * VS Code records an installed extension. Returns its id, version and folder.
 */
export async function installUnpacked({ extensionPath, extensionsDir }) {
  extensionPath = resolve(extensionPath);
  extensionsDir = resolve(extensionsDir);
  const manifest = JSON.parse(await readFile(join(extensionPath, 'package.json'), 'utf8'));
  for (const field of ['publisher', 'name', 'version']) {
    if (typeof manifest[field] !== 'string' || !manifest[field]) throw new Error(`${extensionPath}/package.json has no "${field}"`);
  }
  if (manifest.main && !existsSync(join(extensionPath, manifest.main)) && !existsSync(join(extensionPath, `${manifest.main}.js`))) {
    throw new Error(`${extensionPath}: main "${manifest.main}" does not exist; build the extension first`);
  }
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = `${id}-${manifest.version}`;
  const target = join(extensionsDir, folder);

  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const names = await readdir(extensionPath);
  const files = ['package.json', ...EXTENSION_FILES, ...names.filter((n) => /^package\.nls(\.[\w-]+)?\.json$/.test(n))];
  for (const name of new Set(files)) {
    if (existsSync(join(extensionPath, name))) await copyFile(join(extensionPath, name), join(target, name));
  }
  for (const name of EXTENSION_FOLDERS) {
    if (existsSync(join(extensionPath, name))) await cp(join(extensionPath, name), join(target, name), { recursive: true, dereference: true });
  }

  const listFile = join(extensionsDir, 'extensions.json');
  const list = existsSync(listFile) ? JSON.parse(await readFile(listFile, 'utf8')) : [];
  const entry = {
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, path: target, scheme: 'file' },
    relativeLocation: folder,
  };
  const others = list.filter((e) => e?.identifier?.id?.toLowerCase() !== id.toLowerCase());
  await writeFile(listFile, JSON.stringify([...others, entry]));
  return { id, version: manifest.version, location: target };
}

/**
 * Installs a packed .vsix with `code-server --install-extension` (works offline). Resolves
 * with code-server's output; rejects when it does not report success.
 */
export async function installVsix({ vsix, extensionsDir, userDataDir, entry = codeServerEntry() }) {
  const file = resolve(vsix);
  if (!existsSync(file)) throw new Error(`no such .vsix: ${file}`);
  const { code, output } = await runQuiet(process.execPath, [
    entry,
    '--extensions-dir', resolve(extensionsDir),
    '--user-data-dir', resolve(userDataDir),
    '--force',
    '--install-extension', file,
  ], {
    env: { ...process.env, XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'), XDG_DATA_HOME: join(userDataDir, 'xdg-data'), XDG_CACHE_HOME: join(userDataDir, 'xdg-cache') },
  });
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${basename(file)} failed (exit ${code}):\n${output.trim()}`);
  }
  return output;
}

/** Packs the extension at `extensionPath` with `vsce package --no-dependencies -o <out>`; resolves with the file. */
export async function packVsix({ extensionPath, out }) {
  const file = resolve(out);
  await mkdir(resolve(file, '..'), { recursive: true });
  const { code, output } = await runQuiet('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', file], {
    cwd: resolve(extensionPath),
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (code !== 0 || !existsSync(file)) throw new Error(`vsce package failed (exit ${code}):\n${output.trim()}`);
  return file;
}

/** Runs a command with stdin closed (vsce's prompts then fail instead of waiting) and collects its output. */
function runQuiet(cmd, args, { cwd, env }) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}
