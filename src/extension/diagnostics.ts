/** The Problems panel: the engine's findings as diagnostics with source, a code linked to its documentation, and related places in the document. */
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
  // Only places in the document: the sources are listed in the hover, each with its link and
  // sentence; repeated here they would fill VS Code's problem hover above it.
  out.relatedInformation = d.related.filter((r) => r.start !== undefined).map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, toRange(doc, r.start!, r.end ?? r.start!)), r.message));
  return out;
}
