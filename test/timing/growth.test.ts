/**
 * Growth of checking time with input size, as ratios measured in one run (never absolute
 * times): twice the text must cost about twice the time on inputs built to provoke
 * backtracking, rescanning or pairwise work, and 10 MB about ten times 1 MB. What is timed is a
 * full check with the bundled dataset (`checkText`: analysis, matching, verdicts and every
 * check), the path the CLI and the editor run, with no budget, so nothing is cut short.
 *
 * `npm test` runs this file on its own, after the unit suite, so no other test file shares
 * the two cores while it times; and each timed run starts from a collected heap, so one
 * run's garbage is not charged to the next.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { checkText, type CheckOptions } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { ARTICLE, broken } from '../support/article';

setFlagsFromString('--expose-gc');
/** V8's collector, reachable once the flag is set (a fresh context picks it up). */
const gc = runInNewContext('gc') as () => void;
function collectGarbage(): void {
  gc();
}

const { catalog } = openDataset([]);
/** A full check with the bundled dataset and no budget (a budget would cut the work short and hide its growth). */
function fullCheck(text: string, format: CheckOptions['format'], maxLength = 1e8): ReturnType<typeof checkText> {
  return checkText(text, { format, catalog, maxLength, budget: { work: Infinity, ms: Infinity } });
}

// ---------------------------------------------------------------------------------------
// Doubling: analysis time at 2N over time at N.
// ---------------------------------------------------------------------------------------

const MAX_RATIO = 2.5;
/**
 * A first pair of runs whose larger run takes this long and BEYOND_NOISE times the smaller
 * one shows growth no busy machine explains (quadratic time doubles to 4x): the timing ends
 * there instead of waiting minutes on a slow engine.
 */
const SLOW_MS = 2000;
const BEYOND_NOISE = 4;
/**
 * Timed pairs (N then 2N, back to back) per case, each run timed in CPU time (`process.cpuUsage`:
 * the time this process ran, not the time it waited while other processes held the two shared
 * cores). The ratio is the median of the pairs' own ratios: a burst that lands in one run moves
 * one ratio of nine, not the median. One measurement, no retry.
 */
const PAIRS = 9;
/**
 * N doubles from its starting size until one check takes this long, so the timings stand
 * well above the noise whatever the engine's speed, while a super-linear engine is caught at a
 * size where 2N still finishes in seconds.
 */
const TARGET_MS = 150;

/** A fixed pseudo-random line of digits and separators. */
function digitLine(n: number): string {
  const alphabet = '1234567890,.\u00A0\u202F\u2009';
  let x = 12345;
  let s = '';
  while (s.length < n) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += alphabet[(x >>> 16) % alphabet.length];
  }
  return s;
}
function nestedLists(n: number): string {
  let s = '';
  for (let d = 0; s.length < n; d++) s += '  '.repeat(d % 40) + (d % 3 ? '- ' : '> ') + '40 items\n';
  return s;
}
/** Emphasis inside a link inside emphasis..., a figure at the bottom, then all the closers. */
function markdownNest(n: number): string {
  const depth = Math.ceil(n / 8);
  return '*[a '.repeat(depth) + '40 inmates' + ' b]*'.repeat(depth);
}
const repeatTo = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length));
/** One paragraph of years separated by spaces (a date's clause was computed against every other date: cubic). */
function years(n: number): string {
  let s = '';
  for (let y = 0; s.length < n; y++) s += `${1900 + (y % 200)} `;
  return s;
}
/** A table without its delimiter row: one paragraph of pipes, years, counts and percentages. */
function malformedTable(n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `| ${2000 + (i % 25)} | ${1000 + i} inmates | ${i % 100}% |\n`;
  return s;
}
/** A well-formed table: a header naming a rate and places, then a row per year (each cell reads its headers). */
function longTable(n: number): string {
  let s = '| Homicide rate (per 100,000) | El Salvador | Honduras |\n|---|---|---|\n';
  for (let i = 0; s.length < n; i++) s += `| ${2000 + (i % 25)} | ${(i % 90) / 10} | ${i % 50} |\n`;
  return s;
}
/** One table row as wide as the text, under a header as wide. */
function wideTable(n: number): string {
  const cells = Math.max(2, Math.floor(n / 16));
  return `| Year |${' Homicide rate |'.repeat(cells)}\n|---|${'---|'.repeat(cells)}\n| 2023 |${' 2.4 |'.repeat(cells)}\n`;
}
/** One paragraph of anaphors and questions: each sentence reads the one before. */
const CONTEXTUAL = 'The homicide rate was 7.8 in 2022. It fell to 2.4 the next year. That figure rose to 80,000. Q: How many people does CECOT hold today? A: About 15,000. ';
/** One plain-text line of counts, no punctuation. */
function countsLine(n: number): string {
  let s = '';
  for (let i = 0; s.length < n; i++) s += `${1000 + i} inmates ${50 + (i % 40)} prisons `;
  return s;
}
/** Years far apart in one long unpunctuated sentence. */
function sparseYears(n: number): string {
  let s = '';
  for (let y = 0; s.length < n; y++) s += `${1900 + (y % 200)} ${'word '.repeat(17)}`;
  return s;
}
/** A sentence the bundled dataset ties to the CECOT's capacity, repeated (each figure was compared with every earlier one). */
const CAPACITY = 'El Salvador opened the CECOT mega-prison, which can hold 40,000 inmates. ';

