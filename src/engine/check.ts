/** Checking one document: analysis, matching, verdicts, and the findings the checks draw. */
import { analyze, type AnalyzeOptions } from './analyze';
import { CHECKS } from './checks/index';
import type { CheckContext, FigureCheck } from './checks/context';
import type { Catalog } from './dataset/catalog';
import { recognizeSource, type Recognition } from './dataset/recognize';
import type { Diagnostic, Severity } from './diagnostics';
import { Matcher, placeMatch, type BlockSubjects, type Match } from './match/match';
import type { CueHit } from './match/cues';
import type { BlockPlaces } from './frames/frame';
import { statedAsOf } from './frames/asOf';
import { judge, type Judgement } from './match/verdict';
import { namesOwnPeriod } from './checks/period';
import { cutSentenceFindings, flattenedFindings, PARTLY_CHECKED } from './checks/partlyChecked';
import { onePerFigure } from './checks/dedupe';
import type { Analysis } from './model';
import { applyDirectives, applyIgnores, type IgnoreEntry } from './suppress';
import { possiblyRelated, type RelatedFigure } from './sources/related';

/** The result of checking one document. */
export interface CheckResult {
  analysis: Analysis;
  /** Per figure: its match with evidence, or null. */
  matches: (Match | null)[];
  /** Per figure: the judgement against the sources, or null when unmatched. */
  judgements: (Judgement | null)[];
  /**
   * Per figure: a weak reading ("may refer to"), with how it would be judged, when matching found
   * one but not strong enough to judge or warn (see `Confidence`); null otherwise.
   */
  tentative: (Tentative | null)[];
  /** Per figure: the quantity id, or null (the JSON contract's `quantity`). */
  quantities: (string | null)[];
  /** Per figure: the verdict, or null when unmatched (the JSON contract's `verdict`). */
  verdicts: (string | null)[];
  diagnostics: Diagnostic[];
  /** The dataset source this article is, when its quotes give it away. */
  recognized: Recognition | null;
  /** Per figure matching no quantity: source figures of its unit and period, "possibly related" (never a finding). */
  related: RelatedFigure[][];
}

/** A weak reading of a figure, shown as "may refer to", never judged into a finding. */
export interface Tentative {
  match: Match;
  judgement: Judgement | null;
}

export interface CheckOptions extends AnalyzeOptions {
  /** The dataset to check against; without one, only the document-level checks run. */
  catalog?: Catalog | null;
  ignores?: readonly IgnoreEntry[];
  /** Severity per code; "off" drops the code. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Extra relative tolerance when comparing figures with the sources (0.02 = 2%). */
  tolerance?: number;
  /** How much checking one document may cost (see `Budget`); the defaults when left out. */
  budget?: Budget;
}

/**
 * The most checking one document may cost. `work` counts deterministic units (per figure
 * compared with the sources: its sentence's length and 100 more), so the result does not depend
 * on the machine's load; `ms` is a wall-clock guard on top. Past either, the figures left are
 * not compared with the sources and a `partly-checked` finding says where checking stopped.
 */
export interface Budget {
  work?: number;
  ms?: number;
}
/** Far above any article (1 MiB of dense news costs about 5 million units), far below a stuck editor. */
export const DEFAULT_BUDGET: Required<Budget> = { work: 100_000_000, ms: 30_000 };

/** Work units of comparing figure k with the sources. */
function workOf(analysis: Analysis, k: number): number {
  const s = analysis.sentences[analysis.figures[k]!.sentence]!;
  return s.end - s.start + 100;
}

/** Analyses a document and runs the checks on it. */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const catalog = options.catalog ?? null;
  const recognized = catalog && !options.referenceDate && !options.skipRecognition ? recognizeSource(text, catalog) : null;
  const analysis = analyze(text, recognized ? { ...options, referenceDate: { date: recognized.date, source: 'dataset' } } : options);
  return checkAnalysis(text, analysis, options, recognized);
}

/**
 * What checking remembers between analyses of the same document (the session keeps it): cue hits
 * per sentence, and per block the matches, judgements and per-figure findings, keyed by the
 * block's identity, the block before, the article's subjects and date, and the quantities
 * named just before the block.
 */
export interface CheckMemo {
  cues: Map<string, CueHit[]>;
  /** Per block id, its last matches and findings with what they depended on. */
  blocks: Map<number, BlockEntry>;
  /** Per block id, its share of the article's subjects. */
  subjects: Map<number, { opening: boolean; share: BlockSubjects }>;
  /** Per block id, how often it names each place (for the article's place). */
  places: Map<number, BlockPlaces>;
  /** Per block id, the places whose bodies it names by a name of their own. */
  names: Map<number, readonly string[]>;
  /** Stable ids of the analysis's blocks (kept when an edit only shifts a block). */
  blockIds?: readonly number[];
}

