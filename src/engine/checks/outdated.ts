/** outdated: the figure matches an older value while a newer source says otherwise. */
import type { FigureCheck } from './context';
import { describeClaim, quote } from './format';
import { replacementFixes } from './fixes';
import { sourceRelated } from './related';

export const outdated: FigureCheck = {
  id: 'outdated',
  description: 'A figure matches an older source while a newer one gives another value.',
  scope: 'figure',
  figure(ctx, k) {
    const j = ctx.judgements[k];
    if (!j || j.verdict !== 'outdated') return null;
    const f = ctx.analysis.figures[k]!;
    const q = ctx.catalog.dataset.quantities.get(ctx.matches[k]!.quantity)!;
    const newest = [...j.claims].sort((a, b) => b.time.localeCompare(a.time))[0]!;
    const older = j.claims.filter((v) => v.agrees);
    return {
      start: f.start,
      end: f.end,
      severity: 'warning',
      code: 'outdated',
      message: `${quote(f.text)} for ${q.label} matches older figures (${older.map(describeClaim).join('; ')}), but newer: ${describeClaim(newest)} as of ${newest.time}.`,
      related: [newest, ...older].map(sourceRelated),
      fixes: replacementFixes(ctx, f, [newest]),
      figure: k,
    };
  },
};
