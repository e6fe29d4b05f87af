/**
 * The analysis off the extension host's thread: the engine's message handler (the same in a
 * worker and on the host) gives what a fresh check gives, drops runs superseded before they
 * started, and runs in a real `worker_threads` worker built from the worker bundle's entry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { engineHandler, type FromEngine, type RunOptions, type ToEngine } from '../../src/extension/analysisWorker';
import { ARTICLE } from '../support/article';

const { catalog } = openDataset([]);
const options: RunOptions = { format: 'markdown' };
const TEXT = `${ARTICLE}El Salvador opened the CECOT mega-prison, which can hold 40,000 inmates.\n`;
const EDITED = TEXT.replace('can hold 40,000', 'can hold 20,000');

/** A handler whose deferred runs start when `flush` is called. */
function harness(): { send: (m: ToEngine) => void; out: FromEngine[]; flush: () => void } {
  const out: FromEngine[] = [];
  const queue: (() => void)[] = [];
  const send = engineHandler((m) => out.push(m), (f) => queue.push(f));
  return { send, out, flush: () => queue.splice(0).forEach((f) => f()) };
}

describe('the engine handler', () => {
  it('gives what a fresh check gives, run after run (edits found by itself)', () => {
    const h = harness();
    h.send({ type: 'context', id: 1, catalog, ignores: [] });
    h.send({ type: 'run', key: 'a', generation: 1, text: TEXT, context: 1, options });
    h.flush();
    h.send({ type: 'run', key: 'a', generation: 2, text: EDITED, context: 1, options });
    h.flush();
    expect(h.out.map((m) => [m.type, m.generation])).toEqual([['result', 1], ['result', 2]]);
    const last = h.out[1] as Extract<FromEngine, { type: 'result' }>;
    const fresh = checkText(EDITED, { ...options, catalog, ignores: [] });
    expect(last.result.diagnostics).toEqual(fresh.diagnostics);
    expect(last.result.verdicts).toEqual(fresh.verdicts);
  });

  it('runs only the latest of a burst, and says the others were superseded', () => {
    const h = harness();
    h.send({ type: 'context', id: 1, catalog, ignores: [] });
    for (let g = 1; g <= 5; g++) h.send({ type: 'run', key: 'a', generation: g, text: g === 5 ? EDITED : TEXT, context: 1, options });
    h.send({ type: 'run', key: 'b', generation: 1, text: TEXT, context: 1, options });
    h.flush();
    expect(h.out.map((m) => `${m.key}${m.generation} ${m.type}`)).toEqual(['a1 superseded', 'a2 superseded', 'a3 superseded', 'a4 superseded', 'a5 result', 'b1 result']);
  });

  it('forgets a closed document, dropping its queued run', () => {
    const h = harness();
    h.send({ type: 'context', id: 1, catalog, ignores: [] });
    h.send({ type: 'run', key: 'a', generation: 1, text: TEXT, context: 1, options });
    h.send({ type: 'forget', key: 'a' });
    h.flush();
    expect(h.out.map((m) => m.type)).toEqual(['superseded']);
  });
});

describe('the desktop worker bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks a document in a worker thread as the host would', async () => {
    const outfile = join(dir, 'worker.js');
    await build({ entryPoints: [join(__dirname, '../../src/extension/analysisWorkerMain.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], define: { CROSSCHECK_WORKER_ENTRY: '"node"' }, logLevel: 'silent' });
    const worker = new Worker(outfile);
    try {
      const got = new Promise<FromEngine>((resolve, reject) => {
        worker.on('message', resolve);
        worker.on('error', reject);
      });
      worker.postMessage({ type: 'context', id: 1, catalog, ignores: [] } satisfies ToEngine);
      worker.postMessage({ type: 'run', key: 'a', generation: 7, text: EDITED, context: 1, options } satisfies ToEngine);
      const m = await got;
      expect(m.type).toBe('result');
      const fresh = checkText(EDITED, { ...options, catalog, ignores: [] });
      expect((m as Extract<FromEngine, { type: 'result' }>).result.diagnostics).toEqual(fresh.diagnostics);
      expect(fresh.quantities.filter(Boolean).length).toBeGreaterThan(0); // matching ran in the worker
    } finally {
      await worker.terminate();
    }
  });
});
