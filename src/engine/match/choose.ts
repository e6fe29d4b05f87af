/**
 * Which scored candidate a figure takes: one score per series, the best group if it clears the
 * minimum and beats the next by a margin (unless the two are related), never a choice between
 * countries made by typical ranges alone; then, for a series, the member the figure's time names.
 */
import type { Catalog } from '../dataset/catalog';
import type { Quantity } from '../dataset/schema';
import type { Analysis } from '../model';
import type { Candidate } from './score';
import { chooseTime, type TimeEvidence } from './time';
import type { Confidence, Evidence, Match } from './match';

export const STRONG: Confidence = { level: 'strong', doubt: null };

/** Minimum score for a match, and the margin by which it must beat another quantity. */
const MIN_SCORE = 0.6;
const MARGIN = 0.1;

export function matchOne(index: number, scored: Candidate[], catalog: Catalog, analysis: Analysis, text: string, docWeights: ReadonlyMap<string, number>, contextTime?: () => { time: TimeEvidence } | null): Match | null {
  if (scored.length === 0) return null;
  // One score per series (its members share their cues), then the best group.
  const groups = new Map<string, Candidate>();
  for (const s of scored) {
    const g = s.q.series?.id ?? s.q.id;
    const cur = groups.get(g);
    if (!cur || s.score > cur.score) groups.set(g, s);
  }
  const ranked = [...groups.entries()].sort((a, b) => b[1].score - a[1].score);
  const [bestKey, best] = ranked[0]!;
  const runner = ranked[1];
  if (best.score < MIN_SCORE) return null;
  if (runner && best.score - runner[1].score < MARGIN && !related(best.q, runner[1].q)) return null;
  // Only the article's subjects speak for it, and the article names another subject, about as
  // often, that fits the same words ("3.000 nuevas plazas" in an article about Argentina that
  // also covers Honduras): typical ranges alone must not choose between countries.
  const weight = (q: Quantity): number => docWeights.get(q.id) ?? 0;
  if (best.subject.where === 'document' && ranked.slice(1).some(([, c]) => c.subject.where === 'document' && c.subject.cue !== best.subject.cue && c.measure.start === best.measure.start && !related(best.q, c.q) && 2 * weight(c.q) > weight(best.q))) return null;
  const runnerUp = runner ? { quantity: runner[0], score: round(runner[1].score) } : null;
  const evidence: Evidence = { measure: best.measure, subject: best.subject, time: null, score: round(best.score), runnerUp, ...(best.percentSign ? { percentSign: true as const } : {}), ...(best.elided ? { context: { measure: 'series' as const } } : {}) };
  return resolve(index, bestKey, best.q, evidence, catalog, analysis, text, contextTime);
}

/** For a series, picks the member by time (its own words first, then a table header's year); otherwise the quantity itself. */
export function resolve(index: number, key: string, q: Quantity, evidence: Evidence, catalog: Catalog, analysis: Analysis, text: string, contextTime?: () => { time: TimeEvidence } | null): Match | null {
  if (!q.series) return { figure: index, quantity: q.id, known: true, series: null, evidence, confidence: STRONG };
  const members = catalog.series.get(key) ?? [q];
  // The earliest date a source gave the member's value: the latest period a source speaks of is read when no year is written.
  const sourced = (m: Quantity): string | null => {
    let at: string | null = null;
    for (const c of catalog.claimsByQuantity.get(m.id) ?? []) {
      const d = catalog.sources.get(c.source)?.published;
      if (d && (at === null || d < at)) at = d;
    }
    return at;
  };
  let time = chooseTime(index, analysis, text, members, sourced);
  if (contextTime && (!time || time.how === 'latest' || time.how === 'context')) time = contextTime()?.time ?? time;
  evidence.time = time;
  const member = time ? members.find((m) => m.series!.period === time.period) : undefined;
  if (member) return { figure: index, quantity: member.id, known: true, series: key, evidence, confidence: STRONG };
  if (time) return { figure: index, quantity: `${key}.${time.period}`, known: false, series: key, evidence, confidence: STRONG };
  return null;
}

function related(a: Quantity, b: Quantity): boolean {
  return (a.related ?? []).some((r) => r.quantity === b.id && r.relation === 'derived-from');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
