/**
 * Reports of a checked document: the JSON contract (version 1) that other tools read, and a
 * Markdown summary for people. Positions come from the caller (1-based line and column).
 */
import type { CheckResult } from './check';

export type PositionOf = (offset: number) => { line: number; column: number };

/** One file of the JSON contract: `{path, language, figures, claims, diagnostics}`. */
export function jsonFile(path: string, result: CheckResult, position: PositionOf): unknown {
  const a = result.analysis;
  return {
    path,
    language: a.language,
    figures: a.figures.map((g, k) => ({
      start: g.start,
      end: g.end,
      text: g.text,
      kind: g.kind,
      value: g.value,
      min: g.min,
      max: g.max,
      unit: g.unit,
      hedge: g.hedge,
      quantity: result.quantities[k] ?? null,
      verdict: result.verdicts[k] ?? null,
    })),
    claims: a.claims.map((c) => ({ start: c.start, end: c.end, attribution: c.attribution?.who || null })),
    diagnostics: result.diagnostics.map((d) => {
      const p = position(d.start);
      return {
        start: d.start,
        end: d.end,
        line: p.line,
        column: p.column,
        severity: d.severity,
        code: d.code,
        message: d.message,
        related: d.related.map((r) => ({
          message: r.message,
          ...(r.start !== undefined ? { start: r.start, end: r.end, ...position(r.start) } : {}),
          ...(r.uri ? { uri: r.uri } : {}),
        })),
      };
    }),
  };
}

/** The JSON contract for several files. */
export function jsonReport(files: readonly { path: string; result: CheckResult; position: PositionOf }[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => jsonFile(f.path, f.result, f.position)) }, null, 2);
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A Markdown report: findings first, then every figure with its quantity and verdict. */
export function markdownReport(path: string, result: CheckResult, position: PositionOf): string {
  const a = result.analysis;
  const lines = [`# Crosscheck report: ${path}`, ''];
  if (a.skipped) return [...lines, a.skipped, ''].join('\n');
  const matched = result.quantities.filter(Boolean).length;
  lines.push(`${a.figures.length} figures (${matched} tied to a known quantity), ${a.claims.length} claims, ${result.diagnostics.length} findings.`, '');
  if (result.recognized) lines.push(`This article is a dataset source: ${result.recognized.source} (${result.recognized.quotes} quotes found).`, '');
  lines.push('## Findings', '');
  if (result.diagnostics.length === 0) lines.push('None.', '');
  else {
    lines.push('| Line | Severity | Code | Finding |', '|---:|---|---|---|');
    for (const d of result.diagnostics) lines.push(`| ${position(d.start).line} | ${d.severity} | ${d.code} | ${cell(d.message)} |`);
    lines.push('');
  }
  lines.push('## Figures', '', '| Line | Figure | Kind | Value | Quantity | Verdict |', '|---:|---|---|---|---|---|');
  a.figures.forEach((f, k) => {
    const value = f.kind === 'range' ? `${f.min}–${f.max}` : String(f.value);
    lines.push(`| ${position(f.start).line} | ${cell(f.text)} | ${f.kind} | ${cell(value)}${f.unit ? ' ' + cell(f.unit) : ''} | ${result.quantities[k] ?? ''} | ${result.verdicts[k] ?? ''} |`);
  });
  lines.push('');
  return lines.join('\n');
}
