/**
 * Words as words: a cue word meets the forms of itself (test/fixtures/words/inflections.json,
 * a table of one word's forms and of different words that one stem would merge), in its own
 * language.
 */
import { describe, expect, it } from 'vitest';
import table from '../fixtures/words/inflections.json';
import { fold } from '../../src/engine/dataset/catalog';
import type { Language } from '../../src/engine/model';
import { sameWord, stemKey } from '../../src/engine/words/stem';

const langs = ['en', 'es'] as const;

describe('forms of one word meet', () => {
  const rows = langs.flatMap((lang) => table[lang].same.flatMap((g) => g.slice(1).map((w) => [lang, g[0]!, w] as const)));
  it.each(rows)('%s: %s ~ %s', (lang, a, b) => {
    expect(sameWord(fold(a), fold(b), lang)).toBe(true);
    expect(sameWord(fold(b), fold(a), lang)).toBe(true);
  });
});

describe('different words that share a stem do not', () => {
  const rows = langs.flatMap((lang) => table[lang].apart.map(([a, b]) => [lang, a!, b!] as const));
  it.each(rows)('%s: %s ≁ %s', (lang, a, b) => {
    expect(sameWord(fold(a), fold(b), lang)).toBe(false);
  });
});

describe('guards', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'news', 'new', 'a word under four letters meets only itself'],
    ['es', 'reos', 'reo', 'a word under four letters meets only itself'],
    ['en', 'those', 'thos', 'stop words do not stem-match'],
    ['es', 'casa', 'caso', 'a shared beginning under four letters ("cas-") is not one word, whatever the stemmer says'],
    ['en', 'arrests', 'arrestos', 'only the language’s own inflections'],
  ])('%s: %s ≁ %s (%s)', (lang, a, b) => {
    expect(sameWord(a, b, lang)).toBe(false);
  });

  it('stems by the word’s own language', () => {
    // "detenidas" is a form of the Spanish "detenidos"; English stemming leaves them apart.
    expect(sameWord('detenidos', 'detenidas', 'es')).toBe(true);
    expect(sameWord('detenidos', 'detenidas', 'en')).toBe(false);
  });

  it('irregular forms key by their base form', () => {
    expect(stemKey('held', 'en')).toBe(stemKey('hold', 'en'));
    expect(stemKey('detuvieron', 'es')).toBe(stemKey('detener', 'es'));
  });
});

