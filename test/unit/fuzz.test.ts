/**
 * Property-based tests of a full check with the bundled dataset (`checkText`: analysis,
 * matching, verdicts, every check) on random and adversarial text, in both formats and both
 * languages: it never throws, every figure it returns keeps the model's promises (offsets,
 * order, intervals, ISO dates, claims), and every finding and match points into the document.
 * The doubling test on inputs built to provoke backtracking, rescanning or pairwise work is in
 * `test/timing/growth.test.ts`, run on its own.
 *
 * The seed is fixed, so a failure replays; fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../src/engine/analyze';
import { checkText, type CheckResult } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import type { Analysis } from '../../src/engine/model';

const { catalog } = openDataset([]);
/** The full check the CLI and the editor run, with the bundled dataset. */
function check(text: string, opts: AnalyzeOptions): CheckResult {
  return checkText(text, { ...opts, catalog });
}

const SEED = 20240617;
const RUNS = 1000;

// ---------------------------------------------------------------------------------------
// The invariants, as a list of broken promises (empty when the analysis is sound).
// ---------------------------------------------------------------------------------------

const NUMERIC_KINDS = new Set(['number', 'count', 'percent', 'rate', 'money', 'duration', 'ordinal', 'year']);
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const YEARLESS = /^--(\d{2})(?:-(\d{2}))?$/;

type Concern = 'offsets' | 'order' | 'intervals' | 'dates' | 'claims' | 'findings';

/** What a check's result breaks of the model's promises about `text`, by concern. */
function violations(text: string, r: CheckResult): Record<Concern, string[]> {
  const a: Analysis = r.analysis;
  const v: Record<Concern, string[]> = { offsets: [], order: [], intervals: [], dates: [], claims: [], findings: [] };
  if (r.matches.length !== a.figures.length || r.judgements.length !== a.figures.length) v.findings.push(`${r.matches.length} matches and ${r.judgements.length} judgements for ${a.figures.length} figures`);
  r.matches.forEach((m, i) => {
    if (m && m.figure !== i) v.findings.push(`match ${i} names figure ${m.figure}`);
  });
  for (const d of r.diagnostics) {
    const at = `${d.code} [${d.start},${d.end})`;
    if (!(Number.isInteger(d.start) && Number.isInteger(d.end) && 0 <= d.start && d.start <= d.end && d.end <= text.length)) v.findings.push(`${at}: outside the text (length ${text.length})`);
    if (d.figure !== undefined && !a.figures[d.figure]) v.findings.push(`${at}: no figure ${d.figure}`);
    for (const rel of d.related) if (rel.start !== undefined && !(0 <= rel.start && (rel.end ?? rel.start) <= text.length)) v.findings.push(`${at}: related place [${rel.start},${rel.end}) outside the text`);
    for (const f of d.fixes) for (const e of f.edits) if (!(0 <= e.start && e.start <= e.end && e.end <= text.length)) v.findings.push(`${at}: fix edit [${e.start},${e.end}) outside the text`);
  }
  a.figures.forEach((f, i) => {
    const at = `figure ${i} ${JSON.stringify(f.text)} [${f.start},${f.end}) ${f.kind}`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start < f.end && f.end <= text.length)) {
      v.offsets.push(`${at}: offsets outside the text (length ${text.length}) or empty`);
    } else if (f.text !== text.slice(f.start, f.end)) {
      v.offsets.push(`${at}: text is not text.slice(start, end) = ${JSON.stringify(text.slice(f.start, f.end))}`);
    }
    if (!(Number.isInteger(f.sentence) && f.sentence >= 0 && f.sentence < a.sentences.length)) v.offsets.push(`${at}: sentence ${f.sentence} does not exist`);
    const prev = a.figures[i - 1];
    if (prev && prev.end > f.start) v.order.push(`${at}: starts before figure ${i - 1} [${prev.start},${prev.end}) ends`);
    if (NUMERIC_KINDS.has(f.kind)) {
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) v.intervals.push(`${at}: value ${f.value} is not a finite number`);
      else {
        if (f.min !== null && !(f.min <= f.value)) v.intervals.push(`${at}: min ${f.min} > value ${f.value}`);
        if (f.max !== null && !(f.value <= f.max)) v.intervals.push(`${at}: value ${f.value} > max ${f.max}`);
      }
    } else if (f.kind === 'range') {
      if (f.value !== null) v.intervals.push(`${at}: a range has value ${f.value}, expected null`);
      if (f.min !== null && f.max !== null && !(f.min <= f.max)) v.intervals.push(`${at}: min ${f.min} > max ${f.max}`);
    } else if (f.kind === 'date') {
      const value = String(f.value);
      const iso = ISO.exec(value);
      const yearless = a.referenceDate === null ? YEARLESS.exec(value) : null;
      const [month, day] = iso ? [iso[2], iso[3]] : yearless ? [yearless[1], yearless[2]] : [undefined, undefined];
      const fits = (part: string | undefined, max: number): boolean => part === undefined || (Number(part) >= 1 && Number(part) <= max);
      if (typeof f.value !== 'string' || !(iso || yearless) || !fits(month, 12) || !fits(day, 31)) {
        v.dates.push(`${at}: date value ${JSON.stringify(f.value)} is not an ISO date (reference ${JSON.stringify(a.referenceDate?.date)})`);
      }
    }
  });
  a.claims.forEach((c, k) => {
    for (const i of c.figures) {
      const f = a.figures[i];
      if (!Number.isInteger(i) || !f) v.claims.push(`claim ${k}: figure index ${i} does not exist (${a.figures.length} figures)`);
      else if (f.start < c.start || f.end > c.end) v.claims.push(`claim ${k} [${c.start},${c.end}): figure ${i} [${f.start},${f.end}) lies outside it`);
    }
  });
  return v;
}

