/**
 * What the editor shows about figures, as plain data (no `vscode` here, so it is unit-tested in
 * Node): each figure's status (conflict, disputed or outdated, agrees, not checked), the counts
 * and groups of the Figures view and the status bar, and the hover's model (a one-line verdict,
 * a narrow list of sources with quotes trimmed around their figure, evidence in plain words, and
 * the details behind a setting).
 */
import type { CheckResult } from '../engine/check';
import { describeDifference, formatDate, trimQuote, uiNumber } from '../engine/checks/format';

export { trimQuote };
import type { Catalog } from '../engine/dataset/catalog';
import type { Figure } from '../engine/model';
import type { Match } from '../engine/match/match';
import type { ClaimView, Judgement } from '../engine/match/verdict';
import { CONTEXT_WORDS, type ContextSource } from '../engine/frames/context';

/** How a figure stands, as the editor shows it. "unchecked" covers unmatched and unsourced figures. */
export type Status = 'conflict' | 'disputed' | 'agrees' | 'unchecked';

/** Statuses in the order the Figures view lists them: problems first. */
export const STATUS_ORDER: readonly Status[] = ['conflict', 'disputed', 'unchecked', 'agrees'];

/** Words for each status, in a group heading and in a screen reader's label. */
export const STATUS_WORDS: Record<Status, { heading: string; mark: string; plain: string }> = {
  conflict: { heading: 'Conflicts', mark: '✗', plain: 'conflict' },
  disputed: { heading: 'Disputed or outdated', mark: '≠', plain: 'disputed or outdated' },
  unchecked: { heading: 'Not checked', mark: '?', plain: 'not checked' },
  agrees: { heading: 'Agrees with the sources', mark: '✓', plain: 'agrees' },
};

/** The status of figure k: any warning or error on it is a conflict, whatever the verdict. */
export function figureStatus(result: CheckResult, k: number): Status {
  const verdict = result.verdicts[k];
  if (verdict === 'conflicts') return 'conflict';
  if (result.diagnostics.some((d) => d.figure === k && (d.severity === 'warning' || d.severity === 'error') && d.code !== 'outdated')) return 'conflict';
  if (verdict === 'disputed' || verdict === 'outdated') return 'disputed';
  if (verdict === 'agrees') return 'agrees';
  return 'unchecked';
}

/**
 * Figures that only date another figure ("2.6 per 100,000 in 2023"): the years and dates a
 * match took its period from. Not checked themselves, they get no "?" in the text.
 */
export function periodFigures(result: CheckResult): Set<number> {
  const spans = result.matches.flatMap((m) => (m?.evidence.time ? [m.evidence.time] : []));
  const out = new Set<number>();
  if (spans.length === 0) return out;
  result.analysis.figures.forEach((f, k) => {
    if ((f.kind === 'year' || f.kind === 'date') && !result.matches[k] && spans.some((t) => t.start <= f.start && f.end <= t.end)) out.add(k);
  });
  return out;
}

export type Counts = Record<Status, number>;

/** How many figures have each status. */
export function countStatuses(result: CheckResult): Counts {
  const counts: Counts = { conflict: 0, disputed: 0, agrees: 0, unchecked: 0 };
  for (let k = 0; k < result.analysis.figures.length; k++) counts[figureStatus(result, k)]++;
  return counts;
}

/** The status bar's accessible label, in plain words. */
export function countsLabel(c: Counts): string {
  const checked = c.conflict + c.disputed + c.agrees;
  const parts = [`${checked} ${checked === 1 ? 'figure' : 'figures'} checked`, `${c.unchecked} not checked`, `${c.conflict} ${c.conflict === 1 ? 'conflict' : 'conflicts'}`];
  if (c.disputed) parts.push(`${c.disputed} disputed or outdated`);
  return `Crosscheck: ${parts.join(', ')}`;
}

