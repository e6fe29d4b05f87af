// One test session: a fresh copy of test/e2e/workspace, fresh user-data and extensions
// folders, the product extension (and optionally the test host) installed, and a running
// code-server. Shared by run.mjs and browser.e2e.mjs.
import { existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installUnpacked, installVsix } from '../../scripts/vscode/extensions.mjs';
import { startServer } from '../../scripts/vscode/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (the product extension's folder). */
export const REPO = join(here, '..', '..');
/** The fixture workspace; sessions work on a copy so tests may edit and save files. */
export const WORKSPACE_SOURCE = join(here, 'workspace');
/** The test-only host extension's folder. */
export const HOST_EXTENSION = join(here, 'host');
/** Where screenshots and result files go (gitignored). */
export const ARTIFACTS = join(REPO, 'artifacts', 'e2e');

/**
 * Prepares `dir` and starts code-server on it. `vsix` installs a packed product instead of
 * the unpacked build; `withHost` adds the test host extension; `env` reaches the extension host.
 * Returns the server (url, stop) and the workspace copy's path.
 */
export async function startSession({ dir, vsix, withHost = false, env = {}, settings = {} }) {
  const workspace = join(dir, 'workspace');
  const userDataDir = join(dir, 'data');
  const extensionsDir = join(dir, 'extensions');
  await mkdir(dir, { recursive: true });
  await cp(WORKSPACE_SOURCE, workspace, { recursive: true });

  if (!existsSync(join(REPO, 'dist', 'extension.js')) && !vsix) {
    throw new Error('dist/extension.js is missing: run `npm run build` first (or pass --vsix FILE)');
  }
  const installed = [];
  if (vsix) {
    await installVsix({ vsix, extensionsDir, userDataDir });
    installed.push(`the product from ${vsix}`);
  } else {
    const p = await installUnpacked({ extensionPath: REPO, extensionsDir });
    installed.push(`${p.id} ${p.version} (unpacked build)`);
  }
  if (withHost) {
    const h = await installUnpacked({ extensionPath: HOST_EXTENSION, extensionsDir });
    installed.push(`${h.id} (test host)`);
  }
  const server = await startServer({ workspace, extensionsDir, userDataDir, env, settings });
  return { server, workspace, installed, userDataDir, extensionsDir };
}
