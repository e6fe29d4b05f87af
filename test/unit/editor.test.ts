/** The editor's pure helpers: statuses and the Figures view's groups, quote trimming, the chart, quick-fix targeting, the skip marker. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { chartData, chartSvg, ticks, timeOf } from '../../src/extension/chartSvg';
import { chartHtml, chartPolicy } from '../../src/extension/chart';
import { findingsAt, targetSpan } from '../../src/extension/codeActions';
import { hasSkipMarker, SKIP_MARKER } from '../../src/extension/exclude';
import { countStatuses, countsLabel, figureStatus, groupFigures, periodFigures, trimQuote } from '../../src/extension/figureModel';
import { statusText } from '../../src/extension/statusBar';

const { catalog } = openDataset([]);
const check = (text: string, date = '2024-07-01') => checkText(text, { format: 'markdown', catalog, referenceDate: { date, source: 'option' } });

const ARTICLE = [
  'El Salvador’s CECOT opened on January 31, 2023.',
  'Officials say the CECOT mega-prison has room for 60,000 inmates.',
  'It currently houses some 15,000 gang members.',
  'The ferry carried 412,000 passengers last year.',
].join('\n\n');

describe('statuses and the Figures view', () => {
  const result = check(ARTICLE);
  const statusOf = (figure: string) => figureStatus(result, result.analysis.figures.findIndex((f) => f.text === figure));

  it.each([
    ['60,000', 'conflict'],
    ['January 31, 2023', 'disputed'],
    ['some 15,000', 'agrees'],
    ['412,000', 'unchecked'],
  ])('“%s” is %s', (figure, status) => {
    expect(statusOf(figure)).toBe(status);
  });

  it('groups figures by status, conflicts first, with the sources’ value and no ids', () => {
    const groups = groupFigures(result, catalog);
    expect(groups.map((g) => g.status)).toEqual(['conflict', 'disputed', 'unchecked', 'agrees']);
    expect(groups[0]!.items).toEqual([expect.objectContaining({ text: '60,000', sources: '40,000', label: 'CECOT capacity', comparable: true })]);
    expect(groups[1]!.items[0]).toMatchObject({ text: 'January 31, 2023', sources: 'Jan. 31, 2023 / February 2023', label: 'CECOT opening date' });
    expect(groups.find((g) => g.status === 'unchecked')!.items.map((i) => [i.text, i.label, i.comparable])).toContainEqual(['412,000', null, false]);
  });

  it('knows the years that only date another figure (they get no "?")', () => {
    const text = 'El Salvador’s homicide rate fell to 2.6 per 100,000 people in 2023. The ferry was built in 1998.';
    const r = check(text);
    const years = [...periodFigures(r)].map((k) => r.analysis.figures[k]!.text);
    expect(years).toEqual(['2023']);
  });

  it('filters to the figures not checked', () => {
    const groups = groupFigures(result, catalog, 'unchecked');
    expect(groups.map((g) => g.status)).toEqual(['unchecked']);
    expect(groups[0]!.items.every((i) => i.status === 'unchecked')).toBe(true);
  });

  it('counts for the status bar, with a label in plain words', () => {
    const c = countStatuses(result);
    expect(c.conflict).toBe(1);
    expect(c.disputed).toBe(1);
    expect(c.agrees).toBeGreaterThanOrEqual(1);
    const checked = c.conflict + c.disputed + c.agrees;
    expect(statusText(c)).toBe(`Crosscheck $(check) ${checked} $(question) ${c.unchecked} $(error) 1 $(diff-modified) 1`);
    expect(countsLabel(c)).toBe(`Crosscheck: ${checked} figures checked, ${c.unchecked} not checked, 1 conflict, 1 disputed or outdated`);
    expect(countsLabel(c)).not.toMatch(/\$\(|symbol/);
  });
});

describe('trimQuote', () => {
  const long = 'Bullrich’s visit to the 40,000-bed Salvadoran prison is part of a broader official visit expected to strengthen cooperation between the two governments on security, prisons and the fight against organised crime in the region.';
  it.each([
    ['a short quote stays whole', 'It has room for 40,000 inmates.', '40,000', 'It has room for 40,000 inmates.'],
    ['a figure near the start keeps the start', long, '40,000', 'Bullrich’s visit to the 40,000-bed Salvadoran prison is part of a broader official visit expected to…'],
    ['a figure at the end is never cut off', `${long} Officials counted 14,532 inmates`, '14,532', '…security, prisons and the fight against organised crime in the region. Officials counted 14,532 inmates'],
    ['a figure found by its digits', `${long} It held 14.532 reos`, '14,532', '…governments on security, prisons and the fight against organised crime in the region. It held 14.532 reos'],
  ])('%s', (_name, quote, figure, expected) => {
    const got = trimQuote(quote, figure, 100);
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(102 + 2 * 12); // the width, widened only to whole words
  });

  it('keeps a figure longer than the window whole', () => {
    const quote = `${'word '.repeat(40)}between 10,000 and 20,000 inmates ${'word '.repeat(40)}`;
    expect(trimQuote(quote, 'between 10,000 and 20,000', 10)).toContain('between 10,000 and 20,000');
  });
});

describe('comparison chart', () => {
  it('plots every source of a series over time and marks the article’s figure', () => {
    const text = 'El Salvador’s homicide rate fell to 2.6 per 100,000 people in 2023.';
    const result = check(text);
    const data = chartData(result, result.analysis.figures.findIndex((f) => f.text.startsWith('2.6')), catalog)!;
    expect(data.title).toBe('El Salvador homicide rate');
    expect(data.points.map((p) => p.x)).toEqual(expect.arrayContaining(['2018', '2019', '2023']));
    expect(data.figure).toMatchObject({ x: '2023', y: 2.6, label: 'This article' });
    const svg = chartSvg(data);
    expect(svg.match(/<circle /g)!.length).toBe(data.points.length);
    expect(svg).toContain('class="article"');
    expect(svg).toContain('this article: 2.6');
    expect(svg).not.toMatch(/<script|href=|xlink/i);
  });

  it('plots a date-valued quantity as dates', () => {
    const result = check(ARTICLE);
    const data = chartData(result, result.analysis.figures.findIndex((f) => f.text === 'January 31, 2023'), catalog)!;
    expect(data.unit).toBe('date');
    expect(data.points.map((p) => p.y).sort()).toEqual(['2023-01-31', '2023-02']);
    expect(chartSvg(data)).toMatch(/>Jan 2023<|>Feb 2023</);
  });

  it('has nothing to draw for an unmatched figure', () => {
    const result = check('The ferry carried 412,000 passengers last year.');
    expect(chartData(result, 0, catalog)).toBeNull();
  });

  it('serves a page that runs no script and loads nothing remote', () => {
    const result = check(ARTICLE);
    const html = chartHtml(chartData(result, result.analysis.figures.findIndex((f) => f.text === '60,000'), catalog)!, 'abc123');
    expect(chartPolicy('abc123')).toBe("default-src 'none'; style-src 'nonce-abc123'; img-src data:;");
    expect(html).toContain(`content="${chartPolicy('abc123')}"`);
    expect(html).toContain('<style nonce="abc123">');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('<td>Breitbart</td>');
  });

  it.each([
    [0, 100, [0, 20, 40, 60, 80, 100]],
    [0, 52, [0, 20, 40]],
    [2018, 2024, [2018, 2019, 2020, 2021, 2022, 2023, 2024]],
  ])('ticks(%d, %d)', (lo, hi, expected) => {
    expect(ticks(lo, hi, lo > 1000 ? 6 : 5)).toEqual(expected);
  });

  it('places partial dates in the middle of their span', () => {
    expect(timeOf('2023')).toBe(2023.5);
    expect(timeOf('2023-07')).toBeCloseTo(2023.5 + 1 / 24);
    expect(timeOf('2023-01-01')).toBe(2023);
  });
});

describe('quick fixes for the figure under the cursor', () => {
  const text = 'The CECOT has room for 60,000 inmates and houses some 15,000 gang members, officials said in 2024 about its 40,000 beds.';
  const at = (s: string) => text.indexOf(s);
  const findings = [
    { start: at('60,000'), end: at('60,000') + 6, code: 'figure-conflict' },
    { start: at('40,000'), end: at('40,000') + 6, code: 'inconsistent-in-document' },
  ];
  it('takes the cursor, not the whole line VS Code asks about', () => {
    const line = { start: 0, end: text.length };
    expect(targetSpan(line, { start: at('15,000') + 2, end: at('15,000') + 2 })).toEqual({ start: at('15,000') + 2, end: at('15,000') + 2 });
    expect(findingsAt(findings, targetSpan(line, { start: at('15,000') + 2, end: at('15,000') + 2 }))).toEqual([]);
    expect(findingsAt(findings, targetSpan(line, { start: at('60,000') + 1, end: at('60,000') + 1 })).map((d) => d.code)).toEqual(['figure-conflict']);
  });
  it('keeps a range asked about elsewhere (a diagnostic’s range, a cursor outside it)', () => {
    const asked = { start: at('40,000'), end: at('40,000') + 6 };
    expect(targetSpan(asked, { start: 0, end: 0 })).toEqual(asked);
    expect(findingsAt(findings, asked).map((d) => d.code)).toEqual(['inconsistent-in-document']);
  });
  it('takes every figure a selection meets', () => {
    expect(findingsAt(findings, { start: at('60,000') + 3, end: at('40,000') + 1 })).toHaveLength(2);
  });
});

describe('documents Crosscheck does not check', () => {
  it.each([
    [`${SKIP_MARKER}\n# Crosscheck report`, true],
    ['# An article\n\nIt has room for 40,000 inmates.', false],
    ['<!-- crosscheck-disable -->\nText', false],
  ])('%j → %s', (head, skipped) => {
    expect(hasSkipMarker(head)).toBe(skipped);
  });
});
