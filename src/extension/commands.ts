/** Commands: show sources for the figure at the cursor, toggle highlights, reload datasets, export a report, ignore a finding. */
import * as vscode from 'vscode';
import { addIgnore } from '../engine/ignoreFile';
import { jsonReport, markdownReport } from '../engine/report';
import type { AnalysisService } from './analysis';
import { IGNORE_FILE, readText, type DatasetService } from './datasets';
import type { Decorations } from './decorations';
import { figureAt } from './hover';

/** The commands package.json declares, by id (a test checks they match). */
export const COMMANDS = ['crosscheck.showSources', 'crosscheck.toggleHighlights', 'crosscheck.reloadDatasets', 'crosscheck.exportReport', 'crosscheck.ignoreFinding'] as const;

export function registerCommands(analyses: AnalysisService, datasets: DatasetService, decorations: Decorations): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('crosscheck.showSources', (uri?: string, offset?: number) => showSources(analyses, uri, offset)),
    vscode.commands.registerCommand('crosscheck.toggleHighlights', () => {
      const on = decorations.toggle();
      void vscode.window.setStatusBarMessage(`Crosscheck highlights ${on ? 'on' : 'off'}`, 2000);
      return on;
    }),
    vscode.commands.registerCommand('crosscheck.reloadDatasets', async () => {
      await datasets.reload();
      void vscode.window.setStatusBarMessage(`Crosscheck: datasets reloaded (${datasets.fileCount} workspace files)`, 3000);
    }),
    vscode.commands.registerCommand('crosscheck.exportReport', (format?: 'markdown' | 'json') => exportReport(analyses, format)),
    vscode.commands.registerCommand('crosscheck.ignoreFinding', (uri: string, code: string, key: string, figure: string) => ignoreFinding(datasets, uri, code, key, figure)),
  );
}

async function showSources(analyses: AnalysisService, uri?: string, offset?: number): Promise<string[]> {
  const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (!doc) return [];
  const a = analyses.get(doc) ?? (await analyses.analyzeNow(doc));
  const editor = vscode.window.activeTextEditor;
  const at = offset ?? (editor && editor.document === doc ? doc.offsetAt(editor.selection.active) : -1);
  const k = a ? figureAt(a, at) : -1;
  const j = k >= 0 ? a!.result.judgements[k] : null;
  if (!a || k < 0 || !j) {
    void vscode.window.showInformationMessage('Crosscheck: no figure of a known quantity at the cursor.');
    return [];
  }
  const items = [...j.claims, ...j.later].map((v) => ({
    label: `${v.agrees ? '$(check)' : '$(close)'} ${v.source.publisher}: ${v.claim.asWritten}`,
    description: v.claim.time || v.source.published,
    detail: v.claim.quote,
    url: v.source.url,
  }));
  void vscode.window.showQuickPick(items, { title: `Sources for “${a.result.analysis.figures[k]!.text}”`, matchOnDetail: true }).then((pick) => {
    if (pick?.url) void vscode.env.openExternal(vscode.Uri.parse(pick.url));
  });
  return items.map((i) => i.label);
}

async function exportReport(analyses: AnalysisService, format?: 'markdown' | 'json'): Promise<vscode.TextDocument | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return undefined;
  const a = analyses.get(doc) ?? (await analyses.analyzeNow(doc));
  if (!a) {
    void vscode.window.showInformationMessage('Crosscheck: this document is not one Crosscheck reads.');
    return undefined;
  }
  const choice = format ?? (await vscode.window.showQuickPick(['markdown', 'json'] as const, { title: 'Export the Crosscheck report as' }));
  if (!choice) return undefined;
  const path = vscode.workspace.asRelativePath(doc.uri);
  const position = (o: number): { line: number; column: number } => {
    const p = doc.positionAt(o);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const content = choice === 'json' ? jsonReport([{ path, result: a.result, position }]) : markdownReport(path, a.result, position);
  const report = await vscode.workspace.openTextDocument({ language: choice === 'json' ? 'json' : 'markdown', content });
  await vscode.window.showTextDocument(report, { preview: false });
  return report;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function ignoreFinding(datasets: DatasetService, uri: string, code: string, key: string, figure: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Crosscheck: open a folder to keep an ignore file.');
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, IGNORE_FILE);
  const existing = await readText(file);
  if (existing === null && (await exists(file))) {
    void vscode.window.showErrorMessage(`Crosscheck: ${IGNORE_FILE} exists but cannot be read; the finding was not ignored and the file was left unchanged.`);
    return;
  }
  const next = addIgnore(existing, { code, key, ...(figure ? { figure } : {}) });
  if (next.error !== null) {
    void vscode.window.showErrorMessage(`Crosscheck: the finding was not ignored: ${IGNORE_FILE} ${next.error}.`);
    return;
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(next.text));
  await datasets.reload();
}
