/**
 * A large dataset: 100,000 generated claims whose cues share the everyday words of crime
 * reporting ("prison", "inmates", "cárcel") with the bundled quantities. Matching must give
 * the same answers as with the bundled data alone, and still find a generated quantity when
 * an article names it, through the path that intersects subjects with a crowded measure word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
// @ts-expect-error: a plain ES module without types
import { generateDataset } from '../../scripts/bench/dataset.mjs';

const FIX = join(__dirname, '../fixtures/matching');
const articles = ['en-paraphrase-rates.md', 'es-parafrasis.md', 'en-paraphrase-visit.md', 'en-other-article.md'].map((f) => readFileSync(join(FIX, f), 'utf8'));

const crowded = { name: 'crowded.json', text: '' };
// One more quantity whose measure word ("prison") thousands of generated quantities share.
crowded.text = JSON.stringify({
  version: 1,
  sources: [{ id: 'zanquivor-gazette', publisher: 'Zanquivor Gazette', author: null, title: 'Prisons of Zanquivor', published: '2024-05-01', url: null, kind: 'news', language: 'en', attribution: { how: 'stated', note: 'Invented for the test.' } }],
  quantities: [
    {
      id: 'zanquivor.prison_population', label: 'Zanquivor prison population', description: 'People held in the prisons of Zanquivor.', subject: 'Zanquivor', kind: 'count', unit: 'people', time: 'point',
      cues: { subject: { en: ['zanquivor'], es: ['zanquivor'] }, measure: { en: ['prison', 'inmates'], es: ['cárcel', 'reos'] } },
    },
  ],
  claims: [{ id: 'zanquivor.pop', quantity: 'zanquivor.prison_population', source: 'zanquivor-gazette', value: 4200, hedge: 'exact', asWritten: '4,200', time: '2024-05-01', quote: 'Zanquivor holds 4,200 inmates in its prisons.' }],
});

describe('matching with 100,000 claims', () => {
  const bundled = openDataset([]).catalog;
  const files: { name: string; text: string }[] = generateDataset({ claims: 100000 });
  const big = openDataset([...files, crowded]);

  it('loads the generated files without problems', () => {
    // Only the note that so many quotes are not read back by the engine on load (dataset verify does it).
    expect(big.problems.filter((p) => !(p.severity === 'information' && /not read back by the engine/.test(p.message)))).toEqual([]);
    expect(big.dataset.claims.size).toBeGreaterThan(100000);
  });

  it.each(articles.map((a, i) => [i, a] as const))('article %i: same quantities and verdicts as with the bundled data alone', (_i, article) => {
    const small = checkText(article, { format: 'markdown', catalog: bundled });
    const large = checkText(article, { format: 'markdown', catalog: big.catalog });
    expect(large.quantities).toEqual(small.quantities);
    expect(large.verdicts).toEqual(small.verdicts);
    expect(small.quantities.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('finds a quantity whose measure word thousands of others share', () => {
    const text = '---\ndate: 2024-06-01\n---\n\nZanquivor reports a new census.\n\nIts prison system now holds 5,100 inmates, officials said.\n';
    const r = checkText(text, { format: 'markdown', catalog: big.catalog });
    const k = r.analysis.figures.findIndex((f) => f.text === '5,100');
    expect(r.quantities[k]).toBe('zanquivor.prison_population');
    expect(r.diagnostics.find((d) => d.figure === k)?.code).toBe('figure-conflict');
  });

  it('says which older source exists when the article is later than every source', () => {
    const text = '---\ndate: 2026-03-01\n---\n\nZanquivor reports a new census.\n\nIts prison system now holds 5,100 inmates, officials said.\n';
    const r = checkText(text, { format: 'markdown', catalog: big.catalog });
    const k = r.analysis.figures.findIndex((f) => f.text === '5,100');
    expect(r.verdicts[k]).toBe('unsourced');
    expect(r.diagnostics.find((d) => d.figure === k)?.message).toBe(
      'No source gives Zanquivor prison population as of 2026-03-01: the newest, Zanquivor Gazette (2024-05-01), says “4,200”; “5,100” may be newer and cannot be checked.',
    );
  });
});
