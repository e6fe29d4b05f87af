/**
 * Measurements on the five seed articles (../shared): extraction against the gold figures and
 * non-figures, matching of every figure the dataset knows, the diagnostics on unchanged
 * articles, and a mutation test (each figure changed to a wrong value must be flagged).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkText, type CheckResult } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { parseGold, score, type GoldFile } from '../../src/engine/evaluate';
import type { Figure } from '../../src/engine/model';
import { mutate } from '../support/mutate';
import { GOLD_FIGURES, GOLD_FURNITURE, SEEDS, requireShared } from '../support/shared';

const { catalog } = openDataset([]);
let gold: GoldFile;
const texts = new Map<string, string>();
const results = new Map<string, CheckResult>();
const isWarning = (d: { severity: string }): boolean => d.severity === 'warning' || d.severity === 'error';

beforeAll(() => {
  requireShared();
  gold = parseGold(readFileSync(GOLD_FIGURES, 'utf8') + '\n' + readFileSync(GOLD_FURNITURE, 'utf8'), 'gold').gold;
  for (const f of readdirSync(SEEDS).sort()) {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    texts.set(f, text);
    results.set(f, checkText(text, { format: 'plaintext', catalog }));
  }
});

describe('seed articles', () => {
  it('extraction: recall ≥ 0.98, precision ≥ 0.97, no non-figure reported', () => {
    const predicted = new Map<string, Figure[]>([...results].map(([f, r]) => [f, r.analysis.figures]));
    const s = score(gold, predicted);
    const detail = [...s.misses.map((m) => `miss ${m.file}:${m.start} ${m.text}`), ...s.falseFinds.map((f) => `false ${f.file}:${f.figure.start} ${f.figure.text}`)].join('\n');
    expect(s.goldCount).toBe(70);
    expect(s.recall, detail).toBeGreaterThanOrEqual(0.98);
    expect(s.precision, detail).toBeGreaterThanOrEqual(0.97);
    expect(s.furnitureHits.map((h) => `${h.file}:${h.figure.text}`)).toEqual([]);
  });

  it('matching: every figure the dataset knows goes to its quantity (≥ 0.95)', () => {
    let known = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const g of gold.figures) {
      if (!g.quantity || !catalog.dataset.quantities.has(g.quantity)) continue;
      known++;
      const r = results.get(g.file)!;
      const k = r.analysis.figures.findIndex((f) => f.start < g.start + g.text.length && g.start < f.end);
      if (k >= 0 && r.quantities[k] === g.quantity) right++;
      else wrong.push(`${g.file}:${g.start} ${g.text} → ${k >= 0 ? r.quantities[k] : 'not found'} (want ${g.quantity})`);
    }
    console.info(`seeds matching: ${right}/${known} figures the dataset knows go to their quantity`);
    expect(known).toBe(62);
    expect(right / known, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('unchanged articles: only the real cross-source disagreements, none at warning level', () => {
    const found = [...results].flatMap(([f, r]) => r.diagnostics.map((d) => `${f.slice(0, 3)} ${d.severity} ${d.code} ${texts.get(f)!.slice(d.start, d.end)}`));
    expect(found.filter((d) => / (warning|error) /.test(d))).toEqual([]);
    expect(found).toEqual([
      '001 information sources-disagree Jan. 31, 2023',
      '002 information arithmetic nearly 70%',
      '002 information sources-disagree February 2023',
    ]);
  });

  it('mutation: a figure changed to a wrong value is flagged there (≥ 0.95), with no new alarm elsewhere', () => {
    let tried = 0;
    let flagged = 0;
    const misses: string[] = [];
    const alarms: string[] = [];
    for (const g of gold.figures) {
      if (!g.quantity || !catalog.dataset.quantities.has(g.quantity)) continue;
      const m = mutate(g.text);
      if (!m) continue;
      tried++;
      const text = texts.get(g.file)!;
      const r = checkText(text.slice(0, g.start) + m + text.slice(g.start + g.text.length), { format: 'plaintext', catalog });
      const end = g.start + m.length;
      const at = r.diagnostics.filter(isWarning).filter((d) => d.start < end && g.start < d.end);
      // A consequence that points back at the changed figure (an arithmetic check using it) is not a new alarm.
      const elsewhere = r.diagnostics.filter(isWarning).filter((d) => !(d.start < end && g.start < d.end) && !d.related.some((x) => x.start !== undefined && x.start < end && g.start < (x.end ?? x.start)));
      if (at.length) flagged++;
      else misses.push(`${g.file}:${g.start} ${g.text} → ${m}`);
      if (elsewhere.length) alarms.push(`${g.file}:${g.start} ${g.text} → ${m}: ${elsewhere.map((d) => d.code).join(', ')}`);
    }
    console.info(`seeds mutation: ${flagged}/${tried} changes flagged at the figure, ${alarms.length} new alarms elsewhere${misses.length ? `; missed: ${misses.join("; ")}` : ""}`);
    expect(tried).toBeGreaterThanOrEqual(60);
    expect(flagged / tried, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(alarms).toEqual([]);
  });
});
