/**
 * Finding the figures of one sentence: dates, hedged quantities, ranges and ordinals, with
 * what is not a figure left out. Year-less dates keep `year: null` until the document's
 * reference date is known (see `resolveDates`).
 */
import type { Figure, Hedge, Language } from '../model';
import { confirmDate, isoOf, matchDate, matchNumericDate } from './dates';
import {
  hasDeterminer,
  isCode,
  isDenominator,
  isIdentifier,
  isListNumber,
  isNameTail,
  isTimeOrPhone,
  isTitleCase,
} from './exclusions';
import { intervalOf } from './intervals';
import { HEDGES, ORDINAL_NOUNS, ORDINALS, TRAILING_HEDGES, type HedgeEntry } from './lexicon';
import { CURRENCY_SYMBOLS, mayStart } from './starters';
import type { NumberStyle } from './numerals';
import { readQuantity, type Quantity } from './quantity';
import { isCapitalized, matchPhrase, tokenize, type Token } from './tokens';

/** A figure before its sentence index is known; dates may still lack a year. */
export interface RawFigure extends Omit<Figure, 'sentence'> {
  /** For year-less dates: the month and day to resolve, and the clause for tense cues. */
  pending?: { month: number; day: number | null; clause: string };
  /** Index of the sentence within its block. */
  sentenceInBlock?: number;
}

export interface SentenceContext {
  lang: Language;
  style: NumberStyle;
  /** True if the sentence opens its block (for list numbering). */
  blockStart: boolean;
}

