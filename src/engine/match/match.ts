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
import { candidatesFor, type Candidate, type CueEvidence, type SubjectEvidence } from './score';
import type { TimeEvidence } from './time';
import { matchOne, resolve } from './choose';
import { fnv1a } from '../suppress';
import { FrameReader, type FrameEvidence, type HolderSource } from '../frames/frame';
import { headerUnit, type ContextSource, type ContextSpan } from '../frames/context';
import { frameFits, partsOfOne, readThroughFrame, type ArticleReadings } from './frameFit';
import { articleNames, documentSubjects, type SubjectMemo } from './article';
import { settingOf } from './setting';
import { elidedFrom, type Elision } from './ellipsis';

export type { BlockSubjects, SubjectMemo } from './article';
import { datelinePlace } from '../frames/places';
import { compatible as fits } from './score';

export { compatible } from './score';
export type { CueEvidence } from './score';

export interface Evidence {
  measure: CueEvidence;
  subject: SubjectEvidence;
  time: TimeEvidence | null;
  score: number;
  /** The next best quantity and its score, to show how clear the choice was. */
  runnerUp: { quantity: string; score: number } | null;
  /** Set when the figure took its quantity from the figure it is listed with ("19.7 and 17.6"). */
  listedWith?: number;
  /** Whose the figure is, when its clause, sentence or the sentence before says (a place), or a table header or the question. */
  holder?: FrameEvidence & { where: HolderSource };
  /** The figure is a rate per inhabitants written with a % sign ("the homicide rate in 2018 was 53.1%"). */
  percentSign?: true;
  /** Evidence read from context one step away, by where it came from: the measure, the subject or the time. */
  context?: { measure?: ContextSource; subject?: ContextSource; time?: ContextSource };
}

/**
 * How sure a match is. `strong`: the quantity's measure is tied to the figure, its holder is
 * named or unambiguous and its role is an actual value; only strong matches are judged and can
 * warn. `weak`: a reading worth showing ("may refer to") but not worth a warning; `doubt` says why.
 */
export interface Confidence {
  level: 'strong' | 'weak';
  doubt: string | null;
}

export interface Match {
  figure: number;
  /** The quantity id; for a series period the dataset lacks, a synthesized `series.period` id. */
  quantity: string;
  /** False when the quantity id was synthesized (a period no source covers). */
  known: boolean;
  series: string | null;
  evidence: Evidence;
  confidence: Confidence;
}

export { STRONG } from './choose';

/** Matches every figure of an analysis; null where the evidence is weak or ambiguous. */
export function matchFigures(text: string, analysis: Analysis, catalog: Catalog): (Match | null)[] {
  const matcher = new Matcher(text, analysis, catalog);
  const out: (Match | null)[] = [];
  for (let k = 0; k < analysis.figures.length; k++) out.push(matcher.match(k, out));
  matcher.propagate(0, out.length, out);
  return out;
}

/**
 * Matching over one analysis, figure by figure in order (each match may use the matches of the
 * figures before it). Cue hits are remembered per sentence text in `cueMemo`, relative to the
 * sentence, so a later analysis of the edited document finds them again.
 */
export class Matcher {
  /** Identifies what every match depends on beyond its own block: the article's subjects and date. */
  readonly docKey: string;
  private readonly docSubjects: Map<string, CueEvidence>;
  /** Per quantity, how many of the article's sentences name its subject (see documentSubjects). */
  private readonly docWeights = new Map<string, number>();
  /** Quantities whose anchor (the place or body they belong to) the article names (see documentSubjects). */
  private readonly docAnchors = new Set<string>();
  private readonly absolute = new Map<number, CueHit[]>();
  private readonly usedCues = new Map<string, CueHit[]>();
  private readonly frames: FrameReader;
  private readonly article: ArticleReadings;
  private names: ReadonlySet<string> | undefined;

