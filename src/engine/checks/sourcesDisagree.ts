/** sources-disagree: the sources give incompatible values; the figure sides with some of them. */
import type { FigureCheck } from './context';
import { describeClaim, quote } from './format';
import { citationFix } from './fixes';
import { sourceRelated } from './related';

export const sourcesDisagree: FigureCheck = {
  id: 'sources-disagree',
  description: 'The sources disagree about a quantity; the figure agrees with some of them.',
  scope: 'figure',
  figure(ctx, k) {
    const j = ctx.judgements[k];
    if (!j || j.verdict !== 'disputed') return null;
    const f = ctx.analysis.figures[k]!;
    const q = ctx.catalog.dataset.quantities.get(ctx.matches[k]!.quantity)!;
    const siding = j.claims.filter((v) => v.agrees).map((v) => v.source.publisher);
    return {
      start: f.start,
      end: f.end,
      severity: 'information',
      code: 'sources-disagree',
      message: `Sources disagree on ${q.label}: ${j.claims.map(describeClaim).join('; ')}. ${quote(f.text)} agrees with ${siding.join(' and ')}.`,
      related: j.claims.map(sourceRelated),
      // A disputed value is never written in by a fix: citing the source the figure sides with is offered.
      fixes: j.claims.filter((v) => v.agrees).slice(0, 1).map((v) => citationFix(ctx, f, v)),
      figure: k,
    };
  },
};