interface BlockEntry {
  /** The article's subjects and date, the block before, and the quantities named just before: what the entry depends on. */
  docKey: string;
  before: number | undefined;
  recent: string;
  /** The block's start when the entry was made. */
  start: number;
  /** Index of the block's first figure then. */
  first: number;
  matches: (Match | null)[];
  judgements: (Judgement | null)[];
  tentative: (Tentative | null)[];
  diagnostics: Diagnostic[];
}

export function newCheckMemo(): CheckMemo {
  return { cues: new Map(), blocks: new Map(), subjects: new Map(), places: new Map(), names: new Map() };
}

/** Runs matching and the checks on an existing analysis. */
export function checkAnalysis(text: string, analysis: Analysis, options: CheckOptions, recognized: Recognition | null = null, memo?: CheckMemo): CheckResult {
  const catalog = options.catalog ?? null;
  let diagnostics: Diagnostic[] = [];
  if (analysis.skipped) diagnostics.push({ start: 0, end: 0, severity: 'information', code: 'file-skipped', message: analysis.skipped, related: [], fixes: [] });
  const n = analysis.figures.length;
  const matches: (Match | null)[] = [];
  const judgements: (Judgement | null)[] = [];
  const tentative: (Tentative | null)[] = [];
  if (catalog && !analysis.skipped) {
    const subjectMemo = memo?.blockIds ? { ids: memo.blockIds, shares: memo.subjects, places: memo.places, names: memo.names } : undefined;
    const matcher = new Matcher(text, analysis, catalog, memo?.cues, subjectMemo);
    const ref = analysis.referenceDate?.date ?? null;
    const dateStated = STATED.has(analysis.referenceDate?.source ?? '');
    const ctx: CheckContext = { text, format: options.format, analysis, catalog, matches, judgements, recognized };
    const figureChecks = CHECKS.filter((c): c is FigureCheck => c.scope === 'figure');
    // A value that changes is judged as of the date its sentence states for it ("Para diciembre
    // [2023] subió a 74,861"), when that is before the article's: only sources up to then count.
    const judgeAt = (i: number, quantity: string, stated: boolean): Judgement => {
      const q = catalog.dataset.quantities.get(quantity);
      const asOf = q?.time === 'point' && ref ? statedAsOf(text, analysis, i) : null;
      const at = asOf !== null && asOf < ref! ? asOf : ref;
      return judge(analysis.figures[i]!, q, catalog, at, options.tolerance, { ownPeriod: namesOwnPeriod(text, analysis, i), dateStated: stated || at !== ref });
    };
    const ids = memo?.blockIds;
    const work = options.budget?.work ?? DEFAULT_BUDGET.work;
    const deadline = Date.now() + (options.budget?.ms ?? DEFAULT_BUDGET.ms);
    let spent = 0;
    let k = 0;
    while (k < n) {
      const block = analysis.sentences[analysis.figures[k]!.sentence]!.block;
      let end = k;
      while (end < n && analysis.sentences[analysis.figures[end]!.sentence]!.block === block) end++;
      const id = ids?.[block];
      const before = block > 0 ? ids?.[block - 1] : undefined;
      const recent = id !== undefined ? matcher.recentKey(k, matches) : '';
      const entry = id !== undefined ? memo!.blocks.get(id) : undefined;
      const known = entry && entry.docKey === matcher.docKey && entry.before === before && entry.recent === recent ? entry : undefined;
      const start = analysis.blocks[block]!.start;
      // A block reused from the memo costs the same work units as matching it, so an edited
      // document stops at the same figure as a fresh check of it (the budget is then matched anew).
      let blockWork = 0;
      if (known) for (let i = k; i < end; i++) blockWork += workOf(analysis, i);
      if (known && known.matches.length === end - k && spent + blockWork <= work) {
        spent += blockWork;
        const delta = start - known.start;
        for (let i = 0; i < known.matches.length; i++) {
          const m = known.matches[i]!;
          matches.push(m ? placeMatch(m, k + i, delta) : null);
          judgements.push(known.judgements[i]!);
          const t = known.tentative[i];
          tentative.push(t ? { match: placeMatch(t.match, k + i, delta), judgement: t.judgement } : null);
        }
        for (const d of known.diagnostics) diagnostics.push(shiftDiagnostic(d, delta, k - known.first)); // the entry keeps its own coordinates
        k = end;
        continue;
      }
      let stop = -1;
      for (let i = k; i < end; i++) {
        spent += workOf(analysis, i);
        if (spent > work || ((i & 63) === 0 && Date.now() > deadline)) {
          stop = i;
          break;
        }
        matches.push(matcher.match(i, matches));
      }
      if (stop >= 0) {
        // Past the budget: the block's figures matched so far keep their matches; the rest stay unchecked.
        matcher.propagate(k, stop, matches);
        for (let i = k; i < stop; i++) {
          const m = matches[i]!;
          judgements.push(m ? judgeAt(i, m.quantity, false) : null);
          for (const c of figureChecks) {
            const d = c.figure(ctx, i);
            if (d) diagnostics.push(d);
          }
        }
        for (let i = stop; i < n; i++) {
          matches.push(null);
          judgements.push(null);
        }
        diagnostics.push(budgetFinding(analysis, stop, spent > work ? `its work budget of ${work.toLocaleString('en-US')} units` : `its time budget of ${options.budget?.ms ?? DEFAULT_BUDGET.ms} ms`));
        break;
      }
      matcher.propagate(k, end, matches);
      const own: Diagnostic[] = [];
      for (let i = k; i < end; i++) {
        let m: Match | null = matches[i] ?? null;
        // A weak reading is kept aside for the hover: never judged into a finding.
        if (m && m.confidence.level === 'weak') {
          tentative.push({ match: m, judgement: judgeAt(i, m.quantity, dateStated) });
          matches[i] = m = null;
        } else tentative.push(null);
        judgements.push(m ? judgeAt(i, m.quantity, dateStated) : null);
        for (const c of figureChecks) {
          const d = c.figure(ctx, i);
          if (d) own.push(d);
        }
      }
      diagnostics.push(...own);
      if (id !== undefined) memo!.blocks.set(id, { docKey: matcher.docKey, before, recent, start, first: k, matches: matches.slice(k, end), judgements: judgements.slice(k, end), tentative: tentative.slice(k, end), diagnostics: own });
      k = end;
    }
    for (const c of CHECKS) if (c.scope === 'document') diagnostics.push(...c.run(ctx));
    diagnostics.push(...cutSentenceFindings(analysis), ...flattenedFindings(analysis));
    if (memo) {
      if (ids) prune(memo, ids);
      // Cue hits of blocks reused without matching stay remembered; the map is renewed when it outgrows the text.
      if (memo.cues.size > 2 * analysis.sentences.length + 1000) memo.cues = matcher.cues;
      else for (const [t, c] of matcher.cues) memo.cues.set(t, c);
    }
  } else {
    for (let i = 0; i < n; i++) {
      matches.push(null);
      judgements.push(null);
      tentative.push(null);
    }
  }
  diagnostics = applyDirectives(text, analysis.directives, diagnostics);
  diagnostics = applyIgnores(text, analysis, diagnostics, options.ignores ?? []);
  if (options.severities) {
    const sev = options.severities;
    diagnostics = diagnostics.filter((d) => sev[d.code] !== 'off').map((d) => (sev[d.code] && sev[d.code] !== 'off' ? { ...d, severity: sev[d.code] as Severity } : d));
  }
  diagnostics = onePerFigure(diagnostics);
  diagnostics.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    analysis,
    matches,
    judgements,
    tentative,
    quantities: matches.map((m) => m?.quantity ?? null),
    verdicts: judgements.map((j) => j?.verdict ?? null),
    diagnostics,
    recognized,
    related: possiblyRelated({ analysis, matches }, catalog),
  };
}

