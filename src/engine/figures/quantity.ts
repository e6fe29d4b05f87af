/**
 * One quantity read from tokens: an optional currency, a number (digits with scale, number
 * words, a vague amount, a fraction), and what follows it (%, a rate's denominator, a
 * currency word, a time or measure unit, the noun it counts).
 */
import type { FigureKind, Hedge, Language } from '../model';
import {
  COUNT_ADJECTIVES,
  CURRENCY_PREFIX,
  CURRENCY_WORDS,
  FRACTIONS,
  MEASURE_UNITS,
  NOT_NOUNS,
  PERCENT_WORDS,
  SCALES,
  TIME_UNITS,
  VAGUE,
} from './lexicon';
import { parseNumeral, type NumberStyle } from './numerals';
import { granularityOfValue, readNumberWords } from './numberWords';
import { matchPhrase, type Token } from './tokens';

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

const PEOPLE = new Set(['people', 'persons', 'inhabitants', 'residents', 'population', 'habitantes', 'personas', 'residentes', 'pobladores', 'citizens', 'live', 'births']);
const HYPHEN_NOUNS = new Set(['bed', 'seat', 'member', 'person', 'man', 'story', 'storey', 'point', 'room', 'cell', 'lane', 'page', 'game', 'vote', 'inmate', 'prisoner', 'officer', 'strong']);

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
  const q: Quantity = { ...core, first: i };
  if (currency) {
    q.kind = 'money';
    q.unit = currency;
    q.yearLike = false;
    readMoneyWord(tokens, q);
    return q;
  }
  if (q.kind === 'percent' || q.kind === 'duration') return q; // fractions and "a decade" are complete
  readSuffix(tokens, q, ctx);
  if (core.yearLike && isYear(tokens, i, q, ctx, hedged)) {
    return { ...core, first: i, kind: 'year', unit: 'year', yearLike: true };
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

type Core = Omit<Quantity, 'first'>;

function readCore(tokens: readonly Token[], j: number, ctx: QuantityContext, money: boolean): Core | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === 'num') return readDigits(tokens, j, ctx, money);
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
  return { textEnd: k, next: k, value, granularity, kind: 'number', unit: null, hedge: null, vague: false, words: false, wordCount: 0, yearLike };
}

function readWords(tokens: readonly Token[], j: number, ctx: QuantityContext): Core | null {
  const w = readNumberWords(tokens, j, ctx.lang);
  if (!w) return null;
  return { textEnd: w.next, next: w.next, value: w.value, granularity: w.granularity, kind: 'number', unit: null, hedge: null, vague: false, words: true, wordCount: w.words, yearLike: false };
}

/** "tens of thousands", "hundreds of", "miles de", "decenas de miles". */
function readVague(tokens: readonly Token[], j: number): Core | null {
  for (const v of VAGUE) {
    if (!matchPhrase(tokens, j, v.words)) continue;
    const after = tokens[j + v.words.length];
    if (!after || (after.lower !== 'of' && after.lower !== 'de')) continue;
    const end = j + v.words.length;
    return { textEnd: end, next: end, value: v.value, granularity: v.value / 2, kind: 'number', unit: null, hedge: 'at_least', vague: true, words: true, wordCount: v.words.length, yearLike: false };
  }
  return null;
}

/** "half of", "two-thirds of", "la mitad de", "one in five", "uno de cada cinco". */
function readFraction(tokens: readonly Token[], j: number): Core | null {
  const t = tokens[j]!;
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
    return { textEnd: end, next: end, value: f.percent, granularity: 1, kind: 'percent', unit: 'percent', hedge: null, vague: false, words: true, wordCount: f.words.length, yearLike: false };
  }
  // "one in five", "uno de cada cinco"
  if (t.lower === 'one' || t.lower === 'uno' || t.lower === 'una' || t.type === 'num') {
    const en = tokens[j + 1]?.lower === 'in' ? 2 : 0;
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
      if (first >= 1 && denom > first && (en ? first === 1 || t.type === 'num' : true)) {
        const pct = Math.round((1000 * first) / denom) / 10;
        return { textEnd: end, next: end, value: pct, granularity: 0.1, kind: 'percent', unit: 'percent', hedge: null, vague: false, words: t.type !== 'num', wordCount: 2, yearLike: false };
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
    return { textEnd: j + 2, next: j + 2, value: years, granularity: years, kind: 'duration', unit: 'years', hedge: 'approx', vague: false, words: true, wordCount: 1, yearLike: false };
  }
  if ((t.lower === 'half' && next?.lower === 'a' && third?.lower === 'century') || (t.lower === 'medio' && next?.lower === 'siglo')) {
    const end = t.lower === 'half' ? j + 3 : j + 2;
    return { textEnd: end, next: end, value: 50, granularity: 50, kind: 'duration', unit: 'years', hedge: 'approx', vague: false, words: true, wordCount: 1, yearLike: false };
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
    return { textEnd: j + len + 1, next: j + len + 1, value: value * time.factor, granularity: 1, kind: 'duration', unit: time.unit, hedge: 'approx', vague: true, words: true, wordCount: 1, yearLike: false };
  }
  return null;
}

