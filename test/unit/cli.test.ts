/** The command line, run in-process: the JSON contract, SARIF, text, globs, eval and exit codes. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { sarifErrors } from '../support/sarif';

let dir: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'a.md'), '# Prison\n\nThe prison holds 40,000 inmates, officials said.\n');
  writeFileSync(join(dir, 'nested', 'b.txt'), 'Unos 15 mil reos, según el ministerio.\n');
  writeFileSync(join(dir, 'nested', 'skip.json'), '{"not": "an article"}');
  writeFileSync(join(dir, 'bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
  writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify({ file: 'a.md', text: '40,000', start: 27, end: 33, value: 40000 }) + '\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck check', () => {
  it('writes the JSON contract', async () => {
    const r = await cli('check', '--format', 'json', join(dir, 'a.md'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['version', 'files']);
    expect(json.version).toBe(1);
    const file = json.files[0];
    expect(Object.keys(file)).toEqual(['path', 'language', 'figures', 'claims', 'diagnostics']);
    expect(file.language).toBe('en');
    expect(file.figures).toEqual([
      { start: 27, end: 33, text: '40,000', kind: 'count', value: 40000, min: 40000, max: 40000, unit: 'inmates', hedge: 'exact', quantity: null, verdict: null },
    ]);
    expect(file.claims).toEqual([{ start: 10, end: 58, attribution: 'officials' }]);
    expect(file.diagnostics).toEqual([]);
  });

  it('walks folders for article files and expands globs', async () => {
    const folder = await cli('check', '--format', 'json', dir);
    expect(JSON.parse(folder.out).files.map((f: { path: string }) => f.path.slice(dir.length + 1))).toEqual(['a.md', 'bin.md', 'nested/b.txt']);
    const glob = await cli('check', '--format', 'json', `${dir}/**/*.txt`);
    expect(JSON.parse(glob.out).files.map((f: { path: string; language: string }) => [f.path.slice(dir.length + 1), f.language])).toEqual([['nested/b.txt', 'es']]);
  });

  it('skips binary files with a message and keeps going', async () => {
    const r = await cli('check', '--format', 'json', join(dir, 'bin.md'), join(dir, 'a.md'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/bin\.md: skipped: the file looks binary/);
    const files = JSON.parse(r.out).files;
    expect(files[0].diagnostics[0]).toMatchObject({ code: 'file-skipped', severity: 'information' });
    expect(files[1].figures).toHaveLength(1);
  });

  it('skips files over the size budget', async () => {
    const r = await cli('check', '--max-size', '10', join(dir, 'a.md'));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/over the size budget of 10 bytes/);
  });

  it('exits 2 for unreadable input but still checks the rest', async () => {
    const r = await cli('check', '--format', 'json', join(dir, 'missing.md'), join(dir, 'a.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing\.md: no such file or folder/);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it.each([
    [['check'], /needs at least one PATH/],
    [['check', '--format', 'xml', 'a.md'], /--format: expected one of "text", "json", "sarif"/],
    [['check', '--date', 'June', 'a.md'], /--date: expected a date as YYYY-MM-DD/],
    [['check', '--bogus', '1', 'a.md'], /--: unknown key "bogus"/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 for bad usage: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('writes SARIF 2.1.0', async () => {
    const r = await cli('check', '--format', 'sarif', join(dir, 'a.md'));
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('Crosscheck');
    expect(Array.isArray(sarif.runs[0].results)).toBe(true);
    expect(sarifErrors(sarif)).toEqual([]);
  });

  it('writes compiler-style text with figures on request', async () => {
    const r = await cli('check', '--figures', join(dir, 'a.md'));
    expect(r.out).toContain(`${join(dir, 'a.md')}:3:18 figure count "40,000" = 40000 inmates`);
    expect(r.out).toMatch(/a\.md: 1 figures \(0 matched\), 1 claims/);
  });
});

describe('crosscheck eval', () => {
  it('prints precision, recall and F1', async () => {
    const r = await cli('eval', '--gold', join(dir, 'gold.jsonl'), dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/precision 1\.000 {2}recall 1\.000 {2}F1 1\.000/);
  });

  it('reports bad gold lines with their line numbers', async () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"file": "a.md"}\nnot json\n');
    const r = await cli('eval', '--gold', join(dir, 'bad.jsonl'), dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.jsonl:1: \$\.text: expected string/);
    expect(r.err).toMatch(/bad\.jsonl:2: not JSON/);
  });
});
