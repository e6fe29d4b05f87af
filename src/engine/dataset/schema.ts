/**
 * The dataset model as zod schemas (zod/mini keeps the bundles small); the types come from
 * the schemas. A dataset file holds any of sources, quantities, claims and derivations.
 */
import * as z from 'zod/mini';

/** Version of the dataset file format. */
export const DATASET_VERSION = 1;

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return y! >= 1000 && y! <= 2999;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A record id: lower case letters, digits and `._-`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and . _ -'));
/** A quantity id: dotted, e.g. `cecot.capacity`, `sv.homicide_rate.2023`. */
export const QuantityId = z.string().check(z.regex(/^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/, 'expected a dotted quantity id such as cecot.capacity'));
/** A day, `YYYY-MM-DD`, that exists in the calendar. */
export const IsoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  z.refine(isRealDate, 'not a real date'),
);
/** A year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const IsoPartial = z.string().check(
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine(isRealDate, 'not a real date'),
);
const Text = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2000, 'too long (2,000 characters at most)'));
const Url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'expected an http(s) URL'), z.maxLength(2000, 'too long'));

/** Words and phrases that signal something in prose, per language. `*` ends a prefix ("arrest*"). */
export const Cues = z.strictObject({
  en: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200)),
  es: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200)),
});
export type Cues = z.infer<typeof Cues>;

export const Source = z.strictObject({
  id: Id,
  publisher: Text,
  author: z.nullable(Text),
  title: Text,
  /** Publication date. */
  published: IsoDay,
  url: z.nullable(Url),
  kind: z.enum(['news', 'op-ed', 'wire', 'official', 'ngo']),
  language: z.enum(['en', 'es']),
  /** How the publisher is known: named in the text, or inferred (say how in the note). */
  attribution: z.strictObject({ how: z.enum(['stated', 'inferred']), note: Text }),
  /** Republications of the same text. */
  republished: z.optional(z.array(z.strictObject({ publisher: Text, date: IsoDay, url: z.nullable(Url) }))),
  /** The date relative expressions in the text refer to, when it is not `published`. */
  relativeTo: z.optional(IsoDay),
});
export type Source = z.infer<typeof Source>;

export const QuantityKind = z.enum(['count', 'percent', 'rate', 'money', 'duration', 'date', 'year', 'ordinal']);
export type QuantityKind = z.infer<typeof QuantityKind>;

export const Relation = z.enum(['different-window', 'different-scope', 'different-denominator', 'part-of', 'derived-from', 'coincidence']);

export const Quantity = z.strictObject({
  id: QuantityId,
  label: Text,
  description: Text,
  /** What is measured, e.g. "CECOT prison", "El Salvador". */
  subject: Text,
  kind: QuantityKind,
  /** Canonical unit: people, percent, per_100k, years, hours, date, year, ordinal, rank, hectares, times, USD… */
  unit: z.string().check(z.regex(/^[a-z0-9_ ]+$|^[A-Z]{3}$/, 'expected a unit such as people, percent, per_100k or USD')),
  /**
   * A value at a point in time (may change: compare with the latest claim up to the article's date),
   * a value that belongs to a period, or a value whose period the sources leave unsaid (a fall
   * "of nearly 70%" with no years): a figure that names its own period ("since 2015", "last year")
   * may speak of another one, so it is shown beside the sources but never judged against them.
   */
  time: z.enum(['point', 'period', 'unstated']),
  /** For members of a series: the series id and the period this member covers. */
  series: z.optional(z.strictObject({ id: QuantityId, period: IsoPartial })),
  cues: z.strictObject({
    /** What the figure is about (one must be near: same sentence, the one before, or the article's subject). */
    subject: Cues,
    /** What is measured (one must be in the same sentence). */
    measure: Cues,
    /** Words of which one must also appear in the sentence (the window of "62 homicides in a single day"). */
    require: z.optional(Cues),
    /** Words that rule the quantity out when they are nearer than any measure cue, in the figure's clause. */
    exclude: z.optional(Cues),
    /** Words that rule the quantity out anywhere in the figure's clause ("over two days" for a one-day count). */
    veto: z.optional(Cues),
    /**
     * The place or body the quantity belongs to ("El Salvador", "CECOT"). When given, one must be
     * named in the figure's sentence, the one before, or the article's headings, opening or
     * sentences with figures: generic subject words ("the country", "inmates") never match a
     * quantity of El Salvador in an article about Brazil.
     */
    anchor: z.optional(Cues),
    /**
     * Other places ("Honduras", "Brazil's", "the region"): named in the figure's clause without
     * the quantity's own anchor or subject there, they rule the quantity out ("Honduras had a
     * homicide rate of 31.1" in an article about El Salvador). A word that is also the
     * quantity's subject or anchor is never foreign to it.
     */
    foreign: z.optional(Cues),
  }),
  /** Plausible values, for telling apart quantities of the same kind (never used to reject a strong match). */
  typical: z.optional(z.strictObject({ min: z.number(), max: z.number() })),
  related: z.optional(z.array(z.strictObject({ quantity: QuantityId, relation: Relation, note: Text }))),
});
export type Quantity = z.infer<typeof Quantity>;

