/**
 * Which quantity a figure speaks of. Evidence comes from the figure's sentence (what is
 * measured, near the figure), the same sentence, the one before or the article's subject
 * (what it is about), the figure's kind and unit, and time words that pick a dated value.
 * Precision first: weak evidence or a tie leaves the figure unmatched; every match carries
 * its evidence for the hover.
 */
import type { Catalog } from '../dataset/catalog';
import type { Quantity } from '../dataset/schema';
import type { Analysis, Figure } from '../model';
import { findCues, type CueHit } from './cues';
import { chooseTime, type TimeEvidence } from './time';

export interface CueEvidence {
  cue: string;
  start: number;
  end: number;
}

export interface Evidence {
  measure: CueEvidence;
  subject: CueEvidence & { where: 'sentence' | 'previous' | 'document' };
  time: TimeEvidence | null;
  score: number;
  /** The next best quantity and its score, to show how clear the choice was. */
  runnerUp: { quantity: string; score: number } | null;
}

export interface Match {
  figure: number;
  /** The quantity id; for a series period the dataset lacks, a synthesized `series.period` id. */
  quantity: string;
  /** False when the quantity id was synthesized (a period no source covers). */
  known: boolean;
  series: string | null;
  evidence: Evidence;
}

/** Minimum score for a match, and the margin by which it must beat another quantity. */
const MIN_SCORE = 0.6;
const MARGIN = 0.1;
/** The subject counts for less than what is measured: the measure word sits next to its figure. */
const SUBJECT_WEIGHT = 0.6;
/** Subject evidence from the sentence before, and from the article as a whole. */
const PREVIOUS_SUBJECT = 0.5;
const DOCUMENT_SUBJECT = 0.15;
const MEASURE_SCALE = 20;
/** Cues after the figure count as this many times farther: the subject usually comes first. */
const AFTER = 2.5;
const SUBJECT_SCALE = 80;

const MEASURE_UNITS = new Set(['hectares', 'acres', 'km', 'miles', 'm', 'kg', 'tonnes', 'times']);
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/** True when a figure of this kind and unit can be a value of the quantity. */
export function compatible(f: Figure, q: Quantity): boolean {
  const unit = f.unit ?? '';
  switch (q.kind) {
    case 'count':
      if (f.kind === 'range') return !/^(percent|pp|year|per_)/.test(unit);
      if (f.kind !== 'count' && f.kind !== 'number') return false;
      if (MEASURE_UNITS.has(q.unit) || MEASURE_UNITS.has(unit)) return unit === q.unit;
      return true;
    case 'percent':
      return f.kind === 'percent' || (f.kind === 'range' && (unit === 'percent' || unit === 'pp'));
    case 'rate':
      return f.kind === 'rate' || (f.kind === 'number' && f.unit === null) || (f.kind === 'range' && unit.startsWith('per_'));
    case 'money':
      return f.kind === 'money';
    case 'duration':
      return f.kind === 'duration' && TIME_UNITS.has(unit) && unit === q.unit;
    case 'date':
    case 'year':
      return f.kind === 'date' || f.kind === 'year';
    case 'ordinal':
      return f.kind === 'ordinal' && unit === q.unit;
  }
}

interface SentenceCues {
  hits: CueHit[];
}

/** Matches every figure of an analysis; null where the evidence is weak or ambiguous. */
export function matchFigures(text: string, analysis: Analysis, catalog: Catalog): (Match | null)[] {
  const { figures, sentences, blocks } = analysis;
  const cache = new Map<number, SentenceCues>();
  const cuesOf = (s: number): SentenceCues => {
    let c = cache.get(s);
    if (!c) {
      const sentence = sentences[s]!;
      const block = blocks[sentence.block]!;
      const slice = block.masked.slice(sentence.start - block.start, sentence.end - block.start);
      c = { hits: findCues(slice, sentence.start, catalog) };
      cache.set(s, c);
    }
    return c;
  };
  const docSubjects = documentSubjects(analysis, catalog, cuesOf);
  const out: (Match | null)[] = [];
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const here = cuesOf(f.sentence).hits;
    const prev = f.sentence > 0 && sentences[f.sentence - 1]!.block >= sentences[f.sentence]!.block - 1 ? cuesOf(f.sentence - 1).hits : [];
    out.push(matchOne(k, f, here, prev, docSubjects, catalog, analysis, text));
  }
  return out;
}

