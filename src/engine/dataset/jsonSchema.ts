/** The JSON Schema of dataset files, generated from the zod schemas (shipped for editor completion and validation). */
import * as z from 'zod/mini';
import { DatasetFile } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetFile, { unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://example.invalid/crosscheck/schemas/crosscheck-dataset.schema.json',
    title: 'Crosscheck dataset file',
    description: 'Sources, quantities (with the words that signal them), claims and derivations for Crosscheck. Files named *.crosscheck.json in a workspace are merged with the bundled dataset.',
  };
}
