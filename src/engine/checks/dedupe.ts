/**
 * One finding per problem on a figure. A conflict with the sources and an in-document warning
 * about the same figure say the same thing: the conflict stays and takes the other's related
 * place. A figure with a warning keeps no lower finding that reads as a verdict on it (a
 * "cannot be checked" hint or an "agrees with …" note beside "does not fit the arithmetic").
 */
import type { Diagnostic } from '../diagnostics';

const RANK = { error: 3, warning: 2, information: 1, hint: 0 } as const;
/** Lesser findings that read as a verdict on the figure ("cannot be checked", "agrees with …"). */
const VERDICT_NOTES = new Set(['unsourced', 'sources-disagree']);
/** Findings against the sources, which an in-document contradiction on the same figure repeats. */
const AGAINST_SOURCES = new Set(['figure-conflict', 'outdated']);

/** The findings with duplicates and contradicting lesser findings on the same figure removed (order kept). */
export function onePerFigure(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byFigure = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.figure === undefined) continue;
    const list = byFigure.get(d.figure);
    if (list) list.push(d);
    else byFigure.set(d.figure, [d]);
  }
  const drop = new Set<Diagnostic>();
  const replace = new Map<Diagnostic, Diagnostic>();
  for (const list of byFigure.values()) {
    if (list.length < 2) continue;
    const main = list.find((d) => AGAINST_SOURCES.has(d.code));
    if (main) {
      const repeats = list.filter((d) => d.code === 'inconsistent-in-document');
      for (const d of repeats) drop.add(d);
      if (repeats.length) replace.set(main, { ...main, related: [...main.related, ...repeats.flatMap((d) => d.related)] });
    }
    const top = Math.max(...list.filter((d) => !drop.has(d)).map((d) => RANK[d.severity]));
    if (top >= RANK.warning) for (const d of list) if (RANK[d.severity] < RANK.warning && VERDICT_NOTES.has(d.code)) drop.add(d);
  }
  return diagnostics.filter((d) => !drop.has(d)).map((d) => replace.get(d) ?? d);
}
