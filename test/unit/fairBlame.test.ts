/**
 * Fair blame: when the sources disagree among themselves, no fix writes one of their values into
 * the article (the reporter picks a side; citing is offered). CECOT's opening is "Jan. 31, 2023"
 * for one bundled source and "February 2023" for another.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';

const { catalog } = openDataset([]);

describe('fixes never write a disputed value', () => {
  it.each([
    ['The CECOT mega-prison in El Salvador was inaugurated in March 2023.', 'March 2023', 'figure-conflict'],
    ['The CECOT mega-prison in El Salvador was inaugurated in January 2023.', 'January 2023', 'sources-disagree'],
  ])('%s', (text, figure, code) => {
    const r = checkText(text, { format: 'plaintext', catalog, referenceDate: { date: '2024-06-20', source: 'option' } });
    const k = r.analysis.figures.findIndex((f) => f.text === figure);
    expect(r.quantities[k]).toBe('cecot.opening_date');
    const d = r.diagnostics.find((x) => x.figure === k && x.code === code);
    expect(d, JSON.stringify(r.diagnostics.map((x) => x.code))).toBeDefined();
    expect(d!.fixes.filter((f) => f.title.startsWith('Replace'))).toEqual([]);
    expect(d!.fixes.some((f) => f.title.startsWith('Cite'))).toBe(true);
  });
});
