/** Checking one document: analysis plus the findings the checks draw from it. */
import { analyze, type AnalyzeOptions } from './analyze';
import type { Diagnostic } from './diagnostics';
import type { Analysis } from './model';

/** The result of checking one document. */
export interface CheckResult {
  analysis: Analysis;
  /** Per figure (same order as `analysis.figures`): the quantity it speaks of, or null. */
  quantities: (string | null)[];
  /** Per figure: the verdict against the sources, or null when unmatched. */
  verdicts: (string | null)[];
  diagnostics: Diagnostic[];
}

export type CheckOptions = AnalyzeOptions;

/** Analyses a document and runs the checks on it. */
export function checkText(text: string, options: CheckOptions): CheckResult {
  const analysis = analyze(text, options);
  const diagnostics: Diagnostic[] = [];
  if (analysis.skipped) {
    diagnostics.push({ start: 0, end: 0, severity: 'information', code: 'file-skipped', message: analysis.skipped, related: [], fixes: [] });
  }
  return {
    analysis,
    quantities: analysis.figures.map(() => null),
    verdicts: analysis.figures.map(() => null),
    diagnostics,
  };
}
