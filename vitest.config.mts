import { defineConfig } from 'vitest/config';

import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { vscode: fileURLToPath(new URL('./test/support/vscode.ts', import.meta.url)) } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/timing/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    setupFiles: ['test/support/engineLocal.ts'],
  },
});