/** A scored candidate quantity for a figure. */
export interface Candidate {
  q: Quantity;
  score: number;
  measure: CueEvidence;
  subject: Evidence['subject'];
}

/** Units that say by themselves what is measured (a figure in hectares is an area). */
const TELLING_UNITS = /^(per_|hectares$|acres$|times$|km$)/;

/** Scores every quantity whose measure cue is in the figure's sentence. */
export function candidatesFor(f: Figure, here: readonly CueHit[], prev: readonly CueHit[], docSubjects: ReadonlyMap<string, CueEvidence>, catalog: Catalog): Candidate[] {
  const ids = new Set<string>();
  for (const h of here) for (const r of h.entry.refs) if (r.role === 'measure') ids.add(r.quantity);
  const out: Candidate[] = [];
  for (const id of ids) {
    const q = catalog.dataset.quantities.get(id);
    if (!q || !compatible(f, q)) continue;
    const measure = nearest(f, here, id, 'measure');
    if (!measure) continue;
    const exclude = nearest(f, here, id, 'exclude');
    if (exclude && (exclude.distance < measure.distance || covers(exclude.cue, measure.cue))) continue;
    if (needsRequired(catalog, id) && !nearest(f, here, id, 'require')) continue;
    let measureScore = 1 / (1 + measure.distance / MEASURE_SCALE);
    if (f.unit && f.unit === q.unit && TELLING_UNITS.test(q.unit)) measureScore = Math.max(measureScore, 0.8);
    let subject: Evidence['subject'] | null = null;
    let subjectScore = 0;
    const s1 = nearestSubject(f, measure.cue, here, id);
    if (s1) {
      subject = { ...s1.cue, where: 'sentence' };
      subjectScore = 1 / (1 + s1.distance / SUBJECT_SCALE) + (s1.nextToMeasure ? 0.15 : 0);
    }
    const s2 = nearest(f, prev, id, 'subject');
    if (s2 && subjectScore < PREVIOUS_SUBJECT) {
      subject = { ...s2.cue, where: 'previous' };
      subjectScore = PREVIOUS_SUBJECT;
    }
    const d = docSubjects.get(id);
    if (d && subjectScore < DOCUMENT_SUBJECT) {
      subject = { ...d, where: 'document' };
      subjectScore = DOCUMENT_SUBJECT;
    }
    if (!subject) continue;
    let score = measureScore + SUBJECT_WEIGHT * subjectScore + plausibility(f, q);
    if (measure.distance === 0 && measure.cue.end - measure.cue.start > 3) score += 0.05;
    out.push({ q, score, measure: measure.cue, subject });
  }
  return out.sort((a, b) => b.score - a.score);
}

function matchOne(
  index: number,
  f: Figure,
  here: readonly CueHit[],
  prev: readonly CueHit[],
  docSubjects: Map<string, CueEvidence>,
  catalog: Catalog,
  analysis: Analysis,
  text: string,
): Match | null {
  const scored = candidatesFor(f, here, prev, docSubjects, catalog);
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
  const runnerUp = runner ? { quantity: runner[0], score: round(runner[1].score) } : null;
  const evidence: Evidence = { measure: best.measure, subject: best.subject, time: null, score: round(best.score), runnerUp };
  if (!best.q.series) return { figure: index, quantity: best.q.id, known: true, series: null, evidence };
  const members = catalog.series.get(bestKey) ?? [best.q];
  const time = chooseTime(index, analysis, text, members);
  evidence.time = time;
  const member = time ? members.find((m) => m.series!.period === time.period) : undefined;
  if (member) return { figure: index, quantity: member.id, known: true, series: bestKey, evidence };
  if (time) return { figure: index, quantity: `${bestKey}.${time.period}`, known: false, series: bestKey, evidence };
  return null;
}

function related(a: Quantity, b: Quantity): boolean {
  return (a.related ?? []).some((r) => r.quantity === b.id && r.relation === 'derived-from');
}

