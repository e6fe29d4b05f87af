/** The Problems panel: the engine's findings as diagnostics with source, a linked code and related places. */
import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../engine/diagnostics';
import type { AnalysisService } from './analysis';
import { docsLink } from './commands';
import { toRange } from './positions';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Keeps a diagnostic collection in step with the analyses; a closed document's entries are deleted. */
export function registerDiagnostics(analyses: AnalysisService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('crosscheck');
  const sub = analyses.onDidAnalyze(({ uri, analyzed }) => {
    if (!analyzed) {
      collection.delete(uri);
      return;
    }
    const doc = analyzed.document;
    collection.set(uri, analyzed.result.diagnostics.map((d) => toDiagnostic(doc, d)));
  });
  return vscode.Disposable.from(collection, sub);
}

/** One engine finding as a VS Code diagnostic. */
export function toDiagnostic(doc: vscode.TextDocument, d: Diagnostic): vscode.Diagnostic {
  const range = toRange(doc, d.start, Math.max(d.end, d.start));
  const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  out.source = 'crosscheck';
  // The link opens the rendered documentation at the code's section (a command link: the raw Markdown would be no help).
  out.code = { value: d.code, target: docsLink(d.code) };
  out.relatedInformation = d.related.map((r) => {
    const where = r.start !== undefined ? toRange(doc, r.start, r.end ?? r.start) : range;
    return new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, where), r.uri ? `${r.message} ${r.uri}` : r.message);
  });
  return out;
}
