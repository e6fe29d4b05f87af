/** Where the shared seed articles and gold annotations live: `../shared` beside the repository. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env['CROSSCHECK_SHARED'] ?? join(__dirname, '../../../shared'));
export const SEEDS = join(SHARED, 'seeds');
export const GOLD_FIGURES = join(SHARED, 'gold/seeds_figures.jsonl');
export const GOLD_FURNITURE = join(SHARED, 'gold/seeds_furniture.jsonl');

/** Fails loudly when the shared folder is missing: these measurements are part of the suite. */
export function requireShared(): void {
  if (!existsSync(GOLD_FIGURES)) throw new Error(`the shared seed data is missing: expected ${GOLD_FIGURES} (set CROSSCHECK_SHARED to its folder)`);
}
