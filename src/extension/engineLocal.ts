/**
 * The engine's heavy parts the extension host runs only when it must: the analysis handler when
 * no worker can be started, the quote reader when a workspace dataset's quotes are verified, and
 * the sources builder when the sources folder changes.
 * The desktop bundle does not carry them: there this module is the worker bundle itself
 * (dist/worker.js, see esbuild.config.mjs), required on first use; the web bundle includes it.
 */
export { engineHandler } from './analysisWorker';
export { readQuote } from '../engine/dataset/readQuote';
export { buildSourcesDataset } from '../engine/sources/build';
export { readSource } from '../engine/sources/read';
