/**
 * Figure frames: whose a figure is and in what role it is given, read from its own clause, its
 * sentence and (for a sentence naming no place) the one before. Each row: a text, the figure as
 * written, and the expected holder place (null: none said) and role.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { readFrames } from '../../src/engine/frames/frame';
import { findPlaces } from '../../src/engine/frames/places';

const frameOf = (text: string, figure: string) => {
  const a = analyze(text, { format: 'plaintext', referenceDate: { date: '2024-06-17', source: 'option' } });
  const k = a.figures.findIndex((f) => f.text === figure);
  if (k < 0) throw new Error(`"${figure}" not found in: ${a.figures.map((f) => f.text).join(' | ')}`);
  return readFrames(text, a)[k]!;
};

describe('frames: holder', () => {
  it.each([
    ['Honduran police reported about 12,000 gang arrests last year.', 'about 12,000', 'hn', 'clause'],
    ['Honduran police, according to a statement from the security ministry, reported about 12,000 gang arrests.', 'about 12,000', 'hn', 'sentence'],
    ['In Guatemala, prisons hold 25,000 inmates.', '25,000', 'gt', 'clause'],
    ["The rate was 2.6 per 100,000, close to Canada's 2.25 that year.", '2.25', 'canada', 'clause'],
    ['La tasa de Argentina fue de 4,4 por cada 100.000 habitantes en 2023.', '4,4', 'ar', 'clause'],
    ['Argentina publicó sus cifras. La tasa fue de 4,4 por cada 100.000 habitantes en 2023.', '4,4', 'ar', 'previous'],
    ['El Salvador recorded 114 homicides in 2023, fewer than Honduras.', '114', 'sv', 'clause'],
    ['The prison holds 15,000 inmates.', '15,000', null, null],
    ['Bukele will travel to Argentina with 40 officials.', '40', null, null],
  ] as const)('%s → %s is held by %s (%s)', (text, figure, place, where) => {
    const fr = frameOf(text, figure);
    expect(fr.holder?.place ?? null).toBe(place);
    expect(fr.holder?.where ?? null).toBe(where);
  });
});

describe('frames: role', () => {
  it.each([
    ['Gangs killed 87 people over three days, 62 of them on the Saturday.', '62', 'part'],
    ['Police detained 75,000 people, about 7,000 of whom were freed later.', 'about 7,000', 'part'],
    ['Before the crackdown about 38,000 people were in prison.', 'about 38,000', 'before'],
    ['The ministry projected a rate of 1.8 per 100,000 for next year.', '1.8', 'forecast'],
    ['The rate was 7.8 in 2022 and fell to 2.4 the next year.', '2.4', 'actual'],
    ['Se espera que la tasa baje a 1,8 por cada 100.000 habitantes.', '1,8', 'forecast'],
    ['The prison holds 15,000 inmates.', '15,000', 'actual'],
    ['Bukele is expected to visit Argentina at the end of September.', 'the end of September', 'actual'],
  ] as const)('%s → %s is %s', (text, figure, role) => {
    expect(frameOf(text, figure).role).toBe(role);
  });
});

describe('places', () => {
  it.each([
    ['the Honduran government', ['hn']],
    ['en Estados Unidos y en EE. UU.', ['us', 'us']],
    ['us and them', []],
    ['The US rate', ['us']],
    ['(AP Photo/Salvador Melendez)', []],
    ['San Salvador y Tegucigalpa', ['sv']],
    ['cárceles salvadoreñas y la región', ['sv', 'latam']],
  ] as const)('%s names %j', (text, places) => {
    expect(findPlaces(text).map((p) => p.place)).toEqual(places);
  });
});
