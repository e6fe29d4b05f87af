/**
 * Words as the sources builder compares them: folded, stop words and figure furniture left
 * out, stemmed (English: Porter2 from @orama/stemmers, 2.1 KB, about 3 µs a word; Spanish: a
 * light stemmer below; measured in the README) so "homicides" and "homicide", "viviendas" and
 * "vivienda" meet.
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { fold } from '../dataset/catalog';
import { MONTHS_EN, MONTHS_ES } from '../figures/lexicon';
import type { Language } from '../model';

/** Function words, hedges, time words and number words: never what a figure counts. */
const STOP = new Set(
  // Words under three letters are never cues (isStop), so they are not listed.
  [
    'the and but nor for from with without into onto over under about above below after before since until during than then that this these those there ',
    "here which who whom whose what when where why how are was were been being has have had does did will would shall should can could might must its it's ",
    'they them their him his she her our you your not yes also only just more most less least fewer some any all each every both either neither other ',
    'another such same own very too down out off again further once nearly almost around approximately roughly estimated estimate per cent percent ',
    'percentage according said says say told reported report reports new first last next previous past year years month months week weeks day days today ',
    'yesterday now ago time times while among between including one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty ',
    'hundred hundreds thousand thousands million millions billion billions dozen dozens monday tuesday wednesday thursday friday saturday sunday mrs ',
    'dollars dollar euros euro pesos cents later earlier los las una unos unas pero sino del con sin por para sobre bajo tras desde hasta durante entre ',
    'contra hacia que quien quienes cual cuales cuyo cuya cuando donde como porque pues muy más menos tan tanto tanta tantos tantas cada todo toda todos ',
    'todas otro otra otros otras mismo misma mismos mismas este esta estos estas ese esa esos esas aquel aquella sus les nos han hemos había habían son era ',
    'eran fue fueron ser sido está están estaba estaban estuvo hay casi cerca alrededor aproximadamente según dijo dice afirmó informó año años mes meses ',
    'semana semanas día días hoy ayer ahora hace pasado pasada último última últimos últimas primer primero primera nuevo nueva uno dos tres cuatro cinco ',
    'seis siete ocho nueve diez cien ciento cientos mil miles millón millones lunes martes miercoles jueves viernes sabado domingo ',
    'dolares dolar ellos ellas despues antes luego apenas solo',
    ...Object.keys(MONTHS_EN),
    ...Object.keys(MONTHS_ES),
  ]
    .join(' ')
    .split(/\s+/)
    .map(fold),
);

/** Nouns that count people or things in general: what they count is told by the next word ("97 people died"). */
const GENERIC = new Set(
  (
    'people persons person residents individuals cases units total number figure level rate share personas persona gente casos unidades total número cifra nivel tasa ' +
    'seconds minutes hours segundos minutos horas inhabitants habitantes population poblacion población'
  )
    .split(' ')
    .map(fold),
);

/** True if a folded word says nothing about what a figure measures. */
export function isStop(word: string): boolean {
  return STOP.has(word) || word.length < 3 || /^\d/.test(word);
}

/** True if a folded word is a general counting noun ("people", "personas"). */
export function isGeneric(word: string): boolean {
  return GENERIC.has(word);
}

/** The stem of a folded word in a language. */
export function stem(word: string, lang: Language): string {
  return lang === 'es' ? stemEs(fold(word)) : fold(stemEn(word));
}

/**
 * A light Spanish stemmer (plural, gender and the commonest derivational and past endings, in
 * the manner of Savoy's light stemmer): what counted nouns need ("viviendas"/"vivienda",
 * "fallecidos"/"fallecido", "indemnizaciones"/"indemnización"). The Snowball one of
 * @orama/stemmers was measured at 9.5 KB, more than the extension's bundle budget had left.
 */
function stemEs(w: string): string {
  if (w.length < 5) return w;
  for (const end of ['aciones', 'iciones', 'amientos', 'imientos', 'amiento', 'imiento', 'mente', 'ciones', 'acion', 'icion', 'cion', 'ieron', 'aron', 'ando', 'iendo', 'ados', 'idos', 'adas', 'idas', 'ado', 'ido', 'ada', 'ida', 'ces', 'es', 'os', 'as', 'a', 'o', 'e', 's']) {
    if (w.endsWith(end) && w.length - end.length >= 4) return end === 'ces' ? w.slice(0, -3) + 'z' : w.slice(0, -end.length);
  }
  return w;
}

/** Words with their offsets, folded (one character for one, so offsets hold). */
export function wordsOf(text: string, offset: number): { w: string; start: number; end: number }[] {
  const folded = fold(text);
  const out: { w: string; start: number; end: number }[] = [];
  for (const m of folded.matchAll(/[\p{L}][\p{L}'’]*/gu)) out.push({ w: m[0].replace(/['’]s$/, ''), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** A cue that finds the word's family: the stem as a prefix when it is long enough, else the word itself. */
export function cueOf(word: string, stemmed: string): string {
  return stemmed.length >= 4 && word.startsWith(stemmed) ? `${stemmed}*` : word;
}
