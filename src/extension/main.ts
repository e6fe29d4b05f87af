/** The extension's entry point: a wiring list of adapters over the engine (desktop and web). */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { ChartPanel } from './chart';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { DatasetService } from './datasets';
import { Decorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
import { FiguresView } from './figuresView';
import { registerHover } from './hover';
import { SettingsService } from './settings';
import { registerSources } from './sources';
import { registerStatusBar } from './statusBar';

/** Documents Crosscheck serves; the `languages` and `include` settings narrow or widen it per document. */
const SELECTOR: vscode.DocumentSelector = [{ scheme: '*', language: 'markdown' }, { scheme: '*', language: 'plaintext' }, { scheme: '*', pattern: '**/*' }];

export interface Api {
  analyses: AnalysisService;
  datasets: DatasetService;
  decorations: Decorations;
  figures: FiguresView;
  chart: ChartPanel;
}

export function activate(context: vscode.ExtensionContext): Api {
  const settings = new SettingsService();
  const datasets = new DatasetService(settings);
  const analyses = new AnalysisService(settings, datasets);
  const decorations = new Decorations(analyses, settings);
  const figures = new FiguresView(analyses, datasets);
  const chart = new ChartPanel();
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md');
  context.subscriptions.push(
    settings,
    datasets,
    analyses,
    decorations,
    figures,
    chart,
    registerDiagnostics(analyses),
    registerHover(analyses, datasets, settings, SELECTOR),
    registerCodeActions(analyses, SELECTOR),
    registerStatusBar(analyses),
    registerCommands({ analyses, datasets, decorations, figures, chart, docsUri }),
    registerSources(settings, datasets),
  );
  return { analyses, datasets, decorations, figures, chart };
}

export function deactivate(): void {}
