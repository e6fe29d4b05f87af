/**
 * What a source's figure counts and when, read from its own clause: the counted noun or the
 * measure phrase (a general noun such as "people" hands over to the word after it: "97 people
 * died"), the other words near it, and the period (a year or date in the clause, else relative
 * words resolved with the source's own date: "last year", "el año pasado").
 */
import type { Analysis, Figure, Language } from '../model';
import { clauseOf } from '../frames/frame';
import { isGeneric, isStop, stem, wordsOf } from './words';

/** A figure's frame as the builder groups it. */
/** Whose a figure is and in what role, as the engine's frame reader gives it. */
export interface HolderReading {
  holder: { place: string; text: string } | null;
  role: string;
}

export interface SourceFrame {
  figure: number;
  /** The place the figure belongs to (a gazetteer id such as "sv"), and its name as written. */
  holder: { place: string; text: string } | null;
  /** The role it is given in: "actual", or a forecast, a value from before, a part, another's. */
  role: string;
  kind: 'count' | 'percent' | 'rate' | 'money' | 'duration';
  /** Canonical unit of the quantity (people for counts, percent, per_100k, USD, days…). */
  unit: string;
  /** The stem of what is counted or measured ("homicid", "evacu"). */
  head: string;
  /** The head word as written, folded. */
  headWord: string;
  /** The general noun the head stands behind ("people"), when there was one. */
  generic: string | null;
  /** Other words of the clause near the figure: word and stem, nearest first. */
  near: { word: string; stem: string }[];
  /** The measure phrase as written, for labels ("people died", "homicides"). */
  phrase: string;
  /** The period the figure belongs to (YYYY), and how it was read. */
  time: string | null;
  timeHow: 'clause' | 'sentence' | 'relative' | null;
  language: Language;
}

const NEAR = 5;
/** Words naming a rate or share, whose complement says what is measured. */
const RATE_WORDS = new Set(['rate', 'rates', 'tasa', 'tasas', 'share', 'index', 'indice']);
/** A part of a whole ("86% of them") is the value of its own measure; a forecast, a value from before, an average or a month's is not the actual one. */
function roleOf(role: string | undefined): string {
  return role === undefined || role === 'part' || role === 'as-of' ? 'actual' : role;
}

/** Auxiliaries between a general noun and the verb that tells what it counts ("people were killed"). */
const AUX = new Set(['who', 'that', 'which', 'que', 'quienes', 'were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'being', 'fueron', 'fue', 'han', 'ha', 'habian', 'habia', 'resultaron', 'quedaron', 'siguen', 'estan']);
const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)\b/i, -1],
  [/\b(?:this\s+year|so\s+far\s+this\s+year|the\s+current\s+year)\b/i, 0],
  [/\btwo\s+years\s+(?:ago|earlier)\b/i, -2],
  [/(?:^|[^\p{L}])(?:el\s+año\s+pasado|el\s+año\s+anterior|un\s+año\s+antes|del\s+año\s+pasado)(?![\p{L}])/iu, -1],
  [/(?:^|[^\p{L}])(?:este\s+año|en\s+lo\s+que\s+va\s+del?\s+año|el\s+año\s+en\s+curso)(?![\p{L}])/iu, 0],
  [/(?:^|[^\p{L}])hace\s+dos\s+años(?![\p{L}])/iu, -2],
];

/** Reads the frame of every figure worth a claim (counts, percentages, rates, money, durations). */
export function readSourceFrames(text: string, analysis: Analysis, published: string, readings: readonly HolderReading[] = []): SourceFrame[] {
  const out: SourceFrame[] = [];
  let last: SourceFrame | null = null;
  analysis.figures.forEach((f, k) => {
    // A heading restates the article's lead: its figures are read where the text gives them.
    if (analysis.blocks[analysis.sentences[f.sentence]!.block]!.type === 'heading') return;
    const prev = last && analysis.figures[last.figure]!.sentence === f.sentence ? last : null;
    const frame = frameOf(text, analysis, k, f, published, prev);
    if (!frame) return;
    const r = readings[k];
    out.push((last = { ...frame, holder: r?.holder ? { place: r.holder.place, text: r.holder.text } : null, role: roleOf(r?.role) }));
  });
  return out;
}

function kindOf(f: Figure): SourceFrame['kind'] | null {
  if (typeof f.value !== 'number' || f.vague) return null;
  if (f.kind === 'count' || f.kind === 'number') return 'count';
  if (f.kind === 'percent' || f.kind === 'rate' || f.kind === 'money' || f.kind === 'duration') return f.kind;
  return null;
}

