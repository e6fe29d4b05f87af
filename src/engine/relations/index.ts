/**
 * Relations: what the figures of one sentence state about each other (parts and their total,
 * a share or an occupancy, a change between two values, a rate with its count and population).
 * Read once per analysis and shared by the checks that judge them.
 */
import type { Analysis } from '../model';
import { readChanges } from './changes';
import { readRates } from './rates';
import { sentenceViews } from './sentence';
import { readShares } from './shares';
import { readSums } from './sums';
import type { Relation } from './types';

export type { ChangeRelation, RateRelation, Relation, ShareRelation, SumRelation } from './types';
export type { Placed } from './sentence';

const READERS = [readSums, readShares, readChanges, readRates] as const;
const MEMO = new WeakMap<Analysis, Relation[]>();

/** Every relation the article's sentences state, in text order (remembered per analysis). */
export function relationsOf(text: string, analysis: Analysis): Relation[] {
  let out = MEMO.get(analysis);
  if (!out) {
    out = [];
    for (const s of sentenceViews(text, analysis)) for (const read of READERS) out.push(...read(s));
    MEMO.set(analysis, out);
  }
  return out;
}
