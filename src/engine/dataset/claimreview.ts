/**
 * Interchange with fact-checkers' tools: schema.org ClaimReview (JSON-LD). Export writes a
 * JSON-LD document whose `@graph` holds one ClaimReview per claim, each keeping its full record
 * under `crosscheck:` keys, and whose `crosscheck:dataset` holds what no single claim carries
 * (every source and quantity, the cue sets, the derivations), so an import into an install
 * without the bundled data is exact. Each review's `url` names the review, not the article:
 * the source's URL with a `#crosscheck-<claim id>` fragment, or `REVIEW_BASE` + the claim id
 * when the source has none. Import reads those back, and reads plain ClaimReview from other
 * tools by finding the figure and its quantity in the reviewed text with the engine; a review
 * that would not make a loadable record is left out with its reason.
 */
import * as z from 'zod/mini';
import { checkText } from '../check';
import { formatIssues } from '../schemaErrors';
import type { Catalog } from './catalog';
import { Claim, Cues, DATASET_VERSION, Derivation, IsoDay, Quantity, Source, type DatasetFile } from './schema';
import { sourceConflicts } from './conflicts';

const NS = 'https://example.invalid/crosscheck/ns#';

/** Where reviews of claims whose source has no URL are named. */
export const REVIEW_BASE = 'https://example.invalid/crosscheck/reviews/';

/** The URL naming the review of a claim (not the reviewed article). */
export function reviewUrl(claim: Claim, source: Source): string {
  return source.url ? `${source.url.replace(/#.*$/, '')}#crosscheck-${claim.id}` : REVIEW_BASE + claim.id;
}

export interface ClaimReviewExport {
  '@context': unknown;
  '@graph': unknown[];
  'crosscheck:dataset': Omit<DatasetFile, 'claims' | 'version' | '$schema'>;
}

/** The export as text safe inside an HTML `<script type="application/ld+json">`: `<`, `>`, `&`, C1 controls and line separators escaped. */
export function claimReviewJson(catalog: Catalog): string {
  return escapeJsonForHtml(JSON.stringify(exportClaimReview(catalog), null, 2));
}

/** Escapes characters that could end a script element or start an HTML comment, and control characters a terminal would act on; still the same JSON. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u007f-\u009f\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** ClaimReview JSON-LD for every claim of the catalog, with the rest of the dataset beside them. */
export function exportClaimReview(catalog: Catalog): ClaimReviewExport {
  const d = catalog.dataset;
  const rest: ClaimReviewExport['crosscheck:dataset'] = {};
  if (d.cueSets.size) rest.cueSets = Object.fromEntries(d.cueSets);
  if (d.sources.size) rest.sources = [...d.sources.values()];
  if (d.quantities.size) rest.quantities = [...d.quantities.values()];
  if (d.derivations.size) rest.derivations = [...d.derivations.values()];
  return { '@context': ['https://schema.org', { crosscheck: NS }], '@graph': reviews(catalog), 'crosscheck:dataset': rest };
}

function reviews(catalog: Catalog): unknown[] {
  const disputed = new Set(sourceConflicts(catalog).flatMap((c) => [c.a.id, c.b.id]));
  const out: unknown[] = [];
  for (const c of catalog.dataset.claims.values()) {
    const s = catalog.sources.get(c.source)!;
    const q = catalog.dataset.quantities.get(c.quantity)!;
    const others = (catalog.claimsByQuantity.get(c.quantity) ?? []).filter((x) => x.source !== c.source);
    const rating = disputed.has(c.id) ? { value: 1, name: 'Disputed by another source' } : others.length ? { value: 3, name: 'Consistent with other sources' } : { value: 2, name: 'Single source' };
    out.push({
      '@type': 'ClaimReview',
      identifier: c.id,
      url: reviewUrl(c, s),
      datePublished: s.published,
      author: { '@type': 'Organization', name: 'Crosscheck dataset' },
      claimReviewed: c.quote,
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': s.author ? 'Person' : 'Organization', name: s.author ?? s.publisher },
        datePublished: s.published,
        appearance: { '@type': 'CreativeWork', ...(s.url ? { url: s.url } : {}), headline: s.title, publisher: { '@type': 'Organization', name: s.publisher } },
      },
      reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 3, worstRating: 1, alternateName: rating.name },
      about: { '@type': 'Thing', name: q.label, identifier: q.id },
      'crosscheck:claim': c,
      'crosscheck:quantity': q,
      'crosscheck:source': s,
    });
  }
  return out;
}

