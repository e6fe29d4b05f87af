/** inconsistent-in-document: one article gives the same quantity incompatible values. */
import type { Diagnostic } from '../diagnostics';
import type { Figure } from '../model';
import { figureInterval, sameDate, spansAgree, type Span } from '../match/verdict';
import type { DocumentCheck } from './context';
import { quote } from './format';
import { namesOwnPeriod } from './period';

export const inconsistentInDocument: DocumentCheck = {
  scope: 'document',
  id: 'inconsistent-in-document',
  description: 'The same quantity is given incompatible values in one article.',
  run(ctx) {
    const out: Diagnostic[] = [];
    // Per quantity, one representative figure per group of mutually compatible values.
    const seen = new Map<string, number[]>();
    const keysOf = new Map<string, Set<string>>();
    const spans: (Span | null | undefined)[] = [];
    const spanOf = (k: number): Span | null => (spans[k] === undefined ? (spans[k] = figureInterval(ctx.analysis.figures[k]!)) : spans[k]!);
    ctx.matches.forEach((m, k) => {
      if (!m) return;
      const f = ctx.analysis.figures[k]!;
      let earlier = seen.get(m.quantity);
      if (!earlier) seen.set(m.quantity, (earlier = []));
      // Without a period in the sources, two figures that name their own may measure different
      // spans: such a figure clashes with none, so it is neither compared nor kept for later ones.
      const unstated = ctx.catalog.dataset.quantities.get(m.quantity)?.time === 'unstated';
      if (unstated && namesOwnPeriod(ctx.text, ctx.analysis, k)) return;
      // A figure written like one already kept (same value, interval, hedge...) compares the same: one is kept, so a
      // repeated figure costs one comparison per distinct value, not one per earlier figure.
      const key = valueKey(f);
      const keys = (keysOf.get(m.quantity) ?? keysOf.set(m.quantity, new Set()).get(m.quantity))!;
      const clash = earlier.find((e) => !compatibleValues(ctx.analysis.figures[e]!, f, spanOf(e), spanOf(k)));
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
      if (clash === undefined && !keys.has(key) && earlier.length < MAX_KEPT) {
        keys.add(key);
        earlier.push(k);
      }
    });
    return out;
  },
};

/**
 * Most distinct values kept per quantity to compare later figures with, so the check stays linear
 * even on a document built of thousands of distinct but mutually compatible values (an article
 * gives a quantity a handful).
 */
const MAX_KEPT = 256;

/** Everything `compatibleValues` reads of a figure. */
function valueKey(f: Figure): string {
  return `${f.kind}|${f.value}|${f.min}|${f.max}|${f.unit}|${f.hedge}|${f.precision}|${f.granularity}|${f.vague}|${f.yearInferred}`;
}

function compatibleValues(a: Figure, b: Figure, x: Span | null, y: Span | null): boolean {
  if (a.kind === 'date' || a.kind === 'year' || b.kind === 'date' || b.kind === 'year') {
    const v = typeof a.value === 'number' ? String(a.value) : a.value;
    // A year either figure left unwritten is compared by month and day only.
    return typeof v === 'string' && sameDate(a.yearInferred ? { ...b, yearInferred: true } : b, v);
  }
  if (!x || !y) return true;
  return spansAgree(x, y);
}