describe('a full check with the bundled dataset grows linearly', () => {
  const ratios: string[] = [];
  afterAll(() => console.info(`doubling ratios (2N/N), full check with the bundled dataset:\n${ratios.sort().reverse().join('\n')}`));

  // [what, format, starting N, largest N, build(size)]
  it.each<[string, CheckOptions['format'], number, number, (n: number) => string]>([
    ['a line of digits and separators (100,000 characters at 2N)', 'plaintext', 50_000, 50_000, digitLine],
    ['a line of digits and separators', 'markdown', 50_000, 1_600_000, digitLine],
    ['"nearly 40,000 and " (50,000 repetitions at 2N)', 'plaintext', 25_000, 25_000, (n) => 'nearly 40,000 and '.repeat(n)],
    ['"más de unos casi 5 ": hedges stacked on numbers', 'plaintext', 50_000, 3_200_000, repeatTo('más de unos casi 5 ')],
    ['a long line without spaces', 'plaintext', 50_000, 3_200_000, repeatTo('abc1,000def')],
    ['a long URL-like line', 'markdown', 50_000, 3_200_000, (n) => 'a.'.repeat(n / 2) + 'com/40'],
    ['number words', 'plaintext', 50_000, 3_200_000, repeatTo('forty-two thousand cuarenta y dos mil ')],
    ['nested Markdown lists and quotes', 'markdown', 50_000, 3_200_000, nestedLists],
    ['a pathological Markdown nest of emphasis and links', 'markdown', 2_000, 1_024_000, markdownNest],
    ['Spanish month names and numbers without punctuation', 'plaintext', 500, 4_096_000, repeatTo('junio 5 mayo 2020 marzo ')],
    ['English month names and numbers without punctuation', 'plaintext', 500, 4_096_000, repeatTo('in June in May 2020 in March 5 ')],
    ['a paragraph of years separated by spaces', 'markdown', 1_000, 4_096_000, years],
    ['years far apart in one unpunctuated sentence', 'markdown', 4_000, 4_096_000, sparseYears],
    ['a malformed table read as one paragraph', 'markdown', 4_000, 4_096_000, malformedTable],
    ['one unpunctuated line of counts', 'plaintext', 4_000, 4_096_000, countsLine],
    ['a table of many rows reading its headers', 'markdown', 4_000, 4_096_000, longTable],
    ['one table row of many cells reading its headers', 'markdown', 4_000, 4_096_000, wideTable],
    ['one paragraph of anaphors and interview answers', 'markdown', 4_000, 4_096_000, repeatTo(CONTEXTUAL)],
    ['one sentence the dataset matches, repeated', 'markdown', 50_000, 8_192_000, repeatTo(CAPACITY)],
    ['space-grouped digits "1 000 000"', 'markdown', 4_000, 4_096_000, repeatTo('1 000 000 ')],
    ['a run of "March 3, 2001,"', 'markdown', 4_000, 4_096_000, repeatTo('March 3, 2001, ')],
    ['a run of ranges "between 10,000 and 20,000 inmates,"', 'markdown', 4_000, 4_096_000, repeatTo('between 10,000 and 20,000 inmates, ')],
    ['a run of ranges "10-20,"', 'markdown', 4_000, 4_096_000, repeatTo('10-20, ')],
    ['Spanish dates and counts in one sentence', 'markdown', 4_000, 4_096_000, repeatTo('el 5 de junio de 2020 la cárcel tenía 40.000 presos y ')],
    ['a list nested on one line ("- - - … 40 inmates")', 'markdown', 4_000, 4_096_000, (n) => '- '.repeat(Math.floor(n / 2)) + '40 inmates\n'],
    ['an ordered list nested on one line ("1. 1. 1. … 40")', 'markdown', 4_000, 4_096_000, (n) => '1. '.repeat(Math.floor(n / 3)) + '40 inmates\n'],
  ])('%s (%s)', (what, format, n0, nMax, build) => {
    const cost = (text: string): number => time(() => fullCheck(text, format));
    fullCheck(build(n0), format); // warm-up
    let n = n0;
    while (n < nMax && Math.min(cost(build(n)), cost(build(n))) < TARGET_MS) n *= 2;
    const small = build(n);
    const large = build(2 * n);
    const ts: number[] = [];
    const tl: number[] = [];
    const pairs: number[] = [];
    let certain = false;
    do {
      // Back to back, so a burst of load on the machine touches both sizes of a pair.
      ts.push(cost(small));
      tl.push(cost(large));
      pairs.push(tl[tl.length - 1]! / ts[ts.length - 1]!);
      certain = tl[0]! > SLOW_MS && tl[0]! > BEYOND_NOISE * ts[0]!;
    } while (pairs.length < PAIRS && !certain);
    const ratio = median(pairs);
    const text = `N = ${small.length}: ${median(ts).toFixed(1)} ms; 2N = ${large.length}: ${median(tl).toFixed(1)} ms (CPU, median of ${pairs.length}); median of the pairs' ratios ${ratio.toFixed(2)} (pairs ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)})`;
    ratios.push(`${ratio.toFixed(2)}  ${what} (${format}; ${text})`);
    expect(ratio, text).toBeLessThanOrEqual(MAX_RATIO);
  });
});

