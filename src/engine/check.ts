/** Checking one document: analysis, matching, verdicts, and the findings the checks draw. */
import { analyze, type AnalyzeOptions } from './analyze';
import { CHECKS } from './checks/index';
import type { CheckContext, FigureCheck } from './checks/context';
import type { Catalog } from './dataset/catalog';
import { recognizeSource, type Recognition } from './dataset/recognize';
import type { Diagnostic, Severity } from './diagnostics';
import { Matcher, placeMatch, type Match } from './match/match';
import type { CueHit } from './match/cues';
import { judge, type Judgement } from './match/verdict';
import type { Analysis } from './model';
import { applyDirectives, applyIgnores, type IgnoreEntry } from './suppress';

/** The result of checking one document. */
export interface CheckResult {
  analysis: Analysis;
  /** Per figure: its match with evidence, or null. */
  matches: (Match | null)[];
  /** Per figure: the judgement against the sources, or null when unmatched. */
  judgements: (Judgement | null)[];
  /** Per figure: the quantity id, or null (the JSON contract's `quantity`). */
  quantities: (string | null)[];
  /** Per figure: the verdict, or null when unmatched (the JSON contract's `verdict`). */
  verdicts: (string | null)[];
  diagnostics: Diagnostic[];
  /** The dataset source this article is, when its quotes give it away. */
  recognized: Recognition | null;
}

export interface CheckOptions extends AnalyzeOptions {
  /** The dataset to check against; without one, only the document-level checks run. */
  catalog?: Catalog | null;
  ignores?: readonly IgnoreEntry[];
  /** Severity per code; "off" drops the code. */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Extra relative tolerance when comparing figures with the sources (0.02 = 2%). */
  tolerance?: number;
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
  blocks: Map<string, BlockEntry>;
  /** Stable ids of the analysis's blocks (kept when an edit only shifts a block). */
  blockIds?: readonly number[];
}

interface BlockEntry {
  /** The block's start when the entry was made. */
  start: number;
  /** Index of the block's first figure then. */
  first: number;
  matches: (Match | null)[];
  judgements: (Judgement | null)[];
  diagnostics: Diagnostic[];
}

export function newCheckMemo(): CheckMemo {
  return { cues: new Map(), blocks: new Map() };
}

/** Runs matching and the checks on an existing analysis. */
export function checkAnalysis(text: string, analysis: Analysis, options: CheckOptions, recognized: Recognition | null = null, memo?: CheckMemo): CheckResult {
  const catalog = options.catalog ?? null;
  let diagnostics: Diagnostic[] = [];
  if (analysis.skipped) diagnostics.push({ start: 0, end: 0, severity: 'information', code: 'file-skipped', message: analysis.skipped, related: [], fixes: [] });
  const n = analysis.figures.length;
  const matches: (Match | null)[] = [];
  const judgements: (Judgement | null)[] = [];
  if (catalog && !analysis.skipped) {
    const matcher = new Matcher(text, analysis, catalog, memo?.cues);
    const ref = analysis.referenceDate?.date ?? null;
    const ctx: CheckContext = { text, format: options.format, analysis, catalog, matches, judgements, recognized };
    const figureChecks = CHECKS.filter((c): c is FigureCheck => c.scope === 'figure');
    const nextBlocks = new Map<string, BlockEntry>();
    const ids = memo?.blockIds;
    let k = 0;
    while (k < n) {
      const block = analysis.sentences[analysis.figures[k]!.sentence]!.block;
      let end = k;
      while (end < n && analysis.sentences[analysis.figures[end]!.sentence]!.block === block) end++;
      const key = ids ? `${matcher.docKey}|${ids[block]}|${block > 0 ? ids[block - 1] : ''}|${matcher.recentKey(k, matches)}` : null;
      const known = key !== null ? memo!.blocks.get(key) : undefined;
      const start = analysis.blocks[block]!.start;
      if (known && known.matches.length === end - k) {
        const delta = start - known.start;
        for (let i = 0; i < known.matches.length; i++) {
          const m = known.matches[i]!;
          matches.push(m ? placeMatch(m, k + i, delta) : null);
          judgements.push(known.judgements[i]!);
        }
        for (const d of known.diagnostics) diagnostics.push(shiftDiagnostic(d, delta, k - known.first));
        if (key !== null) nextBlocks.set(key, known); // kept in its own coordinates
        k = end;
        continue;
      }
      for (let i = k; i < end; i++) matches.push(matcher.match(i, matches));
      matcher.propagate(k, end, matches);
      const own: Diagnostic[] = [];
      for (let i = k; i < end; i++) {
        const m = matches[i]!;
        judgements.push(m ? judge(analysis.figures[i]!, catalog.dataset.quantities.get(m.quantity), catalog, ref, options.tolerance) : null);
        for (const c of figureChecks) {
          const d = c.figure(ctx, i);
          if (d) own.push(d);
        }
      }
      diagnostics.push(...own);
      if (key !== null) nextBlocks.set(key, { start, first: k, matches: matches.slice(k, end), judgements: judgements.slice(k, end), diagnostics: own });
      k = end;
    }
    for (const c of CHECKS) if (c.scope === 'document') diagnostics.push(...c.run(ctx));
    if (memo) {
      memo.blocks = nextBlocks;
      memo.cues = matcher.cues;
    }
  } else {
    for (let i = 0; i < n; i++) {
      matches.push(null);
      judgements.push(null);
    }
  }
  diagnostics = applyDirectives(text, analysis.directives, diagnostics);
  diagnostics = applyIgnores(text, analysis, diagnostics, options.ignores ?? []);
  if (options.severities) {
    const sev = options.severities;
    diagnostics = diagnostics.filter((d) => sev[d.code] !== 'off').map((d) => (sev[d.code] && sev[d.code] !== 'off' ? { ...d, severity: sev[d.code] as Severity } : d));
  }
  diagnostics.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    analysis,
    matches,
    judgements,
    quantities: matches.map((m) => m?.quantity ?? null),
    verdicts: judgements.map((j) => j?.verdict ?? null),
    diagnostics,
    recognized,
  };
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