const Loose = z.looseObject({});
const Review = z.looseObject({
  '@type': z.optional(z.union([z.string(), z.array(z.string())])),
  claimReviewed: z.optional(z.string()),
  url: z.optional(z.string()),
  datePublished: z.optional(z.string()),
  itemReviewed: z.optional(
    z.looseObject({
      author: z.optional(z.union([z.looseObject({ name: z.optional(z.string()) }), z.array(Loose)])),
      datePublished: z.optional(z.string()),
      appearance: z.optional(z.union([z.looseObject({ url: z.optional(z.string()), headline: z.optional(z.string()) }), z.array(Loose)])),
    }),
  ),
});

export interface ImportResult {
  file: DatasetFile;
  /** Reviews left out, with why. */
  skipped: { index: number; reason: string }[];
}

/** What a Crosscheck export keeps beside its reviews. */
const Rest = z.strictObject({
  cueSets: z.optional(z.record(z.string(), Cues)),
  sources: z.optional(z.array(Source)),
  quantities: z.optional(z.array(Quantity)),
  derivations: z.optional(z.array(Derivation)),
});

/** Reads ClaimReview JSON-LD (an array, a single review, or a `@graph`) into a dataset file. */
export function importClaimReview(json: unknown, catalog: Catalog): ImportResult {
  const graph = json && typeof json === 'object' && !Array.isArray(json) && Array.isArray((json as { '@graph'?: unknown })['@graph']) ? (json as Record<string, unknown>) : null;
  const items: unknown[] = Array.isArray(json) ? json : graph ? (graph['@graph'] as unknown[]) : [json];
  const sources = new Map<string, Source>();
  const quantities = new Map<string, Quantity>();
  const claims: Claim[] = [];
  const skipped: ImportResult['skipped'] = [];
  let cueSets: Record<string, Cues> | undefined;
  let derivations: Derivation[] | undefined;
  if (graph && graph['crosscheck:dataset'] !== undefined) {
    const rest = Rest.safeParse(graph['crosscheck:dataset']);
    if (!rest.success) skipped.push({ index: -1, reason: `bad crosscheck:dataset (its cue sets, quantities and derivations are left out): ${formatIssues(rest.error.issues)}` });
    else {
      cueSets = rest.data.cueSets;
      derivations = rest.data.derivations;
      for (const s of rest.data.sources ?? []) sources.set(s.id, s);
      for (const q of rest.data.quantities ?? []) quantities.set(q.id, q);
    }
  }
  items.forEach((item, index) => {
    const own = item && typeof item === 'object' ? (item as Record<string, unknown>) : null;
    if (own && own['crosscheck:claim'] !== undefined) {
      const c = Claim.safeParse(own['crosscheck:claim']);
      const s = Source.safeParse(own['crosscheck:source']);
      const q = own['crosscheck:quantity'] === undefined ? null : Quantity.safeParse(own['crosscheck:quantity']);
      const bad = !c.success ? ['claim', c.error] : !s.success ? ['source', s.error] : q && !q.success ? ['quantity', q.error] : null;
      if (bad) {
        skipped.push({ index, reason: `bad crosscheck:${bad[0] as string} record: ${formatIssues((bad[1] as z.core.$ZodError).issues)}` });
        return;
      }
      if (!c.success || !s.success) return;
      claims.push(c.data);
      if (!sources.has(s.data.id)) sources.set(s.data.id, s.data);
      if (q?.success && !quantities.has(q.data.id)) quantities.set(q.data.id, q.data);
      return;
    }
    const r = Review.safeParse(item);
    if (!r.success || !r.data.claimReviewed) {
      skipped.push({ index, reason: r.success ? 'no claimReviewed text' : formatIssues(r.error.issues) });
      return;
    }
    const imported = fromPlainReview(r.data, catalog, index);
    if ('reason' in imported) {
      skipped.push({ index, reason: imported.reason });
      return;
    }
    sources.set(imported.source.id, imported.source);
    claims.push(imported.claim);
  });
  const file: DatasetFile = { version: DATASET_VERSION };
  if (cueSets && Object.keys(cueSets).length) file.cueSets = cueSets;
  file.sources = [...sources.values()];
  if (quantities.size) file.quantities = [...quantities.values()];
  file.claims = claims;
  if (derivations?.length) file.derivations = derivations;
  return { file, skipped };
}

