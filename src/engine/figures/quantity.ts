/**
 * One quantity read from tokens: an optional currency, a number (digits with scale, number
 * words, a vague amount, a fraction), and what follows it (%, a rate's denominator, a
 * currency word, a time or measure unit, the noun it counts).
 */
import type { FigureKind, Hedge, Language } from '../model';
import {
  CURRENCY_PREFIX,
  FRACTIONS,
  MEASURE_UNITS,
  SCALES,
  TIME_UNITS,
  VAGUE,
} from './lexicon';
import { parseNumeral, type NumberStyle } from './numerals';
import { readNumberWords } from './numberWords';
import { matchPhrase, type Token } from './tokens';
import { readMoneyWord, readSuffix } from './suffix';

export interface Quantity {
  /** Token index where the quantity's text starts (currency included). */
  first: number;
  /** Token index after the last token of the figure's text (number, scale, %). */
  textEnd: number;
  /** Token index after everything consumed (unit nouns, denominators). */
  next: number;
  value: number;
  granularity: number;
  kind: FigureKind;
  unit: string | null;
  /** Set by vague amounts and bare "a decade": they carry their own hedge. */
  hedge: Hedge | null;
  vague: boolean;
  /** The number was written in words. */
  words: boolean;
  /** Number of number words when written in words. */
  wordCount: number;
  /** True when the quantity is a bare year-like integer (1800–2200, no separators). */
  yearLike: boolean;
}

export interface QuantityContext {
  lang: Language;
  style: NumberStyle;
}

/** Canonical unit for a rate per N. */
export function rateUnit(n: number): string {
  if (n === 100000) return 'per_100k';
  if (n === 1000) return 'per_1k';
  if (n === 1000000) return 'per_1m';
  return `per_${n}`;
}


/** Words before a 4-digit number that make it a year. */
const YEAR_WORDS = new Set(['in', 'since', 'by', 'until', 'of', 'from', 'to', 'through', 'during', 'before', 'after', 'en', 'desde', 'hasta', 'de', 'del', 'para', 'durante', 'year', 'año', 'el', 'as', 'between', 'entre', 'and', 'y', 'circa', 'around', 'early', 'late', 'mid', 'the', 'fiscal', 'año']);

/** Reads a quantity at tokens[i]; null if no number starts there. `hedged` says a hedge precedes it. */
export function readQuantity(tokens: readonly Token[], i: number, ctx: QuantityContext, hedged = false): Quantity | null {
  let j = i;
  let currency: string | null = null;
  // Currency prefix: "$6 million", "US$200", "USD 10".
  const t0 = tokens[j];
  if (!t0) return null;
  if (t0.text === '$' || t0.text === '€' || t0.text === '£' || t0.text === '¥') {
    currency = CURRENCY_PREFIX[t0.text]!;
    j++;
  } else if (t0.type === 'word' && tokens[j + 1]?.text === '$' && tokens[j + 1]!.glued && CURRENCY_PREFIX[t0.lower + '$']) {
    currency = CURRENCY_PREFIX[t0.lower + '$']!;
    j += 2;
  } else if (t0.type === 'word' && t0.text === t0.text.toUpperCase() && CURRENCY_PREFIX[t0.lower] && tokens[j + 1]?.type === 'num') {
    currency = CURRENCY_PREFIX[t0.lower]!;
    j++;
  }
  const core = readCore(tokens, j, ctx, currency !== null);
  if (!core) return null;
  const q: Quantity = core;
  q.first = i;
  if (currency) {
    q.kind = 'money';
    q.unit = currency;
    q.yearLike = false;
    readMoneyWord(tokens, q);
    return q;
  }
  if (q.kind === 'percent' || q.kind === 'duration') return q; // fractions and "a decade" are complete
  // What the suffix may change, kept in case the number turns out to be a year.
  const { yearLike, textEnd, next, hedge } = q;
  readSuffix(tokens, q, ctx);
  if (yearLike && isYear(tokens, i, q, ctx, hedged)) {
    q.kind = 'year';
    q.unit = 'year';
    q.textEnd = textEnd;
    q.next = next;
    q.hedge = hedge;
    q.yearLike = true;
  }
  return q;
}

/**
 * A 4-digit number from 1800 to 2200 is a year unless what follows makes it a measure
 * (%, a unit, a rate) or, after a hedge or in Spanish without a year word, a count.
 */
