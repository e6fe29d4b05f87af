/**
 * Scoring the quantities a figure may speak of. What is measured must be named in the
 * figure's sentence, and counts most when it is near the figure and in the same clause;
 * what the figure is about may be named in the sentence, the one before, or the article.
 */
import type { Catalog, CueRole } from '../dataset/catalog';
import type { Quantity } from '../dataset/schema';
import type { Figure } from '../model';
import type { CueHit } from './cues';
import { percentWrittenForRate } from './percentSign';

export interface CueEvidence {
  cue: string;
  start: number;
  end: number;
  /** Set when the article writes another form of the cue's words ("held" for the cue "hold"). */
  via?: 'stem';
}

export interface SubjectEvidence extends CueEvidence {
  where: 'sentence' | 'previous' | 'document';
}

/** A scored candidate quantity for a figure. */
export interface Candidate {
  q: Quantity;
  score: number;
  measure: CueEvidence;
  subject: SubjectEvidence;
  /** A rate per inhabitants written with a % sign ("the homicide rate in 2018 was 53.1%"). */
  percentSign?: true;
  /** The measure was written by the figure before it in its series (see Setting.elided). */
  elided?: true;
}


/** Where the figure stands: its clause, and the spans of words other figures count. */
export interface Setting {
  clause: { start: number; end: number };
  /** Nouns right after other figures ("6.000 denuncias"): they name what those figures count. */
  owned: readonly { start: number; end: number }[];
  /** Later figures of the figure's kind in its sentence: a place named after one of them is its own ("second …, and first in Latin America"). */
  later?: readonly { start: number; end: number }[];
  /** Quantities and series matched in this sentence or the one before ("The rate kept falling, to 19.7"). */
  recent: ReadonlySet<string>;
  /** A short phrase fronting the figure's clause ("In Guatemala, …"), when there is one. */
  fronted?: { start: number; end: number };
  /** The document's text (positions in hits and clauses are offsets into it). */
  text: string;
  /** For a date beside other dates: its clause and theirs, split at commas and at conjunctions ("and", "y"). */
  rivals?: readonly { start: number; end: number }[];
  tight?: { start: number; end: number };
  /** Cue hits read from context one step away (a table header, the question, the sentence an anaphor points to): as near as the clause's own words, a fixed distance away. */
  borrowed?: ReadonlySet<CueHit>;
  /**
   * The figure before this one in a series whose noun this one leaves out ("74,861 capturas … y para
   * septiembre ya eran más de 81,000"), and the quantity it was matched to: that quantity's measure
   * words count for this figure as near as they are to that one (see match/ellipsis.ts).
   */
  elided?: { start: number; end: number; quantities: ReadonlySet<string> };
}

/** How far a word read from context one step away counts, in characters. */
const BORROWED_GAP = 10;

const MEASURE_SCALE = 20;
/** How far from the figure before it a series' measure word may be to count for a figure that leaves its noun out. */
const ELIDED_REACH = 40;
const SUBJECT_SCALE = 80;
/** Subject cues after the figure count as this many times farther: the subject usually comes first. */
const AFTER = 2.5;
/** Crossing a clause boundary costs this many characters. */
const CLAUSE_COST = 15;
/** The subject counts for less than what is measured: the measure word sits next to its figure. */
const SUBJECT_WEIGHT = 0.6;
/** Subject evidence from the sentence before, and from the article as a whole. */
const PREVIOUS_SUBJECT = 0.5;
const DOCUMENT_SUBJECT = 0.15;
/** The quantity's distinguishing words (its `require` cues) in the figure's own clause. */
const REQUIRED_IN_CLAUSE = 0.15;
/** A subject written right by the measure word ("la investidura de Bukele"). */
const NEXT_TO_MEASURE = 0.25;

const MEASURE_UNITS = new Set(['hectares', 'acres', 'km', 'miles', 'm', 'kg', 'tonnes', 'times']);
const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);
/** Units that say by themselves what is measured (a figure in hectares is an area). */
const TELLING_UNITS = /^(per_|hectares$|acres$|times$|km$)/;

/** Nouns a figure may count that are another name for a unit: "26 ocasiones" is 26 times. */
const SAME_UNIT: Record<string, string> = {
  ocasiones: 'times',
  occasions: 'times',
  veces: 'times',
  prórrogas: 'times',
  prorrogas: 'times',
  extensions: 'times',
  renewals: 'times',
  extensiones: 'times',
  renovaciones: 'times',
};

