/**
 * Words as the sources builder compares them: folded, stop words and figure furniture left
 * out, stemmed (English: Porter2 from @orama/stemmers, 2.1 KB, about 3 µs a word; Spanish: a
 * light stemmer below; measured in the README) so "homicides" and "homicide", "viviendas" and
 * "vivienda" meet.
 */
import { stemmer as stemEn } from '@orama/stemmers/english';
import { fold } from '../dataset/catalog';
import type { Language } from '../model';
import { isStop } from '../words/stop';

export { isStop };

/** Nouns that count people or things in general: what they count is told by the next word ("97 people died"). */
const GENERIC = new Set(
  (
    'people persons person residents individuals cases units total number figure level rate share personas persona gente casos unidades total número cifra nivel tasa ' +
    'seconds minutes hours segundos minutos horas inhabitants habitantes population poblacion población'
  )
    .split(' ')
    .map(fold),
);

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
