/**
 * A percentage that is a rate per inhabitants written with a % sign, a common slip in the press
 * ("the homicide rate in 2018 was 53.1%", "una tasa de homicidios de 7,8%").
 */
import type { Quantity } from '../dataset/schema';
import type { Figure } from '../model';
import type { Setting } from './score';

/** A level stated right before the figure: "was", "stood at", "of", "fue de", "se ubicó en". */
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:was|is|were|stood\s+at|stands\s+at|of|fue(?:\s+de)?|era(?:\s+de)?|es(?:\s+de)?|de|se\s+ubic[óo]\s+en|se\s+situ[óo]\s+en|qued[óo]\s+en)\s+(?:(?:about|around|some|nearly|almost|cerca\s+de|casi|alrededor\s+de|unos?|una)\s+)?$/iu;
/** A change, not a level: "fell 53%", "una reducción de 53%". */
const CHANGE = /(?:^|[^\p{L}])(?:fell|fall(?:en|s|ing)?|dropp?(?:ed|s|ing)?|rose|rise[sn]?|rising|increas\w*|decreas\w*|declin\w*|cut|down|up|reduc\w*|lower|higher|grew|growth|change[sd]?|bajó|bajo|cayó|cayo|caída|subió|subio|aument\w*|disminu\w*|descen\w*|baja|alza|increment\w*|creci\w*|vari\w*|cambi\w*)(?![\p{L}])/iu;
/** A share of something after the figure: "53% of the 2015 level", "53% más". */
const SHARE_AFTER = /^\s*(?:of|de|del|higher|lower|more|less|above|below|más|menos|por\s+encima|por\s+debajo)(?![\p{L}])/iu;

/**
 * Whether the percentage is such a rate: the figure is stated as the level of
 * a rate quantity (a level word right before it, no change word before it in its clause, no share
 * after it) and its value is in the quantity's typical range.
 */
export function percentWrittenForRate(f: Figure, q: Quantity, setting: Setting): boolean {
  if (q.kind !== 'rate' || f.kind !== 'percent' || typeof f.value !== 'number' || !q.typical) return false;
  if (f.value < q.typical.min || f.value > q.typical.max) return false;
  const text = setting.text;
  const before = text.slice(setting.clause.start, f.start);
  return LEVEL_BEFORE.test(before.slice(-30)) && !CHANGE.test(before) && !SHARE_AFTER.test(text.slice(f.end, f.end + 24));
}