function fromPlainReview(r: z.infer<typeof Review>, catalog: Catalog, index: number): { claim: Claim; source: Source } | { reason: string } {
  const text = r.claimReviewed!;
  const result = checkText(text, { format: 'plaintext', catalog, referenceDate: { date: day(r.itemReviewed?.datePublished ?? r.datePublished) ?? '2024-01-01', source: 'option' } });
  const k = result.matches.findIndex((m) => m?.known);
  if (k < 0) return { reason: 'no figure of a known quantity in claimReviewed' };
  const f = result.analysis.figures[k]!;
  const m = result.matches[k]!;
  const author = r.itemReviewed?.author && !Array.isArray(r.itemReviewed.author) ? r.itemReviewed.author.name : undefined;
  const appearance = r.itemReviewed?.appearance && !Array.isArray(r.itemReviewed.appearance) ? r.itemReviewed.appearance : undefined;
  if (author !== undefined && !author.trim()) return { reason: 'the claim’s author (itemReviewed.author.name) is empty: a source needs a publisher' };
  const publisher = author ?? 'Unknown publisher';
  const givenDate = r.itemReviewed?.datePublished ?? r.datePublished;
  if (givenDate !== undefined && !IsoDay.safeParse(day(givenDate) ?? '').success) return { reason: `the date "${givenDate}" is not a real date as YYYY-MM-DD` };
  const published = day(givenDate) ?? '1970-01-01';
  const sourceId = slug(`${publisher}-${published}`);
  const url = appearance?.url ?? r.url;
  const source: Source = {
    id: sourceId,
    publisher,
    author: null,
    title: appearance?.headline ?? text.slice(0, 120),
    published,
    url: url && /^https?:\/\//.test(url) ? url : null,
    kind: 'news',
    language: f.language,
    attribution: { how: 'stated', note: 'Imported from a ClaimReview: the claim’s author as the review names it.' },
  };
  const value = f.value ?? f.min ?? 0;
  const claim: Claim = {
    id: slug(`${sourceId}-${m.quantity}-${index}`),
    quantity: m.quantity,
    source: sourceId,
    value: typeof value === 'number' ? value : value,
    hedge: f.hedge ?? 'exact',
    asWritten: f.text,
    quote: text.length > 600 ? text.slice(Math.max(0, f.start - 280), f.end + 280) : text,
    note: 'Imported from a ClaimReview; quantity found by Crosscheck in the reviewed text.',
  };
  // Never write a record the loader would refuse.
  const s = Source.safeParse(source);
  if (!s.success) return { reason: `the source it names is not valid: ${formatIssues(s.error.issues)}` };
  const c = Claim.safeParse(claim);
  if (!c.success) return { reason: `the claim it makes is not valid: ${formatIssues(c.error.issues)}` };
  return { claim, source };
}

function day(s: string | undefined): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
