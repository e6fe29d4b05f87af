/** The hover's content, built with a stand-in for the vscode module. */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { figureAt, hoverContent } from '../../src/extension/hover';
import type { Analyzed } from '../../src/extension/analysis';

const { catalog } = openDataset([]);

function analyzed(text: string): Analyzed {
  const result = checkText(text, { format: 'markdown', catalog, referenceDate: { date: '2024-07-01', source: 'option' } });
  return { document: { uri: { toString: () => 'file:///a.md' } } as never, version: 1, result };
}

const plain = (md: string): string => md.replace(/\\([\\`*_{}[\]()#+\-!~])/g, '$1');

describe('hover', () => {
  it('compares the sources for a matched figure, with verdict, difference and evidence', () => {
    const text = 'The CECOT mega-prison has room for 60,000 inmates.';
    const a = analyzed(text);
    const k = figureAt(a, text.indexOf('60,000') + 2);
    const md = plain(hoverContent(a, k, catalog).value);
    expect(md).toContain('CECOT capacity');
    expect(md).toContain('| Source | Says | Date | Sentence |');
    expect(md).toContain('Breitbart');
    expect(md).toContain('✗ conflicts');
    expect(md).toContain('+20,000 (+50%) from Breitbart');
    expect(md).toContain('“room for” names what is measured');
    expect(md).toMatch(/command:crosscheck\.showSources\?/);
  });

  it('says when a date was compared without its year, or a period the sources leave unsaid', () => {
    const text = 'Bukele was sworn in for his second term on June 1. El Salvador’s murder rate fell 95% since 2015, officials said.';
    // Dated a year later than the sources: the inferred year differs, the day agrees.
    const result = checkText(text, { format: 'markdown', catalog, referenceDate: { date: '2025-07-01', source: 'option' } });
    const a: Analyzed = { document: { uri: { toString: () => 'file:///a.md' } } as never, version: 1, result };
    const june = plain(hoverContent(a, figureAt(a, text.indexOf('June 1')), catalog).value);
    expect(june).toContain('year taken from the article’s date');
    expect(june).toContain('✓ agrees');
    expect(june).toContain('compared by month and day: the article does not write the year');
    const fall = plain(hoverContent(a, figureAt(a, text.indexOf('95%')), catalog).value);
    expect(fall).toContain('the sources give no period; this sentence names its own');
  });

  it('says so for a figure of no known quantity', () => {
    const text = 'The ferry carried 412,000 passengers last year.';
    const a = analyzed(text);
    const md = plain(hoverContent(a, figureAt(a, text.indexOf('412')), catalog).value);
    expect(md).toContain('figure not tied to a known quantity');
    expect(md).toContain('412,000 passengers');
  });

  it('escapes data: a pipe or Markdown in a dataset string cannot break the table or run a command', () => {
    const evil = {
      version: 1,
      sources: [{ id: 'evil-2024', publisher: 'Evil | [x](command:workbench.action.quit) *', author: null, title: 't', published: '2024-06-01', url: 'https://example.com/a)(b', kind: 'news', language: 'en', attribution: { how: 'stated', note: 'n' } }],
      claims: [{ id: 'evil.capacity', quantity: 'cecot.capacity', source: 'evil-2024', value: 40000, hedge: 'exact', asWritten: '40,000', quote: 'It has room for 40,000 | inmates](command:x).' }],
    };
    const opened = openDataset([{ name: 'evil.crosscheck.json', text: JSON.stringify(evil) }]);
    const text = 'The CECOT mega-prison has room for 60,000 inmates.';
    const result = checkText(text, { format: 'markdown', catalog: opened.catalog, referenceDate: { date: '2024-07-01', source: 'option' } });
    const md = hoverContent({ document: { uri: { toString: () => 'file:///a.md' } } as never, version: 1, result }, 0, opened.catalog).value;
    expect(md).not.toMatch(/\]\(command:(?!crosscheck\.)/);
    expect(md).toContain('Evil ∣ \\[x\\]\\(command:workbench.action.quit\\) \\*');
    expect(md).toContain('https://example.com/a%29%28b');
    expect(md).toContain('40,000 ∣ inmates\\]\\(command:x\\)');
  });

  it('finds figures by offset', () => {
    const text = 'Some 15,000 inmates and 40,000 beds.';
    const a = analyzed(text);
    expect(figureAt(a, text.indexOf('15'))).toBe(0);
    expect(figureAt(a, text.indexOf('40,000') + 6)).toBe(1);
    expect(figureAt(a, text.indexOf('inmates'))).toBe(-1);
  });
});
