/**
 * arithmetic: a figure that its own article's figures (or the sources') contradict by
 * arithmetic: shares and ratios, percent changes between dated values, elapsed years,
 * sums and differences from the dataset's derivations; and, in any article, dataset or not,
 * the relations one sentence states (sums.ts, shares.ts, changes.ts, rates.ts).
 */
import type { Diagnostic, Severity } from '../diagnostics';
import type { Derivation } from '../dataset/schema';
import { figureInterval } from '../match/verdict';
import type { CheckContext, DocumentCheck } from './context';
import { quote, uiNumber } from './format';
import { sentenceYears } from './period';
import { changes } from './changes';
import { rates } from './rates';
import { shares } from './shares';
import { sums } from './sums';

/** The checks of relations stated within one sentence, in order of precedence for one place. */
const RELATION_CHECKS: readonly DocumentCheck[] = [sums, shares, changes, rates];

interface Input {
  value: number | string;
  label: string;
  /** Figure index when the value is stated in the article. */
  figure: number | null;
}

export const arithmetic: DocumentCheck = {
  scope: 'document',
  id: 'arithmetic',
  description: 'A figure disagrees with arithmetic on other stated figures.',
  run(ctx) {
    const out = derivationFindings(ctx);
    // The relations stated in one sentence, dataset or not; one finding per place.
    const covered = new Set(out.map((d) => d.start));
    for (const check of RELATION_CHECKS) {
      for (const d of check.run(ctx)) {
        if (covered.has(d.start)) continue;
        covered.add(d.start);
        out.push(d);
      }
    }
    return out;
  },
};

/** The derived value for a derivation's output, with its inputs, or null when inputs are missing. */
export function derive(ctx: CheckContext, d: Derivation): { value: number; inputs: Input[]; own: boolean } | null {
  const inputs: Input[] = [];
  const firstOf = firstFigureOf(ctx);
  for (const id of d.inputs) {
    const k = firstOf.get(id) ?? -1;
    const q = ctx.catalog.dataset.quantities.get(id);
    if (k >= 0) {
      const f = ctx.analysis.figures[k]!;
      if (f.value === null) return null;
      inputs.push({ value: f.value, label: `${q?.label ?? id} ${quote(f.text)} (this article)`, figure: k });
      continue;
    }
    const claims = ctx.catalog.claimsByQuantity.get(id) ?? [];
    const values = [...new Set(claims.map((c) => c.value))];
    if (values.length !== 1) return null; // missing, or the sources disagree: no single input
    const c = claims[0]!;
    inputs.push({ value: c.value, label: `${q?.label ?? id} “${c.asWritten}” (${ctx.catalog.sources.get(c.source)?.publisher ?? c.source})`, figure: null });
  }
  const n = inputs.map((i) => (typeof i.value === 'number' ? i.value : NaN));
  let value: number;
  switch (d.kind) {
    case 'share':
    case 'ratio':
      value = (n[0]! / n[1]!) * 100;
      break;
    case 'percent-change': {
      const change = ((n[1]! - n[0]!) / n[0]!) * 100;
      value = d.direction === 'decrease' ? -change : change;
      break;
    }
    case 'rate':
      value = (n[0]! / n[1]!) * (d.per ?? 100000);
      break;
    case 'sum':
      value = n.reduce((a, b) => a + b, 0);
      break;
    case 'difference':
      value = n[0]! - n[1]!;
      break;
    case 'elapsed': {
      const ref = ctx.analysis.referenceDate?.date;
      const start = String(inputs[0]!.value);
      if (!ref) return null;
      value = yearsBetween(start, ref);
      break;
    }
  }
  if (!Number.isFinite(value)) return null;
  return { value, inputs, own: inputs.every((i) => i.figure !== null) };
}

const FIRST = new WeakMap<CheckContext, Map<string, number>>();

/** The first figure matched to each quantity. */
function firstFigureOf(ctx: CheckContext): Map<string, number> {
  let map = FIRST.get(ctx);
  if (!map) {
    map = new Map();
    ctx.matches.forEach((m, k) => {
      if (m && !map!.has(m.quantity)) map!.set(m.quantity, k);
    });
    FIRST.set(ctx, map);
  }
  return map;
}

function derivationFindings(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const outputs = new Map<string, number[]>();
  ctx.matches.forEach((m, k) => {
    if (!m) return;
    const list = outputs.get(m.quantity);
    if (list) list.push(k);
    else outputs.set(m.quantity, [k]);
  });
  for (const d of ctx.catalog.dataset.derivations.values()) {
    const figures = outputs.get(d.output);
    if (!figures) continue;
    const got = derive(ctx, d);
    for (const k of figures) {
      const f = ctx.analysis.figures[k]!;
      const fi = figureInterval(f);
      if (!got || !fi) continue;
      const tol = d.tolerance ?? Math.max(0.02 * Math.abs(got.value), 0.5);
      if (fi.min <= got.value + tol && got.value - tol <= fi.max) continue;
      // A percent change is judged when its sentence names the years of the derivation's inputs
      // ("from 2018 to 2023"); a sentence naming other years speaks of another period.
      const years = d.kind === 'percent-change' ? sentenceYears(ctx.analysis.figures, k) : [];
      const inputYears = d.inputs.map((id) => ctx.catalog.dataset.quantities.get(id)?.series?.period.slice(0, 4)).filter((y): y is string => !!y);
      if (years.length > 0 && years.some((y) => !inputYears.includes(y))) continue;
      const anchored = d.kind !== 'percent-change' || years.length > 0;
      // Uncertain readings stay information: a percent change without a period, elapsed time.
      const severity: Severity = anchored && d.kind !== 'elapsed' ? 'warning' : 'information';
      const shown = uiNumber(Math.round(got.value * 10) / 10);
      const unit = d.kind === 'elapsed' ? ' years' : d.kind === 'share' || d.kind === 'ratio' || d.kind === 'percent-change' ? '%' : '';
      const why = d.kind === 'percent-change' && !anchored ? ' The article states no period for it.' : d.kind === 'elapsed' ? ` (to the article's date, ${ctx.analysis.referenceDate?.date}).` : '';
      out.push({
        start: f.start,
        end: f.end,
        severity,
        code: 'arithmetic',
        message: `${quote(f.text)} does not fit the arithmetic: ${d.kind} of ${got.inputs.map((i) => i.label).join(' and ')} gives ${shown}${unit}.${why} ${d.note}`,
        related: got.inputs.filter((i) => i.figure !== null).map((i) => ({ message: i.label, start: ctx.analysis.figures[i.figure!]!.start, end: ctx.analysis.figures[i.figure!]!.end })),
        fixes: [],
        figure: k,
      });
    }
  }
  return out;
}

function yearsBetween(start: string, end: string): number {
  const parse = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y!, (m ?? 7) - 1, d ?? (m ? 15 : 1));
  };
  return (parse(end) - parse(start)) / (365.25 * 24 * 3600 * 1000);
}