/** A small nudge from the quantity's typical range; never enough to reject a strong match. */
function plausibility(f: Figure, q: Quantity): number {
  if (!q.typical || typeof f.value !== 'number') return 0;
  const v = f.value;
  if (v >= q.typical.min && v <= q.typical.max) return 0.1;
  if (v < q.typical.min / 5 || v > q.typical.max * 5) return -0.3;
  return -0.05;
}

/** The nearest cue of a role for a quantity, by distance in characters from the figure. */
function nearest(f: Figure, hits: readonly CueHit[], quantity: string, role: 'subject' | 'measure' | 'require' | 'exclude'): { cue: CueEvidence; distance: number } | null {
  let best: { cue: CueEvidence; distance: number } | null = null;
  const after = role === 'subject' ? AFTER : 1;
  for (const h of hits) {
    if (!h.entry.refs.some((r) => r.quantity === quantity && r.role === role)) continue;
    const d = h.end <= f.start ? f.start - h.end : h.start >= f.end ? (h.start - f.end) * after : 0;
    if (!best || d < best.distance) best = { cue: { cue: h.entry.text, start: h.start, end: h.end }, distance: d };
  }
  return best;
}

/** True if a cue's span covers another, longer ("designed to hold" over "hold"). */
function covers(a: CueEvidence, b: CueEvidence): boolean {
  return a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
}

/** The subject cue nearest to the figure or to its measure cue ("when Bukele was sworn in"). */
function nearestSubject(f: Figure, measure: CueEvidence, hits: readonly CueHit[], quantity: string): { cue: CueEvidence; distance: number; nextToMeasure: boolean } | null {
  let best: { cue: CueEvidence; distance: number; nextToMeasure: boolean } | null = null;
  for (const h of hits) {
    if (!h.entry.refs.some((r) => r.quantity === quantity && r.role === 'subject')) continue;
    const d = h.end <= f.start ? f.start - h.end : h.start >= f.end ? (h.start - f.end) * AFTER : 0;
    const toMeasure = h.end <= measure.start ? measure.start - h.end : h.start >= measure.end ? h.start - measure.end : 0;
    if (!best || d < best.distance) best = { cue: { cue: h.entry.text, start: h.start, end: h.end }, distance: d, nextToMeasure: toMeasure <= 15 };
  }
  return best;
}

const REQUIRES = new WeakMap<Catalog, Set<string>>();

/** Quantities with `require` cues. */
function needsRequired(catalog: Catalog, id: string): boolean {
  let set = REQUIRES.get(catalog);
  if (!set) {
    set = new Set([...catalog.dataset.quantities.values()].filter((q) => q.cues.require).map((q) => q.id));
    REQUIRES.set(catalog, set);
  }
  return set.has(id);
}

/** Quantities whose subject the article names in headings, its opening paragraphs, or twice elsewhere. */
function documentSubjects(analysis: Analysis, catalog: Catalog, cuesOf: (s: number) => SentenceCues): Map<string, CueEvidence> {
  const counts = new Map<string, { n: number; cue: CueEvidence; strong: boolean; last: number }>();
  const opening = new Set<number>();
  let paragraphs = 0;
  for (let b = 0; b < analysis.blocks.length && paragraphs < 3; b++) {
    opening.add(b);
    if (analysis.blocks[b]!.type === 'paragraph') paragraphs++;
  }
  const figureSentences = new Set(analysis.figures.map((f) => f.sentence));
  analysis.sentences.forEach((s, k) => {
    const strong = analysis.blocks[s.block]!.type === 'heading' || opening.has(s.block);
    if (!strong && !figureSentences.has(k)) return;
    for (const h of cuesOf(k).hits) {
      for (const r of h.entry.refs) {
        if (r.role !== 'subject') continue;
        const c = counts.get(r.quantity);
        if (c) {
          if (c.last !== k) c.n++; // sentences, not hits
          c.last = k;
          c.strong ||= strong;
        } else counts.set(r.quantity, { n: 1, cue: { cue: h.entry.text, start: h.start, end: h.end }, strong, last: k });
      }
    }
  });
  void catalog;
  const out = new Map<string, CueEvidence>();
  for (const [q, c] of counts) if (c.strong || c.n >= 2) out.set(q, c.cue);
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
