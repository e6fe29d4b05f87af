/**
 * Verdict rules as tables: dates whose year the article did not write, vague bounds in the
 * sources ("tens of thousands"), and quantities whose period the sources leave unsaid.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import type { Claim } from '../../src/engine/dataset/schema';
import { claimInterval, sameDate } from '../../src/engine/match/verdict';
import type { Figure } from '../../src/engine/model';

const date = (value: string, yearInferred: boolean): Figure => ({
  start: 0, end: 1, text: value, kind: 'date', value, min: null, max: null, unit: 'date', hedge: null, hedgeText: null,
  language: 'en', precision: 'day', granularity: null, vague: false, yearInferred, sentence: 0,
});

describe('sameDate', () => {
  it.each<[string, boolean, string, boolean]>([
    // [figure value, year inferred, claim, agrees]
    ['2024-06-01', false, '2024-06-01', true],
    ['2023-06-01', false, '2024-06-01', false], // a written year that differs conflicts
    ['2023-06-01', true, '2024-06-01', true], // "June 1" with the year guessed from the article's date
    ['2023-06-02', true, '2024-06-01', false], // the written day differs
    ['2022-09', true, '2024-09', true], // "a fines de septiembre"
    ['2022-10', true, '2024-09', false],
    ['--06-01', false, '2024-06-01', true], // no reference date at all
    ['--07', false, '2024-06-01', false],
    ['2023-03', true, '2022', true], // nothing written to compare with a year-only claim
    ['2022', false, '2022-03-27', true],
  ])('%s (year inferred: %s) against %s → %s', (value, inferred, claim, agrees) => {
    expect(sameDate(date(value, inferred), claim)).toBe(agrees);
  });
});

describe('claimInterval', () => {
  const claim = (value: number, hedge: Claim['hedge'], asWritten: string): Claim => ({ id: 'c', quantity: 'q.x', source: 's', value, hedge, asWritten, quote: asWritten });
  it.each<[number, Claim['hedge'], string, string]>([
    [6000, 'at_least', 'more than 6,000', 'lower'], // a stated threshold
    [20000, 'at_least', 'tens of thousands', 'both 20000..99999'], // vague words: a range, not a threshold
    [20000, 'at_least', 'decenas de miles', 'both 20000..99999'],
    [200000, 'at_least', 'hundreds of thousands', 'both 200000..999999'],
    [100, 'at_least', 'over a century', 'lower'], // a threshold in words is still a threshold
    [6000, 'at_least', 'more than six thousand', 'lower'],
    [50, 'at_most', 'under 50%', 'upper'],
    [75000, 'approx', 'nearly 75,000', 'both'],
  ])('%d %s “%s” → %s', (value, hedge, asWritten, side) => {
    const i = claimInterval(claim(value, hedge, asWritten))!;
    expect(side.includes(' ') ? `${i.side} ${i.min}..${i.max}` : i.side).toBe(side);
  });
});

describe('verdicts in context', () => {
  const { catalog } = openDataset([]);
  const verdictOf = (text: string, figure: string) => {
    const r = checkText(text, { format: 'markdown', catalog, today: new Date('2026-01-01') });
    const k = r.analysis.figures.findIndex((f) => f.text === figure);
    expect(k, `no figure “${figure}” in ${JSON.stringify(r.analysis.figures.map((f) => f.text))}`).toBeGreaterThanOrEqual(0);
    return { quantity: r.matches[k]?.quantity ?? null, verdict: r.verdicts[k] ?? null, codes: r.diagnostics.filter((d) => d.start === r.analysis.figures[k]!.start).map((d) => d.code) };
  };

  it.each<[string, string, string, string, string[]]>([
    // A decline whose period the source leaves unsaid: judged only when the article gives none either.
    // (and the arithmetic of the rate series, without a period to anchor it, is information)
    ['El Salvador’s murder rate saw a 40% decrease, Bukele said.', '40%', 'sv.homicide_rate.decline_pct', 'conflicts', ['arithmetic', 'figure-conflict']],
    ['El Salvador’s murder rate fell 95% since 2015, Bukele said.', '95%', 'sv.homicide_rate.decline_pct', 'unsourced', ['unsourced']],
    ['El Salvador’s murder rate fell 57% in 2019, officials said.', '57%', 'sv.homicide_rate.decline_pct', 'unsourced', ['unsourced']],
    ['La tasa de homicidios de El Salvador registró una caída de casi 70%, dijo Bukele.', 'casi 70%', 'sv.homicide_rate.decline_pct', 'agrees', ['arithmetic']],
    // Named years that are the series' own: the arithmetic speaks of that period and holds
    // (one finding on the figure: no "cannot be checked" hint beside the arithmetic warning).
    ['El Salvador’s murder rate fell 60% from 2018 to 2023, officials said.', '60%', 'sv.homicide_rate.decline_pct', 'unsourced', ['arithmetic']],
    // "More than 75,000" arrests against "nearly 75,000" and "tens of thousands".
    ['---\ndate: 2025-05-01\n---\n\nEl régimen de excepción en El Salvador ya suma más de 75 mil detenidos.', 'más de 75 mil', 'sv.state_of_exception.arrests', 'agrees', []],
    // A changing count ten months after its last precise source: a vague floor agreeing does not make it checkable.
    ['---\ndate: 2025-04-20\n---\n\nUnder El Salvador’s state of exception about 85,000 people have been arrested.', 'about 85,000', 'sv.state_of_exception.arrests', 'unsourced', ['unsourced']],
    ['---\ndate: 2024-06-20\n---\n\nUnder El Salvador’s state of exception about 85,000 people have been arrested.', 'about 85,000', 'sv.state_of_exception.arrests', 'conflicts', ['figure-conflict']],
  ])('%j: “%s”', (text, figure, quantity, verdict, codes) => {
    const got = verdictOf(text, figure);
    expect({ ...got, codes: [...got.codes].sort() }).toEqual({ quantity, verdict, codes });
  });
});

describe('messages', () => {
  it('quote a figure the article wraps over two lines on one line', () => {
    const { catalog } = openDataset([]);
    const r = checkText('The CECOT mega-prison, which can hold 40,000, currently houses roughly\n12,000 inmates.', { format: 'markdown', catalog, referenceDate: { date: '2024-06-20', source: 'option' } });
    const d = r.diagnostics.find((x) => x.code === 'figure-conflict');
    expect(d?.message).toMatch(/^“roughly 12,000” conflicts with the sources for CECOT inmates held/);
  });
});