function isYear(tokens: readonly Token[], i: number, q: Quantity, ctx: QuantityContext, hedged: boolean): boolean {
  if (q.kind === 'number') return !hedged;
  if (q.kind !== 'count' || MEASURE_UNITS[tokens[q.textEnd]?.lower ?? '']) return false;
  if (hedged) return false;
  const prev = tokens[i - 1]?.lower ?? '';
  return YEAR_WORDS.has(prev) || ctx.lang === 'en';
}

/** A quantity before its first token is known (`first` is set by `readQuantity`; one object shape throughout). */
type Core = Quantity;

function readCore(tokens: readonly Token[], j: number, ctx: QuantityContext, money: boolean): Core | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === 'num') return (money ? null : readOneIn(tokens, j)) ?? readDigits(tokens, j, ctx, money);
  if (t.type !== 'word') return null;
  return readVague(tokens, j) ?? readFraction(tokens, j) ?? readSpanOfTime(tokens, j) ?? readWords(tokens, j, ctx);
}

function readDigits(tokens: readonly Token[], j: number, ctx: QuantityContext, money: boolean): Core | null {
  const t = tokens[j]!;
  const n = parseNumeral(t.text, ctx.style);
  if (!n) return null;
  let value = n.value;
  let granularity = n.granularity;
  let k = j + 1;
  let scaled = false;
  // Scale words: "1.2 million", "150 thousand", "15 mil", "3 millones", "40k", "$6m", "3 mil millones".
  for (let guard = 0; guard < 2; guard++) {
    const s = tokens[k];
    if (!s || s.type !== 'word') break;
    const scale = SCALES[s.lower];
    const glueOnly = s.lower === 'k' || s.lower === 'bn';
    if (scale && !(scale.lang === 'es' && ctx.lang !== 'es') && (!glueOnly || s.glued)) {
      value *= scale.factor;
      granularity *= scale.factor;
      k++;
      scaled = true;
      continue;
    }
    if (money && s.glued && (s.lower === 'm' || s.lower === 'mn')) {
      value *= 1e6;
      granularity *= 1e6;
      k++;
      scaled = true;
    }
    break;
  }
  const yearLike = !scaled && /^\d{4}$/.test(t.text) && n.value >= 1800 && n.value <= 2200;
  return { first: -1, textEnd: k, next: k, value, granularity, kind: 'number', unit: null, hedge: null, vague: false, words: false, wordCount: 0, yearLike };
}

function readWords(tokens: readonly Token[], j: number, ctx: QuantityContext): Core | null {
  const w = readNumberWords(tokens, j, ctx.lang);
  if (!w) return null;
  return { first: -1, textEnd: w.next, next: w.next, value: w.value, granularity: w.granularity, kind: 'number', unit: null, hedge: null, vague: false, words: true, wordCount: w.words, yearLike: false };
}

/** "tens of thousands", "hundreds of", "miles de", "decenas de miles". */
function readVague(tokens: readonly Token[], j: number): Core | null {
  for (const v of VAGUE) {
    if (!matchPhrase(tokens, j, v.words)) continue;
    const after = tokens[j + v.words.length];
    if (!after || (after.lower !== 'of' && after.lower !== 'de')) continue;
    const end = j + v.words.length;
    return { first: -1, textEnd: end, next: end, value: v.value, granularity: v.value / 2, kind: 'number', unit: null, hedge: 'at_least', vague: true, words: true, wordCount: v.words.length, yearLike: false };
  }
  return null;
}

/** "half of", "two-thirds of", "la mitad de", "one in five", "uno de cada cinco". */
function readFraction(tokens: readonly Token[], j: number): Core | null {
  // "the first half of 2024", "la segunda mitad del año": a part of a period, not a share.
  if (/^(?:first|second|last|latter|former|primera|segunda|última|ultima)$/.test(tokens[j - 1]?.lower ?? '')) return readOneIn(tokens, j);
  // Hyphenated fractions arrive as separate tokens: two - thirds.
  const words: Token[] = [];
  for (let k = j; k < tokens.length && words.length < 3; k++) {
    const x = tokens[k]!;
    if (x.text === '-' && x.glued) continue;
    if (x.type !== 'word') break;
    words.push(x);
  }
  for (const f of FRACTIONS) {
    if (f.words.length > words.length) continue;
    if (!f.words.every((w, k) => words[k]!.lower === w)) continue;
    const lastWord = words[f.words.length - 1]!;
    const end = tokens.indexOf(lastWord, j) + 1;
    const after = tokens[end];
    if (!after || !['of', 'de', 'del'].includes(after.lower)) continue;
    return { first: -1, textEnd: end, next: end, value: f.percent, granularity: 1, kind: 'percent', unit: 'percent', hedge: null, vague: false, words: true, wordCount: f.words.length, yearLike: false };
  }
  return readOneIn(tokens, j);
}

