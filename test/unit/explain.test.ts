/** `check --explain` in the engine: why a figure matched, or why not, in words (src/engine/match/explain.ts). */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { explainFigures } from '../../src/engine/match/explain';

const { catalog } = openDataset([]);
const why = (text: string, figure: string): string => {
  const r = checkText(text, { format: 'plaintext', catalog, referenceDate: { date: '2024-06-20', source: 'option' } });
  const k = r.analysis.figures.findIndex((f) => f.text === figure);
  expect(k).toBeGreaterThanOrEqual(0);
  return explainFigures(text, r, catalog)[k]!.why;
};

describe('explanations', () => {
  it.each([
    ['a match: measure, subject, verdict', 'The CECOT mega-prison has room for 60,000 inmates.', '60,000', /^matched cecot\.capacity \(CECOT capacity\): “room for” names what is measured; “mega-prison…” in the sentence says what it is about; .*against the sources it conflicts$/],
    ['no measure word', 'The weather in the capital was fine for 3 days.', '3', /^no quantity: no word in its sentence names what any quantity of the dataset measures \(no measure word\)$/],
    ['a unit mismatch', 'The CECOT mega-prison has room for inmates since 2023, after 14 months of works.', '14', /^no quantity: its sentence names what cecot\.capacity measures \(“room for”\), but that is a count in inmates and this figure is a duration in months \(unit mismatch\)/],
    ['a percentage where a count is named', 'The CECOT mega-prison can hold 40,000 inmates, 45% of them gang members.', '45%', /^no quantity: .*but that is a count in inmates and this figure is a percent \(unit mismatch\)/],
    ['a year beside a count', 'The CECOT mega-prison could hold 40,000 inmates in 2023.', '2023', /^no quantity: it is a year that says when; the quantities its sentence names \(such as cecot\.capacity\) are not dates$/],
    ['a place the article never names', 'Brazil holds about 850,000 prisoners in its jails.', 'about 850,000', /never names/],
  ])('%s', (_name, text, figure, expected) => {
    const w = why(text, figure);
    expect(w).toMatch(expected);
    expect(w).not.toMatch(/score|\d\.\d\d/);
  });

  it('says so when no dataset is loaded', () => {
    const r = checkText('It holds 40,000 inmates.', { format: 'plaintext' });
    expect(explainFigures('It holds 40,000 inmates.', r, null)).toEqual([{ figure: 0, quantity: null, why: 'no dataset is loaded, so no figure is matched' }]);
  });
});
