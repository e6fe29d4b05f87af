/** inconsistent-in-document: one article gives the same quantity incompatible values. */
import type { Diagnostic } from '../diagnostics';
import type { Figure } from '../model';
import { figureInterval, sameDate } from '../match/verdict';
import type { Check } from './context';

export const inconsistentInDocument: Check = {
  id: 'inconsistent-in-document',
  description: 'The same quantity is given incompatible values in one article.',
  run(ctx) {
    const out: Diagnostic[] = [];
    const seen = new Map<string, number[]>();
    ctx.matches.forEach((m, k) => {
      if (!m) return;
      const f = ctx.analysis.figures[k]!;
      const earlier = seen.get(m.quantity) ?? [];
      const clash = earlier.find((e) => !compatibleValues(ctx.analysis.figures[e]!, f));
      if (clash !== undefined) {
        const other = ctx.analysis.figures[clash]!;
        const label = ctx.catalog.dataset.quantities.get(m.quantity)?.label ?? m.quantity;
        const line = ctx.text.slice(0, other.start).split('\n').length;
        out.push({
          start: f.start,
          end: f.end,
          severity: 'warning',
          code: 'inconsistent-in-document',
          message: `“${f.text}” contradicts “${other.text}” (line ${line}) for ${label} in the same article.`,
          related: [{ message: `Also given as “${other.text}” here`, start: other.start, end: other.end }],
          fixes: [{ title: `Use “${other.text}” as earlier in the article`, edits: [{ start: f.start, end: f.end, text: other.text }] }],
          figure: k,
        });
      }
      earlier.push(k);
      seen.set(m.quantity, earlier);
    });
    return out;
  },
};

function compatibleValues(a: Figure, b: Figure): boolean {
  if (a.kind === 'date' || a.kind === 'year' || b.kind === 'date' || b.kind === 'year') {
    const v = typeof a.value === 'number' ? String(a.value) : a.value;
    return typeof v === 'string' && sameDate(b, v);
  }
  const x = figureInterval(a);
  const y = figureInterval(b);
  if (!x || !y) return true;
  return x.min <= y.max + 1e-9 && y.min <= x.max + 1e-9;
}
