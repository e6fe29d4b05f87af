/**
 * What looks like a figure but is not: names and codes with digits (MS-13, Barrio 18,
 * COVID-19, 18th Street), identifiers (Law 27.742, No. 5), clock times, list numbering,
 * a rate's denominator, and number words used idiomatically (one of, the two leaders).
 */
import type { Token } from './tokens';
import { isCapitalized } from './tokens';
import { MONTHS_EN, MONTHS_ES, SCALES, MEASURE_UNITS } from './lexicon';

/** Words before a number that make it an identifier. */
const ID_WORDS = new Set([
  'law', 'ley', 'decree', 'decreto', 'article', 'artículo', 'articulo', 'section', 'sección', 'chapter', 'capítulo',
  'title', 'título', 'resolution', 'resolución', 'bill', 'route', 'ruta', 'highway', 'flight', 'vuelo', 'room',
  'pabellón', 'module', 'módulo', 'sector', 'building', 'edificio', 'case', 'caso', 'expediente', 'episode',
  'episodio', 'season', 'temporada', 'version', 'versión', 'model', 'modelo', 'page', 'página', 'p', 'pp', 'line',
  'línea', 'item', 'phase', 'fase', 'no', 'nº', 'n°', 'núm', 'number', 'número', 'dnu', 'amendment', 'enmienda',
  'paragraph', 'párrafo', 'inciso', 'figure', 'table', 'cuadro', 'gráfico', 'exhibit', 'annex', 'anexo', 'step',
  'paso', 'level', 'nivel', 'gate', 'puerta', 'platform', 'andén', 'unit', 'unidad', 'lot', 'lote', 'ward',
  'district', 'distrito', 'precinct', 'zone', 'zona', 'barrio', 'calle', 'avenida', 'mara', 'pandilla',
]);
/** Capitalised words that are not names even in the middle of a sentence. */
const CAPITALIZED_FUNCTION = new Set([
  'in', 'on', 'at', 'by', 'of', 'to', 'for', 'from', 'with', 'than', 'over', 'under', 'nearly', 'about', 'some',
  'almost', 'more', 'less', 'just', 'only', 'up', 'after', 'before', 'since', 'until', 'and', 'or', 'the', 'a', 'an',
  'its', 'his', 'her', 'their', 'our', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would',
  'around', 'approximately', 'roughly', 'fewer', 'at', 'en', 'de', 'del', 'el', 'la', 'los', 'las', 'con', 'por',
  'para', 'desde', 'hasta', 'unos', 'unas', 'casi', 'más', 'menos', 'y', 'o', 'sus', 'su', 'que', 'según', 'as',
  'top', 'all', 'estimated', 'exactly', 'another', 'every', 'each', 'last', 'next', 'first', 'these', 'those', 'this',
  'that', 'nearly', 'below', 'above', 'than', 'within', 'among', 'between', 'across', 'per', 'while', 'when', 'where',
  'but', 'if', 'because', 'though', 'although', 'yet', 'so', 'still', 'also', 'even', 'then', 'there', 'here', 'now',
  'today', 'yesterday', 'only', 'some', 'cerca', 'alrededor', 'entre', 'sobre', 'durante', 'tras', 'ante', 'aproximadamente',
  'apenas', 'solo', 'sólo', 'ya', 'hoy', 'ayer', 'ahora', 'otros', 'otras', 'estos', 'estas', 'cada', 'al', 'a',
]);
/** Identifier words that mark an identifier even in lower case ("ley 27.742", "page 12"). */
const LOWER_ID_WORDS = new Set([
  'law', 'ley', 'decree', 'decreto', 'article', 'artículo', 'articulo', 'section', 'sección', 'chapter', 'capítulo',
  'page', 'página', 'p', 'pp', 'version', 'versión', 'no', 'nº', 'n°', 'núm', 'number', 'número', 'dnu', 'inciso',
  'párrafo', 'paragraph', 'table', 'cuadro', 'figure', 'anexo', 'annex', 'fase', 'phase', 'level', 'nivel', 'barrio',
  'calle', 'avenida', 'pabellón', 'módulo', 'expediente', 'resolución', 'resolution',
]);
/** Words after a number or ordinal that make it part of a name ("18th Street"). */
const NAME_TAILS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'calle', 'avenida', 'amendment', 'enmienda']);
const DETERMINERS = new Set([
  'the', 'these', 'those', 'both', 'all', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'whose',
  'los', 'las', 'estos', 'estas', 'esos', 'esas', 'sus', 'ambos', 'ambas', 'nuestros', 'nuestras', 'aquellos',
]);

/** True if tokens[i] (a number) is glued to letters or a code ("MS-13", "G20", "COVID-19", "3D", "v2"). */
export function isCode(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.glued && prev) {
    if (prev.type === 'word') return true;
    if ((prev.text === '-' || prev.text === '–') && tokens[i - 2]?.type === 'word' && prev.glued && !/^(mid|early|late|pre|post)$/.test(tokens[i - 2]!.lower)) return true;
  }
  const next = tokens[i + 1];
  if (next && next.glued && next.type === 'word') {
    const w = next.lower;
    const ok = SCALES[w] || MEASURE_UNITS[w] || /^(st|nd|rd|th|º|ª|er|o|a|s|m|mn|bn|pm|am|h)$/.test(w);
    if (!ok) return true;
  }
  return false;
}