  constructor(
    private readonly text: string,
    private readonly analysis: Analysis,
    private readonly catalog: Catalog,
    private readonly cueMemo?: Map<string, CueHit[]>,
    subjectMemo?: SubjectMemo,
  ) {
    this.frames = new FrameReader(text, analysis, subjectMemo?.places ? { ids: subjectMemo.ids, tallies: subjectMemo.places } : undefined);
    this.docSubjects = documentSubjects(analysis, (s) => this.relCues(s), subjectMemo, this.docWeights, this.docAnchors);
    this.article = {
      place: () => this.frames.documentPlace(),
      sole: () => this.frames.soleCountry(),
      dateline: () => datelinePlace(text), // read once per text (places.ts)
      names: () => (this.names ??= articleNames(text, analysis, catalog, (k) => this.cuesOf(k), subjectMemo)),
    };
    // What the article says of where it is belongs in the key: a figure naming no place is read as
    // the article's place, its sole country's or its dateline's; the names of its bodies only
    // count when it names one other country.
    const sole = this.frames.soleCountry();
    const where = [this.frames.documentPlace(), sole, this.article.dateline(), sole ? [...this.article.names()].sort().join(',') : ''].map((x) => x ?? '').join('/');
    this.docKey = fnv1a([...this.docSubjects.keys()].sort().map((q) => `${q}:${this.docWeights.get(q)}`).join(',') + '|' + [...this.docAnchors].sort().join(',') + '|' + (analysis.referenceDate?.date ?? '') + '|' + where);
  }

  /** The cue hits used in this analysis, to remember for the next one. */
  get cues(): Map<string, CueHit[]> {
    return this.usedCues;
  }

  private sentenceText(s: number): string {
    const sentence = this.analysis.sentences[s]!;
    const block = this.analysis.blocks[sentence.block]!;
    return block.masked.slice(sentence.start - block.start, sentence.end - block.start);
  }

  /** Hits relative to the sentence's start (remembered by its text). */
  private relCues(s: number): CueHit[] {
    const lang = this.analysis.sentences[s]!.language;
    // Remembered by language and text: cue words meet other forms of themselves in the sentence's language.
    const text = this.sentenceText(s);
    const t = lang + ':' + text;
    let c = this.usedCues.get(t) ?? this.cueMemo?.get(t);
    if (!c) c = findCues(text, 0, this.catalog, lang);
    this.usedCues.set(t, c);
    return c;
  }

  private cuesOf(s: number): CueHit[] {
    let c = this.absolute.get(s);
    if (!c) {
      const base = this.analysis.sentences[s]!.start;
      c = this.relCues(s).map((h) => ({ ...h, start: h.start + base, end: h.end + base }));
      this.absolute.set(s, c);
    }
    return c;
  }

  /** The quantities matched in figure k's sentence and the one before, as a key. */
  recentKey(k: number, out: readonly (Match | null)[]): string {
    const { figures, sentences, blocks } = this.analysis;
    const recent = [...recentMatches(this.analysis, out, figures[k]!.sentence)].join(',');
    // Words borrowed from outside the block (a table's headers, the question, the sentence before
    // a paragraph's first): their text and where they sit from the block, so a reused match's
    // evidence still points at them. Outside a table they are only ever in the block just before,
    // whose identity the memo's entry checks already ('before'): its distance is all the key needs.
    const block = sentences[figures[k]!.sentence]!.block;
    const from = blocks[block]!.start;
    if (blocks[block]!.type !== 'cell') return block > 0 ? `${recent}|${from - blocks[block - 1]!.end}` : recent;
    const outside: string[] = [];
    let last = -1;
    for (let j = k; j < figures.length && sentences[figures[j]!.sentence]!.block === block; j++) {
      if (figures[j]!.sentence === last) continue;
      last = figures[j]!.sentence;
      for (const c of this.frames.context.of(j)) if (c.start < from) outside.push(`${c.where}:${c.start - from}:${fnv1a(this.text.slice(c.start, c.end))}`);
    }
    return outside.length > 0 ? `${recent}|${outside.join(',')}` : recent;
  }