function frameOf(text: string, analysis: Analysis, k: number, f: Figure, published: string, prev: SourceFrame | null): Omit<SourceFrame, 'holder' | 'role'> | null {
  const kind = kindOf(f);
  if (!kind) return null;
  const s = analysis.sentences[f.sentence]!;
  const block = analysis.blocks[s.block]!;
  const masked = block.masked;
  const clause = clauseOf(text, f, s);
  const lang = f.language;
  // Words of the clause outside any figure, as they sit before and after this one.
  const figures = analysis.figures.filter((g) => g.sentence === f.sentence);
  const inFigure = (p: number): boolean => figures.some((g) => p >= g.start && p < g.end);
  const words = wordsOf(masked.slice(clause.start - block.start, clause.end - block.start), clause.start).filter((w) => !inFigure(w.start));
  const before = words.filter((w) => w.end <= f.start).reverse();
  const after = words.filter((w) => w.start >= f.end);
  // Other value figures bound this figure's words: "2,200 homes and 500 cars" gives "homes" to 2,200.
  const nextValue = figures.find((g) => g.start >= f.end && g.kind !== 'year' && g.kind !== 'date');
  const prevValue = [...figures].reverse().find((g) => g.end <= f.start && g.kind !== 'year' && g.kind !== 'date');
  const afterOwn = after.filter((w) => !nextValue || w.start < nextValue.start);
  const beforeOwn = before.filter((w) => !prevValue || w.start >= prevValue.end);
  const content = (ws: typeof words) => ws.filter((w) => !isStop(w.w));
  let head: { w: string; start: number; end: number } | undefined;
  let generic: string | null = null;
  const unitWord = f.kind === 'count' && f.unit ? f.unit : null;
  const firstAfter = content(afterOwn.slice(0, 4))[0];
  if (unitWord) {
    const u = wordsOf(unitWord, 0)[0]?.w ?? '';
    if (isGeneric(u)) {
      generic = u;
      // "97 people died", "were killed": the word right after (past auxiliaries); else the verb before ("killed 97 people").
      const next = afterOwn.filter((w) => w.w !== u).find((w) => !AUX.has(w.w));
      const direct = next && !isStop(next.w) && !isGeneric(next.w) ? next : undefined;
      head = direct ?? content(beforeOwn).find((w) => !isGeneric(w.w)) ?? content(afterOwn).find((w) => w.w !== u && !isGeneric(w.w));
    } else head = afterOwn.find((w) => w.w === u) ?? content(afterOwn)[0];
  } else {
    // "52% of voters", "$5.5 billion in damages": the noun after a linking word; else the measure before.
    const link = /^\s*(?:of|in|for|de|del|en|para)\s/i.test(text.slice(f.end, f.end + 8));
    // "$4.04 billion global settlement": the noun phrase the figure modifies, its last word.
    const run: typeof words = [];
    for (const w of afterOwn) {
      if (isStop(w.w) || run.length >= 3 || /[,;:.]/.test(text.slice((run.at(-1) ?? f).end, w.start))) break;
      run.push(w);
    }
    const modified = run.length > 0 && afterOwn[0] === run[0] ? run.at(-1) : undefined;
    const candidates = modified ? [modified, ...content(beforeOwn)] : link ? [firstAfter, ...content(beforeOwn)] : [...content(beforeOwn), firstAfter];
    head = candidates.find((w) => w !== undefined && !isGeneric(w.w)) ?? candidates.find((w) => w !== undefined);
    if (head && isGeneric(head.w)) generic = head.w;
    // "the homicide rate … 2.4", "la tasa de homicidios … 2,4": the word the rate is of.
    const at = beforeOwn.findIndex((w) => RATE_WORDS.has(w.w));
    if (at >= 0) {
      const rate = beforeOwn[at]!;
      const of = lang === 'es' ? words.find((w) => w.start > rate.end && w.end <= f.start && !isStop(w.w)) : beforeOwn.slice(at + 1).find((w) => !isStop(w.w));
      if (of && !isGeneric(of.w)) head = of;
    } else if (prev && prev.kind === kind && (kind === 'rate' || kind === 'percent')) {
      // "Honduras's rate fell to 31.1, while El Salvador's dropped to 2.4": the same measure as the value before.
      return { ...prev, figure: k, near: prev.near, time: timeOf(text, analysis, k, f, clause, published)?.year ?? null, timeHow: timeOf(text, analysis, k, f, clause, published)?.how ?? null };
    }
  }
  if (!head) {
    // "2.5 million visitors …, down from 2.9 million": the same measure as the value before it.
    if (prev && prev.kind === kind) return { ...prev, figure: k, time: timeOf(text, analysis, k, f, clause, published)?.year ?? null, timeHow: timeOf(text, analysis, k, f, clause, published)?.how ?? null };
    return null;
  }
  const near = [...content(beforeOwn).slice(0, NEAR), ...content(afterOwn).slice(0, NEAR)]
    .filter((w) => w !== head)
    .sort((a, b) => distance(f, a) - distance(f, b))
    .slice(0, NEAR)
    .map((w) => ({ word: w.w, stem: stem(w.w, lang) }));
  const phraseStart = Math.min(head.start, f.end);
  const phraseEnd = Math.max(head.end, f.end);
  const phrase = head.start >= f.end ? text.slice(f.end, phraseEnd).trim() : text.slice(phraseStart, f.start).trim();
  const time = timeOf(text, analysis, k, f, clause, published);
  return {
    figure: k,
    kind,
    unit: unitOf(kind, f),
    head: stem(head.w, lang),
    headWord: head.w,
    generic,
    near,
    phrase: readable(phrase, text.slice(head.start, head.end)),
    time: time?.year ?? null,
    timeHow: time?.how ?? null,
    language: lang,
  };
}

