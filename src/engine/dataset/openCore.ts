/**
 * Opening a dataset: the bundled files (unless left out) plus users' files, as one catalog.
 * `openDatasetWith` takes the quote reader (the engine's `analyze`) as a parameter, so the
 * editor's host can load the engine only when a user file needs its quotes read.
 */
import { bundledInputs } from './bundled';
import { buildDataset, type Dataset, type DatasetInput, type QuoteReader } from './build';
import { buildCatalog, type Catalog } from './catalog';
import { loadDatasetText, type DatasetProblem } from './load';

export interface OpenedDataset {
  catalog: Catalog;
  dataset: Dataset;
  problems: DatasetProblem[];
}

/** Users' files with more claims than this skip the per-quote engine check (it is the slow part). */
const VERIFY_LIMIT = 5000;

/** Loads the bundled data and the given files; bad files are reported and left out, the rest works. */
export function openDatasetWith(files: readonly { name: string; text: string }[], options: { bundled?: boolean; reader?: QuoteReader } = {}): OpenedDataset {
  const problems: DatasetProblem[] = [];
  const inputs: DatasetInput[] = [];
  if (options.bundled !== false) {
    const b = bundledInputs();
    inputs.push(...b.inputs);
    problems.push(...b.problems);
  }
  let claims = 0;
  for (const f of files) {
    const loaded = loadDatasetText(f.text, f.name);
    problems.push(...loaded.problems);
    if (loaded.file) {
      inputs.push({ name: f.name, file: loaded.file, bundled: false });
      claims += loaded.file.claims?.length ?? 0;
    }
  }
  const built = buildDataset(inputs, { verifyQuotes: files.length > 0 && claims <= VERIFY_LIMIT, ...(options.reader ? { reader: options.reader } : {}) });
  problems.push(...built.problems);
  return { catalog: buildCatalog(built.dataset), dataset: built.dataset, problems };
}
