/** Where the sources disagree, by how much, and which quantities are related but different: from the data alone. */
import { claimInterval, spansAgree } from '../match/verdict';
import type { Catalog } from './catalog';
import type { Claim, Quantity } from './schema';

export interface SourceConflict {
  quantity: Quantity;
  /** Claims on each side of the disagreement. */
  a: Claim;
  b: Claim;
  /** b − a for numbers; null for dates. */
  difference: number | null;
}

export interface RelatedPair {
  a: Quantity;
  b: Quantity;
  relation: string;
  note: string;
  aValues: string[];
  bValues: string[];
}

/** Pairs of claims on the same quantity whose values cannot both hold. */
export function sourceConflicts(catalog: Catalog): SourceConflict[] {
  const out: SourceConflict[] = [];
  for (const [id, claims] of catalog.claimsByQuantity) {
    const q = catalog.dataset.quantities.get(id);
    if (!q) continue;
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i]!;
        const b = claims[j]!;
        if (a.source === b.source) continue;
        if (q.time === 'point' && a.time && b.time && a.time !== b.time) continue; // different moments
        if (!disagree(a, b, q)) continue;
        out.push({ quantity: q, a, b, difference: typeof a.value === 'number' && typeof b.value === 'number' ? b.value - a.value : null });
      }
    }
  }
  return out;
}

function disagree(a: Claim, b: Claim, q: Quantity): boolean {
  if (q.kind === 'date' || q.kind === 'year') {
    const x = String(a.value);
    const y = String(b.value);
    const n = Math.min(x.length, y.length);
    return x.slice(0, n) !== y.slice(0, n);
  }
  const ia = claimInterval(a);
  const ib = claimInterval(b);
  return !!ia && !!ib && !spansAgree(ia, ib);
}

/** Quantities the data links as related but different, with the values the sources give each. */
export function relatedPairs(catalog: Catalog): RelatedPair[] {
  const out: RelatedPair[] = [];
  const seen = new Set<string>();
  for (const q of catalog.dataset.quantities.values()) {
    for (const r of q.related ?? []) {
      const other = catalog.dataset.quantities.get(r.quantity);
      if (!other) continue;
      const key = [q.id, other.id].sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const values = (x: Quantity): string[] => (catalog.claimsByQuantity.get(x.id) ?? []).map((c) => `${c.asWritten} (${catalog.sources.get(c.source)?.publisher ?? c.source})`);
      out.push({ a: q, b: other, relation: r.relation, note: r.note, aValues: values(q), bValues: values(other) });
    }
  }
  return out;
}
