/**
 * Dates and periods in prose: "Jan. 31, 2023", "31 de enero de 2023", "March 2022",
 * "June 1", "in December", "mid June", "end of September", "a finales de septiembre".
 * Candidate spans are found from tokens; `chrono-node` (en, es) parses each span (never the
 * whole text), relative expressions are never candidates, and a missing year is resolved
 * against the document's reference date.
 */
import { en as chronoEn, es as chronoEs } from 'chrono-node';
import type { DatePrecision, Language } from '../model';
import { MONTH_CONTEXT, MONTH_MODIFIERS, MONTHS_EN, MONTHS_ES } from './lexicon';
import { isCapitalized, matchPhrase, type Token } from './tokens';

export interface DateMatch {
  /** Token index of the first token of the span (modifier included). */
  first: number;
  /** Token index after the span. */
  next: number;
  year: number | null;
  month: number;
  day: number | null;
  /** A modifier such as "mid" or "end of" makes the date approximate. */
  approximate: boolean;
  /** Which lexicon named the month. */
  lang: Language;
}

interface Components {
  year?: number;
  month?: number;
  day?: number;
}

const CHRONO_CACHE = new Map<string, Components | null>();
const CACHE_LIMIT = 4096;

/** Parses a candidate span with chrono-node (cached); null when chrono rejects it. */
function chronoParse(text: string, lang: Language): Components | null {
  const key = lang + '\u0000' + text;
  const hit = CHRONO_CACHE.get(key);
  if (hit !== undefined) return hit;
  const parser = lang === 'es' ? chronoEs : chronoEn;
  const results = parser.parse(text, new Date(2000, 0, 1));
  let out: Components | null = null;
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month')) continue; // weekday-only and relative results are filtered out
    out = { month: c.get('month')! };
    if (c.isCertain('day')) out.day = c.get('day')!;
    if (c.isCertain('year')) out.year = c.get('year')!;
    break;
  }
  if (CHRONO_CACHE.size >= CACHE_LIMIT) CHRONO_CACHE.clear();
  CHRONO_CACHE.set(key, out);
  return out;
}

const FULL_MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre',
]);

function monthAt(tokens: readonly Token[], i: number): { month: number; lang: Language; next: number; possessive?: boolean } | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  // "January's jailbreak": an English possessive month (a full name only).
  if (t.lower.endsWith("'s") && isCapitalized(t)) {
    const en = MONTHS_EN[t.lower.slice(0, -2)];
    return en !== undefined && FULL_MONTHS.has(t.lower.slice(0, -2)) ? { month: en, lang: 'en', next: i + 1, possessive: true } : null;
  }
  const abbreviation = !FULL_MONTHS.has(t.lower);
  const dotted = abbreviation && tokens[i + 1]?.text === '.' && tokens[i + 1]!.glued;
  const en = MONTHS_EN[t.lower];
  if (en !== undefined && isCapitalized(t)) {
    if (abbreviation && !dotted && tokens[i + 1]?.type !== 'num') return null;
    return { month: en, lang: 'en', next: dotted ? i + 2 : i + 1 };
  }
  const es = MONTHS_ES[t.lower];
  if (es !== undefined) {
    if (abbreviation && !(dotted && tokens[i + 2]?.type === 'num')) return null;
    return { month: es, lang: 'es', next: dotted ? i + 2 : i + 1 };
  }
  return null;
}

function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.type !== 'num' || !/^\d{1,2}$/.test(t.text)) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  let next = i + 1;
  const suffix = tokens[next];
  if (suffix && suffix.glued && /^(st|nd|rd|th|º|°|o|ro)$/.test(suffix.lower)) next++;
  else if (suffix?.text === '.' && suffix.glued && tokens[next + 1]?.glued && /^[º°]$/.test(tokens[next + 1]!.text)) next += 2; // "1.º de junio"
  return { day, next };
}

function yearAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.type !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1800 && y <= 2200 ? y : null;
}

function modifierAt(tokens: readonly Token[], i: number): number {
  for (const words of MONTH_MODIFIERS) {
    if (!matchPhrase(tokens, i, words)) continue;
    let n = words.length;
    if (words.length === 1 && tokens[i + 1]?.text === '-' && tokens[i + 1]!.glued) n++; // "mid-June"
    return n;
  }
  return 0;
}

