/** unsourced: the quantity is known, but no source gives a value for that time. */
import { quote } from './format';
import { isVagueClaim, type Judgement } from '../match/verdict';
import type { FigureCheck } from './context';
import type { Quantity } from '../dataset/schema';

export const unsourced: FigureCheck = {
  id: 'unsourced',
  description: 'A figure speaks of a known quantity for which no source gives a value (for that time).',
  scope: 'figure',
  figure(ctx, k) {
    const j = ctx.judgements[k];
    if (!j || j.verdict !== 'unsourced') return null;
    const m = ctx.matches[k]!;
    const f = ctx.analysis.figures[k]!;
    const label = ctx.catalog.dataset.quantities.get(m.quantity)?.label ?? seriesLabel(ctx.catalog.series.get(m.series ?? '') ?? [], m.evidence.time?.period ?? null) ?? 'this quantity';
    const periods = m.series ? (ctx.catalog.series.get(m.series) ?? []).map((q) => q.series!.period) : [];
    return {
      start: f.start,
      end: f.end,
      severity: 'hint',
      code: 'unsourced',
      message: j.periodUnstated ? unstatedMessage(label, f.text, j.claims) : j.claims.length > 0 ? staleMessage(label, f.text, j.claims, ctx.analysis.referenceDate?.date ?? null) : `No source in the dataset gives ${label}${periods.length ? ` (sources cover ${periods.join(', ')})` : ''}; ${quote(f.text)} cannot be checked.`,
      related: [],
      fixes: [],
      figure: k,
    };
  },
};

/** Sources exist but all speak of an earlier time than the article's. */
function staleMessage(label: string, figure: string, claims: Judgement['claims'], ref: string | null): string {
  // The newest precise source: a vague one ("tens of thousands") cannot date the value.
  const precise = claims.filter((v) => !isVagueClaim(v.claim));
  const newest = [...(precise.length > 0 ? precise : claims)].sort((a, b) => b.time.localeCompare(a.time))[0]!;
  return `No source gives ${label} as of ${ref ?? 'the article’s date'}: the newest, ${newest.source.publisher} (${newest.time}), says “${newest.claim.asWritten}”; ${quote(figure)} may be newer and cannot be checked.`;
}

/** The sources give no period; the figure names its own, so it may measure another span. */
function unstatedMessage(label: string, figure: string, claims: Judgement['claims']): string {
  const said = claims.map((v) => `${v.source.publisher} says “${v.claim.asWritten}”`).join('; ');
  return `${label}: ${said}, without a period; ${quote(figure)} names a period of its own and cannot be checked against it.`;
}

/**
 * A label for a period the dataset has no quantity for, from a member of its series: "El
 * Salvador homicide rate 2019" from "El Salvador homicide rate 2023" (never the series' id).
 */
export function seriesLabel(members: readonly Quantity[], period: string | null): string | null {
  const q = members[0];
  if (!q?.series) return null;
  const own = q.series.period;
  if (period && q.label.includes(own)) return q.label.replace(own, period);
  return period ? `${q.label.replace(own, '').trim()} (${period})` : q.label.replace(own, '').trim();
}
