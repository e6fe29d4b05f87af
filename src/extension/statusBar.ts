/** The status bar: figures and conflicts in the active editor; a click opens the Problems panel. */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';

export function registerStatusBar(analyses: AnalysisService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'workbench.actions.view.problems';
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const a = editor ? analyses.get(editor.document) : null;
    if (!a) {
      item.hide();
      return;
    }
    const r = a.result;
    if (r.analysis.skipped) {
      item.text = '$(circle-slash) Crosscheck: skipped';
      item.tooltip = r.analysis.skipped;
    } else {
      const conflicts = r.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').length;
      item.text = `$(symbol-numeric) ${r.analysis.figures.length} figures${conflicts ? ` $(warning) ${conflicts}` : ''}`;
      item.tooltip = `Crosscheck: ${r.analysis.figures.length} figures, ${r.quantities.filter(Boolean).length} tied to a known quantity, ${conflicts} conflicts. Click to open Problems.`;
    }
    item.show();
  };
  return vscode.Disposable.from(item, analyses.onDidAnalyze(update), vscode.window.onDidChangeActiveTextEditor(update));
}
