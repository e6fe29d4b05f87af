/**
 * Whether a figure's sentence gives it a period of its own. A quantity whose sources leave the
 * period unsaid (a fall "of nearly 70%") can be judged only against figures that leave it
 * unsaid too.
 */
import type { Analysis } from '../model';

/** Words that give a sentence its own period without a date figure ("last year", "desde entonces"). */
const PERIOD_WORDS = /\b(?:since|last|past|previous|this)\s+(?:year|month|decade|years|months)\b|\bsince\b|\bfrom\s+\d{4}\b|\b(?:el|este|del)\s+(?:año|mes)\s+(?:pasado|anterior)\b|\bdesde\b|\bentre\s+\d{4}\b/i;

/** True if figure `k`'s sentence names a period of its own: a date or year beside it, or words such as "since" or "last year". */
export function namesOwnPeriod(text: string, analysis: Analysis, k: number): boolean {
  const figures = analysis.figures;
  const s = figures[k]!.sentence;
  for (let i = k - 1; i >= 0 && figures[i]!.sentence === s; i--) if (figures[i]!.kind === 'date' || figures[i]!.kind === 'year') return true;
  for (let i = k + 1; i < figures.length && figures[i]!.sentence === s; i++) if (figures[i]!.kind === 'date' || figures[i]!.kind === 'year') return true;
  const sentence = analysis.sentences[s];
  return sentence ? PERIOD_WORDS.test(text.slice(sentence.start, sentence.end)) : false;
}

