/** Ordinals read as figures, with the noun that makes them one ("term", "vez") or a superlative ("second-safest"); places written as numbers ("prórroga número 26", "el puesto 12"); rank bounds ("the ten most"). */
import type { Language } from '../model';
import { isCapitalized, type Token } from './tokens';
import { isNameTail } from './exclusions';
import { ORDINAL_NOUNS, ORDINALS } from './lexicon';
import { readNumberWords } from './numberWords';
import type { RawFigure } from './extract';

/** Nouns naming a place in a ranking. */
const RANK_NOUNS = /^(?:country|countries|nation|nations|place|position|spot|país|países|pais|paises|nación|naciones|lugar|puesto|posición|posicion)$/;

/** Verbs that put a bare ordinal in a ranking: "ranked 12th", "came second", "se ubicó tercero". */
const RANK_VERBS = /^(?:ranked|ranks|rank|placed|places|finished|finishes|came|comes|ubicó|ubica|ubicado|ubicada|situó|sitúa|quedó|queda|clasificó)$/;

/** A capitalised name (a place) after "in", optionally after "the"/"la"/"el": "in Latin America", "en Ecuador". */
function placeAfter(tokens: readonly Token[], k: number): boolean {
  let t = tokens[k];
  if (t && /^(the|la|el|los|las)$/.test(t.lower)) t = tokens[k + 1];
  return !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Cardinal tens that open an English compound ordinal ("twenty-sixth"). */
const TENS_EN: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Ordinals used as figures: "second term", "second-safest", "segundo mandato". */
export function ordinalAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure | null; next: number } | null {
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
  // A place in a ranking: "the second country", "el segundo país", "second in Latin America", "the 37th in Ecuador".
  else if (n1 && RANK_NOUNS.test(n1.lower)) unit = 'rank';
  else if (n1 && /^(in|en|among|entre|de)$/.test(n1.lower) && placeAfter(tokens, end + 1)) unit = 'rank';
  // "ranked 12th", "finished third", "ocupó el 12.º lugar" (the noun checked above), "se ubicó segundo"
  if (!unit && RANK_VERBS.test(tokens[i - 1]?.lower ?? '')) unit = 'rank';
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

/** "la prórroga número 26", "extension number 26", "la prórroga n.º 26", "el puesto 12": a place in a series, written as a number. */
export function numberedOrdinalAt(tokens: readonly Token[], i: number, lang: Language): RawFigure | null {
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

/**
 * A bound on a ranking: "among the ten most overcrowded", "the 10 largest", "the top five", "los
 * diez países más violentos" → rank at most N.
 */
export function rankBoundAt(tokens: readonly Token[], i: number, lang: Language): { figure: RawFigure; next: number } | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1]?.lower ?? '';
  if (!/^(?:the|top|los|las)$/.test(prev)) return null;
  let value: number;
  let next: number;
  if (t.type === 'num' && /^\d{1,3}$/.test(t.text)) [value, next] = [Number(t.text), i + 1];
  else if (t.type === 'word') {
    const w = readNumberWords(tokens, i, lang);
    if (!w) return null;
    [value, next] = [w.value, w.next];
  } else return null;
  if (!Number.isInteger(value) || value < 3 || value > 100) return null; // "the two most senior" is an idiom
  const after = tokens[next];
  const afterNext = tokens[next + 1];
  if (after && (after.text === '%' || /^(?:percent|per|por)$/.test(after.lower))) return null; // "the top 10%" is a share
  const top = prev === 'top' || (lang === 'en' && after?.lower === 'top');
  const superlative = lang === 'en'
    ? !!after && (/^(?:most|least|worst|best)$/.test(after.lower) || (/(?:[^aeiou]est|iest)$/.test(after.lower) && !NOT_SUPERLATIVE.has(after.lower)))
    : !!after && (/^(?:más|menos|mayores|peores|mejores)$/.test(after.lower) || (after.type === 'word' && value <= 25 && /^(?:más|menos)$/.test(afterNext?.lower ?? '')));
  if (!superlative && !top) return null;
  const last = tokens[next - 1]!;
  return {
    figure: {
      start: t.start, end: last.end, text: '', kind: 'ordinal', value, min: 1, max: value, unit: 'rank', hedge: 'at_most', hedgeText: null,
      language: lang, precision: null, granularity: 1, vague: false, yearInferred: false,
    },
    next,
  };
}

/** Words in -est that are not superlatives. */
const NOT_SUPERLATIVE = new Set(['protest', 'contest', 'request', 'interest', 'arrest', 'forest', 'harvest', 'conquest', 'inquest', 'manifest', 'suggest', 'invest', 'digest', 'honest', 'modest', 'west', 'rest', 'test', 'nest', 'pest', 'vest', 'chest', 'quest', 'guest', 'crest', 'priest', 'midwest', 'unrest']);
