/**
 * A figure's frame: whose it is (the place its clause, its sentence or, for an elliptic
 * sentence, the one before attributes it to) and in what role it is given (an actual value, a
 * forecast or target, a value from before an event, a part of a listed whole, a value of
 * another place compared with). Read locally and explicitly, with the evidence for each slot,
 * so matching can ask whether a quantity's words belong to the figure or only share its
 * sentence. Work per figure is bounded by its sentence's neighbourhood.
 */
import type { Analysis, Figure } from '../model';
import { countriesOf, findPlaces, REGIONS, type PlaceMention } from './places';
import { ContextReader, type SpanSource } from './context';

export interface FrameEvidence {
  text: string;
  start: number;
  end: number;
}

/** Where a holder was named: near the figure, in its sentence, the sentence before, or context one step away (a table header, the question). */
export type HolderSource = 'clause' | 'sentence' | 'previous' | Exclude<SpanSource, 'previous-sentence'>;

export interface Holder extends FrameEvidence {
  place: string;
  where: HolderSource;
}

export type Role =
  /** A value that holds, of the quantity's own period. */
  | 'actual'
  /** A forecast, target or plan ("projected", "plans to build"). */
  | 'forecast'
  /** A value from before an event ("before the crackdown"). */
  | 'before'
  /** A part of a whole given with it ("62 of them", "7,000 soldiers and 3,000 police"). */
  | 'part'
  /** Something set against the subject named elsewhere ("the other prisons"). */
  | 'other'
  /** An average per unit of time or per item ("600 arrests a day", "en promedio"). */
  | 'average'
  /** A value for one month of a yearly measure ("closed January with two homicides per 100,000"). */
  | 'month'
  /** A date that says when another figure of its clause holds ("by July 2022, … 47,043"), not an event's date. */
  | 'as-of';

export interface Frame {
  /** The place the figure belongs to, when the text says. */
  holder: Holder | null;
  /** Every place named for the figure at the level the holder came from (a clause may name two). */
  places: readonly string[];
  role: Role;
  /** The words that set the role, when not `actual`. */
  roleEvidence: FrameEvidence | null;
}

/** Words before a place that make it a point of comparison or a destination, not the place spoken of. */
export const COMPARED = /(?:^|[^\p{L}])(?:than|after|behind|trailing(?: only)?|unlike|like|compared (?:with|to)|versus|vs\.?|que|tras|detrás de|después de|como|a diferencia de|frente a|ahead of|surpassing|por delante de|superando a|below|above|close to|near|por debajo de|por encima de|cerca de|with|con|between|cooperation with|cooperación con|including|among|entre ellos|to|into|toward|towards|a|hacia|visit(?:ed|ing)?|visita(?:r|ron|rá)?|visitó)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$/iu;

/** Forecasts, targets and plans: not the value that holds now ("the next year" after a past event is a past year, not a forecast). */
const FORECAST = /(?:^|[^\p{L}])(?:projected|projection|projections|forecasts?|forecasted|expected to|is expected|are expected|expects?|target(?:s|ed)? of|goal of|aims? (?:to|for)|plans? to|planea(?:n)?|planifica(?:n)?|(?<!the\s)next year|the coming year|proyect(?:a|an|ado|ada|ados|adas|ó|ión|iones)|pronóstico|pronostica|se (?:espera|prevé)|prevé|previsto|prevista|meta de|objetivo de|el próximo año|el año próximo|para el año que viene)(?![\p{L}])/iu;

/** A value from before an event or period, not its current value. */
const BEFORE = /(?:^|[^\p{L}])(?:before|prior to|until|previously|antes de(?:l)?|previo a(?:l)?|hasta antes|anteriormente)(?![\p{L}])/iu;