/** Percent, rate, currency word, hyphen compound, time or measure unit, counted noun. */
function readSuffix(tokens: readonly Token[], q: Quantity, ctx: QuantityContext): void {
  let k = q.textEnd;
  const t = tokens[k];
  if (!t) return;
  // 50%, 50 %
  if (t.text === '%' || t.text === '٪') {
    setKind(q, 'percent', 'percent', k + 1, k + 1);
    return;
  }
  for (const p of PERCENT_WORDS) {
    if (matchPhrase(tokens, k, p)) {
      const unit = p[0] === 'percentage' || p[0] === 'puntos' ? 'pp' : 'percent';
      setKind(q, 'percent', unit, k + p.length, k + p.length);
      return;
    }
  }
  // Hyphen compounds: "40,000-bed", "five-year", "40,000-plus"
  if (t.text === '-' && t.glued && tokens[k + 1]?.glued && tokens[k + 1]!.type === 'word') {
    const w = tokens[k + 1]!.lower;
    if (w === 'plus') {
      q.hedge = 'at_least';
      q.textEnd = k + 2;
      q.next = k + 2;
      return;
    }
    const time = TIME_UNITS[w];
    if (time) {
      q.value *= time.factor;
      q.granularity *= time.factor;
      setKind(q, 'duration', time.unit, q.textEnd, k + 2);
      return;
    }
    if (!q.words || HYPHEN_NOUNS.has(w) || MEASURE_UNITS[w]) {
      setKind(q, 'count', MEASURE_UNITS[w] ?? plural(w), q.textEnd, k + 2);
      return;
    }
    q.kind = 'number';
    q.unit = 'compound:' + w; // "one-way", "first-hand": flagged for the idiom filter
    return;
  }
  // Currency words: "10 dólares", "200 million dollars", "1.500 millones de dólares"
  const cur = CURRENCY_WORDS[t.lower];
  if (cur) {
    setKind(q, 'money', cur, q.textEnd, k + 1);
    return;
  }
  const ofCur = (t.lower === 'de' || t.lower === 'of') && tokens[k + 1] ? CURRENCY_WORDS[tokens[k + 1]!.lower] : undefined;
  if (ofCur) {
    setKind(q, 'money', ofCur, q.textEnd, k + 2);
    return;
  }
  // Rates: "52 killings per 100,000 people", "2,4 homicidios por cada 100.000 habitantes"
  const rate = readRate(tokens, k, ctx);
  if (rate) {
    setKind(q, 'rate', rate.unit, q.textEnd, rate.next);
    return;
  }
  const time = TIME_UNITS[t.lower];
  if (time && !(t.lower === 'second' && q.value === 1)) {
    q.value *= time.factor;
    q.granularity *= time.factor;
    setKind(q, 'duration', time.unit, q.textEnd, k + 1);
    return;
  }
  const measure = MEASURE_UNITS[t.lower];
  if (measure && !(t.lower === 'm' && !t.glued)) {
    setKind(q, 'count', measure, q.textEnd, k + 1);
    return;
  }
  // The counted noun, skipping up to two adjectives: "two such prisons", "87 Salvadorans".
  let n = k;
  if (q.vague && (tokens[n]?.lower === 'of' || tokens[n]?.lower === 'de')) n++;
  for (let a = 0; a < 2 && tokens[n] && COUNT_ADJECTIVES.has(tokens[n]!.lower); a++) n++;
  let noun = tokens[n];
  // "40,000 convicted criminals": a participle before a plural noun is an adjective.
  if (noun && /(?:ed|ing)$/.test(noun.lower) && isNounToken(tokens[n + 1]) && /s$/.test(tokens[n + 1]!.lower)) noun = tokens[++n];
  if (noun && noun.type === 'word' && isVerbLike(noun.lower, ctx.lang)) return;
  if (noun && noun.type === 'word' && !NOT_NOUNS.has(noun.lower) && noun.lower.length > 1) {
    if (/^\p{Lu}/u.test(noun.text) && !/s$/.test(noun.lower)) return; // a name after a number is not what it counts
    if (/ly$/.test(noun.lower) && noun.lower.length > 4) return; // adverbs
    // "15,000 gang members": a singular noun before a plural one is a compound.
    const second = tokens[n + 1];
    if (ctx.lang === 'en' && !/s$/.test(noun.lower) && second && !second.glued && isNounToken(second) && /s$/.test(second.lower)) {
      setKind(q, 'count', `${noun.lower} ${second.lower}`, q.textEnd, n + 2);
      return;
    }
    setKind(q, 'count', noun.lower, q.textEnd, n + 1);
  }
}