// ---------------------------------------------------------------------------------------
// Generators: fragments of number-heavy news prose, Unicode oddities and Markdown, glued
// with every kind of white space.
// ---------------------------------------------------------------------------------------

const pick = <T,>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: pick('0123456789'.split('')), minLength: min, maxLength: max });

/** Separators of digit groups, including the no-break and thin spaces. */
const SEPARATORS = ['.', ',', '\u00A0', '\u202F', '\u2009', ' ', '-', '–', '/', ':', "'"];
/** Digit groups and separators in any order: "1,234.5", ",5", "40\u202F000,", "1..2". */
const numeral = fc
  .array(fc.oneof({ weight: 3, arbitrary: digits(1, 4) }, { weight: 2, arbitrary: pick(SEPARATORS) }), { minLength: 1, maxLength: 8 })
  .map((xs) => xs.join(''));
/** Very small and very large numbers: "0.0000001", "123456789012345678901234". */
const extremeNumber = fc.oneof(
  fc.tuple(fc.nat({ max: 16 }), fc.integer({ min: 1, max: 9 }), pick(['.', ','])).map(([z, d, sep]) => `0${sep}${'0'.repeat(z)}${d}`),
  digits(12, 40),
  fc.tuple(digits(1, 15), pick([' trillion', ' billion', ' millones', ' mil millones', ' billones', 'k', 'bn', ' million million'])).map(([a, b]) => a + b),
);
const HEDGES = [
  'nearly', 'almost', 'about', 'around', 'some', 'roughly', 'at least', 'at most', 'up to', 'more than', 'fewer than',
  'less than', 'just under', 'just over', 'over', 'under', 'as many as', 'an estimated', 'close to', 'or more', 'or so',
  'casi', 'unos', 'unas', 'alrededor de', 'cerca de', 'más de', 'menos de', 'al menos', 'hasta', 'poco más de', 'apenas',
  'o más', 'o menos', 'between', 'entre', 'and', 'y', 'to', 'a', 'from', 'de', 'desde',
];
const UNITS = [
  'inmates', 'people', 'reos', 'personas', 'homicides', 'homicidios', 'percent', 'per cent', 'por ciento', '%', 'percentage points',
  'per 100,000', 'por cada 100.000 habitantes', 'per capita', 'dollars', 'dólares', 'pesos', 'years', 'años', 'days', 'días',
  'hours', 'decades', 'hectares', 'km', 'times', 'veces', '-bed', '-year', '-plus', 's', 'th', 'º', 'million', 'thousand',
  'mil', 'millones', 'billion', 'k', 'bn', 'm', '$', 'US$', '€', 'USD', 'Street', 'p.m.', 'am',
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Sept.', 'Dec.', 'Dec', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene.', 'dic.', 'Enero', 'mid', 'mid-', 'end of',
  'the end of', 'early', 'late', 'a finales de', 'a mediados de', 'principios de', 'in', 'since', 'en', 'de', 'del', 'el',
];
const WORDS = [
  'one', 'two', 'sixty-two', 'forty thousand', 'a hundred', 'a dozen', 'two hundred and fifty', 'un', 'una', 'uno', 'dos',
  'treinta y dos', 'cuarenta mil', 'doscientos cincuenta', 'veintiún', 'un millón', 'mil millones', 'half', 'two-thirds of',
  'one in five', 'uno de cada cinco', 'la mitad de', 'tens of thousands of', 'decenas de miles de', 'a decade', 'a few days',
  'un par de años', 'second term', 'third-largest', 'segundo mandato', '1990s', 'MS-13', 'COVID-19', 'Law 27.742', 'No.',
  'the', 'los', 'said', 'dijo', 'según', 'according to', 'officials said', '“', '”', '"', '«', '»', '(', ')', '.', ',', ';',
  ':', '?', '¿', '!', '…', 'U.S.', 'Dr.', 'EE.UU.', 'https://example.com/2024/07/3', 'news2024@example.com', '©', 'Photo',
];
/** Words the bundled dataset ties figures with, so matching and the checks have work to do. */
const SUBJECTS = [
  'CECOT', 'El Salvador', 'mega-prison', 'megacárcel', 'can hold', 'capacity', 'capacidad', 'homicide rate', 'tasa de homicidios',
  'per 100,000 people', 'por cada 100.000 habitantes', 'Bukele', 'Argentina', 'Bullrich', 'arrested', 'detenidos', 'opened', 'inauguró',
];
/** Year-, month- and day-like digit strings, with the edges of each. */
const yearish = fc.oneof(digits(1, 5), pick(['0000', '0001', '0099', '0999', '1799', '1800', '2024', '2200', '2201', '9999', '10000']));
const partish = fc.oneof(digits(1, 2), pick(['0', '00', '01', '1', '9', '12', '13', '29', '30', '31', '32', '99']));
/** ISO-shaped dates, valid or not: "2024-13-45", "0099-01-01", "2024-00-00". */
const isoish = fc
  .tuple(
    fc.oneof(digits(4, 4), pick(['0000', '0099', '0999', '1799', '1800', '2024', '2200', '2201', '9999'])),
    fc.oneof(digits(2, 2), pick(['00', '01', '02', '12', '13', '29', '30', '31', '32', '99'])),
    fc.oneof(digits(2, 2), pick(['00', '01', '28', '29', '30', '31', '32', '99'])),
  )
  .map(([y, m, d]) => `${y}-${m}-${d}`);
