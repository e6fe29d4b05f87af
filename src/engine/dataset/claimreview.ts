/**
 * Interchange with fact-checkers' tools: schema.org ClaimReview (JSON-LD). Export writes one
 * ClaimReview per claim and keeps the full record under a `crosscheck:` key, so a round trip
 * is exact; import reads those back, and reads plain ClaimReview from other tools by finding
 * the figure and its quantity in the reviewed text with the engine.
 */
import * as z from 'zod/mini';
import { checkText } from '../check';
import { formatIssues } from '../schemaErrors';
import type { Catalog } from './catalog';
import { Claim, DATASET_VERSION, Quantity, Source, type DatasetFile } from './schema';
import { sourceConflicts } from './conflicts';

const NS = 'https://example.invalid/crosscheck/ns#';

/** ClaimReview JSON-LD for every claim of the catalog. */
export function exportClaimReview(catalog: Catalog): unknown[] {
  const disputed = new Set(sourceConflicts(catalog).flatMap((c) => [c.a.id, c.b.id]));
  const out: unknown[] = [];
  for (const c of catalog.dataset.claims.values()) {
    const s = catalog.sources.get(c.source)!;
    const q = catalog.dataset.quantities.get(c.quantity)!;
    const others = (catalog.claimsByQuantity.get(c.quantity) ?? []).filter((x) => x.source !== c.source);
    const rating = disputed.has(c.id) ? { value: 1, name: 'Disputed by another source' } : others.length ? { value: 3, name: 'Consistent with other sources' } : { value: 2, name: 'Single source' };
    out.push({
      '@context': ['https://schema.org', { crosscheck: NS }],
      '@type': 'ClaimReview',
      identifier: c.id,
      ...(s.url ? { url: s.url } : {}),
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

/** Reads ClaimReview JSON-LD (an array, a single review, or a `@graph`) into a dataset file. */
export function importClaimReview(json: unknown, catalog: Catalog): ImportResult {
  const items: unknown[] = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { '@graph'?: unknown })['@graph']) ? (json as { '@graph': unknown[] })['@graph'] : [json];
  const sources = new Map<string, Source>();
  const quantities = new Map<string, Quantity>();
  const claims: Claim[] = [];
  const skipped: ImportResult['skipped'] = [];
  items.forEach((item, index) => {
    const own = item && typeof item === 'object' ? (item as Record<string, unknown>) : null;
    if (own && own['crosscheck:claim'] !== undefined) {
      const c = Claim.safeParse(own['crosscheck:claim']);
      const s = Source.safeParse(own['crosscheck:source']);
      const q = Quantity.safeParse(own['crosscheck:quantity']);
      if (!c.success || !s.success) {
        skipped.push({ index, reason: `bad crosscheck record: ${formatIssues((c.success ? s.error! : c.error).issues)}` });
        return;
      }
      claims.push(c.data);
      sources.set(s.data.id, s.data);
      if (q.success && !catalog.dataset.quantities.has(q.data.id)) quantities.set(q.data.id, q.data);
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
  const file: DatasetFile = { version: DATASET_VERSION, sources: [...sources.values()], claims };
  if (quantities.size) file.quantities = [...quantities.values()];
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
  const publisher = author ?? 'Unknown publisher';
  const published = day(r.itemReviewed?.datePublished ?? r.datePublished) ?? '1970-01-01';
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
