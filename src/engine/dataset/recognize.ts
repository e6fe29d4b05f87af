/**
 * Recognising an article that is itself a source of the dataset, by its quotes: runs of
 * words fingerprinted from each claim's quote. The source's date then dates the article.
 */
import { fold, PRINT_WORDS, words_, type Catalog } from './catalog';

export interface Recognition {
  source: string;
  /** The date year-less expressions in the article refer to. */
  date: string;
  /** Claims whose quotes were found. */
  quotes: number;
}

/** Finds the source an article is, or null. Linear in the text; a lookup per candidate word. */
export function recognizeSource(text: string, catalog: Catalog): Recognition | null {
  if (catalog.quotePrints.size === 0) return null;
  const firsts = firstWords(catalog);
  const words = words_(fold(text));
  const found = new Map<string, Set<string>>();
  for (let i = 0; i + PRINT_WORDS <= words.length; i++) {
    if (!firsts.has(words[i]!)) continue;
    const hits = catalog.quotePrints.get(words.slice(i, i + PRINT_WORDS).join(' '));
    if (!hits) continue;
    for (const h of hits) {
      let set = found.get(h.source);
      if (!set) found.set(h.source, (set = new Set()));
      set.add(h.claim);
    }
  }
  let best: Recognition | null = null;
  for (const [source, claims] of found) {
    const total = catalog.claimsPerSource.get(source) ?? 0;
    const enough = claims.size >= 3 || (claims.size >= 2 && claims.size * 2 >= total);
    const s = catalog.sources.get(source);
    if (!enough || !s) continue;
    if (!best || claims.size > best.quotes) best = { source, date: s.relativeTo ?? s.published, quotes: claims.size };
  }
  return best;
}

const FIRSTS = new WeakMap<Catalog, Set<string>>();

function firstWords(catalog: Catalog): Set<string> {
  let set = FIRSTS.get(catalog);
  if (!set) {
    set = new Set([...catalog.quotePrints.keys()].map((k) => k.split(' ', 1)[0]!));
    FIRSTS.set(catalog, set);
  }
  return set;
}
