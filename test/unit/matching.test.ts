/**
 * Matching fixtures: articles under test/fixtures/matching say after each paragraph which
 * quantity a figure speaks of and the verdict, as `<!-- match: "TEXT" QUANTITY VERDICT | "TEXT" - -->`
 * (`-`: must stay unmatched; `~QUANTITY`: only a weak reading, "may refer to", with no warning).
 * Checked against the bundled dataset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';

const DIR = join(__dirname, '../fixtures/matching');
const { catalog } = openDataset([]);

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
  describe(`matching ${file}`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = checkText(text, { format: 'markdown', catalog });
    const comments = [...text.matchAll(/<!-- match: (.*?) -->/g)];
    let from = 0;
    for (const c of comments) {
      const to = c.index;
      const start = from;
      for (const item of c[1]!.split(' | ')) {
        const m = /^"([^"]+)"\s+(\S+)(?:\s+(\S+))?$/.exec(item.trim());
        if (!m) throw new Error(`bad expectation: ${item}`);
        const [, figText, quantity, verdict] = m;
        it(`${figText} → ${quantity}${verdict ? ' ' + verdict : ''}`, () => {
          const k = result.analysis.figures.findIndex((f) => f.start >= start && f.start < to && f.text.replace(/\s+/g, ' ') === figText);
          expect(k, `figure "${figText}" not found`).toBeGreaterThanOrEqual(0);
          const got = result.matches[k];
          const why = got ? JSON.stringify(got.evidence) : 'no match';
          if (quantity!.startsWith('~')) {
            // A weak reading: shown as "may refer to", never judged, never warned about.
            expect(got?.quantity ?? '-', why).toBe('-');
            expect(result.tentative[k]?.match.quantity ?? '-').toBe(quantity!.slice(1));
            const f = result.analysis.figures[k]!;
            expect(result.diagnostics.filter((d) => d.start < f.end && f.start < d.end && d.severity === 'warning').map((d) => d.code)).toEqual([]);
            return;
          }
          expect(got?.quantity ?? '-', why).toBe(quantity);
          if (verdict) expect(result.verdicts[k], why).toBe(verdict);
        });
      }
      from = to + c[0].length;
    }
  });
}
