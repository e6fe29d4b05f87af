/** The interval a figure's words allow, from its value, hedge and precision. */
import type { HedgeEntry } from './lexicon';

export interface Interval {
  min: number | null;
  max: number | null;
}

/** Share of the value an "about" allows at least, and at most from rounding. */
const APPROX_SHARE = 0.05;
const APPROX_CAP = 0.2;
/** How far below "nearly" reaches, and above "just over". */
const NEAR_SHARE = 0.1;

/** Interval for a value under a hedge shape; `granularity` is the place value of its last significant digit. */
export function intervalOf(value: number, granularity: number, shape: HedgeEntry['shape'] | 'exact'): Interval {
  const v = value;
  switch (shape) {
    case 'exact':
      return { min: v, max: v };
    case 'approx': {
      const tol = Math.min(Math.max(APPROX_SHARE * Math.abs(v), granularity / 2), APPROX_CAP * Math.abs(v));
      return { min: round(v - tol), max: round(v + tol) };
    }
    case 'below-near':
      return { min: round(v - Math.max(NEAR_SHARE * Math.abs(v), Math.min(granularity, APPROX_CAP * Math.abs(v)))), max: v };
    case 'above-near':
      return { min: v, max: round(v + Math.max(NEAR_SHARE * Math.abs(v), Math.min(granularity, APPROX_CAP * Math.abs(v)))) };
    case 'above':
    case 'at-least':
      return { min: v, max: null };
    case 'below':
    case 'at-most':
    case 'up-to':
      return { min: v >= 0 ? 0 : null, max: v };
  }
}

/** Drops floating-point noise (12 significant digits) without moving tiny values. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
