/**
 * Tests clean up after themselves: every test file that makes a temporary folder also removes
 * it (a 10 MB file and several folders were left in the temp folder on every run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(m?[jt]s)$/.test(e.name) ? [join(dir, e.name)] : []));
}

const makers = files(root)
  .map((f) => [relative(root, f), readFileSync(f, 'utf8')] as const)
  .filter(([, text]) => /\bmkdtemp(Sync)?\(/.test(text));

describe('temporary folders', () => {
  it('are made by some tests (so the check below runs on something)', () => {
    expect(makers.map(([f]) => f)).toEqual(expect.arrayContaining(['unit/cli.test.ts', 'unit/badInput.test.ts']));
  });

  it.each(makers.map(([f, text]) => [f, text]))('%s removes the folders it makes', (_file, text) => {
    const made = text.match(/\bmkdtemp(Sync)?\(/g)!.length;
    const removed = (text.match(/\brm(Sync)?\([^)]*recursive: true/g) ?? []).length;
    expect(removed).toBeGreaterThanOrEqual(made);
  });
});