  /** Matches figure k; `out` holds the matches of figures 0..k-1. */
  match(k: number, out: readonly (Match | null)[]): Match | null {
    const { figures, sentences } = this.analysis;
    const f = figures[k]!;
    if (isTimeReference(this.text, f)) return null;
    const s = sentences[f.sentence]!;
    const hasPrev = f.sentence > 0 && sentences[f.sentence - 1]!.block >= s.block - 1;
    const own = this.cuesOf(f.sentence);
    const prev = hasPrev ? this.cuesOf(f.sentence - 1) : [];
    const setting = settingOf(this.text, this.analysis, k, recentMatches(this.analysis, out, f.sentence));
    const { hits: borrowed, spans, carried } = this.borrow(k, own, out);
    const here = borrowed.size > 0 ? [...own, ...borrowed] : own;
    if (borrowed.size > 0) setting.borrowed = borrowed;
    const elision = elidedFrom(this.text, this.analysis, k, own, setting.clause.end, (j) => (out[j] ? { quantities: this.membersOf(out[j]!), strong: out[j]!.confidence.level === 'strong' } : null), (h, g) => this.measuresFor(h, g));
    if (elision) setting.elided = elision;
    const frame = this.frames.frame(k);
    const fitsFrame = frameFits(f, frame, setting, this.catalog, here, prev, this.article);
    // A bare number under a header naming its unit ("Homicide rate (per 100,000)") is a value of that kind.
    const unit = f.kind === 'number' && f.unit === null ? this.headerUnit(spans) : null;
    const fitsUnit = (c: Candidate): boolean => !unit || c.q.kind === unit;
    // What an anaphor carries over must be a quantity the value can be: "It fell to 2.4" after a count of inmates is not that count.
    const previous = spans.find((c) => c.where === 'previous-sentence');
    const fitsCarry = (c: Candidate): boolean => {
      if (!previous) return true;
      const from = c.measure.start >= previous.start && c.measure.end <= previous.end;
      if (from && implausible(f, c.q)) return false;
      // "That figure …", "La cifra …" speaks of what the sentence before measured, whatever else its own words name.
      return !carried || carried.has(c.q.id);
    };
    const m = matchOne(k, candidatesFor(f, here, prev, this.docSubjects, this.catalog, setting, this.docAnchors).filter((c) => fitsFrame(c) && fitsUnit(c) && fitsCarry(c)), this.catalog, this.analysis, this.text, this.docWeights, spans.length > 0 ? () => this.contextTime(spans) : undefined);
    if (!m) return null;
    const read = readThroughFrame(m, frame, setting, f, here);
    if (elision && m.evidence.context?.measure === 'series') return this.throughSeries(read, elision);
    return spans.length > 0 ? this.throughContext(read, spans, out) : read;
  }

  /** A match whose measure the figure before it in a series wrote: strong only for a series over time after a strong match. */
  private throughSeries(m: Match, elision: Elision): Match {
    if (elision.overTime || m.confidence.level !== 'strong') return m;
    return { ...m, confidence: { level: 'weak', doubt: 'what it counts is read from the figure before it, and no date between them makes it the next value of a series' } };
  }

  /** A match's quantity, or every member of its series. */
  private membersOf(m: Match): ReadonlySet<string> {
    const members = m.series ? this.catalog.series.get(m.series) : undefined;
    return new Set(members ? members.map((q) => q.id) : [m.quantity]);
  }

  /** True when a cue hit names a measure of some quantity the figure could be a value of. */
  private measuresFor(h: CueHit, f: Figure): boolean {
    const m = h.entry.roles.get('measure');
    if (!m) return false;
    let n = 0;
    for (const id of m) {
      const q = this.catalog.dataset.quantities.get(id);
      if (q && fits(f, q)) return true;
      if (++n >= 64) break;
    }
    return false;
  }

  /**
   * Cue hits the figure borrows from context one step away: a table cell's headers always; the
   * question for an answer, and the sentence before for an anaphor ("It fell to 2.4"), only when
   * the figure's own sentence names no measure of a quantity the figure could be. From the
   * sentence before, only the measure of what was matched there (when something was) carries over.
   */
  private borrow(k: number, own: readonly CueHit[], out: readonly (Match | null)[]): { hits: Set<CueHit>; spans: ContextSpan[]; carried: Set<string> | null } {
    const f = this.analysis.figures[k]!;
    const hits = new Set<CueHit>();
    const context = this.frames.context.of(k);
    if (context.length === 0) return { hits, spans: [], carried: null };
    const inTable = context[0]!.where !== 'question' && context[0]!.where !== 'previous-sentence';
    const named = context[0]!.named === true;
    if (!inTable && !named && this.namesOwnMeasure(f, own)) return { hits, spans: [], carried: null };
    let carried: Set<string> | null = null;
    for (const c of context) {
      let cues = this.cuesOf(c.sentence);
      if (c.where === 'previous-sentence') {
        const matched = matchedIn(this.analysis, out, c.sentence);
        cues = cues.filter((h) => {
          const m = h.entry.roles.get('measure');
          // A series matched there (at any period, known or not) carries over through any of its members' words.
          return !!m && (matched.size === 0 || [...matched].some((q) => m.has(q) || (this.catalog.series.get(q) ?? []).some((member) => m.has(member.id))));
        });
      }
      for (const h of cues) hits.add(h);
      if (named) {
        // The quantities the sentence before measured that this value can be: the anaphor's only readings.
        const ids = new Set<string>();
        for (const h of cues) {
          let n = 0;
          for (const id of h.entry.roles.get('measure') ?? []) {
            const q = this.catalog.dataset.quantities.get(id);
            if (q && fits(f, q) && !implausible(f, q)) ids.add(id);
            if (++n >= 64) break;
          }
        }
        if (ids.size > 0) carried = ids;
      }
    }
    return { hits, spans: context, carried };
  }

