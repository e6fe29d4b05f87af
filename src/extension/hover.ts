/**
 * The hover on a figure, readable in five seconds: the verdict and the sources' value on the
 * first line; the figure as read and the difference; a narrow list of sources (mark, publisher
 * with its link, date, value, and its sentence trimmed around the figure); the evidence in
 * plain words; ids and scores only with `crosscheck.hover.details`. The model is built in
 * figureModel.ts; here the template goes through appendMarkdown and every data string through
 * appendText; command links are limited to Crosscheck's own.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../engine/dataset/catalog';
import type { AnalysisService, Analyzed } from './analysis';
import type { DatasetService } from './datasets';
import { hoverModel } from './figureModel';
import { toOffset, toRange } from './positions';
import { appendRelated } from './sources';
import type { SettingsService } from './settings';

export const HOVER_COMMANDS = ['crosscheck.showSources', 'crosscheck.compareSources', 'crosscheck.toggleHoverDetails'];

export function registerHover(analyses: AnalysisService, datasets: DatasetService, settings: SettingsService, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(doc, position) {
      const a = analyses.get(doc) ?? (await analyses.analyzeNow(doc));
      if (!a) return null;
      const k = figureAt(a, toOffset(doc, position));
      if (k < 0) return null;
      const f = a.result.analysis.figures[k]!;
      return new vscode.Hover(hoverContent(a, k, await datasets.catalog(), settings.get(doc.uri)['hover.details']), toRange(doc, f.start, f.end));
    },
  });
}

/** Index of the figure at an offset, or -1. */
export function figureAt(a: Analyzed, offset: number): number {
  const figs = a.result.analysis.figures;
  let lo = 0;
  let hi = figs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = figs[mid]!;
    if (offset < f.start) hi = mid - 1;
    else if (offset > f.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The hover's Markdown for figure k: the verdict line first, then the sources as a narrow list. */
export function hoverContent(a: Analyzed, k: number, catalog: Catalog, showDetails = false): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  const doc = a.document;
  const h = hoverModel(a.result, k, catalog, (s, e) => doc.getText(toRange(doc, s, e)));
  md.appendMarkdown('**');
  md.appendText(h.verdict);
  md.appendMarkdown('** · ');
  md.appendText(h.summary);
  md.appendMarkdown('\n\n');
  md.appendText(h.figureLine);
  md.appendMarkdown('\n\n');
  if (!a.result.matches[k]) appendRelated(md, a.result.related?.[k] ?? []);
  for (const r of h.rows) {
    md.appendMarkdown(r.mark === 'later' ? '⏭ ' : `${r.mark} `);
    if (r.url) {
      md.appendMarkdown('[');
      md.appendText(r.publisher);
      md.appendMarkdown(`](${encodeURI(r.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
    } else md.appendText(r.publisher);
    md.appendMarkdown(' · ');
    md.appendText(r.date);
    md.appendMarkdown(' · **');
    md.appendText(r.value);
    md.appendMarkdown(r.mark === 'later' ? '** _(after the article)_  \n' : '**  \n');
    md.appendMarkdown('_');
    md.appendText(`“${r.quote}”`);
    md.appendMarkdown('_\n\n');
  }
  if (h.rows.length === 0 && a.result.matches[k]) md.appendMarkdown('_No source gives a value for this quantity at this time._\n\n');
  for (const n of h.notes) {
    md.appendMarkdown('_');
    md.appendText(n);
    md.appendMarkdown('_\n\n');
  }
  if (h.evidence) {
    md.appendMarkdown('Matched by ');
    md.appendText(h.evidence);
    md.appendMarkdown('.\n\n');
  } else {
    md.appendText('No quantity in the datasets has its words near this figure, or two fit equally well.');
    md.appendMarkdown('\n\n');
  }
  if (showDetails && h.details.length) {
    md.appendMarkdown('Details: ');
    md.appendText(h.details.join(' · '));
    md.appendMarkdown('\n\n');
  }
  const f = a.result.analysis.figures[k]!;
  const args = encodeURIComponent(JSON.stringify([a.document.uri.toString(), f.start]));
  const links: string[] = [];
  if (h.comparable) links.push(`[$(graph-line) Compare sources](command:crosscheck.compareSources?${args} "Chart every source's value over time")`);
  if (h.rows.length) links.push(`[All sources](command:crosscheck.showSources?${args})`);
  links.push(`[${showDetails ? 'Hide details' : 'Details'}](command:crosscheck.toggleHoverDetails "Show or hide ids and match scores")`);
  md.appendMarkdown(links.join(' · '));
  return md;
}
