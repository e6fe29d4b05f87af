/**
 * One open document, analysed again after each edit. An edit re-parses the Markdown
 * incrementally (lezer fragments), re-analyses only the prose blocks it touched, shifts the
 * rest, and re-matches only figures whose context changed. Anything that could change the
 * whole document (front matter, dateline, the language sample, a code fence opening) falls
 * back to a full analysis, so the result always equals a fresh one.
 */
import { TreeFragment, type Tree } from '@lezer/common';
import { analyze, analyzeBlock, assemble, documentContext, proseOf, skipReason, DEFAULT_MAX_LENGTH, type BlockResult, type DocContext } from './analyze';
import { checkAnalysis, type CheckOptions, type CheckResult } from './check';
import { recognizeSource, type Recognition } from './dataset/recognize';
import { newCheckMemo, type CheckMemo } from './check';
import type { ProseBlock } from './model';
import { maskFurniture, type Dateline } from './prose/furniture';
import { countDelimiters, deepLines, markdownParser, MAX_INLINE_DELIMITERS, MAX_NESTING, proseFromTree, type Comment } from './prose/markdown';
import { plainTextProse } from './prose/plaintext';

/** A change in the old text's coordinates: [start, end) replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

interface State {
  text: string;
  /** The text the parser saw (front matter blanked). */
  source: string;
  tree: Tree | null;
  blocks: ProseBlock[];
  comments: Comment[];
  results: BlockResult[];
  /** Per block, how far edits before it moved it since its result was computed. */
  shifts: number[];
  ctx: DocContext;
  frontMatterEnd: number;
  frontMatterDate: string | null;
  dateline: Dateline | null;
  recognized: Recognition | null;
}