/** An average: "on average", "the daily average", "en promedio", "un promedio de". */
const AVERAGE_BEFORE = /(?:^|[^\p{L}])(?:average|averages|averaged|on average|mean|promedio|promedia(?:n|ba)?|media de)(?![\p{L}])(?:[\s,]+[^\s.;:]+){0,4}?[\s,]*$/iu;
/** Per unit of time after the figure's noun: "600 arrests a day", "2,383 por mes", "capturas diarias" (a year is a yearly quantity's own period). */
const PER_TIME_AFTER = /^[\s\p{L}-]{0,30}?(?:(?:a|per|each|every|por|al|cada)\s+(?:day|week|month|día|dia|semana|mes)|daily|weekly|monthly|diari[oa]s?|semanal(?:es)?|mensual(?:es)?)(?![\p{L}])/iu;
/** A month as the figure's period: "the month of January", "cerró el mes de enero". */
const MONTH_PERIOD = /(?:^|[^\p{L}])(?:(?:the\s+)?month\s+of|(?:el\s+)?mes\s+de|in\s+the\s+month|durante\s+el\s+mes)(?![\p{L}])/iu;
/** A date read as the time of the count beside it: "by July 2022", "para noviembre", "as of", "hasta". */
export const AS_OF_BEFORE = /(?:^|[^\p{L}])(?:by|as of|as at|through|until|para|hasta|al cierre de|a finales de|a fines de)\s+(?:(?:the\s+end\s+of|el|la|los|fines\s+de|finales\s+de)\s+)?$/iu;

/** A part of a whole just given: "62 of them", "de ellos", "among them". */
const PART_AFTER = /^\s*(?:of them|of those|of whom|of which|de (?:ellos|ellas|los cuales|las cuales|estos|estas))(?![\p{L}])/iu;
const PART_BEFORE = /(?:^|[^\p{L}])(?:among them|including|of whom|of which|entre ellos|entre ellas|incluidos|incluidas|de los cuales|de las cuales)\s*$/iu;

/** Words setting a clause's subject against one named before: "the other prisons", "el resto de". */
const OTHER = /(?:^|[^\p{L}])(?:the other|other|the rest of|the remaining|remaining|otros|otras|los demás|las demás|demás|el resto de(?:l)?|los restantes|las restantes|restantes)(?![\p{L}])/iu;

/** Joins between listed parts. */
const AND = /^\s*(?:,\s*)?(?:and|plus|y|e|más)\s+$/iu;
const COUNTS = new Set(['count', 'number']);
export const VALUE_KINDS = new Set(['count', 'number', 'percent', 'rate', 'money']);

/** A count listed with another count of a different noun ("7,000 soldiers and 3,000 police"). */
function listedPart(text: string, f: Figure, analysis: Analysis, k: number): FrameEvidence | null {
  if (!COUNTS.has(f.kind) || !f.unit) return null;
  for (const j of [k - 1, k + 1]) {
    const g = analysis.figures[j];
    if (!g || g.sentence !== f.sentence || !COUNTS.has(g.kind) || !g.unit || g.unit === f.unit) continue;
    const [a, b] = j < k ? [g, f] : [f, g];
    // Between them: the first one's noun, then "and" ("7,000 soldiers and 3,000").
    const between = text.slice(a.end, b.start);
    const m = /^\s*[\p{L}-]+(\s*(?:,\s*)?(?:and|plus|y|e|más)\s+)$/iu.exec(between);
    if (m && AND.test(m[1]!)) {
      const join = /(?:and|plus|y|e|más)\s*$/iu.exec(m[1]!)!;
      const start = a.end + m.index + m[0].length - join[0].length;
      return { text: join[0].trim(), start, end: start + join[0].trim().length };
    }
  }
  return null;
}

const CLAUSE_GAP = 20;
const CLAUSE_REACH = 400;

/** Reads every figure's frame. */
export function readFrames(text: string, analysis: Analysis): Frame[] {
  const reader = new FrameReader(text, analysis);
  return analysis.figures.map((_, k) => reader.frame(k));
}