/** Dates with any digits, valid or not: "2024-03-12", "0001-01-01", "31/12/99", "9999-99-99". */
const numericDate = fc
  .tuple(pick(['-', '/', '.']), fc.boolean(), yearish, partish, partish)
  .map(([s, yearFirst, y, a, b]) => (yearFirst ? `${y}${s}${a}${s}${b}` : `${a}${s}${b}${s}${y}`));
const dayMonthYear = fc
  .tuple(partish, pick(MONTHS.slice(0, 24)), yearish, pick([' ', ', ', ' de ', ' del ']), fc.boolean())
  .map(([d, m, y, j, english]) => (english ? `${m} ${d}${j}${y}` : `${d} de ${m}${j}${y}`));
const UNICODE = [
  '\u0301', '\u0308', 'e\u0301', 'n\u0303', '5\u0301', '😀', '👨‍👩‍👧', '1️⃣', '🇦🇷', 'مرحبا', 'שלום', '\u200F', '\u200E',
  '\u202E', '\u202C', '٣٤٥', '۱۲۳', '٫', '٬', '٪', '４０，０００', '四万', '\uD800', '\uDC00', '\uDBFF', '\u200B', '\uFEFF',
  '\u2028', '\u2029', '\u0007', '\uFFFD', '\u00AD', 'ǅ', 'İ', 'ß', 'ﬁ', 'Ⅻ', '²', '½', '𝟜𝟘', '\u0660',
];
const WHITESPACE = [' ', ' ', ' ', '', '\n', '\r\n', '\n\n', '\r\n\r\n', '\t', '\r', '\u00A0', '\u202F', '\u2009', '\u3000'];
const MARKDOWN = [
  '#', '## ', '> ', '>> ', '- ', '* ', '+ ', '1. ', '2) ', '`', '```\n', '~~~\n', '**', '*', '_', '__', '~~', '[', ']', '](',
  ')', '![', '<', '>', '<!--', '-->', '<!-- crosscheck-disable -->', '<!-- crosscheck-disable-next-line -->', '|', '|---|---|\n',
  '---\n', '***\n', '===\n', '\\', '&amp;', '&#49;', '[^1]', '[1]', '^2', '<div>', '</div>', '    ', '<https://a.b/1>',
  '- [ ] ', '[x]: https://x.org/40 "40"', '$', '{', '}',
];
/** A lone UTF-16 code unit: surrogate halves and controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A hedged quantity: "nearly 0.0000001 inmates", "más de 999 billones de pesos". */
const hedged = fc
  .tuple(pick(HEDGES), fc.oneof(numeral, extremeNumber, pick(WORDS)), pick(UNITS))
  .map((parts) => parts.join(' '));

