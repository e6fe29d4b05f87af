/** unsourced: the quantity is known, but no source gives a value for that time. */
import type { Diagnostic } from '../diagnostics';
import type { Check } from './context';

export const unsourced: Check = {
  id: 'unsourced',
  description: 'A figure speaks of a known quantity for which no source gives a value (for that time).',
  run(ctx) {
    const out: Diagnostic[] = [];
    ctx.judgements.forEach((j, k) => {
      if (!j || j.verdict !== 'unsourced') return;
      const m = ctx.matches[k]!;
      const f = ctx.analysis.figures[k]!;
      const label = ctx.catalog.dataset.quantities.get(m.quantity)?.label ?? (m.series ? `${m.series} for ${m.evidence.time?.period}` : m.quantity);
      const periods = m.series ? (ctx.catalog.series.get(m.series) ?? []).map((q) => q.series!.period) : [];
      out.push({
        start: f.start,
        end: f.end,
        severity: 'hint',
        code: 'unsourced',
        message: `No source in the dataset gives ${label}${periods.length ? ` (sources cover ${periods.join(', ')})` : ''}; “${f.text}” cannot be checked.`,
        related: [],
        fixes: [],
        figure: k,
      });
    });
    return out;
  },
};
