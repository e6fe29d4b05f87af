/** The words and symbols a figure can begin with: every other token is skipped at once. */
import { CURRENCY_PREFIX, FRACTIONS, HEDGES, MONTH_MODIFIERS, MONTHS_EN, MONTHS_ES, ORDINALS, SCALES, VAGUE } from './lexicon';
import { NUMBER_WORDS } from './numberWords';

const WORDS = [
  ...HEDGES.map((h) => h.words[0]!),
  ...MONTH_MODIFIERS.map((m) => m[0]!),
  ...Object.keys(MONTHS_EN),
  ...Object.keys(MONTHS_EN).filter((m) => m.length > 3 || m === 'may').map((m) => `${m}'s`), // "January's jailbreak"
  ...Object.keys(MONTHS_ES),
  ...Object.keys(ORDINALS),
  ...VAGUE.map((v) => v.words[0]!),
  ...FRACTIONS.map((f) => f.words[0]!),
  ...Object.keys(CURRENCY_PREFIX).map((c) => c.replace(/\$$/, '')),
  ...Object.keys(SCALES),
  'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  'between', 'entre', 'a', 'an', 'un', 'una', 'uno', 'unos', 'unas', 'half', 'medio', 'one', 'the', 'el', 'la',
  ...NUMBER_WORDS,
];

/** Lower-case words that may open a figure (hedges, months, modifiers, number words, vague amounts, fractions, currencies). */
export const STARTERS: ReadonlySet<string> = new Set(WORDS.filter((w) => /\p{L}/u.test(w)));

/** Punctuation that may open a figure (currency symbols). */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** True if a lower-case word may open a figure. */
export function mayStart(lower: string): boolean {
  return STARTERS.has(lower);
}