const fragment = fc.oneof(
  { weight: 3, arbitrary: hedged },
  { weight: 6, arbitrary: numeral },
  { weight: 2, arbitrary: extremeNumber },
  { weight: 4, arbitrary: pick(HEDGES) },
  { weight: 4, arbitrary: pick(UNITS) },
  { weight: 4, arbitrary: pick(MONTHS) },
  { weight: 2, arbitrary: numericDate },
  { weight: 1, arbitrary: isoish },
  { weight: 2, arbitrary: dayMonthYear },
  { weight: 4, arbitrary: pick(WORDS) },
  { weight: 3, arbitrary: pick(SUBJECTS) },
  { weight: 2, arbitrary: pick(UNICODE) },
  { weight: 3, arbitrary: pick(MARKDOWN) },
  { weight: 1, arbitrary: codeUnit },
);
/** Front matter and datelines whose dates may be nonsense. */
const header = fc.oneof(
  fc.constant(''),
  fc.tuple(pick(['date', 'published', 'fecha']), fc.oneof(isoish, numericDate, dayMonthYear, digits(1, 10))).map(([k, d]) => `---\n${k}: ${d}\ntitle: x\n---\n`),
  dayMonthYear.map((d) => `By Ana Pérez | ${d}\n\n`),
  isoish.map((d) => `${d}\n\n`),
  numericDate.map((d) => `Published: ${d}\n\n`),
  dayMonthYear.map((d) => `${d}\n\n`),
);
/** A document of fragments glued with white space, after an optional header. */
const soup = fc
  .tuple(header, fc.array(fc.tuple(fragment, pick(WHITESPACE)), { maxLength: 40 }))
  .map(([h, parts]) => h + parts.map(([f, w]) => f + w).join(''));
/** Random text: any code points, any code units (lone surrogates), or printable graphemes. */
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);
const input = fc.oneof({ weight: 3, arbitrary: soup }, { weight: 1, arbitrary: noise });
const options: fc.Arbitrary<AnalyzeOptions> = fc.record({
  format: pick(['markdown', 'plaintext'] as const),
  language: pick(['auto', 'en', 'es'] as const),
});

// ---------------------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------------------

const stats = { tried: 0, throws: 0, figures: 0, matched: 0, findings: 0 };

/** Checks, remembering throws; returns null when the check threw. */
function tryCheck(text: string, opts: AnalyzeOptions): CheckResult | null {
  stats.tried++;
  try {
    const r = check(text, { ...opts, today: new Date('2024-06-17T12:00:00Z') });
    stats.figures += r.analysis.figures.length;
    stats.matched += r.matches.filter(Boolean).length;
    stats.findings += r.diagnostics.length;
    return r;
  } catch {
    stats.throws++;
    return null;
  }
}

const params = { seed: SEED, numRuns: RUNS };

