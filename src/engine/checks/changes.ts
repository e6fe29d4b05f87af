/**
 * Change: a stated change against its two stated ends. "from 52 to 2.6, a 95% drop" (−95%);
 * "doubled from 120 to 260" (×2.17); "ocho veces más, de 500 a 4.000" (×8). Factor words are
 * loose in news writing, so "doubled" holds from ×1.7 to ×2.3 ("nearly" and "more than" widen
 * it); "N times more" is read as N or N + 1 times as many.
 */
import type { Diagnostic } from '../diagnostics';
import { type ChangeRelation, type Placed } from '../relations';
import type { CheckContext } from './context';
import { quote } from './format';
import { allowed, arithmeticFinding, ratio, shown, type Interval, relationCheck } from './relationMath';

export const changes = relationCheck('change', 'A percent change or a factor ("doubled", "eight times") that its two stated ends do not give.', judge);

function judge(ctx: CheckContext, r: ChangeRelation): Diagnostic | null {
  // The change may run to the first end or to any value the series goes on to; it fails only if it fits none.
  let last: Diagnostic | null = null;
  for (const to of [r.to, ...r.later]) {
    last = judgeEnds(ctx, r, to);
    if (!last) return null;
  }
  return last;
}

function judgeEnds(ctx: CheckContext, r: ChangeRelation, end: Placed): Diagnostic | null {
  const a = allowed(r.from.f);
  const b = allowed(end.f);
  if (!a || !b) return null;
  const q = ratio(b, a, 1);
  if (!q) return null;
  const from = r.from.f.value as number;
  const to = end.f.value as number;
  const ends = `from ${r.from.f.text.replace(/\s+/g, ' ')} to ${end.f.text.replace(/\s+/g, ' ')}`;
  if (r.stated.how === 'percent') {
    const p = r.stated.figure.f;
    const fi = allowed(p);
    if (!fi) return null;
    // The change between the ends as written, against the percentage's own interval and 1.5
    // points for rounding (a percent change is computed from the stated ends, as a reader would).
    const c = ((to - from) / from) * 100;
    const stated = r.stated.direction === 'down' ? { min: -fi.max, max: -fi.min } : fi;
    if (c >= stated.min - 1.5 && c <= stated.max + 1.5) return null;
    const signed = r.stated.direction === 'down' ? -(p.value as number) : (p.value as number);
    const message = `${quote(p.text)} does not match the change it describes: ${ends} is ${c > 0 ? '+' : ''}${shown(ctx, p, c)}%, not ${signed > 0 ? '+' : ''}${shown(ctx, p, signed, 3)}%.`;
    return arithmeticFinding(p.start, p.end, message, [r.from, end], r.stated.figure.k);
  }
  const s = r.stated;
  const loose = s.figure === null; // "doubled", "se triplicó": words, not a figure
  const factors = s.more ? [s.factor, s.factor + 1] : [s.factor];
  const fits = factors.some((f) => overlaps(q, window(f, s.hedge, loose)));
  if (fits) return null;
  const lang = (s.figure ?? end).f;
  const message = `${quote(s.words)} does not match the change it describes: ${ends} is ×${shown(ctx, lang, to / from, 2)}, not ×${shown(ctx, lang, s.factor, 2)}${s.more ? ` (or ×${shown(ctx, lang, s.factor + 1, 2)})` : ''}.`;
  return arithmeticFinding(s.start, s.end, message, [r.from, end], s.figure?.k);
}

/** The ratios a stated factor allows: words ±15%, a number's own rounding ±5%; "nearly" below, "more than" above. */
function window(f: number, hedge: 'exact' | 'approx' | 'at_least', loose: boolean): Interval {
  const w = loose ? 0.15 : 0.05;
  if (hedge === 'approx') return { min: f * (1 - 2 * w), max: f * (1 + w / 3) };
  if (hedge === 'at_least') return { min: f * (1 - w / 3), max: Infinity };
  return { min: f * (1 - w), max: f * (1 + w) };
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.min <= b.max && b.min <= a.max;
}
