/**
 * Shared arithmetic for the relation checks: the interval a figure's words allow, the interval
 * a computation on such intervals gives, and the finding that shows the sum in plain words.
 */
import type { Diagnostic } from '../diagnostics';
import type { Figure } from '../model';
import { figureInterval } from '../match/verdict';
import { relationsOf, type Placed, type Relation } from '../relations';
import type { CheckContext, DocumentCheck } from './context';
import { formatNumber, quote, styleFor } from './format';

/** A closed interval of values. */
export interface Interval {
  min: number;
  max: number;
}

/** The values a figure's words allow ("about 42%" is wider than "41.9%"), or null when not numeric. */
export function allowed(f: Figure): Interval | null {
  const s = figureInterval(f);
  return s ? { min: s.min, max: s.max } : null;
}

/** a / b × scale over the intervals (b strictly positive). */
export function ratio(a: Interval, b: Interval, scale: number): Interval | null {
  if (b.min <= 0) return null;
  return { min: (a.min / b.max) * scale, max: (a.max / b.min) * scale };
}

/** The sum of intervals. */
export function sum(xs: readonly Interval[]): Interval {
  return { min: xs.reduce((t, x) => t + x.min, 0), max: xs.reduce((t, x) => t + x.max, 0) };
}

/** True when what was computed cannot be what is stated, beyond a slack of `relative` of the stated value. */
export function disagrees(computed: Interval, stated: Interval, relative = 0.001): boolean {
  const slack = Math.max(Math.abs(stated.min), Math.abs(stated.max === Infinity ? stated.min : stated.max)) * relative + 1e-9;
  return computed.max < stated.min - slack || computed.min > stated.max + slack;
}

/** A value as the article writes numbers, to `decimals` places. */
export function shown(ctx: CheckContext, f: Figure, v: number, decimals = 1): string {
  const p = 10 ** decimals;
  return formatNumber(Math.round(v * p) / p, f.language, styleFor(ctx.analysis, f.language));
}

/** Decimal places worth showing for a computed value beside the stated one (one more than it has, at least one). */
export function decimalsFor(f: Figure): number {
  const v = typeof f.value === 'number' ? f.value : 0;
  const d = (String(v).split('.')[1] ?? '').length;
  return Math.min(3, Math.max(1, d + 1));
}

/** An `arithmetic` warning on [start, end) pointing at the figures it was computed from. */
export function arithmeticFinding(start: number, end: number, message: string, inputs: readonly Placed[], figure?: number): Diagnostic {
  return {
    start,
    end,
    severity: 'warning',
    code: 'arithmetic',
    message,
    related: inputs.map((p) => ({ message: `Computed from ${quote(p.f.text)}`, start: p.f.start, end: p.f.end })),
    fixes: [],
    ...(figure !== undefined ? { figure } : {}),
  };
}

/** A check of one kind of relation: every relation of that kind the article states, judged one by one. */
export function relationCheck<K extends Relation['kind']>(kind: K, description: string, judge: (ctx: CheckContext, r: Extract<Relation, { kind: K }>) => Diagnostic | null): DocumentCheck {
  return {
    scope: 'document',
    id: 'arithmetic',
    description,
    run(ctx) {
      const out: Diagnostic[] = [];
      for (const r of relationsOf(ctx.text, ctx.analysis)) {
        if (r.kind !== kind) continue;
        const d = judge(ctx, r as Extract<Relation, { kind: K }>);
        if (d) out.push(d);
      }
      return out;
    },
  };
}
