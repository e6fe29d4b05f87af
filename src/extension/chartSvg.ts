/**
 * The comparison chart as plain data and an SVG string (no `vscode`, no library: a scatter of
 * a few dozen points is about 150 lines, where a charting library would add 50–200 KB and a
 * script the webview's policy would have to allow). Every source's value over time, the
 * article's figure marked as a diamond (with the interval its words allow); date-valued
 * quantities plot the date each source gives against when it said so.
 */
import type { CheckResult } from '../engine/check';
import { uiNumber } from '../engine/checks/format';
import type { Catalog } from '../engine/dataset/catalog';
import { quantityLabel } from './figureModel';

/** One point of the chart. */
export interface ChartPoint {
  /** When: a year, month or day (ISO), placed on the time axis. */
  x: string;
  /** The value: a number, or an ISO date for date-valued quantities. */
  y: number | string;
  /** Who says it (the publisher), or "This article". */
  label: string;
  /** The value as written. */
  text: string;
  /** The figure agrees with this source (null for the article's own point). */
  agrees: boolean | null;
  /** The source's sentence (for the table under the chart). */
  quote: string;
}

export interface ChartData {
  title: string;
  /** "date" when the values are dates; otherwise a unit word or null. */
  unit: string | null;
  points: ChartPoint[];
  /** The article's figure, with the interval its words allow. */
  figure: (ChartPoint & { min: number | null; max: number | null }) | null;
}

/** The chart's data for figure k: its quantity's (or series') sourced values and the figure itself. */
export function chartData(result: CheckResult, k: number, catalog: Catalog): ChartData | null {
  const m = result.matches[k];
  if (!m) return null;
  const f = result.analysis.figures[k]!;
  const j = result.judgements[k] ?? null;
  const members = m.series ? (catalog.series.get(m.series) ?? []) : [catalog.dataset.quantities.get(m.quantity)].filter((q) => !!q);
  const agreeing = new Set((j?.claims ?? []).filter((v) => v.agrees).map((v) => v.claim.id));
  const compared = new Set((j?.claims ?? []).map((v) => v.claim.id));
  const points: ChartPoint[] = [];
  for (const q of members) {
    for (const c of catalog.claimsByQuantity.get(q.id) ?? []) {
      const s = catalog.sources.get(c.source);
      points.push({
        x: q.series?.period ?? c.time ?? s?.published ?? '',
        y: c.value,
        label: s?.publisher ?? c.source,
        text: c.asWritten,
        agrees: compared.has(c.id) ? agreeing.has(c.id) : null,
        quote: c.quote,
      });
    }
  }
  if (points.length === 0) return null;
  const dated = points.some((p) => typeof p.y === 'string');
  const when = m.evidence.time?.period ?? catalog.dataset.quantities.get(m.quantity)?.series?.period ?? result.analysis.referenceDate?.date ?? points.map((p) => p.x).sort().at(-1)!;
  const y = dated ? (typeof f.value === 'string' ? f.value : typeof f.value === 'number' ? String(f.value) : null) : typeof f.value === 'number' ? f.value : f.min ?? f.max;
  const figure = y === null ? null : { x: when, y, label: 'This article', text: f.text.replace(/\s+/g, ' '), agrees: null, quote: '', min: dated ? null : f.min, max: dated ? null : f.max };
  const unit = dated ? 'date' : (members[0]?.unit ?? null);
  return { title: quantityLabel(catalog, m).replace(/ \d{4}$/, m.series ? '' : '$&'), unit, points, figure };
}

/** A year, month or day as a fractional year (mid-month, mid-year when less precise). */
export function timeOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return y! + 0.5;
  return y! + (m - 1) / 12 + (d ? (d - 1) / 365 : 1 / 24);
}

