/** The extension's entry point: a wiring list of adapters over the engine (desktop and web). */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { DatasetService } from './datasets';
import { Decorations } from './decorations';
import { registerDiagnostics } from './diagnostics';
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
}

export function activate(context: vscode.ExtensionContext): Api {
  const settings = new SettingsService();
  const datasets = new DatasetService(settings);
  const analyses = new AnalysisService(settings, datasets);
  const decorations = new Decorations(analyses, settings);
  context.subscriptions.push(
    settings,
    datasets,
    analyses,
    decorations,
    registerDiagnostics(analyses, vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md')),
    registerHover(analyses, datasets, SELECTOR),
    registerCodeActions(analyses, SELECTOR),
    registerStatusBar(analyses),
    registerCommands(analyses, datasets, decorations),
    registerSources(settings, datasets),
  );
  return { analyses, datasets, decorations };
}

export function deactivate(): void {}
