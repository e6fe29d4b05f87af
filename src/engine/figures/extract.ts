/**
 * Finding the figures of one sentence: dates, hedged quantities, ranges and ordinals, with
 * what is not a figure left out. Year-less dates keep `year: null` until the document's
 * reference date is known (see `resolveDates`).
 */
import type { Figure, Hedge, Language } from '../model';
import { confirmDate, isoOf, matchDate, matchDayRange, matchNumericDate } from './dates';
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
import { type HedgeEntry } from './lexicon';
import { hedgeAt, splitComparative, trailingHedge } from './hedges';
import { numberedOrdinalAt, ordinalAt, rankBoundAt } from './ordinals';
import { ageBefore, asAge, isChangeVerb, isRelativeStamp } from './cues';
import { decadeAt } from './decades';
import { CURRENCY_SYMBOLS, mayStart } from './starters';
import type { NumberStyle } from './numerals';
import { readQuantity, type Quantity } from './quantity';
import { isCapitalized, tokenize, type Token } from './tokens';

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

const MEASURED = new Set(['times', 'hectares', 'acres', 'km', 'miles', 'kg', 'tonnes']);
const RANGE_JOINERS = new Set(['to', '-', '–', '—', 'a']);
const CHANGE_STARTERS = new Set(['from', 'de', 'desde']);

