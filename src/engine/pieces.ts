/**
 * Long sentences read and checked in pieces: a "sentence" that is really a table, a list of
 * years or a page without punctuation is cut between figures, so the work per figure stays
 * bounded (see analyzeBlock in analyze.ts, and the partly-checked finding).
 */
import type { RawFigure } from './figures/extract';
import type { ProseBlock } from './model';

/**
 * Most figures and characters one sentence is checked with. Matching reads each figure with the
 * words and figures of its sentence, so a "sentence" that is really a table, a list of years or
 * a page without punctuation would cost time growing with the square of its figures. Past these
 * limits the sentence is checked in pieces cut between figures, and a `partly-checked` finding
 * says so. News sentences stay far below them (the fixtures' busiest has 9 figures).
 */
export const MAX_SENTENCE_FIGURES = 32;
export const MAX_SENTENCE_CHARS = 3000;

/** Sentences longer than this are read in chunks (see analyzeBlock), each then cut like a sentence. */
export const MAX_EXTRACT_CHARS = 20_000;

/** Where a chunk of masked[from, end) ends: between two words near MAX_EXTRACT_CHARS, else at a space, else at the limit. */
export function chunkEnd(masked: string, from: number, end: number): number {
  const limit = from + MAX_EXTRACT_CHARS;
  if (limit >= end) return end;
  const floor = limit - 2000;
  for (let i = limit; i > floor; i--) if (/\s/.test(masked[i]!) && /\p{L}/u.test(masked[i - 1]!) && /\p{L}/u.test(masked[i + 1] ?? '')) return i;
  for (let i = limit; i > floor; i--) if (/\s/.test(masked[i]!)) return i;
  const c = masked.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit; // never between a surrogate pair
}

/** A sentence's pieces: [from, to) of its figures each, and the piece's range. */
export function cutSentence(block: ProseBlock, start: number, end: number, found: readonly RawFigure[]): { start: number; end: number; from: number; to: number; cut: boolean }[] {
  if (found.length <= MAX_SENTENCE_FIGURES && (end - start <= MAX_SENTENCE_CHARS || found.length <= 1)) return [{ start, end, from: 0, to: found.length, cut: false }];
  const pieces: { start: number; end: number; from: number; to: number; cut: boolean }[] = [];
  const masked = block.masked;
  let pieceStart = start;
  let from = 0;
  for (let i = 1; i <= found.length; i++) {
    const f = found[i];
    if (f && i - from < MAX_SENTENCE_FIGURES && f.end - pieceStart <= MAX_SENTENCE_CHARS) continue;
    if (!f) {
      pieces.push({ start: pieceStart, end, from, to: i, cut: true });
      break;
    }
    // Cut at the last space between the previous figure and this one (else right before this one).
    const prevEnd = found[i - 1]!.end;
    let at = f.start;
    while (at > prevEnd && !/\s/.test(masked[at - 1 - block.start]!)) at--;
    if (at === prevEnd) at = f.start;
    let pieceEnd = at;
    while (pieceEnd > pieceStart && /\s/.test(masked[pieceEnd - 1 - block.start]!)) pieceEnd--;
    pieces.push({ start: pieceStart, end: Math.max(pieceEnd, found[i - 1]!.end), from, to: i, cut: true });
    pieceStart = at;
    from = i;
  }
  return pieces;
}
