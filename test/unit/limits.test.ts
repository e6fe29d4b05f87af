/**
 * The limits that keep a full check linear, and the `partly-checked` finding that says where
 * each one cut in: sentences too long to check whole, lists nested too deep to parse, and the
 * checking budget. Timing itself is measured in `test/timing/growth.test.ts`; here, what each
 * limit does to the result.
 */
import { describe, expect, it } from 'vitest';
import { MAX_EXTRACT_CHARS, MAX_SENTENCE_CHARS, MAX_SENTENCE_FIGURES, analyze } from '../../src/engine/analyze';
import { checkText, type CheckOptions } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { DocumentSession } from '../../src/engine/session';
import { MAX_NESTING } from '../../src/engine/prose/markdown';
import { ARTICLE } from '../support/article';

const { catalog } = openDataset([]);
const options: CheckOptions = { format: 'markdown', catalog, maxLength: 1e8 };
const partly = (text: string, extra: Partial<CheckOptions> = {}) => checkText(text, { ...options, ...extra }).diagnostics.filter((d) => d.code === 'partly-checked');

/** A sentence the bundled dataset ties to the CECOT's capacity. */
const CAPACITY = 'El Salvador opened the CECOT mega-prison, which can hold 40,000 inmates. ';
const years = (n: number): string => Array.from({ length: n }, (_, i) => String(1900 + (i % 200))).join(' ');

describe('sentences too long to check whole', () => {
  it('cuts a paragraph of years into pieces of at most MAX_SENTENCE_FIGURES figures, keeping every figure', () => {
    const text = years(200) + '\n';
    const a = analyze(text, options);
    expect(a.figures).toHaveLength(200);
    expect(a.sentences.length).toBe(Math.ceil(200 / MAX_SENTENCE_FIGURES));
    for (const s of a.sentences) {
      expect(s.cut).toEqual({ start: 0, end: text.length - 1 });
      expect(a.figures.filter((f) => a.sentences[f.sentence] === s).length).toBeLessThanOrEqual(MAX_SENTENCE_FIGURES);
    }
    // Every figure lies in its piece.
    for (const f of a.figures) expect(f.start >= a.sentences[f.sentence]!.start && f.end <= a.sentences[f.sentence]!.end).toBe(true);
  });

  it('says so once per sentence, at the first figure after the first cut', () => {
    const text = years(200) + '\n\nShort paragraph.\n\n' + years(100) + '\n';
    const found = partly(text);
    const a = analyze(text, options);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ severity: 'information', figure: MAX_SENTENCE_FIGURES, start: a.figures[MAX_SENTENCE_FIGURES]!.start });
    expect(found[0]!.message).toMatch(/^Sentence too long to check whole \(\d+ characters\): it was checked in 7 pieces, cut between figures every 32 figures or 3,000 characters/);
    expect(found[1]!.figure).toBe(200 + MAX_SENTENCE_FIGURES);
  });

  it('cuts a sentence longer than MAX_SENTENCE_CHARS between its figures', () => {
    const filler = 'word '.repeat(MAX_SENTENCE_CHARS / 5);
    const text = `In 2019 ${filler} and in 2020 ${filler} and in 2021 the end.\n`;
    const a = analyze(text, options);
    expect(a.figures.map((f) => f.text)).toEqual(['2019', '2020', '2021']);
    expect(a.sentences).toHaveLength(3);
    expect(new Set(a.figures.map((f) => f.sentence)).size).toBe(3);
    expect(partly(text)).toHaveLength(1);
  });

  it(`reads a sentence longer than MAX_EXTRACT_CHARS in chunks cut between words, keeping its figures`, () => {
    const unit = 'the prison held 40,000 inmates and ';
    const text = unit.repeat(Math.ceil((3 * MAX_EXTRACT_CHARS) / unit.length)) + 'more.\n';
    const a = analyze(text, options);
    expect(a.figures).toHaveLength(Math.ceil((3 * MAX_EXTRACT_CHARS) / unit.length));
    expect(a.figures.every((f) => f.text === '40,000')).toBe(true);
    expect(a.sentences.every((s) => s.cut && s.end - s.start <= MAX_EXTRACT_CHARS)).toBe(true);
    expect(partly(text)).toHaveLength(1);
  });

  it('leaves ordinary articles whole', () => {
    const a = analyze(ARTICLE + CAPACITY.repeat(3), options);
    expect(a.sentences.some((s) => s.cut)).toBe(false);
    expect(partly(ARTICLE + CAPACITY.repeat(3))).toEqual([]);
  });
});