  /** The unit a table cell's column header (or else the corner header) gives its bare numbers. */
  private headerUnit(spans: readonly ContextSpan[]): 'rate' | 'percent' | null {
    for (const where of ['column-header', 'corner-header'] as const) {
      for (const c of spans) {
        if (c.where !== where) continue;
        const u = headerUnit(this.text.slice(c.start, c.end));
        if (u) return u;
      }
    }
    return null;
  }

  /** True when the figure's sentence names a measure of some quantity the figure could be a value of. */
  private namesOwnMeasure(f: Figure, own: readonly CueHit[]): boolean {
    for (const h of own) if (!(h.start < f.end && f.start < h.end) && this.measuresFor(h, f)) return true;
    return false;
  }

  /** A year a table header gives (the row's or the column's), for a cell whose own words give none. */
  private contextTime(spans: readonly ContextSpan[]): { time: TimeEvidence; where: ContextSource } | null {
    const { figures } = this.analysis;
    for (const c of spans) {
      if (c.where === 'previous-sentence' || c.where === 'question') continue;
      for (let j = firstFigureOf(figures, c.sentence); j < figures.length && figures[j]!.sentence === c.sentence; j++) {
        const g = figures[j]!;
        const y = g.kind === 'year' && typeof g.value === 'number' ? g.value : g.kind === 'date' && typeof g.value === 'string' && /^\d{4}/.test(g.value) ? Number(g.value.slice(0, 4)) : null;
        if (y !== null) return { time: { text: g.text, start: g.start, end: g.end, how: 'context', period: String(y) }, where: c.where };
      }
    }
    return null;
  }

  /**
   * A match read through the context it borrowed: which evidence came from where, and how sure it
   * is. A reading from table headers or the question keeps its strength when the time is known; a
   * carry-over from the sentence before is weak ("may refer to") unless that sentence matched the
   * same quantity strongly and the figure's time is known.
   */
  private throughContext(m: Match, spans: readonly ContextSpan[], out: readonly (Match | null)[]): Match {
    const e = m.evidence;
    const f = this.analysis.figures[m.figure]!;
    const s = this.analysis.sentences[f.sentence]!;
    const whereOf = (x: { start: number; end: number } | null): ContextSource | undefined => {
      if (!x || x.end <= x.start || (x.start >= s.start && x.end <= s.end)) return undefined;
      return spans.find((c) => x.start >= c.start && x.end <= c.end)?.where;
    };
    const context: NonNullable<Evidence['context']> = {};
    const measure = whereOf(e.measure);
    const subject = e.subject.where === 'sentence' ? whereOf(e.subject) : undefined;
    const time = e.time && e.time.how === 'context' ? whereOf(e.time) : undefined;
    if (measure) context.measure = measure;
    if (subject) context.subject = subject;
    if (time) context.time = time;
    if (!measure && !subject && !time) return m;
    const evidence: Evidence = { ...e, context };
    const timeKnown = !!e.time && e.time.how !== 'latest';
    let doubt: string | null = null;
    if (measure === 'previous-sentence') {
      const before = matchedIn(this.analysis, out, spans.find((c) => c.where === 'previous-sentence')!.sentence, true);
      const strongBefore = before.has(m.quantity) || (m.series !== null && before.has(m.series));
      const explicitTime = timeKnown || (!m.series && this.namesTime(f.sentence));
      if (!strongBefore || !explicitTime) doubt = 'what it measures is read from the previous sentence';
    } else if (measure && m.series && !timeKnown) doubt = `what it measures is read ${measure === 'question' ? 'from the question' : 'from the table'}, which gives no year`;
    if (doubt && m.confidence.level === 'strong') return { ...m, evidence, confidence: { level: 'weak', doubt } };
    return { ...m, evidence };
  }

  /** True when a sentence holds a year or a date. */
  private namesTime(sentence: number): boolean {
    const { figures } = this.analysis;
    for (let j = firstFigureOf(figures, sentence); j < figures.length && figures[j]!.sentence === sentence; j++) if (figures[j]!.kind === 'year' || figures[j]!.kind === 'date') return true;
    return false;
  }

