/**
 * arithmetic: a figure that its own article's figures (or the sources') contradict by
 * arithmetic: shares and ratios, percent changes between dated values, elapsed years,
 * sums and differences from the dataset's derivations, and "from A to B, a P% drop" in any
 * sentence, dataset or not.
 */
import type { Diagnostic, Severity } from '../diagnostics';
import type { Derivation } from '../dataset/schema';
import type { Figure } from '../model';
import { figureInterval } from '../match/verdict';
import type { CheckContext, DocumentCheck } from './context';
import { quote, uiNumber } from './format';
import { sentenceYears } from './period';

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
    const fromData = derivationFindings(ctx);
    const covered = new Set(fromData.map((d) => d.figure));
    return [...fromData, ...changeFindings(ctx).filter((d) => !covered.has(d.figure))];
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

const DECREASE = /\b(?:decrease|decline|drop|fall|fell|cut|reduction|plunge|plummet|lower|down|caída|caida|reducción|reduccion|disminución|disminucion|descenso|bajó|bajo|cayó|cayo|redujo|baja)\w*/i;
const INCREASE = /\b(?:increase|rise|rose|growth|grew|jump|surge|up|higher|aumento|incremento|subida|subió|subio|creció|crecio|alza)\w*/i;

/** "from 52 to 2.6 per 100,000, a 95% drop": the stated change against the stated ends. */
function changeFindings(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { figures, sentences } = ctx.analysis;
  let i = 0;
  while (i < figures.length) {
    let j = i;
    while (j < figures.length && figures[j]!.sentence === figures[i]!.sentence) j++;
    const group = figures.slice(i, j).map((f, n) => ({ f, k: i + n }));
    const s = sentences[figures[i]!.sentence]!;
    for (const p of group) {
      if (p.f.kind !== 'percent' || typeof p.f.value !== 'number') continue;
      const around = ctx.text.slice(Math.max(s.start, p.f.start - 40), Math.min(s.end, p.f.end + 40));
      const down = DECREASE.test(around);
      const up = INCREASE.test(around);
      if (down === up) continue;
      const ends = fromTo(ctx, group.filter((g) => g.k !== p.k));
      if (!ends) continue;
      const [a, b] = ends;
      const change = ((b.value - a.value) / a.value) * 100;
      const stated = down ? -p.f.value : p.f.value;
      const fi = figureInterval(p.f)!;
      const lo = down ? -fi.max : fi.min;
      const hi = down ? -fi.min : fi.max;
      if (change >= lo - 1.5 && change <= hi + 1.5) continue;
      out.push({
        start: p.f.start,
        end: p.f.end,
        severity: 'warning',
        code: 'arithmetic',
        message: `${quote(p.f.text)} does not match the change it describes: from ${quote(a.text)} to ${quote(b.text)} is ${change > 0 ? '+' : ''}${uiNumber(Math.round(change * 10) / 10)}%, not ${stated > 0 ? '+' : ''}${uiNumber(stated)}%.`,
        related: [
          { message: `From “${a.text}”`, start: a.start, end: a.end },
          { message: `to “${b.text}”`, start: b.start, end: b.end },
        ],
        fixes: [],
        figure: p.k,
      });
    }
    i = j;
  }
  return out;
}

/** Two values of the same kind written "from A … to B" (or "de A … a B") in the sentence. */
function fromTo(ctx: CheckContext, group: readonly { f: Figure; k: number }[]): [{ value: number; text: string; start: number; end: number }, { value: number; text: string; start: number; end: number }] | null {
  const values = group.filter((g) => typeof g.f.value === 'number' && g.f.kind !== 'year' && g.f.kind !== 'percent');
  for (let x = 0; x + 1 < values.length; x++) {
    const a = values[x]!.f;
    const b = values[x + 1]!.f;
    const before = ctx.text.slice(Math.max(0, a.start - 12), a.start).toLowerCase();
    const between = ctx.text.slice(a.end, b.start).toLowerCase();
    if (!/(?:^|\s)(?:from|de|desde)\s+$/.test(before)) continue;
    if (!/(?:^|\s)(?:to|a|hasta)\s/.test(between) || between.length > 80) continue;
    if ((a.kind === 'rate') !== (b.kind === 'rate' || b.kind === 'number')) continue;
    if ((a.value as number) === 0) continue;
    return [
      { value: a.value as number, text: a.text, start: a.start, end: a.end },
      { value: b.value as number, text: b.text, start: b.start, end: b.end },
    ];
  }
  return null;
}

function yearsBetween(start: string, end: string): number {
  const parse = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y!, (m ?? 7) - 1, d ?? (m ? 15 : 1));
  };
  return (parse(end) - parse(start)) / (365.25 * 24 * 3600 * 1000);
}
