/**
 * Bad input, as tables: binary files, broken UTF-8, huge files and lines, endless digits,
 * random Unicode, nothing at all. The engine never throws; it skips what it should not read
 * with a message saying why, and whatever it does read keeps the model's promises. The CLI
 * skips bad files by name and goes on with the rest.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_MAX_LENGTH, type AnalyzeOptions } from '../../src/engine/analyze';
import { ARTICLE, articleOf, broken } from '../support/article';
import { run } from '../../src/cli/main';

const MB = 1024 * 1024;
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

/** Bytes as a file reader sees them: UTF-8 with replacement characters for what does not decode. */
const decode = (bytes: ArrayLike<number>): string => new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(bytes));

/** Deterministic bytes from a small linear congruential generator. */
function bytes(n: number, seed: number, pick: (x: number) => number = (x) => x & 0xff): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(pick(x >>> 8));
  }
  return out;
}

interface Expected {
  /** The skip message, or null when the text is analysed. */
  skipped: RegExp | null;
  /** The figures' texts, when the case pins them down. */
  figures?: string[];
}

describe('analyze on bad input', () => {
  it.each<[string, () => string, AnalyzeOptions, Expected]>([
    ['NUL bytes', () => 'The prison holds 40,000 inmates.\u0000\u0000\u0000', { format: 'plaintext' }, { skipped: /^skipped: the file looks binary \(it contains NUL characters\)$/ }],
    ['a PNG header', () => decode(PNG_HEADER), { format: 'markdown' }, { skipped: /looks binary/ }],
    ['random bytes', () => decode(bytes(4096, 7)), { format: 'markdown' }, { skipped: /looks binary/ }],
    ['high bytes that are not UTF-8', () => decode(bytes(4096, 11, (x) => 0x80 | (x & 0x7f))), { format: 'plaintext' }, { skipped: /^skipped: the file is not valid UTF-8 text \(too many undecodable bytes\)$/ }],
    ['Latin-1 bytes read as UTF-8', () => decode(Buffer.from('Había más de 6.000 denuncias en el año, según el ministerio. '.repeat(20), 'latin1')), { format: 'plaintext' }, { skipped: /not valid UTF-8/ }],
    ['a few replacement characters in prose', () => ARTICLE + 'Caf\uFFFD. ' + ARTICLE, { format: 'markdown' }, { skipped: null }],
    ['a 10 MB text over the default budget', () => articleOf(10 * MB), { format: 'markdown' }, { skipped: new RegExp(`^skipped: ${10 * MB} characters is over the size budget of ${DEFAULT_MAX_LENGTH} \\(setting crosscheck.maxFileSize\\)$`) }],
    ['a text one character over its budget', () => articleOf(1001), { format: 'plaintext', maxLength: 1000 }, { skipped: /1001 characters is over the size budget of 1000/ }],
    ['a text exactly at its budget', () => articleOf(1000), { format: 'plaintext', maxLength: 1000 }, { skipped: null }],
    ['a 100,000-character line of prose', () => ARTICLE.replace(/\s+/g, ' ').repeat(200).slice(0, 100_000), { format: 'plaintext' }, { skipped: null }],
    ['a 100,000-character line without spaces', () => 'x40,000y2.6%z'.repeat(8000).slice(0, 100_000), { format: 'markdown' }, { skipped: null, figures: [] }],
    ['10^5 digits', () => '7'.repeat(100_000), { format: 'plaintext' }, { skipped: null, figures: [] }],
    ['10^5 digits between figures', () => `The prison holds 40,000 inmates. ${'1234567890'.repeat(10_000)} Nearly 75,000 people were arrested.`, { format: 'markdown' }, { skipped: null, figures: ['40,000', 'Nearly 75,000'] }],
    ['10^5 digits with separators', () => '1,000.'.repeat(16_667).slice(0, 100_000), { format: 'plaintext' }, { skipped: null }],
    ['the empty string', () => '', { format: 'markdown' }, { skipped: null, figures: [] }],
    ['only white space', () => ' \t\n\r\n\u00A0\u202F\u2009\u2028\u2029\u3000\n\n   ', { format: 'plaintext' }, { skipped: null, figures: [] }],
    ['only white space, as Markdown', () => ' \t\n\r\n\u00A0\u202F\u2009\u2028\u2029\u3000\n\n   ', { format: 'markdown' }, { skipped: null, figures: [] }],
    ['only markup', () => '# \n\n> \n\n- \n\n1. \n\n```\n```\n\n---\n\n| | |\n|-|-|\n\n<!-- -->\n\n**__**\n\n[]()\n\n![]()\n\n<div></div>\n', { format: 'markdown' }, { skipped: null, figures: [] }],
    ['only front matter', () => '---\ndate: 2024-06-17\ntitle: "40,000"\n---\n', { format: 'markdown' }, { skipped: null, figures: [] }],
    ['a byte-order mark and a figure', () => '\uFEFFThe prison holds 40,000 inmates.', { format: 'plaintext' }, { skipped: null, figures: ['40,000'] }],
  ])('%s', (_name, build, options, expected) => {
    const text = build();
    const a = analyze(text, options);
    if (expected.skipped) {
      expect(a.skipped).toMatch(expected.skipped);
      expect([a.figures, a.sentences, a.claims]).toEqual([[], [], []]);
    } else {
      expect(a.skipped).toBeNull();
      expect(broken(text, a)).toEqual([]);
    }
    if (expected.figures) expect(a.figures.map((f) => f.text)).toEqual(expected.figures);
  });

  it.each([
    ['any code points', fc.string({ unit: 'binary', minLength: 1, maxLength: 2000 })],
    ['any UTF-16 code units, lone surrogates included', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 2000 })],
    ['printable graphemes', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1000 })],
  ] as const)('random Unicode: %s', (_name, arb) => {
    for (const text of fc.sample(arb, { seed: 1234, numRuns: 300 })) {
      for (const format of ['markdown', 'plaintext'] as const) {
        const a = analyze(text, { format });
        if (a.skipped) expect(a.skipped).toMatch(/^skipped: the file (looks binary|is not valid UTF-8 text)/);
        else expect(broken(text, a), JSON.stringify(text)).toEqual([]);
      }
    }
  });
});

