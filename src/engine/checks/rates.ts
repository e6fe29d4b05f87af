/**
 * Rates: a rate stated with its count and population ("907 homicides in a population of 5.2
 * million, a rate of 17.2 per 100,000": 907 / 5,200,000 × 100,000 = 17.4). Official rates use
 * their own population estimates, so 2% more than the figures' rounding is allowed.
 */
import type { Diagnostic } from '../diagnostics';
import { type RateRelation } from '../relations';
import type { CheckContext } from './context';
import { formatNumber, quote, styleFor } from './format';
import { allowed, arithmeticFinding, decimalsFor, disagrees, ratio, shown, relationCheck } from './relationMath';

export const rates = relationCheck('rate', 'A rate stated with its count and population that their quotient does not give.', judge);

function judge(ctx: CheckContext, r: RateRelation): Diagnostic | null {
  const c = allowed(r.count.f);
  const n = allowed(r.population.f);
  const stated = allowed(r.rate.f);
  if (!c || !n || !stated) return null;
  const q = ratio(c, n, r.per);
  if (!q || !disagrees(q, stated, 0.02)) return null;
  const f = r.rate.f;
  const value = ((r.count.f.value as number) / (r.population.f.value as number)) * r.per;
  const per = formatNumber(r.per, f.language, styleFor(ctx.analysis, f.language));
  const message = `${quote(f.text)} does not follow from the figures it is stated with: ${r.count.f.text.replace(/\s+/g, ' ')} / ${r.population.f.text.replace(/\s+/g, ' ')} × ${per} = ${shown(ctx, f, value, decimalsFor(f))}, not ${shown(ctx, f, f.value as number, 3)}.`;
  return arithmeticFinding(f.start, f.end, message, [r.count, r.population], r.rate.k);
}