/** Extracts the figures of a sentence whose (masked) text starts at document offset `offset`. */
export function extractSentence(text: string, offset: number, ctx: SentenceContext): RawFigure[] {
  const tokens = tokenize(text, offset);
  if (isRelativeStamp(tokens)) return [];
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

/** Verbs of spread before "from … to …": a range, not a change. */
const SPREAD = /^(?:range|ranges|ranged|ranging|varies|vary|varied|varying|var[ií]a|var[ií]an|oscila|oscilan|va|van)$/;

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
  // "14 and 15 May", "del 25 al 27 de marzo": two dates sharing one month.
  const days = numeric || t.type !== 'num' ? null : matchDayRange(tokens, i, null);
  const last = days ? confirmDate(tokens, days[1], text) : null;
  if (days && last) {
    out.push(dateFigure(tokens, { ...days[0], year: last.year }, text, offset, ctx.lang), dateFigure(tokens, last, text, offset, ctx.lang));
    return last.next;
  }
  const named = numeric ? null : matchDate(tokens, i);
  const date = numeric ?? (named ? confirmDate(tokens, named, text) : null);
  if (date) {
    // "between March 25 and 27": the second day is a date too, not a count.
    const pair = numeric ? null : matchDayRange(tokens, i, date);
    if (pair) {
      out.push(dateFigure(tokens, pair[0], text, offset, ctx.lang), dateFigure(tokens, pair[1], text, offset, ctx.lang));
      return pair[1].next;
    }
    out.push(dateFigure(tokens, date, text, offset, ctx.lang));
    return date.next;
  }
  const numbered = numberedOrdinalAt(tokens, i, ctx.lang);
  if (numbered) {
    out.push(numbered);
    return i + 1;
  }
  const ordinal = ordinalAt(tokens, i, ctx.lang);
  if (ordinal) {
    if (ordinal.figure) out.push(ordinal.figure);
    return ordinal.next;
  }
  // "between 65 and 70", "entre 65 y 70"
  if ((t.lower === 'between' || t.lower === 'entre') && tokens[i + 1]) {
    if (matchDayRange(tokens, i + 1, null)) return i + 1; // "between 14 and 15 May": two dates, read at the first day
    const a = readQuantity(tokens, i + 1, ctx);
    const joiner = a ? tokens[a.textEnd] : undefined;
    if (a && joiner && (joiner.lower === 'and' || joiner.lower === 'y' || joiner.text === '-' || joiner.text === '–')) {
      const b = readQuantity(tokens, a.textEnd + 1, ctx);
      // "aged between twelve and seventeen": both ends are ages.
      if (b && ageBefore(tokens, i)) for (const x of [a, b]) if (x.kind === 'number') asAge(x);
      // "entre doce y diecisiete años": the first end takes the unit the second names.
      const aOk = acceptable(tokens, a, ctx, titleCase, a.first) || (!!b && a.kind === 'number' && b.kind !== 'number' && b.kind !== 'year');
      if (b && b.value > a.value && aOk && acceptable(tokens, b, ctx, titleCase, b.first)) {
        const range = rangeFigure(tokens, i, a, b, ctx.lang);
        out.push(range);
        return Math.max(b.next, b.textEnd);
      }
    }
  }
  const decade = decadeAt(tokens, i, ctx.lang);
  if (decade) {
    out.push(decade.figure);
    return decade.next;
  }
  const bound = rankBoundAt(tokens, i, ctx.lang);
  if (bound) {
    out.push(bound.figure);
    return bound.next;
  }
  let hedge = hedgeAt(tokens, i);
  // "cayó hasta 17,5", "rose up to 40%": after a verb of change the words give the value reached, not a bound.
  if (hedge && hedge.hedge === 'up_to' && (hedge.words[0] === 'hasta' || hedge.words[0] === 'up') && isChangeVerb(tokens[i - 1])) return i + hedge.words.length;
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
  // "ranges from three to six prisoners": number words that count nothing alone open a range after a verb of spread.
  if (!hedge && q.kind === 'number' && RANGE_JOINERS.has(tokens[q.textEnd]?.lower ?? '') && CHANGE_STARTERS.has(tokens[i - 1]?.lower ?? '') && SPREAD.test(tokens[i - 2]?.lower ?? '')) {
    const b = readQuantity(tokens, q.textEnd + 1, ctx);
    if (b && b.value > q.value && acceptable(tokens, b, ctx, titleCase, b.first)) {
      out.push(rangeFigure(tokens, i, q, b, ctx.lang));
      return Math.max(b.next, b.textEnd);
    }
  }
  // "boys as young as thirteen", "aged 12 to 17": a bare number after an age cue is an age in years.
  const age = q.kind === 'number' && ageBefore(tokens, qStart);
  if (age) asAge(q);
  if (!acceptable(tokens, q, ctx, titleCase, qStart)) return Math.max(q.textEnd, qStart + 1);
  // "10,000 to 20,000", "65-70%": a range unless it is a change ("from 52 to 36").
  const joiner = tokens[q.textEnd];
  // "ranges from three to six", "varía de 3 a 6": "from" after a verb of spread opens a range, not a change.
  const spread = CHANGE_STARTERS.has(tokens[i - 1]?.lower ?? '') && SPREAD.test(tokens[i - 2]?.lower ?? '');
  // "some 5,000 to 8,000": an approximate hedge spans the whole range.
  const rangeHedge = !hedge || hedge.hedge === 'approx';
  // "between the ages of 12 and 17": one range of ages.
  const agesBetween = age && (joiner?.lower === 'and' || joiner?.lower === 'y') && tokens[qStart - 4]?.lower === 'between' && tokens[qStart - 2]?.lower === 'ages';
  // "jóvenes de 15 a 17 años", "penas de 10 a 15 años": a span of ages or years, not a change ("pasó de 10 a 15").
  const change = CHANGE_STARTERS.has(tokens[i - 1]?.lower ?? '') && !spread;
  const yearsSpan = change && ctx.lang === 'es' && tokens[i - 1]!.lower === 'de' && joiner?.lower === 'a' && !isChangeVerb(tokens[i - 2]);
  if (joiner && (RANGE_JOINERS.has(joiner.lower) || agesBetween) && (q.kind === 'number' || q.kind === 'year' || age) && (!change || yearsSpan) && rangeHedge) {
    const b = readQuantity(tokens, q.textEnd + 1, ctx);
    if (b && age && b.kind === 'number') asAge(b);
    const glued = joiner.glued && tokens[q.textEnd + 1]?.glued;
    const sameKind = q.kind === 'year' ? b?.kind === 'year' : b?.kind !== 'year';
    if (b && sameKind && b.value > q.value && (!change || (b.kind === 'duration' && b.unit === 'years')) && (joiner.lower === 'to' || glued || agesBetween || (joiner.lower === 'a' && ctx.lang === 'es')) && acceptable(tokens, b, ctx, titleCase, b.first)) {
      out.push(hedge ? { ...rangeFigure(tokens, i, q, b, ctx.lang), hedge: 'approx', hedgeText: hedge.words.join(' ') } : rangeFigure(tokens, i, q, b, ctx.lang));
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
