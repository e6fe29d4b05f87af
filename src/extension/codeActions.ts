/**
 * Quick fixes for the figure under the cursor (or the selection) only: a Markdown paragraph is
 * one long line, and VS Code asks for the whole line's fixes. For that figure: the engine's
 * fixes (replace with a sourced value, cite a source; each title once), then one "Disable for
 * this line" and one "Ignore" whatever the number of findings on it.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from '../engine/diagnostics';
import { ignoreKey } from '../engine/suppress';
import type { AnalysisService } from './analysis';
import { toOffset, toRange } from './positions';

/** The span the user points at: the editor's selection when it lies inside the asked range (Ctrl+. on a line), else the range. */
export function targetSpan(asked: { start: number; end: number }, selection: { start: number; end: number } | null): { start: number; end: number } {
  if (selection && selection.start >= asked.start && selection.end <= asked.end && selection.end - selection.start < asked.end - asked.start) return selection;
  return asked;
}

/** The findings a span points at: those whose figure contains an empty span, or meets a selection. */
export function findingsAt<D extends { start: number; end: number; code: string }>(diagnostics: readonly D[], span: { start: number; end: number }): D[] {
  return diagnostics.filter((d) => d.code !== 'file-skipped' && (span.start === span.end ? d.start <= span.start && span.start <= d.end : d.start < span.end && span.start < d.end));
}

export function registerCodeActions(analyses: AnalysisService, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(doc, range, context) {
        const a = analyses.get(doc);
        if (!a) return [];
        const editor = vscode.window.activeTextEditor;
        const selection = editor && editor.document === doc ? { start: toOffset(doc, editor.selection.start), end: toOffset(doc, editor.selection.end) } : null;
        const span = targetSpan({ start: toOffset(doc, range.start), end: toOffset(doc, range.end) }, selection);
        const byFigure = new Map<string, Diagnostic[]>();
        for (const d of findingsAt(a.result.diagnostics, span)) {
          const key = `${d.start}:${d.end}`;
          byFigure.set(key, [...(byFigure.get(key) ?? []), d]);
        }
        const actions: vscode.CodeAction[] = [];
        for (const list of byFigure.values()) {
          const range = toRange(doc, list[0]!.start, list[0]!.end);
          const shown = context.diagnostics.filter((x) => x.source === 'crosscheck' && x.range.intersection(range));
          const titles = new Set<string>();
          for (const d of list) {
            for (const fix of d.fixes) {
              if (titles.has(fix.title)) continue;
              titles.add(fix.title);
              const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              action.edit = new vscode.WorkspaceEdit();
              for (const e of fix.edits) action.edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
              action.diagnostics = shown;
              action.isPreferred = !!fix.preferred;
              actions.push(action);
            }
          }
          actions.push(disableLine(doc, list, shown), ignore(doc, list, a.result.analysis, shown));
        }
        return actions;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

function disableLine(doc: vscode.TextDocument, list: Diagnostic[], shown: vscode.Diagnostic[]): vscode.CodeAction {
  const codes = [...new Set(list.map((d) => d.code))].join(' ');
  const line = doc.lineAt(doc.positionAt(list[0]!.start).line);
  const action = new vscode.CodeAction(`Disable ${codes} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(doc.uri, line.range.end, ` <!-- crosscheck-disable-line ${codes} -->`);
  action.diagnostics = shown;
  return action;
}

function ignore(doc: vscode.TextDocument, list: Diagnostic[], analysis: Parameters<typeof ignoreKey>[1], shown: vscode.Diagnostic[]): vscode.CodeAction {
  const k = list[0]!.figure;
  const figure = k !== undefined ? (analysis.figures[k]?.text ?? '') : '';
  const action = new vscode.CodeAction(`Ignore this finding${figure ? ` on “${figure.replace(/\s+/g, ' ')}”` : ''} (workspace ignore file)`, vscode.CodeActionKind.QuickFix);
  const entries = list.map((d) => ({ code: d.code, key: ignoreKey(doc.getText(), analysis, d), figure }));
  action.command = { command: 'crosscheck.ignoreFinding', title: 'Ignore this finding', arguments: [doc.uri.toString(), entries] };
  action.diagnostics = shown;
  return action;
}
