/**
 * Context one step away: the words a figure needs when its own sentence does not give them.
 * Read explicitly and locally, as a reader would:
 * - a table cell reads its column header, its row header (the row's first cell) and the table's
 *   corner header ("Homicide rate (per 100,000)" over "2023 | 2.4");
 * - an interview answer reads the question just before it ("How many inmates does CECOT hold?" /
 *   "About 15,000.");
 * - a sentence opening with an anaphor ("It fell to 2.4", "That number rose", "La cifra bajó",
 *   "Bajó a 2,4") reads the sentence before.
 * Each piece says where it came from, so a reading built on it can say so. Tables are read in one
 * pass over the blocks (each line's gaps between cells scanned once); other lookups are constant
 * work per figure.
 */
import type { Analysis } from '../model';

/** Where a context span is: a table header, the question, the sentence an anaphor points to. */
export type SpanSource = 'column-header' | 'row-header' | 'corner-header' | 'question' | 'previous-sentence';
/** Where a piece of evidence came from: a span, or the figure before in a series (match/ellipsis.ts). */
export type ContextSource = SpanSource | 'series';

/** Where each source is, in words for the hover and --explain. */
export const CONTEXT_WORDS: Readonly<Record<ContextSource, string>> = {
  'column-header': 'from the column header',
  'row-header': 'from the row header',
  'corner-header': 'from the table’s first header',
  question: 'from the question',
  'previous-sentence': 'from the previous sentence',
  series: 'from the figure before it in the series',
};

/** A stretch of text a figure borrows words from: one sentence of the document. */
export interface ContextSpan {
  where: SpanSource;
  /** Index of the sentence (in `Analysis.sentences`). */
  sentence: number;
  start: number;
  end: number;
  /** For the sentence before: the anaphor names a figure ("that figure", "la cifra"), so it surely points back. */
  named?: boolean;
}

