/** Writes the JSON Schema of dataset files, generated from the zod schemas (run: npm run schema). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonSchema } from '../src/engine/dataset/jsonSchema';

const out = join(process.cwd(), 'schemas', 'crosscheck-dataset.schema.json');
writeFileSync(out, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