/** Past, imperfect and future endings of Spanish verbs, which names do not end in. */
const SPANISH_VERB_ENDING = /(?:aron|ieron|eron|aban|ían|aría|arán|erán|irán|ará|erá|irá|ó)$/;

/** Verbs that open sentences before a count ("Hubo 12 operativos", "Son 300 los detenidos"). */
const OPENING_VERBS = new Set(['hubo', 'hay', 'había', 'habrá', 'son', 'eran', 'serán', 'fueron', 'suman', 'quedan', 'llegan', 'mueren', 'viven', 'están', 'estaban', 'tiene', 'tienen', 'tenía']);

/** True if tokens[i] (a number) is an identifier by the word before it ("Law 27.742", "No. 5", "#3", "Barrio 18"). */
export function isIdentifier(tokens: readonly Token[], i: number, titleCase: boolean): boolean {
  let p = i - 1;
  if (tokens[p]?.text === '.' && tokens[p]!.glued) p--;
  const prev = tokens[p];
  if (!prev) return false;
  if (prev.text === '#' || prev.text === '№') return true;
  if (prev.type !== 'word') return false;
  const t = tokens[i]!;
  if (ID_WORDS.has(prev.lower) && !(prev.lower === 'no' && tokens[i - 1]?.text !== '.')) {
    // "Law 27.742" or "ley 27.742"; lower-case generic words ("page", "line") need a capital or an integer.
    return isCapitalized(prev) || (LOWER_ID_WORDS.has(prev.lower) && /^\d+(?:[.,]\d{3})*$/.test(t.text));
  }
  if (!isCapitalized(prev) || prev.lower.endsWith("'s") || titleCase) return false;
  if (CAPITALIZED_FUNCTION.has(prev.lower) || MONTHS_EN[prev.lower] !== undefined || MONTHS_ES[prev.lower] !== undefined) return false;
  // A scale after the number makes it an amount: "Huyeron 500 mil personas".
  const after = tokens[i + 1];
  if (after?.type === 'word' && SCALES[after.lower] !== undefined) return false;
  // A sentence opening with a verb is capitalized for the sentence, not for a name:
  // "Murieron 300 personas", "Huyeron 500 familias", "Llegaron 40 buses".
  if (tokens.slice(0, p).every((x) => x.type === 'punct') && (SPANISH_VERB_ENDING.test(prev.lower) || OPENING_VERBS.has(prev.lower))) return false;
  // A proper name followed by a short bare integer: "Barrio 18", "Windows 11", "Apollo 11".
  return /^\d{1,3}$/.test(t.text);
}

/** True if the number at tokens[i] is followed by a name word ("18th Street", "5th Avenue"). */
export function isNameTail(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  return !!t && isCapitalized(t) && NAME_TAILS.has(t.lower.replace(/\.$/, ''));
}

/** Clock times and phone-like runs: "10:30", "3 p.m.", "a las 10.30", "2222-2222". */
export function isTimeOrPhone(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  if (sep && b && sep.glued && b.glued && b.type === 'num') {
    if (sep.text === ':' || sep.text === '/') return i + 3;
    if (sep.text === '-' && t.text.length >= 3 && b.text.length >= 3 && !/^\d{4}$/.test(t.text)) return i + 3;
  }
  const n = tokens[i + 1];
  // "a las 10.30 horas", "la 1.15", "at 10.30 pm": a dotted clock time after its article or "at".
  if (/^\d{1,2}[.,][0-5]\d$/.test(t.text) && Number(t.text.slice(0, -3)) <= 24) {
    const prev = tokens[i - 1]?.lower ?? '';
    if (prev === 'las' || prev === 'la' || (prev === 'at' && /^(?:a|p|am|pm|gmt|utc|local|hrs|h|hours)$/.test(n?.lower ?? ''))) return i + 1;
  }
  if (n && /^(a|p)$/.test(n.lower) && tokens[i + 2]?.text === '.' && /^m$/.test(tokens[i + 3]?.lower ?? '')) return i + 4;
  if (n && /^(am|pm|hrs|h)$/.test(n.lower)) return i + 2;
  return -1;
}

/** A list or heading number at the start of a line: "1.", "2)". */
export function isListNumber(tokens: readonly Token[], i: number, blockStartTok: boolean): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n || !n.glued || (n.text !== '.' && n.text !== ')')) return false;
  if (!/^\d{1,3}$/.test(t.text)) return false;
  return i === 0 ? blockStartTok : t.afterBreak;
}

const TIME_WORD = /^(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes|años?)$/;

/** True if the number is the denominator of a rate on its own ("per 100,000"). */
export function isDenominator(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower;
  // "uno cada 9 horas": every so long, a length of time, not a rate's denominator.
  if (p === 'cada' && TIME_WORD.test(tokens[i + 1]?.lower ?? '')) return false;
  if (p === 'per' || p === 'cada') return true;
  if (p === 'every' && tokens[i - 2]?.lower === 'for') return true;
  return false;
}

/** True if a determiner makes a number word referential ("the two leaders", "los dos países"). */
export function hasDeterminer(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && DETERMINERS.has(p.lower);
}

/** True if the tokens of a sentence read as a title-case headline. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length <= 3) continue;
    words++;
    if (isCapitalized(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.7;
}