/** Finds a date starting at tokens[i]; null if none starts there. */
export function matchDate(tokens: readonly Token[], i: number): DateMatch | null {
  const mod = modifierAt(tokens, i);
  const at = i + mod;
  // Day before month: "31 January 2023", "31 de enero de 2023", "1º de junio".
  const d0 = dayAt(tokens, at);
  if (d0) {
    let j = d0.next;
    if (tokens[j]?.lower === 'de') j++;
    const m = monthAt(tokens, j);
    if (m && (m.lang === 'es' ? tokens[j - 1]?.lower === 'de' : true)) {
      let next = m.next;
      let year: number | null = null;
      const joiner = tokens[next]?.lower;
      if ((joiner === 'de' || joiner === 'del') && yearAt(tokens, next + 1) !== null) {
        year = yearAt(tokens, next + 1);
        next += 2;
      } else if (yearAt(tokens, next) !== null) {
        year = yearAt(tokens, next);
        next += 1;
      }
      return { first: i, next, year, month: m.month, day: d0.day, approximate: mod > 0, lang: m.lang };
    }
    if (mod === 0) return null;
  }
  const m = monthAt(tokens, at);
  if (!m) return null;
  let next = m.next;
  let day: number | null = null;
  let year: number | null = null;
  const d = dayAt(tokens, next);
  if (d && m.lang === 'en' && !(tokens[d.next]?.type === 'word' && /^(percent|per|million|thousand|people)$/.test(tokens[d.next]!.lower))) {
    day = d.day;
    next = d.next;
    if (tokens[next]?.text === ',' && yearAt(tokens, next + 1) !== null) {
      year = yearAt(tokens, next + 1);
      next += 2;
    } else if (yearAt(tokens, next) !== null) {
      year = yearAt(tokens, next);
      next += 1;
    }
  } else {
    let k = next;
    if (tokens[k]?.text === ',') k++;
    else if (tokens[k]?.lower === 'de' || tokens[k]?.lower === 'del') k++;
    if (yearAt(tokens, k) !== null) {
      year = yearAt(tokens, k);
      next = k + 1;
    }
  }
  if (day === null && year === null && mod === 0) {
    if (m.lang === 'en' ? !bareMonthEn(tokens, at, m.next, m.possessive === true) : isNameEs(tokens, at, m.next)) return null;
  } else if (m.possessive) return null;
  return { first: i, next, year, month: m.month, day, approximate: mod > 0, lang: m.lang };
}

/** Determiners that make a following bare month a modifier: "the January jailbreak", "a May report". */
const MONTH_DETERMINERS = /^(?:the|a|an|that|its|their|his|her|our|every|each)$/;
/** Words after a month that show it is not a modifier of the noun after it ("the March for Life"). */
const NOT_MODIFIED = /^(?:for|of|and|or|to|in|on|at|by|with|from|as|than|that|which|who|is|was|were|are|be|has|had|have|will|would|said|says|told)$/;
/** Verbs a month takes as a sentence's subject ("May was the calmest month", "January saw 50 killings"). */
const MONTH_SUBJECT_VERBS = /^(?:was|is|has|had|saw|brought|marked|became|becomes|ended|began|closed|proved|remained|recorded|registered|set|turned|also|alone)$/;
/** Opening marks that may stand before a sentence's first word. */
const OPENERS = /^[“"'‘(¿¡—–-]$/;

function startsSentence(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && OPENERS.test(tokens[k]!.text)) k--;
  return k < 0;
}

/**
 * A bare English month name is a date after a date word ("in December"), as a modifier after a
 * determiner ("the January jailbreak"), as a possessive ("May's toll"), as a sentence's subject
 * ("May was the calmest month"), or after another month ("between January and March"); never
 * the verb "may", a march, or a name ("Theresa May said").
 */
