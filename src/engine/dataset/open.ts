/** Opening a dataset with the engine at hand to verify users' quotes (the CLI, tests, the worker). See openCore.ts. */
import type { QuoteReader } from './build';
import { openDatasetWith, type OpenedDataset } from './openCore';
import { readQuote } from './readQuote';

export type { OpenedDataset } from './openCore';

/** Loads the bundled data and the given files, verifying users' quotes with the engine. */
export function openDataset(files: readonly { name: string; text: string }[], options: { bundled?: boolean; reader?: QuoteReader } = {}): OpenedDataset {
  return openDatasetWith(files, { reader: readQuote, ...options });
}
