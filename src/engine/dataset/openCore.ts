/**
 * Opening a dataset: the bundled files (unless left out) plus users' files, as one catalog.
 * The quote reader (the engine's `analyze`) is a parameter, so the editor's host loads the engine
 * only when a user file has quotes to verify; `open.ts` passes the engine's own.
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

/**
 * Users' files whose quotes hold more characters than this in all skip the per-quote engine
 * check (it is the slow part: about a second per million characters), with a note: a large or
 * hostile file never holds up a reload for long.
 */
export const VERIFY_BUDGET = 300_000;

export interface OpenOptions {
  bundled?: boolean;
  /** Read back every quote whatever its size (dataset verify). */
  verifyAll?: boolean;
  /** How quotes are read back; without one they are not verified. */
  reader?: QuoteReader;
}

/** Loads the bundled data and the given files; bad files are reported and left out, the rest works. */
export function openDatasetWith(files: readonly { name: string; text: string }[], options: OpenOptions = {}): OpenedDataset {
  const problems: DatasetProblem[] = [];
  const inputs: DatasetInput[] = [];
  if (options.bundled !== false) {
    const b = bundledInputs();
    inputs.push(...b.inputs);
    problems.push(...b.problems);
  }
  let quoted = 0;
  for (const f of files) {
    const loaded = loadDatasetText(f.text, f.name);
    problems.push(...loaded.problems);
    if (loaded.file) {
      inputs.push({ name: f.name, file: loaded.file, bundled: false });
      for (const c of loaded.file.claims ?? []) quoted += c.quote.length;
    }
  }
  const verify = quoted <= VERIFY_BUDGET || options.verifyAll === true;
  const built = buildDataset(inputs, { verifyQuotes: files.length > 0 && verify, ...(options.reader ? { reader: options.reader } : {}) });
  problems.push(...built.problems);
  if (!verify) {
    for (const f of files) {
      if (!inputs.some((i) => i.name === f.name)) continue;
      problems.push({ file: f.name, path: '$.claims', message: `the quotes of the workspace datasets hold ${quoted} characters, over ${VERIFY_BUDGET}: their figures are not read back by the engine here (crosscheck dataset verify FILE does it)`, severity: 'information' });
    }
  }
  return { catalog: buildCatalog(built.dataset), dataset: built.dataset, problems };
}
