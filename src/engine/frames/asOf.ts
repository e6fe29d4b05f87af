/**
 * The date a figure is stated as of, written before it in its sentence ("Para diciembre [2023]
 * subió a 74,861", "by June 2024, 80,000"): a value that changes is judged as of then.
 */
import type { Analysis } from '../model';
import { periodEnd } from '../figures/dates';
import { AS_OF_BEFORE, VALUE_KINDS } from './frame';

/**
 * The end of the day, month or year figure k is stated as of, or null. Only a date introduced
 * by as-of words counts, with no other value between it and the figure.
 */
export function statedAsOf(text: string, analysis: Analysis, k: number): string | null {
  const f = analysis.figures[k]!;
  const sentence = analysis.sentences[f.sentence]!;
  for (let j = k - 1; j >= 0; j--) {
    const g = analysis.figures[j]!;
    if (g.sentence !== f.sentence) break;
    if (VALUE_KINDS.has(g.kind)) return null;
    const iso = g.kind === 'date' && typeof g.value === 'string' && /^\d{4}-\d{2}/.test(g.value) ? g.value : g.kind === 'year' && typeof g.value === 'number' ? String(g.value) : null;
    if (iso === null) continue;
    if (!AS_OF_BEFORE.test(text.slice(Math.max(sentence.start, g.start - 30), g.start))) return null;
    return periodEnd(iso);
  }
  return null;
}