/** Edits inside this many leading characters may move the dateline or front matter: full analysis. */
const HEAD = 1600;
/** Edits inside the language and number-style sample: the context is recomputed. */
const CONTEXT_SAMPLE = 40000;
const RISKY = /```|~~~|<!--|-->|<\/?[a-z]|^\s{0,3}(?:[-*_]\s*){3,}$|\|/m;

export class DocumentSession {
  private state: State | null = null;
  private readonly memo: CheckMemo = newCheckMemo();
  /** How the last update was done, for tests and benchmarks. */
  lastUpdate: 'full' | 'incremental' = 'full';

  constructor(private options: CheckOptions) {}

  /** New options (settings, dataset): the next update is a full analysis. */
  setOptions(options: CheckOptions): void {
    this.options = options;
    this.state = null;
    this.memo.cues.clear();
    this.memo.blocks.clear();
    this.memo.subjects.clear();
    this.memo.places.clear();
    this.memo.names.clear();
  }

  /** Applies options that differ from the current ones (compared by value; the catalog and ignores by identity). */
  setOptionsIfChanged(options: CheckOptions): void {
    const a = this.options;
    const same =
      a.format === options.format &&
      a.language === options.language &&
      a.catalog === options.catalog &&
      a.ignores === options.ignores &&
      a.tolerance === options.tolerance &&
      a.maxLength === options.maxLength &&
      JSON.stringify(a.severities ?? {}) === JSON.stringify(options.severities ?? {}) &&
      JSON.stringify(a.referenceDate ?? null) === JSON.stringify(options.referenceDate ?? null);
    if (!same) this.setOptions(options);
  }

  /** Analyses the new text; with the edits that produced it from the last text, incrementally when it can. */
  update(text: string, changes?: readonly TextChange[]): CheckResult {
    const prev = this.state;
    this.fallback = !prev ? 'first' : !changes || changes.length !== 1 ? 'changes' : '';
    if (prev && changes && changes.length === 1 && applies(prev.text, changes[0]!, text)) {
      const next = this.incremental(prev, text, changes[0]!);
      if (next) {
        this.state = next;
        this.lastUpdate = 'incremental';
        return this.finish(next);
      }
    }
    this.lastUpdate = 'full';
    return this.full(text);
  }

  private full(text: string): CheckResult {
    if (skipReason(text, this.options.maxLength ?? DEFAULT_MAX_LENGTH)) {
      this.state = null;
      return checkAnalysis(text, analyze(text, this.options), this.options);
    }
    const catalog = this.options.catalog ?? null;
    const recognized = catalog && !this.options.referenceDate && !this.options.skipRecognition ? recognizeSource(text, catalog) : null;
    const prose = proseOf(text, this.options.format);
    const ctx = documentContext(prose.blocks, this.options);
    const results = prose.blocks.map((b) => analyzeBlock(b, ctx));
    const state: State = { ...prose, text, results, shifts: results.map(() => 0), ctx, recognized };
    this.state = state;
    return this.finish(state);
  }

  /** Why the last update could not be incremental (for tests and benchmarks). */
  fallback = '';

  private incremental(prev: State, text: string, change: TextChange): State | null {
    const delta = text.length - prev.text.length;
    const no = (why: string): null => {
      this.fallback = why;
      return null;
    };
    if (change.start < Math.max(HEAD, prev.frontMatterEnd + 1)) return no('head');
    // Markup near the edit (a code fence, a comment marker, a table) can reach beyond the edited block.
    const oldNear = prev.text.slice(Math.max(0, change.start - 4), change.end + 4);
    const newNear = text.slice(Math.max(0, change.start - 4), change.start + change.text.length + 4);
    if (RISKY.test(oldNear) || RISKY.test(newNear)) return no('risky');
    const { blocks } = prev;
    // Blocks touched by the change (with one character of slack on each side).
    let a = 0;
    while (a < blocks.length && blocks[a]!.end < change.start - 1) a++;
    let b = a;
    while (b < blocks.length && blocks[b]!.start <= change.end + 1) b++;
    // The block before joins the window: an edit can merge it with the next ("2." losing its dot).
    if (a > 0) a--;
    const from = a > 0 ? blocks[a - 1]!.end : 0;
    const toOld = b < blocks.length ? blocks[b]!.start : prev.text.length;
    const toNew = toOld + delta;
    // A comment reaching across the window's edges masks text the window cannot see.
    if (prev.comments.some((c) => c.start < toOld && c.end > from && (c.start < from || c.end > toOld))) return no('comment');
    // Without front matter or a guarded paragraph the parser saw the text itself: reuse the
    // editor's flat string rather than build a rope that the parser would flatten again.
    const source = prev.source === prev.text ? text : prev.source.slice(0, change.start) + change.text + prev.source.slice(change.end);
    // A guarded (pathologically nested) paragraph near the edit: the guard must see the whole text again.
    if (this.options.format === 'markdown' && (countDelimiters(source, from, toNew) > MAX_INLINE_DELIMITERS / 2 || guardedNear(prev, from, toOld) || deepLines(source, from, toNew, MAX_NESTING / 2).length > 0)) return no('guard');
    let windowBlocks: ProseBlock[];
    let windowComments: Comment[];
    let tree: Tree | null = null;
    if (this.options.format === 'markdown' && prev.tree) {
      const fragments = TreeFragment.applyChanges(TreeFragment.addTree(prev.tree), [{ fromA: change.start, toA: change.end, fromB: change.start, toB: change.start + change.text.length }]);
      tree = markdownParser.parse(source, fragments);
      ({ blocks: windowBlocks, comments: windowComments } = proseFromTree(source, tree, from, toNew));
      // The first block after the window must be where it was: else the structure moved.
      if (b < blocks.length) {
        const after = proseFromTree(source, tree, toNew, Math.min(source.length, blocks[b]!.end + delta + 1)).blocks[0];
        const old = blocks[b]!;
        if (!after || after.start !== old.start + delta || after.end !== old.end + delta || after.type !== old.type) return no('structure');
      }
      if (windowBlocks.some((w) => w.end > toNew)) return no('window');
    } else {
      const region = plainTextProse(source.slice(from, toNew));
      windowBlocks = region.blocks.map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
      windowComments = region.comments.map((c) => ({ ...c, start: c.start + from, end: c.end + from }));
    }
    for (const w of windowBlocks) w.masked = maskFurniture(w.masked);
    const newBlocks = [...blocks.slice(0, a), ...windowBlocks, ...blocks.slice(b).map((x) => shiftBlock(x, delta))];
    let ctx = prev.ctx;
    if (change.start < CONTEXT_SAMPLE) {
      ctx = documentContext(newBlocks, this.options);
      if (ctx.language !== prev.ctx.language || ctx.numberStyles.en !== prev.ctx.numberStyles.en || ctx.numberStyles.es !== prev.ctx.numberStyles.es) return no('context');
    }
    const results = [...prev.results.slice(0, a), ...windowBlocks.map((w) => analyzeBlock(w, ctx)), ...prev.results.slice(b)];
    const shifts = [...prev.shifts.slice(0, a), ...windowBlocks.map(() => 0), ...prev.shifts.slice(b).map((s) => s + delta)];
    const comments = [...prev.comments.filter((c) => c.end <= from), ...windowComments, ...prev.comments.filter((c) => c.start >= (b < blocks.length ? blocks[b]!.start : prev.text.length)).map((c) => ({ ...c, start: c.start + delta, end: c.end + delta }))];
    return { ...prev, text, source, tree, blocks: newBlocks, comments, results, shifts, ctx };
  }

  private finish(state: State): CheckResult {
    const options = state.recognized ? { ...this.options, referenceDate: { date: state.recognized.date, source: 'dataset' as const } } : this.options;
    const analysis = assemble(state.text, { blocks: state.blocks, comments: state.comments, frontMatterDate: state.frontMatterDate, dateline: state.dateline }, state.ctx, state.results, options, state.shifts);
    this.memo.blockIds = state.results.map((r) => r.id);
    return checkAnalysis(state.text, analysis, this.options, state.recognized, this.memo);
  }
}

/** True if the parser's source differs from the text in [from, to) (a guarded paragraph there). */
function guardedNear(prev: State, from: number, to: number): boolean {
  return prev.source !== prev.text && prev.source.slice(from, to) !== prev.text.slice(from, to);
}

/** True if applying the change to the old text gives the new text's length (a cheap consistency check). */
function applies(old: string, c: TextChange, text: string): boolean {
  return c.start >= 0 && c.end >= c.start && c.end <= old.length && old.length - (c.end - c.start) + c.text.length === text.length && text.startsWith(c.text, c.start);
}

function shiftBlock(b: ProseBlock, d: number): ProseBlock {
  return d === 0 ? b : { ...b, start: b.start + d, end: b.end + d };
}

