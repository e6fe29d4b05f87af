/** Checking every quote of the dataset against the source articles' own text. */
import type { Catalog } from './catalog';
import { normalize } from './build';

export interface QuoteCheck {
  claim: string;
  source: string;
  /** The article file the quote was found in, or null. */
  file: string | null;
}

/** Looks for each claim's quote (white space and quote styles folded) in the given articles. */
export function verifyQuotes(catalog: Catalog, articles: readonly { name: string; text: string }[]): QuoteCheck[] {
  const normalized = articles.map((a) => ({ name: a.name, text: normalize(a.text) }));
  const out: QuoteCheck[] = [];
  for (const c of catalog.dataset.claims.values()) {
    const q = normalize(c.quote);
    const hit = normalized.find((a) => a.text.includes(q) && a.text.includes(normalize(c.asWritten)));
    out.push({ claim: c.id, source: c.source, file: hit?.name ?? null });
  }
  return out;
}
