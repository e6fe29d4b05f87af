/**
 * Quick fixes: the engine's fixes (replace with a sourced value, one per source when they
 * disagree; cite a source), disable Crosscheck for this line, ignore this finding (written to
 * the workspace's ignore file). Fixes are looked up in the analysis by position.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from '../engine/diagnostics';
import { ignoreKey } from '../engine/suppress';
import type { AnalysisService } from './analysis';
import { toOffset, toRange } from './positions';

export function registerCodeActions(analyses: AnalysisService, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      provideCodeActions(doc, range, context) {
        const a = analyses.get(doc);
        if (!a) return [];
        const start = toOffset(doc, range.start);
        const end = toOffset(doc, range.end);
        const actions: vscode.CodeAction[] = [];
        for (const d of a.result.diagnostics) {
          if (d.end < start || d.start > end || d.code === 'file-skipped') continue;
          const shown = context.diagnostics.filter((x) => x.source === 'crosscheck' && codeOf(x) === d.code && x.range.intersection(toRange(doc, d.start, d.end)));
          for (const fix of d.fixes) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            const edit = new vscode.WorkspaceEdit();
            for (const e of fix.edits) edit.replace(doc.uri, toRange(doc, e.start, e.end), e.text);
            action.edit = edit;
            action.diagnostics = shown;
            action.isPreferred = !!fix.preferred;
            actions.push(action);
          }
          actions.push(disableLine(doc, d, shown), ignore(doc, d, a.result.analysis, shown));
        }
        return actions;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function disableLine(doc: vscode.TextDocument, d: Diagnostic, shown: vscode.Diagnostic[]): vscode.CodeAction {
  const line = doc.lineAt(doc.positionAt(d.start).line);
  const action = new vscode.CodeAction(`Disable ${d.code} for this line`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(doc.uri, line.range.end, ` <!-- crosscheck-disable-line ${d.code} -->`);
  action.diagnostics = shown;
  return action;
}

function ignore(doc: vscode.TextDocument, d: Diagnostic, analysis: Parameters<typeof ignoreKey>[1], shown: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore this ${d.code} finding (workspace ignore file)`, vscode.CodeActionKind.QuickFix);
  const figure = d.figure !== undefined ? analysis.figures[d.figure]?.text : undefined;
  action.command = { command: 'crosscheck.ignoreFinding', title: 'Ignore this finding', arguments: [doc.uri.toString(), d.code, ignoreKey(doc.getText(), analysis, d), figure ?? ''] };
  action.diagnostics = shown;
  return action;
}
