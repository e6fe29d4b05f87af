/**
 * Words as words: a cue word meets the forms of itself (test/fixtures/words/inflections.json,
 * a table of one word's forms and of different words that one stem would merge), in its own
 * language, and the cue index finds those forms by lookup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from '../fixtures/words/inflections.json';
import { fold } from '../../src/engine/dataset/catalog';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { findCues } from '../../src/engine/match/cues';
import { explainFigures } from '../../src/engine/match/explain';
import type { Language } from '../../src/engine/model';
import { evidenceWords } from '../../src/extension/figureModel';
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

describe('cue lookups by stem (the bundled dataset)', () => {
  const { catalog } = openDataset([]);
  const hits = (text: string, lang?: Language): string[] => findCues(text, 0, catalog, lang).map((h) => `${text.slice(h.start, h.end)}${h.via ? '~' : '='}${h.entry.text}`);

  it.each<[string, Language, string]>([
    ['police have been detaining suspects', 'en', 'detaining~detained'],
    ['they kept imprisoning people', 'en', 'imprisoning~imprisoned'],
    ['the decree, renewing it again', 'en', 'renewing~renewed'],
    ['la policía arresta a pandilleros', 'es', 'arresta~arrestó'],
    ['las autoridades encarcelan a miles', 'es', 'encarcelan~encarceló'],
    ['unos 300 detenidos fallecieron', 'es', 'fallecieron~fallecido'],
    ['300 detenidos mueren bajo custodia', 'es', 'mueren~murieron'],
    ['las pandillas asesinaban a salvadoreños', 'es', 'asesinaban~asesinaron'],
    ['las pandillas los asesinaban', 'es', 'asesinaban~asesinaron'],
  ])('%s (%s) meets %s', (text, lang, hit) => {
    expect(hits(text, lang)).toContain(hit);
  });

  it.each<[string, Language | undefined, string]>([
    ['police have been detaining suspects', undefined, 'without a language, cues match only as written'],
    ['las autoridades encarcelan a miles', 'en', 'a Spanish form is not met by English stemming'],
    ['the prison can hold 40,000', 'en', 'forms the dataset tells apart ("can hold" a capacity, "holds" a population) only as written'],
    ['the other prisons hold 60,000', 'en', 'forms the dataset tells apart ("can hold" a capacity, "holds" a population) only as written'],
    ['police counted 76 murders', 'en', 'a plural in -s is not a past in -ed ("murdered")'],
    ['after the murder of 87 Salvadorans', 'en', 'after an article the word is a noun, not a past ("murdered")'],
    ['tras el asesinato de 87 personas', 'es', 'after an article the word is a noun, not a past ("asesinaron")'],
    ['a ranking placed the country second', 'en', 'a past in -ed is not a plural in -s ("places")'],
    ['el control para detener la violencia', 'es', 'an infinitive is not the participle that counts people ("detenidos")'],
    ['según el ministro de Seguridad', 'es', 'subjects name who or what, matched as written ("ministra de seguridad" is Bullrich)'],
    ['en las salas del penal', 'es', 'a noun’s plural on a three-letter root is not a verb ("salieron")'],
  ])('%s (%s): no stem hit — %s', (text, lang) => {
    expect(hits(text, lang).filter((h) => h.includes('~'))).toEqual([]);
  });

  it('each word of a phrase may be another form, within the phrase’s gap rule', () => {
    expect(hits('police kept rounding up suspects', 'en')).toContain('rounding up~rounded up');
    expect(hits('police kept rounding —————————————————————————————— up suspects', 'en').filter((h) => h.includes('~'))).toEqual([]);
  });

  it('a word written as a cue lists is met as written, not as another form', () => {
    expect(hits('police detained 75,000 people', 'en')).toContain('detained=detained');
    expect(hits('police detained 75,000 people', 'en').filter((h) => h.startsWith('detained~'))).toEqual([]);
  });
});

describe('a match by another form says so', () => {
  const { catalog } = openDataset([]);
  const text = readFileSync(join(__dirname, '../fixtures/matching/en-inflections.md'), 'utf8');
  const result = checkText(text, { format: 'markdown', catalog });
  const k = result.analysis.figures.findIndex((f) => f.text.replace(/\s+/g, ' ') === 'close to 75,000');
  const m = result.matches[k]!;

  it('in the evidence', () => {
    expect(m.evidence.measure).toMatchObject({ cue: 'detained', via: 'stem' });
  });
  it('in the hover', () => {
    expect(evidenceWords(m, (a, b) => text.slice(a, b))).toContain('‘detaining’ (as ‘detained’)');
  });
  it('in --explain', () => {
    expect(explainFigures(text, result, catalog)[k]!.why).toContain('“detaining” (a form of “detained”) names what is measured');
  });
});
