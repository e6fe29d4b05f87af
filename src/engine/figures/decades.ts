/** Decades written as words or digits: "the 1990s", "the eighties", "los años ochenta", "la década de 1990". */
import type { Language } from '../model';
import type { RawFigure } from './extract';
import type { Token } from './tokens';

/** Decade words: "the eighties", "los años ochenta" (the twentieth century's decades). */
const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
  veinte: 1920, treinta: 1930, cuarenta: 1940, cincuenta: 1950, sesenta: 1960, setenta: 1970, ochenta: 1980, noventa: 1990,
};

/**
 * Decades: "the 1990s", "the '80s", "the eighties", "los años ochenta", "los años 80", "la década
 * de 1990", "la década de los noventa" → a period of ten years, never the count 80 or the year 1990.
 */
export function decadeAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure; next: number } | null {
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
