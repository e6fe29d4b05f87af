/**
 * The places a dataset quantity belongs to, read from its own words with the same gazetteer
 * as figures: its anchor words (the place or body it belongs to), else its subject words.
 * Computed once per catalog.
 */
import type { Catalog, CueRole } from '../dataset/catalog';
import { placesNamedBy } from './places';

const homes = new WeakMap<Catalog, Map<string, ReadonlySet<string>>>();

export function homePlaces(catalog: Catalog, quantity: string): ReadonlySet<string> {
  let map = homes.get(catalog);
  if (!map) {
    map = buildHomes(catalog);
    homes.set(catalog, map);
  }
  return map.get(quantity) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

function buildHomes(catalog: Catalog): Map<string, ReadonlySet<string>> {
  const words = new Map<string, { anchor: string[]; subject: string[] }>();
  const add = (q: string, role: CueRole, text: string): void => {
    let w = words.get(q);
    if (!w) words.set(q, (w = { anchor: [], subject: [] }));
    if (role === 'anchor') w.anchor.push(text);
    else if (role === 'subject') w.subject.push(text);
  };
  const visit = (entries: Iterable<{ text: string; refs: { quantity: string; role: CueRole }[] }>): void => {
    for (const e of entries) for (const r of e.refs) add(r.quantity, r.role, e.text);
  };
  for (const list of catalog.cuesByWord.values()) visit(list);
  for (const list of catalog.cuesByBigram.values()) visit(list);
  for (const bucket of catalog.cuesByPrefix.values()) for (const list of bucket.byPrefix.values()) visit(list);
  const out = new Map<string, ReadonlySet<string>>();
  for (const [q, w] of words) {
    const fromAnchor = placesNamedBy(w.anchor);
    out.set(q, fromAnchor.size > 0 ? fromAnchor : placesNamedBy(w.subject));
  }
  return out;
}
