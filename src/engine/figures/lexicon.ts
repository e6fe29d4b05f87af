/**
 * Word lists the figure parser reads: hedges, scales, currencies, units, months, ordinals
 * and vague quantities, in English and Spanish. Data only; the parser decides.
 */
import type { Hedge } from '../model';

/** A multi-word phrase as lower-case words; matched token by token. */
export type Phrase = readonly string[];

export interface HedgeEntry {
  words: Phrase;
  hedge: Hedge;
  /** How the hedge shapes the interval around the value. */
  shape: 'approx' | 'below-near' | 'above' | 'below' | 'up-to' | 'above-near' | 'at-least' | 'at-most';
}

const h = (text: string, hedge: Hedge, shape: HedgeEntry['shape']): HedgeEntry => ({ words: text.split(' '), hedge, shape });

/** Hedges before a number, longest first within each language. */
const BASE_HEDGES: readonly HedgeEntry[] = [
  // English
  h('just under', 'at_most', 'below-near'),
  h('just below', 'at_most', 'below-near'),
  h('just over', 'at_least', 'above-near'),
  h('just above', 'at_least', 'above-near'),
  h('a little over', 'at_least', 'above-near'),
  h('a little more than', 'at_least', 'above-near'),
  h('slightly more than', 'at_least', 'above-near'),
  h('slightly less than', 'at_most', 'below-near'),
  h('slightly fewer than', 'at_most', 'below-near'),
  h('no more than', 'at_most', 'at-most'),
  h('no fewer than', 'at_least', 'at-least'),
  h('not more than', 'at_most', 'at-most'),
  h('not less than', 'at_least', 'at-least'),
  h('more than', 'at_least', 'above'),
  h('fewer than', 'at_most', 'below'),
  h('less than', 'at_most', 'below'),
  h('at least', 'at_least', 'at-least'),
  h('at most', 'at_most', 'at-most'),
  h('up to', 'up_to', 'up-to'),
  h('as many as', 'up_to', 'up-to'),
  h('as much as', 'up_to', 'up-to'),
  h('as high as', 'up_to', 'up-to'),
  h('upwards of', 'at_least', 'above'),
  h('in excess of', 'at_least', 'above'),
  h('close to', 'approx', 'approx'),
  h('an estimated', 'approx', 'approx'),
  h('some', 'approx', 'approx'),
  h('about', 'approx', 'approx'),
  h('around', 'approx', 'approx'),
  h('approximately', 'approx', 'approx'),
  h('roughly', 'approx', 'approx'),
  h('nearly', 'approx', 'below-near'),
  h('almost', 'approx', 'below-near'),
  h('estimated', 'approx', 'approx'),
  h('over', 'at_least', 'above'),
  h('exceeding', 'at_least', 'above'),
  h('above', 'at_least', 'above'),
  h('under', 'at_most', 'below'),
  h('below', 'at_most', 'below'),
  // Spanish
  h('poco más de', 'at_least', 'above-near'),
  h('poco menos de', 'at_most', 'below-near'),
  h('algo más de', 'at_least', 'above-near'),
  h('algo menos de', 'at_most', 'below-near'),
  h('alrededor de', 'approx', 'approx'),
  h('cerca de', 'approx', 'approx'),
  h('en torno a', 'approx', 'approx'),
  h('más de', 'at_least', 'above'),
  h('mas de', 'at_least', 'above'),
  h('menos de', 'at_most', 'below'),
  h('al menos', 'at_least', 'at-least'),
  h('por lo menos', 'at_least', 'at-least'),
  h('como mínimo', 'at_least', 'at-least'),
  h('como máximo', 'at_most', 'at-most'),
  h('un estimado de', 'approx', 'approx'),
  h('superior a', 'at_least', 'above'),
  h('inferior a', 'at_most', 'below'),
  h('aproximadamente', 'approx', 'approx'),
  h('unos', 'approx', 'approx'),
  h('unas', 'approx', 'approx'),
  h('casi', 'approx', 'below-near'),
  h('hasta', 'up_to', 'up-to'),
  h('apenas', 'exact', 'approx'),
];

/**
 * The Spanish hedges again with the article Spanish puts before percentages and dates: "más del
 * 50%", "en torno al 40%", "casi el 70%", "hasta el 90%".
 */
