/**
 * The hover on a figure: the quantity; the figure as understood (with its interval); every
 * source side by side (publisher, value as written, date, its sentence, a link); the
 * verdict and the difference; why it matched; for a series, the series as a table with a
 * sparkline. The template goes through appendMarkdown, every data string through appendText;
 * command links are limited to Crosscheck's own.
 */
import * as vscode from 'vscode';
import type { Catalog } from '../engine/dataset/catalog';
import type { Figure } from '../engine/model';
import type { Match } from '../engine/match/match';
import type { Judgement } from '../engine/match/verdict';
import type { AnalysisService, Analyzed } from './analysis';
import type { DatasetService } from './datasets';
import { toOffset, toRange } from './positions';
import { appendRelated } from './sources';

export const HOVER_COMMANDS = ['crosscheck.showSources'];

export function registerHover(analyses: AnalysisService, datasets: DatasetService, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(doc, position) {
      const a = analyses.get(doc) ?? (await analyses.analyzeNow(doc));
      if (!a) return null;
      const k = figureAt(a, toOffset(doc, position));
      if (k < 0) return null;
      const f = a.result.analysis.figures[k]!;
      return new vscode.Hover(hoverContent(a, k, await datasets.catalog()), toRange(doc, f.start, f.end));
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

const clean = (s: string): string => s.replace(/\|/g, '∣').replace(/\s+/g, ' ').trim();

/** The hover's Markdown for figure k. */
export function hoverContent(a: Analyzed, k: number, catalog: Catalog): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  const r = a.result;
  const f = r.analysis.figures[k]!;
  const m = r.matches[k] ?? null;
  const j = r.judgements[k] ?? null;
  const q = m ? catalog.dataset.quantities.get(m.quantity) : undefined;
  md.appendMarkdown('**Crosscheck** · ');
  if (m) {
    md.appendText(q?.label ?? m.quantity);
    md.appendMarkdown(' · `');
    md.appendText(m.quantity);
    md.appendMarkdown('`\n\n');
  } else md.appendMarkdown('figure not tied to a known quantity\n\n');
  md.appendMarkdown('**This figure:** ');
  md.appendText(`“${clean(f.text)}” = ${understood(f)}`);
  md.appendMarkdown('\n\n');
  if (!m) appendRelated(md, r.related?.[k] ?? []);
  if (j && m) {
    md.appendMarkdown(`**Verdict:** ${verdictWord(j.verdict)}`);
    if (j.difference && j.verdict !== 'agrees') {
      const d = j.difference;
      md.appendText(` — ${d.value > 0 ? '+' : ''}${fmt(d.value)}${d.relative !== null ? ` (${d.relative > 0 ? '+' : ''}${fmt(Math.round(d.relative * 1000) / 10)}%)` : ''} from ${d.against.source.publisher}`);
    }
    if (!j.sourcesAgree) md.appendMarkdown(' · _the sources disagree among themselves_');
    if (f.kind === 'date' && f.yearInferred) md.appendMarkdown(' · _compared by month and day: the article does not write the year_');
    if (j.periodUnstated) md.appendMarkdown(' · _the sources give no period; this sentence names its own_');
    md.appendMarkdown('\n\n');
    sourcesTable(md, j);
    if (m.series) seriesTable(md, m, catalog);
    md.appendMarkdown('\n**Why this quantity:** ');
    md.appendText(why(m, q?.label));
    md.appendMarkdown('\n\n');
  } else {
    md.appendText('No dataset quantity has its measure words near this figure, or two quantities fit equally well.');
    md.appendMarkdown('\n\n');
  }
  const findings = r.diagnostics.filter((d) => d.figure === k);
  for (const d of findings) {
    md.appendMarkdown(`**${d.code}:** `);
    md.appendText(d.message);
    md.appendMarkdown('\n\n');
  }
  if (m) md.appendMarkdown(`[Show all sources](command:crosscheck.showSources?${encodeURIComponent(JSON.stringify([a.document.uri.toString(), f.start]))})`);
  return md;
}

function sourcesTable(md: vscode.MarkdownString, j: Judgement): void {
  const rows = [...j.claims, ...j.later];
  if (rows.length === 0) {
    md.appendMarkdown('_No source gives a value for this quantity at this time._\n\n');
    return;
  }
  md.appendMarkdown('| Source | Says | Date | Sentence | |\n|---|---|---|---|:-:|\n');
  for (const v of rows) {
    md.appendMarkdown('| ');
    if (v.source.url && /^https?:\/\//.test(v.source.url)) {
      md.appendMarkdown('[');
      md.appendText(clean(v.source.publisher));
      md.appendMarkdown(`](${encodeURI(v.source.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
    } else md.appendText(clean(v.source.publisher));
    md.appendMarkdown(' | ');
    md.appendText(clean(v.claim.asWritten));
    md.appendMarkdown(' | ');
    md.appendText(v.claim.time || v.source.published);
    md.appendMarkdown(' | ');
    const quote = v.claim.quote.length > 110 ? v.claim.quote.slice(0, 107) + '…' : v.claim.quote;
    md.appendText(`“${clean(quote)}”`);
    md.appendMarkdown(` | ${j.later.includes(v) ? '⏭' : v.agrees ? '✓' : '✗'} |\n`);
  }
  md.appendMarkdown('\n');
}

const SPARK = '▁▂▃▄▅▆▇█';

function seriesTable(md: vscode.MarkdownString, m: Match, catalog: Catalog): void {
  const members = catalog.series.get(m.series!) ?? [];
  const points = members.flatMap((q) => (catalog.claimsByQuantity.get(q.id) ?? []).filter((c) => typeof c.value === 'number').slice(0, 1).map((c) => ({ period: q.series!.period, value: c.value as number, claim: c, current: q.id === m.quantity })));
  if (points.length < 2) return;
  const max = Math.max(...points.map((p) => p.value));
  const spark = points.map((p) => SPARK[Math.min(SPARK.length - 1, Math.round((p.value / (max || 1)) * (SPARK.length - 1)))]).join('');
  md.appendMarkdown('\n**Series** ');
  md.appendText(spark);
  md.appendMarkdown('\n\n| Period | Value | Source |\n|---|---:|---|\n');
  for (const p of points) {
    md.appendMarkdown(p.current ? '| **' : '| ');
    md.appendText(p.period);
    md.appendMarkdown(p.current ? '** | ' : ' | ');
    md.appendText(p.claim.asWritten);
    md.appendMarkdown(' | ');
    md.appendText(catalog.sources.get(p.claim.source)?.publisher ?? p.claim.source);
    md.appendMarkdown(' |\n');
  }
}

function understood(f: Figure): string {
  if (f.kind === 'date') return `${f.value} (date${f.precision ? ', to the ' + f.precision : ''}${f.yearInferred ? ', year taken from the article’s date' : ''}${f.hedge === 'approx' ? ', approximate' : ''})`;
  if (f.kind === 'year') return `the year ${f.value}`;
  const unit = f.unit ? ` ${f.unit.replace(/_/g, ' ')}` : '';
  const value = f.kind === 'range' ? `${fmt(f.min!)}–${fmt(f.max!)}` : typeof f.value === 'number' ? fmt(f.value) : String(f.value);
  const interval = f.kind !== 'range' && f.min !== null && (f.min !== f.value || f.max !== f.value) ? `; the words allow ${f.min === null ? '…' : fmt(f.min)}–${f.max === null ? '…' : fmt(f.max)}` : '';
  return `${value}${unit} (${f.kind}${f.hedge && f.hedge !== 'exact' ? `, ${f.hedge.replace('_', ' ')}` : ''}${interval})`;
}

function why(m: Match, label: string | undefined): string {
  const e = m.evidence;
  const cue = (c: string): string => c.replace(/\*$/, '…');
  const parts = [`“${cue(e.measure.cue)}” names what is measured`];
  const where = e.subject.where === 'sentence' ? 'in the sentence' : e.subject.where === 'previous' ? 'in the sentence before' : 'as the article’s subject';
  parts.push(`“${cue(e.subject.cue)}” ${where} says what it is about`);
  if (e.time) parts.push(e.time.how === 'latest' ? `no year is given, so the latest period (${e.time.period}) is used` : `“${e.time.text}” gives the period ${e.time.period} (${e.time.how})`);
  if (e.listedWith !== undefined) parts.push('listed with a figure of the same quantity');
  parts.push(`score ${e.score}${e.runnerUp ? `, next best ${e.runnerUp.quantity} at ${e.runnerUp.score}` : ''}`);
  return `${parts.join('; ')}.${m.known ? '' : ` No source covers this period of ${label ?? m.series}.`}`;
}

function verdictWord(v: string): string {
  return { agrees: '✓ agrees', conflicts: '✗ conflicts', disputed: '≠ disputed by the sources', outdated: '⏱ outdated', unsourced: '? unsourced' }[v] ?? v;
}

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en-US') : String(Math.round(n * 1000) / 1000);
}
