/** Loading the bundled dataset through the same schema and integrity checks as users' files. */
import { BUNDLED_FILES } from '../../dataset/index';
import { formatIssues } from '../schemaErrors';
import { buildDataset, type Dataset, type DatasetInput } from './build';
import type { DatasetProblem } from './load';
import { DatasetFile } from './schema';

/** Parses the bundled files; problems here are build errors (the build refuses them). */
export function bundledInputs(): { inputs: DatasetInput[]; problems: DatasetProblem[] } {
  const inputs: DatasetInput[] = [];
  const problems: DatasetProblem[] = [];
  for (const f of BUNDLED_FILES) {
    const r = DatasetFile.safeParse(f.json);
    if (r.success) inputs.push({ name: f.name, file: r.data, bundled: true });
    else problems.push({ file: f.name, path: '$', message: formatIssues(r.error.issues), severity: 'error' });
  }
  return { inputs, problems };
}

let cached: { dataset: Dataset; problems: DatasetProblem[] } | null = null;

/** The bundled dataset alone (cached). */
export function bundledDataset(): { dataset: Dataset; problems: DatasetProblem[] } {
  if (!cached) {
    const { inputs, problems } = bundledInputs();
    const built = buildDataset(inputs);
    cached = { dataset: built.dataset, problems: [...problems, ...built.problems] };
  }
  return cached;
}