function frameOf(text: string, analysis: Analysis, k: number, placesOf: (s: number) => PlaceMention[], context: ContextReader): Frame {
  const f = analysis.figures[k]!;
  const s = analysis.sentences[f.sentence]!;
  const clause = clauseOf(text, f, s);
  const all = placesOf(f.sentence).filter((p) => !(p.start < f.end && f.start < p.end));
  // A possessive on the figure or on its measure names its holder outright: "Canada's 2.25",
  // "Guatemala's prison population of 20,000".
  const owner = possessive(text, all, f, analysis, k);
  if (owner) {
    const { role, evidence } = roleOf(text, f, clause, analysis, k);
    return { holder: { place: owner.place, where: 'clause', text: text.slice(owner.start, owner.end), start: owner.start, end: owner.end }, places: [owner.place], role, roleEvidence: evidence };
  }
  const here = all.filter((p) => !compared(text, p, s.start));
  let holder: Holder | null = null;
  let named: string[] = [];
  // A short phrase fronting the clause ("In Guatemala, …", "En 2023, …") speaks for it.
  const lead = text.slice(s.start, clause.start);
  const from = clause.start > s.start && clause.start - s.start <= 40 && /,\s*$/.test(lead) ? s.start : clause.start;
  const inClause = here.filter((p) => p.start >= from && p.end <= clause.end);
  if (inClause.length > 0) {
    holder = nearestTo(f, inClause, text, 'clause');
    named = [...new Set(inClause.map((p) => p.place))];
  } else {
    // The sentence's subject: a place named before the figure's clause ("Honduran police … reported about 12,000").
    const before = here.filter((p) => p.end <= clause.start);
    if (before.length > 0) {
      holder = nearestTo(f, before, text, 'sentence');
      named = [...new Set(before.map((p) => p.place))];
    } else if (here.length === 0 && (analysis.blocks[s.block]!.type === 'cell' || context.answers(k))) {
      // A table cell is the place its headers name ("El Salvador | Honduras"); an answer, the place its question names.
      for (const c of context.of(k)) {
        if (c.where === 'previous-sentence') continue;
        const there = placesOf(c.sentence).filter((p) => !compared(text, p, c.start));
        if (there.length === 0) continue;
        const last = there[there.length - 1]!;
        holder = { place: last.place, where: c.where, text: text.slice(last.start, last.end), start: last.start, end: last.end };
        named = [...new Set(there.map((p) => p.place))];
        break;
      }
    } else if (here.length === 0 && f.sentence > 0 && analysis.sentences[f.sentence - 1]!.block >= s.block - 1) {
      // An elliptic sentence ("It fell to 2.4 the next year") keeps the place of the one before.
      const prev = analysis.sentences[f.sentence - 1]!;
      // Its topic: places named before its first figure (those after it hold their own figures).
      // The figure before this sentence's first is the last of an earlier sentence: walk back to the previous sentence's first.
      let j = k;
      for (let n = 0; j > 0 && analysis.figures[j - 1]!.sentence >= f.sentence && n < 64; n++) j--;
      let first: Figure | undefined;
      for (let n = 0; j > 0 && analysis.figures[j - 1]!.sentence === f.sentence - 1 && n < 64; j--, n++) first = analysis.figures[j - 1];
      const there = placesOf(f.sentence - 1).filter((p) => !compared(text, p, prev.start) && (!first || p.end <= first.start));
      if (there.length > 0) {
        const last = there[there.length - 1]!;
        holder = { place: last.place, where: 'previous', text: text.slice(last.start, last.end), start: last.start, end: last.end };
        named = [...new Set(there.map((p) => p.place))];
      }
    }
  }
  const { role, evidence } = roleOf(text, f, clause, analysis, k);
  return { holder, places: named, role, roleEvidence: evidence };
}

const POSSESSIVE = /^(?:'s|’s|')(?![\p{L}])/u;

function possessive(text: string, ps: readonly PlaceMention[], f: Figure, analysis: Analysis, k: number): PlaceMention | null {
  const prev = analysis.figures[k - 1];
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i]!;
    if (p.end > f.start) continue;
    if (f.start - p.end > 48) break;
    if (prev && prev.sentence === f.sentence && prev.start >= p.end) break;
    const tail = text.slice(p.end, f.start);
    if (POSSESSIVE.test(tail) && !/[,;:.()]/.test(tail.slice(2))) return p;
    // "led by El Salvador (322 percent)": a figure in brackets right after a place is that place's.
    if (/^\s*\(\s*$/.test(tail)) return p;
    break;
  }
  return null;
}