/** Hedges by their first word, longest first. */
const HEDGES_BY_FIRST = new Map<string, HedgeEntry[]>();
for (const h of HEDGES) {
  const list = HEDGES_BY_FIRST.get(h.words[0]!) ?? [];
  list.push(h);
  HEDGES_BY_FIRST.set(h.words[0]!, list);
}
for (const list of HEDGES_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

const MEASURED = new Set(['times', 'hectares', 'acres', 'km', 'miles', 'kg', 'tonnes']);
const RANGE_JOINERS = new Set(['to', '-', '–', '—', 'a']);
const CHANGE_STARTERS = new Set(['from', 'de', 'desde']);

/** Extracts the figures of a sentence whose (masked) text starts at document offset `offset`. */
export function extractSentence(text: string, offset: number, ctx: SentenceContext): RawFigure[] {
  const tokens = tokenize(text, offset);
  const out: RawFigure[] = [];
  const titleCase = isTitleCase(tokens);
  let i = 0;
  while (i < tokens.length) {
    const next = figureAt(tokens, i, text, offset, ctx, titleCase, out);
    i = next > i ? next : i + 1;
  }
  inheritUnits(text, offset, out);
  return out;
}

/** Tries every figure form at tokens[i]; pushes what it finds and returns the next index. */
function figureAt(tokens: Token[], i: number, text: string, offset: number, ctx: SentenceContext, titleCase: boolean, out: RawFigure[]): number {
  const t = tokens[i]!;
  // Most tokens cannot begin a figure: skip them without trying every form.
  if (t.type === 'word' ? !mayStart(t.lower) : t.type === 'punct' && !CURRENCY_SYMBOLS.has(t.text)) return i + 1;
  if (t.type === 'num') {
    const skip = isTimeOrPhone(tokens, i);
    if (skip > 0) return skip;
    if (isListNumber(tokens, i, ctx.blockStart)) return i + 2;
  }
  const numeric = matchNumericDate(tokens, i, ctx.lang);
  const named = numeric ? null : matchDate(tokens, i);
  const date = numeric ?? (named ? confirmDate(tokens, named, text) : null);
  if (date) {
    out.push(dateFigure(tokens, date, text, offset, ctx.lang));
    return date.next;
  }
  const ordinal = ordinalAt(tokens, i, ctx.lang);
  if (ordinal) {
    if (ordinal.figure) out.push(ordinal.figure);
    return ordinal.next;
  }
  // "between 65 and 70", "entre 65 y 70"
  if ((t.lower === 'between' || t.lower === 'entre') && tokens[i + 1]) {
    const a = readQuantity(tokens, i + 1, ctx);
    const joiner = a ? tokens[a.textEnd] : undefined;
    if (a && joiner && (joiner.lower === 'and' || joiner.lower === 'y' || joiner.text === '-' || joiner.text === '–')) {
      const b = readQuantity(tokens, a.textEnd + 1, ctx);
      if (b && b.value > a.value && acceptable(tokens, a, ctx, titleCase, a.first) && acceptable(tokens, b, ctx, titleCase, b.first)) {
        out.push(rangeFigure(tokens, i, a, b, ctx.lang));
        return Math.max(b.next, b.textEnd);
      }
    }
  }
  const decade = decadeAt(tokens, i, ctx.lang);
  if (decade) {
    out.push(decade.figure);
    return decade.next;
  }
  let hedge = hedgeAt(tokens, i);
  // "hasta el 15 de julio": a date after the hedge is read at its own place.
  if (hedge && hedge.words.length > 1 && (matchNumericDate(tokens, i + hedge.words.length, ctx.lang) || matchDate(tokens, i + hedge.words.length))) return i + hedge.words.length;
  const qStart = hedge ? i + hedge.words.length : i;
  const q = readQuantity(tokens, qStart, ctx, hedge !== null);
  if (!q) return i + (hedge ? hedge.words.length : 1);
  // "fell 70% over five years": "over" a length of time is a span, not "more than", unless "in/for over".
  if (hedge && (hedge.words[0] === 'over' || hedge.words[0] === 'under') && q.kind === 'duration' && tokens[i - 1]?.type === 'word' && !/^(in|for|of|since|than|within|after|last|lasted|took|spent)$/.test(tokens[i - 1]!.lower)) {
    hedge = null;
    return figureAt(tokens, qStart, text, offset, ctx, titleCase, out);
  }
  if (!acceptable(tokens, q, ctx, titleCase, qStart)) return Math.max(q.textEnd, qStart + 1);
  // "10,000 to 20,000", "65-70%": a range unless it is a change ("from 52 to 36").
  const joiner = tokens[q.textEnd];
  if (joiner && RANGE_JOINERS.has(joiner.lower) && (q.kind === 'number' || q.kind === 'year') && !CHANGE_STARTERS.has(tokens[i - 1]?.lower ?? '') && !hedge) {
    const b = readQuantity(tokens, q.textEnd + 1, ctx);
    const glued = joiner.glued && tokens[q.textEnd + 1]?.glued;
    const sameKind = q.kind === 'year' ? b?.kind === 'year' : b?.kind !== 'year';
    if (b && sameKind && b.value > q.value && (joiner.lower === 'to' || glued || (joiner.lower === 'a' && ctx.lang === 'es')) && acceptable(tokens, b, ctx, titleCase, b.first)) {
      out.push(rangeFigure(tokens, i, q, b, ctx.lang));
      return Math.max(b.next, b.textEnd);
    }
    if (b && glued && b.value <= q.value && q.kind !== 'year') return b.next; // "2-1": a score, not a figure
  }
  // Only when the figure names no thing of its own: "than 5,000 soldiers" counts soldiers exactly.
  if (!hedge && (q.kind === 'percent' || q.unit === null)) hedge = splitComparative(tokens, i);
  trailingHedge(tokens, q, hedge);
  out.push(quantityFigure(tokens, i, q, hedge, ctx.lang));
  return q.next;
}

const BELOW_WORDS = /^(fewer|less|lower|smaller)$/;
const ABOVE_WORDS = /^(more|greater|higher|larger|bigger)$/;

/**
 * A comparison split around its noun: "fewer inmates than half", "more people than 40,000". The
 * figure keeps its own span; the bound comes from the comparative a few words before "than".
 */
function splitComparative(tokens: readonly Token[], i: number): HedgeEntry | null {
  if (tokens[i - 1]?.lower !== 'than') return null;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!.lower;
    if (BELOW_WORDS.test(w)) return { words: [w, '…', 'than'], hedge: 'at_most', shape: 'below' };
    if (ABOVE_WORDS.test(w)) return { words: [w, '…', 'than'], hedge: 'at_least', shape: 'above' };
    if (tokens[k]!.type === 'punct') break;
  }
  return null;
}