const TAKE_EL = new Set(['casi', 'hasta', 'aproximadamente', 'apenas', 'al menos', 'por lo menos']);
const WITH_ARTICLE: readonly HedgeEntry[] = BASE_HEDGES.flatMap((e): HedgeEntry[] => {
  const last = e.words[e.words.length - 1]!;
  if (TAKE_EL.has(e.words.join(' '))) return [{ ...e, words: [...e.words, 'el'] }];
  // Only Spanish hedges end in "de" or "a": "más de" → "más del", "en torno a" → "en torno al".
  if (last === 'de' || last === 'a') return [{ ...e, words: [...e.words.slice(0, -1), `${last}l`] }];
  return [];
});

export const HEDGES: readonly HedgeEntry[] = [...BASE_HEDGES, ...WITH_ARTICLE];

/** Hedges after a number ("40,000 or more", "300 or so"). */
export const TRAILING_HEDGES: readonly HedgeEntry[] = [
  h('or more', 'at_least', 'at-least'),
  h('or so', 'approx', 'approx'),
  h('or less', 'at_most', 'at-most'),
  h('o más', 'at_least', 'at-least'),
  h('o menos', 'at_most', 'at-most'),
];

/** Scale words after a number. `en`/`es` restrict a word to one language. */
export const SCALES: Readonly<Record<string, { factor: number; lang?: 'en' | 'es' }>> = {
  hundred: { factor: 1e2, lang: 'en' },
  thousand: { factor: 1e3, lang: 'en' },
  million: { factor: 1e6, lang: 'en' },
  billion: { factor: 1e9, lang: 'en' },
  trillion: { factor: 1e12, lang: 'en' },
  k: { factor: 1e3 },
  bn: { factor: 1e9 },
  mil: { factor: 1e3, lang: 'es' },
  millón: { factor: 1e6, lang: 'es' },
  millon: { factor: 1e6, lang: 'es' },
  millones: { factor: 1e6, lang: 'es' },
  billón: { factor: 1e12, lang: 'es' },
  billones: { factor: 1e12, lang: 'es' },
  mdd: { factor: 1e6, lang: 'es' },
};

/** Currency symbols and codes before a number, to ISO-ish units. */
export const CURRENCY_PREFIX: Readonly<Record<string, string>> = {
  $: 'USD',
  'us$': 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  'ar$': 'ARS',
  ars: 'ARS',
  mxn: 'MXN',
  'r$': 'BRL',
  '¥': 'JPY',
};

/** Currency words after a number. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', dólar: 'USD', dólares: 'USD', dolares: 'USD',
  euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  peso: 'PESO', pesos: 'PESO', colón: 'SVC', colones: 'SVC', bitcoin: 'BTC', bitcoins: 'BTC',
};

/** Time units, to a canonical plural and a length in years (for comparing durations). */
export const TIME_UNITS: Readonly<Record<string, { unit: string; factor: number }>> = {
  second: { unit: 'seconds', factor: 1 }, seconds: { unit: 'seconds', factor: 1 },
  minute: { unit: 'minutes', factor: 1 }, minutes: { unit: 'minutes', factor: 1 },
  hour: { unit: 'hours', factor: 1 }, hours: { unit: 'hours', factor: 1 },
  day: { unit: 'days', factor: 1 }, days: { unit: 'days', factor: 1 },
  week: { unit: 'weeks', factor: 1 }, weeks: { unit: 'weeks', factor: 1 },
  month: { unit: 'months', factor: 1 }, months: { unit: 'months', factor: 1 },
  year: { unit: 'years', factor: 1 }, years: { unit: 'years', factor: 1 },
  decade: { unit: 'years', factor: 10 }, decades: { unit: 'years', factor: 10 },
  century: { unit: 'years', factor: 100 }, centuries: { unit: 'years', factor: 100 },
  segundo: { unit: 'seconds', factor: 1 }, segundos: { unit: 'seconds', factor: 1 },
  minuto: { unit: 'minutes', factor: 1 }, minutos: { unit: 'minutes', factor: 1 },
  hora: { unit: 'hours', factor: 1 }, horas: { unit: 'hours', factor: 1 },
  día: { unit: 'days', factor: 1 }, días: { unit: 'days', factor: 1 }, dia: { unit: 'days', factor: 1 }, dias: { unit: 'days', factor: 1 },
  semana: { unit: 'weeks', factor: 1 }, semanas: { unit: 'weeks', factor: 1 },
  mes: { unit: 'months', factor: 1 }, meses: { unit: 'months', factor: 1 },
  año: { unit: 'years', factor: 1 }, años: { unit: 'years', factor: 1 },
  década: { unit: 'years', factor: 10 }, décadas: { unit: 'years', factor: 10 },
  siglo: { unit: 'years', factor: 100 }, siglos: { unit: 'years', factor: 100 },
};

