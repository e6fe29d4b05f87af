/**
 * Scoring extraction against hand-annotated gold figures (the JSONL format of
 * `seeds_figures.jsonl`): a figure is found when its span overlaps the gold span and its
 * value equals the gold value (dates: same day, or same month when either side is a month).
 */
import * as z from 'zod/mini';
import type { Figure } from './model';
import { formatIssues } from './schemaErrors';

/** One line of a gold file: a figure (with `value`) or a non-figure (with `kind` and no `value`). */
export const GoldRecord = z.object({
  file: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.optional(z.number()),
  value: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  value_min: z.optional(z.nullable(z.number())),
  value_max: z.optional(z.nullable(z.number())),
  unit: z.optional(z.nullable(z.string())),
  hedge: z.optional(z.nullable(z.string())),
  quantity: z.optional(z.nullable(z.string())),
  kind: z.optional(z.string()),
});
export type GoldRecord = z.infer<typeof GoldRecord>;

export interface GoldFile {
  figures: GoldRecord[];
  nonFigures: GoldRecord[];
}

/** Parses a gold JSONL text; bad lines are reported with their line numbers. */
export function parseGold(jsonl: string, name: string): { gold: GoldFile; errors: string[] } {
  const gold: GoldFile = { figures: [], nonFigures: [] };
  const errors: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, k) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      errors.push(`${name}:${k + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const r = GoldRecord.safeParse(data);
    if (!r.success) {
      errors.push(`${name}:${k + 1}: ${formatIssues(r.error.issues)}`);
      return;
    }
    if ('value' in (data as object) || r.data.value_min !== undefined) gold.figures.push(r.data);
    else gold.nonFigures.push(r.data);
  });
  return { gold, errors };
}

export interface Score {
  goldCount: number;
  predicted: number;
  found: number;
  correctPredictions: number;
  precision: number;
  recall: number;
  f1: number;
  misses: GoldRecord[];
  falseFinds: { file: string; figure: Figure }[];
  /** Predicted figures inside spans annotated as non-figures. */
  furnitureHits: { file: string; figure: Figure; record: GoldRecord }[];
}

/** Scores predicted figures per file against the gold records. */
export function score(gold: GoldFile, predicted: ReadonlyMap<string, readonly Figure[]>): Score {
  const misses: GoldRecord[] = [];
  const falseFinds: Score['falseFinds'] = [];
  const furnitureHits: Score['furnitureHits'] = [];
  let found = 0;
  let correct = 0;
  let total = 0;
  const files = new Set([...gold.figures.map((g) => g.file), ...predicted.keys()]);
  for (const file of files) {
    const golds = gold.figures.filter((g) => g.file === file);
    const preds = [...(predicted.get(file) ?? [])];
    total += preds.length;
    const used = new Set<number>();
    for (const g of golds) {
      const gEnd = g.end ?? g.start + g.text.length;
      const k = preds.findIndex((p, idx) => !used.has(idx) && p.start < gEnd && g.start < p.end && sameValue(p, g));
      if (k >= 0) {
        used.add(k);
        found++;
      } else misses.push(g);
    }
    const wrong: Figure[] = [];
    preds.forEach((p, idx) => {
      if (used.has(idx)) {
        correct++;
        return;
      }
      // A prediction that overlaps an already matched gold figure with the same value is not a false find.
      const dup = golds.some((g) => p.start < (g.end ?? g.start + g.text.length) && g.start < p.end && sameValue(p, g));
      if (dup) {
        correct++;
        return;
      }
      falseFinds.push({ file, figure: p });
      wrong.push(p);
    });
    for (const n of gold.nonFigures.filter((x) => x.file === file)) {
      const nEnd = n.end ?? n.start + n.text.length;
      for (const p of wrong) if (p.start < nEnd && n.start < p.end) furnitureHits.push({ file, figure: p, record: n });
    }
  }
  const goldCount = gold.figures.length;
  const precision = total === 0 ? 1 : correct / total;
  const recall = goldCount === 0 ? 1 : found / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { goldCount, predicted: total, found, correctPredictions: correct, precision, recall, f1, misses, falseFinds, furnitureHits };
}

/** Value equality as the scoring defines it. */
export function sameValue(p: Figure, g: GoldRecord): boolean {
  if ((g.value === null || g.value === undefined) && g.value_min != null && g.value_max != null) {
    return p.min === g.value_min && p.max === g.value_max;
  }
  const gv = g.value;
  if (typeof gv === 'number') {
    if (typeof p.value === 'number') return Math.abs(p.value - gv) <= 1e-9 * Math.max(1, Math.abs(gv));
    if (typeof p.value === 'string' && g.unit === 'year') return p.value.startsWith(String(gv));
    return false;
  }
  if (typeof gv === 'string') {
    const pv = typeof p.value === 'number' ? String(p.value) : p.value;
    if (typeof pv !== 'string') return false;
    const n = Math.min(pv.length, gv.length);
    return n >= 7 && pv.slice(0, n) === gv.slice(0, n);
  }
  return false;
}
