/** `check --explain`: one line per figure, FILE:LINE:COL, the figure and why it matched or did not. */
import type { Catalog } from '../engine/dataset/catalog';
import { explainFigures } from '../engine/match/explain';
import { LineIndex } from './lines';
import type { FileReport } from './report';

/** Control characters (terminal escapes) never reach the terminal from a document. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function explainText(reports: readonly FileReport[], catalog: Catalog | null): string {
  const lines: string[] = [];
  for (const r of reports) {
    const index = new LineIndex(r.text);
    const figures = r.result.analysis.figures;
    for (const e of explainFigures(r.text, r.result, catalog)) {
      const f = figures[e.figure]!;
      const p = index.position(f.start);
      lines.push(`${r.path}:${p.line}:${p.column} figure "${f.text}" ${e.why}`.replace(CONTROL, ' '));
    }
  }
  return lines.join('\n');
}
