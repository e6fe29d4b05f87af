/** Hostile and broken workspace datasets: bounded cue-set expansion, no silent replacing or shadowing of bundled data. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';

const file = (extra: object): string => JSON.stringify({ version: 1, ...extra });
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
const quantity = (id: string, subject: string[], measure: string[] = ['long']): object => ({
  id,
  label: 'Example',
  description: 'An example quantity.',
  subject: 'Example',
  kind: 'count',
  unit: 'km',
  time: 'point',
  cues: { subject: { en: subject, es: [] }, measure: { en: measure, es: [] } },
});
const bridgeClaim = { id: 'example.bridge', quantity: 'example.bridge.length', source: source.id, value: 12, hedge: 'exact', asWritten: '12', quote: 'The example bridge is 12 km long.' };
/** The bundled data flags this sentence (CECOT holds 40,000). */
const CONFLICT = 'The CECOT mega-prison has room for 60,000 inmates.';
const codes = (catalog: Parameters<typeof checkText>[1]['catalog']): string[] => checkText(CONFLICT, { format: 'plaintext', catalog }).diagnostics.map((d) => d.code);

/** Cue sets `l0_*` … each including `fanout` sets of the next level. */
function nested(depth: number, fanout: number): Record<string, { en: string[]; es: string[] }> {
  const sets: Record<string, { en: string[]; es: string[] }> = {};
  for (let d = 0; d < depth; d++) {
    const refs = d + 1 < depth ? Array.from({ length: fanout }, (_, i) => `@l${d + 1}_${i}`) : Array.from({ length: fanout }, (_, i) => `word${i}`);
    for (let i = 0; i < fanout; i++) sets[`l${d}_${i}`] = { en: refs, es: [] };
  }
  return sets;
}

describe('cue-set expansion is bounded', () => {
  const self = { me: { en: Array.from({ length: 200 }, () => '@me'), es: [] } };
  it.each([
    ['nested 5 deep with fan-out 20', { cueSets: nested(5, 20), quantities: [quantity('example.bridge.length', ['@l0_0'])] }, /more than 20 cue-set references|more than 2000 cue phrases|nested more than 4 deep/, /^\$\.(cueSets|quantities)/],
    ['nested 6 deep with fan-out 2', { cueSets: nested(6, 2), quantities: [quantity('example.bridge.length', ['@l0_0'])] }, /nested more than 4 deep/, /^\$\.(cueSets|quantities)/],
    ['a set naming itself 200 times', { cueSets: self, quantities: [quantity('example.bridge.length', ['@me'])] }, /"@me" includes itself \(a cycle\)/, /^\$\.cueSets\.me\.en\[0\]$/],
    ['two sets naming each other', { cueSets: { a: { en: ['x', '@b'], es: [] }, b: { en: ['@a'], es: [] } }, quantities: [quantity('example.bridge.length', ['@a'])] }, /includes itself \(a cycle\)/, /^\$\.cueSets\.[ab]\.en\[\d\]$/],
    [
      'quantities expanding to over 100,000 phrases in all',
      { cueSets: { w: { en: Array.from({ length: 200 }, (_, i) => `w${i}`), es: [] } }, quantities: [quantity('example.bridge.length', ['example bridge']), ...Array.from({ length: 51 }, (_, i) => quantity(`example.q${i}.length`, Array.from({ length: 10 }, () => '@w')))] },
      /expand to more than 100000 cue phrases in all/,
      /^\$\.quantities\[50\]\.cues\.subject\.en$/,
    ],
    ['a list of 21 references', { cueSets: { w: { en: ['w'], es: [] } }, quantities: [quantity('example.bridge.length', Array.from({ length: 21 }, () => '@w'))] }, /more than 20 cue-set references/, /^\$\.quantities\[0\]\.cues\.subject\.en\[20\]$/],
  ])('refuses a file with %s, fast, with the file and JSON path; the bundled data keeps working', (_name, extra, message, path) => {
    const t = performance.now();
    const { catalog, dataset, problems } = openDataset([
      { name: 'bomb.crosscheck.json', text: file({ sources: [source], claims: [bridgeClaim], ...extra }) },
      { name: 'good.crosscheck.json', text: file({ quantities: [quantity('example.tunnel.length', ['example tunnel'])], claims: [{ ...bridgeClaim, id: 'example.tunnel', quantity: 'example.tunnel.length', quote: 'The example tunnel is 12 km long.' }] }) },
      { name: 'good-source.crosscheck.json', text: file({ sources: [source] }) },
    ]);
    expect(performance.now() - t).toBeLessThan(2000);
    const p = problems.find((x) => x.file === 'bomb.crosscheck.json' && x.severity === 'error')!;
    expect(p.message).toMatch(message);
    expect(p.message).toMatch(/the file is refused/);
    expect(p.path).toMatch(path);
    expect(dataset.quantities.has('example.bridge.length')).toBe(false);
    expect(dataset.claims.has('example.bridge')).toBe(false);
    expect(dataset.claims.has('example.tunnel')).toBe(true);
    expect(codes(catalog)).toEqual(['figure-conflict']);
  });

  it('accepts sets nested 4 deep, expanded once each', () => {
    const { dataset, problems } = openDataset([{ name: 'deep.crosscheck.json', text: file({ sources: [source], claims: [bridgeClaim], cueSets: nested(4, 3), quantities: [quantity('example.bridge.length', ['@l0_0', 'example bridge'])] }) }]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.quantities.has('example.bridge.length')).toBe(true);
  });
});

