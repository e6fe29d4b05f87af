/** The command line and datasets: loud failures, imports that say what they left out, verify on a user file, help per command, --explain, the ClaimReview round trip on a clean install. */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckArgs, COMMAND_HELP, DatasetArgs, EvalArgs } from '../../src/cli/args';
import { run } from '../../src/cli/main';

let dir: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const source = { id: 'example-news-2024-07-01', publisher: 'Example News', author: null, title: 'A bridge', published: '2024-07-01', url: 'https://example.com/bridge', kind: 'news', language: 'en', attribution: { how: 'stated', note: 'Named on the page.' } };
const quantity = { id: 'example.bridge.length', label: 'Bridge length', description: 'Length of the example bridge.', subject: 'Example bridge', kind: 'count', unit: 'km', time: 'point', cues: { subject: { en: ['example bridge'], es: [] }, measure: { en: ['long'], es: [] } } };
const claim = { id: 'example.bridge', quantity: 'example.bridge.length', source: source.id, value: 12, hedge: 'exact', asWritten: '12', quote: 'The example bridge is 12 km long.' };
const ARTICLE = '# Prison\n\nThe CECOT mega-prison has room for 60,000 inmates.\n\nThe weather was fine on 3 days.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-dataset-'));
  writeFileSync(join(dir, 'article.md'), ARTICLE);
  writeFileSync(join(dir, 'good.crosscheck.json'), JSON.stringify({ version: 1, sources: [source], quantities: [quantity], claims: [claim] }, null, 2));
  writeFileSync(join(dir, 'bad.crosscheck.json'), '{\n  "version": 1,\n  "claims": [\n    {"id": "x", "quantity": "no.such", "source": "nobody"}\n  ]\n}\n');
  writeFileSync(join(dir, 'dangling.crosscheck.json'), JSON.stringify({ version: 1, sources: [source], claims: [{ ...claim, quantity: 'no.such.quantity' }] }, null, 2));
  writeFileSync(join(dir, 'sources.md'), 'The example bridge is 12 km long.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a dataset that does not load is an error the user cannot miss', () => {
  it.each([
    ['a schema error', 'bad.crosscheck.json', /bad\.crosscheck\.json:4:\d+: error: \$\.claims\[0\]/],
    ['a claim of an unknown quantity', 'dangling.crosscheck.json', /dangling\.crosscheck\.json:\d+:\d+: error: \$\.claims\[0\]\.quantity: unknown quantity "no\.such\.quantity"/],
    ['a missing file', 'missing.crosscheck.json', /missing\.crosscheck\.json: no such file/],
  ])('check exits 2 with the file, line and reason for %s, and still checks', async (_name, name, message) => {
    const r = await cli('check', '--dataset', join(dir, name), join(dir, 'article.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toMatch(/figure-conflict/);
  });

  it('refuses a dataset file by its size before reading it', async () => {
    const big = join(dir, 'big.crosscheck.json');
    writeFileSync(big, '');
    truncateSync(big, 6 * 1024 * 1024);
    const r = await cli('check', '--dataset', big, join(dir, 'article.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.crosscheck\.json: the file is 6291456 bytes, over the limit of 5242880 for a dataset file \(it was not read\)/);
    rmSync(big);
  });

  it('a good file loads without a word', async () => {
    const r = await cli('check', '--dataset', join(dir, 'good.crosscheck.json'), join(dir, 'article.md'));
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
  });
});

describe('dataset text never reaches the terminal raw', () => {
  it('strips escape codes from problems and text output, and escapes them in JSON', async () => {
    const esc = '\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m';
    const hostile = join(dir, 'escape.crosscheck.json');
    const other = { ...source, id: 'other-2024-07-02', publisher: `Other ${esc}`, published: '2024-07-02' };
    writeFileSync(hostile, JSON.stringify({ version: 1, sources: [source, other], quantities: [quantity], claims: [claim, { ...claim, id: 'other.bridge', source: other.id, value: 20, asWritten: '20', quote: 'The example bridge is 20 km long.' }, { ...claim, id: 'bad.one', asWritten: `12${esc}` }] }));
    const check = await cli('check', '--dataset', hostile, join(dir, 'article.md'));
    expect(check.err).toMatch(/does not contain the figure as written/);
    const conflicts = await cli('dataset', 'conflicts', '--dataset', hostile);
    expect(conflicts.out).toMatch(/Other/);
    const json = await cli('dataset', 'conflicts', '--format', 'json', '--dataset', hostile);
    for (const text of [check.err, conflicts.out, conflicts.err, json.out]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('dataset verify on a user file, with no other flag', () => {
  it('loads the file and says what it holds', async () => {
    const r = await cli('dataset', 'verify', join(dir, 'good.crosscheck.json'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ok {2}.*good\.crosscheck\.json: 1 sources, 1 quantities, 1 claims, 0 derivations loaded/);
  });
  it('finds only its own quotes in a folder', async () => {
    const r = await cli('dataset', 'verify', join(dir, 'good.crosscheck.json'), dir);
    expect(r.out).toMatch(/verified 1\/1 quotes of 1 sources/);
    expect(r.code).toBe(0);
  });
  it('exits 2 with the line and reason for a bad file', async () => {
    const r = await cli('dataset', 'verify', join(dir, 'dangling.crosscheck.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/dangling\.crosscheck\.json:\d+:\d+: error: \$\.claims\[0\]\.quantity: unknown quantity/);
    expect(r.out).toMatch(/FAIL {2}.*dangling\.crosscheck\.json: 1 sources, 0 quantities, 0 claims/);
  });
});

describe('help per command', () => {
  const schemas = { check: CheckArgs, eval: EvalArgs, dataset: DatasetArgs } as const;
  it.each(['check', 'eval', 'dataset'] as const)('crosscheck help %s and COMMAND --help print every flag of the command', async (command) => {
    const schema = schemas[command];
    const help = await cli('help', command);
    const flag = await cli(command, '--help');
    expect(help.code).toBe(0);
    expect(flag.out).toBe(help.out);
    expect(help.out).toBe(COMMAND_HELP[command]);
    for (const key of Object.keys(schema.def.shape)) expect(help.out).toContain(`--${key}`);
  });
  it('exits 2 for help on an unknown command', async () => {
    expect((await cli('help', 'frobnicate')).code).toBe(2);
  });
});

describe('check --explain', () => {
  it('says per figure why it matched, or why not, in plain words', async () => {
    const r = await cli('check', '--explain', join(dir, 'article.md'));
    const lines = r.out.split('\n').filter((l) => l.includes(' figure "'));
    expect(lines).toEqual([
      expect.stringMatching(/article\.md:3:36 figure "60,000" matched cecot\.capacity \(CECOT capacity\): “room for” names what is measured; “mega-prison…” in the sentence says what it is about; .*against the sources it conflicts$/),
      expect.stringMatching(/article\.md:5:25 figure "3" no quantity: no word in its sentence names what any quantity of the dataset measures \(no measure word\)$/),
    ]);
    expect(r.out).not.toMatch(/score|0\.\d\d/);
  });
});

describe('ClaimReview on a clean install', () => {
  it('export, import with --no-bundled, check an article: the same matches', async () => {
    const exported = join(dir, 'reviews.jsonld');
    const imported = join(dir, 'imported.crosscheck.json');
    expect((await cli('dataset', 'export', '--format', 'claimreview', '--out', exported)).code).toBe(0);
    expect(readFileSync(exported, 'utf8')).not.toMatch(/[<>]/);
    const im = await cli('dataset', 'import', '--no-bundled', exported, '--out', imported);
    expect(im.code).toBe(0);
    expect(im.err).toMatch(/imported 62 claims from 5 sources \(0 left out\)/);
    const fixture = join(__dirname, '../fixtures/matching/en-playbook.md');
    const bundled = JSON.parse((await cli('check', '--format', 'json', fixture)).out).files[0].figures;
    const clean = await cli('check', '--format', 'json', '--no-bundled', '--dataset', imported, fixture);
    expect(clean.code).not.toBe(2);
    const figures = JSON.parse(clean.out).files[0].figures;
    expect(figures.filter((f: { quantity: string | null }) => f.quantity).length).toBeGreaterThan(15);
    expect(figures).toEqual(bundled);
  });

  it('import says per review what it left out and why, exits 1, and writes a file that loads', async () => {
    const plain = join(dir, 'plain.jsonld');
    const out = join(dir, 'plain.crosscheck.json');
    writeFileSync(
      plain,
      JSON.stringify([
        { '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { author: { name: '' }, datePublished: '2024-05-02' } },
        { '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { author: { name: 'Ministry' }, datePublished: '2024-13-45' } },
        { '@type': 'ClaimReview', claimReviewed: 'The CECOT mega-prison can hold 40,000 inmates.', itemReviewed: { author: { name: 'Ministry' }, datePublished: '2024-05-02' } },
        { '@type': 'ClaimReview', claimReviewed: 'The weather was nice.' },
      ]),
    );
    const r = await cli('dataset', 'import', plain, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/review 0 left out: the claim’s author .* is empty/);
    expect(r.err).toMatch(/review 1 left out: the date "2024-13-45" is not a real date/);
    expect(r.err).toMatch(/review 3 left out: no figure of a known quantity/);
    expect(r.err).toMatch(/imported 1 claims from 1 sources \(3 left out, each named above\)/);
    expect((await cli('check', '--dataset', out, join(dir, 'article.md'))).err).toBe('');
  });
});