/** Measure units after a number, to a canonical unit. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  hectare: 'hectares', hectares: 'hectares', ha: 'hectares', hectárea: 'hectares', hectáreas: 'hectares',
  acre: 'acres', acres: 'acres',
  km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km', kilómetro: 'km', kilómetros: 'km',
  mile: 'miles', miles: 'miles', milla: 'miles', millas: 'miles',
  meter: 'm', meters: 'm', metre: 'm', metres: 'm', metro: 'm', metros: 'm', m: 'm',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', kilogramo: 'kg', kilogramos: 'kg',
  ton: 'tonnes', tons: 'tonnes', tonne: 'tonnes', tonnes: 'tonnes', tonelada: 'tonnes', toneladas: 'tonnes',
  times: 'times', veces: 'times',
};

/** Percent words after a number. */
export const PERCENT_WORDS: readonly Phrase[] = [
  ['percentage', 'points'], ['percent'], ['per', 'cent'], ['pct'], ['por', 'ciento'], ['puntos', 'porcentuales'],
];

/** Month names and abbreviations to month numbers. English ones must be capitalised in text. */
export const MONTHS_EN: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
export const MONTHS_ES: Readonly<Record<string, number>> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12, ene: 1, abr: 4, ago: 8, dic: 12,
};
/** Words before a bare month name that make it a date. */
export const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'before', 'after', 'last', 'next', 'this', 'of', 'between',
  'early', 'late', 'mid', 'until', 'en', 'desde', 'hasta', 'durante', 'para', 'pasado', 'próximo', 'este', 'de',
]);
/** Modifiers before a month ("mid June", "end of September", "a finales de septiembre"). */
export const MONTH_MODIFIERS: readonly Phrase[] = [
  ['the', 'end', 'of'], ['the', 'beginning', 'of'], ['the', 'middle', 'of'], ['the', 'start', 'of'],
  ['end', 'of'], ['beginning', 'of'], ['middle', 'of'], ['start', 'of'], ['early'], ['late'], ['mid'],
  ['a', 'mediados', 'de'], ['a', 'finales', 'de'], ['a', 'fines', 'de'], ['a', 'principios', 'de'], ['a', 'inicios', 'de'],
  ['a', 'comienzos', 'de'], ['mediados', 'de'], ['finales', 'de'], ['fines', 'de'], ['principios', 'de'],
  ['inicios', 'de'], ['comienzos', 'de'], ['fin', 'de'], ['final', 'de'],
];

/** Ordinal words to their value. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4,
  quinto: 5, quinta: 5, sexto: 6, sexta: 6, séptimo: 7, séptima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9,
  décimo: 10, décima: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30,
  undécimo: 11, undécima: 11, duodécimo: 12, duodécima: 12, vigésimo: 20, vigésima: 20, trigésimo: 30, trigésima: 30,
  cuadragésimo: 40, cuadragésima: 40,
};
/** Nouns after an ordinal that make it a figure ("second term"). */
export const ORDINAL_NOUNS = new Set([
  'term', 'terms', 'inauguration', 'mandate', 'place', 'round', 'consecutive', 'straight', 'successive', 'year', 'time',
  'mandato', 'período', 'periodo', 'lugar', 'vuelta', 'investidura', 'consecutivo', 'consecutiva', 'vez', 'año',
  'gestión', 'legislatura', 'posesión', 'extension', 'renewal', 'reelection', 'prórroga', 'reelección',
]);

/** Vague quantities: lower bound as value, read as "at least". */
export const VAGUE: readonly { words: Phrase; value: number }[] = [
  { words: ['tens', 'of', 'thousands'], value: 2e4 },
  { words: ['hundreds', 'of', 'thousands'], value: 2e5 },
  { words: ['tens', 'of', 'millions'], value: 2e7 },
  { words: ['hundreds', 'of', 'millions'], value: 2e8 },
  { words: ['thousands'], value: 2e3 },
  { words: ['hundreds'], value: 200 },
  { words: ['dozens'], value: 24 },
  { words: ['scores'], value: 40 },
  { words: ['millions'], value: 2e6 },
  { words: ['billions'], value: 2e9 },
  { words: ['decenas', 'de', 'miles'], value: 2e4 },
  { words: ['cientos', 'de', 'miles'], value: 2e5 },
  { words: ['centenares', 'de', 'miles'], value: 2e5 },
  { words: ['decenas', 'de', 'millones'], value: 2e7 },
  { words: ['miles'], value: 2e3 },
  { words: ['cientos'], value: 200 },
  { words: ['centenares'], value: 200 },
  { words: ['decenas'], value: 20 },
  { words: ['docenas'], value: 24 },
  { words: ['millones'], value: 2e6 },
];