  /** Figures in [from, to) listed with a matched one take its quantity; listed parts of one quantity are weak. */
  propagate(from: number, to: number, out: (Match | null)[]): void {
    propagateLists(this.text, this.analysis, this.catalog, out, from, to);
    partsOfOne(this.analysis, this.frames, out, from, to);
  }
}

/** A copy of a match for figure `k`, its evidence moved by `delta` (document subjects keep no position). */
export function placeMatch(m: Match, k: number, delta: number): Match {
  if (delta === 0 && k === m.figure) return m; // where it was made: shared, never mutated
  const move = <T extends { start: number; end: number }>(e: T): T => ({ ...e, start: e.start + delta, end: e.end + delta });
  const e = m.evidence;
  const subject = e.subject.where === 'document' ? e.subject : move(e.subject);
  const listedWith = e.listedWith !== undefined ? e.listedWith + (k - m.figure) : undefined;
  return { ...m, figure: k, evidence: { ...e, measure: move(e.measure), subject, time: e.time ? move(e.time) : null, ...(listedWith !== undefined ? { listedWith } : {}), ...(e.holder ? { holder: move(e.holder) } : {}) } };
}

/**
 * A figure listed with a matched one of the same kind ("to 19.7 in 2020 and 17.6 in 2021")
 * speaks of the same quantity, at its own time.
 */
function propagateLists(text: string, analysis: Analysis, catalog: Catalog, out: (Match | null)[], from: number, to: number): void {
  const { figures } = analysis;
  for (let k = Math.max(1, from); k < to; k++) {
    if (out[k]) continue;
    const f = figures[k]!;
    let j = k - 1;
    while (j >= 0 && figures[j]!.sentence === f.sentence && (figures[j]!.kind === 'year' || figures[j]!.kind === 'date') && f.kind !== 'year' && f.kind !== 'date') j--;
    if (j < 0 || figures[j]!.sentence !== f.sentence) continue;
    const prev = out[j];
    const g = figures[j]!;
    if (!prev || g.kind !== f.kind || (g.unit ?? '') !== (f.unit ?? '')) continue;
    const between = text.slice(g.end, f.start).replace(/\b(?:19|20)\d\d\b/g, ' ');
    if (!/^[\s,;]*(?:(?:in|and|to|or|y|e|o|en|a|and then|then|with|con|vs\.?|versus|respectively|respectivamente)[\s,;]+)*$/i.test(between + ' ')) continue;
    const q = catalog.dataset.quantities.get(prev.quantity) ?? (prev.series ? catalog.series.get(prev.series)?.[0] : undefined);
    if (!q) continue;
    const evidence: Evidence = { ...prev.evidence, time: null, listedWith: j };
    const m = resolve(k, prev.series ?? q.id, q, evidence, catalog, analysis, text);
    out[k] = m ? { ...m, confidence: prev.confidence } : null;
  }
}

/** A value far outside a quantity's typical range (a fifth of its least, five times its most). */
function implausible(f: Figure, q: Quantity): boolean {
  if (!q.typical || typeof f.value !== 'number') return false;
  return f.value < q.typical.min / 5 || f.value > q.typical.max * 5;
}

/** Quantity and series ids matched in one sentence (only strong matches, when `strong`). */
function matchedIn(analysis: Analysis, out: readonly (Match | null)[], sentence: number, strong = false): Set<string> {
  const set = new Set<string>();
  const { figures } = analysis;
  for (let j = Math.min(firstFigureOf(figures, sentence), out.length); j < out.length && figures[j]!.sentence === sentence; j++) {
    const m = out[j];
    if (!m || (strong && m.confidence.level !== 'strong')) continue;
    set.add(m.quantity);
    if (m.series) set.add(m.series);
  }
  return set;
}

/** The index of the first figure in a sentence or after it (figures are in sentence order). */
function firstFigureOf(figures: readonly Figure[], sentence: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quantity and series ids matched so far in this sentence and the one before. */
function recentMatches(analysis: Analysis, out: readonly (Match | null)[], sentence: number): Set<string> {
  const set = new Set<string>();
  for (let j = out.length - 1; j >= 0; j--) {
    const g = analysis.figures[j]!;
    if (g.sentence < sentence - 1) break;
    const m = out[j];
    if (!m) continue;
    set.add(m.quantity);
    if (m.series) set.add(m.series);
  }
  return set;
}

/** "a decade ago", "hace dos años": a reference to a time, not a length of time. */
function isTimeReference(text: string, f: Figure): boolean {
  if (f.kind !== 'duration') return false;
  return /^\s+ago\b/i.test(text.slice(f.end, f.end + 6)) || /\bhace\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start));
}