describe('a full check with the bundled dataset on random and adversarial text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(input, options, (text, opts) => {
        stats.tried++;
        expect(() => check(text, opts)).not.toThrow();
      }),
      params,
    );
  });

  // One test per promise, so a broken one does not hide the others.
  it.each<[Concern, string]>([
    ['offsets', 'offsets lie inside the text, start < end, and text === input.slice(start, end)'],
    ['order', 'figures are sorted by start and do not overlap'],
    ['intervals', 'numeric values are finite and min ≤ value ≤ max'],
    ['dates', 'dates are ISO strings (yyyy, yyyy-mm, yyyy-mm-dd)'],
    ['claims', 'claims reference existing figures inside their span'],
    ['findings', 'one match and judgement per figure; findings, related places and fixes inside the text'],
  ])('%s: %s', (concern) => {
    fc.assert(
      fc.property(input, options, (text, opts) => {
        const r = tryCheck(text, opts);
        if (r === null) return; // reported by "never throws"
        expect(violations(text, r)[concern]).toEqual([]);
      }),
      params,
    );
  });

  it.each([
    ['digits and every separator', fc.array(fc.tuple(digits(1, 6), pick(SEPARATORS)), { maxLength: 30 }).map((xs) => xs.flat().join(''))],
    ['hedge words next to numbers', fc.array(fc.tuple(pick(HEDGES), numeral, pick(UNITS)), { maxLength: 12 }).map((xs) => xs.map((x) => x.join(' ')).join(' '))],
    ['month names and days', fc.array(fc.oneof(pick(MONTHS), digits(1, 4), pick([',', ' de ', '.'])), { maxLength: 30 }).map((xs) => xs.join(' '))],
    ['Markdown syntax soup', fc.array(fc.oneof(pick(MARKDOWN), numeral, pick(WHITESPACE)), { maxLength: 60 }).map((xs) => xs.join(''))],
    ['right-to-left and mixed scripts', fc.array(fc.oneof(pick(UNICODE), numeral, pick(WORDS)), { maxLength: 30 }).map((xs) => xs.join(' '))],
    ['CRLF paragraphs', fc.array(fc.oneof(numeral, pick(WORDS), pick(['\r\n', '\r\n\r\n', '\r'])), { maxLength: 40 }).map((xs) => xs.join(' '))],
  ] as const)('keeps every promise on %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, options, (text, opts) => {
        const r = tryCheck(text, opts);
        expect(r, 'the check threw').not.toBeNull();
        const v = violations(text, r!);
        expect([...v.offsets, ...v.order, ...v.intervals, ...v.dates, ...v.claims, ...v.findings]).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  // Inputs the generators found or were built to reach, kept as a table so each stays checked.
  it.each<[string, AnalyzeOptions['format']]>([
    ['nearly 0.0000006 inmates', 'plaintext'],
    ['about 0.0000001 inmates', 'plaintext'],
    ['just over 0.0000001 inmates', 'plaintext'],
    ['casi 0,0000006 reos', 'plaintext'],
    ['It opened on 0001-01-01.', 'plaintext'],
    ['It opened on 0999-12-31 and in June.', 'plaintext'],
    ['It was 2201-01-01 in June.', 'plaintext'],
    ['---\ndate: 0099-01-01\n---\n\nHe came in June.\n', 'markdown'],
    ['---\ndate: 9999-99-99\n---\n\nHe came in June.\n', 'markdown'],
    ['---\ndate: 2024-13-45\n---\n\nHe came in June.\n', 'markdown'],
    ['---\ndate: 2024-00-00\n---\n\nHe came in June.\n', 'markdown'],
    ['Published: 7-4-0999\n\nabril', 'markdown'],
    ['Published: 2024-13-45\n\nen abril', 'plaintext'],
    ['The 40\u00A0000 inmates 😀 and ١٢٣ people\r\nin June.', 'plaintext'],
    ['\uD80040,000 inmates\uDC00', 'plaintext'],
    ['5\u0301 inmates and 40\u0308,000 people', 'plaintext'],
    ['\u202EThe prison holds 40,000 inmates.\u202C مرحبا 2,5 %', 'markdown'],
    ['between 5 and', 'plaintext'],
    ['It cost $', 'markdown'],
    ['one in', 'plaintext'],
    ['*[**[40](](_', 'markdown'],
    // Past the limits that keep a check linear: a sentence cut into pieces, a line nested too deep.
    [Array.from({ length: 300 }, (_, i) => 1900 + (i % 150)).join(' '), 'markdown'],
    ['| 2001 | 40,000 inmates | 12% |\n'.repeat(60), 'markdown'],
    ['- '.repeat(500) + 'CECOT can hold 40,000 inmates.', 'markdown'],
    ['1. > '.repeat(300) + 'El Salvador 40,000', 'markdown'],
  ])('keeps every promise on %j (%s)', (text, format) => {
    for (const language of ['auto', 'en', 'es'] as const) {
      const r = tryCheck(text, { format, language });
      expect(r, `the check threw (${language})`).not.toBeNull();
      const v = violations(text, r!);
      expect([...v.offsets, ...v.order, ...v.intervals, ...v.dates, ...v.claims, ...v.findings], language).toEqual([]);
    }
  });

  afterAll(() => {
    console.info(`fuzz: ${stats.tried} full checks with the bundled dataset, ${stats.throws} throws, ${stats.figures} figures checked, ${stats.matched} matched, ${stats.findings} findings`);
  });
});