describe('lists nested too deep to parse', () => {
  it(`reads markers past ${MAX_NESTING} levels as text, keeps the figure after them, and says so`, () => {
    const text = '- '.repeat(5000) + 'CECOT can hold 40,000 inmates.\n';
    const a = analyze(text, options);
    expect(a.figures.map((f) => f.text)).toEqual(['40,000']);
    expect(a.blocks.filter((b) => b.flattened)).toHaveLength(1);
    const found = partly(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/nested more than 64 levels deep/);
  });

  it(`parses ${MAX_NESTING} levels as Markdown, without a finding`, () => {
    const text = '- '.repeat(MAX_NESTING) + 'CECOT can hold 40,000 inmates.\n';
    expect(analyze(text, options).blocks.some((b) => b.flattened)).toBe(false);
    expect(partly(text)).toEqual([]);
  });

  it('an edit that nests a line too deep gives what a fresh check gives', () => {
    const head = 'Context paragraph without figures, about prisons and policy.\n\n'.repeat(40);
    const before = `${head}CECOT can hold 40,000 inmates.\n`;
    const session = new DocumentSession(options);
    session.update(before);
    const insert = '- '.repeat(3000);
    const after = before.slice(0, head.length) + insert + before.slice(head.length);
    const r = session.update(after, [{ start: head.length, end: head.length, text: insert }]);
    const fresh = checkText(after, options);
    expect(r.analysis.blocks).toEqual(fresh.analysis.blocks);
    expect(r.diagnostics).toEqual(fresh.diagnostics);
    expect(r.diagnostics.filter((d) => d.code === 'partly-checked')).toHaveLength(1);
  });
});

describe('the checking budget', () => {
  const text = `# CECOT\n\n${CAPACITY.repeat(40)}\n`;

  it('stops comparing figures past the work budget, and says where', () => {
    const full = checkText(text, options);
    expect(full.quantities.filter(Boolean)).toHaveLength(40);
    const work = 10 * (CAPACITY.trim().length + 100) - 1;
    const r = checkText(text, { ...options, budget: { work } });
    // Each figure costs its sentence's length and 100: the tenth passes the budget by one unit.
    expect(r.quantities.filter(Boolean)).toHaveLength(9);
    expect(r.quantities.slice(0, 9)).toEqual(full.quantities.slice(0, 9));
    const found = r.diagnostics.filter((d) => d.code === 'partly-checked');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'information', figure: 9, start: r.analysis.figures[9]!.start });
    expect(found[0]!.message).toContain(`work budget of ${work.toLocaleString('en-US')} units`);
    expect(found[0]!.message).toContain('31 of its 40 figures');
  });

  it('is deterministic: the same text stops at the same figure whatever the load', () => {
    const a = checkText(text, { ...options, budget: { work: 5000 } });
    const b = checkText(text, { ...options, budget: { work: 5000 } });
    expect(a.diagnostics).toEqual(b.diagnostics);
  });

  it('has a wall-clock guard', () => {
    const r = checkText(text, { ...options, budget: { ms: -1 } });
    expect(r.quantities.filter(Boolean)).toHaveLength(0);
    expect(r.diagnostics.find((d) => d.code === 'partly-checked')!.message).toMatch(/time budget of -1 ms/);
  });

  it('leaves an ordinary article untouched by default', () => {
    expect(partly(text)).toEqual([]);
  });
});

describe('the checking budget in an editing session', () => {
  it('stops at the same figure as a fresh check after an edit', () => {
    const head = 'Context paragraph without figures, about prisons and policy.\n\n'.repeat(40);
    const paragraphs = Array.from({ length: 12 }, () => CAPACITY.repeat(3)).join('\n\n');
    const before = `# CECOT\n\n${head}${paragraphs}\n`;
    const budget = { work: 20 * (CAPACITY.trim().length + 100) };
    const session = new DocumentSession({ ...options, budget });
    session.update(before);
    const at = before.lastIndexOf('40,000');
    const after = before.slice(0, at) + '20,000' + before.slice(at + 6);
    const r = session.update(after, [{ start: at, end: at + 6, text: '20,000' }]);
    expect(session.lastUpdate).toBe('incremental');
    const fresh = checkText(after, { ...options, budget });
    expect(r.quantities).toEqual(fresh.quantities);
    expect(r.diagnostics).toEqual(fresh.diagnostics);
  });
});
