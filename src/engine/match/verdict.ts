/**
 * Whether a matched figure agrees with the sources: intervals that count hedges and
 * rounding ("nearly 75,000" against 74,000; "40 mil" against 40,000; "under 50%" against
 * 37.5%), dates compared at the coarser precision, and time for values that change.
 */
import type { Catalog } from '../dataset/catalog';
import type { Claim, Quantity, Source } from '../dataset/schema';
import { intervalOf } from '../figures/intervals';
import { granularityOfValue } from '../figures/numberWords';
import type { Figure } from '../model';

export type Verdict = 'agrees' | 'conflicts' | 'disputed' | 'outdated' | 'unsourced';

export interface ClaimView {
  claim: Claim;
  source: Source;
  /** When the value holds, or '' for a value that does not change (an event's date, a capacity). */
  time: string;
  /** Numeric interval (null ends are open), or null for dates. */
  interval: { min: number; max: number } | null;
  agrees: boolean;
}

export interface Judgement {
  verdict: Verdict;
  /** The claims compared (those in force at the article's date for values that change). */
  claims: ClaimView[];
  /** Claims dated after the article, shown but not held against it. */
  later: ClaimView[];
  /** True if the compared claims agree among themselves. */
  sourcesAgree: boolean;
  /** Signed difference from the nearest claim value, for numbers. */
  difference: { value: number; relative: number | null; against: ClaimView } | null;
}

/** Judges a figure against the claims for its quantity. */
export function judge(f: Figure, q: Quantity | undefined, catalog: Catalog, referenceDate: string | null): Judgement {
  const all = q ? (catalog.claimsByQuantity.get(q.id) ?? []) : [];
  const views: ClaimView[] = [];
  for (const claim of all) {
    const source = catalog.sources.get(claim.source);
    if (!source) continue;
    views.push({ claim, source, time: claim.time ?? '', interval: claimInterval(claim), agrees: false });
  }
  if (views.length === 0 || !q) return { verdict: 'unsourced', claims: [], later: [], sourcesAgree: true, difference: null };
  let compared = views;
  let later: ClaimView[] = [];
  if (q.time === 'point' && referenceDate) {
    const inForce = views.filter((v) => v.time === '' || v.time.slice(0, 10) <= referenceDate);
    if (inForce.length > 0) {
      compared = inForce;
      later = views.filter((v) => !inForce.includes(v));
    }
  }
  const fig = figureInterval(f);
  for (const v of [...compared, ...later]) v.agrees = agrees(f, fig, v, q);
  const sourcesAgree = pairwiseAgree(compared, q);
  const agreeing = compared.filter((v) => v.agrees);
  let verdict: Verdict;
  if (agreeing.length === compared.length) verdict = 'agrees';
  else if (agreeing.length === 0) verdict = 'conflicts';
  else if (!sourcesAgree) {
    const newest = [...compared].sort((a, b) => b.time.localeCompare(a.time))[0]!;
    const older = agreeing.every((v) => v.time < newest.time) && !newest.agrees && q.time === 'point' && newest.time.slice(0, 7) !== agreeing[0]!.time.slice(0, 7);
    verdict = older ? 'outdated' : 'disputed';
  } else verdict = 'conflicts';
  return { verdict, claims: compared, later, sourcesAgree, difference: difference(f, compared) };
}

/** The interval a claim's words allow, with rounding of an exact value. */
export function claimInterval(c: Claim): { min: number; max: number } | null {
  if (typeof c.value !== 'number') return null;
  const v = c.value;
  const g = granularityOf(v);
  switch (c.hedge) {
    case 'exact':
    case 'up_to':
      return withRounding(v, g);
    case 'approx':
      return closed(intervalOf(v, g, 'approx'));
    case 'at_least':
      return { min: v, max: Infinity };
    case 'at_most':
      return { min: v >= 0 ? 0 : -Infinity, max: v };
  }
}

/** The figure's interval, with rounding when it is stated exactly. */
export function figureInterval(f: Figure): { min: number; max: number } | null {
  if (f.kind === 'date' || f.kind === 'year') return null;
  if (f.kind === 'range') return { min: f.min ?? -Infinity, max: f.max ?? Infinity };
  if (typeof f.value !== 'number') return null;
  if (f.hedge === 'exact' || f.hedge === null || f.hedge === 'up_to') {
    const r = withRounding(f.value, f.granularity ?? granularityOf(f.value));
    return f.hedge === 'up_to' ? r : r;
  }
  return { min: f.min ?? -Infinity, max: f.max ?? Infinity };
}

function withRounding(v: number, g: number): { min: number; max: number } {
  const tol = Math.min(g / 2, Math.abs(v) * 0.05);
  return { min: v - tol, max: v + tol };
}

function closed(i: { min: number | null; max: number | null }): { min: number; max: number } {
  return { min: i.min ?? -Infinity, max: i.max ?? Infinity };
}

function granularityOf(v: number): number {
  if (Number.isInteger(v)) return granularityOfValue(v);
  const decimals = (String(v).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}

const EPS = 1e-9;

function agrees(f: Figure, fig: { min: number; max: number } | null, v: ClaimView, q: Quantity): boolean {
  if (q.kind === 'date' || q.kind === 'year') return sameDate(f, String(v.claim.value));
  if (!fig || !v.interval) return false;
  return fig.min <= v.interval.max + EPS && v.interval.min <= fig.max + EPS;
}

/** Dates agree when equal at the coarser precision of the two ("2022" vs "2022-03-27"). */
export function sameDate(f: Figure, claim: string): boolean {
  const value = typeof f.value === 'number' ? String(f.value) : f.value;
  if (typeof value !== 'string' || /^--/.test(value)) return false;
  const n = Math.min(value.length, claim.length);
  return value.slice(0, n) === claim.slice(0, n);
}

function pairwiseAgree(views: readonly ClaimView[], q: Quantity): boolean {
  for (let i = 0; i < views.length; i++) {
    for (let j = i + 1; j < views.length; j++) {
      const a = views[i]!;
      const b = views[j]!;
      if (q.kind === 'date' || q.kind === 'year') {
        const x = String(a.claim.value);
        const y = String(b.claim.value);
        const n = Math.min(x.length, y.length);
        if (x.slice(0, n) !== y.slice(0, n)) return false;
      } else if (a.interval && b.interval && (a.interval.max < b.interval.min - EPS || b.interval.max < a.interval.min - EPS)) return false;
    }
  }
  return true;
}

function difference(f: Figure, views: readonly ClaimView[]): Judgement['difference'] {
  if (typeof f.value !== 'number') return null;
  let best: Judgement['difference'] = null;
  for (const v of views) {
    if (typeof v.claim.value !== 'number') continue;
    const d = f.value - v.claim.value;
    if (!best || Math.abs(d) < Math.abs(best.value)) best = { value: d, relative: v.claim.value !== 0 ? d / v.claim.value : null, against: v };
  }
  return best;
}