/** One figure in the Figures view. */
export interface FigureItem {
  /** Index in the analysis's figures. */
  k: number;
  start: number;
  end: number;
  /** The figure as written, on one line. */
  text: string;
  /** What it was tied to (the quantity's label), or null. */
  label: string | null;
  /** What the sources say, e.g. "40,000" or "January 31, 2023 / February 2023", or null. */
  sources: string | null;
  status: Status;
  /** True when there is something to chart (a quantity with sourced values). */
  comparable: boolean;
}

/** One group of the Figures view. */
export interface FigureGroup {
  status: Status;
  items: FigureItem[];
}

/** Figures grouped by status (conflicts first, empty groups left out); `only` keeps one status. */
export function groupFigures(result: CheckResult, catalog: Catalog | null, only?: Status): FigureGroup[] {
  const groups = new Map<Status, FigureItem[]>(STATUS_ORDER.map((s) => [s, []]));
  result.analysis.figures.forEach((f, k) => {
    const status = figureStatus(result, k);
    if (only && status !== only) return;
    const m = result.matches[k] ?? null;
    const j = result.judgements[k] ?? null;
    groups.get(status)!.push({
      k,
      start: f.start,
      end: f.end,
      text: oneLine(f.text),
      label: m ? quantityLabel(catalog, m) : null,
      sources: j ? sourcesSay(j) : null,
      status,
      comparable: !!m && !!catalog && chartable(catalog, m),
    });
  });
  return STATUS_ORDER.map((status) => ({ status, items: groups.get(status)! })).filter((g) => g.items.length > 0);
}

/** True when the quantity (or its series) has a sourced value to draw. */
function chartable(catalog: Catalog, m: Match): boolean {
  const ids = m.series ? (catalog.series.get(m.series) ?? []).map((q) => q.id) : [m.quantity];
  return ids.some((id) => (catalog.claimsByQuantity.get(id) ?? []).length > 0);
}

/** A quantity's label; for a period the dataset lacks, its series' label with that period (never an id). */
export function quantityLabel(catalog: Catalog | null, m: Match): string {
  const q = catalog?.dataset.quantities.get(m.quantity);
  if (q) return q.label;
  const member = m.series ? catalog?.series.get(m.series)?.[0] : undefined;
  const period = m.evidence.time?.period;
  if (member?.series && period && member.label.includes(member.series.period)) return member.label.replace(member.series.period, period);
  return member ? member.label : 'a known quantity';
}

