/** figure-conflict: a figure outside every interval its sources allow. */
import type { FigureCheck } from './context';
import type { ClaimView } from '../match/verdict';
import { describeDifference, quote } from './format';
import { citationFix, replacementFixes } from './fixes';
import { sourceRelated } from './related';

export const figureConflict: FigureCheck = {
  id: 'figure-conflict',
  description: 'A figure disagrees with what the sources say about its quantity.',
  scope: 'figure',
  figure(ctx, k) {
    const j = ctx.judgements[k];
    if (!j || j.verdict !== 'conflicts') return null;
    const f = ctx.analysis.figures[k]!;
    const q = ctx.catalog.dataset.quantities.get(ctx.matches[k]!.quantity)!;
    const against = j.claims.filter((v) => !v.agrees);
    // A rate per inhabitants written with a % sign differs in the rate's unit, not in points.
    const slip = ctx.matches[k]!.evidence.percentSign === true;
    const diff = j.difference ? ` Difference: ${describeDifference(j.difference.value, j.difference.relative, slip ? null : f.unit)} from ${j.difference.against.source.publisher}.` : '';
    const dispute = j.sourcesAgree ? '' : ' (the sources also disagree among themselves)';
    return {
      start: f.start,
      end: f.end,
      severity: 'warning',
      code: 'figure-conflict',
      message: `${quote(f.text)}${slip ? ' (read as a rate per inhabitants written with a % sign)' : ''} conflicts with the sources for ${q.label}${dispute}: ${whoSays(against)}.${diff}`,
      related: against.map(sourceRelated),
      // Sources that disagree among themselves give no value to write in: only citing one is offered.
      fixes: [...(j.sourcesAgree ? replacementFixes(ctx, f, j.claims) : []), citationFix(ctx, f, against[0]!)],
      figure: k,
    };
  },
};

/** "Breitbart and Atlas News say “40,000”; MercoPress says “up to 40,000”": one clause per wording. */
function whoSays(views: readonly ClaimView[]): string {
  const by = new Map<string, string[]>();
  for (const v of views) by.set(v.claim.asWritten, [...(by.get(v.claim.asWritten) ?? []), v.source.publisher]);
  return [...by].map(([written, who]) => `${who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)} say` : `${who[0]} says`} ${quote(written)}`).join('; ');
}
