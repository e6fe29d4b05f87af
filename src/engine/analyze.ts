/**
 * The analysis of one document: prose map, language, sentences, figures, claims and
 * directives. Each prose block is analysed on its own given the document's context, so an
 * editor can re-analyse only the blocks an edit touched (see `incremental.ts`).
 */
import { blockClaims, type BlockClaim } from './claims/claims';
import { parseDirectives } from './directives';
import { periodEnd, resolveYear } from './figures/dates';
import { extractSentence, type RawFigure } from './figures/extract';
import { MONTHS_EN, MONTHS_ES, ORDINALS, VAGUE } from './figures/lexicon';
import { detectNumberStyle, type NumberStyle } from './figures/numerals';
import type { Analysis, Claim, Figure, Language, ProseBlock, ReferenceDate, Sentence } from './model';
import { findFrontMatter, blank } from './prose/frontMatter';
import { findDateline, findWireDateline, maskFurniture, parseFullDate, type Dateline } from './prose/furniture';
import { languageOf, languageScore } from './prose/language';
import { guardInline, guardNesting, markdownProse, type Comment } from './prose/markdown';
import type { Range } from './prose/mask';
import type { Tree } from '@lezer/common';
import { plainTextProse } from './prose/plaintext';
import { splitSentences } from './prose/sentences';
import { chunkEnd, cutSentence, MAX_EXTRACT_CHARS } from './pieces';

export { MAX_EXTRACT_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_FIGURES } from './pieces';

export interface AnalyzeOptions {
  /** How to read the text. */
  format: 'markdown' | 'plaintext';
  /** Force a language; "auto" detects it per document and paragraph. */
  language?: 'auto' | Language;
  /** A reference date for year-less dates: "option" overrides the text, "dataset" yields to a dateline. */
  referenceDate?: { date: string; source: 'option' | 'dataset' };
  /** Documents longer than this (UTF-16 units) are skipped with a message. */
  maxLength?: number;
  /** Today's date, for documents that give no date at all. */
  today?: Date;
  /** Do not try to recognise the article as a dataset source. */
  skipRecognition?: boolean;
}

/** Default size budget: 5 MiB of text. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

/** Document-wide context every block is analysed with. */
export interface DocContext {
  language: Language;
  forced: boolean;
  /** Decimal convention per language, from the paragraphs written in it. */
  numberStyles: Record<Language, NumberStyle>;
  lineBreaks: boolean;
}

/** What one block yields, before year-less dates are resolved. */
export interface BlockResult {
  /** Identity of this result; kept when an edit elsewhere only shifts the block. */
  id: number;
  sentences: Sentence[];
  figures: RawFigure[];
  /** Claims with figure indices local to `figures`. */
  claims: BlockClaim[];
}

