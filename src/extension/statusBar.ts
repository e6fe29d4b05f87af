/**
 * The status bar: "Crosscheck" with the active article's checked, not checked and conflicting
 * figures (the Figures view's counts), a spinner until its first analysis, and a label a
 * screen reader reads in plain words. A click opens the Figures view.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from './analysis';
import { countStatuses, countsLabel, type Counts } from './figureModel';

/** The item's text for some counts: "Crosscheck $(check) 12 $(question) 8 $(error) 2". */
export function statusText(c: Counts): string {
  const checked = c.conflict + c.disputed + c.agrees;
  return `Crosscheck $(check) ${checked} $(question) ${c.unchecked}${c.conflict ? ` $(error) ${c.conflict}` : ''}${c.disputed ? ` $(diff-modified) ${c.disputed}` : ''}`;
}

export function registerStatusBar(analyses: AnalysisService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Crosscheck';
  item.command = 'crosscheck.figures.focus';
  /** The document whose counts are shown; kept while an edit of it is being analysed. */
  let shownFor: string | null = null;
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !analyses.relevant(editor.document)) {
      item.hide();
      return;
    }
    const a = analyses.get(editor.document);
    if (!a) {
      // Not analysed yet (or an edit is pending): a spinner until the first result.
      if (shownFor === editor.document.uri.toString()) return; // keep the last counts while an edit is analysed
      item.text = '$(sync~spin) Crosscheck';
      item.tooltip = 'Crosscheck is checking the figures of this document…';
      item.accessibilityInformation = { label: 'Crosscheck is checking the figures of this document', role: 'button' };
      item.show();
      return;
    }
    shownFor = editor.document.uri.toString();
    const r = a.result;
    if (r.analysis.skipped) {
      item.text = '$(circle-slash) Crosscheck: skipped';
      item.tooltip = r.analysis.skipped;
      item.accessibilityInformation = { label: `Crosscheck skipped this document: ${r.analysis.skipped}`, role: 'button' };
    } else {
      const c = countStatuses(r);
      item.text = statusText(c);
      item.tooltip = `${countsLabel(c)}. Click to open the Figures view.`;
      item.accessibilityInformation = { label: countsLabel(c), role: 'button' };
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    analyses.onDidAnalyze(update),
    vscode.window.onDidChangeActiveTextEditor(() => {
      shownFor = null;
      update();
    }),
  );
}