/** True when a figure of this kind and unit can be a value of the quantity. */
export function compatible(f: Figure, q: Quantity): boolean {
  const unit = SAME_UNIT[f.unit ?? ''] ?? f.unit ?? '';
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

/** Scores every quantity whose measure cue is in the figure's sentence, best first. */
export function candidatesFor(
  f: Figure,
  here: readonly CueHit[],
  prev: readonly CueHit[],
  docSubjects: ReadonlyMap<string, CueEvidence>,
  catalog: Catalog,
  setting: Setting,
  docAnchors: ReadonlySet<string> = new Set(),
): Candidate[] {
  const out: Candidate[] = [];
  for (const id of candidateIds(here, prev, docSubjects, catalog, setting)) {
    const q = catalog.dataset.quantities.get(id);
    if (!q) continue;
    const percentSign = !compatible(f, q) && percentWrittenForRate(f, q, setting);
    if (!percentSign && !compatible(f, q)) continue;
    // The place the quantity belongs to must be named: here, just before, or in the article.
    if (q.cues.anchor && !docAnchors.has(id) && !here.some((h) => refers(h, id, 'anchor')) && !prev.some((h) => refers(h, id, 'anchor'))) continue;
    // A word inside a longer name of another place is not the quantity's ("America" in "Latin America").
    const inForeign = (h: CueHit): boolean => here.some((x) => x !== h && x.start <= h.start && x.end >= h.end && x.end - x.start > h.end - h.start && refers(x, id, 'foreign'));
    const measure = nearest(f, q.cues.foreign ? here.filter((h) => !(refers(h, id, 'measure') && inForeign(h))) : here, id, 'measure', setting, true);
    if (!measure) continue;
    // The figure's own words naming the subject ("a decade ago") are not its value.
    if (here.some((h) => h.start < f.end && f.start < h.end && refers(h, id, 'subject'))) continue;
    const exclude = nearest(f, here, id, 'exclude', setting, false, true);
    // What the clause says happened to the figure's people ("7.000 personas detenidas … han sido
    // liberadas") is its measure, over a word that only names them.
    if (exclude && predicateOf(setting, f, exclude.cue)) continue;
    if (exclude && (governs(setting.text, exclude.cue, f) || (!governs(setting.text, measure.cue, f) && (exclude.distance < measure.distance || covers(exclude.cue, measure.cue))))) continue;
    // "cells that hold up to 80 each": a value per item, not the quantity's total.
    if (q.kind === 'count' && DISTRIBUTIVE.test(setting.text.slice(f.end, f.end + 32))) continue;
    // "the rooms in which up to 80 inmates live", "las salas en las que viven hasta 80 reclusos": a count per room
    // (read back within the sentence: the relative opens a clause of its own).
    if (q.kind === 'count' && PER_CONTAINER.test(setting.text.slice(Math.max(0, f.start - 80), f.start).replace(/^[^]*[.;:!?]\s/, '').replace(/\s+/g, ' '))) continue;
    if (q.cues.veto && here.some((h) => inClause(h, setting) && refers(h, id, 'veto'))) continue;
    if (q.cues.foreign && speaksOfElsewhere(f, here, id, setting, q.cues.anchor !== undefined)) continue;
    // A rate stated in the quantity's own unit ("2.6 murders for every 100,000") says it is a rate by itself.
    const ownRate = q.kind === 'rate' && f.kind === 'rate' && f.unit === q.unit;
    const required = q.cues.require ? here.filter((h) => refers(h, id, 'require')) : [];
    if (q.cues.require && required.length === 0 && !ownRate) continue;
    let measureScore = 1 / (1 + measure.distance / MEASURE_SCALE);
    if (f.unit && f.unit === q.unit && TELLING_UNITS.test(q.unit)) measureScore = Math.max(measureScore, 0.8);
    let subject: SubjectEvidence | null = null;
    let subjectScore = 0;
    const s1 = nearestSubject(f, measure.cue, here, id, setting);
    if (s1) {
      subject = { ...s1.cue, where: 'sentence' };
      subjectScore = 1 / (1 + s1.distance / SUBJECT_SCALE) + (s1.nextToMeasure ? NEXT_TO_MEASURE : 0);
    }
    const s2 = nearest(f, prev, id, 'subject', null, false);
    if (s2 && subjectScore < PREVIOUS_SUBJECT) {
      subject = { ...s2.cue, where: 'previous' };
      subjectScore = PREVIOUS_SUBJECT;
    }
    if (subjectScore < PREVIOUS_SUBJECT && (setting.recent.has(q.id) || (q.series && setting.recent.has(q.series.id)))) {
      subject = { cue: '(named just before)', start: measure.cue.start, end: measure.cue.start, where: 'previous' };
      subjectScore = PREVIOUS_SUBJECT;
    }
    const d = docSubjects.get(id);
    // An event's date needs its subject nearby: "began" on a date two paragraphs after the
    // article mentions emergency rule may be any beginning.
    if (d && subjectScore < DOCUMENT_SUBJECT && q.kind !== 'date') {
      subject = { ...d, where: 'document' };
      subjectScore = DOCUMENT_SUBJECT;
    }
    if (!subject) continue;
    let score = measureScore + SUBJECT_WEIGHT * subjectScore + plausibility(f, q);
    if (measure.distance === 0 && measure.cue.end - measure.cue.start > 3) score += 0.05;
    // The words that set this quantity apart from its neighbours ("in a single day") stand in the figure's clause.
    if (required.some((h) => inClause(h, setting))) score += REQUIRED_IN_CLAUSE;
    out.push({ q, score, measure: measure.cue, subject, ...(percentSign ? { percentSign } : {}), ...(measure.elided ? { elided: true as const } : {}) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The figure speaks of another place: its clause (or a short phrase fronting it, "In Guatemala,")
 * names one and not the quantity's own (its anchor, or else its subject). A place it is only
 * compared with ("after Canada", "than Honduras", "que México") does not count.
 */
function speaksOfElsewhere(f: Figure, here: readonly CueHit[], id: string, setting: Setting, anchored: boolean): boolean {
  const text = setting.text;
  const own = (h: CueHit): boolean => (anchored ? refers(h, id, 'anchor') : refers(h, id, 'subject'));
  let foreign = false;
  for (const h of here) {
    const inside = inClause(h, setting) || (setting.fronted !== undefined && h.start >= setting.fronted.start && h.end <= setting.fronted.end);
    if (!inside) continue;
    if (own(h)) return false;
    // A place named after a later figure of the same kind is that figure's ("the second country, and the first in Latin America").
    if (setting.later?.some((g) => g.start >= f.end && g.end <= h.start)) continue;
    if (refers(h, id, 'foreign') && !refers(h, id, 'subject') && !refers(h, id, 'anchor') && !COMPARED.test(text.slice(Math.max(0, h.start - 24), h.start))) foreign = true;
  }
  return foreign;
}

/** Words before a place that make it a point of comparison, not the place spoken of. */
const COMPARED = /(?:^|[^\p{L}])(?:than|after|behind|trailing(?: only)?|unlike|like|compared (?:with|to)|versus|vs\.?|que|tras|detrás de|después de|como|a diferencia de|frente a)\s+(?:the\s+|el\s+|la\s+|los\s+)?$/iu;

function refers(h: CueHit, quantity: string, role: CueRole): boolean {
  return h.entry.roles.get(role)?.has(quantity) ?? false;
}

/** Below this many measure references in a sentence, they are simply all scored. */
const FEW = 64;

/**
 * Quantities worth scoring: a measure cue in the sentence and some subject evidence (a subject
 * cue in the sentence or the one before, a quantity named just before, or the article's
 * subject); without both a quantity cannot match. When a common measure word ("prison") is
 * shared by thousands of quantities, the smaller side of that intersection is walked, so the
 * cost follows what the article names, not the dataset's size.
 */
function candidateIds(here: readonly CueHit[], prev: readonly CueHit[], docSubjects: ReadonlyMap<string, CueEvidence>, catalog: Catalog, setting: Setting): Iterable<string> {
  const measures: ReadonlySet<string>[] = [];
  let measureRefs = 0;
  for (const h of here) {
    const m = h.entry.roles.get('measure');
    if (m) {
      measures.push(m);
      measureRefs += m.size;
    }
  }
  if (measures.length === 0) return [];
  if (measureRefs <= FEW) {
    const ids = new Set<string>();
    for (const m of measures) for (const q of m) ids.add(q);
    return ids;
  }
  const subjects = new Set<string>();
  for (const h of here) for (const q of h.entry.roles.get('subject') ?? []) subjects.add(q);
  for (const h of prev) for (const q of h.entry.roles.get('subject') ?? []) subjects.add(q);
  for (const id of setting.recent) {
    subjects.add(id);
    for (const member of catalog.series.get(id) ?? []) subjects.add(member.id);
  }
  for (const id of docSubjects.keys()) subjects.add(id);
  const ids = new Set<string>();
  if (subjects.size < measureRefs) {
    for (const q of subjects) if (measures.some((m) => m.has(q))) ids.add(q);
  } else {
    for (const m of measures) for (const q of m) if (subjects.has(q)) ids.add(q);
  }
  return ids;
}

/**
 * Between a figure and a word naming the whole it is taken from: "of those [detained]", "of the
 * [people arrested]", "de los [detenidos]". After a pronoun ("68% of them were homes") the
 * predicate that follows is the part's own.
 */
const PARTITIVE = /^\s+(?:of|de)\s+(?:those|these|the|los|las)\s+(?:[\p{L}]+\s+)?$/iu;

/** A value per item: "80 each", "30 apiece", "cada uno", "por celda". */
const DISTRIBUTIVE = /^\s*(?:[\p{L}-]+\s+)?(?:each|apiece|per cell|per room|cada un[oa]|por celda|por pabellón)(?![\p{L}])/iu;

/**
 * A figure in a relative clause whose antecedent is a part of a prison (a cell, a room, a ward):
 * it counts per part. Up to three words may stand between the noun and the relative ("salas de
 * confinamiento en las que"), and two between the relative and the figure ("where live").
 */
const PER_CONTAINER = /(?:^|[^\p{L}])(?:cells?|rooms?|wards?|dormitor(?:y|ies)|barracks|celdas?|salas?|pabell(?:ón|ones)|módulos?|galeras?|cuartos?|habitaciones|habitación)(?:\s+[\p{L}]+){0,3}\s*,?\s+(?:in which|in whom|where|that (?:hold|house|held|housed)|which (?:hold|house|held|housed)|en (?:las|los|la|el) que|en (?:las|los) cuales|donde|que (?:albergan?|alojan?|alojaban|albergaban))\s+(?:[\p{L}]+\s+){0,2}$/iu;

/** An auxiliary before a participle makes it the clause's predicate: "have been released", "han sido liberadas". */
const AUXILIARY = /(?:^|[^\p{L}])(?:(?:have|has|had)(?:\s+(?:since|now|already))?\s+been|were|was|(?:han|ha|habían|había)(?:\s+ya)?\s+sido|fueron|fue)\s+$/iu;

/** A cue ending in another figure's hedge ("hold up to" 80) shares that figure's words: it is that figure's. */
const HEDGE_END = /(?:^|\s)(?:up to|hasta|as many as|at most)$/i;

/**
 * Another figure of the sentence stands between the figure and a cue at `at` (its noun is recorded
 * in `owned`), or the cue takes in another number's hedge ("cells that hold up to 80").
 */
function beyondOther(setting: Setting, f: Figure, at: number, end = at): boolean {
  return setting.owned.some((o) => o.start > f.end && o.start <= at) || (HEDGE_END.test(setting.text.slice(at, end)) && /^\s*\d/.test(setting.text.slice(end, end + 8)));
}

/** The excluding cue is the figure's own predicate: after it in its clause, after an auxiliary, no other figure between. */
function predicateOf(setting: Setting, f: Figure, cue: CueEvidence): boolean {
  if (cue.start < f.end || cue.end > setting.clause.end || beyondOther(setting, f, cue.start)) return false;
  return AUXILIARY.test(setting.text.slice(Math.max(f.end, cue.start - 40), cue.start));
}

function inClause(h: CueHit, s: Setting): boolean {
  return (h.start >= s.clause.start && h.end <= s.clause.end) || (s.borrowed?.has(h) ?? false);
}

/**
 * A phrase that governs the figure, written right before it ("capacidad para unos 88.600 presos",
 * "a prison for 20,000 inmates"): the noun after the figure says what is counted, the phrase says
 * which measure of it. A governing exclusion rules the quantity out; a governing measure is not
 * outweighed by an exclusion that is only the counted noun.
 */
function governs(text: string, cue: CueEvidence, f: Figure): boolean {
  return cue.end <= f.start && /^\s*(?:(?:para|for|of|de|to)\s+)?$/i.test(text.slice(cue.end, f.start));
}

/** True if a cue's span covers another, longer ("designed to hold" over "hold"). */
function covers(a: CueEvidence, b: CueEvidence): boolean {
  return a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
}

function gap(f: { start: number; end: number }, h: CueHit, after: number): number {
  return h.end <= f.start ? f.start - h.end : h.start >= f.end ? (h.start - f.end) * after : 0;
}

/**
 * The nearest cue of a role for a quantity. With a setting, crossing the figure's clause costs
 * extra, nouns owned by other figures are skipped (measures), and `clauseOnly` keeps to the clause.
 */
function nearest(f: Figure, hits: readonly CueHit[], quantity: string, role: CueRole, setting: Setting | null, skipOwned: boolean, clauseOnly = false): { cue: CueEvidence; distance: number; elided?: true } | null {
  let best: { cue: CueEvidence; distance: number; elided?: true } | null = null;
  const after = role === 'subject' ? AFTER : 1;
  const elided = role === 'measure' && setting?.elided?.quantities.has(quantity) ? setting.elided : null;
  for (const h of hits) {
    if (!refers(h, quantity, role)) continue;
    if (elided) {
      // The series' noun, written by the figure before: as near as it is to that figure.
      const d = gap(elided, h, after);
      if (d <= ELIDED_REACH && (!best || d < best.distance)) best = { cue: evidence(h), distance: d, elided: true };
    }
    if (skipOwned && setting?.owned.some((o) => h.start >= o.start && h.start < o.end)) continue;
    const inside = !setting || inClause(h, setting);
    // A measure word in another figure's clause, not in this one's, is that figure's.
    const tight = setting?.tight;
    if (skipOwned && tight && !(h.start >= tight.start && h.end <= tight.end) && setting.rivals?.some((r) => h.start >= r.start && h.end <= r.end)) continue;
    if (clauseOnly && !inside) continue;
    // "About 7,000 of those detained": the measure after a partitive names the whole, not the figure.
    if (skipOwned && role === 'measure' && setting && h.start >= f.end && PARTITIVE.test(setting.text.slice(f.end, h.start))) continue;
    // A measure word past another figure of the clause is that figure's ("15,000 men wait in cells that hold up to 80").
    if (skipOwned && role === 'measure' && setting && (f.kind === 'count' || f.kind === 'number') && h.start >= f.end && beyondOther(setting, f, h.start, h.end)) continue;
    const d = setting?.borrowed?.has(h) ? BORROWED_GAP : gap(f, h, after) + (inside ? 0 : CLAUSE_COST);
    if (!best || d < best.distance) best = { cue: evidence(h), distance: d };
  }
  return best;
}

/** The subject cue nearest to the figure (before it, or after it within its clause), noting one written by the measure word. */
function nearestSubject(f: Figure, measure: CueEvidence, hits: readonly CueHit[], quantity: string, setting: Setting): { cue: CueEvidence; distance: number; nextToMeasure: boolean } | null {
  let best: { cue: CueEvidence; distance: number; nextToMeasure: boolean } | null = null;
  for (const h of hits) {
    if (!refers(h, quantity, 'subject')) continue;
    const inside = inClause(h, setting);
    const toMeasure = h.end <= measure.start ? measure.start - h.end : h.start >= measure.end ? h.start - measure.end : 0;
    // A subject after the figure, past its clause, counts only when it is written by the measure word ("…, when Bukele was sworn in").
    if (h.start >= f.end && !inside && toMeasure > 15) continue;
    const d = setting.borrowed?.has(h) ? BORROWED_GAP : gap(f, h, AFTER) + (inside ? 0 : CLAUSE_COST);
    if (!best || d < best.distance) best = { cue: evidence(h), distance: d, nextToMeasure: toMeasure <= 15 };
  }
  return best;
}

/** A cue hit as evidence: the cue as listed, where the article writes it, and how it was met. */
function evidence(h: CueHit): CueEvidence {
  return h.via ? { cue: h.entry.text, start: h.start, end: h.end, via: h.via } : { cue: h.entry.text, start: h.start, end: h.end };
}

/** A small nudge from the quantity's typical range; never enough to reject a strong match. */
function plausibility(f: Figure, q: Quantity): number {
  if (!q.typical || typeof f.value !== 'number') return 0;
  const v = f.value;
  if (v >= q.typical.min && v <= q.typical.max) return 0.1;
  if (v < q.typical.min / 5 || v > q.typical.max * 5) return -0.3;
  return -0.05;
}
