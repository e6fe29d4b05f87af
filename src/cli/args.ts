/** Command-line arguments: split by hand, then parsed once through a schema. */
import * as z from 'zod/mini';
import { formatIssues } from '../engine/schemaErrors';

export class UsageError extends Error {}

/** Options that may repeat. */
const REPEATABLE = new Set(['dataset', 'gold']);
/** Options that take no value. */
const FLAGS = new Set(['help', 'version', 'no-bundled', 'figures', 'quiet', 'explain', 'no-sources']);

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

/** True when `YYYY-MM-DD` names a day of the calendar (no month 13, no 30 February). */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  z.refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isCalendarDate(s), 'no such day in the calendar'),
);

export const CheckArgs = z.strictObject({
  format: z._default(z.enum(['text', 'json', 'sarif']), 'text'),
  dataset: z._default(z.array(z.string()), []),
  language: z._default(z.enum(['auto', 'en', 'es']), 'auto'),
  date: z.optional(isoDate),
  'max-size': z.optional(z.string().check(z.regex(/^\d+$/, 'expected a number of bytes'))),
  'no-bundled': z.optional(z.boolean()),
  figures: z.optional(z.boolean()),
  quiet: z.optional(z.boolean()),
  explain: z.optional(z.boolean()),
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

/** Each command's help: what it does and every flag it takes (a test keeps them in step with the schemas). */
export const COMMAND_HELP: Readonly<Record<'check' | 'eval' | 'dataset', string>> = {
  check: `crosscheck check [options] PATH...
  Find the figures in articles and check them against the dataset.
  PATH: files, folders (Markdown and text files inside) or globs ("articles/**/*.md")
  --format text|json|sarif  output format (default text)
  --dataset FILE            also load this dataset file (repeatable); a file that does not
                            load cleanly is reported with FILE:LINE:COL and the exit code is 2
  --no-bundled              leave out the bundled dataset
  --language auto|en|es     language of the articles (default: detect)
  --date YYYY-MM-DD         reference date for dates without a year
  --max-size BYTES          skip larger files (default 5242880)
  --figures                 list every figure found (text format)
  --explain                 say, per figure, why it matched its quantity or why it matched none
  --quiet                   print nothing when there is no finding (text format)
  --sources DIR             compare with the sources in DIR (default: .crosscheck/sources/ when present)
  --no-sources              leave out the sources folder
Exit codes: 0 no finding at warning or above; 1 findings; 2 bad usage, unreadable input or a dataset that did not load.`,
  eval: `crosscheck eval --gold FILE.jsonl [options] FOLDER
  Score figure extraction against annotated figures (see README, "Scoring").
  --gold FILE.jsonl         annotated figures (repeatable; at least one)
  --format text|json        output format (default text)
  --dataset FILE            also load this dataset file (repeatable)
  --no-bundled              leave out the bundled dataset
  --language auto|en|es     language of the articles (default: detect)
  --date YYYY-MM-DD         reference date for dates without a year
Exit codes: 0 scored; 2 bad usage or unreadable input.`,
  dataset: `crosscheck dataset SUBCOMMAND [options]
  verify FILE.json [FOLDER]   load your dataset file (schema, references, each quote read back)
                              and, with FOLDER, find each of its quotes in the source articles
  verify FOLDER               find every quote of the loaded data in the articles of FOLDER
  conflicts                   the sources' disagreements and related measures, from the data alone
  export --format claimreview schema.org ClaimReview JSON-LD, safe inside a <script> tag
  import FILE                 ClaimReview JSON-LD to a dataset file; each review left out is named, with why
  --dataset FILE              also load this dataset file (repeatable)
  --no-bundled                leave out the bundled dataset
  --format text|json|claimreview  output format (conflicts: text or json; export: claimreview)
  --out FILE                  write the output to FILE instead of stdout
Exit codes: 0 done; 1 verify: quotes not found, import: reviews left out; 2 bad usage, unreadable input or a dataset that did not load.`,
};

/** Parses options against a schema, turning failures into usage errors. */
export function parseOptions<T>(schema: z.ZodMiniType<T>, options: RawArgs['options']): T {
  const r = schema.safeParse(options);
  if (!r.success) {
    const message = formatIssues(r.error.issues).replace(/\$\.?/g, '--').replace(/--\["?([^"\]]+)"?\]/g, '--$1');
    throw new UsageError(message);
  }
  return r.data;
}
