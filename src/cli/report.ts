/** The check command's output: compiler-style text, the JSON contract, or SARIF 2.1.0. */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckResult } from '../engine/check';
import type { Diagnostic, Severity } from '../engine/diagnostics';
import { LineIndex } from './lines';
import { jsonReport } from '../engine/report';

export interface FileReport {
  path: string;
  text: string;
  result: CheckResult;
}

const VERSION = '0.1.0';

/** The JSON contract, version 1. */
export function toJson(files: readonly FileReport[]): string {
  return jsonReport(files.map((f) => {
    const lines = new LineIndex(f.text);
    return { path: f.path, result: f.result, position: (o: number) => lines.position(o) };
  }));
}

/** Compiler-style lines: `path:line:col severity code message`, then a summary per file. */
export function toText(files: readonly FileReport[], listFigures: boolean): string {
  const out: string[] = [];
  for (const f of files) {
    const lines = new LineIndex(f.text);
    const a = f.result.analysis;
    if (listFigures) {
      a.figures.forEach((g, k) => {
        const p = lines.position(g.start);
        const q = f.result.quantities[k];
        const v = f.result.verdicts[k];
        out.push(`${f.path}:${p.line}:${p.column} figure ${g.kind} ${JSON.stringify(g.text)} = ${formatValue(g.value, g.min, g.max)}${g.unit ? ' ' + g.unit : ''}${g.hedge && g.hedge !== 'exact' ? ` (${g.hedge})` : ''}${q ? ` → ${q}` : ''}${v ? ` [${v}]` : ''}`);
      });
    }
    for (const d of f.result.diagnostics) {
      const p = lines.position(d.start);
      out.push(`${f.path}:${p.line}:${p.column} ${d.severity} ${d.code} ${d.message}`);
      for (const r of d.related) {
        const where = r.start !== undefined ? `${f.path}:${lines.position(r.start).line}:${lines.position(r.start).column}` : r.uri ?? '';
        out.push(`    ${where ? where + ' ' : ''}${r.message}`);
      }
    }
    const counts = countBySeverity(f.result.diagnostics);
    const matched = f.result.quantities.filter((q) => q !== null).length;
    out.push(
      `${f.path}: ${a.skipped ? a.skipped : `${a.figures.length} figures (${matched} matched), ${a.claims.length} claims, ${counts.warning + counts.error} conflicts, ${counts.information} notes`}`,
    );
  }
  return out.join('\n');
}

function formatValue(value: unknown, min: number | null, max: number | null): string {
  if (value === null) return `${min ?? '…'}–${max ?? '…'}`;
  return String(value);
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of ds) c[d.severity]++;
  return c;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A path as a SARIF `artifactLocation.uri`, a valid URI reference: an absolute path becomes a
 * `file://` URI, a relative one a relative reference; either way every character outside
 * RFC 3986's unreserved set and `/` is percent-encoded as UTF-8 (space, `#`, `%`, `?`, `:`,
 * accents). Windows separators become `/`.
 */
export function sarifUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href.replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return path
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/');
}

/**
 * SARIF 2.1.0, one run, rules from the codes seen. `failures` (inputs that could not be read,
 * dataset files with errors) are recorded in the run's invocation, which is then not successful.
 */
export function toSarif(files: readonly FileReport[], docsBase: string, failures: readonly { path: string; message: string }[] = []): string {
  const rules = new Map<string, { id: string; helpUri: string }>();
  const results: unknown[] = [];
  for (const f of files) {
    const lines = new LineIndex(f.text);
    const uri = sarifUri(f.path);
    for (const d of f.result.diagnostics) {
      rules.set(d.code, { id: d.code, helpUri: `${docsBase}#${d.code}` });
      const s = lines.position(d.start);
      const e = lines.position(d.end);
      results.push({
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: d.start, charLength: d.end - d.start },
            },
          },
        ],
        relatedLocations: d.related
          .filter((r) => r.start !== undefined)
          .map((r, id) => {
            const p = lines.position(r.start!);
            return { id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri }, region: { startLine: p.line, startColumn: p.column, charOffset: r.start, charLength: (r.end ?? r.start!) - r.start! } } };
          }),
      });
    }
  }
  const invocation = {
    executionSuccessful: failures.length === 0,
    ...(failures.length
      ? {
          toolExecutionNotifications: failures.map((f) => ({
            level: 'error',
            message: { text: `${f.path}: ${f.message}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(f.path) } } }],
          })),
        }
      : {}),
  };
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'Crosscheck', version: VERSION, informationUri: docsBase, rules: [...rules.values()].map((r) => ({ id: r.id, helpUri: r.helpUri })) } }, invocations: [invocation], results }],
    },
    null,
    2,
  );
}
