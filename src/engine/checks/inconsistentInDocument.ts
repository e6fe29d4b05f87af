/** inconsistent-in-document: one article gives the same quantity incompatible values. */
import type { Diagnostic } from '../diagnostics';
import type { Figure } from '../model';
import { figureInterval, sameDate, spansAgree, type Span } from '../match/verdict';
import type { DocumentCheck } from './context';
import { quote } from './format';
import { namesOwnPeriod, sentenceYears } from './period';

export const inconsistentInDocument: DocumentCheck = {
  scope: 'document',
  id: 'inconsistent-in-document',
  description: 'The same quantity is given incompatible values in one article.',
  run(ctx) {
    const out: Diagnostic[] = [];
    // Per quantity, one representative figure per group of mutually compatible values.
    const seen = new Map<string, number[]>();
    const spans: (Span | null | undefined)[] = [];
    const spanOf = (k: number): Span | null => (spans[k] === undefined ? (spans[k] = figureInterval(ctx.analysis.figures[k]!)) : spans[k]!);
    ctx.matches.forEach((m, k) => {
      if (!m) return;
      const f = ctx.analysis.figures[k]!;
      let earlier = seen.get(m.quantity);
      if (!earlier) seen.set(m.quantity, (earlier = []));
      // Without a period in the sources, two figures that name their own may measure different spans.
      const unstated = ctx.catalog.dataset.quantities.get(m.quantity)?.time === 'unstated';
      // A value that changes (its sources date it) may differ between two moments of one article:
      // only figures whose sentences name the same moment are compared.
      const moving = (ctx.catalog.claimsByQuantity.get(m.quantity) ?? []).some((c) => c.time);
      const sameMoment = (e: number): boolean => {
        if (!moving) return true;
        const a = sentenceYears(ctx.analysis.figures, e);
        const b = sentenceYears(ctx.analysis.figures, k);
        return a.length > 0 && a.length === b.length && a.every((y, i) => y === b[i]);
      };
      const clash = earlier.find((e) => sameMoment(e) && !compatibleValues(ctx.analysis.figures[e]!, f, spanOf(e), spanOf(k)) && !(unstated && (namesOwnPeriod(ctx.text, ctx.analysis, e) || namesOwnPeriod(ctx.text, ctx.analysis, k))));
      if (clash !== undefined) {
        // Flag the figure the sources contradict when only one of the two is wrong.
        const [flag, keep] = ctx.judgements[clash]?.verdict === 'conflicts' && ctx.judgements[k]?.verdict === 'agrees' ? [clash, k] : [k, clash];
        const bad = ctx.analysis.figures[flag]!;
        const other = ctx.analysis.figures[keep]!;
        const label = ctx.catalog.dataset.quantities.get(m.quantity)?.label ?? m.quantity;
        const where = other.start < bad.start ? 'earlier' : 'later';
        out.push({
          start: bad.start,
          end: bad.end,
          severity: 'warning',
          code: 'inconsistent-in-document',
          message: `${quote(bad.text)} contradicts ${quote(other.text)}, given ${where} in the same article for ${label}.`,
          related: [{ message: `Also given as ${quote(other.text)} here`, start: other.start, end: other.end }],
          fixes: [{ title: `Use ${quote(other.text)} as elsewhere in the article`, edits: [{ start: bad.start, end: bad.end, text: other.text }] }],
          figure: flag,
        });
      }
      if (clash === undefined) earlier.push(k);
    });
    return out;
  },
};

function compatibleValues(a: Figure, b: Figure, x: Span | null, y: Span | null): boolean {
  if (a.kind === 'date' || a.kind === 'year' || b.kind === 'date' || b.kind === 'year') {
    const v = typeof a.value === 'number' ? String(a.value) : a.value;
    // A year either figure left unwritten is compared by month and day only.
    return typeof v === 'string' && sameDate(a.yearInferred ? { ...b, yearInferred: true } : b, v);
  }
  if (!x || !y) return true;
  return spansAgree(x, y);
}
