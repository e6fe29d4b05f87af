/** inconsistent-in-document: one article gives the same quantity incompatible values. */
import type { Diagnostic } from '../diagnostics';
import type { Figure } from '../model';
import { figureInterval, sameDate, spansAgree, type Span } from '../match/verdict';
import type { DocumentCheck } from './context';
import { quote } from './format';
import { namesOwnPeriod } from './period';
import { clauseOf } from '../frames/frame';
import type { Analysis } from '../model';

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
      // A value that changes (its sources date it) may differ between two moments of one article:
      // figures are compared only with those of the same moment (see momentOf), none without one.
      const moving = (ctx.catalog.claimsByQuantity.get(m.quantity) ?? []).some((c) => c.time);
      const moment = moving ? momentOf(ctx.text, ctx.analysis, k) : '';
      if (moment === null) return;
      const group = `${m.quantity}@${moment}`;
      let earlier = seen.get(group);
      if (!earlier) seen.set(group, (earlier = []));
      // Without a period in the sources, two figures that name their own may measure different
      // spans: such a figure clashes with none, so it is neither compared nor kept for later ones.
      const unstated = ctx.catalog.dataset.quantities.get(m.quantity)?.time === 'unstated';
      if (unstated && namesOwnPeriod(ctx.text, ctx.analysis, k)) return;
      // A figure written like one already kept (same value, interval, hedge...) compares the same: one is kept, so a
      // repeated figure costs one comparison per distinct value, not one per earlier figure.
      const key = valueKey(f);
      const keys = (keysOf.get(group) ?? keysOf.set(group, new Set()).get(group))!;
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

/**
 * The moment a figure's clause gives it: the nearest date or year in its clause ("para noviembre
 * de ese año eran 58,096"), else the nearest one before it in its sentence ("Para julio del 2022,
 * … había ascendido a 47,043"); null when none.
 */
function momentOf(text: string, analysis: Analysis, k: number): string | null {
  const { figures } = analysis;
  const f = figures[k]!;
  const clause = clauseOf(text, f, analysis.sentences[f.sentence]!);
  const isTime = (j: number): boolean => figures[j]!.kind === 'date' || figures[j]!.kind === 'year';
  let inClause: number | null = null;
  let before: number | null = null;
  for (let j = k - 1, n = 0; j >= 0 && figures[j]!.sentence === f.sentence && n < 8; j--, n++) {
    if (!isTime(j)) continue;
    if (figures[j]!.start >= clause.start) inClause ??= j;
    before ??= j;
  }
  for (let j = k + 1, n = 0; inClause === null && j < figures.length && figures[j]!.sentence === f.sentence && n < 8; j++, n++) {
    if (isTime(j) && figures[j]!.end <= clause.end) inClause = j;
  }
  const at = inClause ?? before;
  return at === null ? null : String(figures[at]!.value);
}