const NUMBER_WORDS_EN = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen';
const NUMBER_WORDS_ES = 'uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\p{L}+cientos|\\p{L}+cientas|quinientos|quinientas|mil|millón|millon|millones|billón';
const OTHER = 'decades?|century|centuries|década|décadas|siglo|few|couple|half|third|thirds|quarter|quarters|fifth|mitad|tercio|tercios|cuarto|par|pocos|pocas|cuantos|cuantas';
const ANCHOR_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${NUMBER_WORDS_EN}|${NUMBER_WORDS_ES}|${OTHER}|${[...Object.keys(MONTHS_EN), ...Object.keys(MONTHS_ES), ...Object.keys(ORDINALS), ...VAGUE.map((v) => v.words[0]!)].join('|')})(?![\\p{L}])`,
  'iu',
);

/** Analyses a whole document. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const skipped = skipReason(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  if (skipped) return emptyAnalysis(skipped);
  const prose = proseOf(text, options.format);
  const ctx = documentContext(prose.blocks, options);
  const results = prose.blocks.map((b) => analyzeBlock(b, ctx));
  return assemble(text, prose, ctx, results, options);
}

/** The prose map of a document, with what the session needs to update it. */
export interface Prose {
  blocks: ProseBlock[];
  comments: Comment[];
  frontMatterDate: string | null;
  dateline: Dateline | null;
  /** The text the parser saw (front matter blanked), its tree, and where front matter ends. */
  source: string;
  tree: Tree | null;
  frontMatterEnd: number;
}

/** The prose map with front matter read, furniture masked and the dateline found. */
export function proseOf(text: string, format: AnalyzeOptions['format']): Prose {
  let source = text;
  let frontMatterDate: string | null = null;
  let frontMatterEnd = 0;
  if (format === 'markdown') {
    const fm = findFrontMatter(text);
    if (fm) {
      const d = fm.fields['date'] ?? fm.fields['published'] ?? fm.fields['pubdate'] ?? fm.fields['fecha'];
      if (d) frontMatterDate = isoDay(d) ?? parseFullDate(d);
      source = blank(text, fm.start, fm.end);
      frontMatterEnd = fm.end;
    }
  }
  let tree: Tree | null = null;
  let blocks: ProseBlock[];
  let comments: Comment[];
  if (format === 'markdown') {
    source = guardInline(source);
    const nesting = guardNesting(source);
    source = nesting.text;
    ({ blocks, comments, tree } = markdownProse(source));
    if (nesting.ranges.length > 0) flatten(blocks, nesting.ranges);
  } else ({ blocks, comments } = plainTextProse(source));
  const wire = findWireDateline(blocks);
  for (const b of blocks) b.masked = maskFurniture(b.masked);
  const dateline = findDateline(blocks) ?? wire;
  if (dateline) maskRange(blocks, dateline.start, dateline.lineEnd);
  return { blocks, comments, frontMatterDate, dateline, source, tree, frontMatterEnd };
}

/** Language and number convention of the document. */
export function documentContext(blocks: readonly ProseBlock[], options: AnalyzeOptions): DocContext {
  const SAMPLE = 40000;
  let sample = '';
  for (const b of blocks) {
    if (sample.length > SAMPLE) break;
    sample += b.masked + '\n';
  }
  const forced = options.language !== undefined && options.language !== 'auto';
  const language: Language = forced ? (options.language as Language) : languageOf(languageScore(sample), 'en', 1);
  // Separator evidence is gathered per language: a Spanish quote keeps "40.000" even in an English article.
  const samples: Record<Language, string> = { en: '', es: '' };
  let taken = 0;
  for (const b of blocks) {
    if (taken > SAMPLE) break;
    if (!/\d[.,]\d/.test(b.masked)) continue;
    const lang = blockLanguage(b, language, forced);
    samples[lang] += b.masked + '\n';
    taken += b.masked.length;
  }
  const numberStyles = { en: detectNumberStyle(samples.en, 'en'), es: detectNumberStyle(samples.es, 'es') };
  return { language, forced, numberStyles, lineBreaks: options.format === 'plaintext' };
}

/** A block's language: its own when the evidence is clear, else the document's. */
export function blockLanguage(block: ProseBlock, docLanguage: Language, forced: boolean): Language {
  return forced ? docLanguage : languageOf(languageScore(block.masked, 150), docLanguage, 4);
}

let blockIds = 0;

/** Sentences and figures of one prose block. */
export function analyzeBlock(block: ProseBlock, ctx: DocContext): BlockResult {
  const language = blockLanguage(block, ctx.language, ctx.forced);
  const sentences: Sentence[] = [];
  const figures: RawFigure[] = [];
  const ranges = splitSentences(block.masked, ctx.lineBreaks || block.type !== 'paragraph');
  for (let k = 0; k < ranges.length; k++) {
    const r = ranges[k]!;
    const sentenceText = block.masked.slice(r.start, r.end);
    const start = block.start + r.start;
    const end = block.start + r.end;
    if (!/\d/.test(sentenceText) && !ANCHOR_WORDS.test(sentenceText)) {
      sentences.push({ start, end, block: -1, language });
      continue; // nothing a figure could start with
    }
    // A sentence longer than MAX_EXTRACT_CHARS is read in chunks cut between two words, so no
    // sentence's tokens are all held at once (a megabyte of one sentence strains the collector).
    const chunked = end - start > MAX_EXTRACT_CHARS;
    for (let from = r.start; from < r.end; ) {
      const to = chunked ? chunkEnd(block.masked, from, r.end) : r.end;
      const chunkStart = block.start + from;
      const chunkText = chunked ? block.masked.slice(from, to) : sentenceText;
      const found = extractSentence(chunkText, chunkStart, { lang: language, style: ctx.numberStyles[language], blockStart: k === 0 && from === r.start });
      for (const piece of cutSentence(block, chunkStart, block.start + to, found)) {
        const index = sentences.length;
        sentences.push(piece.cut || chunked ? { start: piece.start, end: piece.end, block: -1, language, cut: { start, end } } : { start, end, block: -1, language });
        for (let i = piece.from; i < piece.to; i++) {
          found[i]!.sentenceInBlock = index;
          figures.push(found[i]!);
        }
      }
      from = to;
      while (from < r.end && /\s/.test(block.masked[from]!)) from++;
    }
  }
  return { id: ++blockIds, sentences, figures, claims: blockClaims(block, sentences, figures, (k) => figures[k]!.sentenceInBlock ?? 0) };
}

/** Joins block results into the document's analysis: indices, reference date, year-less dates, claims. */
export function assemble(
  text: string,
  prose: Pick<Prose, 'blocks' | 'comments' | 'frontMatterDate' | 'dateline'>,
  ctx: DocContext,
  results: readonly BlockResult[],
  options: AnalyzeOptions,
  shifts?: readonly number[],
): Analysis {
  const sentences: Sentence[] = [];
  const raw: { f: RawFigure; sentence: number; d: number }[] = [];
  const claims: Claim[] = [];
  results.forEach((r, b) => {
    const d = shifts?.[b] ?? 0; // an edit before the block moved it since it was analysed
    const base = sentences.length;
    const figBase = raw.length;
    for (const f of r.figures) raw.push({ f, sentence: base + (f.sentenceInBlock ?? 0), d });
    // The block's sentences and claims as placed last time, when nothing they depend on moved.
    const placed = PLACED.get(r);
    if (placed && placed.d === d && placed.b === b && placed.base === base && placed.figBase === figBase) {
      for (const x of placed.sentences) sentences.push(x);
      for (const x of placed.claims) claims.push(x);
      return;
    }
    const own = { d, b, base, figBase, sentences: [] as Sentence[], claims: [] as Claim[] };
    for (const s of r.sentences) own.sentences.push(s.cut ? { start: s.start + d, end: s.end + d, block: b, language: s.language, cut: { start: s.cut.start + d, end: s.cut.end + d } } : { start: s.start + d, end: s.end + d, block: b, language: s.language });
    for (const c of r.claims) {
      const attribution = c.attribution && d !== 0 ? { ...c.attribution, start: c.attribution.start + d, end: c.attribution.end + d } : c.attribution;
      own.claims.push({ start: c.start + d, end: c.end + d, figures: c.figures.map((k) => k + figBase), attribution, quoted: c.quoted });
    }
    PLACED.set(r, own);
    for (const x of own.sentences) sentences.push(x);
    for (const x of own.claims) claims.push(x);
  });
  const referenceDate = chooseReferenceDate(prose, raw.map((x) => x.f), options);
  const ref = referenceDate ? new Date(referenceDate.date + 'T12:00:00Z') : null;
  const refKey = referenceDate?.date ?? '';
  // A figure made by an earlier assembly is reused when nothing it depends on moved (its block's
  // text is unchanged whenever its raw figure is the same object).
  // A year-less month after a month with its year in its paragraph takes its year from it ("en
  // enero del 2023 … Para diciembre subió a …" is December 2023), as a reader follows a narrative's time.
  let last: { block: number; year: number; month: number } | null = null;
  const figures: Figure[] = raw.map(({ f, sentence, d }) => {
    const block = sentences[sentence]?.block ?? -1;
    const after = f.pending && last && last.block === block ? last : null;
    const key = refKey + (after ? `|${after.year}-${after.month}` : '');
    const made = FINISHED.get(f);
    const figure = made && made.d === d && made.sentence === sentence && made.ref === key ? made.figure : finishFigure(text, f, sentence, ref, d, after);
    if (figure !== made?.figure) FINISHED.set(f, { d, sentence, ref: key, figure });
    const dated = figure.kind === 'date' && typeof figure.value === 'string' ? /^(\d{4})-(\d{2})/.exec(figure.value) : null;
    // Only a dated month counts: a bare year is as often a comparison ("down from 2.9 million in 2022, as the August fire…").
    if (dated) last = { block, year: Number(dated[1]), month: Number(dated[2]) };
    return figure;
  });
  return {
    language: ctx.language,
    numberStyle: ctx.numberStyles[ctx.language],
    referenceDate,
    blocks: prose.blocks,
    sentences,
    figures,
    claims,
    directives: parseDirectives(prose.comments),
    skipped: null,
  };
}

/** Sentences and claims placed from each block result, with where they were placed (reused across a session's edits). */
const PLACED = new WeakMap<BlockResult, { d: number; b: number; base: number; figBase: number; sentences: Sentence[]; claims: Claim[] }>();

/** Figures made from each raw figure, with what they were made from (the session keeps raw figures across edits). */
const FINISHED = new WeakMap<RawFigure, { d: number; sentence: number; ref: string; figure: Figure }>();

function finishFigure(text: string, f: RawFigure, sentence: number, ref: Date | null, d: number, after: { year: number; month: number } | null = null): Figure {
  const pending = f.pending;
  const fig: Figure = {
    start: f.start + d, end: f.end + d, text: text.slice(f.start + d, f.end + d), kind: f.kind, value: f.value, min: f.min, max: f.max, unit: f.unit,
    hedge: f.hedge, hedgeText: f.hedgeText, language: f.language, precision: f.precision, granularity: f.granularity, vague: f.vague,
    yearInferred: f.yearInferred, sentence,
  };
  if (pending) {
    // The first such month on or after the date before it, unless that is past the article's date.
    const narrative = after ? (pending.month >= after.month ? after.year : after.year + 1) : null;
    const fits = narrative !== null && (!ref || narrative * 12 + pending.month <= ref.getUTCFullYear() * 12 + ref.getUTCMonth() + 1);
    if (fits) {
      const mm = String(pending.month).padStart(2, '0');
      fig.value = pending.day === null ? `${narrative}-${mm}` : `${narrative}-${mm}-${String(pending.day).padStart(2, '0')}`;
    } else if (ref) {
      const year = resolveYear(pending.month, pending.day, ref, pending.clause);
      const mm = String(pending.month).padStart(2, '0');
      fig.value = pending.day === null ? `${year}-${mm}` : `${year}-${mm}-${String(pending.day).padStart(2, '0')}`;
    } else {
      fig.value = pending.day === null ? `--${String(pending.month).padStart(2, '0')}` : `--${String(pending.month).padStart(2, '0')}-${String(pending.day).padStart(2, '0')}`;
    }
  }
  return fig;
}

/** Reference date, by precedence: option, front matter, dateline, dataset, latest date in text, today. */
export function chooseReferenceDate(
  prose: { frontMatterDate: string | null; dateline: Dateline | null },
  figures: readonly RawFigure[],
  options: AnalyzeOptions,
): ReferenceDate | null {
  if (options.referenceDate?.source === 'option') return { date: options.referenceDate.date, source: 'option' };
  if (prose.frontMatterDate) return { date: prose.frontMatterDate, source: 'front-matter' };
  if (prose.dateline) return { date: prose.dateline.date, source: 'dateline', start: prose.dateline.start, end: prose.dateline.end };
  if (options.referenceDate) return { date: options.referenceDate.date, source: 'dataset' };
  let latest = '';
  for (const f of figures) {
    let end: string | null = null;
    if (f.kind === 'date' && typeof f.value === 'string') end = periodEnd(f.value);
    else if (f.kind === 'year' && typeof f.value === 'number' && f.value <= 2100) end = `${f.value}-12-31`;
    if (end && end > latest) latest = end;
  }
  if (latest) return { date: latest, source: 'latest-in-text' };
  const today = options.today ?? new Date();
  return { date: today.toISOString().slice(0, 10), source: 'today' };
}

function isoDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1800 || y > 2200) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null; // "2024-13-45", "2024-02-30"
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Blanks the guarded container markers (sorted ranges) in the blocks holding them, and marks those blocks. */
function flatten(blocks: ProseBlock[], ranges: readonly Range[]): void {
  let r = 0;
  for (const b of blocks) {
    while (r < ranges.length && ranges[r]!.end <= b.start) r++;
    let parts: string[] | null = null;
    let at = 0;
    for (let q = r; q < ranges.length && ranges[q]!.start < b.end; q++) {
      parts ??= [];
      const from = Math.max(ranges[q]!.start, b.start, b.start + at) - b.start;
      const to = Math.min(ranges[q]!.end, b.end) - b.start;
      if (to <= from) continue;
      parts.push(b.masked.slice(at, from), b.masked.slice(from, to).replace(/[^\r\n]/g, ' '));
      at = to;
    }
    if (parts) {
      parts.push(b.masked.slice(at));
      b.masked = parts.join('');
      b.flattened = true;
    }
  }
}

/** Replaces a range of the blocks' masked text with spaces. */
export function maskRange(blocks: ProseBlock[], start: number, end: number): void {
  for (const b of blocks) {
    if (b.end <= start || b.start >= end) continue;
    const s = Math.max(start, b.start) - b.start;
    const e = Math.min(end, b.end) - b.start;
    b.masked = b.masked.slice(0, s) + b.masked.slice(s, e).replace(/[^\r\n]/g, ' ') + b.masked.slice(e);
  }
}

/** Why a text is not analysed, or null. */
export function skipReason(text: string, maxLength: number): string | null {
  if (text.length > maxLength) return `skipped: ${text.length} characters is over the size budget of ${maxLength} (setting crosscheck.maxFileSize)`;
  const probe = text.length > 65536 ? text.slice(0, 65536) : text;
  if (probe.includes('\u0000')) return 'skipped: the file looks binary (it contains NUL characters)';
  let bad = 0;
  for (let i = 0; i < probe.length; i++) if (probe.charCodeAt(i) === 0xfffd) bad++;
  if (probe.length > 0 && bad / probe.length > 0.01) return 'skipped: the file is not valid UTF-8 text (too many undecodable bytes)';
  return null;
}

function emptyAnalysis(skipped: string): Analysis {
  return { language: 'en', numberStyle: 'us', referenceDate: null, blocks: [], sentences: [], figures: [], claims: [], directives: [], skipped };
}
