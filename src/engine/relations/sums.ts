/**
 * Parts stated with their total in one sentence. Exhaustive when the words say the parts make
 * up the total: the total after the list with "in all", "in total", "combined", "en total",
 * "for a total of"; or before it with "a total of …:" and a colon, a dash or brackets opening
 * the list. Inclusive ("of whom", "including", "de los cuales", "entre ellos", "Of the T, …"):
 * the parts may be fewer than the whole, never more.
 */
import type { SumRelation } from './types';
import { MEASURE_UNITS } from '../figures/lexicon';
import { after, before, between, figuresBetween, isAmount, isTime, type Placed, type SentenceView } from './sentence';

/** Units of measure ("hectares", "km"): they add only to themselves. */
const MEASURES: ReadonlySet<string> = new Set(Object.values(MEASURE_UNITS));

const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in\s+all|in\s+total|altogether|combined|en\s+total|en\s+conjunto|in\s+sum)\b/u;
const TOTAL_BEFORE = /(?:a\s+total\s+of|for\s+a\s+total\s+of|totall?ing|un\s+total\s+de|para\s+un\s+total\s+de|en\s+total|sumando|suman)\s+$/;
/** After "a total of T": what opens an exhaustive list. */
const LIST_OPENS = /^\s*(?:[\p{L}-]+\s*){0,6}?(?::|\(|—|–|-\s)\s*$|^\s*(?:[\p{L}-]+\s*){0,3}?(?:,\s*)?(?:divided\s+into|split\s+(?:into|between)|broken\s+down\s+into|distribuid[oa]s\s+(?:en|entre)|repartid[oa]s\s+(?:en|entre)|divididos\s+en)\s+$/u;
/** After T: parts that may be fewer than the whole. */
const INCLUSIVE = /^\s*(?:[\p{L}-]+\s*){0,3}?(?:,|\(|—|–)?\s*(of\s+whom|of\s+which|of\s+them|including|among\s+them|among\s+whom|de\s+(?:los|las)\s+cuales|de\s+ellos|de\s+ellas|entre\s+ellos|entre\s+ellas|entre\s+los\s+que|incluidos|incluidas|incluyendo)\b/u;
/** "Of the 112,000 prisoners, 98,400 …", "De los 3.200 detenidos, 1.900 …". */
const OF_THE = /(?:^|[.;:]\s*|\s)(?:of|out\s+of|de|del\s+total\s+de)\s+(?:the\s+|los\s+|las\s+|these\s+|those\s+|estos\s+|estas\s+)?$/;
/** What may join two parts of a list ("98,400 in prisons and 11,600 in police cells"). */
const JOIN = /^[^;:()\d]{0,50}$/;
const LAST_JOIN = /(?:,|\b(?:and|y|e|plus|as\s+well\s+as|más)\b)[^,]{0,45}$/;

/** The parts-and-total relations one sentence states. */
export function readSums(s: SentenceView): SumRelation[] {
  const out: SumRelation[] = [];
  const amounts = s.figures.filter((p) => isAmount(p.f));
  if (amounts.length < 2) return out;
  for (let t = 0; t < amounts.length; t++) {
    const total = amounts[t]!;
    const cueAfter = TOTAL_AFTER.exec(after(s, total, 30));
    const cueBefore = TOTAL_BEFORE.exec(before(s, total, 25));
    // The list before the total: "A in X and B in Y, T in all" / "…, for a total of T".
    if (cueAfter || (cueBefore && t >= 2)) {
      const parts = listBackward(s, amounts, t);
      if (parts && units(parts, total)) {
        out.push({ kind: 'sum', total, parts, exhaustive: true, cue: (cueAfter?.[0] ?? cueBefore?.[0] ?? '').trim() });
        continue;
      }
    }
    // The list after the total.
    const first = amounts[t + 1];
    if (!first) continue;
    const gap = between(s, total, first);
    const parts = listForward(s, amounts, t);
    if (!parts || !units(parts, total)) continue;
    if (cueBefore && LIST_OPENS.test(gap)) out.push({ kind: 'sum', total, parts, exhaustive: true, cue: cueBefore[0].trim() });
    else if (INCLUSIVE.test(gap)) out.push({ kind: 'sum', total, parts, exhaustive: false, cue: INCLUSIVE.exec(gap)![1]! });
    else if (OF_THE.test(before(s, total, 20)) && /^\s*(?:[\p{L}-]+\s*){0,4}?,\s*$/u.test(gap)) out.push({ kind: 'sum', total, parts, exhaustive: false, cue: 'of the' });
  }
  return out;
}

/** The list of parts right before amounts[t] (at least two, joined by commas and a final "and"). */
function listBackward(s: SentenceView, amounts: Placed[], t: number): Placed[] | null {
  const parts: Placed[] = [];
  for (let i = t - 1; i >= 0; i--) {
    const next = i === t - 1 ? amounts[t]! : parts[0]!;
    const p = amounts[i]!;
    if (!adjacent(s, p, next)) break;
    if (OF_THE.test(before(s, p, 20))) break; // "Of the 20 provinces, …": a whole, not a part
    if (i === t - 1) {
      // Between the last part and the total: a comma, "for a total of", "—".
      if (!/^[^\d;:()]{0,45}$/.test(between(s, p, next))) break;
    } else if (!JOIN.test(between(s, p, next))) break;
    parts.unshift(p);
  }
  return parts.length >= 2 && LAST_JOIN.test(between(s, parts[parts.length - 2]!, parts[parts.length - 1]!)) ? parts : null;
}

/** The list of parts right after amounts[t]. */
function listForward(s: SentenceView, amounts: Placed[], t: number): Placed[] | null {
  const parts: Placed[] = [];
  for (let i = t + 1; i < amounts.length; i++) {
    const prev = i === t + 1 ? amounts[t]! : parts[parts.length - 1]!;
    const p = amounts[i]!;
    if (!adjacent(s, prev, p)) break;
    if (i > t + 1 && !JOIN.test(between(s, prev, p))) break;
    parts.push(p);
  }
  if (parts.length === 1) return parts; // "of whom 1,900": one part
  return parts.length >= 2 && LAST_JOIN.test(between(s, parts[parts.length - 2]!, parts[parts.length - 1]!)) ? parts : null;
}

/** Two amounts with nothing but dates between them. */
function adjacent(s: SentenceView, a: Placed, b: Placed): boolean {
  return figuresBetween(s, a, b).every((p) => isTime(p.f));
}

/**
 * Parts and total can add up: counts of things ("7,000 soldiers and 3,000 police, 10,000 in
 * all"), or one measure throughout; never a measure with something else ("166 hectares, 23 of which").
 */
function units(parts: Placed[], total: Placed): boolean {
  const named = new Set([total, ...parts].map((p) => p.f.unit).filter((u): u is string => u !== null));
  return named.size <= 1 || ![...named].some((u) => MEASURES.has(u));
}
