/**
 * Input encodings and invisible characters. The CLI reads UTF-16 (LE or BE) with a byte-order
 * mark as the editor does, instead of skipping it as binary; a byte-order mark is never part of
 * the text, so offsets are the same with or without one (as in the editor, which drops it).
 * Zero-width characters pasted inside a number do not split it into two figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { decodeText } from '../../src/cli/files';
import { run } from '../../src/cli/main';
import { broken } from '../support/article';

const ARTICLE = '# Prison\n\nThe prison holds 40,000 inmates, officials said.\n';
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

const FILES: [string, Buffer][] = [
  ['utf8.md', Buffer.from(ARTICLE)],
  ['utf8-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])],
  ['utf16le-bom.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])],
  ['utf16be-bom.md', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])],
  ['utf16le-no-bom.md', Buffer.from(ARTICLE, 'utf16le')],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-enc-'));
  for (const [name, bytes] of FILES) writeFileSync(join(dir, name), bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck check reads a file in its encoding', () => {
  it.each<[string, [string, number, number][] | RegExp]>([
    ['utf8.md', [['40,000', 27, 33]]],
    ['utf8-bom.md', [['40,000', 27, 33]]],
    ['utf16le-bom.md', [['40,000', 27, 33]]],
    ['utf16be-bom.md', [['40,000', 27, 33]]],
    ['utf16le-no-bom.md', /skipped: the file looks binary/],
  ])('%s', async (name, expected) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['check', '--format', 'json', join(dir, name)], { out: (s) => out.push(s), err: (s) => err.push(s), cwd: dir });
    expect(code).toBe(0);
    const figures = JSON.parse(out.join('\n')).files[0].figures.map((f: { text: string; start: number; end: number }) => [f.text, f.start, f.end]);
    if (expected instanceof RegExp) {
      expect(err.join('\n')).toMatch(expected);
      expect(figures).toEqual([]);
    } else {
      expect(err).toEqual([]);
      expect(figures).toEqual(expected);
    }
  });

  it.each<[string, number[], string]>([
    ['UTF-8', [0x34, 0x30], '40'],
    ['UTF-8 with BOM (dropped)', [0xef, 0xbb, 0xbf, 0x34, 0x30], '40'],
    ['UTF-16 LE with BOM', [0xff, 0xfe, 0x34, 0x00, 0xe9, 0x00], '4é'],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0x00, 0x34, 0x00, 0xe9], '4é'],
    ['empty', [], ''],
  ])('decodeText: %s', (_name, bytes, text) => {
    expect(decodeText(Uint8Array.from(bytes))).toBe(text);
  });
});

describe('zero-width characters inside a number', () => {
  const ZW: [string, string][] = [
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['BOM as zero-width no-break space', '\uFEFF'],
  ];
  it.each(ZW.flatMap(([name, z]) => [
    [`${name} after the separator`, `40,${z}000`, 40000],
    [`${name} before the separator`, `40${z},000`, 40000],
    [`${name} between digits`, `4${z}0,000`, 40000],
    [`${name} in a decimal`, `2.${z}6`, 2.6],
  ] as [string, string, number][]))('%s', (_name, numeral, value) => {
    const text = `The prison holds ${numeral} inmates, officials said.`;
    const a = analyze(text, { format: 'plaintext', language: 'en' });
    expect(broken(text, a)).toEqual([]);
    expect(a.figures.map((f) => [f.text, f.start, f.value])).toEqual([[numeral, 17, value]]);
  });

  it('zero-width characters around a number stay outside it', () => {
    const text = 'The prison holds \u200B40,000\u200B inmates.';
    const a = analyze(text, { format: 'plaintext', language: 'en' });
    expect(a.figures.map((f) => [f.text, f.start])).toEqual([['40,000', 18]]);
  });
});
