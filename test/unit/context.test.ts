/**
 * Context one step away (src/engine/frames/context.ts): a table cell's headers, the question an
 * answer replies to, the sentence an anaphor points back to; and what matching, --explain and
 * the hover make of it. Each row: a text, the figure as written, and what is expected.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { ContextReader, headerUnit, opensWithAnaphor } from '../../src/engine/frames/context';
import { readFrames } from '../../src/engine/frames/frame';
import { explainFigures } from '../../src/engine/match/explain';
import { evidenceWords } from '../../src/extension/figureModel';

const { catalog } = openDataset([]);

/** The context of one figure, as "where: text" lines. */
function contextOf(text: string, figure: string, nth = 0): string[] {
  const a = analyze(text, { format: 'markdown', referenceDate: { date: '2024-07-01', source: 'option' } });
  const ks = a.figures.flatMap((f, k) => (f.text === figure ? [k] : []));
  const k = ks[nth];
  if (k === undefined) throw new Error(`"${figure}" not found in: ${a.figures.map((f) => f.text).join(' | ')}`);
  return new ContextReader(text, a).of(k).map((c) => `${c.where}: ${text.slice(c.start, c.end).trim()}`);
}

const TABLE = ['| Homicide rate (per 100,000) | El Salvador | | Honduras |', '|---|---|---|---|', '| 2023 | 2.6 | | 31.1 |', '| 2022 | 7.8 | | 35.8 |', ''].join('\n');

