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

/**
 * A numeric interval. `side` says what the words state: a value (`point`, with rounding), a
 * two-sided span ("about", "nearly", a range), or a one-sided bound ("more than", "under").
 */
export interface Span {
  min: number;
  max: number;
  side: 'point' | 'both' | 'lower' | 'upper';
}

export interface ClaimView {
  claim: Claim;
  source: Source;
  /** When the value holds, or '' for a value that does not change (an event's date, a capacity). */
  time: string;
  /** Numeric interval, or null for dates. */
  interval: Span | null;
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
  /** The quantity's period is unstated and the figure names its own: shown, not judged. */
  periodUnstated?: boolean;
}

/** What the figure's sentence says beyond the figure. */
export interface FigureContext {
  /** The sentence names a period or date of its own ("since 2015", "in 2019", "last year"). */
  ownPeriod?: boolean;
  /** The article's date is stated (an option, front matter, a dateline, or the dataset), not guessed from the latest date it mentions. */
  dateStated?: boolean;
}

const EPS = 1e-9;

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb! - ya!) * 12 + ((mb ?? 1) - (ma ?? 1));
}

/** Judges a figure against the claims for its quantity. */
export function judge(f: Figure, q: Quantity | undefined, catalog: Catalog, referenceDate: string | null, tolerance = 0, context: FigureContext = {}): Judgement {
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
    } else if (views.every((v) => v.time !== '')) {
      // A value that changes, in an article written before every source: the sources speak of a
      // later time and cannot judge it. With the article's date only guessed from the latest
      // date it mentions, a figure agreeing with them still agrees; one that does not is not blamed.
      const fig = widen(convertDuration(figureInterval(f), f.unit, q), tolerance);
      const agreeing = views.filter((v) => agrees(f, fig, v, q));
      if (context.dateStated || agreeing.length === 0) return { verdict: 'unsourced', claims: [], later: views, sourcesAgree: pairwiseAgree(views, q), difference: null };
    }
  }
  const fig = widen(convertDuration(figureInterval(f), f.unit, q), tolerance);
  for (const v of [...compared, ...later]) v.agrees = agrees(f, fig, v, q);
  const sourcesAgree = pairwiseAgree(compared, q);
  const agreeing = compared.filter((v) => v.agrees);
  // A value that changes, stated in an article later than every source: the sources cannot speak
  // for it. A vague floor ("tens of thousands") agreeing does not make the precise sources current.
  const dated = compared.filter((v) => v.time !== '');
  const precise = compared.filter((v) => !isVagueClaim(v.claim));
  const onlyVagueAgree = agreeing.length > 0 && precise.length > 0 && agreeing.every((v) => isVagueClaim(v.claim));
  if ((agreeing.length === 0 || onlyVagueAgree) && referenceDate && dated.length === compared.length && dated.length > 0) {
    const newest = (onlyVagueAgree ? precise : dated).map((v) => v.time).sort().pop()!;
    if (monthsBetween(newest, referenceDate) > 1) return { verdict: 'unsourced', claims: compared, later, sourcesAgree: pairwiseAgree(compared, q), difference: difference(f, compared, q) };
  }
  // The sources give no period and the figure names one: it may measure another span of time.
  if (agreeing.length === 0 && q.time === 'unstated' && context.ownPeriod) {
    return { verdict: 'unsourced', claims: compared, later, sourcesAgree, difference: difference(f, compared, q), periodUnstated: true };
  }
  let verdict: Verdict;
  if (agreeing.length === compared.length) verdict = 'agrees';
  else if (agreeing.length === 0) verdict = 'conflicts';
  else if (!sourcesAgree) {
    const newest = [...compared].sort((a, b) => b.time.localeCompare(a.time))[0]!;
    const older = agreeing.every((v) => v.time < newest.time) && !newest.agrees && q.time === 'point' && newest.time.slice(0, 7) !== agreeing[0]!.time.slice(0, 7);
    verdict = older ? 'outdated' : 'disputed';
  } else verdict = 'conflicts';
  return { verdict, claims: compared, later, sourcesAgree, difference: difference(f, compared, q) };
}

const HOURS: Record<string, number> = { seconds: 1 / 3600, minutes: 1 / 60, hours: 1, days: 24, weeks: 168, months: 730.5, years: 8766 };

/** A duration figure's interval in the quantity's unit ("a few weeks" against a count of days). */
export function convertDuration(span: Span | null, unit: string | null, q: Quantity): Span | null {
  if (!span || q.kind !== 'duration' || !unit || unit === q.unit || !HOURS[unit] || !HOURS[q.unit]) return span;
  const k = HOURS[unit]! / HOURS[q.unit]!;
  return { ...span, min: span.min * k, max: span.max * k };
}

/** Widens a span by a share of its ends (a user's extra tolerance). */
function widen(span: Span | null, tolerance: number): Span | null {
  if (!span || tolerance <= 0) return span;
  return { ...span, min: span.min - Math.abs(span.min) * tolerance, max: span.max + Math.abs(span.max) * tolerance };
}

