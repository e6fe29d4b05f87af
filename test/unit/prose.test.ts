/** The Markdown prose map: what is prose, what is masked, and exact offsets. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { findFrontMatter } from '../../src/engine/prose/frontMatter';
import { markdownProse } from '../../src/engine/prose/markdown';

function prose(md: string): string {
  return markdownProse(md).blocks.map((b) => b.masked.replace(/\s+/g, ' ').trim()).join(' / ');
}

describe('markdown prose map', () => {
  it.each([
    ['# Heading 1\n\nText *with* **marks**.', 'Heading 1 / Text with marks .'],
    ['- item one\n- item `code 2`', 'item one / item'],
    ['1. first\n2. second', 'first / second'],
    ['> quoted 40,000\n> more', 'quoted 40,000 more'],
    ['See [the report](https://example.com/2024 "Title 3") now.', 'See the report now.'],
    ['An ![chart of 52](img/7.png) image.', 'An chart of 52 image.'],
    ['Bare https://example.com/8 and <https://x.org/9> links.', 'Bare and links.'],
    ['A <span class="x">tag</span> and &amp; entity.', 'A tag and entity.'],
    ['| a | b 5 |\n|---|---|\n| 6 | `7` |', 'a / b 5 / 6 / '],
    ['Text\n\n```\nfenced 11\n```\n\n    indented 12\n\nEnd', 'Text / End'],
    ['Note[^1] and [2].\n\n[^1]: A footnote with 13.', 'Note and . / : A footnote with 13.'],
    ['<!-- comment 14 -->\n\nProse', 'Prose'],
  ])('%j', (md, expected) => {
    expect(prose(md)).toBe(expected);
  });

  it('keeps offsets exact', () => {
    const md = '# Title\n\nThe **prison** holds [40,000](https://x.y/1) inmates.';
    const a = analyze(md, { format: 'markdown' });
    expect(a.figures).toHaveLength(1);
    expect(md.slice(a.figures[0]!.start, a.figures[0]!.end)).toBe('40,000');
  });

  it('blanks front matter but reads its date', () => {
    const md = '---\ntitle: 2024 review\ndate: 2024-07-02\n---\nIt opened in June.';
    expect(findFrontMatter(md)?.fields['date']).toBe('2024-07-02');
    const a = analyze(md, { format: 'markdown' });
    expect(a.referenceDate).toEqual({ date: '2024-07-02', source: 'front-matter' });
    expect(a.figures.map((f) => f.value)).toEqual(['2024-06']);
  });

  it('reads directives from HTML comments', () => {
    const md = 'A 40,000 figure. <!-- crosscheck-disable-line figure-conflict -->\n\n<!-- crosscheck-disable -->\n\nB\n\n<!-- crosscheck-enable -->';
    const a = analyze(md, { format: 'markdown' });
    expect(a.directives.map((d) => [d.action, d.codes])).toEqual([
      ['disable-line', ['figure-conflict']],
      ['disable', []],
      ['enable', []],
    ]);
  });
});

describe('reference date', () => {
  it.each([
    ['By Ana Pérez | September 13, 2024\nHe visits in September.', 'dateline', '2024-09-13'],
    ['Published: 2 March 2025\nHe came in December.', 'dateline', '2025-03-02'],
    ['Friday, June 14, 2024, 10:32 a.m. EDT\nHe came in May.', 'dateline', '2024-06-14'],
    ['Viernes, 14 de junio de 2024, 10.32\nLlegó en mayo.', 'dateline', '2024-06-14'],
    ['By Jane Doe | July 2, 2024 | 3:15 pm\nHe came in May.', 'dateline', '2024-07-02'],
    ['Por Ana Gómez · 14 de junio de 2024 · 10:32\nLlegó en mayo.', 'dateline', '2024-06-14'],
    ['Updated 10:32 a.m. ET June 14, 2024\nHe came in May.', 'dateline', '2024-06-14'],
    // A wire dateline with a year dates the article; without one it does not.
    ['SAN SALVADOR, June 21, 2024 — He came in May.', 'dateline', '2024-06-21'],
    ['*By Ana Pérez · Photo: AP*\n\nBUENOS AIRES, 3 de abril de 2025 (Reuters) - Llegó en mayo.', 'dateline', '2025-04-03'],
    ['WASHINGTON, March 27 (AP) — He came in May 2023.', 'latest-in-text', '2023-05-31'],
    ['Buenos Aires, June 17, 2024 — He came in May.', 'dateline', '2024-06-17'],
    ['San Salvador, 17 de junio de 2024 (EFE) - Llegó en mayo.', 'dateline', '2024-06-17'],
    ['Bukele, June 1, 2024 was the day.', 'latest-in-text', '2024-06-01'],
    ['It happened in March 2022 and again in June.', 'latest-in-text', '2022-03-31'],
    ['Nothing dated at all here.', 'today', '2026-01-01'],
  ])('%j', (text, source, date) => {
    const a = analyze(text, { format: 'plaintext', today: new Date('2026-01-01T00:00:00Z') });
    expect(a.referenceDate?.source).toBe(source);
    expect(a.referenceDate?.date).toBe(date);
  });

  it('never reports the dateline as a figure', () => {
    const a = analyze('By Ana Pérez | September 13, 2024\nBukele will visit at the end of September.', { format: 'plaintext' });
    expect(a.figures.map((f) => [f.text, f.value])).toEqual([['the end of September', '2024-09']]);
  });

  it.each([
    ['Friday, June 14, 2024, 10:32 a.m. EDT\n\nThere were 12 raids.', ['12']],
    ['By Jane Doe | July 2, 2024 | 3:15 pm\n\nThere were 12 raids.', ['12']],
    ['SAN SALVADOR, 27 mar (EFE).- La policía hizo 12 operativos en la zona.', ['12']],
    ['WASHINGTON, March 27 (AP) — There were 12 raids.', ['12']],
    ['BUENOS AIRES, 3 de abril de 2025 (Reuters) - La policía hizo 12 operativos en la zona.', ['12']],
    ['Buenos Aires, June 17, 2024 — There were 12 raids.', ['12']],
    ['San Salvador, 17 de junio de 2024 (EFE) - Hubo 12 operativos.', ['12']],
  ])('masks the dateline line of %j', (text, figures) => {
    expect(analyze(text, { format: 'markdown' }).figures.map((f) => f.text)).toEqual(figures);
  });
});
