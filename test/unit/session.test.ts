/**
 * Incremental analysis: after any sequence of edits, a session's result equals a fresh
 * analysis of the final text (property test), and small edits take the incremental path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, type CheckResult } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { DocumentSession, type TextChange } from '../../src/engine/session';

const { catalog } = openDataset([]);
const FIX = join(__dirname, '../fixtures');
const base = ['matching/en-paraphrase-rates.md', 'matching/es-parafrasis.md', 'figures/en-news.md']
  .map((f) => readFileSync(join(FIX, f), 'utf8').replace(/^---[\s\S]*?---\n/, ''))
  .join('\n\n');
// Padding puts the edits past the head of the document, where the incremental path runs.
const article = `---\ndate: 2024-06-20\n---\n\n# Prisons\n\n${'Context paragraph without figures, about prisons and policy.\n\n'.repeat(40)}${base}`;

function summary(r: CheckResult): unknown {
  const a = r.analysis;
  return {
    figures: a.figures,
    sentences: a.sentences,
    claims: a.claims,
    directives: a.directives,
    quantities: r.quantities,
    verdicts: r.verdicts,
    diagnostics: r.diagnostics.map((d) => ({ ...d, fixes: d.fixes.map((f) => f.edits) })),
  };
}

const SNIPPETS = ['4', '0', ',', '.', ' ', '\n', '\n\n', 'nearly ', ' 40,000 inmates', 'CECOT', '# ', '- ', '`', '**', 'in 2019', 'más de 6.000', 'June 1', '*'];

const edit = fc.record({
  at: fc.integer({ min: 0, max: 9999 }),
  len: fc.integer({ min: 0, max: 12 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

describe('DocumentSession', () => {
  it('equals a fresh analysis after any sequence of edits', () => {
    let incremental = 0;
    let updates = 0;
    const reasons = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom<'markdown' | 'plaintext'>('markdown', 'plaintext'), (edits, format) => {
        const options = { format, catalog, today: new Date('2026-01-01') };
        const session = new DocumentSession(options);
        let text = article;
        session.update(text);
        for (const e of edits) {
          const start = Math.floor((e.at / 10000) * text.length);
          const end = Math.min(text.length, start + e.len);
          const change: TextChange = { start, end, text: e.insert };
          text = text.slice(0, start) + e.insert + text.slice(end);
          const got = session.update(text, [change]);
          updates++;
          if (session.lastUpdate === 'incremental') incremental++;
          else reasons.set(session.fallback, (reasons.get(session.fallback) ?? 0) + 1);
          expect(summary(got)).toEqual(summary(checkText(text, options)));
        }
      }),
      { numRuns: 60, seed: 20261121 },
    );
    // The property is only worth something if most edits went the incremental way.
    expect(incremental / updates, JSON.stringify([...reasons])).toBeGreaterThan(0.5);
  });

  it('takes the incremental path for a small edit far from the head', () => {
    const session = new DocumentSession({ format: 'markdown', catalog });
    session.update(article);
    const at = article.indexOf('19.7');
    const text = article.slice(0, at) + '21.7' + article.slice(at + 4);
    const r = session.update(text, [{ start: at, end: at + 4, text: '21.7' }]);
    expect(session.lastUpdate).toBe('incremental');
    expect(r.diagnostics.some((d) => d.code === 'figure-conflict' && text.slice(d.start, d.end) === '21.7')).toBe(true);
  });

  // Figures whose clause and sentence name no place belong to the place the article is about
  // (the one named most); an edit anywhere can change that place, so blocks far from the edit
  // must not keep matches made for the old one.
  const aboutElSalvador = [
    '# Crackdown',
    'Context paragraph without figures, about prisons and policy.\n\n'.repeat(30).trim(),
    'El Salvador declared a state of exception. El Salvador suspended rights. El Salvador built prisons.',
    "Bukele's offensive started in 2022, after gangs killed 87 people over three days. Under the emergency measures, police detained close to 75,000 people, about 7,000 of whom were freed later.",
    'Another paragraph without figures.',
    'A closing paragraph without figures.',
  ].join('\n\n');
  it.each([
    // Then "close to 75,000" and "about 7,000" are no longer read as El Salvador's.
    ['another country becomes the one most named', ' México y México. México y México. México y México. México y México. México y México.', true],
    ['one more mention of the leading place', ' El Salvador.', false],
  ])('re-matches far blocks when the article place may change: %s', (_, insert, changes) => {
    const options = { format: 'markdown' as const, catalog, today: new Date('2026-01-01') };
    const session = new DocumentSession(options);
    const before = session.update(aboutElSalvador);
    expect(before.quantities.filter(Boolean).length).toBeGreaterThan(0);
    const at = aboutElSalvador.indexOf('A closing paragraph') + 'A closing paragraph'.length;
    const text = aboutElSalvador.slice(0, at) + insert + aboutElSalvador.slice(at);
    const got = session.update(text, [{ start: at, end: at, text: insert }]);
    expect(session.lastUpdate).toBe('incremental');
    const fresh = checkText(text, options);
    expect(summary(got)).toEqual(summary(fresh));
    expect(fresh.quantities.join() !== before.quantities.join()).toBe(changes);
  });

  // The other readings of the whole article: the one country it names (an article on Peru), the
  // names of a quantity's own bodies it uses ("CECOT"), and its dateline. An edit to any of them,
  // far from a figure, changes how that figure is read.
  const aboutPeru = [
    '# Prisons under strain',
    'Peru declared a state of emergency in its prisons.',
    'Context paragraph without figures, about prisons and policy.\n\n'.repeat(30).trim(),
    'Under the emergency measures, police detained close to 75,000 people, about 7,000 of whom were freed later.',
    'Another paragraph without figures.',
    'A closing paragraph without figures.',
  ].join('\n\n');
  it.each([
    ['a second country named far away', 'A closing paragraph', ' Chile and Peru compared notes.', 'incremental'],
    ['a name of another country\'s own body (CECOT) far away', 'A closing paragraph', ' Officials toured CECOT.', 'incremental'],
    // An edit to the article's head is always read in full (its date and language may change).
    ['a dateline written at the top', '# Prisons under strain\n\n', 'SAN SALVADOR, El Salvador — ', 'full'],
  ])('matches as a fresh check does when a reading of the whole article may change: %s', (_, after, insert, path) => {
    const options = { format: 'markdown' as const, catalog, today: new Date('2026-01-01') };
    const session = new DocumentSession(options);
    session.update(aboutPeru);
    const at = aboutPeru.indexOf(after) + after.length;
    const text = aboutPeru.slice(0, at) + insert + aboutPeru.slice(at);
    const got = session.update(text, [{ start: at, end: at, text: insert }]);
    expect(session.lastUpdate).toBe(path);
    expect(summary(got)).toEqual(summary(checkText(text, options)));
  });

  it('falls back to a full analysis when an edit opens a code fence', () => {
    const session = new DocumentSession({ format: 'markdown', catalog });
    session.update(article);
    const at = article.indexOf('In 2023 El Salvador');
    const text = article.slice(0, at) + '```\n' + article.slice(at);
    const r = session.update(text, [{ start: at, end: at, text: '```\n' }]);
    expect(session.lastUpdate).toBe('full');
    expect(summary(r)).toEqual(summary(checkText(text, { format: 'markdown', catalog })));
  });

  it.each([
    ['a table header reworded', 'cide rate (per 1', 'cide count (per 1'],
    ['a table header lengthened, its cells moving away from it', 'rate (per 100', 'rate  (per 100'],
    ['a question lengthened', 'people does CECOT', 'people, in all, does CECOT'],
    ['blank lines between a question and its answer', 'today?**\n\nAbout', 'today?**\n\n\n\nAbout'],
    ['the sentence an anaphor points to rewritten', "In 2021, El Salvador's homicide rate was 17.6 per 100,000.", 'In 2021, El Salvador reported 17.6 per 100,000 arrests made.'],
  ])('matches context one step away as a fresh check does after %s', (_name, from, to) => {
    // Matches carry their evidence's positions: a reused match must still point at the header or question it read.
    const context = readFileSync(join(FIX, 'matching/en-context.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const doc = `---\ndate: 2024-07-01\n---\n\n${'Context paragraph without figures, about prisons and policy.\n\n'.repeat(40)}${context}`;
    const options = { format: 'markdown' as const, catalog };
    const session = new DocumentSession(options);
    session.update(doc);
    const at = doc.indexOf(from);
    expect(at).toBeGreaterThan(0);
    const text = doc.slice(0, at) + to + doc.slice(at + from.length);
    const r = session.update(text, [{ start: at, end: at + from.length, text: to }]);
    const fresh = checkText(text, options);
    expect(session.lastUpdate).toBe('incremental');
    expect(r.matches).toEqual(fresh.matches);
    expect(r.tentative).toEqual(fresh.tentative);
    expect(summary(r)).toEqual(summary(fresh));
  });
});
