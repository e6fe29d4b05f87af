/**
 * The sources builder: reading sources (Markdown, text, saved pages), framing figures with the
 * source's own date, grouping them into an ordinary dataset, and the trials: two stories under
 * test/fixtures/sources/, each with four sources and a draft whose paragraphs carry their
 * expectations inline as `<!-- sources: "TEXT" correct | "TEXT" wrong | "TEXT" inconsistent | "TEXT" - -->`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { checkText } from '../../src/engine/check';
import { loadDatasetText } from '../../src/engine/dataset/load';
import { openDataset } from '../../src/engine/dataset/open';
import { buildSourcesDataset, type SourceFile } from '../../src/engine/sources/build';
import { readSourceFrames } from '../../src/engine/sources/frame';
import { readHtml } from '../../src/engine/sources/html';
import { readSource } from '../../src/engine/sources/read';
import { possiblyRelated } from '../../src/engine/sources/related';
import { conceptOf } from '../../src/engine/sources/concepts';
import { stem } from '../../src/engine/sources/words';

const DIR = join(__dirname, '../fixtures/sources');
const STORIES = readdirSync(DIR).sort();

function sourcesOf(story: string): SourceFile[] {
  const dir = join(DIR, story, 'sources');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const WARN = (d: { severity: string }): boolean => d.severity === 'warning' || d.severity === 'error';

describe('words', () => {
  it.each([
    ['viviendas', 'vivienda', 'es'],
    ['fallecidos', 'fallecido', 'es'],
    ['indemnizaciones', 'indemnización', 'es'],
    ['vehículos', 'vehiculo', 'es'],
    ['homicides', 'homicide', 'en'],
    ['structures', 'structure', 'en'],
  ] as const)('%s and %s share a stem', (a, b, lang) => expect(stem(a, lang)).toBe(stem(b, lang)));
  it.each([
    ['killed', 'en', 'fallecidos', 'es'],
    ['troops', 'en', 'militares', 'es'],
    ['cars', 'en', 'vehículos', 'es'],
    ['towns', 'en', 'municipios', 'es'],
  ] as const)('%s and %s name one concept', (a, la, b, lb) => {
    expect(conceptOf(stem(a, la), la)).not.toBeNull();
    expect(conceptOf(stem(a, la), la)).toBe(conceptOf(stem(b, lb), lb));
  });
});

describe('reading a saved web page', () => {
  const page = readHtml(`<!DOCTYPE html><html lang="es-ES"><head><title>Title | Site</title>
<meta property="og:site_name" content="El Sitio"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Ana Ruiz"><link rel="canonical" href="https://example.org/a">
<script>var x = "42 scripts";</script><style>p { margin: 0 }</style></head>
<body><nav>Home 10 links</nav><article><h1>Title</h1><p>The council counted 1,200 new homes &amp; 300 shops this year.</p>
<p>Second paragraph with enough words to be prose, and 45% of it.</p></article><footer>© 2024, 99 rights</footer></body></html>`);
  it.each([
    ['title', 'Title | Site'],
    ['publisher', 'El Sitio'],
    ['date', '2024-03-05T10:00:00Z'],
    ['author', 'Ana Ruiz'],
    ['url', 'https://example.org/a'],
    ['language', 'es-ES'],
  ] as const)('reads %s', (field, want) => expect(page.meta[field]).toBe(want));
  it('keeps the article paragraphs, decoded, and leaves out scripts, styles, navigation and footers', () => {
    expect(page.text).toContain('1,200 new homes & 300 shops');
    expect(page.text).toContain('45% of it.');
    expect(page.text).not.toMatch(/scripts|margin|links|rights/);
  });
});

describe('the page tokenizer', () => {
  const body = (html: string): string => readHtml(`<html><body><article>${html}</article></body></html>`).text.trim();
  it.each([
    ['numeric and named entities', '<p>Casi el 86&nbsp;% de las viviendas &#8212; y 1&#x2009;200 m&aacute;s &amp; otras.</p>', 'Casi el 86\u00A0% de las viviendas — y 1\u2009200 más & otras.'],
    ['a comment holding tags', '<p>Counted 1,234 homes in the town.<!-- <p>99 hidden</p> --></p>', 'Counted 1,234 homes in the town.'],
    ['a script holding markup', '<script>document.write("<p>77 fake</p>")</script><p>Counted 1,234 homes in the town.</p>', 'Counted 1,234 homes in the town.'],
    ['a quoted attribute holding ">"', '<p data-x="a > b">Counted 1,234 homes in the town.</p>', 'Counted 1,234 homes in the town.'],
    ['unclosed paragraphs', '<p>Counted 1,234 homes in the town.<p>And 56 shops on the main street.', 'Counted 1,234 homes in the town.\n\nAnd 56 shops on the main street.'],
    ['short furniture lines', '<div>Share</div><p>Counted 1,234 homes in the town.</p>', 'Counted 1,234 homes in the town.'],
  ] as const)('%s', (_, html, want) => expect(body(html)).toBe(want));
});

describe('reading a source file', () => {
  it('takes title, publisher, date, url, author and language from front matter, keeping offsets', () => {
    const raw = '---\ntitle: A title\npublisher: The Paper\ndate: 2024-08-10\nurl: https://example.org/x\nauthor: Bo\nlanguage: en\n---\n\nText with 12 figures.\n';
    const r = readSource('a.md', raw);
    expect(r.meta).toEqual({ title: 'A title', publisher: 'The Paper', date: '2024-08-10', url: 'https://example.org/x', author: 'Bo', language: 'en', kind: null });
    expect(r.missing).toEqual([]);
    expect(r.text.length).toBe(raw.length);
    expect(r.text.indexOf('12 figures')).toBe(raw.indexOf('12 figures'));
  });
  it.each([
    ['no front matter', 'Just text.', {}, ['publisher', 'date', 'url']],
    ['given outside the file', 'Just text.', { publisher: 'P', date: '2024-01-02', url: 'none' }, []],
    ['a date that is not a day', '---\npublisher: P\ndate: 2024-02-30\nurl: none\n---\n', {}, ['date']],
    ['a written-out date', '---\npublisher: P\ndate: August 10, 2024\nurl: none\n---\n', {}, []],
  ] as const)('lists what is missing: %s', (_, raw, meta, missing) => {
    expect(readSource('s.txt', raw, meta).missing).toEqual(missing);
  });
  it('leaves out a file missing its publisher, date or URL, saying which and how to add them', () => {
    const built = buildSourcesDataset([{ name: 'bare.md', text: 'The city counted 1,234 new homes.' }]);
    expect(built.file.sources).toEqual([]);
    expect(built.problems[0]).toMatchObject({ file: 'bare.md', severity: 'error' });
    expect(built.problems[0]!.message).toMatch(/publisher, date, url.*--publisher/);
  });
});

describe('the period of a source figure, from its own date', () => {
  const periodOf = (text: string, date: string, figure: string): string | null => {
    const a = analyze(text, { format: 'plaintext', referenceDate: { date, source: 'option' } });
    const frames = readSourceFrames(text, a, date);
    const frame = frames.find((f) => a.figures[f.figure]!.text === figure);
    if (!frame) throw new Error(`no frame for ${figure}: ${a.figures.map((f) => f.text).join(', ')}`);
    return frame.time;
  };
  it.each([
    ['last year', 'Maui received about 2.5 million visitors last year.', '2024-02-20', 'about 2.5 million', '2023'],
    ['a year in the clause', 'Maui received 2.9 million visitors in 2022.', '2024-02-20', '2.9 million', '2022'],
    ['el año pasado', 'El incendio que arrasó Lahaina el año pasado dejó 102 muertos.', '2024-08-12', '102', '2023'],
    ['a Spanish year after the figure', 'La policía detuvo a 1.500 personas en 2023, según el informe.', '2024-05-01', '1.500', '2023'],
    ['a year-less date with "del año pasado"', 'La dana del 29 de octubre del año pasado causó 229 muertos.', '2025-10-29', '229', '2024'],
    ['a year-less date with "last year"', 'The floods of Oct. 29 last year killed 229 people.', '2025-10-30', '229', '2024'],
    ['upon taking office on January 20', 'Upon taking office on January 20, he signed 26 executive orders.', '2025-03-01', '26', '2025'],
    ['no time words', 'The council counted 1,234 new homes.', '2025-03-01', '1,234', null],
    ['a fronted year before a later clause’s year', 'In 2023, 1,218 crimes were reported, a rate of 363.8 per 100,000 people, compared with 377.1 in 2022.', '2024-05-01', '363.8', '2023'],
    ['the later clause’s own year', 'In 2023, 1,218 crimes were reported, a rate of 363.8 per 100,000 people, compared with 377.1 in 2022.', '2024-05-01', '377.1', '2022'],
  ] as const)('%s', (_, text, date, figure, want) => expect(periodOf(text, date, figure)).toBe(want));
});

describe('the built dataset', () => {
  const files = sourcesOf('maui');
  const built = buildSourcesDataset(files);
  it('is schema-valid and loads without problems', () => {
    const loaded = loadDatasetText(JSON.stringify(built.file), 'sources.crosscheck.json');
    expect(loaded.problems).toEqual([]);
    const opened = openDataset([{ name: 'sources.crosscheck.json', text: JSON.stringify(built.file) }], { bundled: false });
    expect(opened.problems.filter((p) => p.severity !== 'information')).toEqual([]);
  });
  it('quotes every claim’s own sentence, holding the figure as written', () => {
    for (const c of built.file.claims!) {
      expect(c.quote).toContain(c.asWritten);
      const file = files.find((f) => built.file.sources!.find((s) => s.id === c.source)!.attribution.note.includes(f.name))!;
      expect(readSource(file.name, file.text).text.replace(/\s+/g, ' ')).toContain(c.quote);
    }
  });
  it('is the same whatever the order of the files (stable ids and order)', () => {
    const again = buildSourcesDataset([...files].reverse());
    expect(JSON.stringify(again.file)).toBe(JSON.stringify(built.file));
  });
  it('groups one figure across sources and languages into one quantity', () => {
    const deaths = built.file.claims!.filter((c) => c.value === 102);
    expect(deaths.length).toBe(4);
    expect(new Set(deaths.map((c) => c.quantity)).size).toBe(1);
  });
  it('has subject words even when the sources share none in their openings', () => {
    const one = (name: string, lang: string, body: string): SourceFile => ({ name, text: `---\npublisher: P ${name}\ndate: 2024-05-01\nurl: none\nlanguage: ${lang}\n---\n\n${body}\n` });
    const b = buildSourcesDataset([one('a.md', 'en', 'Quake relief reached 1,234 families in Ostravia.'), one('b.md', 'es', 'La ayuda llegó a 5.678 hogares tras el sismo.')]);
    for (const q of b.file.quantities!) expect(q.cues.subject.en.length + q.cues.subject.es.length).toBeGreaterThan(0);
  });
  it('derives cue words from the sources, with no word list per story', () => {
    for (const q of built.file.quantities!) expect(q.cues.measure.en.length + q.cues.measure.es.length).toBeGreaterThan(0);
  });
});

describe('possibly related source figures', () => {
  const built = buildSourcesDataset(sourcesOf('maui'));
  const catalog = openDataset([{ name: 's.crosscheck.json', text: JSON.stringify(built.file) }], { bundled: false }).catalog;
  const related = (text: string, figure: string): string[] => {
    const r = checkText(text, { format: 'markdown', catalog });
    const k = r.analysis.figures.findIndex((f) => f.text === figure);
    expect(r.diagnostics.filter(WARN)).toEqual([]);
    return r.related[k]!.map((x) => x.claim.asWritten);
  };
  it.each([
    ['a share no quantity names', 'Officials in Lahaina said 41% was a fair estimate.', '41%', ['86%', '86%']],
    ['a count of the same year', 'In 2022, officials in Lahaina logged 2.8 million entries.', '2.8 million', ['2.9 million']],
    ['a matched figure', 'The fire killed 102 people in Lahaina.', '102', []],
    ['a year', 'Lahaina burned in 2023.', '2023', []],
  ] as const)('%s', (_, text, figure, want) => expect(related(text, figure)).toEqual(want));
});

describe('a paraphrase of the sources, every figure right', () => {
  it('raises no warning, with or without the bundled data, and agrees where it shares the sources’ words', () => {
    const built = buildSourcesDataset(sourcesOf('maui'));
    const text = readFileSync(join(DIR, 'maui', 'paraphrase.md'), 'utf8');
    for (const bundled of [true, false]) {
      const catalog = openDataset([{ name: 's.crosscheck.json', text: JSON.stringify(built.file) }], { bundled }).catalog;
      const r = checkText(text, { format: 'markdown', catalog });
      expect(r.diagnostics.filter(WARN).map((d) => d.message)).toEqual([]);
      expect(r.verdicts.filter((v) => v === 'agrees').length).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('figures of two places in one sentence', () => {
  const src = (name: string, lang: string, date: string, body: string): SourceFile => ({ name, text: `---\npublisher: ${name}\ndate: ${date}\nurl: none\nlanguage: ${lang}\n---\n\n${body}\n` });
  const built = buildSourcesDataset([
    src('a.md', 'en', '2024-02-10', "Honduras's homicide rate fell to 31.1 per 100,000 people in 2023, while El Salvador's dropped to 2.4, the lowest in the region."),
    src('b.md', 'es', '2024-01-20', 'La tasa de homicidios de El Salvador fue de 2,4 por cada 100.000 habitantes en 2023, mientras que la de Honduras se situó en 31,1.'),
  ]);
  const catalog = openDataset([{ name: 's.crosscheck.json', text: JSON.stringify(built.file) }], { bundled: false }).catalog;
  it('keeps each place’s figure apart, joining English and Spanish', () => {
    const rates = built.file.claims!.filter((c) => c.quote.includes('homicid'));
    const byQuantity = new Map<string, number[]>();
    for (const c of rates) byQuantity.set(c.quantity, [...(byQuantity.get(c.quantity) ?? []), c.value as number]);
    expect([...byQuantity.values()].map((v) => [...new Set(v)]).sort()).toEqual([[2.4], [31.1]]);
  });
  it.each([
    ["In 2023, El Salvador's homicide rate was 2.4 per 100,000 people. Honduras's homicide rate was 31.1 that year.", { '2.4': 'agrees', '31.1': 'agrees' }],
    ["In 2023, El Salvador's homicide rate was 2.4 per 100,000 people. Honduras's homicide rate was 13.1 that year.", { '2.4': 'agrees', '13.1': 'conflicts' }],
  ] as const)('%s', (text, want) => {
    const r = checkText(text, { format: 'markdown', catalog });
    for (const [figure, verdict] of Object.entries(want)) expect(r.verdicts[r.analysis.figures.findIndex((f) => f.text === figure)], figure).toBe(verdict);
  });
});

/** Expectations of a draft: per figure text, what should happen. */
function expectations(draft: string): { text: string; want: string; start: number }[] {
  const out: { text: string; want: string; start: number }[] = [];
  let from = 0;
  for (const m of draft.matchAll(/<!-- sources: (.*?) -->/g)) {
    if (m[1]!.trim() !== 'none') {
      for (const item of m[1]!.split(' | ')) {
        const e = /^"([^"]+)"\s+(\S+)$/.exec(item.trim());
        if (!e) throw new Error(`bad expectation ${item}`);
        const re = new RegExp(e[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'g');
        re.lastIndex = from;
        out.push({ text: e[1]!, want: e[2]!, start: re.exec(draft)?.index ?? -1 });
      }
    }
    from = m.index! + m[0].length;
  }
  return out;
}

