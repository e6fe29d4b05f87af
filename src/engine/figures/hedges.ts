/**
 * Reading the hedge of a figure: the words before it ("nearly", "más del"), after it ("or
 * more"), or a comparison split around its noun ("fewer inmates than half").
 */
import { HEDGES, TRAILING_HEDGES, type HedgeEntry } from './lexicon';
import type { Quantity } from './quantity';
import { matchPhrase, type Token } from './tokens';

/** Hedges by their first word, longest first. */
const HEDGES_BY_FIRST = new Map<string, HedgeEntry[]>();
for (const h of HEDGES) {
  const list = HEDGES_BY_FIRST.get(h.words[0]!) ?? [];
  list.push(h);
  HEDGES_BY_FIRST.set(h.words[0]!, list);
}
for (const list of HEDGES_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

const BELOW_WORDS = /^(fewer|less|lower|smaller)$/;
const ABOVE_WORDS = /^(more|greater|higher|larger|bigger)$/;

/**
 * A comparison split around its noun: "fewer inmates than half", "more people than 40,000". The
 * figure keeps its own span; the bound comes from the comparative a few words before "than".
 */
export function splitComparative(tokens: readonly Token[], i: number): HedgeEntry | null {
  if (tokens[i - 1]?.lower !== 'than') return null;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.lower;
    if (BELOW_WORDS.test(w)) return { words: [w, '…', 'than'], hedge: 'at_most', shape: 'below' };
    if (ABOVE_WORDS.test(w)) return { words: [w, '…', 'than'], hedge: 'at_least', shape: 'above' };
    if (tokens[k]!.type === 'punct') break;
  }
  return null;
}

export function hedgeAt(tokens: readonly Token[], i: number): HedgeEntry | null {
  const list = HEDGES_BY_FIRST.get(tokens[i]!.lower);
  if (list) for (const h of list) if (matchPhrase(tokens, i, h.words)) return h;
  return null;
}

export function trailingHedge(tokens: readonly Token[], q: Quantity, hedge: HedgeEntry | null): void {
  if (hedge) return;
  for (const h of TRAILING_HEDGES) {
    if (matchPhrase(tokens, q.next, h.words) || matchPhrase(tokens, q.textEnd, h.words)) {
      q.hedge = h.hedge;
      (q as Quantity & { trailing?: HedgeEntry }).trailing = h;
      return;
    }
  }
}
