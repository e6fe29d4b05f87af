/**
 * Words that never say what a figure measures (function words, hedges, time and number words),
 * shared by the sources builder and cue matching by stem (./stem.ts). Folded (lower case,
 * accents off), as the engine compares words.
 */
import { MONTHS_EN, MONTHS_ES } from '../figures/lexicon';

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
    .map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')),
);

/** True if a folded word says nothing about what a figure measures. */
export function isStop(word: string): boolean {
  return STOP.has(word) || word.length < 3 || /^\d/.test(word);
}

