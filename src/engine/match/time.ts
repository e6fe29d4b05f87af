/**
 * Time words that select a dated value of a series: "52 per 100,000 in 2018", "By 2023, …
 * 2.6", "2020 and 2021 with 19.7 and 17.6, respectively", "36 … just the year after".
 */
import type { Quantity } from '../dataset/schema';
import type { Analysis, Figure } from '../model';

export interface TimeEvidence {
  text: string;
  start: number;
  end: number;
  how: 'explicit' | 'respectively' | 'relative' | 'context' | 'latest';
  /** The period chosen, e.g. "2023". */
  period: string;
}

const AFTER_WINDOW = 60;
const RELATIVE = /\b(?:the\s+year\s+after|a\s+year\s+later|the\s+following\s+year|the\s+next\s+year|one\s+year\s+later|un\s+año\s+despu[ée]s|al\s+año\s+siguiente|el\s+año\s+siguiente)\b/i;

function yearOf(f: Figure): number | null {
  if (f.kind === 'year' && typeof f.value === 'number') return f.value;
  if (f.kind === 'date' && typeof f.value === 'string' && /^\d{4}/.test(f.value)) return Number(f.value.slice(0, 4));
  return null;
}

/** Years within which a year's statistics are published (a 2022 rate is the latest out in early 2024). */
const PUBLICATION_LAG = 2;

const isValue = (f: Figure): boolean => f.kind !== 'year' && f.kind !== 'date';

/** A semicolon, or a comma with a conjunction: what follows is another clause. */
const NEXT_CLAUSE = /;|,\s*(?:and|but|while|whereas|y|e|pero|mientras)(?![\p{L}])/iu;

/** Chooses the period of a series a figure speaks of, or null if none can be told. */
export function chooseTime(index: number, analysis: Analysis, text: string, members: readonly Quantity[], sourced?: (q: Quantity) => string | null): TimeEvidence | null {
  const f = analysis.figures[index]!;
  const inSentence: number[] = [];
  for (let k = index; k >= 0 && analysis.figures[k]!.sentence === f.sentence; k--) inSentence.unshift(k);
  for (let k = index + 1; k < analysis.figures.length && analysis.figures[k]!.sentence === f.sentence; k++) inSentence.push(k);
  const figs = inSentence.map((k) => ({ k, f: analysis.figures[k]! }));
  const sentence = analysis.sentences[f.sentence]!;
  const sText = text.slice(sentence.start, sentence.end);
  const ev = (g: Figure, how: TimeEvidence['how'], year: number): TimeEvidence => ({ text: g.text, start: g.start, end: g.end, how, period: String(year) });

  // "2020 and 2021 with 19.7 and 17.6, respectively"
  const resp = /\b(?:respectively|respectivamente)\b/i.exec(sText);
  if (resp) {
    const at = sentence.start + resp.index;
    const before = figs.filter((x) => x.f.end <= at);
    let v = before.length - 1;
    const values: number[] = [];
    while (v >= 0 && isValue(before[v]!.f)) values.unshift(before[v--]!.k);
    const years: Figure[] = [];
    while (v >= 0 && yearOf(before[v]!.f) !== null) years.unshift(before[v--]!.f);
    const pos = values.indexOf(index);
    if (pos >= 0 && years.length === values.length) return ev(years[pos]!, 'respectively', yearOf(years[pos]!)!);
  }
  const at = figs.findIndex((x) => x.k === index);
  // A year right after the figure, with no other value between: "52 per 100,000 in 2018".
  for (let j = at + 1; j < figs.length; j++) {
    const g = figs[j]!.f;
    if (g.start - f.end > AFTER_WINDOW) break;
    // Past a new clause the year is the next one's: "was 53.1%, and in 2022 … 7.8".
    if (NEXT_CLAUSE.test(text.slice(f.end, g.start))) break;
    const y = yearOf(g);
    if (y !== null) return ev(g, 'explicit', y);
    if (isValue(g)) break;
  }
  // "36 per 100,000 just the year after"
  const nextStart = at + 1 < figs.length ? figs[at + 1]!.f.start : sentence.end;
  const between = text.slice(f.end, Math.min(nextStart, f.end + 50));
  const rel = RELATIVE.exec(between);
  if (rel) {
    const start = f.end + rel.index;
    for (let j = at - 1; j >= 0; j--) {
      const y = yearOf(figs[j]!.f);
      if (y !== null) return { text: rel[0], start, end: start + rel[0].length, how: 'relative', period: String(y + 1) };
    }
    // "In 2022 the rate was 7.8. It fell to 2.4 the next year.": the year after the sentence before's.
    for (let k = inSentence[0]! - 1; k >= 0; k--) {
      const g = analysis.figures[k]!;
      if (g.sentence < f.sentence - 1) break;
      const y = yearOf(g);
      if (y !== null) return { text: rel[0], start, end: start + rel[0].length, how: 'relative', period: String(y + 1) };
    }
  }
  // The nearest year before it in the sentence: "By 2023, … 2.6".
  for (let j = at - 1; j >= 0; j--) {
    const g = figs[j]!.f;
    const y = yearOf(g);
    if (y !== null) return ev(g, 'explicit', y);
  }
  // A year in the sentence before.
  for (let k = index - 1; k >= 0; k--) {
    const g = analysis.figures[k]!;
    if (g.sentence < f.sentence - 1) break;
    if (g.sentence === f.sentence || g.kind !== 'year') continue;
    return ev(g, 'context', g.value as number);
  }
  // No time words: among the periods recent enough to be the latest out then (a year's statistics
  // come out within the next two), the latest a source had published by the article's date, else
  // the latest a source speaks of; else the latest full period, which no source may cover.
  const refDate = analysis.referenceDate?.date ?? null;
  const ref = refDate ? Number(refDate.slice(0, 4)) : null;
  const upTo = [...members].reverse().filter((m) => ref === null || Number(m.series!.period.slice(0, 4)) <= ref);
  const first = sourced ? upTo.map((m) => ({ m, at: sourced(m) })).filter((x): x is { m: Quantity; at: string } => x.at !== null) : [];
  const recent = first.filter((x) => ref === null || ref - Number(x.m.series!.period.slice(0, 4)) <= PUBLICATION_LAG);
  const published = recent.find((x) => refDate === null || x.at <= refDate) ?? recent[0];
  if (published) return { text: '', start: f.start, end: f.start, how: 'latest', period: published.m.series!.period };
  const latest = upTo[0];
  if (!latest) return null;
  const period = Number(latest.series!.period.slice(0, 4));
  const wanted = ref !== null && ref - period > 1 ? ref - 1 : period;
  return { text: '', start: f.start, end: f.start, how: 'latest', period: String(wanted) };
}
