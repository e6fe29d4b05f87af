/**
 * "Possibly related": for a figure that matches no quantity, the source figures of the same
 * kind and unit and the same period (the year its sentence names, if any). Shown in the hover
 * beside the figure; never a finding.
 */
import type { CheckResult } from '../check';
import type { Catalog } from '../dataset/catalog';
import type { Claim, Quantity, Source } from '../dataset/schema';
import { compatible } from '../match/score';
import type { Figure } from '../model';
import { SOURCES_PREFIX } from './build';

/** A source figure shown beside an unmatched figure. */
export interface RelatedFigure {
  quantity: string;
  label: string;
  claim: Claim;
  source: Source;
}

/** At most this many related figures per figure. */
const MAX_RELATED = 5;

/** Per figure of the result: the related source figures (empty for matched figures, dates and years). */
export function possiblyRelated(result: Pick<CheckResult, 'analysis' | 'matches'>, catalog: Catalog | null): RelatedFigure[][] {
  const { figures } = result.analysis;
  const quantities = catalog ? [...catalog.dataset.quantities.values()].filter((q) => q.id.startsWith(SOURCES_PREFIX + '.')) : [];
  return figures.map((f, k) => {
    if (!catalog || quantities.length === 0 || result.matches[k] || f.kind === 'date' || f.kind === 'year' || typeof f.value !== 'number') return [];
    const value = f.value;
    const year = sentenceYear(figures, k);
    const out: RelatedFigure[] = [];
    for (const q of quantities) {
      if (!compatible(f, q) || !sameUnit(f, q)) continue;
      const period = q.series?.period.slice(0, 4) ?? null;
      if (year !== null && period !== year) continue;
      for (const claim of catalog.claimsByQuantity.get(q.id) ?? []) {
        const source = catalog.sources.get(claim.source);
        if (source) out.push({ quantity: q.id, label: q.label, claim, source });
      }
    }
    return out.sort((a, b) => Math.abs(Number(a.claim.value) - value) - Math.abs(Number(b.claim.value) - value)).slice(0, MAX_RELATED);
  });
}

/** Counts of people and things compare with counts; percentages, money, rates and durations with their own unit. */
function sameUnit(f: Figure, q: Quantity): boolean {
  if (q.kind === 'count') return f.kind === 'count' || f.kind === 'number';
  return (f.unit ?? '') === q.unit;
}

/** The year named in the figure's sentence, if any. */
function sentenceYear(figures: readonly Figure[], k: number): string | null {
  const s = figures[k]!.sentence;
  for (let j = k - 1; j >= 0 && figures[j]!.sentence === s; j--) if (figures[j]!.kind === 'year') return String(figures[j]!.value);
  for (let j = k + 1; j < figures.length && figures[j]!.sentence === s; j++) if (figures[j]!.kind === 'year') return String(figures[j]!.value);
  return null;
}
