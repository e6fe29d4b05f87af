/**
 * Whether a figure's sentence gives it a period of its own. A quantity whose sources leave the
 * period unsaid (a fall "of nearly 70%") can be judged only against figures that leave it
 * unsaid too.
 */
import { sentenceNeighbours } from '../claims/claims';
import type { Analysis, Figure } from '../model';

/** The years written in figure k's sentence, as years or in dates ("from 2018 to 2023"). */
export function sentenceYears(figures: readonly Figure[], k: number): string[] {
  const out: string[] = [];
  for (const f of sentenceNeighbours(figures, k)) {
    if (f.kind === 'year' && typeof f.value === 'number') out.push(String(f.value));
    else if (f.kind === 'date' && typeof f.value === 'string' && !f.yearInferred && /^\d{4}/.test(f.value)) out.push(f.value.slice(0, 4));
  }
  return out;
}

/** Words that give a sentence its own period without a date figure ("last year", "desde entonces"). */
const PERIOD_WORDS = /\b(?:since|last|past|previous|this)\s+(?:year|month|decade|years|months)\b|\bsince\b|\bfrom\s+\d{4}\b|\b(?:el|este|del)\s+(?:año|mes)\s+(?:pasado|anterior)\b|\bdesde\b|\bentre\s+\d{4}\b/i;

/** True if figure `k`'s sentence names a period of its own: a date or year beside it, or words such as "since" or "last year". */
export function namesOwnPeriod(text: string, analysis: Analysis, k: number): boolean {
  if (sentenceNeighbours(analysis.figures, k).some((f) => f.kind === 'date' || f.kind === 'year')) return true;
  const sentence = analysis.sentences[analysis.figures[k]!.sentence];
  return sentence ? PERIOD_WORDS.test(text.slice(sentence.start, sentence.end)) : false;
}

