import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseNumeral } from '../../src/engine/figures/numerals';
import { granularityOfValue, readNumberWords } from '../../src/engine/figures/numberWords';
import { tokenize } from '../../src/engine/figures/tokens';

describe('parseNumeral', () => {
  it.each([
    ['40,000', 'us', 40000, 10000],
    ['40.000', 'eu', 40000, 10000],
    ['40.000', 'us', 40, 0.001],
    ['2,4', 'eu', 2.4, 0.1],
    ['2,4', 'us', 2.4, 0.1],
    ['2.6', 'us', 2.6, 0.1],
    ['19.7', 'eu', 19.7, 0.1],
    ['1,234,567', 'us', 1234567, 1],
    ['1.234.567', 'us', 1234567, 1],
    ['1.234,5', 'us', 1234.5, 0.1],
    ['1,234.5', 'eu', 1234.5, 0.1],
    ['40\u00A0000', 'us', 40000, 10000],
    ['40\u202F000', 'eu', 40000, 10000],
    ['40\u2009000,5', 'eu', 40000.5, 0.1],
    ['88,600', 'us', 88600, 100],
    ['150', 'us', 150, 10],
    ['0', 'us', 0, 1],
  ] as const)('%s (%s) = %d', (text, style, value, granularity) => {
    const n = parseNumeral(text, style);
    expect(n?.value).toBeCloseTo(value, 9);
    expect(n?.granularity).toBeCloseTo(granularity, 9);
  });

  it.each(['1,2,3', '1.2.3', '12,34,567', '1,23', '12345678901234567890'])('%s is not a figure', (text) => {
    expect(text === '1,23' ? parseNumeral(text, 'us')?.value : parseNumeral(text, 'us')).toBe(text === '1,23' ? 1.23 : null);
  });
});

describe('detectNumberStyle', () => {
  it.each([
    ['The rate was 2.6 per 100,000 and 19.7 in 2020.', 'en', 'us'],
    ['La tasa fue de 2,4 por cada 100.000 habitantes.', 'es', 'eu'],
    ['La tasa fue de 2.4 por cada 100,000 habitantes.', 'es', 'us'],
    ['Hay 40.000 presos.', 'es', 'eu'],
    ['No numbers at all.', 'en', 'us'],
    ['Sin números.', 'es', 'eu'],
  ] as const)('%s → %s', (text, lang, style) => {
    expect(detectNumberStyle(text, lang)).toBe(style);
  });
});

describe('number words', () => {
  it.each([
    ['sixty-two people', 'en', 62],
    ['forty thousand soldiers', 'en', 40000],
    ['a hundred years', 'en', 100],
    ['two hundred and fifty', 'en', 250],
    ['one million two hundred thousand', 'en', 1200000],
    ['twelve', 'en', 12],
    ['cuarenta mil', 'es', 40000],
    ['treinta y dos', 'es', 32],
    ['doscientos cincuenta', 'es', 250],
    ['ciento veinte', 'es', 120],
    ['mil millones', 'es', 1e9],
    ['dos millones quinientos mil', 'es', 2500000],
    ['veintiséis', 'es', 26],
    ['quince mil', 'es', 15000],
  ] as const)('%s = %d', (text, lang, value) => {
    expect(readNumberWords(tokenize(text, 0), 0, lang)?.value).toBe(value);
  });

  it.each([
    ['two three', 'en', 2],
    ['five-year', 'en', 5],
    ['one-way', 'en', 1],
  ] as const)('%s stops early at %d', (text, lang, value) => {
    expect(readNumberWords(tokenize(text, 0), 0, lang)?.value).toBe(value);
  });

  it.each([
    [40000, 10000],
    [62, 1],
    [150000, 10000],
    [0, 1],
  ])('granularity of %d is %d', (v, g) => expect(granularityOfValue(v)).toBe(g));
});