function bareMonthEn(tokens: readonly Token[], at: number, next: number, possessive: boolean): boolean {
  const prev = tokens[at - 1];
  const after = tokens[next];
  const prevName = !!prev && isCapitalized(prev) && !startsSentence(tokens, at - 1) && MONTHS_EN[prev.lower] === undefined;
  if (possessive) return !prevName;
  if (MONTH_CONTEXT.has(prev?.lower ?? '')) return true;
  if (prev && /^(?:and|or|to|through|-|–|,)$/.test(prev.lower) && monthAt(tokens, at - 2)) return true; // "March, April and May"
  if (prevName) return false;
  const modifies = !!after && after.type === 'word' && !isCapitalized(after) && !NOT_MODIFIED.test(after.lower) && !after.glued;
  if (prev && MONTH_DETERMINERS.test(prev.lower) && modifies) return true;
  return startsSentence(tokens, at) && !!after && MONTH_SUBJECT_VERBS.test(after.lower);
}

/** Verbs of speech that make a capitalised Spanish month a person's name ("Mayo dijo"). */
const SPEECH_ES = /^(?:dijo|afirmó|señaló|declaró|explicó|aseguró|indicó|agregó|añadió|comentó|sostuvo|precisó|manifestó|expresó|destacó|advirtió|respondió|contó|relató|denunció|informó|escribió)$/;

/** A capitalised Spanish month with no day or year that is a name: "Carlos Mayo", "Plaza de Mayo", "Mayo dijo", "Abril Pérez". */
function isNameEs(tokens: readonly Token[], at: number, next: number): boolean {
  const t = tokens[at]!;
  if (!isCapitalized(t)) return false;
  const after = tokens[next];
  if (SPEECH_ES.test(after?.lower ?? '')) return true; // "Mayo dijo"
  // "Abril Pérez" (a surname), but not a title-case headline's verb: "Enero Fue El Mes Más Violento".
  if (after && isCapitalized(after) && !after.glued && !/^(?:fue|es|era|será|ha|había|cerró|registró|dejó|terminó|acabó|marcó|trajo)$/.test(after.lower)) return true;
  if (startsSentence(tokens, at)) return false;
  const prev = tokens[at - 1];
  if (!prev) return false;
  if (isCapitalized(prev) && !(startsSentence(tokens, at - 1) && MONTH_CONTEXT.has(prev.lower))) return true; // "Carlos Mayo"
  return (prev.lower === 'de' || prev.lower === 'del') && isCapitalized(tokens[at - 2]) && !startsSentence(tokens, at - 2); // "Plaza de Mayo"
}

/** Joiners of two days in one date range: "14 and 15 May", "del 25 al 27 de marzo", "March 25-27". */
const DAY_JOINERS = /^(?:and|to|through|until|or|-|–|y|al|a|hasta|o)$/;

/**
 * Two days of one month: "on 14 and 15 May", "del 25 al 27 de marzo", "entre el 25 y el 27 de
 * marzo", "between March 25 and 27", "March 25-27, 2022". Each day is a date of its own (the
 * second day is not a count); the month and year written once serve both.
 */
export function matchDayRange(tokens: readonly Token[], i: number, named: DateMatch | null): [DateMatch, DateMatch] | null {
  if (named) {
    // Month first: the date read at i ends on its day; a bare later day follows a joiner.
    if (named.day === null || named.lang !== 'en' || named.approximate) return null;
    const j = named.next;
    if (!DAY_JOINERS.test(tokens[j]?.lower ?? '') || (tokens[j]!.type === 'punct' && !(tokens[j]!.glued && tokens[j + 1]?.glued))) return null;
    const d2 = dayAt(tokens, j + 1);
    if (!d2 || d2.day <= named.day || monthAt(tokens, d2.next)) return null;
    const unit = tokens[d2.next];
    if (unit && (unit.text === '%' || (unit.type === 'word' && !/^(?:and|or|but|in|on|at|when|as|while|was|were|saw|the|that|with|after|before|for|y|o|en)$/.test(unit.lower)))) return null;
    let year = named.year;
    let next = d2.next;
    if (year === null) {
      const k = tokens[next]?.text === ',' ? next + 1 : next;
      const y = yearAt(tokens, k);
      if (y !== null) {
        year = y;
        next = k + 1;
      }
    }
    return [{ ...named, year }, { first: j + 1, next, year, month: named.month, day: d2.day, approximate: false, lang: named.lang }];
  }
  const d1 = dayAt(tokens, i);
  if (!d1) return null;
  const joiner = tokens[d1.next];
  if (!joiner || !DAY_JOINERS.test(joiner.lower)) return null;
  if (joiner.type === 'punct' && !(joiner.glued && tokens[d1.next + 1]?.glued)) return null;
  let k = d1.next + 1;
  if (tokens[k]?.lower === 'el') k++;
  if (tokens[k]?.type !== 'num') return null;
  const second = matchDate(tokens, k);
  if (!second || second.day === null || second.day <= d1.day) return null;
  return [{ first: i, next: d1.next, year: second.year, month: second.month, day: d1.day, approximate: false, lang: second.lang }, second];
}

