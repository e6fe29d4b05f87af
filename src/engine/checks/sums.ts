/**
 * Sums and totals: parts stated with their total. When the wording says the parts make up the
 * total ("98,400 in prisons and 11,600 in police cells, 112,000 in all") they must add up to it;
 * when it says they are among it ("of whom", "including", "de los cuales") they must not exceed it.
 */
import type { Diagnostic } from '../diagnostics';
import { type SumRelation } from '../relations';
import type { CheckContext } from './context';
import { formatNumber, quote, styleFor } from './format';
import { allowed, arithmeticFinding, disagrees, sum, relationCheck } from './relationMath';

export const sums = relationCheck('sum', 'A total stated with its parts that the parts do not add up to (or that they exceed).', judge);

function judge(ctx: CheckContext, r: SumRelation): Diagnostic | null {
  const t = allowed(r.total.f);
  const parts = r.parts.map((p) => allowed(p.f));
  if (!t || parts.some((p) => !p)) return null;
  const total = r.total.f;
  const style = styleFor(ctx.analysis, total.language);
  const value = r.parts.reduce((s, p) => s + (p.f.value as number), 0);
  const words = `${r.parts.map((p) => p.f.text.replace(/\s+/g, ' ')).join(' + ')} = ${formatNumber(value, total.language, style)}`;
  if (r.exhaustive) {
    // Parts far from their total (3,052 against 40,000) are not its parts: the list was misread.
    const share = value / (total.value as number);
    if (share < 0.5 || share > 2) return null;
    if (!disagrees(sum(parts as { min: number; max: number }[]), t, 0)) return null;
    const how = value > (total.value as number) ? 'more than' : 'not';
    return arithmeticFinding(total.start, total.end, `The parts listed with ${quote(total.text)} (${r.cue}) do not add up to it: ${words}, ${how} ${total.text.replace(/\s+/g, ' ')}.`, r.parts, r.total.k);
  }
  // Parts among a whole: one part larger than the whole; or parts by place ("98,400 in prisons and
  // 11,600 in police cells"), which cannot overlap, adding up to more than it.
  const over = r.parts.find((_, i) => parts[i]!.min > t.max + 1e-9);
  if (over) return arithmeticFinding(total.start, total.end, `${quote(over.f.text)} is given as part of ${quote(total.text)} (${r.cue}) but is larger than it.`, [over], r.total.k);
  const byPlace = r.parts.length >= 2 && r.parts.every((p) => /^\s*(?:[\p{L}-]+\s+)?(?:in|at|en)\s/u.test(ctx.text.slice(p.f.end, p.f.end + 25)));
  if (byPlace && sum(parts as { min: number; max: number }[]).min > t.max + 1e-9) {
    return arithmeticFinding(total.start, total.end, `The parts listed with ${quote(total.text)} (${r.cue}) add up to more than it: ${words}.`, r.parts, r.total.k);
  }
  return null;
}
