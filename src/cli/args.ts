/** Command-line arguments: split by hand, then parsed once through a schema. */
import * as z from 'zod/mini';
import { formatIssues } from '../engine/schemaErrors';

export class UsageError extends Error {}

/** Options that may repeat. */
const REPEATABLE = new Set(['dataset', 'gold']);
/** Options that take no value. */
const FLAGS = new Set(['help', 'version', 'no-bundled', 'figures', 'quiet', 'no-sources']);

export interface RawArgs {
  positionals: string[];
  options: Record<string, string | string[] | boolean>;
}

/** Splits argv into positionals and `--name value` / `--name=value` options. */
export function splitArgs(argv: readonly string[]): RawArgs {
  const positionals: string[] = [];
  const options: RawArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      options['help'] = true;
      continue;
    }
    if (!a.startsWith('--')) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq > 0 ? eq : undefined);
    if (FLAGS.has(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (REPEATABLE.has(name)) options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else if (name in options) throw new UsageError(`--${name} is given twice`);
    else options[name] = value;
  }
  return { positionals, options };
}

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

export const CheckArgs = z.strictObject({
  format: z._default(z.enum(['text', 'json', 'sarif']), 'text'),
  dataset: z._default(z.array(z.string()), []),
  language: z._default(z.enum(['auto', 'en', 'es']), 'auto'),
  date: z.optional(isoDate),
  'max-size': z.optional(z.string().check(z.regex(/^\d+$/, 'expected a number of bytes'))),
  'no-bundled': z.optional(z.boolean()),
  figures: z.optional(z.boolean()),
  quiet: z.optional(z.boolean()),
  sources: z.optional(z.string()),
  'no-sources': z.optional(z.boolean()),
});
export type CheckArgs = z.infer<typeof CheckArgs>;

export const EvalArgs = z.strictObject({
  gold: z.array(z.string()).check(z.minLength(1, 'needs --gold FILE.jsonl')),
  format: z._default(z.enum(['text', 'json']), 'text'),
  language: z._default(z.enum(['auto', 'en', 'es']), 'auto'),
  dataset: z._default(z.array(z.string()), []),
  'no-bundled': z.optional(z.boolean()),
  date: z.optional(isoDate),
});
export type EvalArgs = z.infer<typeof EvalArgs>;

export const DatasetArgs = z.strictObject({
  format: z.optional(z.enum(['text', 'json', 'claimreview'])),
  dataset: z._default(z.array(z.string()), []),
  'no-bundled': z.optional(z.boolean()),
  out: z.optional(z.string()),
});
export type DatasetArgs = z.infer<typeof DatasetArgs>;

/** Parses options against a schema, turning failures into usage errors. */
export function parseOptions<T>(schema: z.ZodMiniType<T>, options: RawArgs['options']): T {
  const r = schema.safeParse(options);
  if (!r.success) {
    const message = formatIssues(r.error.issues).replace(/\$\.?/g, '--').replace(/--\["?([^"\]]+)"?\]/g, '--$1');
    throw new UsageError(message);
  }
  return r.data;
}
