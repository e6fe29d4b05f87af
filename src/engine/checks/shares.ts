/**
 * Shares and occupancy: "45,210 inmates in 12,500 places, an occupancy of 365%" (45,210 /
 * 12,500 = 361.7%); "1,900 of the 3,200 detainees, or 65%"; "280% over capacity" (= occupancy
 * − 100%).
 */
import type { Diagnostic } from '../diagnostics';
import { type ShareRelation } from '../relations';
import type { CheckContext } from './context';
import { quote } from './format';
import { allowed, arithmeticFinding, decimalsFor, disagrees, ratio, shown, relationCheck } from './relationMath';

export const shares = relationCheck('share', 'A percentage stated with its part and whole (or its count and capacity) that their quotient does not give.', judge);

function judge(ctx: CheckContext, r: ShareRelation): Diagnostic | null {
  const a = allowed(r.part.f);
  const b = allowed(r.whole.f);
  const p = allowed(r.percent.f);
  if (!a || !b || !p) return null;
  const q = ratio(a, b, 100);
  if (!q) return null;
  const offset = r.what === 'over-capacity' ? 100 : 0;
  const computed = { min: q.min - offset, max: q.max - offset };
  if (!disagrees(computed, p)) return null;
  const f = r.percent.f;
  const dec = decimalsFor(f);
  const value = ((r.part.f.value as number) / (r.whole.f.value as number)) * 100;
  const sums = `${r.part.f.text} / ${r.whole.f.text} = ${shown(ctx, f, value, dec)}%`;
  let message: string;
  if (r.what === 'over-capacity') {
    const asOccupancy = !disagrees(q, p);
    message = `${quote(f.text)} over capacity does not follow from the counts: ${sums} of capacity, ${shown(ctx, f, value - 100, dec)}% over it.${asOccupancy ? ` ${quote(f.text)} is the occupancy, not the excess over capacity.` : ''}`;
  } else {
    message = `${quote(f.text)} does not follow from the figures it is stated with: ${sums}, not ${f.text.replace(/\s+/g, ' ')}.`;
  }
  return arithmeticFinding(f.start, f.end, message, [r.part, r.whole], r.percent.k);
}
