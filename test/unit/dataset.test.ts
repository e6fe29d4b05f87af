/** The dataset: schema (valid and invalid tables), integrity, merge order, bad files, ClaimReview round trips, schema drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/engine/dataset/catalog';
import { claimReviewJson, exportClaimReview, importClaimReview } from '../../src/engine/dataset/claimreview';
import { sourceConflicts, relatedPairs } from '../../src/engine/dataset/conflicts';
import { datasetJsonSchema } from '../../src/engine/dataset/jsonSchema';
import { loadDatasetText } from '../../src/engine/dataset/load';
import { openDataset } from '../../src/engine/dataset/open';
import { checkText } from '../../src/engine/check';

const source = {
  id: 'example-news-2024-07-01',
  publisher: 'Example News',
  author: null,
  title: 'A prison in numbers',
  published: '2024-07-01',
  url: 'https://example.com/prison',
  kind: 'news',
  language: 'en',
  attribution: { how: 'stated', note: 'Named on the page.' },
};
const claim = {
  id: 'example.capacity',
  quantity: 'cecot.capacity',
  source: 'example-news-2024-07-01',
  value: 40000,
  hedge: 'exact',
  asWritten: '40,000',
  quote: 'The prison can hold 40,000 inmates.',
};
const file = (extra: object): string => JSON.stringify({ version: 1, ...extra });

describe('schema', () => {
  it.each([
    ['a source and a claim', file({ sources: [source], claims: [claim] })],
    ['an empty file', file({})],
    ['comments (JSONC)', `// my data\n{ "version": 1, /* none yet */ "claims": [] }`],
    ['a date claim', file({ sources: [source], claims: [{ ...claim, id: 'x.open', quantity: 'cecot.opening_date', value: '2023-01-31', asWritten: 'Jan. 31, 2023', quote: 'It opened on Jan. 31, 2023.' }] })],
  ])('accepts %s', (_name, text) => {
    const r = loadDatasetText(text, 'data.crosscheck.json');
    expect(r.problems).toEqual([]);
    expect(r.file).not.toBeNull();
  });

  it.each([
    ['not JSON', '{ "version": 1, ', '$', /not valid JSON/],
    ['a wrong version', file({ version: 2 }), '$.version', /expected/],
    ['an unknown key', file({ sorces: [] }), '$', /unknown key "sorces"/],
    ['a __proto__ key', '{"version": 1, "__proto__": {"claims": []}}', '$', /unknown key "__proto__"/],
    ['a bad date', file({ sources: [{ ...source, published: '2024-02-30' }] }), '$.sources[0].published', /not a real date/],
    ['a bad id', file({ claims: [{ ...claim, id: 'Bad Id!' }] }), '$.claims[0].id', /expected an id/],
    ['a wrong type', file({ claims: [{ ...claim, value: true }] }), '$.claims[0].value', /expected/],
    ['a bad hedge', file({ claims: [{ ...claim, hedge: 'maybe' }] }), '$.claims[0].hedge', /expected one of "exact"/],
    ['a huge file', 'x'.repeat(6 * 1024 * 1024), '$', /over the limit/],
    ['binary', '\u0000\u0001PK', '$', /binary/],
    ['deep nesting', '['.repeat(200000) + ']'.repeat(200000), '$', /nested too deeply|expected a JSON object/],
    ['an array', '[]', '$', /expected a JSON object/],
  ])('rejects %s with the JSON path and reason', (_name, text, path, message) => {
    const r = loadDatasetText(text, 'bad.crosscheck.json');
    expect(r.file).toBeNull();
    expect(r.problems[0]!.file).toBe('bad.crosscheck.json');
    expect(r.problems[0]!.path).toBe(path);
    expect(r.problems[0]!.message).toMatch(message);
  });

  it('gives the offset of the offending value', () => {
    const text = '{\n  "version": 1,\n  "claims": [{"id": "BAD"}]\n}';
    const r = loadDatasetText(text, 'x.crosscheck.json');
    const p = r.problems.find((x) => x.path === '$.claims[0].id')!;
    expect(text.slice(p.offset!, p.offset! + p.length!)).toBe('"BAD"');
  });
});

describe('integrity and merge', () => {
  it('accepts the bundled data: 5 sources, 62 claims, each quote read back by the engine', () => {
    const { dataset, problems } = openDataset([]);
    expect(problems.filter((p) => p.severity !== 'information')).toEqual([]);
    expect(dataset.sources.size).toBe(5);
    expect(dataset.claims.size).toBe(62);
    expect([...dataset.sources.values()].map((s) => [s.publisher, s.attribution.how])).toEqual([
      ['Breitbart', 'inferred'],
      ['MercoPress', 'stated'],
      ['Atlas News', 'stated'],
      ['El Salvador Info', 'inferred'],
      ['New York Post (op-ed)', 'inferred'],
    ]);
  });

  it.each([
    ['an unknown quantity', { ...claim, quantity: 'no.such.thing' }, /unknown quantity "no.such.thing"/],
    ['an unknown source', { ...claim, source: 'nobody' }, /unknown source "nobody"/],
    ['a quote without its figure', { ...claim, quote: 'The prison is large.' }, /does not contain the figure/],
    ['a value the quote does not say', { ...claim, value: 45000 }, /reads as 40000, not 45000/],
    ['a date for a count', { ...claim, value: '2023-01' }, /must be a number/],
  ])('drops a claim with %s and keeps the rest', (_name, bad, message) => {
    const { dataset, problems } = openDataset([{ name: 'user.crosscheck.json', text: file({ sources: [source], claims: [bad, { ...claim, id: 'example.ok' }] }) }]);
    expect(problems.find((p) => p.file === 'user.crosscheck.json' && p.severity === 'error')?.message).toMatch(message);
    expect(dataset.claims.has('example.ok')).toBe(true);
    expect(dataset.claims.size).toBe(63);
  });

  it('workspace records never replace bundled ones with the same id: the bundled one is kept, the other is an error', () => {
    const replaced = { ...claim, id: 'bb.cecot-capacity', source: 'example-news-2024-07-01' };
    const { dataset, problems } = openDataset([{ name: 'a.crosscheck.json', text: file({ sources: [source], claims: [replaced] }) }]);
    expect(dataset.claims.get('bb.cecot-capacity')!.source).not.toBe('example-news-2024-07-01');
    expect(problems.find((p) => p.severity === 'error')?.message).toMatch(/"bb.cecot-capacity" is a bundled claim; workspace data may add records but not replace bundled ones/);
  });

  it('between workspace files the first path wins and the second is an error', () => {
    const { dataset, problems } = openDataset([
      { name: 'b.crosscheck.json', text: file({ sources: [source], claims: [{ ...claim, asWritten: '40,000', id: 'same' }] }) },
      { name: 'a.crosscheck.json', text: file({ claims: [{ ...claim, id: 'same', value: 40000, quote: 'It holds 40,000 inmates.' }] }) },
    ]);
    expect(dataset.claims.get('same')!.quote).toBe('It holds 40,000 inmates.');
    expect(problems.find((p) => p.file === 'b.crosscheck.json')?.message).toMatch(/already defined in a.crosscheck.json/);
  });

  it('a malformed file leaves the bundled data working', () => {
    const { catalog, problems } = openDataset([{ name: 'broken.crosscheck.json', text: '{ nope' }]);
    expect(problems[0]!.file).toBe('broken.crosscheck.json');
    const r = checkText('The CECOT mega-prison has room for 60,000 inmates.', { format: 'plaintext', catalog });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['figure-conflict']);
  });

  it('users can add quantities with their own cues and claims', () => {
    const quantity = {
      id: 'example.bridge.length',
      label: 'Bridge length',
      description: 'Length of the example bridge.',
      subject: 'Example bridge',
      kind: 'count',
      unit: 'km',
      time: 'point',
      cues: { subject: { en: ['example bridge'], es: ['puente de ejemplo'] }, measure: { en: ['long', 'length'], es: ['largo', 'longitud'] } },
    };
    const c = { id: 'example.bridge', quantity: 'example.bridge.length', source: source.id, value: 12, hedge: 'exact', asWritten: '12', quote: 'The example bridge is 12 km long.' };
    const { catalog, problems } = openDataset([{ name: 'bridge.crosscheck.json', text: file({ sources: [source], quantities: [quantity], claims: [c] }) }]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const r = checkText('The example bridge is 15 km long.', { format: 'plaintext', catalog });
    expect(r.quantities).toEqual(['example.bridge.length']);
    expect(r.verdicts).toEqual(['conflicts']);
  });
});

describe('conflicts from the data alone', () => {
  const { catalog } = openDataset([]);
  it('lists the sources that disagree', () => {
    expect(sourceConflicts(catalog).map((c) => [c.quantity.id, c.a.asWritten, c.b.asWritten])).toEqual([['cecot.opening_date', 'Jan. 31, 2023', 'February 2023']]);
  });
  it('lists related but different measures', () => {
    const pairs = relatedPairs(catalog).map((r) => `${r.a.id}~${r.b.id}:${r.relation}`);
    expect(pairs).toContain('sv.march2022.homicides_1day~sv.march2022.homicides_3day:different-window');
    expect(pairs).toContain('ar.prison.population.2022~ar.prison.population_penitentiary.2022:different-scope');
  });
});

describe('ClaimReview', () => {
  const { catalog, dataset } = openDataset([]);
  it('round-trips the dataset exactly', () => {
    const exported = exportClaimReview(catalog);
    expect(exported['@graph']).toHaveLength(62);
    const back = importClaimReview(JSON.parse(JSON.stringify(exported)), catalog);
    expect(back.skipped).toEqual([]);
    expect(back.file.claims).toEqual([...dataset.claims.values()]);
    expect(new Set(back.file.sources!.map((s) => s.id))).toEqual(new Set(dataset.sources.keys()));
  });

  it('round-trips exactly into an install without the bundled data: cue sets, quantities, derivations and every match', () => {
    const empty = openDataset([], { bundled: false });
    const back = importClaimReview(JSON.parse(claimReviewJson(catalog)), empty.catalog);
    expect(back.skipped).toEqual([]);
    expect(back.file.cueSets).toEqual(Object.fromEntries(dataset.cueSets));
    expect(back.file.quantities).toEqual([...dataset.quantities.values()]);
    expect(back.file.derivations).toEqual([...dataset.derivations.values()]);
    const reopened = openDataset([{ name: 'imported.crosscheck.json', text: JSON.stringify(back.file) }], { bundled: false });
    // Only the bundled related-but-different measures without claims get a word (as any workspace file's would).
    expect(reopened.problems.filter((p) => p.severity !== 'warning' || !/has no claims: figures it takes are shown as related/.test(p.message))).toEqual([]);
    let matched = 0;
    for (const name of ['en-playbook.md', 'en-paraphrase-rates.md', 'es-tasas.md']) {
      const text = readFileSync(join(__dirname, '../fixtures/matching', name), 'utf8');
      const a = checkText(text, { format: 'markdown', catalog });
      const b = checkText(text, { format: 'markdown', catalog: reopened.catalog });
      expect(b.quantities).toEqual(a.quantities);
      expect(b.diagnostics.map((d) => [d.code, d.start])).toEqual(a.diagnostics.map((d) => [d.code, d.start]));
      matched += a.quantities.filter(Boolean).length;
    }
    expect(matched).toBeGreaterThan(40);
    // Loaded beside the bundled data, the same records add nothing and replace nothing.
    expect(openDataset([{ name: 'imported.crosscheck.json', text: JSON.stringify(back.file) }]).problems).toEqual([]);
  });

  it('writes schema.org ClaimReview, each review with its own url (not the article\'s)', () => {
    const all = exportClaimReview(catalog)['@graph'] as Record<string, unknown>[];
    const r = all[0]!;
    expect(r['@type']).toBe('ClaimReview');
    expect(r['claimReviewed']).toContain('40,000');
    expect((r['itemReviewed'] as Record<string, unknown>)['@type']).toBe('Claim');
    for (const x of all) {
      const article = ((x['itemReviewed'] as Record<string, Record<string, unknown>>)['appearance']!['url'] as string | undefined) ?? null;
      expect(x['url']).toMatch(/^https?:\/\/\S+$/);
      expect(x['url']).not.toBe(article);
    }
    expect(new Set(all.map((x) => x['url'])).size).toBe(all.length);
  });

  it('escapes </script> and <!-- in the JSON-LD, and the text still parses to the same data', () => {
    const hostile = { ...source, title: 'Bad </script><script>alert(1)</script> <!-- x -->' };
    const { catalog: c } = openDataset([{ name: 'h.crosscheck.json', text: file({ sources: [hostile], claims: [{ ...claim, id: 'h.one', quote: 'The prison can hold 40,000 inmates. </script>' }] }) }]);
    const text = claimReviewJson(c);
    expect(text).not.toMatch(/<\/script|<!--|[<>]/i);
    expect(JSON.stringify(JSON.parse(text))).toContain('</script><script>');
  });

  it('reads plain ClaimReview from other tools, finding the quantity in the text', () => {
    const plain = [
      { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Ministry of Justice' }, datePublished: '2024-05-02', appearance: { url: 'https://example.org/release' } } },
      { '@type': 'ClaimReview', claimReviewed: 'The weather was nice.' },
    ];
    const r = importClaimReview(plain, catalog);
    expect(r.file.claims!.map((c) => [c.quantity, c.value, c.source])).toEqual([['cecot.capacity', 40000, 'ministry-of-justice-2024-05-02']]);
    expect(r.skipped).toEqual([{ index: 1, reason: 'no figure of a known quantity in claimReviewed' }]);
    expect(loadDatasetText(JSON.stringify(r.file), 'imported.json').problems).toEqual([]);
  });

  it.each([
    ['an empty author', { author: { '@type': 'Person', name: '' }, datePublished: '2024-05-02' }, /author .* is empty/],
    ['an impossible date', { author: { name: 'Ministry' }, datePublished: '2024-02-30' }, /"2024-02-30" is not a real date/],
    ['a date that is no date', { author: { name: 'Ministry' }, datePublished: 'yesterday' }, /"yesterday" is not a real date/],
  ])('leaves out a plain review with %s, says why, and writes a file that loads', (_name, itemReviewed, reason) => {
    const plain = [
      { '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { '@type': 'Claim', ...itemReviewed } },
      { '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { '@type': 'Claim', author: { name: 'Ministry' }, datePublished: '2024-05-02' } },
    ];
    const r = importClaimReview(plain, catalog);
    expect(r.skipped).toEqual([{ index: 0, reason: expect.stringMatching(reason) }]);
    expect(r.file.claims).toHaveLength(1);
    expect(openDataset([{ name: 'imported.crosscheck.json', text: JSON.stringify(r.file) }]).problems).toEqual([]);
  });
});

describe('JSON Schema', () => {
  it('the shipped schema is generated from the zod schemas (no drift; run `npm run schema`)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '../../schemas/crosscheck-dataset.schema.json'), 'utf8'));
    expect(shipped).toEqual(datasetJsonSchema());
  });
});

void buildCatalog;