/** Round steps for an axis from lo to hi: about `n` ticks at 1, 2 or 5 times a power of ten. */
export function ticks(lo: number, hi: number, n = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * p).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.round(v / step) * step);
  return out;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as an SVG element (classes for colours: the page's stylesheet follows the theme). */
export function chartSvg(data: ChartData, width = 640, height = 320): string {
  const dated = data.unit === 'date';
  const pad = { left: dated ? 84 : 64, right: 24, top: 16, bottom: 40 };
  const all = [...data.points, ...(data.figure ? [data.figure] : [])];
  const yOf = (p: ChartPoint): number => (typeof p.y === 'string' ? timeOf(p.y) : p.y);
  const xs = all.map((p) => timeOf(p.x));
  const ys = all.flatMap((p) => [yOf(p), ...('min' in p && typeof p.min === 'number' ? [p.min as number] : []), ...('max' in p && typeof p.max === 'number' ? [p.max as number] : [])]);
  let [x0, x1] = [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))];
  if (x1 - x0 < 1) x1 = x0 + 1;
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (!dated) y0 = Math.min(0, y0);
  if (y1 === y0) y1 = y0 + (dated ? 1 : Math.max(1, Math.abs(y0)));
  const span = y1 - y0;
  y1 += span * 0.08;
  if (dated) y0 -= span * 0.08;
  const X = (v: number): number => pad.left + ((v - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const Y = (v: number): number => height - pad.bottom - ((v - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(`${data.title}: every source's value over time, and this article's figure`)}">`);
  // Axes and grid.
  const yTicks = dated ? monthTicks(y0, y1) : ticks(y0, y1, 5);
  for (const t of yTicks) {
    const y = Y(t).toFixed(1);
    const label = dated ? monthLabel(t) : uiNumber(t);
    out.push(`<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${y}" y2="${y}"/><text class="tick" x="${pad.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${esc(label)}</text>`);
  }
  for (const t of ticks(x0, x1, Math.min(8, x1 - x0)).filter((t) => Number.isInteger(t))) {
    const x = X(t).toFixed(1);
    out.push(`<line class="grid" x1="${x}" x2="${x}" y1="${pad.top}" y2="${height - pad.bottom}"/><text class="tick" x="${x}" y="${height - pad.bottom + 16}" text-anchor="middle">${t}</text>`);
  }
  out.push(`<line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}"/><line class="axis" x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}"/>`);
  // A series is joined by a line, in time order.
  const series = [...data.points].sort((a, b) => timeOf(a.x) - timeOf(b.x));
  if (!dated && new Set(series.map((p) => p.x)).size > 2) out.push(`<polyline class="series" fill="none" stroke="currentColor" points="${series.map((p) => `${X(timeOf(p.x)).toFixed(1)},${Y(yOf(p)).toFixed(1)}`).join(' ')}"/>`);
  const placed: { x: number; y: number }[] = [];
  for (const p of data.points) {
    const x = X(timeOf(p.x));
    const y = Y(yOf(p));
    const cls = p.agrees === null ? 'source' : p.agrees ? 'source agrees' : 'source differs';
    out.push(`<circle class="${cls}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5"><title>${esc(`${p.label}, ${p.x}: ${p.text}`)}</title></circle>`);
    // A label beside the point, moved down while it would overlap an earlier one.
    let ly = y - 8;
    while (placed.some((q) => Math.abs(q.x - x) < 90 && Math.abs(q.y - ly) < 12)) ly += 12;
    placed.push({ x, y: ly });
    const anchor = x > width - 140 ? 'end' : 'start';
    out.push(`<text class="label" x="${(anchor === 'end' ? x - 8 : x + 8).toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="${anchor}">${esc(`${p.label} ${p.text}`)}</text>`);
  }
  if (data.figure) {
    const f = data.figure;
    const x = X(timeOf(f.x));
    const y = Y(yOf(f));
    if (typeof f.min === 'number' && typeof f.max === 'number' && f.max > f.min) out.push(`<line class="interval" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${Y(f.min).toFixed(1)}" y2="${Y(f.max).toFixed(1)}"/>`);
    out.push(`<path class="article" fill="none" stroke="currentColor" d="M ${x.toFixed(1)} ${(y - 8).toFixed(1)} l 8 8 l -8 8 l -8 -8 z"><title>${esc(`This article: ${f.text}`)}</title></path>`);
    const anchor = x > width - 160 ? 'end' : 'start';
    out.push(`<text class="label article-label" x="${(anchor === 'end' ? x - 12 : x + 12).toFixed(1)}" y="${(y + 16).toFixed(1)}" text-anchor="${anchor}">${esc(`this article: ${f.text}`)}</text>`);
  }
  out.push('</svg>');
  return out.join('');
}

/** Month starts between two fractional years, at most six of them. */
function monthTicks(lo: number, hi: number): number[] {
  const first = Math.ceil(lo * 12 - 1e-9);
  const last = Math.floor(hi * 12 + 1e-9);
  const step = Math.max(1, Math.ceil((last - first + 1) / 6));
  const out: number[] = [];
  for (let m = first; m <= last; m += step) out.push(m / 12);
  return out;
}

function monthLabel(t: number): string {
  const months = Math.round(t * 12);
  const y = Math.floor(months / 12);
  const m = months - y * 12;
  return m === 0 ? `Jan ${y}` : `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m]} ${y}`;
}
