/**
 * Relations: what the figures of one sentence state about each other (parts and their total,
 * a share or an occupancy, a change between two values, a rate with its count and population).
 * Read once per analysis and shared by the checks that judge them.
 */
import type { Analysis } from '../model';
import { readChanges } from './changes';
import { readRates } from './rates';
import { sentenceViews, type SentenceView } from './sentence';
import { readShares } from './shares';
import { readSums } from './sums';
import type { Relation } from './types';

export type { ChangeRelation, RateRelation, Relation, ShareRelation, SumRelation } from './types';
export type { Placed } from './sentence';

/** Cheap tests on a sentence before a reader runs (most sentences state no relation). */
const SUM_WORDS = /total|all\b|combined|altogether|whom|which|them|including|among|cuales|ellos|ellas|inclu|conjunto|of the|out of|de l[oa]s|del total/i;
const FACTOR_WORDS = /dupli|tripl|trebl|cuadrupl|doubl|quadrupl|halv|mitad|times|veces|multipl/i;

const READERS: readonly [(s: SentenceView) => Relation[], (s: SentenceView, sentence: string) => boolean][] = [
  [readSums, (_, t) => SUM_WORDS.test(t)],
  [readShares, (s) => s.figures.some((p) => p.f.kind === 'percent')],
  [readChanges, (s, t) => s.figures.some((p) => p.f.kind === 'percent') || FACTOR_WORDS.test(t)],
  [readRates, (s) => s.figures.some((p) => p.f.kind === 'rate')],
];
const MEMO = new WeakMap<Analysis, Relation[]>();

/** Every relation the article's sentences state, in text order (remembered per analysis). */
export function relationsOf(text: string, analysis: Analysis): Relation[] {
  let out = MEMO.get(analysis);
  if (!out) {
    out = [];
    for (const s of sentenceViews(text, analysis)) {
      const sentence = text.slice(s.start, s.end);
      for (const [read, may] of READERS) if (may(s, sentence)) out.push(...read(s));
    }
    MEMO.set(analysis, out);
  }
  return out;
}
