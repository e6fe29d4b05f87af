/** unsourced: the quantity is known, but no source gives a value for that time. */
import type { FigureCheck } from './context';

export const unsourced: FigureCheck = {
  id: 'unsourced',
  description: 'A figure speaks of a known quantity for which no source gives a value (for that time).',
  scope: 'figure',
  figure(ctx, k) {
    const j = ctx.judgements[k];
    if (!j || j.verdict !== 'unsourced') return null;
    const m = ctx.matches[k]!;
    const f = ctx.analysis.figures[k]!;
    const label = ctx.catalog.dataset.quantities.get(m.quantity)?.label ?? (m.series ? `${m.series} for ${m.evidence.time?.period}` : m.quantity);
    const periods = m.series ? (ctx.catalog.series.get(m.series) ?? []).map((q) => q.series!.period) : [];
    return {
      start: f.start,
      end: f.end,
      severity: 'hint',
      code: 'unsourced',
      message: `No source in the dataset gives ${label}${periods.length ? ` (sources cover ${periods.join(', ')})` : ''}; “${f.text}” cannot be checked.`,
      related: [],
      fixes: [],
      figure: k,
    };
  },
};