/** "the 1990s" → 1990–1999. */
function decadeAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure; next: number } | null {
  const t = tokens[i]!;
  const s = tokens[i + 1];
  if (t.type !== 'num' || !/^1[89]\d0$|^20\d0$/.test(t.text) || !s || !s.glued || s.lower !== 's') return null;
  const y = Number(t.text);
  return {
    figure: { start: t.start, end: s.end, text: '', kind: 'range', value: null, min: y, max: y + 9, unit: 'year', hedge: null, hedgeText: null, language: lang, precision: 'year', granularity: 10, vague: false, yearInferred: false },
    next: i + 2,
  };
}

function hedgeAt(tokens: readonly Token[], i: number): HedgeEntry | null {
  const list = HEDGES_BY_FIRST.get(tokens[i]!.lower);
  if (list) for (const h of list) if (matchPhrase(tokens, i, h.words)) return h;
  return null;
}

function trailingHedge(tokens: readonly Token[], q: Quantity, hedge: HedgeEntry | null): void {
  if (hedge) return;
  for (const h of TRAILING_HEDGES) {
    if (matchPhrase(tokens, q.next, h.words) || matchPhrase(tokens, q.textEnd, h.words)) {
      q.hedge = h.hedge;
      (q as Quantity & { trailing?: HedgeEntry }).trailing = h;
      return;
    }
  }
}

