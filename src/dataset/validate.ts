/** Build-time check of the bundled dataset: schema, integrity, and every quote read back by the engine. */
import { bundledInputs } from '../engine/dataset/bundled';
import { buildDataset } from '../engine/dataset/build';
import { readQuote } from '../engine/dataset/readQuote';

export function validateBundledDataset(): { errors: string[]; summary: string } {
  const { inputs, problems } = bundledInputs();
  const built = buildDataset(inputs, { verifyQuotes: true, reader: readQuote });
  const errors = [...problems, ...built.problems].filter((p) => p.severity !== 'information').map((p) => `${p.file}: ${p.path}: ${p.message}`);
  const d = built.dataset;
  return { errors, summary: `${d.sources.size} sources, ${d.quantities.size} quantities, ${d.claims.size} claims, ${d.derivations.size} derivations` };
}
