/**
 * The desktop host's `require('./engineLocal')` (src/extension/lazyEngine.ts) loads the worker
 * bundle (dist/worker.js), which exports the same functions, instead of bundling the engine a
 * second time into dist/extension.js: the host loads the engine only when it must run it itself.
 * @type {import('esbuild').Plugin}
 */
export const engineFromWorker = {
  name: 'engine-from-worker',
  setup(b) {
    b.onResolve({ filter: /^\.\/engineLocal$/ }, () => ({ path: './worker.js', external: true }));
  },
};