/** The filters for things that are not figures. */
function acceptable(tokens: readonly Token[], q: Quantity, ctx: SentenceContext, titleCase: boolean, at: number): boolean {
  const first = tokens[at]!;
  if (first.type === 'num') {
    if (isCode(tokens, at)) return false;
    // "renewed the decree 26 times": a measured unit after the number outweighs the word before.
    const measured = q.kind === 'percent' || q.kind === 'duration' || q.kind === 'money' || q.kind === 'rate' || (q.kind === 'count' && MEASURED.has(q.unit ?? ''));
    if (!measured && isIdentifier(tokens, at, titleCase)) return false;
    if (isDenominator(tokens, at)) return false;
    if (isNameTail(tokens, q.textEnd)) return false;
    return true;
  }
  if (q.vague || q.kind === 'percent' || q.kind === 'duration') {
    if (q.kind === 'duration' && q.words && q.wordCount === 1 && q.value === 1) return ctx.lang === 'en' && q.unit !== 'days';
    return true;
  }
  if (!q.words) return true;
  // Number words: precision first.
  if (q.unit?.startsWith('compound:')) return false; // "one-way", "one-dimensional"
  if (q.value === 1 && q.wordCount === 1) return false; // "one of", "one where", "un", "una"
  if (isCapitalized(first) && at > 0 && !(tokens[at - 1] && /^[“"'‘(]$/.test(tokens[at - 1]!.text))) return false; // "Group of Seven"
  if (hasDeterminer(tokens, at)) return false; // "the two leaders", "los dos países"
  if (q.kind === 'number') return false; // a number word counting nothing
  if (ctx.lang === 'es' && q.value === 1) return false;
  return true;
}

/** Cardinal tens that open an English compound ordinal ("twenty-sixth"). */
const TENS_EN: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Ordinals used as figures: "second term", "second-safest", "segundo mandato". */
function ordinalAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure | null; next: number } | null {
  const t = tokens[i]!;
  let value: number | undefined;
  let end = i + 1;
  if (t.type === 'word') {
    value = ORDINALS[t.lower];
    // Compound ordinals: "vigésima sexta", "twenty-sixth".
    const tens = value !== undefined && value >= 20 && value % 10 === 0 ? value : TENS_EN[t.lower];
    if (tens !== undefined) {
      const hyphen = tokens[i + 1]?.text === '-' && tokens[i + 1]!.glued && tokens[i + 2]?.glued;
      const u = tokens[hyphen ? i + 2 : i + 1];
      const unitValue = u && u.type === 'word' ? ORDINALS[u.lower] : undefined;
      if (unitValue !== undefined && unitValue < 10) {
        value = tens + unitValue;
        end = hyphen ? i + 3 : i + 2;
      }
    }
  } else if (t.type === 'num' && /^\d{1,3}$/.test(t.text)) {
    const s = tokens[i + 1];
    if (s && s.glued && /^(st|nd|rd|th|º|ª|er|ro|do|to|vo|no|mo)$/.test(s.lower)) {
      value = Number(t.text);
      end = i + 2;
      if (tokens[end]?.text === '.' && tokens[end]!.glued) end++;
    } else if (s?.text === '.' && s.glued && tokens[i + 2]?.glued && /^(º|ª|°|er)$/.test(tokens[i + 2]!.lower)) {
      value = Number(t.text); // the RAE's "1.º", "3.ª", "1.er"
      end = i + 3;
    }
  }
  if (value === undefined) return null;
  if (t.type === 'num' && isNameTail(tokens, end)) return { figure: null, next: end + 1 }; // "18th Street"
  if (t.type === 'num' && isCapitalized(tokens[end])) return { figure: null, next: end };
  let n1 = tokens[end];
  // "a second five-year term", "su segundo mandato consecutivo": look past numbers and adjectives.
  for (let k = end, hops = 0; hops < 4 && tokens[k]; k++, hops++) {
    const w = tokens[k]!;
    if (ORDINAL_NOUNS.has(w.lower)) {
      n1 = w;
      break;
    }
    if (!(w.text === '-' || w.type === 'num' || /^(straight|consecutive|full|new|presidential|year|years|five|four|six|two|three|seven)$/.test(w.lower))) break;
  }
  let unit: 'rank' | 'ordinal' | null = null;
  if (n1 && n1.text === '-' && n1.glued && tokens[end + 1]?.glued && /est$|^(most|least|largest|biggest)$/.test(tokens[end + 1]!.lower)) unit = 'rank';
  else if (n1 && /est$/.test(n1.lower) && n1.type === 'word') unit = 'rank';
  else if (n1 && ORDINAL_NOUNS.has(n1.lower)) unit = 'ordinal';
  else if (n1 && lang === 'es' && n1.type === 'word' && /^(más|menos|mayor|menor)$/.test(tokens[end + 1]?.lower ?? '')) unit = 'rank';
  if (!unit) return t.type === 'num' ? { figure: null, next: end } : null;
  if (value === 1 && (unit === 'ordinal' ? /^(time|vez|year|año|place|lugar)$/.test(n1!.lower) : false)) return { figure: null, next: end };
  if (value === 1 && t.type === 'word' && unit === 'ordinal' && !/^(term|terms|mandate|mandato|inauguration|investidura|round|vuelta)$/.test(n1!.lower)) return { figure: null, next: end };
  const figure: RawFigure = {
    start: t.start,
    end: tokens[end - 1]!.end,
    text: '',
    kind: 'ordinal',
    value,
    min: value,
    max: value,
    unit,
    hedge: 'exact',
    hedgeText: null,
    language: lang,
    precision: null,
    granularity: 1,
    vague: false,
    yearInferred: false,
  };
  return { figure, next: end };
}

function dateFigure(tokens: readonly Token[], m: { first: number; next: number; year: number | null; month: number; day: number | null; approximate: boolean }, text: string, offset: number, lang: Language): RawFigure {
  const first = tokens[m.first]!;
  const last = tokens[m.next - 1]!;
  const base: RawFigure = {
    start: first.start,
    end: last.end,
    text: '',
    kind: 'date',
    value: null,
    min: null,
    max: null,
    unit: 'date',
    hedge: m.approximate ? 'approx' : null,
    hedgeText: m.approximate ? text.slice(first.start - offset, tokens[m.first]!.end - offset) : null,
    language: lang,
    precision: m.day === null ? 'month' : 'day',
    granularity: null,
    vague: false,
    yearInferred: m.year === null,
  };
  if (m.approximate && m.day !== null) base.precision = 'month';
  const day = m.approximate ? null : m.day;
  if (m.year !== null) {
    const iso = isoOf(m.year, m.month, day);
    base.value = iso.value;
    base.precision = iso.precision;
  } else {
    base.pending = { month: m.month, day, clause: clauseAround(text, first.start - offset) };
  }
  return base;
}

function quantityFigure(tokens: readonly Token[], i: number, q: Quantity, hedge: HedgeEntry | null, lang: Language): RawFigure {
  const first = tokens[i]!;
  const last = tokens[Math.max(q.textEnd, q.first + 1) - 1]!;
  const trailing = (q as Quantity & { trailing?: HedgeEntry }).trailing;
  const shape: HedgeEntry['shape'] | 'exact' = hedge?.shape ?? trailing?.shape ?? (q.hedge === 'at_least' ? 'at-least' : q.hedge === 'approx' ? 'approx' : 'exact');
  if (q.kind === 'year') {
    const t = tokens[q.first]!;
    return {
      start: t.start, end: t.end, text: '', kind: 'year', value: q.value, min: q.value, max: q.value, unit: 'year',
      hedge: null, hedgeText: null, language: lang, precision: 'year', granularity: 1, vague: false, yearInferred: false,
    };
  }
  const interval = intervalOf(q.value, q.granularity, shape);
  const hedgeValue: Hedge = hedge?.hedge ?? trailing?.hedge ?? q.hedge ?? 'exact';
  return {
    start: first.start,
    end: last.end,
    text: '',
    kind: q.kind,
    value: q.value,
    min: interval.min,
    max: interval.max,
    unit: q.unit,
    hedge: hedgeValue,
    hedgeText: hedge ? hedge.words.join(' ') : trailing ? trailing.words.join(' ') : null,
    language: lang,
    precision: null,
    granularity: q.granularity,
    vague: q.vague,
    yearInferred: false,
  };
}

function rangeFigure(tokens: readonly Token[], i: number, a: Quantity, b: Quantity, lang: Language): RawFigure {
  const years = a.kind === 'year' && b.kind === 'year';
  const unit = years ? 'year' : b.unit ?? a.unit;
  return {
    start: tokens[i]!.start,
    end: tokens[b.textEnd - 1]!.end,
    text: '',
    kind: 'range',
    value: null,
    min: a.value,
    max: b.value,
    unit,
    hedge: null,
    hedgeText: null,
    language: lang,
    precision: years ? 'year' : null,
    granularity: Math.min(a.granularity, b.granularity),
    vague: false,
    yearInferred: false,
  };
}

/** Bare numbers beside a rate or percentage take its unit ("36 per 100,000 … with 19.7 and 17.6"). */
function inheritUnits(text: string, offset: number, figures: RawFigure[]): void {
  let rate: RawFigure | null = null;
  for (const f of figures) {
    if (f.kind === 'rate') rate = f;
    else if (rate && f.kind === 'number' && typeof f.value === 'number' && f.value < 10000) {
      f.kind = 'rate';
      f.unit = rate.unit;
    }
  }
  // "from 20 to 30%": the first number takes the second's percent.
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k]!;
    const b = figures[k + 1]!;
    if (a.kind !== 'number' || (b.kind !== 'percent' && b.kind !== 'money')) continue;
    const between = text.slice(a.end - offset, b.start - offset).trim().toLowerCase();
    if (/^(to|and|or|a|y|o|-|–)$/.test(between)) {
      a.kind = b.kind;
      a.unit = b.unit;
    }
  }
}

const CLAUSE_REACH = 160;
const CONJUNCTION = /(?:^|\s)(?:and|but|while|y|pero|mientras|e)\s/gi;

/** The clause around a position: between the nearest clause marks or coordinating words. */
function clauseAround(text: string, at: number): string {
  // Bounded on both sides: a sentence without punctuation must not make each date cost its length.
  const floor = Math.max(0, at - CLAUSE_REACH);
  const ceil = Math.min(text.length, at + CLAUSE_REACH);
  let s = at;
  while (s > floor && !/[,;:()—–]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < ceil && !/[,;:()—–]/.test(text[e]!)) e++;
  const before = text.slice(s, at);
  let from = s;
  CONJUNCTION.lastIndex = 0;
  for (let m = CONJUNCTION.exec(before); m; m = CONJUNCTION.exec(before)) from = s + m.index + m[0].length;
  const after = text.slice(at, e);
  const stop = /\s(?:and|but|while|y|pero|mientras|e)\s/i.exec(after);
  return text.slice(from, stop ? at + stop.index : e);
}
