/**
 * Commands: show sources for the figure at the cursor, compare them in a chart, reveal a figure
 * (from the Figures view), filter that view, toggle highlights and hover details, reload
 * datasets, export a report, ignore a finding, open a finding's documentation.
 */
import * as vscode from 'vscode';
import { addIgnore } from '../engine/ignoreFile';
import { jsonReport, markdownReport } from '../engine/report';
import type { AnalysisService } from './analysis';
import { IGNORE_FILE, readText, type DatasetService } from './datasets';
import type { ChartPanel } from './chart';
import type { Decorations } from './decorations';
import { SKIP_MARKER } from './exclude';
import { FiguresView } from './figuresView';
import { figureAt } from './hover';
import { SECTION } from './settings';

/** The commands package.json declares, by id (a test checks they match). */
export const COMMANDS = [
  'crosscheck.showSources',
  'crosscheck.compareSources',
  'crosscheck.revealFigure',
  'crosscheck.figures.showUnchecked',
  'crosscheck.figures.showAll',
  'crosscheck.toggleHighlights',
  'crosscheck.toggleHoverDetails',
  'crosscheck.reloadDatasets',
  'crosscheck.exportReport',
  'crosscheck.ignoreFinding',
  'crosscheck.openDocs',
] as const;

/** What the commands act on. */
export interface CommandDeps {
  analyses: AnalysisService;
  datasets: DatasetService;
  decorations: Decorations;
  figures: FiguresView;
  chart: ChartPanel;
  /** The findings' documentation (docs/diagnostics.md in the extension). */
  docsUri: vscode.Uri;
}

export function registerCommands({ analyses, datasets, decorations, figures, chart, docsUri }: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('crosscheck.compareSources', (uri?: unknown, offset?: number) => compareSources(analyses, datasets, chart, figures, uri, offset)),
    vscode.commands.registerCommand('crosscheck.revealFigure', (uri: string, start: number, end: number) => revealFigure(uri, start, end)),
    vscode.commands.registerCommand('crosscheck.figures.showUnchecked', () => figures.setFilter(true)),
    vscode.commands.registerCommand('crosscheck.figures.showAll', () => figures.setFilter(false)),
    vscode.commands.registerCommand('crosscheck.toggleHoverDetails', async () => {
      const config = vscode.workspace.getConfiguration(SECTION);
      const next = !config.get<boolean>('hover.details', false);
      await config.update('hover.details', next, vscode.ConfigurationTarget.Global);
      if (vscode.window.activeTextEditor) await vscode.commands.executeCommand('editor.action.showHover');
      return next;
    }),
    vscode.commands.registerCommand('crosscheck.openDocs', (code?: string) => openDocs(docsUri, code)),
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
    vscode.commands.registerCommand('crosscheck.ignoreFinding', (uri: string, entries: IgnoreArg[]) => ignoreFinding(datasets, uri, entries)),
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
  // The Markdown report quotes the article's figures: its marker keeps Crosscheck from checking it.
  const content = choice === 'json' ? jsonReport([{ path, result: a.result, position }]) : `${SKIP_MARKER}\n${markdownReport(path, a.result, position)}`;
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

/** One finding to ignore: its code, its key (a hash of the figure and its sentence), the figure's words. */
interface IgnoreArg {
  code: string;
  key: string;
  figure: string;
}

async function ignoreFinding(datasets: DatasetService, uri: string, entries: IgnoreArg[]): Promise<void> {
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
  let text = existing;
  for (const { code, key, figure } of entries) {
    const next = addIgnore(text, { code, key, ...(figure ? { figure } : {}) });
    if (next.error !== null) {
      void vscode.window.showErrorMessage(`Crosscheck: the finding was not ignored: ${IGNORE_FILE} ${next.error}.`);
      return;
    }
    text = next.text;
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text ?? ''));
  await datasets.reload();
}

/**
 * Opens the chart for a figure: from a hover link (uri, offset), from the Figures view (its
 * item), or for the figure at the cursor. Resolves true when a chart was drawn.
 */
async function compareSources(analyses: AnalysisService, datasets: DatasetService, chart: ChartPanel, figures: FiguresView, uri?: unknown, offset?: number): Promise<boolean> {
  const fromView = typeof uri === 'object' && uri !== null ? FiguresView.argsOf(uri as never, figures.documentUri) : null;
  const [target, at] = fromView ?? [typeof uri === 'string' ? uri : undefined, offset];
  const editor = vscode.window.activeTextEditor;
  const doc = target ? await vscode.workspace.openTextDocument(vscode.Uri.parse(target)) : editor?.document;
  if (!doc) return false;
  const a = analyses.get(doc) ?? (await analyses.analyzeNow(doc));
  const pos = at ?? (editor && editor.document === doc ? doc.offsetAt(editor.selection.active) : -1);
  const k = a ? figureAt(a, pos) : -1;
  if (!a || k < 0 || !chart.show(a.result, k, await datasets.catalog())) {
    void vscode.window.showInformationMessage('Crosscheck: no figure of a known quantity with sourced values at the cursor.');
    return false;
  }
  return true;
}

/** Shows a figure in its editor, selected and centred. */
async function revealFigure(uri: string, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A finding code's documentation, rendered: the Markdown preview at its section (the raw file where no preview exists). */
async function openDocs(docsUri: vscode.Uri, code?: string): Promise<void> {
  const target = code ? docsUri.with({ fragment: code }) : docsUri;
  try {
    await vscode.commands.executeCommand('markdown.showPreview', target);
  } catch {
    await vscode.window.showTextDocument(target, { preview: true });
  }
}

/** The diagnostic code's link: a command that opens the rendered documentation at the code's section. */
export function docsLink(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:crosscheck.openDocs?${encodeURIComponent(JSON.stringify([code]))}`);
}
