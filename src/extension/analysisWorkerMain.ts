/**
 * The entry of the engine's worker bundles (dist/worker.js for node `worker_threads`,
 * dist/web/worker.js for a Web Worker): the handler of `analysisWorker.ts`, wired to the
 * worker's messages. Each bundle defines CROSSCHECK_WORKER_ENTRY.
 */
import { engineHandler, type ToEngine } from './analysisWorker';

// Required by the desktop extension host when it must run these itself (see engineLocal.ts).
export { engineHandler } from './analysisWorker';
export { readQuote } from '../engine/dataset/readQuote';
export { buildSourcesDataset } from '../engine/sources/build';
export { readSource } from '../engine/sources/read';

declare const CROSSCHECK_WORKER_ENTRY: 'node' | 'web';
declare const require: (id: string) => unknown;

if (CROSSCHECK_WORKER_ENTRY === 'node') {
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (parentPort) {
    const port = parentPort;
    const handle = engineHandler((m) => port.postMessage(m), (f) => setTimeout(f, 0));
    port.on('message', (m: ToEngine) => handle(m));
  }
} else {
  const scope = globalThis as unknown as { postMessage(m: unknown): void; addEventListener(t: 'message', l: (e: { data: ToEngine }) => void): void };
  const handle = engineHandler((m) => scope.postMessage(m), (f) => setTimeout(f, 0));
  scope.addEventListener('message', (e) => handle(e.data));
}
