/** Checking one document: analysis, matching, verdicts, and the findings the checks draw. */
import { analyze, type AnalyzeOptions } from './analyze';
import { CHECKS } from './checks/index';
import type { CheckContext } from './checks/context';
import type { Catalog } from './dataset/catalog';
import { recognizeSource, type Recognition } from './dataset/recognize';
import type { Diagnostic, Severity } from './diagnostics';
import type { Match } from './match/match';
import { matchFigures } from './match/match';
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
}

/** Analyses a document and runs the checks on it. */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const catalog = options.catalog ?? null;
  const recognized = catalog && !options.referenceDate && !options.skipRecognition ? recognizeSource(text, catalog) : null;
  const analysis = analyze(text, recognized ? { ...options, referenceDate: { date: recognized.date, source: 'dataset' } } : options);
  return checkAnalysis(text, analysis, options, recognized);
}

/** Runs matching and the checks on an existing analysis. */
export function checkAnalysis(text: string, analysis: Analysis, options: CheckOptions, recognized: Recognition | null = null): CheckResult {
  const catalog = options.catalog ?? null;
  let diagnostics: Diagnostic[] = [];
  if (analysis.skipped) diagnostics.push({ start: 0, end: 0, severity: 'information', code: 'file-skipped', message: analysis.skipped, related: [], fixes: [] });
  let matches: (Match | null)[] = analysis.figures.map(() => null);
  let judgements: (Judgement | null)[] = analysis.figures.map(() => null);
  if (catalog && !analysis.skipped) {
    matches = matchFigures(text, analysis, catalog);
    const ref = analysis.referenceDate?.date ?? null;
    judgements = matches.map((m, k) => (m ? judge(analysis.figures[k]!, catalog.dataset.quantities.get(m.quantity), catalog, ref) : null));
    const ctx: CheckContext = { text, format: options.format, analysis, catalog, matches, judgements, recognized };
    for (const check of CHECKS) diagnostics.push(...check.run(ctx));
  }
  diagnostics = applyDirectives(text, analysis.directives, diagnostics);
  diagnostics = applyIgnores(text, analysis, diagnostics, options.ignores ?? []);
  if (options.severities) {
    const sev = options.severities;
    diagnostics = diagnostics.filter((d) => sev[d.code] !== 'off').map((d) => (sev[d.code] && sev[d.code] !== 'off' ? { ...d, severity: sev[d.code] as Severity } : d));
  }
  diagnostics.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
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