/** The interval a claim's words allow, with rounding of an exact value ("up to N" states N). */
export function claimInterval(c: Claim): Span | null {
  if (typeof c.value !== 'number') return null;
  const v = c.value;
  const g = granularityOf(v);
  switch (c.hedge) {
    case 'exact':
    case 'up_to':
      return withRounding(v, g);
    case 'approx': {
      const i = intervalOf(v, g, 'approx');
      return { min: i.min ?? -Infinity, max: i.max ?? Infinity, side: 'both' };
    }
    case 'at_least':
      // Vague words ("tens of thousands", "decenas de miles") give a range, not a threshold: from
      // the floor the dataset records to below the next order of magnitude (20,000 to 99,999).
      if (isVagueClaim(c)) return { min: v, max: v > 0 ? 10 ** (Math.floor(Math.log10(v)) + 1) - 1 : Infinity, side: 'both' };
      return { min: v, max: Infinity, side: 'lower' };
    case 'at_most':
      return { min: v >= 0 ? 0 : -Infinity, max: v, side: isVagueClaim(c) ? 'both' : 'upper' };
  }
}

/** A claim in vague plural magnitudes, without a number ("tens of thousands", "cientos"). */
export function isVagueClaim(c: Claim): boolean {
  return VAGUE_MAGNITUDE.test(c.asWritten);
}

/** Plural magnitudes without a number: "tens of thousands", "hundreds", "decenas de miles", "cientos". */
const VAGUE_MAGNITUDE = /^(?!.*\d)(?=.*\b(?:tens|dozens|scores|hundreds|thousands|millions|decenas|docenas|cientos|centenares|miles|millones)\b)/i;

/** The figure's interval, with rounding when it is stated exactly. */
export function figureInterval(f: Figure): Span | null {
  if (f.kind === 'date' || f.kind === 'year') return null;
  if (f.kind === 'range') return { min: f.min ?? -Infinity, max: f.max ?? Infinity, side: 'both' };
  if (typeof f.value !== 'number') return null;
  if (f.hedge === 'exact' || f.hedge === null || f.hedge === 'up_to') return withRounding(f.value, f.granularity ?? granularityOf(f.value));
  const min = f.min ?? -Infinity;
  const max = f.max ?? Infinity;
  const side = max === Infinity ? 'lower' : f.hedge === 'at_most' && min <= 0 ? 'upper' : 'both';
  return { min, max, side };
}

function withRounding(v: number, g: number): Span {
  const tol = Math.min(g / 2, Math.abs(v) * 0.05);
  return { min: v - tol, max: v + tol, side: 'point' };
}

/**
 * Two intervals agree when they overlap, except two bounds in the same direction ("more than
 * 9,000" against "more than 6,000"), which agree only when they state the same threshold.
 */
export function spansAgree(a: Span, b: Span): boolean {
  if (a.side === 'lower' && b.side === 'lower') return near(a.min, b.min);
  if (a.side === 'upper' && b.side === 'upper') return near(a.max, b.max);
  return a.min <= b.max + EPS && b.min <= a.max + EPS;
}

function near(x: number, y: number): boolean {
  const tol = Math.max(Math.min(granularityOf(x), granularityOf(y)) / 2, 1e-9);
  return Math.abs(x - y) <= tol;
}

function granularityOf(v: number): number {
  if (Number.isInteger(v)) return granularityOfValue(v);
  const decimals = (String(v).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}


function agrees(f: Figure, fig: Span | null, v: ClaimView, q: Quantity): boolean {
  if (q.kind === 'date' || q.kind === 'year') return sameDate(f, String(v.claim.value));
  if (!fig || !v.interval) return false;
  return spansAgree(fig, v.interval);
}

/**
 * Dates agree when equal at the coarser precision of the two ("2022" vs "2022-03-27"). A year
 * the article did not write ("June 1", "a mediados de junio") was inferred from its date and
 * cannot conflict: such a figure agrees when its month (and day) agree.
 */
export function sameDate(f: Figure, claim: string): boolean {
  const value = typeof f.value === 'number' ? String(f.value) : f.value;
  if (typeof value !== 'string') return false;
  const n = Math.min(value.length, claim.length);
  if (f.yearInferred || /^--/.test(value)) {
    const monthDay = value.replace(/^(?:\d{4}|-)-/, '');
    const claimMonthDay = claim.slice(5);
    const m = Math.min(monthDay.length, claimMonthDay.length);
    return monthDay.slice(0, m) === claimMonthDay.slice(0, m); // nothing to compare when either has no month
  }
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
      } else if (a.interval && b.interval && !spansAgree(a.interval, b.interval)) return false;
    }
  }
  return true;
}

function difference(f: Figure, views: readonly ClaimView[], q: Quantity): Judgement['difference'] {
  if (typeof f.value !== 'number' || (f.kind === 'duration' && f.unit !== q.unit)) return null;
  let best: Judgement['difference'] = null;
  for (const v of views) {
    if (typeof v.claim.value !== 'number') continue;
    const d = f.value - v.claim.value;
    if (!best || Math.abs(d) < Math.abs(best.value)) best = { value: d, relative: v.claim.value !== 0 ? d / v.claim.value : null, against: v };
  }
  return best;
}
