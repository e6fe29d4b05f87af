/** Finding messages in one number style (English, the UI's), differences of percentages in points, and one finding per problem on a figure. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { onePerFigure } from '../../src/engine/checks/dedupe';
import { describeDifference } from '../../src/engine/checks/format';
import { seriesLabel } from '../../src/engine/checks/unsourced';
import { openDataset } from '../../src/engine/dataset/open';
import type { Diagnostic } from '../../src/engine/diagnostics';

const { catalog } = openDataset([]);
const check = (text: string, date = '2024-07-05') => checkText(text, { format: 'markdown', catalog, referenceDate: { date, source: 'option' } });

describe('message numbers', () => {
  it.each([
    [20000, 0.5, null, '+20,000 (+50%)'],
    [-1.2, -0.316, 'per_100k', '−1.2 (−31.6%)'],
    [10, 0.2, 'percent', '+10 points'],
    [-2.5, -0.05, 'percent', '−2.5 points'],
    [1, 0.02, 'percent', '+1 point'],
  ])('describeDifference(%d, %d, %s) = %s', (d, rel, unit, expected) => {
    expect(describeDifference(d, rel, unit)).toBe(expected);
  });

  it('writes English numbers in the message of a Spanish article, and quotes its figure as written', () => {
    const result = check('En 2023 la tasa de homicidios de El Salvador fue de 3,6 por cada 100.000 habitantes.');
    const d = result.diagnostics.find((x) => x.code === 'figure-conflict')!;
    expect(d.message).toContain('“3,6”');
    expect(d.message).toMatch(/Difference: \+1 \(\+38\.5%\)/);
    expect(d.message.replace(/“[^”]*”/g, '')).not.toMatch(/\d,\d(?!\d\d)/); // no decimal comma outside quotes
  });

  it('names a series period the dataset lacks by its label, never its id', () => {
    const members = [...(catalog.series.values())][0]!;
    const label = seriesLabel(members, '2031');
    expect(label).toMatch(/2031/);
    expect(label).not.toMatch(/\w\.\w/);
  });
});

describe('conflict messages', () => {
  it('group the sources by wording and trim their sentences around the figure', () => {
    const result = check('The CECOT mega-prison has room for 60,000 inmates.');
    const d = result.diagnostics.find((x) => x.code === 'figure-conflict')!;
    expect(d.message).toBe('“60,000” conflicts with the sources for CECOT capacity: Breitbart and Atlas News say “40,000”; MercoPress says “up to 40,000”. Difference: +20,000 (+50%) from Breitbart.');
    for (const r of d.related) expect(r.message.length).toBeLessThan(140);
    expect(d.related.some((r) => /40,000/.test(r.message))).toBe(true);
    // One replacement per value: "40,000" and "up to 40,000" are the same value.
    expect(d.fixes.map((x) => x.title)).toEqual(['Replace with “40,000” (Breitbart, MercoPress, Atlas News)', 'Cite Breitbart (2024-06-17)']);
  });
});

describe('one finding per problem on a figure', () => {
  it('a conflict and an in-document contradiction on the same figure are one finding', () => {
    const text = 'The CECOT mega-prison has room for 40,000 inmates.\n\nOfficials say the CECOT has room for 60,000 inmates.';
    const result = check(text);
    const at60 = result.diagnostics.filter((d) => text.slice(d.start, d.end) === '60,000');
    expect(at60.map((d) => d.code)).toEqual(['figure-conflict']);
    expect(at60[0]!.related.some((r) => r.message.includes('Also given as “40,000”'))).toBe(true);
  });

  const d = (code: string, severity: Diagnostic['severity'], figure: number): Diagnostic => ({ start: figure * 10, end: figure * 10 + 2, code, severity, message: code, related: [{ message: `${code} related` }], fixes: [], figure });
  it.each([
    ['conflict + contradiction', [d('figure-conflict', 'warning', 0), d('inconsistent-in-document', 'warning', 0)], ['figure-conflict']],
    ['outdated + contradiction', [d('outdated', 'warning', 0), d('inconsistent-in-document', 'warning', 0)], ['outdated']],
    ['arithmetic warning + "cannot be checked" hint', [d('arithmetic', 'warning', 0), d('unsourced', 'hint', 0)], ['arithmetic']],
    ['arithmetic warning + "agrees with" note', [d('arithmetic', 'warning', 0), d('sources-disagree', 'information', 0)], ['arithmetic']],
    ['an uncertain arithmetic note stays beside a conflict', [d('figure-conflict', 'warning', 0), d('arithmetic', 'information', 0)], ['figure-conflict', 'arithmetic']],
    ['findings on different figures stay', [d('figure-conflict', 'warning', 0), d('inconsistent-in-document', 'warning', 1), d('unsourced', 'hint', 2)], ['figure-conflict', 'inconsistent-in-document', 'unsourced']],
  ])('%s', (_name, list, codes) => {
    expect(onePerFigure(list).map((x) => x.code)).toEqual(codes);
  });
});
