/** The hover's content, built with a stand-in for the vscode module: the verdict first, a narrow list, plain words. */
import { describe, expect, it } from 'vitest';
import { checkText, type CheckResult } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { figureAt, hoverContent } from '../../src/extension/hover';
import type { Analyzed } from '../../src/extension/analysis';

const { catalog } = openDataset([]);

/** A document stand-in: offsets are positions (the stub's Range keeps them). */
function wrap(text: string, result: CheckResult): Analyzed {
  const document = { uri: { toString: () => 'file:///a.md' }, positionAt: (o: number) => o, getText: (r: { start: number; end: number }) => text.slice(r.start, r.end) };
  return { document: document as never, version: 1, result };
}

function analyzed(text: string, date = '2024-07-01'): Analyzed {
  return wrap(text, checkText(text, { format: 'markdown', catalog, referenceDate: { date, source: 'option' } }));
}

const plain = (md: string): string => md.replace(/\\([\\`*_{}[\]()#+\-!~])/g, '$1');
const hover = (a: Analyzed, text: string, figure: string, details = false): string => plain(hoverContent(a, figureAt(a, text.indexOf(figure) + 1), catalog, details).value);

describe('hover', () => {
  it('puts the verdict and the sources’ value on the first line, then a narrow list of sources', () => {
    const text = 'The CECOT mega-prison has room for 60,000 inmates.';
    const md = hover(analyzed(text), text, '60,000');
    const lines = md.split('\n');
    expect(lines[0]).toBe('**✗ Conflicts** · sources say 40,000 · CECOT capacity');
    expect(md).toContain('“60,000” read as 60,000 inmates; +20,000 (+50%) from Breitbart');
    // One line per source: mark, publisher (linked), date, value; no table.
    expect(md).toMatch(/^✗ \[Breitbart\]\(https:\/\/www\.breitbart\.com\/[^)]+\) · 2024-06-17 · \*\*40,000\*\*/m);
    expect(md).toMatch(/^✗ MercoPress · 2024-06-17 · \*\*up to 40,000\*\*/m);
    expect(md).not.toContain('| Source |');
    expect(md).toContain('Matched by ‘room for’ and ‘mega-prison’ in this sentence.');
    expect(md).toMatch(/command:crosscheck\.compareSources\?/);
    expect(md).toMatch(/command:crosscheck\.showSources\?/);
  });

  it('keeps ids and scores behind the details setting, without stray backslashes', () => {
    const text = 'The CECOT mega-prison has room for 60,000 inmates.';
    const a = analyzed(text);
    const k = figureAt(a, text.indexOf('60,000'));
    expect(hover(a, text, '60,000')).not.toMatch(/cecot\.capacity|match score \d/);
    const raw = hoverContent(a, k, catalog, true).value;
    expect(raw).toContain('quantity cecot.capacity');
    expect(raw).toMatch(/match score \d/);
    expect(raw).not.toMatch(/cecot\\\./);
    expect(raw).toContain('[Hide details](command:crosscheck.toggleHoverDetails');
  });

  it('trims every quote around its figure and never cuts the figure off', () => {
    const text = 'Some 75,000 people were arrested in El Salvador under the state of exception, police said.';
    const md = hover(analyzed(text), text, '75,000');
    const quotes = md.split('\n').filter((l) => l.startsWith('_“'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.length).toBeLessThan(120);
    expect(md).toMatch(/_“…[^\n]*nearly 75,000[^\n]*”_/);
  });

  it('says when a date was compared without its year, or a period the sources leave unsaid', () => {
    const text = 'Bukele was sworn in for his second term on June 1. El Salvador’s murder rate fell 95% since 2015, officials said.';
    // Dated a year later than the sources: the inferred year differs, the day agrees.
    const a = analyzed(text, '2025-07-01');
    const june = hover(a, text, 'June 1');
    expect(june.split('\n')[0]).toMatch(/^\*\*✓ Agrees\*\* · sources say June 1/);
    expect(june).toContain('year taken from the article’s date');
    expect(june).toContain('Compared by month and day: the article does not write the year.');
    const fall = hover(a, text, '95%');
    expect(fall.split('\n')[0]).toMatch(/^\*\*\? Not checked\*\* · the sources give no period/);
    expect(fall).toContain('this sentence names its own');
  });

  it('says "not checked" for a figure of no known quantity, never anything like "agrees"', () => {
    const text = 'The ferry carried 412,000 passengers last year.';
    const md = hover(analyzed(text), text, '412');
    expect(md.split('\n')[0]).toBe('**? Not checked** · not tied to a known quantity');
    expect(md).toContain('“412,000” read as 412,000 passengers');
    expect(md).not.toMatch(/agree|✓/i);
    expect(md).not.toContain('compareSources');
  });

  it('escapes data: Markdown in a dataset string cannot run a command', () => {
    const evil = {
      version: 1,
      sources: [{ id: 'evil-2024', publisher: 'Evil | [x](command:workbench.action.quit) *', author: null, title: 't', published: '2024-06-01', url: 'https://example.com/a)(b', kind: 'news', language: 'en', attribution: { how: 'stated', note: 'n' } }],
      claims: [{ id: 'evil.capacity', quantity: 'cecot.capacity', source: 'evil-2024', value: 40000, hedge: 'exact', asWritten: '40,000', quote: 'It has room for 40,000 | inmates](command:x).' }],
    };
    const opened = openDataset([{ name: 'evil.crosscheck.json', text: JSON.stringify(evil) }]);
    const text = 'The CECOT mega-prison has room for 60,000 inmates.';
    const result = checkText(text, { format: 'markdown', catalog: opened.catalog, referenceDate: { date: '2024-07-01', source: 'option' } });
    const md = hoverContent(wrap(text, result), 0, opened.catalog).value;
    expect(md).not.toMatch(/\]\(command:(?!crosscheck\.)/);
    expect(md).toContain('Evil | \\[x\\]\\(command:workbench.action.quit\\) \\*');
    expect(md).toContain('https://example.com/a%29%28b');
    expect(md).toContain('40,000 | inmates\\]\\(command:x\\)');
  });

  it('speaks English numbers for a Spanish article, quoting its figure as written', () => {
    const text = 'En 2023 la tasa de homicidios de El Salvador fue de 3,6 por cada 100.000 habitantes.';
    const md = hover(analyzed(text), text, '3,6');
    expect(md.split('\n')[0]).toBe('**✗ Conflicts** · sources say 2.6 · El Salvador homicide rate 2023');
    expect(md).toContain('“3,6” read as 3.6 per 100,000; +1 (+38.5%) from Atlas News');
  });

  it('finds figures by offset', () => {
    const text = 'Some 15,000 inmates and 40,000 beds.';
    const a = analyzed(text);
    expect(figureAt(a, text.indexOf('15'))).toBe(0);
    expect(figureAt(a, text.indexOf('40,000') + 6)).toBe(1);
    expect(figureAt(a, text.indexOf('inmates'))).toBe(-1);
  });

  it('says where evidence read one step away came from: a table header, the sentence before', () => {
    const table = 'El Salvador, year by year:\n\n| Year | Homicide rate (per 100,000) |\n|---|---|\n| 2018 | 52 |\n';
    expect(hover(analyzed(table), table, '52')).toContain('Matched by ‘Homicide rate’ from the column header, and the article is about ‘el salvador’; ‘2018’ from the row header gives the year 2018.');
    const text = 'Officials say the homicide rate has kept falling since the crackdown in El Salvador. It fell to 2.6.';
    const md = hover(analyzed(text), text, '2.6');
    expect(md).toMatch(/^\*\*\? Not checked\*\*.*may refer to/);
    expect(md).toContain('Not judged: what it measures is read from the previous sentence.');
    expect(md).toContain('‘homicide rate’ from the previous sentence');
  });
});
