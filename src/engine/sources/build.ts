/**
 * The sources builder: source articles → figures (the engine's own analysis) → frames (what
 * each counts and when) → quantities → an ordinary dataset file. Every figure becomes a claim
 * quoting its own sentence; figures of the same frame across sources share a quantity; the
 * cue words come from the frames' words (what is counted: measure cues; the words the sources
 * share about the story: subject cues). Ids and order are stable so the file diffs well.
 */
import { analyze } from '../analyze';
import { fold } from '../dataset/catalog';
import { buildDataset } from '../dataset/build';
import { DATASET_VERSION, type Claim, type DatasetFile, type Quantity, type Source } from '../dataset/schema';
import type { Analysis, Language } from '../model';
import { conceptCues } from './concepts';
import { readFrames } from '../frames/frame';
import { readSourceFrames, type SourceFrame } from './frame';
import { readSource, type ReadSource, type SourceMeta } from './read';
import { cueOf, isGeneric, isStop, stem, wordsOf } from './words';
import { group, scopeOf, valueOf, type Group } from './group';

/** One source file to build from. */
export interface SourceFile {
  name: string;
  text: string;
  /** Metadata given outside the file (command-line flags, a prompt), winning over the file's own. */
  meta?: Partial<SourceMeta>;
}

/** Something the builder could not use, and why. */
export interface SourceProblem {
  file: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface BuiltSources {
  file: DatasetFile;
  problems: SourceProblem[];
  /** Per source file: figures read, claims kept. */
  counts: { file: string; figures: number; claims: number }[];
}

/** Quantity ids made by the builder start with this. */
export const SOURCES_PREFIX = 'src';

export interface Item {
  source: Source;
  read: ReadSource;
  analysis: Analysis;
  frame: SourceFrame;
  /** Group key, refined when a source gives two values for one key. */
  key: string;
  period: string | null;
}

/** Builds a dataset from source files. Files missing a publisher, date or URL are reported and left out. */
export function buildSourcesDataset(files: readonly SourceFile[]): BuiltSources {
  const problems: SourceProblem[] = [];
  const items: Item[] = [];
  const sources: Source[] = [];
  const counts: BuiltSources['counts'] = [];
  const taken = new Set<string>();
  const firstWords: Map<string, { word: string; lang: Language }>[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const read = readSource(f.name, f.text, f.meta ?? {});
    if (read.missing.length > 0) {
      problems.push({ file: f.name, severity: 'error', message: `no ${read.missing.join(', ')} (add ${read.missing.map((m) => `"${m}:"`).join(', ')} to its front matter, or pass ${read.missing.map((m) => `--${m === 'date' ? 'date' : m}`).join(', ')})` });
      continue;
    }
    const meta = read.meta;
    const analysis = analyze(read.text, { format: read.analyzeAs, language: meta.language ?? 'auto', referenceDate: { date: meta.date!, source: 'option' }, skipRecognition: true });
    const source: Source = {
      id: uniqueId(`${slug(meta.publisher!, 30)}-${meta.date}`, taken),
      publisher: meta.publisher!,
      author: meta.author,
      title: meta.title ?? f.name,
      published: meta.date!,
      url: meta.url === 'none' ? null : meta.url,
      kind: meta.kind ?? 'news',
      language: meta.language ?? analysis.language,
      attribution: { how: 'stated', note: `read from ${read.format === 'html' ? 'the page’s metadata' : 'the file’s front matter'} or given when the source was added (${f.name})` },
    };
    sources.push(source);
    const frames = readSourceFrames(read.text, analysis, meta.date!, readFrames(read.text, analysis));
    counts.push({ file: f.name, figures: analysis.figures.length, claims: 0 });
    for (const frame of frames) items.push({ source, read, analysis, frame, key: `${scopeOf(frame)}|${frame.kind}|${frame.unit}|${frame.head}`, period: frame.time });
    firstWords.push(openingWords(read.text, analysis));
  }
  const topic = storyWords(firstWords);
  const groups = group(items, topic);
  const { quantities, claims } = toRecords(groups, topic, namesIn(items));
  const file: DatasetFile = {
    version: DATASET_VERSION,
    description: `Built by crosscheck sources from ${sources.length} source file${sources.length === 1 ? '' : 's'}. Regenerated when sources change: rename or merge quantities in a copy.`,
    sources: sources.sort((a, b) => a.id.localeCompare(b.id)),
    quantities,
    claims,
  };
  // The dataset loader's own checks (quotes read back by the engine): what fails is left out, with why.
  const built = buildDataset([{ name: 'sources', file, bundled: false }], { verifyQuotes: true });
  for (const p of built.problems) {
    const m = /^\$\.claims\[(\d+)\]/.exec(p.path);
    const c = m ? file.claims![Number(m[1])] : undefined;
    problems.push({ file: c ? fileOf(items, c) : 'sources', severity: 'warning', message: c ? `left out “${c.asWritten}”: ${p.message}` : p.message });
  }
  file.claims = file.claims!.filter((c) => built.dataset.claims.has(c.id));
  const used = new Set(file.claims.map((c) => c.quantity));
  file.quantities = file.quantities!.filter((q) => used.has(q.id));
  for (const c of counts) c.claims = file.claims.filter((x) => fileOf(items, x) === c.file).length;
  return { file, problems, counts };
}

function fileOf(items: readonly Item[], c: Claim): string {
  return items.find((i) => i.source.id === c.source)?.read.name ?? 'sources';
}

/** Stems of the title and opening paragraph of a source: what the story is about. */
function openingWords(text: string, analysis: Analysis): Map<string, { word: string; lang: Language }> {
  const out = new Map<string, { word: string; lang: Language }>();
  let paragraphs = 0;
  for (const b of analysis.blocks) {
    if (b.type === 'paragraph' && ++paragraphs > 1) break;
    const lang: Language = analysis.language;
    for (const w of wordsOf(text.slice(b.start, b.end), 0)) {
      if (isStop(w.w) || isGeneric(w.w)) continue;
      const s = stem(w.w, lang);
      if (!out.has(s)) out.set(s, { word: w.w, lang });
    }
  }
  return out;
}

/** Words the sources share in their openings (at least two sources, or the only one): the story's subject words. */
function storyWords(openings: readonly Map<string, { word: string; lang: Language }>[]): Map<string, { word: string; lang: Language }> {
  const count = new Map<string, number>();
  for (const o of openings) for (const s of o.keys()) count.set(s, (count.get(s) ?? 0) + 1);
  // Sources that share no opening word (one story told in two languages): every source's words count.
  const need = openings.length > 1 && [...count.values()].some((n) => n >= 2) ? 2 : 1;
  const ranked = [...count.entries()].filter(([, n]) => n >= need).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
  const out = new Map<string, { word: string; lang: Language }>();
  for (const [s] of ranked) out.set(s, openings.find((o) => o.has(s))!.get(s)!);
  return out;
}

/** Stems of words the sources write capitalized inside sentences more often than not: names of places, bodies, people. */
function namesIn(items: readonly Item[]): Set<string> {
  const seen = new Set<ReadSource>();
  const tally = new Map<string, { upper: number; lower: number }>();
  for (const it of items) {
    if (seen.has(it.read)) continue;
    seen.add(it.read);
    const lang = it.analysis.language;
    for (const m of it.read.text.matchAll(/(?<=[\p{L}\d,;:)'’"”]\s+)([\p{L}][\p{L}'’]*)/gu)) {
      const w = m[1]!;
      const s = stem(fold(w).replace(/['’]s$/, ''), lang);
      const t = tally.get(s) ?? { upper: 0, lower: 0 };
      if (/^\p{Lu}/u.test(w)) t.upper++;
      else t.lower++;
      tally.set(s, t);
    }
  }
  return new Set([...tally.entries()].filter(([, t]) => t.upper > t.lower).map(([s]) => s));
}

/** Quantities (a series per group when its figures name periods) and their claims. */
function toRecords(groups: readonly Group[], topic: ReadonlyMap<string, { word: string; lang: Language }>, names: ReadonlySet<string>): { quantities: Quantity[]; claims: Claim[] } {
  const quantities: Quantity[] = [];
  const claims: Claim[] = [];
  const ids = new Set<string>();
  // Words near many groups' figures are the story's, not one quantity's: never measure cues.
  const spread = new Map<string, number>();
  for (const g of groups) for (const s of new Set(g.items.flatMap((i) => i.frame.near.map((n) => n.stem)))) spread.set(s, (spread.get(s) ?? 0) + 1);
  const common = (s: string): boolean => (groups.length >= 4 && (spread.get(s) ?? 0) > Math.max(2, groups.length / 3));
  const subject = { en: [] as string[], es: [] as string[] };
  for (const [s, w] of topic) subject[w.lang].push(cueOf(w.word, s));
  const subjectText = [...topic.values()].slice(0, 4).map((w) => w.word).join(', ') || 'the story';
  // Every place the sources give figures to, with its names as written.
  const places = new Map<string, Map<string, Language>>();
  for (const g of groups) {
    for (const i of g.items) {
      const h = i.frame.holder;
      if (!h) continue;
      if (!places.has(h.place)) places.set(h.place, new Map());
      places.get(h.place)!.set(h.text, i.frame.language);
    }
  }
  for (const g of groups) {
    const first = g.items[0]!.frame;
    const headWords = new Map<string, { cue: string; lang: Language }>();
    for (const it of g.items) {
      const f = it.frame;
      const stems = [f.head, ...it.key.slice(it.key.lastIndexOf('|') + 1).split('+')];
      for (const s of stems) {
        const word = s === f.head ? f.headWord : f.near.find((n) => n.stem === s)?.word;
        if (word && !common(s) && !isGeneric(word) && !headWords.has(s)) headWords.set(s, { cue: cueOf(word, s), lang: f.language });
      }
    }
    // Names ("Lahaina", "Maui") say whose a figure is, not what it measures, unless nothing else is left.
    const own = [...headWords.keys()].filter((s) => !names.has(s));
    if (own.length > 0) for (const s of [...headWords.keys()]) if (names.has(s)) headWords.delete(s);
    // Words near at least half of the group's figures (two at least) join what is measured.
    const near = new Map<string, { n: number; cue: string; lang: Language }>();
    for (const it of g.items) {
      for (const x of new Set(it.frame.near.map((n) => n.stem))) {
        const w = it.frame.near.find((n) => n.stem === x)!;
        if (common(x) || names.has(x) || topic.has(x) || isGeneric(w.word) || headWords.has(x)) continue;
        const cur = near.get(x);
        near.set(x, { n: (cur?.n ?? 0) + 1, cue: cueOf(w.word, x), lang: it.frame.language });
      }
    }
    const measure = { en: [] as string[], es: [] as string[] };
    for (const h of headWords.values()) push(measure[h.lang], h.cue);
    // A concept ("deaths", "vehículos") brings its words in both languages.
    const concept = /\|#(\w+)/.exec(g.key)?.[1];
    if (concept) for (const lang of ['en', 'es'] as const) for (const c of conceptCues(concept)[lang]) push(measure[lang], c);
    const shared = [...near.values()].filter((x) => x.n >= 2 && x.n * 2 >= g.items.length);
    for (const x of shared.sort((a, b) => b.n - a.n).slice(0, 3)) push(measure[x.lang], x.cue);
    if (measure.en.length + measure.es.length === 0) continue;
    const name = concept ?? slug([...headWords.values()][0]!.cue.replace(/\*$/, ''), 24).replace(/-/g, '_');
    const baseId = uniqueQuantityId(`${SOURCES_PREFIX}.${name}_${first.kind === 'count' ? (first.unit === 'people' ? 'count' : first.unit) : first.kind}`, ids);
    const periods = [...new Set(g.items.map((i) => i.period).filter((p): p is string => p !== null))].sort();
    for (const it of g.items) {
      if (it.period !== null || periods.length === 0) continue;
      const year = it.source.published.slice(0, 4);
      it.period = [...periods].reverse().find((p) => p <= year) ?? periods[0]!;
    }
    // A label in English when a source gives one, else in the sources' language.
    const labelled = g.items.some((i) => i.frame.language === 'en') ? g.items.filter((i) => i.frame.language === 'en') : g.items;
    const phrase = concept ?? (mostCommon(labelled.map((i) => i.frame.phrase)) || first.headWord);
    const values = g.items.map(valueOf);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const typical = { min: round(lo / 2), max: round(first.kind === 'percent' ? Math.min(100, hi * 2) : hi * 2) };
    // The place the figures belong to: another place named in a draft figure's clause rules the quantity out.
    // (Its names join the subject words, so the frame reader knows whose the quantity is.)
    const holder = g.items.find((i) => i.frame.holder)?.frame.holder ?? null;
    const ownSubject = { en: [...subject.en], es: [...subject.es] };
    const foreign = { en: [] as string[], es: [] as string[] };
    if (holder) for (const i of g.items) if (i.frame.holder) push(ownSubject[i.frame.language], i.frame.holder.text);
    if (holder) for (const [place, texts] of places) if (place !== holder.place) for (const [text, lang] of texts) push(foreign[lang], text);
    const cues = { subject: holder ? ownSubject : subject, measure, ...(foreign.en.length + foreign.es.length > 0 ? { foreign } : {}) };
    const make = (id: string, period: string | null): Quantity => ({
      id,
      label: `${kindLabel(first)} ${phrase}${period ? ` (${period})` : ''}`.slice(0, 200),
      description: `Figures of ${g.items.length === 1 ? 'one source' : `${new Set(g.items.map((i) => i.source.id)).size} source(s)`} for “${phrase}”${period ? ` in ${period}` : ''}, grouped by crosscheck sources.`,
      subject: subjectText,
      kind: first.kind,
      unit: first.unit,
      time: period ? 'period' : 'point',
      ...(period ? { series: { id: baseId, period } } : {}),
      cues,
      typical,
    });
    if (periods.length === 0) quantities.push(make(baseId, null));
    else for (const p of periods) quantities.push(make(`${baseId}.${p}`, p));
    for (const it of g.items) {
      const f = it.analysis.figures[it.frame.figure]!;
      claims.push({
        id: `${it.source.id}.f${String(it.frame.figure + 1).padStart(3, '0')}`,
        quantity: it.period && periods.length > 0 ? `${baseId}.${it.period}` : baseId,
        source: it.source.id,
        value: f.value as number,
        hedge: f.hedge ?? 'exact',
        asWritten: f.text.replace(/\s+/g, ' '),
        quote: quoteOf(it.read.text, it.analysis, it.frame.figure),
      });
    }
  }
  quantities.sort((a, b) => a.id.localeCompare(b.id));
  claims.sort((a, b) => a.id.localeCompare(b.id));
  return { quantities, claims };
}

function kindLabel(f: SourceFrame): string {
  return f.kind === 'percent' ? 'Share:' : f.kind === 'money' ? 'Amount:' : f.kind === 'rate' ? 'Rate:' : f.kind === 'duration' ? 'Time:' : 'Number of';
}

/** The figure's sentence as written (white space folded); a long one is cut to the stretch around the figure. */
function quoteOf(text: string, analysis: Analysis, k: number): string {
  const f = analysis.figures[k]!;
  const s = analysis.sentences[f.sentence]!;
  let start = s.start;
  let end = s.end;
  if (end - start > 560) {
    start = Math.max(s.start, f.start - 250);
    end = Math.min(s.end, f.end + 250);
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

function mostCommon(list: readonly string[]): string {
  const n = new Map<string, number>();
  for (const s of list) if (s) n.set(s, (n.get(s) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

function push(list: string[], cue: string): void {
  if (!list.includes(cue)) list.push(cue);
}

function round(x: number): number {
  return Number(x.toPrecision(3));
}

/** Lower-case ASCII letters and digits joined by "-". */
export function slug(s: string, max: number): string {
  const folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '') || 'source';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function uniqueQuantityId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}
