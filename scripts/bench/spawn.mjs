// Runs one benchmark child and watches it. A timed call that runs longer than `capMs` is
// stopped (the child is killed; a WebAssembly call cannot be interrupted from inside), and
// the caller gets how long it had run and the process's peak RSS so far, both lower bounds.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Peak RSS in KiB of a live process (Linux /proc), or null where that is not available. */
function peakRssOf(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The child's progress file: `{ callStartedAt, samplesMs, ... }` while a timed call runs, or null. */
function progressOf(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // caught mid-write; the next poll reads it
  }
}

/**
 * Spawns `node <args>` and resolves with { status, signal, stderr, timedOut, stopped },
 * where `stopped` is `{ progress, callMs, peakRssKB }` when a timed call hit `capMs` (0: no cap).
 */
export function runWatched({ args, cwd, progressFile, capMs, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let stopped = null;
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-64 * 1024);
    });
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > timeoutMs) {
        timedOut = true;
        child.kill('SIGKILL');
        return;
      }
      if (!capMs || stopped) return;
      const p = progressOf(progressFile);
      if (p?.callStartedAt && Date.now() - p.callStartedAt > capMs) {
        stopped = { progress: p, callMs: Date.now() - p.callStartedAt, peakRssKB: peakRssOf(child.pid) };
        child.kill('SIGKILL');
      }
    }, 1000);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (status, signal) => {
      clearInterval(timer);
      resolve({ status, signal, stderr, timedOut, stopped });
    });
  });
}
