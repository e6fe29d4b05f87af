/** `crosscheck sources add|build` and `check` beside a sources folder, run in-process. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { SOURCES_DATASET, SOURCES_DIR, sourcesFolder } from '../../src/cli/commands/sources';
import { withMeta } from '../../src/engine/sources/meta';
import { readSource } from '../../src/engine/sources/read';

const FIXTURES = join(__dirname, '../fixtures/sources/maui');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-sources-'));
  made.push(dir);
  cpSync(FIXTURES, join(dir, 'story'), { recursive: true });
  return dir;
}

describe('crosscheck sources add', () => {
  it('copies the sources into the folder and writes its dataset', async () => {
    const dir = project();
    const folder = join(dir, SOURCES_DIR);
    const r = await cli('sources', 'add', '--sources', folder, ...['coastal-times-settlement.md', 'diario-del-pacifico.md', 'honolulu-ledger-anniversary.md', 'island-monitor-tourism.html'].map((f) => join(dir, 'story/sources', f)));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/4 sources, 13 quantities, \d+ claims/);
    const data = JSON.parse(readFileSync(join(folder, SOURCES_DATASET), 'utf8'));
    expect(data.version).toBe(1);
    expect(existsSync(join(folder, 'island-monitor-tourism.html'))).toBe(true);
    expect(sourcesFolder(undefined, dir)).toBe(join(dir, SOURCES_DIR));
    expect(sourcesFolder(dir)).toBe(join(dir, SOURCES_DIR));
  });
  it('refuses a source without publisher, date or URL when no one can be asked (exit 2, naming the flags)', async () => {
    const dir = project();
    writeFileSync(join(dir, 'bare.md'), 'The council counted 1,234 new homes.\n');
    const r = await cli('sources', 'add', '--sources', join(dir, 'src'), join(dir, 'bare.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no publisher, date, url.*--publisher NAME --date YYYY-MM-DD --url URL/);
    expect(existsSync(join(dir, 'src'))).toBe(false);
  });
  it('writes the flags into the copy, so the folder alone rebuilds the same dataset', async () => {
    const dir = project();
    writeFileSync(join(dir, 'bare.md'), 'The council counted 1,234 new homes.\n');
    const r = await cli('sources', 'add', '--sources', join(dir, 'src'), '--publisher', 'Town Crier', '--date', '2024-05-01', '--url', 'none', join(dir, 'bare.md'));
    expect(r.code).toBe(0);
    const copy = readFileSync(join(dir, 'src', 'bare.md'), 'utf8');
    expect(readSource('bare.md', copy).meta).toMatchObject({ publisher: 'Town Crier', date: '2024-05-01', url: 'none' });
    const before = readFileSync(join(dir, 'src', SOURCES_DATASET), 'utf8');
    expect((await cli('sources', 'build', '--sources', join(dir, 'src'))).code).toBe(0);
    expect(readFileSync(join(dir, 'src', SOURCES_DATASET), 'utf8')).toBe(before);
  });
  it.each([
    ['Markdown with front matter', 'a.md', '---\ntitle: T\npublisher: Old\n---\nText.\n', { publisher: 'New', date: '2024-01-02' }, { publisher: 'New', date: '2024-01-02', title: 'T' }],
    ['text without front matter', 'a.txt', 'Text.\n', { url: 'https://example.org/a' }, { url: 'https://example.org/a' }],
    ['a saved page', 'a.html', '<html><head><meta property="og:site_name" content="Old"></head><body><p>Text.</p></body></html>', { publisher: 'New "Times"' }, { publisher: 'New "Times"' }],
  ] as const)('withMeta: %s', (_, name, raw, meta, want) => {
    expect(readSource(name, withMeta(name, raw, meta)).meta).toMatchObject(want);
  });
});

describe('crosscheck check beside a sources folder', () => {
  it('compares the draft with the sources; --no-sources turns them off', async () => {
    const dir = project();
    const folder = join(dir, SOURCES_DIR);
    cpSync(join(dir, 'story/sources'), folder, { recursive: true });
    const draft = join(dir, 'story/draft.md');
    const on = await cli('check', '--format', 'json', '--sources', dir, draft);
    const figures = JSON.parse(on.out).files[0].figures as { text: string; verdict: string | null }[];
    expect(figures.find((f) => f.text === '102')?.verdict).toBe('agrees');
    expect(figures.find((f) => f.text === '68%')?.verdict).toBe('conflicts');
    expect(on.code).toBe(1);
    const off = await cli('check', '--format', 'json', '--sources', dir, '--no-sources', draft);
    expect((JSON.parse(off.out).files[0].figures as { verdict: string | null }[]).every((f) => f.verdict === null)).toBe(true);
  });
  it('a source in the folder that cannot be used is an error the user cannot miss (exit 2, the file named)', async () => {
    const dir = project();
    const folder = join(dir, SOURCES_DIR);
    cpSync(join(dir, 'story/sources'), folder, { recursive: true });
    writeFileSync(join(folder, 'notes.md'), 'The council counted 1,234 new homes.\n');
    const r = await cli('check', '--sources', dir, join(dir, 'story/draft.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/notes\.md: no publisher, date, url/);
  });
  it('a --sources folder that does not exist is a usage error', async () => {
    const r = await cli('check', '--sources', '/nonexistent/folder', join(FIXTURES, 'draft.md'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no such folder/);
  });
});