describe('a large dataset never holds up a reload for long', () => {
  it('skips reading back quotes past the budget, says so, and reads them all when asked (dataset verify)', () => {
    const quote = 'The CECOT mega-prison can hold 40,000 inmates, and 1,200 guards work there in 3 shifts, said the minister on 12 May 2024. '.repeat(5).slice(0, 590);
    const claims = Array.from({ length: 520 }, (_, i) => ({ ...bridgeClaim, id: `c${i}`, quantity: 'cecot.capacity', value: i === 0 ? 41000 : 40000, asWritten: '40,000', quote }));
    const text = file({ sources: [source], claims });
    const t = performance.now();
    const quick = openDataset([{ name: 'big.crosscheck.json', text }]);
    const ms = performance.now() - t;
    expect(quick.problems).toEqual([{ file: 'big.crosscheck.json', path: '$.claims', severity: 'information', message: expect.stringMatching(/hold 306800 characters, over 300000: their figures are not read back/) }]);
    expect(quick.dataset.claims.size).toBe(62 + 520);
    const full = openDataset([{ name: 'big.crosscheck.json', text }], { verifyAll: true });
    expect(full.problems.map((p) => [p.path, p.message])).toEqual([['$.claims[0].asWritten', '"40,000" reads as 40000, not 41000']]);
    expect(ms).toBeLessThan(2000);
  });
});

describe('workspace data may add, never silently replace or shadow', () => {
  it.each([
    ['a source reusing a bundled id', { sources: [{ ...source, id: 'breitbart-2024-06-17', url: 'https://evil.example/' }] }, 'sources', 'breitbart-2024-06-17'],
    ['a quantity redefining a bundled one', { quantities: [{ ...(quantity('cecot.capacity', ['nothing at all']) as object) }] }, 'quantities', 'cecot.capacity'],
    ['a claim reusing a bundled id', { sources: [source], claims: [{ ...bridgeClaim, id: 'bb.cecot-capacity', quantity: 'cecot.capacity', value: 60000, asWritten: '60,000', quote: 'The CECOT mega-prison has room for 60,000 inmates.' }] }, 'claims', 'bb.cecot-capacity'],
  ])('keeps the bundled record and reports %s as an error on the workspace file', (_name, extra, collection, id) => {
    const bundled = openDataset([]);
    const { dataset, catalog, problems } = openDataset([{ name: 'w.crosscheck.json', text: file(extra) }]);
    const map = dataset[collection as 'sources'] as Map<string, unknown>;
    expect(map.get(id)).toEqual((bundled.dataset[collection as 'sources'] as Map<string, unknown>).get(id));
    const p = problems.find((x) => x.file === 'w.crosscheck.json')!;
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/is a bundled .*not replace bundled ones/);
    expect(codes(catalog)).toEqual(['figure-conflict']);
  });

  it('accepts a record identical to the bundled one (an import of an export) without a word', () => {
    const bundled = openDataset([]);
    const same = bundled.dataset.sources.get('breitbart-2024-06-17');
    const { problems } = openDataset([{ name: 'w.crosscheck.json', text: file({ sources: [same] }) }]);
    expect(problems).toEqual([]);
  });

  it('leaves out a decoy quantity with no claims that would mute a real conflict', () => {
    const decoy = { ...(quantity('decoy.room', ['cecot', 'mega-prison'], ['room for', 'inmates']) as object), unit: 'people' };
    const { catalog, problems } = openDataset([{ name: 'decoy.crosscheck.json', text: file({ quantities: [decoy] }) }]);
    expect(problems.find((p) => p.file === 'decoy.crosscheck.json')).toMatchObject({ severity: 'error', path: '$.quantities[0].id', message: expect.stringMatching(/has no claims/) });
    expect(codes(catalog)).toEqual(['figure-conflict']);
  });

  it('leaves out a claimless quantity fed by a derivation with a missing input, and the derivation with it', () => {
    const decoy = { ...(quantity('decoy.room', ['cecot', 'mega-prison'], ['room for', 'inmates']) as object), unit: 'people' };
    const derivation = { id: 'decoy.sum', kind: 'sum', output: 'decoy.room', inputs: ['cecot.capacity', 'no.such_input'], note: 'A decoy.' };
    const { dataset, catalog, problems } = openDataset([{ name: 'decoy.crosscheck.json', text: file({ quantities: [decoy], derivations: [derivation] }) }]);
    expect(dataset.quantities.has('decoy.room')).toBe(false);
    expect(dataset.derivations.has('decoy.sum')).toBe(false);
    expect(problems.map((p) => p.path)).toEqual(['$.quantities[0].id', '$.derivations[0].inputs']);
    expect(codes(catalog)).toEqual(['figure-conflict']);
  });

  it('keeps a claimless quantity that names a related one, with a warning on the file', () => {
    const related = { ...(quantity('example.other.length', ['example bridge']) as object), related: [{ quantity: 'cecot.capacity', relation: 'different-scope', note: 'Another bridge.' }] };
    const { dataset, problems } = openDataset([{ name: 'rel.crosscheck.json', text: file({ quantities: [related] }) }]);
    expect(dataset.quantities.has('example.other.length')).toBe(true);
    expect(problems).toEqual([{ file: 'rel.crosscheck.json', path: '$.quantities[0].id', severity: 'warning', message: expect.stringMatching(/has no claims: figures it takes are shown as related to "cecot.capacity" and never checked/) }]);
  });
});