/** Where an article's date is stated rather than guessed. */
const STATED = new Set(['option', 'front-matter', 'dateline', 'dataset']);

/** Where checking stopped past the budget, and what was left unchecked. */
function budgetFinding(analysis: Analysis, k: number, what: string): Diagnostic {
  const f = analysis.figures[k]!;
  const left = analysis.figures.length - k;
  return {
    start: f.start,
    end: f.end,
    severity: 'information',
    code: PARTLY_CHECKED.code,
    message: `Partly checked: the file reached ${what}, so checking stopped here; ${left.toLocaleString('en-US')} of its ${analysis.figures.length.toLocaleString('en-US')} figures, from this one on, were not compared with the sources.`,
    related: [],
    fixes: [],
    figure: k,
  };
}

/** Forgets blocks that are gone once the memo holds many more blocks than the document. */
function prune(memo: CheckMemo, ids: readonly number[]): void {
  if (memo.blocks.size <= 2 * ids.length + 64 && memo.subjects.size <= 2 * ids.length + 64 && memo.places.size <= 2 * ids.length + 64 && memo.names.size <= 2 * ids.length + 64) return;
  const live = new Set(ids);
  for (const id of memo.blocks.keys()) if (!live.has(id)) memo.blocks.delete(id);
  for (const id of memo.subjects.keys()) if (!live.has(id)) memo.subjects.delete(id);
  for (const id of memo.places.keys()) if (!live.has(id)) memo.places.delete(id);
  for (const id of memo.names.keys()) if (!live.has(id)) memo.names.delete(id);
}

/** A finding moved by `delta` characters, its figure index by `shift`. */
function shiftDiagnostic(d: Diagnostic, delta: number, shift: number): Diagnostic {
  if (delta === 0 && shift === 0) return d;
  return {
    ...d,
    start: d.start + delta,
    end: d.end + delta,
    related: d.related.map((r) => (r.start !== undefined ? { ...r, start: r.start + delta, end: (r.end ?? r.start) + delta } : r)),
    fixes: d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    ...(d.figure !== undefined ? { figure: d.figure + shift } : {}),
  };
}