/** Numeric dates: "2024-03-12", "12/03/2024" (day first in Spanish, month first in English). */
export function matchNumericDate(tokens: readonly Token[], i: number, lang: Language): DateMatch | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (a.type !== 'num' || b.type !== 'num' || c.type !== 'num') return null;
  if (!s1.glued || !b.glued || !s2.glued || !c.glued || s1.text !== s2.text || !'/-'.includes(s1.text)) return null;
  const text = tokens.slice(i, i + 5).map((t) => t.text).join('');
  const parsed = chronoParse(text, lang);
  if (!parsed || parsed.year === undefined || parsed.day === undefined || parsed.year < 1800 || parsed.year > 2200) return null;
  return { first: i, next: i + 5, year: parsed.year, month: parsed.month!, day: parsed.day, approximate: false, lang };
}

/** Checks the match with chrono and fills what it read; null when chrono rejects the span. */
export function confirmDate(tokens: readonly Token[], m: DateMatch, text: string): DateMatch | null {
  const firstDateToken = m.first + (m.approximate ? countModifier(tokens, m.first) : 0);
  const span = text
    .slice(tokens[firstDateToken]!.start - tokens[0]!.start, tokens[m.next - 1]!.end - tokens[0]!.start)
    .replace(/(\d)\.([º°])/gu, '$1$2'); // chrono reads "1º" but not the RAE's "1.º"
  const parsed = chronoParse(span, m.lang);
  if (!parsed) return m.day === null ? m : null; // chrono skips some month-only forms ("Dec."); a day must parse
  if (parsed.month !== m.month) return null;
  return { ...m, day: parsed.day ?? m.day, year: parsed.year ?? m.year };
}

function countModifier(tokens: readonly Token[], i: number): number {
  return modifierAt(tokens, i);
}

/** Cue words that put a year-less date in the future ("will visit in September", "visitará"). */
const FUTURE_EN = /\b(will|'ll|to visit|is to|are to|scheduled|expected to|plans? to|set to|going to|next|upcoming)\b/i;
const FUTURE_ES = /(?:^|[^\p{L}])(?:va a|van a|próxim[oa]s?|previst[oa]s?|prevé|planea|\p{L}+rán?)(?![\p{L}])/iu;

/**
 * Resolves the year of a year-less date: the latest such date up to the reference date,
 * or the next one when its clause speaks of the future.
 */
export function resolveYear(month: number, day: number | null, reference: Date, clause: string): number {
  const ry = reference.getUTCFullYear();
  const rm = reference.getUTCMonth() + 1;
  const rd = reference.getUTCDate();
  if (FUTURE_EN.test(clause) || FUTURE_ES.test(clause)) {
    const notBefore = month > rm || (month === rm && (day === null || day >= rd));
    return notBefore ? ry : ry + 1;
  }
  const notAfter = month < rm || (month === rm && (day === null || day <= rd));
  return notAfter ? ry : ry - 1;
}

/** ISO value of a date at its precision. */
export function isoOf(year: number, month: number, day: number | null): { value: string; precision: DatePrecision } {
  const mm = String(month).padStart(2, '0');
  if (day === null) return { value: `${year}-${mm}`, precision: 'month' };
  return { value: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/** The last day of an ISO year, month or day ("2023" → 2023-12-31, "2024-02" → 2024-02-29). */
export function periodEnd(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [y, m] = iso.split('-').map(Number) as [number, number | undefined];
  if (m === undefined) return `${y}-12-31`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
