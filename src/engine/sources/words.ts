/**
 * Words as the sources builder compares them: folded, stop words and figure furniture left
 * out, stemmed with Snowball stemmers (@orama/stemmers: Porter2 for English, Snowball for
 * Spanish; 2.1 KB and 9.5 KB, about 1 µs a word, measured in the README) so "homicides" and
 * "homicide", "viviendas" and "vivienda" meet.
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { fold } from '../dataset/catalog';
import type { Language } from '../model';

/** Function words, hedges, time words and number words: never what a figure counts. */
const STOP = new Set(
  (
    // English
    'a an the and or but nor of in on at to for from by with without into onto over under about above below after before since until during ' +
    'than then that this these those there here which who whom whose what when where why how as is are was were be been being has have had do does did ' +
    'will would shall should can could may might must it its it\'s they them their he him his she her we our you your i me my not no yes also only just ' +
    'more most less least fewer some any all each every both either neither other another such same own so very too up down out off again further once ' +
    'nearly almost around approximately roughly estimated estimate some least per cent percent percentage according said says say told reported report reports ' +
    'new first last next previous past year years month months week weeks day days today yesterday now ago time times while among between including ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr us ' +
    'dollars dollar euros euro pesos cents him her them they later earlier ' +
    // Spanish
    'el la los las lo un una unos unas y e o u ni pero sino de del al a en con sin por para sobre bajo tras desde hasta durante entre contra hacia ' +
    'que quien quienes cual cuales cuyo cuya cuando donde como porque pues si no sí ya muy más menos tan tanto tanta tantos tantas cada todo toda todos todas ' +
    'otro otra otros otras mismo misma mismos mismas este esta estos estas ese esa esos esas aquel aquella su sus se le les me te nos lo ha han he hemos había habían ' +
    'es son era eran fue fueron ser sido está están estaba estaban estuvo hay casi cerca alrededor aproximadamente unos unas según dijo dice afirmó informó ' +
    'año años mes meses semana semanas día días hoy ayer ahora hace pasado pasada último última últimos últimas primer primero primera nuevo nueva ' +
    'uno dos tres cuatro cinco seis siete ocho nueve diez cien ciento cientos mil miles millón millones ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles miercoles jueves viernes sábado sabado domingo ' +
    'dólares dolares dólar dolar euros euro pesos ellos ellas estos estas cuales después despues antes luego apenas solo sólo'
  )
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
  return fold(lang === 'es' ? stemEs(word) : stemEn(word));
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
