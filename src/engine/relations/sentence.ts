/**
 * What the relation readers see of one sentence: its figures in text order (with their index
 * in the analysis) and the words between them, lower-cased.
 */
import type { Analysis, Figure } from '../model';

/** A figure of the sentence with its index in `Analysis.figures`. */
export interface Placed {
  f: Figure;
  k: number;
}

export interface SentenceView {
  /** The document's text (offsets are the figures'). */
  text: string;
  start: number;
  end: number;
  figures: Placed[];
}

/** The sentences holding at least `min` figures, each with its figures. */
export function sentenceViews(text: string, analysis: Analysis, min = 2): SentenceView[] {
  const out: SentenceView[] = [];
  const { figures, sentences } = analysis;
  let i = 0;
  while (i < figures.length) {
    let j = i;
    while (j < figures.length && figures[j]!.sentence === figures[i]!.sentence) j++;
    const s = sentences[figures[i]!.sentence];
    if (s && j - i >= min) out.push({ text, start: s.start, end: s.end, figures: figures.slice(i, j).map((f, n) => ({ f, k: i + n })) });
    i = j;
  }
  return out;
}

/** Figures that count or measure an amount (not years, dates, percentages, rates, money, durations, ranks or ranges). */
export function isAmount(f: Figure): boolean {
  return (f.kind === 'count' || f.kind === 'number') && typeof f.value === 'number' && !f.vague && f.unit !== 'times';
}

/** True for a plain percentage (not percentage points). */
export function isPercent(f: Figure): boolean {
  return f.kind === 'percent' && f.unit === 'percent' && typeof f.value === 'number' && !f.vague;
}

/** Lower-cased text between two figures of the sentence (empty when they overlap or are out of order). */
export function between(s: SentenceView, a: Placed, b: Placed): string {
  return a.f.end <= b.f.start ? s.text.slice(a.f.end, b.f.start).toLowerCase() : '';
}

/** Lower-cased text of the sentence just before a figure (at most `n` characters). */
export function before(s: SentenceView, a: Placed, n: number): string {
  return s.text.slice(Math.max(s.start, a.f.start - n), a.f.start).toLowerCase();
}

/** Lower-cased text of the sentence just after a figure (at most `n` characters). */
export function after(s: SentenceView, a: Placed, n: number): string {
  return s.text.slice(a.f.end, Math.min(s.end, a.f.end + n)).toLowerCase();
}

/** The figures strictly between two of the sentence's figures. */
export function figuresBetween(s: SentenceView, a: Placed, b: Placed): Placed[] {
  return s.figures.filter((p) => p.f.start >= a.f.end && p.f.end <= b.f.start);
}

/** True for figures that only date the statement ("in 2023", "March 2022"): they may sit inside a relation. */
export function isTime(f: Figure): boolean {
  return f.kind === 'year' || f.kind === 'date' || f.kind === 'duration';
}
