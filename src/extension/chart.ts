/**
 * "Crosscheck: Compare Sources": a webview with the chart of every source's value over time and
 * the article's figure marked, and the same data as a table. The page runs no script at all:
 * its policy is `default-src 'none'` with one nonce'd stylesheet, and the SVG is drawn here
 * (chartSvg.ts), so it works the same in VS Code for the Web.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../engine/dataset/catalog';
import type { CheckResult } from '../engine/check';
import { chartData, chartSvg, type ChartData } from './chartSvg';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page's content security policy for a nonce. */
export function chartPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; img-src data:;`;
}

/** The whole page for chart data (no script; colours from the theme's CSS variables). */
export function chartHtml(data: ChartData, nonce: string): string {
  const rows = [...data.points].sort((a, b) => a.x.localeCompare(b.x));
  const table = rows
    .map((p) => `<tr><td>${p.agrees === null ? '' : p.agrees ? '✓' : '✗'}</td><td>${esc(p.label)}</td><td>${esc(p.x)}</td><td class="num">${esc(p.text)}</td><td class="quote">“${esc(p.quote)}”</td></tr>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${chartPolicy(nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.title)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px; }
h1 { font-size: 1.2em; font-weight: 600; }
svg { max-width: 100%; height: auto; }
.grid { stroke: var(--vscode-editorWidget-border, #8884); stroke-width: 0.5; opacity: 0.6; }
.axis { stroke: var(--vscode-foreground); stroke-width: 1; }
.tick { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.label { fill: var(--vscode-foreground); font-size: 11px; }
.series { fill: none; stroke: var(--vscode-descriptionForeground); stroke-width: 1.5; opacity: 0.7; }
.source { fill: var(--vscode-descriptionForeground); stroke: var(--vscode-editor-background); stroke-width: 1.5; }
.agrees { fill: var(--vscode-crosscheck-figureAgrees, var(--vscode-testing-iconPassed, #388a34)); }
.differs { fill: var(--vscode-crosscheck-figureConflicts, var(--vscode-testing-iconFailed, #e51400)); }
.article { fill: none; stroke: var(--vscode-focusBorder); stroke-width: 2.5; }
.article-label { font-weight: 600; }
.interval { stroke: var(--vscode-focusBorder); stroke-width: 3; opacity: 0.6; }
.legend { color: var(--vscode-descriptionForeground); margin: 4px 0 12px; }
table { border-collapse: collapse; margin-top: 12px; }
td, th { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); vertical-align: top; }
.num { white-space: nowrap; font-weight: 600; }
.quote { color: var(--vscode-descriptionForeground); max-width: 40em; }
</style></head>
<body>
<h1>${esc(data.title)}</h1>
<p class="legend">● a source's value (✓ agrees with this article's figure, ✗ does not, grey: not compared at the article's date) · ◆ this article${data.figure ? `: ${esc(data.figure.text)}` : ''}</p>
${chartSvg(data)}
<table><thead><tr><th></th><th>Source</th><th>When</th><th>Says</th><th>Sentence</th></tr></thead><tbody>${table}</tbody></table>
</body></html>`;
}

/** A random nonce for one page. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One panel, reused for every comparison. */
export class ChartPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  /** The last page's data (the e2e tests read it). */
  last: ChartData | null = null;

  /** Shows the chart for figure k of a result; false when there is nothing to draw. */
  show(result: CheckResult, k: number, catalog: Catalog): boolean {
    const data = chartData(result, k, catalog);
    if (!data) return false;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('crosscheck.chart', 'Compare Sources', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = null));
    }
    this.panel.title = `Compare: ${data.title}`;
    this.panel.webview.html = chartHtml(data, nonce());
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.last = data;
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
