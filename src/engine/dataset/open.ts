/** Opening a dataset with the engine at hand to verify users' quotes (the CLI, tests, the worker). See openCore.ts. */
import { openDatasetWith, type OpenedDataset, type OpenOptions } from './openCore';
import { readQuote } from './readQuote';

export { VERIFY_BUDGET, type OpenedDataset, type OpenOptions } from './openCore';

/** Loads the bundled data and the given files, verifying users' quotes with the engine. */
export function openDataset(files: readonly { name: string; text: string }[], options: OpenOptions = {}): OpenedDataset {
  return openDatasetWith(files, { reader: readQuote, ...options });
}
