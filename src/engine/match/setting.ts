/**
 * A figure's setting for scoring: its clause (between clause marks, not commas inside numbers),
 * a phrase fronting it, the nouns other figures of its sentence own, later figures of its kind,
 * and, for a date, the narrowed clauses of the sentence's other dates.
 */
import type { Analysis, Figure } from '../model';
import { sentenceNeighbours } from '../claims/claims';
import { clauseOf } from '../frames/frame';
import type { Setting } from './score';

/** The figure's clause (between clause marks, not commas inside numbers) and the nouns other figures own. */
export function settingOf(text: string, analysis: Analysis, k: number, recent: ReadonlySet<string>): Setting {
  const f = analysis.figures[k]!;
  const s = analysis.sentences[f.sentence]!;
  const { start, end } = clauseOf(text, f, s);
  // For a date, the sentence's other dates, each with its clause: an event word in one of their
  // clauses, outside this date's, names their event ("sworn in on June 1, and will visit
  // Argentina at the end of September"). Numbers are left alone: one measure word often governs
  // a list of them ("the rate …, 5.5 in the US, and Canada's 2.25").
  const rivals: { start: number; end: number }[] = [];
  let tight: { start: number; end: number } | undefined;
  if (isDateLike(f)) {
    const others = sentenceNeighbours(analysis.figures, k).filter(isDateLike);
    if (others.length > 0) {
      tight = narrowedClause(text, analysis, f, s);
      for (const g of others) rivals.push(narrowedClause(text, analysis, g, s));
    }
  }
  const owned: { start: number; end: number }[] = [];
  for (let j = k - 3; j <= k + 3; j++) {
    const g = analysis.figures[j];
    if (!g || j === k || g.sentence !== f.sentence || (g.kind !== 'count' && g.kind !== 'number' && g.kind !== 'money')) continue;
    const noun = /^[\s\u00A0]*(?:[-–][\p{L}]+|[\p{L}]+)/u.exec(text.slice(g.end, g.end + 30));
    if (noun) owned.push({ start: g.end, end: g.end + noun[0].length });
  }
  // Later figures of the same kind in the sentence ("the second country and the first in Latin America").
  const later: { start: number; end: number }[] = [];
  for (let j = k + 1; j < analysis.figures.length && analysis.figures[j]!.sentence === f.sentence; j++) {
    const g = analysis.figures[j]!;
    if (g.kind === f.kind) later.push({ start: g.start, end: g.end });
  }
  const lead = text.slice(s.start, start);
  const fronted = start > s.start && start - s.start <= 40 && /,\s*$/.test(lead) ? { start: s.start, end: start } : undefined;
  return { clause: { start, end }, owned, later, recent, rivals, tight, text, ...(fronted ? { fronted } : {}) };
}

/**
 * A date's narrowed clause, computed once per analysis (keyed by the figure's start): each date of
 * a sentence is every other date's rival, so recomputing it per pair would cost the square of the
 * sentence's dates times its length.
 */
const NARROWED = new WeakMap<Analysis, Map<number, { start: number; end: number }>>();
function narrowedClause(text: string, analysis: Analysis, f: Figure, s: { start: number; end: number }): { start: number; end: number } {
  let memo = NARROWED.get(analysis);
  if (!memo) NARROWED.set(analysis, (memo = new Map()));
  let r = memo.get(f.start);
  if (!r) memo.set(f.start, (r = narrowed(text, clauseOf(text, f, s), f)));
  return r;
}

/** Coordinated clauses ("… on June 1 and will visit … in September"), split at the conjunction nearest the figure. */
const CONJUNCTION = /\s(?:and|but|while|y|e|pero|mientras)\s/gi;
function narrowed(text: string, clause: { start: number; end: number }, f: Figure): { start: number; end: number } {
  let start = clause.start;
  let end = clause.end;
  const before = text.slice(clause.start, f.start);
  for (const m of before.matchAll(CONJUNCTION)) start = clause.start + m.index + m[0].length;
  const after = new RegExp(CONJUNCTION.source, 'i').exec(text.slice(f.end, clause.end));
  if (after) end = f.end + after.index;
  return { start, end };
}

function isDateLike(f: Figure): boolean {
  return f.kind === 'date' || f.kind === 'year';
}
