/**
 * Mutation test over our own fixtures: every figure a matching fixture marks as agreeing with
 * its sources is changed to a wrong value, and the change must be flagged at that figure
 * (≥ 0.95 of changes) without new alarms elsewhere. A change to a value that changes over time, in
 * an article dated months after every source of it, is reported as not checkable ("unsourced"):
 * such changes are counted apart and printed, not scored.
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
    const unjudgeable: string[] = [];
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
        const r = checkText(text.slice(0, f.start) + m + text.slice(f.end), { format: 'markdown', catalog });
        const end = f.start + m.length;
        const at = r.diagnostics.filter(isWarning).filter((d) => d.start < end && f.start < d.end);
        // A value that changes, in an article dated months after its sources: a new value may be
        // the current one, so the engine says it cannot be checked. Counted apart, not as a miss.
        const stale = r.diagnostics.some((d) => d.code === 'unsourced' && d.start === f.start && /^No source gives .* as of /.test(d.message));
        if (!at.length && stale) {
          unjudgeable.push(`${file}: ${f.text} → ${m}`);
          continue;
        }
        tried++;
        if (at.length) flagged++;
        else misses.push(`${file}: ${f.text} → ${m}`);
        // A consequence that points back at the changed figure (an arithmetic check using it) is not a new alarm.
        const elsewhere = r.diagnostics.filter(isWarning).filter((d) => !at.includes(d) && !d.related.some((x) => x.start !== undefined && x.start < end && f.start < (x.end ?? x.start))).length;
        if (elsewhere > baseWarnings) alarms.push(`${file}: ${f.text} → ${m}`);
      }
    }
    console.info(`fixture mutation: ${flagged}/${tried} changes flagged at the figure, ${alarms.length} new alarms elsewhere${misses.length ? `; missed: ${misses.join("; ")}` : ""}; ${unjudgeable.length} more not checkable (a changing value, the article months after its sources)${unjudgeable.length ? `: ${unjudgeable.join("; ")}` : ""}`);
    expect(tried).toBeGreaterThanOrEqual(40);
    expect(flagged / tried, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(alarms).toEqual([]);
  });
});
