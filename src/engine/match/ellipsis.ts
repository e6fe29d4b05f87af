/**
 * A figure that leaves out what it counts because the figure before it in a series said it:
 * "74,861 capturas de pandilleros y para septiembre del 2024 ya eran más de 81,000",
 * "arrests rose to 47,000 by July and 62,975 by January". The figure reads the measure of the
 * quantity the figure before was matched to, as near as that measure is to that figure.
 *
 * Read only when the figure names nothing it counts (no unit of its own, no measure word of a
 * quantity it could be from the joint to the end of its clause), follows the other figure within
 * its sentence across a comma, a semicolon or a coordinator, and no value figure stands between
 * them. A reading through it is strong only when that figure was matched strongly and the series
 * runs over time: a date or a year between the two gives this figure its own moment ("para
 * septiembre del 2024"). Otherwise it is a "may refer to". (A tight list, "19.7 in 2020 and 17.6 in
 * 2021", with nothing but connectors and years between, takes the match whole: `propagateLists`.)
 */
import type { Analysis, Figure } from '../model';
import type { CueHit } from './cues';
import { VALUE_KINDS } from '../frames/frame';

/** How far apart (characters) two figures of one series may stand. */
const REACH = 120;
/** What joins two members of a series: a comma, a semicolon or a coordinator. */
const JOIN = /[,;]|(?:^|[^\p{L}])(?:and|y|e|while|mientras)(?![\p{L}])/giu;

export interface Elision {
  /** Where the figure before, whose measure this one reads, stands. */
  start: number;
  end: number;
  /** The quantity the figure before was matched to; for a series, every member (the next value is another period's). */
  quantities: ReadonlySet<string>;
  /** Whether a date or a year between the two figures gives this one its moment. */
  overTime: boolean;
}

export interface SiblingMatch {
  quantities: ReadonlySet<string>;
  strong: boolean;
}

/**
 * The figure before figure k in its series, when k leaves out what it counts; null otherwise.
 * `measures(h, f)` says whether a cue hit names a measure of a quantity the figure could be.
 */
export function elidedFrom(
  text: string,
  analysis: Analysis,
  k: number,
  own: readonly CueHit[],
  clauseEnd: number,
  matched: (j: number) => SiblingMatch | null,
  measures: (h: CueHit, f: Figure) => boolean,
): Elision | null {
  const { figures } = analysis;
  const f = figures[k]!;
  if ((f.kind !== 'count' && f.kind !== 'number') || f.unit !== null) return null;
  let overTime = false;
  let j = k - 1;
  for (; j >= 0 && figures[j]!.sentence === f.sentence && !VALUE_KINDS.has(figures[j]!.kind); j--) {
    if (figures[j]!.kind === 'date' || figures[j]!.kind === 'year') overTime = true;
  }
  if (j < 0 || figures[j]!.sentence !== f.sentence) return null;
  const g = figures[j]!;
  if (g.kind !== 'count' && g.kind !== 'number') return null;
  if (f.start - g.end > REACH) return null;
  const m = matched(j);
  if (!m) return null;
  // The last joint between the two: from there on, the figure's own words.
  const between = text.slice(g.end, f.start);
  let joint = -1;
  JOIN.lastIndex = 0;
  for (let x = JOIN.exec(between); x; x = JOIN.exec(between)) joint = g.end + x.index + x[0].length;
  if (joint < 0) return null;
  if (own.some((h) => h.start >= joint && h.end <= Math.max(clauseEnd, f.end) && !(h.start < f.end && f.start < h.end) && measures(h, f))) return null;
  return { start: g.start, end: g.end, quantities: m.quantities, overTime: overTime && m.strong };
}