/** CPU milliseconds `f` costs this process, from a collected heap. */
function time(f: () => void): number {
  collectGarbage();
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// ---------------------------------------------------------------------------------------
// Size: 10 MB against 1 MB.
// ---------------------------------------------------------------------------------------

const MB = 1024 * 1024;
/** The bilingual article with a paragraph the bundled dataset matches, so matching and the checks have work to do. */
const CHECKED = `${ARTICLE}El Salvador opened the CECOT mega-prison, which can hold 40,000 inmates. The homicide rate in El Salvador fell to 2.4 per 100,000 people in 2023, officials said.\n\n`;
const checkedOf = (n: number): string => CHECKED.repeat(Math.ceil(n / CHECKED.length)).slice(0, n);

describe('a full check of a 10 MB article', () => {
  it('checks 10 MB in about ten times the time of 1 MB', () => {
    const small = checkedOf(MB);
    const large = checkedOf(10 * MB);
    const check = (text: string): { r: ReturnType<typeof checkText>; ms: number } => {
      let r: ReturnType<typeof checkText> | undefined;
      const ms = time(() => (r = fullCheck(text, 'markdown', 16 * MB)));
      return { r: r!, ms };
    };
    check(small); // warm-up
    // CPU time, the median of several runs at each size.
    const t1 = median([check(small).ms, check(small).ms, check(small).ms, check(small).ms, check(small).ms]);
    const runs = [check(large), check(large), check(large)];
    const t10 = median(runs.map((x) => x.ms));
    const a = runs[0]!.r.analysis;
    console.info(`10 MB / 1 MB, full check with the bundled dataset (CPU time, medians): ${t10.toFixed(0)} ms / ${t1.toFixed(0)} ms = ${(t10 / t1).toFixed(2)}`);
    expect(a.skipped).toBeNull();
    expect(a.figures.length).toBeGreaterThan(100_000);
    expect(runs[0]!.r.quantities.filter(Boolean).length).toBeGreaterThan(50_000);
    expect(broken(large, a)).toEqual([]);
    // Linear growth is 10x; 15 leaves room for the garbage collector on a large heap and a busy
    // machine, and is far below the 100x of quadratic growth.
    expect(t10 / t1, `1 MB: ${t1.toFixed(0)} ms; 10 MB: ${t10.toFixed(0)} ms`).toBeLessThanOrEqual(15);
  }, 600_000);
});