/** The distinct values the compared sources give, as written, "40,000" or "31 January 2023 / February 2023". */
export function sourcesSay(j: Judgement): string | null {
  // One wording per distinct value: "40,000" and "up to 40,000" say 40,000 once.
  const byValue = new Map<string, string>();
  for (const v of j.claims) if (!byValue.has(String(v.claim.value))) byValue.set(String(v.claim.value), oneLine(v.claim.asWritten));
  return byValue.size ? [...byValue.values()].join(' / ') : null;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The document's text between two offsets. */
export type Slice = (start: number, end: number) => string;

/** One source in the hover's list. */
export interface SourceRow {
  publisher: string;
  url: string | null;
  /** When the value holds, or the publication date. */
  date: string;
  /** The value as the source writes it. */
  value: string;
  mark: '✓' | '✗' | 'later';
  /** The source's sentence, trimmed around its figure. */
  quote: string;
}

/** What the hover shows for one figure. */
export interface HoverModel {
  status: Status;
  /** The first line's verdict: "✗ Conflicts", "✓ Agrees", "? Not checked". */
  verdict: string;
  /** The rest of the first line: the sources' value and the quantity, "sources say 40,000 · CECOT capacity". */
  summary: string;
  /** The figure as read, and the difference when it conflicts: "“60,000” is 60,000, +20,000 (+50%) from Breitbart". */
  figureLine: string;
  rows: SourceRow[];
  /** Why the figure was tied to its quantity, in plain words. */
  evidence: string | null;
  /** Short notes on how it was compared ("compared by month and day: …"). */
  notes: string[];
  /** Ids, scores and the runner-up: shown with the details setting. */
  details: string[];
  /** True when the chart command can draw something for this figure. */
  comparable: boolean;
}

/** The hover's model for figure k. */
export function hoverModel(result: CheckResult, k: number, catalog: Catalog | null, slice?: Slice): HoverModel {
  const f = result.analysis.figures[k]!;
  const m = result.matches[k] ?? null;
  const j = result.judgements[k] ?? null;
  const status = figureStatus(result, k);
  const label = m ? quantityLabel(catalog, m) : null;
  const say = j ? sourcesSay(j) : null;
  const notes: string[] = [];
  let verdict: string;
  let summary: string[] = [];
  if (!m || !j) verdict = '? Not checked';
  else if (j.verdict === 'unsourced') {
    verdict = '? Not checked';
    summary = [j.periodUnstated ? 'the sources give no period' : j.claims.length ? 'no source as of the article’s date' : 'no source for this'];
  } else {
    verdict = { agrees: '✓ Agrees', conflicts: '✗ Conflicts', disputed: '≠ Disputed', outdated: '⏱ Outdated' }[j.verdict];
    const value = j.verdict === 'outdated' ? newestSays(j) : say;
    if (value) summary = [`${j.verdict === 'outdated' ? 'the newest source says' : j.sourcesAgree ? 'sources say' : 'the sources say'} ${value}`];
  }
  if (status === 'conflict' && j && j.verdict !== 'conflicts') {
    verdict = `✗ ${findingWords(result, k)}`;
    summary = say ? [`sources say ${say}`] : [];
  }
  // A weak reading: shown as "may refer to", with the sources, never judged.
  const t = !m ? (result.tentative?.[k] ?? null) : null;
  if (t) {
    summary.push(`may refer to ${quantityLabel(catalog, t.match)}`);
    notes.push(`Not judged: ${t.match.confidence.doubt ?? 'the reading is weak'}.`);
  } else summary.push(label ?? 'not tied to a known quantity');
  let figureLine = `${quoted(f.text)} read as ${understood(f)}`;
  if (j?.difference && j.verdict !== 'agrees') figureLine += `; ${describeDifference(j.difference.value, j.difference.relative, f.unit)} from ${j.difference.against.source.publisher}`;
  if (j && f.kind === 'date' && f.yearInferred) notes.push('Compared by month and day: the article does not write the year.');
  if (j?.periodUnstated) notes.push('The sources give no period; this sentence names its own, so it is shown, not judged.');
  if (m && !m.known) notes.push(`No source covers ${label}.`);
  const tj = t?.judgement ?? null;
  const rows = j ? [...j.claims, ...j.later].map((v) => sourceRow(v, j.later.includes(v))) : tj ? [...tj.claims, ...tj.later].map((v) => sourceRow(v, tj.later.includes(v))) : [];
  const shown = m ?? t?.match ?? null;
  return { status, verdict, summary: summary.join(' · '), figureLine, rows, evidence: shown ? evidenceWords(shown, slice) : null, notes, details: shown ? details(shown) : [], comparable: !!shown && !!catalog && chartable(catalog, shown) };
}

/** A warning on a figure the sources do not contradict: its finding's kind in words. */
function findingWords(result: CheckResult, k: number): string {
  const d = result.diagnostics.find((x) => x.figure === k && (x.severity === 'warning' || x.severity === 'error'));
  return d?.code === 'arithmetic' ? 'Does not add up' : d?.code === 'inconsistent-in-document' ? 'Contradicts the article' : 'Flagged';
}

function newestSays(j: Judgement): string | null {
  const newest = [...j.claims].sort((a, b) => b.time.localeCompare(a.time))[0];
  return newest ? oneLine(newest.claim.asWritten) : null;
}

function sourceRow(v: ClaimView, later: boolean): SourceRow {
  return {
    publisher: oneLine(v.source.publisher),
    url: v.source.url && /^https?:\/\//.test(v.source.url) ? v.source.url : null,
    date: v.claim.time || v.source.published,
    value: oneLine(v.claim.asWritten),
    mark: later ? 'later' : v.agrees ? '✓' : '✗',
    quote: trimQuote(v.claim.quote, v.claim.asWritten, 80),
  };
}

const quoted = (s: string): string => `“${oneLine(s)}”`;

/** "‘room for’ and ‘CECOT’ in this sentence", "‘capacity’ here, ‘CECOT’ in the sentence before". */
export function evidenceWords(m: Match, slice?: Slice): string {
  const e = m.evidence;
  // The words as the article writes them ("CECOT", not the cue "cecot"), when the span gives them.
  const cue = (c: string, span?: { start: number; end: number; via?: 'stem' }): string => {
    const written = span && span.end > span.start && slice ? oneLine(slice(span.start, span.end)) : null;
    // Met as another form of the cue's words: say which ("‘held’ (as ‘holds’)").
    return `‘${written ?? c.replace(/\*$/, '…')}’${written && span?.via === 'stem' ? ` (as ‘${c}’)` : ''}`;
  };
  const measure = cue(e.measure.cue, e.measure);
  const named = e.subject.cue.startsWith('(');
  // Words read one step away (a table header, the question, the sentence before) say where they came from.
  const at = (where: ContextSource | undefined, here: string): string => (where ? CONTEXT_WORDS[where] : here);
  const measureAt = at(e.context?.measure, 'in this sentence');
  let words: string;
  if (named) words = `${measure} ${measureAt}, about the subject named just before`;
  else if (e.subject.where === 'sentence' && !e.context?.measure && !e.context?.subject) words = `${measure} and ${cue(e.subject.cue, e.subject)} in this sentence`;
  else if (e.subject.where === 'sentence') words = `${measure} ${measureAt}, ${cue(e.subject.cue, e.subject)} ${at(e.context?.subject, 'in this sentence')}`;
  else if (e.subject.where === 'previous') words = `${measure} ${measureAt}, ${cue(e.subject.cue, e.subject)} in the one before`;
  else words = `${measure} ${measureAt}, and the article is about ${cue(e.subject.cue, e.subject)}`;
  if (e.time) words += e.time.how === 'latest' ? `; no year given, so the latest (${e.time.period})` : `; ‘${oneLine(e.time.text)}’${e.context?.time ? ` ${CONTEXT_WORDS[e.context.time]}` : ''} gives the year ${e.time.period}`;
  if (e.percentSign) words += '; a rate per inhabitants written with a % sign';
  if (e.listedWith !== undefined) words += '; listed with a figure of the same quantity';
  if (e.holder) words += `; ${cue(e.holder.text, e.holder)} ${e.holder.where === 'previous' ? 'in the sentence before' : e.holder.where === 'clause' ? 'next to it' : e.holder.where === 'sentence' ? 'in this sentence' : CONTEXT_WORDS[e.holder.where]} says whose it is`;
  return words;
}

/** The internals, for the details setting: ids and scores. */
function details(m: Match): string[] {
  const e = m.evidence;
  const out = [`quantity ${m.quantity}${m.series ? ` (series ${m.series})` : ''}`, `match score ${uiNumber(e.score)}`];
  if (e.runnerUp) out.push(`next best ${e.runnerUp.quantity} at ${uiNumber(e.runnerUp.score)}`);
  return out;
}

/** The figure as read, in the UI's number style: "60,000 inmates", "67,500–75,000 (nearly)". */
export function understood(f: Figure): string {
  if (f.kind === 'date') return `${typeof f.value === 'string' ? formatDate(f.value, 'en') : f.value}${f.yearInferred ? ' (year taken from the article’s date)' : ''}`;
  if (f.kind === 'year') return `the year ${f.value}`;
  const unit = f.unit === 'percent' ? '%' : f.unit === 'per_100k' ? ' per 100,000' : f.unit ? ` ${f.unit.replace(/_/g, ' ')}` : '';
  const value = f.kind === 'range' ? `${uiNumber(f.min!)}–${uiNumber(f.max!)}` : typeof f.value === 'number' ? uiNumber(f.value) : String(f.value);
  const interval = f.kind !== 'range' && (f.min !== f.value || f.max !== f.value) ? `, the words allow ${f.min === null ? '…' : uiNumber(f.min)}–${f.max === null ? '…' : uiNumber(f.max)}` : '';
  return `${value}${unit}${interval}`;
}
