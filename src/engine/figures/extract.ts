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
import { ORDINAL_NOUNS, type HedgeEntry } from './lexicon';
import { hedgeAt, splitComparative, trailingHedge } from './hedges';
import { ordinalAt } from './ordinals';
import { readNumberWords } from './numberWords';
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

/**
 * A page's own timestamp standing alone: "Hace 3 horas", "Actualizado hace 25 minutos", "5 hours
 * ago", "Updated 2 days ago". Not a figure of the story (a 3-hour window is not "3 hours").
 */
function isRelativeStamp(tokens: readonly Token[]): boolean {
  const words = tokens.filter((x) => x.text !== '.' && x.text !== '|' && x.text !== '·' && x.text !== '•');
  if (words.length < 3 || words.length > 5) return false;
  let k = /^(?:updated|posted|published|actualizado|actualizada|publicado|publicada|editado)$/.test(words[0]!.lower) ? 1 : 0;
  const hace = words[k]?.lower === 'hace';
  if (hace) k++;
  if (words[k]?.type !== 'num' && !/^(?:an?|un|una)$/.test(words[k]?.lower ?? '')) return false;
  if (!/^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|segundos?|minutos?|horas?|d[ií]as?|semanas?)$/.test(words[k + 1]?.lower ?? '')) return false;
  return hace ? words.length === k + 2 : words[k + 2]?.lower === 'ago' && words.length === k + 3;
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
  const bound = rankBoundAt(tokens, i, ctx);
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

/** "la prórroga número 26", "extension number 26", "la prórroga n.º 26", "el puesto 12": a place in a series, written as a number. */
function numberedOrdinalAt(tokens: readonly Token[], i: number, lang: Language): RawFigure | null {
  const t = tokens[i]!;
  const after = tokens[i + 1];
  if (t.type !== 'num' || !/^\d{1,3}$/.test(t.text) || (after?.glued && !/^[.,;:)]$/.test(after.text))) return null;
  let p = i - 1;
  // "el puesto 12", "in position 3": a place in a ranking.
  const rank = /^(?:puesto|posición|posicion|position|lugar)$/.test(tokens[p]?.lower ?? '') && /^(?:el|the|en|in|al|a|su|its)$/.test(tokens[p - 1]?.lower ?? '');
  if (!rank) {
    if (tokens[p]?.text === '.' && tokens[p]!.glued) p--;
    if (tokens[p]?.glued && /^[º°]$/.test(tokens[p]!.text)) p -= tokens[p - 1]?.text === '.' ? 2 : 1; // "n.º"
    if (!/^(?:número|numero|number|no|nº|n°|núm|n)$/.test(tokens[p]?.lower ?? '')) return null;
    if (!ORDINAL_NOUNS.has(tokens[p - 1]?.lower ?? '')) return null;
  }
  const value = Number(t.text);
  return {
    start: t.start, end: t.end, text: '', kind: 'ordinal', value, min: value, max: value, unit: rank ? 'rank' : 'ordinal', hedge: 'exact', hedgeText: null,
    language: lang, precision: null, granularity: 1, vague: false, yearInferred: false,
  };
}

/** Decade words: "the eighties", "los años ochenta" (the twentieth century's decades). */
const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
  veinte: 1920, treinta: 1930, cuarenta: 1940, cincuenta: 1950, sesenta: 1960, setenta: 1970, ochenta: 1980, noventa: 1990,
};

/**
 * Decades: "the 1990s", "the '80s", "the eighties", "los años ochenta", "los años 80", "la década
 * de 1990", "la década de los noventa" → a period of ten years, never the count 80 or the year 1990.
 */
function decadeAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure; next: number } | null {
  const t = tokens[i]!;
  const s = tokens[i + 1];
  const figure = (first: Token, last: Token, y: number): RawFigure => ({
    start: first.start, end: last.end, text: '', kind: 'range', value: null, min: y, max: y + 9, unit: 'year', hedge: null, hedgeText: null,
    language: lang, precision: 'year', granularity: 10, vague: false, yearInferred: false,
  });
  // "the 1990s", "the 1990's", "the '80s", "the 80s"
  if (t.type === 'num' && s?.glued && (s.lower === 's' || s.lower === "'s")) {
    const y = /^1[89]\d0$|^20\d0$/.test(t.text) ? Number(t.text) : /^[2-9]0$/.test(t.text) && (tokens[i - 1]?.lower === 'the' || (/^['’]$/.test(tokens[i - 1]?.text ?? '') && t.glued)) ? 1900 + Number(t.text) : null;
    if (y !== null) return { figure: figure(t, s, y), next: i + 2 };
  }
  // "the eighties", "the late eighties" (not "in her eighties", an age)
  if (t.type === 'word' && lang === 'en' && DECADE_WORDS[t.lower] && /ies$/.test(t.lower)) {
    const prev = tokens[i - 1]?.lower === 'early' || tokens[i - 1]?.lower === 'mid' || tokens[i - 1]?.lower === 'late' ? i - 2 : i - 1;
    if (tokens[prev]?.lower === 'the') return { figure: figure(t, t, DECADE_WORDS[t.lower]!), next: i + 1 };
    return null;
  }
  // "los años ochenta", "los años 80", "la década de 1990", "la década de los noventa", "la década del 90"
  if (lang !== 'es') return null;
  const word = t.type === 'word' ? DECADE_WORDS[t.lower] : undefined;
  const digits = t.type === 'num' ? (/^[2-9]0$/.test(t.text) ? 1900 + Number(t.text) : /^1[89]\d0$|^20\d0$/.test(t.text) ? Number(t.text) : undefined) : undefined;
  const y = word && !/ies$/.test(t.lower) ? word : digits;
  if (y === undefined || (s?.type === 'word' && s.lower !== 'y' && !s.glued && isNounAfter(s))) return null;
  let k = i - 1;
  if (tokens[k]?.lower === 'años' && (y % 100 !== 0 || t.text.length === 4)) return { figure: figure(tokens[k]!, t, y), next: i + 1 };
  // "en los 90", "desde los noventa", "a finales de los 80" (not "los 80 detenidos", nor "de los 90" alone: "of the 90")
  if (tokens[k]?.lower === 'los' && (t.type === 'word' || t.text.length === 2) && !(s?.glued && (s.type === 'word' || s.text === '%'))) {
    const before = tokens[k - 1]?.lower ?? '';
    if (/^(?:en|durante|desde|hasta)$/.test(before) || (before === 'de' && /^(?:finales|fines|principios|inicios|comienzos|mediados)$/.test(tokens[k - 2]?.lower ?? ''))) {
      return { figure: figure(t, t, y), next: i + 1 };
    }
  }
  if (tokens[k]?.lower === 'los' || tokens[k]?.lower === 'las') k--;
  if ((tokens[k]?.lower === 'de' || tokens[k]?.lower === 'del') && /^d[eé]cada$/.test(tokens[k - 1]?.lower ?? '')) return { figure: figure(tokens[k - 1]!, t, y), next: i + 1 };
  return null;
}

/** A word that may be a noun counted by the number before it ("los años 80 detenidos" is not a decade). */
function isNounAfter(t: Token): boolean {
  return /s$/.test(t.lower) && !/^(?:más|menos|los|las|sus|pues)$/.test(t.lower);
}

/**
 * A bound on a ranking: "among the ten most overcrowded", "the 10 largest", "the top five", "los
 * diez países más violentos" → rank at most N.
 */
function rankBoundAt(tokens: readonly Token[], i: number, ctx: SentenceContext): { figure: RawFigure; next: number } | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.lower ?? '';
  if (!/^(?:the|top|los|las)$/.test(prev)) return null;
  let value: number;
  let next: number;
  if (t.type === 'num' && /^\d{1,3}$/.test(t.text)) [value, next] = [Number(t.text), i + 1];
  else if (t.type === 'word') {
    const w = readNumberWords(tokens, i, ctx.lang);
    if (!w) return null;
    [value, next] = [w.value, w.next];
  } else return null;
  if (!Number.isInteger(value) || value < 3 || value > 100) return null; // "the two most senior" is an idiom
  const after = tokens[next];
  const afterNext = tokens[next + 1];
  if (after && (after.text === '%' || /^(?:percent|per|por)$/.test(after.lower))) return null; // "the top 10%" is a share
  const top = prev === 'top' || (ctx.lang === 'en' && after?.lower === 'top');
  const superlative = ctx.lang === 'en'
    ? !!after && (/^(?:most|least|worst|best)$/.test(after.lower) || (/(?:[^aeiou]est|iest)$/.test(after.lower) && !NOT_SUPERLATIVE.has(after.lower)))
    : !!after && (/^(?:más|menos|mayores|peores|mejores)$/.test(after.lower) || (after.type === 'word' && value <= 25 && /^(?:más|menos)$/.test(afterNext?.lower ?? '')));
  if (!superlative && !top) return null;
  const last = tokens[next - 1]!;
  return {
    figure: {
      start: t.start, end: last.end, text: '', kind: 'ordinal', value, min: 1, max: value, unit: 'rank', hedge: 'at_most', hedgeText: null,
      language: ctx.lang, precision: null, granularity: 1, vague: false, yearInferred: false,
    },
    next,
  };
}

/** Words in -est that are not superlatives. */
const NOT_SUPERLATIVE = new Set(['protest', 'contest', 'request', 'interest', 'arrest', 'forest', 'harvest', 'conquest', 'inquest', 'manifest', 'suggest', 'invest', 'digest', 'honest', 'modest', 'west', 'rest', 'test', 'nest', 'pest', 'vest', 'chest', 'quest', 'guest', 'crest', 'priest', 'midwest', 'unrest']);

/**
 * Verbs of change, as written in a report of what happened, after which "hasta"/"up to" gives
 * the value reached: "cayó hasta", "bajaron hasta", "rose up to". Infinitives are left out: "puede
 * llegar hasta 20 años" is a bound.
 */
const CHANGE_STEMS_ES = /^(?:ca|pas|baj|descend|desciend|disminu|reduj|reduc|aument|sub|crec|escal|repunt|retroced|desplom|increment|dispar|trep|lleg|alcanz|ascend|asciend)(?:ó|ió|yó|aron|ieron|eron|yeron|e|en|ye|yen|a|an|ía|ían|aba|aban|ido|ído|ado|o)$/;
const CHANGE_EN = /^(?:rose|fell|dropped|climbed|jumped|increased|decreased|declined|surged|soared|went|grew)$/;

function isChangeVerb(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (CHANGE_STEMS_ES.test(t.lower) || CHANGE_EN.test(t.lower));
}

/** Age cues before a number: "aged 12", "ages 12 to 17", "at age 13", "as young as thirteen", "as old as 70". */
function ageBefore(tokens: readonly Token[], at: number): boolean {
  const p1 = tokens[at - 1]?.lower ?? '';
  if (/^(?:aged|ages|age)$/.test(p1)) return true;
  if (p1 === 'of' && /^(?:ages|age)$/.test(tokens[at - 2]?.lower ?? '')) return true; // "between the ages of 12 and 17"
  return p1 === 'as' && /^(?:young|old)$/.test(tokens[at - 2]?.lower ?? '') && tokens[at - 3]?.lower === 'as';
}

function asAge(q: Quantity): void {
  q.kind = 'duration';
  q.unit = 'years';
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