for (const story of STORIES) {
  for (const bundled of [true, false]) {
    describe(`trial: ${story} (${bundled ? 'with' : 'without'} the bundled data)`, () => {
      const files = sourcesOf(story);
      const built = buildSourcesDataset(files);
      const catalog = openDataset([{ name: 'sources.crosscheck.json', text: JSON.stringify(built.file) }], { bundled }).catalog;
      const draft = readFileSync(join(DIR, story, 'draft.md'), 'utf8');
      const result = checkText(draft, { format: 'markdown', catalog });
      const figures = result.analysis.figures;
      const exp = expectations(draft);
      const indexOf = (e: { text: string; start: number }): number => (e.start < 0 ? -1 : figures.findIndex((f) => f.start <= e.start && f.end > e.start));
      const warnings = result.diagnostics.filter(WARN);
      it('every figure of an expectation is found', () => {
        for (const e of exp) expect(indexOf(e), e.text).toBeGreaterThanOrEqual(0);
      });
      it('at least 8 of the 10 correct figures agree with the sources', () => {
        const correct = exp.filter((e) => e.want === 'correct');
        expect(correct.length).toBe(10);
        const agreed = correct.filter((e) => result.verdicts[indexOf(e)] === 'agrees').map((e) => e.text);
        expect(agreed.length, `agreed: ${agreed.join(', ')}`).toBeGreaterThanOrEqual(8);
      });
      it('both wrong figures and the inconsistency are flagged', () => {
        const flagged = exp.filter((e) => e.want === 'wrong' || e.want === 'inconsistent');
        expect(flagged.length).toBe(3);
        for (const e of flagged) {
          const f = figures[indexOf(e)]!;
          expect(warnings.some((d) => d.start === f.start), `${e.text} flagged`).toBe(true);
        }
      });
      it('raises no other warning', () => {
        const allowed = exp.filter((e) => e.want === 'wrong' || e.want === 'inconsistent').map((e) => figures[indexOf(e)]!.start);
        expect(warnings.filter((d) => !allowed.includes(d.start)).map((d) => d.message)).toEqual([]);
      });
      it.each(files.map((f) => f.name))('no warning on %s checked against the other sources', (name) => {
        const others = buildSourcesDataset(files.filter((f) => f.name !== name));
        const cat = openDataset([{ name: 'others.crosscheck.json', text: JSON.stringify(others.file) }], { bundled }).catalog;
        const src = readSource(name, files.find((f) => f.name === name)!.text);
        const r = checkText(src.text, { format: src.analyzeAs, catalog: cat });
        expect(r.diagnostics.filter(WARN).map((d) => `${src.text.slice(d.start, d.end)}: ${d.message}`)).toEqual([]);
      });
      it('no warning on the sources checked against all of them', () => {
        for (const f of files) {
          const src = readSource(f.name, f.text);
          const r = checkText(src.text, { format: src.analyzeAs, catalog });
          expect(r.diagnostics.filter(WARN).map((d) => `${f.name}: ${src.text.slice(d.start, d.end)}: ${d.message}`)).toEqual([]);
        }
      });
      it('a figure that matches nothing lists source figures of its unit and time as possibly related, never as a warning', () => {
        const related = possiblyRelated(result, catalog);
        expect(related.length).toBe(figures.length);
        related.forEach((r, k) => {
          if (result.matches[k]) expect(r).toEqual([]);
        });
      });
    });
  }
}