const ES_VERBS = new Set(['son', 'están', 'estaban', 'han', 'habían', 'hay', 'fue', 'fueron', 'eran', 'serán', 'siguen', 'quedan', 'tienen', 'murieron']);

/** Verb forms that follow a number without naming what it counts ("7,000 released", "murieron"). */
function isVerbLike(w: string, lang: Language): boolean {
  if (lang === 'es') return (/(?:aron|ieron|eron|aban|ían)$/.test(w) && w.length > 5) || ES_VERBS.has(w);
  return /(?:ed|ing)$/.test(w) && !/eed$/.test(w);
}

function isNounToken(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && !NOT_NOUNS.has(t.lower) && t.lower.length > 1 && !/ly$/.test(t.lower) && !/^\p{Lu}/u.test(t.text);
}

function readRate(tokens: readonly Token[], k: number, ctx: QuantityContext): { unit: string; next: number } | null {
  for (let skip = 0; skip <= 2; skip++) {
    const at = k + skip;
    const t = tokens[at];
    if (!t) return null;
    let d = 0;
    if (t.lower === 'per') d = 1;
    else if (t.lower === 'for' && tokens[at + 1]?.lower === 'every') d = 2;
    else if (t.lower === 'por' && tokens[at + 1]?.lower === 'cada') d = 2;
    else if (t.lower === 'por' && tokens[at + 1]?.type === 'num') d = 1;
    if (d) {
      if (tokens[at + d]?.lower === 'capita' || tokens[at + d]?.lower === 'cápita') return { unit: 'per_capita', next: at + d + 1 };
      const num = tokens[at + d];
      if (!num || num.type !== 'num') return null;
      const n = parseNumeral(num.text, ctx.style);
      if (!n || n.value < 10) return null;
      let value = n.value;
      let next = at + d + 1;
      const scale = tokens[next] && SCALES[tokens[next]!.lower];
      if (scale && (!scale.lang || scale.lang === ctx.lang)) {
        value *= scale.factor;
        next++;
      }
      if (tokens[next] && PEOPLE.has(tokens[next]!.lower)) next++;
      return { unit: rateUnit(value), next };
    }
    if (t.type !== 'word' || NOT_NOUNS.has(t.lower)) return null;
  }
  return null;
}

function readMoneyWord(tokens: readonly Token[], q: Quantity): void {
  const t = tokens[q.textEnd];
  if (t && CURRENCY_WORDS[t.lower]) q.next = q.textEnd + 1;
  if (tokens[q.next]?.lower === 'de' && tokens[q.next + 1] && CURRENCY_WORDS[tokens[q.next + 1]!.lower]) q.next += 2;
}

function setKind(q: Quantity, kind: FigureKind, unit: string, textEnd: number, next: number): void {
  q.kind = kind;
  q.unit = unit;
  q.textEnd = textEnd;
  q.next = next;
  q.yearLike = false;
}

function plural(w: string): string {
  if (/s$/.test(w)) return w;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

export { granularityOfValue };
