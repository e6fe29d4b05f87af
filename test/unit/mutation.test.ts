/**
 * Mutation test over our own fixtures: every figure a matching fixture marks as agreeing with
 * its sources is changed to a wrong value, and the change must be flagged at that figure
 * (≥ 0.95 of changes) without new alarms elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/check';
import { openDataset } from '../../src/engine/dataset/open';
import { mutate } from '../support/mutate';

const DIR = join(__dirname, '../fixtures/matching');
const { catalog } = openDataset([]);
const isWarning = (d: { severity: string }): boolean => d.severity === 'warning' || d.severity === 'error';

describe('mutation over the matching fixtures', () => {
  it('flags ≥ 0.95 of wrong values, with no new alarms', () => {
    let tried = 0;
    let flagged = 0;
    const misses: string[] = [];
    const alarms: string[] = [];
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const base = checkText(text, { format: 'markdown', catalog });
      const baseWarnings = base.diagnostics.filter(isWarning).length;
      const agreeing = [...text.matchAll(/"([^"]+)" \S+ agrees/g)].map((m) => m[1]!);
      for (const figText of agreeing) {
        const k = base.analysis.figures.findIndex((f) => f.text.replace(/\s+/g, ' ') === figText);
        if (k < 0) continue;
        const f = base.analysis.figures[k]!;
        const m = mutate(f.text);
        if (!m) continue;
        tried++;
        const r = checkText(text.slice(0, f.start) + m + text.slice(f.end), { format: 'markdown', catalog });
        const end = f.start + m.length;
        const at = r.diagnostics.filter(isWarning).filter((d) => d.start < end && f.start < d.end);
        if (at.length) flagged++;
        else misses.push(`${file}: ${f.text} → ${m}`);
        // A consequence that points back at the changed figure (an arithmetic check using it) is not a new alarm.
        const elsewhere = r.diagnostics.filter(isWarning).filter((d) => !at.includes(d) && !d.related.some((x) => x.start !== undefined && x.start < end && f.start < (x.end ?? x.start))).length;
        if (elsewhere > baseWarnings) alarms.push(`${file}: ${f.text} → ${m}`);
      }
    }
    console.info(`fixture mutation: ${flagged}/${tried} changes flagged at the figure, ${alarms.length} new alarms elsewhere${misses.length ? `; missed: ${misses.join("; ")}` : ""}`);
    expect(tried).toBeGreaterThanOrEqual(40);
    expect(flagged / tried, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(alarms).toEqual([]);
  });
});
