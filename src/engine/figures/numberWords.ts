/**
 * Number words in English ("sixty-two", "forty thousand", "a hundred") and Spanish
 * ("cuarenta mil", "treinta y dos", "doscientos", "mil millones"), read from tokens.
 */
import type { Language } from '../model';
import type { Token } from './tokens';

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ES_UNITS: Record<string, number> = {
  cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintidos: 22,
  veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27,
  veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80,
  noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const ES_SCALES: Record<string, number> = { millón: 1e6, millon: 1e6, millones: 1e6, billón: 1e12, billones: 1e12 };

export interface WordNumber {
  value: number;
  /** Index after the last token used. */
  next: number;
  /** Number of number words read (1 for "two", 3 for "forty-two thousand"). */
  words: number;
  granularity: number;
}

/** Every number word of both languages. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(EN_UNITS), 'hundred', 'dozen', ...Object.keys(EN_SCALES), ...Object.keys(ES_UNITS), 'mil', ...Object.keys(ES_SCALES)]);

/** True if the token is a number word of the language (not counting "a"/"y"/"and"). */
export function isNumberWord(lower: string, lang: Language): boolean {
  return lang === 'en'
    ? lower in EN_UNITS || lower === 'hundred' || lower in EN_SCALES || lower === 'dozen'
    : lower in ES_UNITS || lower === 'mil' || lower in ES_SCALES;
}

/** Reads number words starting at tokens[i]; null if there are none. */
export function readNumberWords(tokens: readonly Token[], i: number, lang: Language): WordNumber | null {
  return lang === 'en' ? readEnglish(tokens, i) : readSpanish(tokens, i);
}

function readEnglish(tokens: readonly Token[], i: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let words = 0;
  let j = i;
  let lastGood = -1;
  let lastValue = 0;
  let sawNumber = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const w = t.lower;
    if (t.type === 'punct') {
      // "sixty-two": a glued hyphen between two number words
      if (t.text === '-' && t.glued && sawNumber && tokens[j + 1]?.glued && (tokens[j + 1]!.lower in EN_UNITS)) continue;
      break;
    }
    if (t.type !== 'word') break;
    if (w === 'a' && !sawNumber && ['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(tokens[j + 1]?.lower ?? '')) {
      current = 1;
      continue;
    }
    // "half a million", "half a dozen"
    if (w === 'half' && !sawNumber && tokens[j + 1]?.lower === 'a' && ['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(tokens[j + 2]?.lower ?? '')) {
      current = 0.5;
      words += 2;
      j++;
      continue;
    }
    if (w === 'and' && sawNumber && (tokens[j + 1]?.lower ?? '') in EN_UNITS && current >= 100) continue;
    if (w in EN_UNITS) {
      const v = EN_UNITS[w]!;
      // "twenty one" is 21, but "two three" is not a number
      if (sawNumber && current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && v < 10)) break;
      current += v;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
    } else if (w in EN_SCALES) {
      if (!sawNumber && current === 0) break;
      total += (current || 1) * EN_SCALES[w]!;
      current = 0;
    } else break;
    sawNumber = true;
    words++;
    lastGood = j;
    lastValue = total + current;
  }
  if (!sawNumber || lastGood < 0) return null;
  return { value: lastValue, next: lastGood + 1, words, granularity: granularityOfValue(lastValue) };
}

function readSpanish(tokens: readonly Token[], i: number): WordNumber | null {
  let total = 0;
  let thousands = 0;
  let current = 0;
  let words = 0;
  let sawNumber = false;
  let lastGood = -1;
  let lastValue = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    const w = t.lower;
    if (w === 'y' && sawNumber && current % 10 === 0 && current % 100 >= 30 && (tokens[j + 1]?.lower ?? '') in ES_UNITS) continue;
    // "medio millón"
    if (w === 'medio' && !sawNumber && (tokens[j + 1]?.lower ?? '') in ES_SCALES) {
      current = 0.5;
      sawNumber = true;
      words++;
      continue;
    }
    if (w in ES_UNITS) {
      const v = ES_UNITS[w]!;
      if (sawNumber && current !== 0) {
        const ok = (current % 100 === 0 && v < 100) || (current % 10 === 0 && current % 100 >= 30 && v < 10 && tokens[j - 1]?.lower === 'y');
        if (!ok) break;
      }
      current += v;
    } else if (w === 'mil') {
      thousands += (current || 1) * 1000;
      current = 0;
    } else if (w in ES_SCALES) {
      if (!sawNumber) break;
      total += (thousands + current || 1) * ES_SCALES[w]!;
      thousands = 0;
      current = 0;
    } else break;
    sawNumber = true;
    words++;
    lastGood = j;
    lastValue = total + thousands + current;
  }
  if (!sawNumber || lastGood < 0) return null;
  return { value: lastValue, next: lastGood + 1, words, granularity: granularityOfValue(lastValue) };
}

/** Place value of the last non-zero digit of an integer value. */
export function granularityOfValue(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 1;
  let g = 1;
  while (v % (g * 10) === 0 && g < 1e15) g *= 10;
  return g;
}