describe('context: table cells read their headers', () => {
  it.each([
    ['a cell under a place', TABLE, '2.6', 0, ['column-header: El Salvador', 'row-header: 2023', 'corner-header: Homicide rate (per 100,000)']],
    ['an empty cell keeps the columns aligned', TABLE, '31.1', 0, ['column-header: Honduras', 'row-header: 2023', 'corner-header: Homicide rate (per 100,000)']],
    ['a later row', TABLE, '35.8', 0, ['column-header: Honduras', 'row-header: 2022', 'corner-header: Homicide rate (per 100,000)']],
    ['a row header reads its column header only', TABLE, '2022', 0, ['column-header: Homicide rate (per 100,000)']],
    ['a header cell reads nothing', '| Year | 2023 |\n|---|---|\n| Inmates | 15,000 |\n', '2023', 0, []],
    ['a cell under a year', '| Year | 2023 |\n|---|---|\n| Inmates | 15,000 |\n', '15,000', 0, ['column-header: 2023', 'row-header: Inmates', 'corner-header: Year']],
    ['a table without a leading pipe', 'Year | Rate (per 100,000)\n--- | ---\n2023 | 2.4\n', '2.4', 0, ['column-header: Rate (per 100,000)', 'row-header: 2023', 'corner-header: Year']],
    ['a second table has its own headers', `${TABLE}\nText between.\n\n| Year | Arrests |\n|---|---|\n| 2023 | 2.6 |\n`, '2.6', 1, ['column-header: Arrests', 'row-header: 2023', 'corner-header: Year']],
  ] as const)('%s', (_name, text, figure, nth, expected) => {
    expect(contextOf(text, figure, nth)).toEqual(expected);
  });

  it.each([
    ['Homicide rate (per 100,000)', 'rate'],
    ['Tasa de homicidios (por cada 100.000 habitantes)', 'rate'],
    ['Occupancy (%)', 'percent'],
    ['Ocupación, porcentaje', 'percent'],
    ['Inmates', null],
    ['Year', null],
  ] as const)('header %j gives its bare numbers the unit %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });

  it('reads the holder from a header naming a place', () => {
    const a = analyze(TABLE, { format: 'markdown' });
    const frames = readFrames(TABLE, a);
    const k = a.figures.findIndex((f) => f.text === '31.1');
    expect(frames[k]!.holder).toMatchObject({ place: 'hn', where: 'column-header', text: 'Honduras' });
  });
});

describe('context: an answer reads its question', () => {
  it.each([
    ['a bold question paragraph', '**How many people does CECOT hold today?**\n\nAbout 15,000.\n', 'About 15,000', ['question: How many people does CECOT hold today?']],
    ['Q: and A: in one paragraph', 'Q: What is the capacity? A: 40,000.\n', '40,000', ['question: Q: What is the capacity?']],
    ['P: and R: in Spanish', '**P: ¿Cuántos reos alberga hoy el CECOT?**\n\nR: Unos 15.000.\n', 'Unos 15.000', ['question: P: ¿Cuántos reos alberga hoy el CECOT?']],
    ['a speaker’s name marks the answer', '**Q: How many does it hold?** **Bukele:** About 15,000.\n', 'About 15,000', ['question: Q: How many does it hold?']],
    ['Spanish dialogue dashes', '—¿Cuántos reos hay en el CECOT? —Unos 15.000.\n', 'Unos 15.000', ['question: —¿Cuántos reos hay en el CECOT?']],
    ['a question in the same paragraph without an answer mark is no interview', 'Why does it matter? About 15,000 people live there.\n', 'About 15,000', []],
    ['only the answer’s first sentences read it', 'How many?\n\nOne. Two. About 15,000 people live there.\n', 'About 15,000', []],
    ['a paragraph that asks nothing', 'The prison opened.\n\nAbout 15,000.\n', 'About 15,000', []],
  ] as const)('%s', (_name, text, figure, expected) => {
    expect(contextOf(text, figure)).toEqual(expected);
  });
});

describe('context: an anaphor reads the sentence before', () => {
  it.each([
    ['It fell to 2.4 the next year.', 'bare'],
    ['That number rose to 83,000.', 'named'],
    ['The figure was 2.6.', 'named'],
    ['La cifra bajó a 2,4 al año siguiente.', 'named'],
    ['Esa cifra subió a 80.000.', 'named'],
    ['Ello supuso 2,4 puntos menos.', 'bare'],
    ['Bajó a 2,4 al año siguiente.', 'bare'],
    ['Iterations reached 40.', null],
    ['Italy recorded 2.4.', null],
    ['The prison holds 15,000.', null],
    ['Esta semana hubo 40 detenciones.', null],
  ] as const)('%j opens with an anaphor: %s', (sentence, expected) => {
    expect(opensWithAnaphor(sentence)).toBe(expected);
  });

  it('reads the sentence before in the same paragraph or the one before, never a table cell', () => {
    expect(contextOf('The homicide rate was 7.8 in 2022. It fell to 2.4 in 2023.\n', '2.4')).toEqual(['previous-sentence: The homicide rate was 7.8 in 2022.']);
    expect(contextOf('The homicide rate was 7.8 in 2022.\n\nIt fell to 2.4 in 2023.\n', '2.4')).toEqual(['previous-sentence: The homicide rate was 7.8 in 2022.']);
    expect(contextOf('The homicide rate was 7.8 in 2022.\n\nA new paragraph.\n\nIt fell to 2.4 in 2023.\n', '2.4')).toEqual(['previous-sentence: A new paragraph.']);
    expect(contextOf('| Year | Rate |\n|---|---|\n| 2022 | 7.8 |\n\nIt fell to 2.4 in 2023.\n', '2.4')).toEqual([]);
  });
});

describe('context in matching: where each piece of evidence came from', () => {
  const check = (text: string) => checkText(text, { format: 'markdown', catalog, referenceDate: { date: '2024-07-01', source: 'option' } });
  const at = (r: ReturnType<typeof check>, figure: string, nth = 0): number => r.analysis.figures.flatMap((f, k) => (f.text === figure ? [k] : []))[nth]!;

  it('a cell takes its measure from the column header and its year from the row header', () => {
    const text = 'El Salvador, year by year:\n\n| Year | Homicide rate (per 100,000) |\n|---|---|\n| 2018 | 52 |\n';
    const r = check(text);
    const k = at(r, '52');
    expect(r.matches[k]?.quantity).toBe('sv.homicide_rate.2018');
    expect(r.matches[k]?.evidence.context).toEqual({ measure: 'column-header', time: 'row-header' });
    expect(explainFigures(text, r, catalog)[k]!.why).toMatch(/“homicide rate” \(from the column header\) names what is measured; .*“2018” \(from the row header\) gives the period 2018/);
    expect(evidenceWords(r.matches[k]!)).toMatch(/‘homicide rate’ from the column header, .*‘2018’ from the row header gives the year 2018/);
  });

  it('a column of another place does not take El Salvador’s quantity', () => {
    const r = check(TABLE);
    expect(r.matches[at(r, '2.6')]?.quantity).toBe('sv.homicide_rate.2023');
    expect(r.matches[at(r, '31.1')] ?? null).toBeNull();
    expect(r.tentative[at(r, '31.1')] ?? null).toBeNull();
  });

  it('a header naming a rate keeps its bare numbers from counts', () => {
    // Without the header's unit "52" could as well be a count of homicides.
    const r = check('About El Salvador:\n\n| Year | Homicide rate (per 100,000) |\n|---|---|\n| 2018 | 52 |\n');
    expect(r.matches[at(r, '52')]?.evidence.runnerUp ?? null).toBeNull();
  });

  it('an answer reads what the question measures, and says so', () => {
    const text = '**How many people does CECOT hold today?**\n\nAbout 15,000.\n';
    const r = check(text);
    const k = at(r, 'About 15,000');
    expect(r.matches[k]?.quantity).toBe('cecot.population');
    expect(r.matches[k]?.evidence.context?.measure).toBe('question');
    expect(evidenceWords(r.matches[k]!)).toMatch(/from the question/);
  });

  it('an answer whose own sentence names its measure keeps its own reading', () => {
    const r = check('**How many people does CECOT hold today?**\n\nIt has room for 40,000 inmates.\n');
    const k = at(r, '40,000');
    expect(r.matches[k]?.quantity).toBe('cecot.capacity');
    expect(r.matches[k]?.evidence.context).toBeUndefined();
  });

  it('a pronoun carry-over is tentative unless the sentence before matched strongly and the time is known', () => {
    const strong = check("In 2021, El Salvador's homicide rate was 17.6 per 100,000. It fell to 2.6 in 2023.\n");
    expect(strong.matches[at(strong, '2.6')]?.quantity).toBe('sv.homicide_rate.2023');
    const text = 'Officials say the homicide rate has kept falling since the crackdown in El Salvador. It fell to 2.6.\n';
    const weak = check(text);
    const k = at(weak, '2.6');
    expect(weak.matches[k] ?? null).toBeNull();
    expect(weak.tentative[k]?.match.quantity).toBe('sv.homicide_rate.2023');
    expect(weak.tentative[k]?.match.confidence.doubt).toMatch(/previous sentence/);
    expect(explainFigures(text, weak, catalog)[k]!.why).toMatch(/^may refer to sv\.homicide_rate\.2023 .*from the previous sentence/);
  });

  it('"the next year" after an anaphor is the year after the sentence before’s, not a forecast', () => {
    const r = check("In 2022, El Salvador's homicide rate was 7.8 per 100,000. It fell to 2.6 the next year.\n");
    const k = at(r, '2.6');
    expect(r.matches[k]?.quantity).toBe('sv.homicide_rate.2023');
    expect(r.matches[k]?.evidence.time).toMatchObject({ how: 'relative', period: '2023' });
    expect(r.verdicts[k]).toBe('agrees');
  });

  it('a pronoun whose antecedent is another measure takes nothing from it', () => {
    const r = check('CECOT holds about 15,000 inmates today. It fell to 2.4 the next year.\n');
    expect(r.matches[at(r, '2.4')] ?? null).toBeNull();
    expect(r.tentative[at(r, '2.4')] ?? null).toBeNull();
  });
});
