/**
 * partly-checked: part of the document was checked with less than the usual context, or not
 * compared with the sources at all, to keep the time a document costs linear and bounded. Never
 * silent: each such place gets an information finding.
 */
import type { Diagnostic } from '../diagnostics';
import type { Analysis } from '../model';
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_FIGURES } from '../analyze';
import { MAX_NESTING } from '../prose/markdown';

export const PARTLY_CHECKED = {
  code: 'partly-checked',
  severity: 'information',
  description: 'Part of the file was checked with less context or not at all: a sentence too long to check whole, lists nested too deep to parse, or a file past its time budget.',
} as const;

/** One finding per sentence checked in pieces, at the first figure of its second piece. */
export function cutSentenceFindings(analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { sentences, figures } = analysis;
  let k = 0;
  for (let s = 0; s < sentences.length; s++) {
    const cut = sentences[s]!.cut;
    if (!cut || sentences[s]!.start === cut.start) continue; // the first piece: nothing cut before it
    if (s > 0 && sentences[s - 1]!.cut?.start === cut.start && sentences[s - 1]!.start !== cut.start) continue; // a later piece of the same sentence
    while (k < figures.length && figures[k]!.sentence < s) k++;
    const f = figures[k];
    const at = f && f.sentence === s ? f : { start: sentences[s]!.start, end: sentences[s]!.start };
    let pieces = 0;
    let n = 0;
    for (let t = s - 1; t < sentences.length && sentences[t]!.cut?.start === cut.start; t++) pieces++;
    for (let i = k; i < figures.length && figures[i]!.start < cut.end; i++) n++;
    out.push({
      start: at.start,
      end: at.end,
      severity: 'information',
      code: PARTLY_CHECKED.code,
      message: `Sentence too long to check whole (${cut.end - cut.start} characters): it was checked in ${pieces} pieces, cut between figures every ${MAX_SENTENCE_FIGURES} figures or ${MAX_SENTENCE_CHARS.toLocaleString('en-US')} characters, so the figures from here on (${n} in this sentence) were read only with the words of their own piece.`,
      related: [{ message: 'The sentence starts here', start: cut.start, end: Math.min(cut.end, cut.start + 1) }],
      fixes: [],
      ...(f && f.sentence === s ? { figure: k } : {}),
    });
  }
  return out;
}

/** One finding per block whose lists or quotes nested too deep to parse (see `guardNesting`). */
export function flattenedFindings(analysis: Analysis): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of analysis.blocks) {
    if (!b.flattened) continue;
    out.push({
      start: b.start,
      end: Math.min(b.end, b.start + 1),
      severity: 'information',
      code: PARTLY_CHECKED.code,
      message: `Lists or quotes nested more than ${MAX_NESTING} levels deep: the markers past that depth were read as text, not as Markdown.`,
      related: [],
      fixes: [],
    });
  }
  return out;
}
