/** The relations one sentence states between its figures, as plain data for the checks. */
import type { Placed } from './sentence';

/** Parts stated with their total ("98,400 in prisons and 11,600 in police cells, 112,000 in all"). */
export interface SumRelation {
  kind: 'sum';
  total: Placed;
  parts: Placed[];
  /** True when the wording says the parts make up the total ("in all", "a total of …:"); false for "of whom", "including". */
  exhaustive: boolean;
  /** The words that tie parts and total ("in all", "of whom"). */
  cue: string;
}

/** A part of a whole given as a percentage: a share ("1,900 of 3,200, or 59%") or an occupancy ("45,210 inmates in 12,500 places, 365%"). */
export interface ShareRelation {
  kind: 'share';
  part: Placed;
  whole: Placed;
  percent: Placed;
  /** share: part / whole; occupancy: count / capacity; over-capacity: count / capacity − 100%. */
  what: 'share' | 'occupancy' | 'over-capacity';
}

/** A change between two stated values ("from 120 to 260, a 117% rise", "doubled from 120 to 260"). */
export interface ChangeRelation {
  kind: 'change';
  from: Placed;
  to: Placed;
  /** Values the series goes on to ("to 18 in 2021 and 7.8 in 2022"): the change may be to any of them. */
  later: Placed[];
  /** A percent change (with its direction) or a factor ("doubled", "eight times"). */
  stated:
    | { how: 'percent'; figure: Placed; direction: 'up' | 'down' }
    | { how: 'factor'; factor: number; /** "N times more" may mean N or N + 1 times as many. */ more: boolean; hedge: 'exact' | 'approx' | 'at_least'; start: number; end: number; words: string; figure: Placed | null };
}

/** A rate with its count and population ("907 homicides in a population of 5.2 million, 17.2 per 100,000"). */
export interface RateRelation {
  kind: 'rate';
  count: Placed;
  population: Placed;
  rate: Placed;
  /** The rate's denominator (100,000 for "per 100,000"). */
  per: number;
}

export type Relation = SumRelation | ShareRelation | ChangeRelation | RateRelation;