/** A label's words: the phrase from the figure to what it counts when short, else that word alone. */
function readable(phrase: string, headText: string): string {
  const p = phrase.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return p.split(' ').length <= 4 && p.length <= 60 ? p : headText;
}

function distance(f: Figure, w: { start: number; end: number }): number {
  return w.end <= f.start ? f.start - w.end : w.start - f.end;
}

function unitOf(kind: SourceFrame['kind'], f: Figure): string {
  switch (kind) {
    case 'count':
      return f.unit === 'hectares' || f.unit === 'km' || f.unit === 'acres' || f.unit === 'tonnes' || f.unit === 'kg' ? f.unit : 'people';
    case 'percent':
      return 'percent';
    default:
      return (f.unit ?? 'units').replace(/[^a-zA-Z0-9_ ]/g, '_');
  }
}

/** The period of a figure: a year or dated figure in its clause (after it first), in its sentence, else relative words. */
function timeOf(text: string, analysis: Analysis, k: number, f: Figure, clause: { start: number; end: number }, published: string): { year: string; how: SourceFrame['timeHow'] } | null {
  const inSentence = analysis.figures.map((g, j) => ({ g, j })).filter(({ g }) => g.sentence === f.sentence && yearOf(g) !== null);
  const inClause = inSentence.filter(({ g }) => g.start >= clause.start && g.end <= clause.end);
  const after = inClause.find(({ j }) => j > k);
  const before = [...inClause].reverse().find(({ j }) => j < k);
  const pick = after && (!before || after.g.start - f.end <= f.start - before.g.end + 20) ? after : before;
  if (pick) return { year: String(yearIn(text, pick.g, published)), how: 'clause' };
  const clauseText = text.slice(clause.start, clause.end);
  const sentence = analysis.sentences[f.sentence]!;
  for (const scope of [clauseText, text.slice(sentence.start, sentence.end)]) {
    for (const [re, delta] of RELATIVE) if (re.test(scope)) return { year: String(Number(published.slice(0, 4)) + delta), how: 'relative' };
  }
  // A year fronting the sentence ("In 2023, … a rate of 363.8") before one that follows in another clause.
  const nearest = [...inSentence].reverse().find(({ j }) => j < k) ?? inSentence.find(({ j }) => j > k);
  if (nearest) return { year: String(yearIn(text, nearest.g, published)), how: 'sentence' };
  return null;
}

/** A dated figure's year; a date written without its year and followed by relative words counts from the source's date ("29 de octubre del año pasado", "Oct. 29 last year"). */
function yearIn(text: string, g: Figure, published: string): number {
  if (g.yearInferred) {
    const after = text.slice(g.end, g.end + 24);
    for (const [re, delta] of RELATIVE) {
      const m = re.exec(after);
      if (m && after.slice(0, m.index).trim() === '') return Number(published.slice(0, 4)) + delta;
    }
  }
  return yearOf(g)!;
}

function yearOf(g: Figure): number | null {
  if (g.kind === 'year' && typeof g.value === 'number' && g.value >= 1900 && g.value <= 2100) return g.value;
  if (g.kind === 'date' && typeof g.value === 'string' && /^\d{4}/.test(g.value)) return Number(g.value.slice(0, 4));
  return null;
}