describe('crosscheck check on bad files', () => {
  let dir: string;
  const file = (name: string): string => join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-'));
    writeFileSync(file('good.md'), '# Prison\n\nThe prison holds 40,000 inmates, officials said.\n');
    writeFileSync(file('image.md'), Buffer.from(PNG_HEADER));
    writeFileSync(file('latin1.txt'), Buffer.from(bytes(2048, 11, (x) => 0x80 | (x & 0x7f))));
    writeFileSync(file('huge.md'), Buffer.alloc(10 * MB, 'The prison holds 40,000 inmates. '));
    writeFileSync(file('empty.md'), '');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it.each<[string, string[], number, RegExp[]]>([
    ['a binary file is skipped by name', ['image.md', 'good.md'], 0, [/image\.md: skipped: the file looks binary/]],
    ['a file that is not UTF-8 is skipped by name', ['latin1.txt', 'good.md'], 0, [/latin1\.txt: skipped: the file is not valid UTF-8 text/]],
    ['a file over the default budget is skipped by name', ['huge.md', 'good.md'], 0, [new RegExp(`huge\\.md: skipped: ${10 * MB} bytes is over the size budget of ${DEFAULT_MAX_LENGTH} bytes`)]],
    ['an empty file is read without complaint', ['empty.md', 'good.md'], 0, []],
    ['a missing file exits 2 and the rest are still checked', ['missing.md', 'image.md', 'huge.md', 'good.md'], 2, [/missing\.md: no such file or folder/, /image\.md: skipped/, /huge\.md: skipped/]],
  ])('%s', async (_name, names, code, messages) => {
    const r = await cli('check', '--format', 'json', ...names.map(file));
    expect(r.code).toBe(code);
    for (const m of messages) expect(r.err).toMatch(m);
    if (messages.length === 0) expect(r.err).toBe('');
    const files: { path: string; figures: { text: string }[]; diagnostics: { code: string }[] }[] = JSON.parse(r.out).files;
    const present = names.filter((n) => n !== 'missing.md');
    expect(files.map((f) => f.path)).toEqual(present.map(file));
    const good = files.find((f) => f.path === file('good.md'))!;
    expect(good.figures.map((f) => f.text)).toEqual(['40,000']);
    for (const f of files) {
      if (/image|latin1|huge/.test(f.path)) expect(f.figures).toEqual([]);
      if (/image|latin1|huge/.test(f.path)) expect(f.diagnostics.map((d) => d.code)).toEqual(['file-skipped']);
    }
  });

  it('skips bad files met while walking a folder', async () => {
    const r = await cli('check', '--format', 'json', dir);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').sort()).toEqual([
      expect.stringMatching(/huge\.md: skipped: .* over the size budget/),
      expect.stringMatching(/image\.md: skipped: the file looks binary/),
      expect.stringMatching(/latin1\.txt: skipped: the file is not valid UTF-8 text/),
    ]);
  });
});
