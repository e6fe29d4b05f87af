/**
 * Marked fixtures: articles under test/fixtures/figures carry their expectations inline as
 * `<!-- expect: "TEXT" KIND VALUE [UNIT] [HEDGE] | … -->` after each paragraph (or
 * `<!-- expect: none -->`). Every figure between two expectation comments must be listed,
 * in order, and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze';
import type { Figure } from '../../src/engine/model';

const DIR = join(__dirname, '../fixtures/figures');

interface Expected {
  text: string;
  kind: string;
  value: string;
  rest: string[];
}

function parseExpectations(body: string): Expected[] {
  if (body.trim() === 'none') return [];
  return body.split(' | ').map((item) => {
    const m = /^"([^"]*)"\s+(\S+)\s+(\S+)(.*)$/.exec(item.trim());
    if (!m) throw new Error(`bad expectation: ${item}`);
    return { text: m[1]!, kind: m[2]!, value: m[3]!, rest: m[4]!.trim().split(/\s+/).filter(Boolean) };
  });
}

function describeFigure(f: Figure): string {
  const value = f.kind === 'range' ? `${f.min}..${f.max}` : String(f.value);
  return `"${f.text}" ${f.kind} ${value} ${f.unit ?? ''} ${f.hedge ?? ''}`.trim();
}

function matches(f: Figure, e: Expected): boolean {
  if (f.text !== e.text || f.kind !== e.kind) return false;
  const value = f.kind === 'range' ? `${f.min}..${f.max}` : String(f.value);
  if (value !== e.value) return false;
  // Optional unit and hedge words must appear among the figure's unit and hedge.
  return e.rest.every((w) => w === f.unit || w === f.hedge);
}

for (const file of readdirSync(DIR).sort()) {
  describe(`fixture ${file}`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const analysis = analyze(text, { format: file.endsWith('.md') ? 'markdown' : 'plaintext', today: new Date('2026-01-01') });
    const comments = [...text.matchAll(/<!-- expect: (.*?) -->/g)];
    let from = 0;
    for (const c of comments) {
      const to = c.index;
      const line = text.slice(0, to).split('\n').length;
      const expected = parseExpectations(c[1]!);
      const found = analysis.figures.filter((f) => f.start >= from && f.start < to);
      it(`line ${line}: ${c[1]!.slice(0, 70)}`, () => {
        const got = found.map(describeFigure);
        expect(got.length, `found ${JSON.stringify(got)}`).toBe(expected.length);
        expected.forEach((e, k) => expect(matches(found[k]!, e), `figure ${k}: got ${got[k]}, want ${JSON.stringify(e)}`).toBe(true));
      });
      from = to + c[0].length;
    }
  });
}