/** Fractions read as shares ("half of", "two-thirds", "un tercio"), in percent. */
export const FRACTIONS: readonly { words: Phrase; percent: number }[] = [
  { words: ['two', 'thirds'], percent: 66.7 },
  { words: ['three', 'quarters'], percent: 75 },
  { words: ['three', 'fourths'], percent: 75 },
  { words: ['one', 'third'], percent: 33.3 },
  { words: ['one', 'quarter'], percent: 25 },
  { words: ['one', 'fifth'], percent: 20 },
  { words: ['a', 'third'], percent: 33.3 },
  { words: ['a', 'quarter'], percent: 25 },
  { words: ['a', 'fifth'], percent: 20 },
  { words: ['half'], percent: 50 },
  { words: ['dos', 'tercios'], percent: 66.7 },
  { words: ['tres', 'cuartas', 'partes'], percent: 75 },
  { words: ['un', 'tercio'], percent: 33.3 },
  { words: ['la', 'mitad'], percent: 50 },
  { words: ['un', 'cuarto'], percent: 25 },
  { words: ['una', 'quinta', 'parte'], percent: 20 },
];

/** Adjectives that may sit between a number and the noun it counts. */
export const COUNT_ADJECTIVES = new Set([
  'such', 'more', 'new', 'other', 'additional', 'straight', 'consecutive', 'total', 'different', 'separate', 'further',
  'major', 'big', 'large', 'small', 'armed', 'known', 'alleged', 'suspected', 'salvadoran', 'argentine', 'former',
  'nuevos', 'nuevas', 'más', 'otros', 'otras', 'presuntos', 'presuntas',
]);

/** Words that never name what a number counts. */
export const NOT_NOUNS = new Set([
  'of', 'and', 'or', 'but', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'than', 'that',
  'which', 'who', 'where', 'when', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'it', 'its', 'this', 'these', 'those', 'them', 'they', 'he', 'she', 'we',
  'you', 'i', 'his', 'her', 'their', 'our', 'my', 'your', 'per', 'percent', 'another', 'other', 'each', 'all', 'any',
  'respectively', 'alone', 'only', 'just', 'ago', 'later', 'earlier', 'before', 'after', 'so', 'too', 'also', 'not',
  'de', 'del', 'la', 'el', 'los', 'las', 'y', 'o', 'en', 'a', 'por', 'para', 'con', 'que', 'se', 'su', 'sus', 'un',
  'una', 'es', 'fue', 'son', 'más', 'menos', 'al', 'lo', 'le', 'les', 'como', 'sin', 'sobre', 'entre', 'hasta',
  'desde', 'ha', 'han', 'era', 'eran', 'según', 'within', 'into', 'over', 'under', 'about', 'around', 'across', 'among',
  'amid', 'since', 'until', 'while', 'during', 'through', 'including', 'despite', 'against', 'toward', 'towards',
  'without', 'via', 'versus', 'vs', 'if', 'because', 'though', 'although', 'whereas', 'whose', 'what', 'how', 'why',
  'out', 'up', 'down', 'off', 'away', 'back', 'now', 'then', 'here', 'there', 'last', 'next', 'both', 'either',
  'neither', 'very', 'much', 'many', 'most', 'some', 'few', 'less', 'compared', 'respectively', 'durante',
  'mediante', 'tras', 'hacia', 'contra', 'ante', 'bajo', 'cuando', 'donde', 'mientras', 'aunque', 'si', 'ya', 'aún',
  'hoy', 'ayer', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'aquel', 'cual', 'cuales', 'quien', 'quienes',
  'cuyo', 'cuya', 'todo', 'todos', 'toda', 'todas', 'cada', 'mismo', 'misma', 'muy', 'tan', 'tanto', 'no', 'ni',
  'pues', 'porque', 'frente', 'respectivamente',
]);
