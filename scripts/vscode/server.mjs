// Starts and stops one code-server (a real VS Code workbench and Node extension host)
// on 127.0.0.1 only, for tests. See shared/recipes/vscode-in-browser.md.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { codeServerEntry } from './setup.mjs';

/** User settings every test session gets; a trust dialog or a welcome page would cover the workbench. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  // The machine is offline: do not ask a gallery or an update server anything.
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

const LISTENING = /HTTP server listening on (https?):\/\/([\d.]+):(\d+)\//;

/**
 * Writes the user settings, starts code-server on a free 127.0.0.1 port and waits until it
 * answers HTTP. Returns the port, the workbench `url` that opens `workspace`, and `stop()`.
 */
export async function startServer({
  workspace,
  extensionsDir,
  userDataDir,
  settings = {},
  env = {},
  entry = codeServerEntry(),
  logFile = join(userDataDir, 'code-server.log'),
  startTimeoutMs = 60_000,
}) {
  workspace = resolve(workspace);
  await mkdir(join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await writeFile(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2) + '\n');

  const childEnv = {
    ...process.env,
    // code-server writes a default config.yaml, its logs and VS Code's device id under
    // these; keep them in the session folder instead of the user's home.
    XDG_CONFIG_HOME: join(userDataDir, 'xdg-config'),
    XDG_DATA_HOME: join(userDataDir, 'xdg-data'),
    XDG_CACHE_HOME: join(userDataDir, 'xdg-cache'),
    ...env,
  };
  delete childEnv.PORT; // $PORT would override the port given in --bind-addr.

  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0', // port 0: the OS picks a free one and code-server logs it
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-proxy',
    '--disable-getting-started-override',
    workspace,
  ];
  await mkdir(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  // Own process group (detached), so stop() can end code-server and every process it
  // started (extension hosts, file watcher, pty host) with one signal to -pid.
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid;
  let output = '';
  let exited = null;
  const exitPromise = new Promise((done) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      done(exited);
    });
  });
  const killOnExit = () => killGroup(pid, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (!exited) {
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    killGroup(pid, 'SIGKILL'); // anything left in the group after the main process went
    await new Promise((done) => log.end(done));
  };

  try {
    const address = await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`code-server did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
      const take = (chunk) => {
        log.write(chunk);
        output = (output + chunk).slice(-20_000);
        const m = LISTENING.exec(output);
        if (m) {
          clearTimeout(timer);
          done({ host: m[2], port: Number(m[3]) });
        }
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      exitPromise.then(({ code, signal }) => {
        clearTimeout(timer);
        fail(new Error(`code-server exited (${signal ?? `exit ${code}`}) before listening`));
      });
    });
    if (address.host !== '127.0.0.1') throw new Error(`code-server bound to ${address.host}, not 127.0.0.1`);
    const origin = `http://127.0.0.1:${address.port}`;
    await waitForHttp(`${origin}/healthz`, startTimeoutMs, () => exited);
    return {
      port: address.port,
      origin,
      url: `${origin}/?folder=${encodeURIComponent(workspace)}`,
      pid,
      logFile,
      stop,
      /** The last part of code-server's output, for error messages. */
      output: () => output,
    };
  } catch (err) {
    await stop();
    err.message += `\n--- code-server output (tail) ---\n${output.split('\n').slice(-20).join('\n')}`;
    throw err;
  }
}

/** Polls `url` until it answers 200, the process exits, or the time is up. */
async function waitForHttp(url, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited while starting');
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.message;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${last})`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (err) {
    if (err.code !== 'ESRCH') throw err;
  }
}