function nearestTo(f: Figure, ps: readonly PlaceMention[], text: string, where: HolderSource): Holder {
  let best = ps[0]!;
  let bestD = Infinity;
  for (const p of ps) {
    const d = p.end <= f.start ? f.start - p.end : (p.start - f.end) * 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return { place: best.place, where, text: text.slice(best.start, best.end), start: best.start, end: best.end };
}

/** A superlative ranging over a place: "the largest such facility in the Americas", "la tasa más baja de la región". */
const SUPERLATIVE = /(?:^|[^\p{L}])(?:largest|biggest|highest|lowest|safest|deadliest|most|least|smallest|worst|best|mayor|menor|más|menos|primer|primera|first)(?![\p{L}])[^.;:]{0,48}(?:^|[^\p{L}])(?:in|of|among|en|de|del|entre)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$/iu;

function compared(text: string, p: PlaceMention, from: number): boolean {
  return COMPARED.test(text.slice(Math.max(from, p.start - 28), p.start)) || SUPERLATIVE.test(text.slice(Math.max(from, p.start - 80), p.start));
}

function roleOf(text: string, f: Figure, clause: { start: number; end: number }, analysis: Analysis, k: number): { role: Role; evidence: FrameEvidence | null } {
  const ev = (m: RegExpExecArray, base: number): FrameEvidence => {
    const lead = m[0].length - m[0].trimStart().length;
    const start = base + m.index + lead;
    return { text: m[0].trim(), start, end: base + m.index + m[0].length };
  };
  const after = PART_AFTER.exec(text.slice(f.end, f.end + 24));
  const prevFigure = analysis.figures[k - 1];
  if (after && prevFigure && prevFigure.sentence === f.sentence) return { role: 'part', evidence: ev(after, f.end) };
  const lead = text.slice(Math.max(clause.start, f.start - 30), f.start);
  const pb = PART_BEFORE.exec(lead);
  if (pb) return { role: 'part', evidence: ev(pb, f.start - lead.length) };
  if (f.kind === 'date' || f.kind === 'year') {
    // "Para julio del 2022, el número … había ascendido a 47,043": the date times the count.
    const asOf = AS_OF_BEFORE.exec(text.slice(Math.max(clause.start, f.start - 30), f.start));
    // The figures after it in its clause (a clause is at most CLAUSE_REACH characters past the figure).
    let counted = false;
    for (let j = k + 1; j < analysis.figures.length && !counted; j++) {
      const g = analysis.figures[j]!;
      if (g.sentence !== f.sentence || g.start >= clause.end) break;
      counted = VALUE_KINDS.has(g.kind);
    }
    if (asOf && counted) return { role: 'as-of', evidence: ev(asOf, Math.max(clause.start, f.start - 30)) };
    return { role: 'actual', evidence: null };
  }
  const from = Math.max(clause.start, f.start - 60);
  const avg = AVERAGE_BEFORE.exec(text.slice(from, f.start));
  const between = analysis.figures[k - 1];
  // An average word nearer another figure is that figure's ("about 150% of capacity on average and several countries top 200%").
  const word = avg ? /[\p{L}]/u.exec(avg[0])!.index + from + avg.index : 0;
  const own = avg && !(between && between.sentence === f.sentence && (between.start >= word || word - between.end < f.start - word));
  if (own && avg) return { role: 'average', evidence: { text: avg[0].trim().split(/\s+/).slice(0, 3).join(' '), start: f.start, end: f.start } };
  const per = PER_TIME_AFTER.exec(text.slice(f.end, Math.min(clause.end, f.end + 48)));
  if (per && f.kind !== 'duration') return { role: 'average', evidence: ev(per, f.end) };
  const month = MONTH_PERIOD.exec(text.slice(clause.start, clause.end));
  if (month && (f.kind === 'rate' || f.kind === 'percent')) return { role: 'month', evidence: ev(month, clause.start) };
  // Listed parts: "7,000 soldiers and 3,000 police" (each a part of the force, neither the whole).
  const listed = listedPart(text, f, analysis, k);
  if (listed) return { role: 'part', evidence: listed };
  const clauseText = text.slice(clause.start, clause.end);
  // Something else than the subject named elsewhere: "while the other prisons hold 60,000".
  const other = OTHER.exec(text.slice(clause.start, f.start));
  if (other) return { role: 'other', evidence: ev(other, clause.start) };
  // The forecast's words before the figure in its clause, or just after it ("a rate of 1.8 is projected"):
  // "the 40,000-bed prison is part of a visit expected to continue" forecasts the visit, not the beds.
  const fc = FORECAST.exec(text.slice(clause.start, Math.min(clause.end, f.end + 30)));
  if (fc) return { role: 'forecast', evidence: ev(fc, clause.start) };
  const bf = BEFORE.exec(clauseText);
  if (bf && f.kind !== 'duration') return { role: 'before', evidence: ev(bf, clause.start) };
  return { role: 'actual', evidence: null };
}

/** A figure's clause: between clause marks (not commas inside numbers), a fronted phrase joined to the clause it introduces. */
export function clauseOf(text: string, f: { start: number; end: number }, s: { start: number; end: number }): { start: number; end: number } {
  // Bounded walks: a clause is read at most CLAUSE_REACH characters on each side of its figure.
  const lo = Math.max(s.start, f.start - CLAUSE_REACH);
  const hi = Math.min(s.end, f.end + CLAUSE_REACH);
  let start = f.start;
  while (start > lo && !isClauseMark(text, start - 1)) start--;
  let end = f.end;
  while (end < hi && !isClauseMark(text, end)) end++;
  // A fronted phrase ("In 2015, …", "Then in mid June, …") belongs with the clause it introduces.
  if (start - s.start <= CLAUSE_GAP && end < s.end && end - start <= 40 && text[end] === ',') {
    end++;
    while (end < hi && !isClauseMark(text, end)) end++;
  }
  return { start, end };
}

export function isClauseMark(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  return c === ';' || c === ':' || c === '(' || c === ')' || c === '—' || c === '–';
}

/**
 * Per block, by its stable id (see `CheckMemo.blockIds`), how often its sentences name each
 * place (not compared with, not a region): kept between analyses so that the article's place is
 * recounted only in the blocks an edit touched.
 */
export interface PlaceMemo {
  ids: readonly number[];
  tallies: Map<number, BlockPlaces>;
}

/** A block's places: how often each is named (not compared with, not a region), and every country it names. */
export interface BlockPlaces {
  tally: ReadonlyMap<string, number>;
  countries: readonly string[];
}

/** Frames read on demand, figure by figure, each sentence's places read once. */
export class FrameReader {
  private readonly frames: (Frame | undefined)[] = [];
  private readonly places = new Map<number, PlaceMention[]>();
  /** Context one step away (table headers, the question, the sentence an anaphor points to). */
  readonly context: ContextReader;

  constructor(
    private readonly text: string,
    private readonly analysis: Analysis,
    private readonly memo?: PlaceMemo,
  ) {
    this.context = new ContextReader(text, analysis);
  }

  private placesOf = (s: number): PlaceMention[] => {
    let p = this.places.get(s);
    if (!p) {
      const sen = this.analysis.sentences[s]!;
      p = findPlaces(this.text.slice(sen.start, sen.end), sen.start);
      this.places.set(s, p);
    }
    return p;
  };

  private dominant: string | null | undefined;

  /**
   * The place the article is about, when one clearly leads: named (not compared with) at least
   * three times and more than twice as often as any other country. Regions do not count.
   */
  documentPlace(): string | null {
    if (this.dominant !== undefined) return this.dominant;
    const counts = new Map<string, number>();
    for (const { tally } of this.blockPlaces()) for (const [place, n] of tally) counts.set(place, (counts.get(place) ?? 0) + n);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [top, next] = ranked;
    this.dominant = top && top[1] >= 3 && (!next || top[1] > 2 * next[1]) ? top[0] : null;
    return this.dominant;
  }

  private sole: string | null | undefined;

  /** The one country the article names, when it names exactly one (compared-with places count; regions do not). */
  soleCountry(): string | null {
    if (this.sole !== undefined) return this.sole;
    const named = new Set<string>();
    for (const { countries } of this.blockPlaces()) for (const c of countries) named.add(c);
    this.sole = named.size === 1 ? [...named][0]! : null;
    return this.sole;
  }

  private byBlock: BlockPlaces[] | undefined;

  /** Each block's places, read anew only for blocks the memo does not know. */
  private blockPlaces(): BlockPlaces[] {
    if (this.byBlock) return this.byBlock;
    const out: BlockPlaces[] = [];
    const { blocks, sentences } = this.analysis;
    const memo = this.memo;
    let s = 0;
    for (let b = 0; b < blocks.length; b++) {
      const first = s;
      while (s < sentences.length && sentences[s]!.block === b) s++;
      const id = memo?.ids[b];
      let read = id !== undefined ? memo!.tallies.get(id) : undefined;
      if (!read) {
        read = this.readBlock(first, s);
        if (id !== undefined) memo!.tallies.set(id, read);
      }
      out.push(read);
    }
    return (this.byBlock = out);
  }

  /** How often sentences [from, to) name each place, compared-with places and regions left out; and the countries they name. */
  private readBlock(from: number, to: number): BlockPlaces {
    const tally = new Map<string, number>();
    const mentions: PlaceMention[] = [];
    for (let s = from; s < to; s++) {
      const start = this.analysis.sentences[s]!.start;
      for (const p of this.placesOf(s)) {
        mentions.push(p);
        if (p.place in REGIONS || p.place === 'world' || compared(this.text, p, start)) continue;
        tally.set(p.place, (tally.get(p.place) ?? 0) + 1);
      }
    }
    return { tally, countries: [...countriesOf(mentions)] };
  }

  frame(k: number): Frame {
    return (this.frames[k] ??= frameOf(this.text, this.analysis, k, this.placesOf, this.context));
  }
}
