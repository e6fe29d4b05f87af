/** `check --explain`: one line per figure, FILE:LINE:COL, the figure and why it matched or did not. */
import type { Catalog } from '../engine/dataset/catalog';
import { explainFigures } from '../engine/match/explain';
import { LineIndex } from './lines';
import type { FileReport } from './report';
import { terminalSafe } from './terminal';

export function explainText(reports: readonly FileReport[], catalog: Catalog | null): string {
  const lines: string[] = [];
  for (const r of reports) {
    const index = new LineIndex(r.text);
    const figures = r.result.analysis.figures;
    for (const e of explainFigures(r.text, r.result, catalog)) {
      const f = figures[e.figure]!;
      const p = index.position(f.start);
      lines.push(terminalSafe(`${r.path}:${p.line}:${p.column} figure "${f.text}" ${e.why}`));
    }
  }
  return lines.join('\n');
}