/** An answer's mark: "A:", "R:", "Respuesta:", a speaker's name ("Bukele:", "**Bukele:**"), a dash opening the line ("—Unos 15.000"). */
const ANSWER = /^[\s"“«]*(?:(?:A|R|Answer|Respuesta)\s*[:.]|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s*:|[—–])/u;
/** A question's mark: "Q:", "P:", "Pregunta:". */
const QUESTION_MARK = /^[\s"“«]*(?:Q|P|Question|Pregunta)\s*[:.]/u;
/** How much of a sentence's head is read for an anaphor or an answer's mark. */
const HEAD = 80;
/** A question this long or longer is no interview question. */
const MAX_QUESTION = 400;

/**
 * A sentence opening with an anaphor for a figure named before: "It", "That number", "The figure",
 * "La cifra", "Esa cifra", "Ello", or a Spanish sentence opening with its verb ("Bajó a 2,4").
 */
const ANAPHOR =
  /^[\s"“«(]*(?:(?:it|that|this)(?:\s+(?:figure|number|total|count|tally|rate))?|the\s+(?:figure|number|total|count|tally|latter)|(?:la|esa|esta|dicha)\s+cifra|(?:el|ese|este|dicho)\s+(?:número|numero|total|dato)|ello|(?:bajó|bajo|cayó|cayo|subió|subio|aumentó|aumento|descendió|descendio|creció|crecio|disminuyó|disminuyo|se\s+redujo|alcanzó|alcanzo|llegó|llego|pasó|paso))(?![\p{L}\d])/iu;

/** An anaphor naming a figure: it points back for sure. */
const NAMED_ANAPHOR = /^[\s"“«(]*(?:(?:that|this|the)\s+(?:figure|number|total|count|tally)|(?:la|esa|esta|dicha)\s+cifra|(?:ese|este|dicho)\s+(?:número|numero|total|dato))(?![\p{L}\d])/iu;

/** Whether a sentence's text opens with an anaphor (see ANAPHOR): 'named' for one naming a figure ("that figure"). */
export function opensWithAnaphor(sentence: string): 'named' | 'bare' | null {
  const head = sentence.slice(0, 80);
  if (!ANAPHOR.test(head)) return null;
  return NAMED_ANAPHOR.test(head) ? 'named' : 'bare';
}

/** A header's unit, which its bare-number cells inherit: "Homicide rate (per 100,000)", "Ocupación (%)". */
const HEADER_RATE = /(?:^|[^\p{L}])(?:per|por)\s+(?:cada\s+)?(?:100|1)[\s.,]?000(?![\d])|per\s+capita|(?:^|[^\p{L}])(?:rate|tasa)(?![\p{L}])/iu;
const HEADER_PERCENT = /%|(?:^|[^\p{L}])(?:percent|per\s+cent|por\s+ciento|porcentaje|percentage)(?![\p{L}])/iu;

/** The kind of value a table header says its cells hold, when it says: a rate or a percentage. */
export function headerUnit(header: string): 'rate' | 'percent' | null {
  if (HEADER_PERCENT.test(header)) return 'percent';
  if (HEADER_RATE.test(header)) return 'rate';
  return null;
}

/** A delimiter row of a Markdown table, read from a line's start. */
const DELIMITER_ROW = /[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\r?\n|$)/y;

interface Tables {
  /** Per block: the block of its column header, of its row header, of the table's corner header (-1: none). */
  column: Int32Array;
  row: Int32Array;
  corner: Int32Array;
}

/** Context spans per figure, tables read once per analysis. */
export class ContextReader {
  private tables: Tables | undefined;
  private firstSentence: Int32Array | undefined;
  private readonly memo = new Map<number, ContextSpan[]>();

  constructor(
    private readonly text: string,
    private readonly analysis: Analysis,
  ) {}

  /** Context for the figure's sentence: table headers, the question answered, or the sentence an anaphor points back to. */
  of(k: number): ContextSpan[] {
    const sentence = this.analysis.figures[k]!.sentence;
    let c = this.memo.get(sentence);
    if (!c) this.memo.set(sentence, (c = this.read(sentence)));
    return c;
  }

  /** True if the figure's sentence answers a question (cheaper than `of`: no anaphor is read). */
  answers(k: number): boolean {
    const sentence = this.analysis.figures[k]!.sentence;
    const known = this.memo.get(sentence);
    return known ? known.some((c) => c.where === 'question') : this.question(sentence) >= 0;
  }

  private read(sentence: number): ContextSpan[] {
    const f = { sentence };
    const s = this.analysis.sentences[f.sentence]!;
    const block = this.analysis.blocks[s.block]!;
    if (block.type === 'cell') return this.cellContext(s.block);
    const out: ContextSpan[] = [];
    const q = this.question(f.sentence);
    if (q >= 0) out.push(this.span('question', q));
    else {
      const anaphor = this.anaphoric(f.sentence);
      if (anaphor) out.push({ ...this.span('previous-sentence', f.sentence - 1), named: anaphor === 'named' });
    }
    return out;
  }

  /** The sentence an anaphor-led sentence points back to: the one before, in its block or the block just before. */
  private anaphoric(s: number): 'named' | 'bare' | null {
    if (s === 0) return null;
    const { sentences, blocks } = this.analysis;
    const here = sentences[s]!;
    const prev = sentences[s - 1]!;
    if (prev.block < here.block - 1 || blocks[prev.block]!.type === 'cell') return null;
    return opensWithAnaphor(this.masked(s));
  }

  /** The question an answer replies to, as a sentence index, or -1. */
  private question(s: number): number {
    const { sentences, blocks } = this.analysis;
    const here = sentences[s]!;
    if (s === 0) return -1;
    const prev = sentences[s - 1]!;
    const isQuestion = (t: number): boolean => {
      const sen = sentences[t]!;
      if (sen.end - sen.start > MAX_QUESTION) return false;
      const m = this.masked(t, MAX_QUESTION).trimEnd();
      return m.endsWith('?') || QUESTION_MARK.test(m);
    };
    // "P: ¿Cuántos…? R: Unos 15.000." within one paragraph.
    if (prev.block === here.block) return ANSWER.test(this.masked(s)) && isQuestion(s - 1) ? s - 1 : -1;
    // A question paragraph right before the answer's: only the answer's first sentences read it.
    if (prev.block !== here.block - 1 || blocks[prev.block]!.type === 'cell') return -1;
    const first = this.blockStart(here.block);
    if (s - first > 1) return -1;
    return isQuestion(s - 1) ? s - 1 : -1;
  }

  private cellContext(b: number): ContextSpan[] {
    const t = (this.tables ??= readTables(this.text, this.analysis));
    const out: ContextSpan[] = [];
    const add = (where: SpanSource, block: number): void => {
      if (block < 0) return;
      const first = this.blockStart(block);
      for (let s = first; s < this.analysis.sentences.length && this.analysis.sentences[s]!.block === block && s - first < 4; s++) out.push(this.span(where, s));
    };
    add('column-header', t.column[b]!);
    add('row-header', t.row[b]!);
    add('corner-header', t.corner[b]!);
    return out;
  }

  private span(where: SpanSource, sentence: number): ContextSpan {
    const s = this.analysis.sentences[sentence]!;
    return { where, sentence, start: s.start, end: s.end };
  }

  /** A sentence's masked text, its first `limit` characters at most. */
  private masked(s: number, limit = HEAD): string {
    const sen = this.analysis.sentences[s]!;
    const block = this.analysis.blocks[sen.block]!;
    return block.masked.slice(sen.start - block.start, Math.min(sen.end, sen.start + limit) - block.start);
  }

  /** The index of a block's first sentence. */
  private blockStart(b: number): number {
    if (!this.firstSentence) {
      const first = new Int32Array(this.analysis.blocks.length).fill(-1);
      const { sentences } = this.analysis;
      for (let s = sentences.length - 1; s >= 0; s--) first[sentences[s]!.block] = s;
      this.firstSentence = first;
    }
    return this.firstSentence[b]!;
  }
}

/**
 * Column, row and corner headers of every table cell, in one pass: a line of cells followed by a
 * delimiter row opens a table (its cells are the headers, by column); each later line of cells is
 * a row whose first cell is its row header. Columns are counted from the pipes between cells, so
 * empty cells keep the columns aligned.
 */
function readTables(text: string, analysis: Analysis): Tables {
  const n = analysis.blocks.length;
  const column = new Int32Array(n).fill(-1);
  const row = new Int32Array(n).fill(-1);
  const corner = new Int32Array(n).fill(-1);
  let headers: Map<number, number> | null = null;
  let lineStart = -1;
  let lineEnd = -1;
  let lineIsHeader = false;
  let pipes = 0;
  let lead = 0;
  let from = 0;
  let rowHeader = -1;
  for (let b = 0; b < n; b++) {
    const block = analysis.blocks[b]!;
    if (block.type !== 'cell') {
      headers = null;
      lineStart = -1;
      continue;
    }
    if (lineStart < 0 || block.start > lineEnd) {
      // A new line: find where it starts, whether it opens with a pipe, and whether a delimiter row follows it.
      lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
      let i = lineStart;
      while (i < block.start && (text[i] === ' ' || text[i] === '\t')) i++;
      lead = text[i] === '|' ? 1 : 0;
      pipes = 0;
      from = lineStart;
      rowHeader = -1;
      const end = text.indexOf('\n', block.end);
      lineEnd = end < 0 ? text.length : end;
      DELIMITER_ROW.lastIndex = end + 1;
      lineIsHeader = end >= 0 && DELIMITER_ROW.test(text);
      if (lineIsHeader) headers = new Map();
    }
    for (let i = from; i < block.start; i++) if (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92) pipes++;
    from = block.end;
    const col = pipes - lead;
    if (!headers) continue;
    if (lineIsHeader) {
      headers.set(col, b);
      continue;
    }
    if (col === 0) rowHeader = b;
    const h = headers.get(col);
    if (h !== undefined) column[b] = h;
    if (col > 0) {
      row[b] = rowHeader;
      const c = headers.get(0);
      if (c !== undefined) corner[b] = c;
    }
  }
  return { column, row, corner };
}