export const Claim = z.strictObject({
  id: Id,
  quantity: QuantityId,
  source: Id,
  /** The value as the source states it: a number, or an ISO date/month/year for dates. */
  value: z.union([z.number(), IsoPartial]),
  hedge: z.enum(['exact', 'approx', 'at_least', 'at_most', 'up_to']),
  /** The figure as written in the source ("nearly 75,000"). */
  asWritten: Text,
  /** When the value holds (for point-in-time quantities), as YYYY, YYYY-MM or YYYY-MM-DD. */
  time: z.optional(IsoPartial),
  /** The source's own sentence, verbatim (may be shortened to the clause holding the figure). */
  quote: z.string().check(z.minLength(1), z.maxLength(600, 'quotes are short: 600 characters at most')),
  /** The figure sits inside quoted speech in the source. */
  quoted: z.optional(z.boolean()),
  note: z.optional(Text),
});
export type Claim = z.infer<typeof Claim>;

export const Derivation = z.strictObject({
  id: Id,
  /**
   * share: output% = inputs[0] / inputs[1] × 100; ratio: the same for occupancy-style ratios;
   * percent-change: output% = (inputs[1] − inputs[0]) / inputs[0] × 100 (a decrease is negative);
   * rate: output = inputs[0] / inputs[1] × per; sum: output = Σ inputs; difference: inputs[0] − inputs[1];
   * elapsed: output years from the date inputs[0] to the article's date.
   */
  kind: z.enum(['share', 'ratio', 'percent-change', 'rate', 'sum', 'difference', 'elapsed']),
  output: QuantityId,
  inputs: z.array(QuantityId).check(z.minLength(1), z.maxLength(20)),
  per: z.optional(z.number()),
  /** For percent-change outputs stated as a magnitude ("a 70% decrease"). */
  direction: z.optional(z.enum(['decrease', 'increase'])),
  /** How far (in percentage points, or relative for non-percent outputs) a stated value may be from the computed one. */
  tolerance: z.optional(z.number()),
  note: Text,
});
export type Derivation = z.infer<typeof Derivation>;

export const DatasetFile = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(DATASET_VERSION),
  description: z.optional(z.string()),
  /** Named cue lists that quantities can include as `@name`. */
  cueSets: z.optional(z.record(z.string().check(z.regex(/^[a-z0-9_-]+$/, 'expected a cue-set name of lower-case letters, digits, _ and -')), Cues)),
  sources: z.optional(z.array(Source)),
  quantities: z.optional(z.array(Quantity)),
  claims: z.optional(z.array(Claim)),
  derivations: z.optional(z.array(Derivation)),
});
export type DatasetFile = z.infer<typeof DatasetFile>;
