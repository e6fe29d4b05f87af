/**
 * Checks that need no dataset: articles under test/fixtures/checks say after each paragraph
 * which figures the checks must flag (`arithmetic`, and `inconsistent-in-document` for the same
 * count given twice), as `<!-- findings: "TEXT" | "TEXT" -->` (the flagged words, in order) or
 * `<!-- findings: none -->`. Checked without any dataset and with the bundled one: the same
 * findings, all warnings, and no other warning without data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';

const DIR = join(__dirname, '../fixtures/checks');
const modes = [
  { name: 'no dataset', catalog: openDataset([], { bundled: false }).catalog },
  { name: 'bundled data', catalog: openDataset([]).catalog },
];

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const comments = [...text.matchAll(/<!-- findings: (.*?) -->/g)];
  for (const mode of modes) {
    describe(`checks ${file} (${mode.name})`, () => {
      const result = checkText(text, { format: 'markdown', catalog: mode.catalog });
      let from = 0;
      for (const c of comments) {
        const to = c.index;
        const start = from;
        const want = c[1]!.trim() === 'none' ? [] : c[1]!.split(' | ').map((item) => /^"([^"]+)"$/.exec(item.trim())?.[1] ?? `bad expectation: ${item}`);
        const line = text.slice(0, to).split('\n').length;
        it(`line ${line}: ${want.length ? want.join(', ') : 'none'}`, () => {
          const here = result.diagnostics.filter((d) => d.start >= start && d.start < to);
          const arithmetic = here.filter((d) => d.code === 'arithmetic' || d.code === 'inconsistent-in-document');
          expect(arithmetic.map((d) => text.slice(d.start, d.end).replace(/\s+/g, ' ')), arithmetic.map((d) => d.message).join('\n')).toEqual(want);
          expect(arithmetic.every((d) => d.severity === 'warning')).toBe(true);
          if (mode.name === 'no dataset') expect(here.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.message}`)).toEqual(arithmetic.map((d) => `${d.code}: ${d.message}`));
        });
        from = to + c[0].length;
      }
    });
  }
}
