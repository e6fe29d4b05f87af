/**
 * Cue words around a figure that change how it reads: an age cue ("aged 12", "as young as
 * thirteen"), a verb of change before "hasta"/"up to" ("cayó hasta 17,5": the value reached), and a
 * page's own timestamp standing alone ("Hace 3 horas"), which is no figure at all.
 */
import type { Quantity } from './quantity';
import type { Token } from './tokens';

/**
 * A page's own timestamp standing alone: "Hace 3 horas", "Actualizado hace 25 minutos", "5 hours
 * ago", "Updated 2 days ago". Not a figure of the story (a 3-hour window is not "3 hours").
 */
export function isRelativeStamp(tokens: readonly Token[]): boolean {
  const words = tokens.filter((x) => x.text !== '.' && x.text !== '|' && x.text !== '·' && x.text !== '•');
  if (words.length < 3 || words.length > 5) return false;
  let k = /^(?:updated|posted|published|actualizado|actualizada|publicado|publicada|editado)$/.test(words[0]!.lower) ? 1 : 0;
  const hace = words[k]?.lower === 'hace';
  if (hace) k++;
  if (words[k]?.type !== 'num' && !/^(?:an?|un|una)$/.test(words[k]?.lower ?? '')) return false;
  if (!/^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|segundos?|minutos?|horas?|d[ií]as?|semanas?)$/.test(words[k + 1]?.lower ?? '')) return false;
  return hace ? words.length === k + 2 : words[k + 2]?.lower === 'ago' && words.length === k + 3;
}

/**
 * Verbs of change, as written in a report of what happened, after which "hasta"/"up to" gives
 * the value reached: "cayó hasta", "bajaron hasta", "rose up to". Infinitives are left out: "puede
 * llegar hasta 20 años" is a bound.
 */
const CHANGE_STEMS_ES = /^(?:ca|pas|baj|descend|desciend|disminu|reduj|reduc|aument|sub|crec|escal|repunt|retroced|desplom|increment|dispar|trep|lleg|alcanz|ascend|asciend)(?:ó|ió|yó|aron|ieron|eron|yeron|e|en|ye|yen|a|an|ía|ían|aba|aban|ido|ído|ado|o)$/;
const CHANGE_EN = /^(?:rose|fell|dropped|climbed|jumped|increased|decreased|declined|surged|soared|went|grew)$/;

/** True if the token is a verb of change as a report writes it ("cayó", "bajaron", "rose"). */
export function isChangeVerb(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (CHANGE_STEMS_ES.test(t.lower) || CHANGE_EN.test(t.lower));
}

/** Age cues before a number: "aged 12", "ages 12 to 17", "at age 13", "as young as thirteen", "as old as 70". */
export function ageBefore(tokens: readonly Token[], at: number): boolean {
  const p1 = tokens[at - 1]?.lower ?? '';
  if (/^(?:aged|ages|age)$/.test(p1)) return true;
  if (p1 === 'of' && /^(?:ages|age)$/.test(tokens[at - 2]?.lower ?? '')) return true; // "between the ages of 12 and 17"
  return p1 === 'as' && /^(?:young|old)$/.test(tokens[at - 2]?.lower ?? '') && tokens[at - 3]?.lower === 'as';
}

/** Makes a bare number an age in years. */
export function asAge(q: Quantity): void {
  q.kind = 'duration';
  q.unit = 'years';
}