/** "one in five", "3 in 10", "uno de cada cinco", "siete de cada 10", "8 de cada 10": a share. */
function readOneIn(tokens: readonly Token[], j: number): Core | null {
  const t = tokens[j]!;
  const cada = tokens[j + 1]?.lower === 'de' && tokens[j + 2]?.lower === 'cada';
  if (t.lower === 'one' || t.lower === 'uno' || t.lower === 'una' || t.type === 'num' || (cada && t.type === 'word')) {
    // "one in five", "one in every three", "1 out of 3"
    const en = tokens[j + 1]?.lower === 'in' ? (tokens[j + 2]?.lower === 'every' ? 3 : 2) : tokens[j + 1]?.lower === 'out' && tokens[j + 2]?.lower === 'of' ? 3 : 0;
    const es = tokens[j + 1]?.lower === 'de' && tokens[j + 2]?.lower === 'cada' ? 3 : 0;
    const skip = en || es;
    if (skip) {
      const lang: Language = en ? 'en' : 'es';
      const num = readNumberWords(tokens, j, lang);
      const first = t.type === 'num' ? Number(t.text) : num?.value ?? 0;
      const denomTok = tokens[j + skip];
      let denom = 0;
      let end = j + skip + 1;
      if (denomTok?.type === 'num') denom = Number(denomTok.text);
      else if (denomTok) {
        const d = readNumberWords(tokens, j + skip, lang);
        if (d) {
          denom = d.value;
          end = d.next;
        }
      }
      // Digits "in" digits stay a share only for a small round base: "3 in 10", never "2 in 2023".
      const base = t.type !== 'num' || !en || (denom <= 100 && Number.isInteger(denom) && denomTok?.type === 'num' && /^\d{1,3}$/.test(denomTok.text));
      if (first >= 1 && denom > first && base && (en ? first === 1 || t.type === 'num' : true)) {
        const pct = Math.round((1000 * first) / denom) / 10;
        return { first: -1, textEnd: end, next: end, value: pct, granularity: 0.1, kind: 'percent', unit: 'percent', hedge: null, vague: false, words: t.type !== 'num', wordCount: 2, yearLike: false };
      }
    }
  }
  return null;
}

/** "a decade", "a century", "half a century", "a few days", "una década", "un siglo". */
function readSpanOfTime(tokens: readonly Token[], j: number): Core | null {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  const third = tokens[j + 2];
  const article = t.lower === 'a' || t.lower === 'an' || t.lower === 'un' || t.lower === 'una';
  const nextWord = next?.lower.replace(/'s$/, '') ?? '';
  if (article && next && ['decade', 'century', 'década', 'siglo'].includes(nextWord)) {
    const years = nextWord === 'decade' || nextWord === 'década' ? 10 : 100;
    return { first: -1, textEnd: j + 2, next: j + 2, value: years, granularity: years, kind: 'duration', unit: 'years', hedge: 'approx', vague: false, words: true, wordCount: 1, yearLike: false };
  }
  if ((t.lower === 'half' && next?.lower === 'a' && third?.lower === 'century') || (t.lower === 'medio' && next?.lower === 'siglo')) {
    const end = t.lower === 'half' ? j + 3 : j + 2;
    return { first: -1, textEnd: end, next: end, value: 50, granularity: 50, kind: 'duration', unit: 'years', hedge: 'approx', vague: false, words: true, wordCount: 1, yearLike: false };
  }
  // "a few days", "a couple of weeks", "unos pocos días", "un par de años"
  let len = 0;
  let value = 0;
  if (t.lower === 'a' && next?.lower === 'few') [len, value] = [2, 3];
  else if (t.lower === 'a' && next?.lower === 'couple' && third?.lower === 'of') [len, value] = [3, 2];
  else if ((t.lower === 'unos' || t.lower === 'unas') && (next?.lower === 'pocos' || next?.lower === 'pocas' || next?.lower === 'cuantos' || next?.lower === 'cuantas')) [len, value] = [2, 3];
  else if (t.lower === 'un' && next?.lower === 'par' && third?.lower === 'de') [len, value] = [3, 2];
  if (len > 0) {
    const unit = tokens[j + len];
    const time = unit ? TIME_UNITS[unit.lower] : undefined;
    if (!time) return null;
    return { first: -1, textEnd: j + len + 1, next: j + len + 1, value: value * time.factor, granularity: 1, kind: 'duration', unit: time.unit, hedge: 'approx', vague: true, words: true, wordCount: 1, yearLike: false };
  }
  return null;
}
