/**
 * A change stated with its two ends in one sentence: "from 52 to 2.6 per 100,000, a 95% drop",
 * "doubled from 120 to 260", "se triplicó, de 1.200 a 3.600", "rose eight times, from 500 to
 * 4,000". The ends are two values of the same kind written "from A … to B" ("de A … a B");
 * years are never ends ("from 2019 to 2023" is a span of time).
 */
import type { ChangeRelation } from './types';
import { before, between, figuresBetween, isAmount, isPercent, isTime, type Placed, type SentenceView } from './sentence';

const DECREASE = /\b(?:decrease|decline|drop|fall|fell|cut|reduction|plunge|plummet|lower|down|caída|caida|reducción|reduccion|disminución|disminucion|descenso|bajó|bajo|cayó|cayo|redujo|baja)\w*/i;
const INCREASE = /\b(?:increase|rise|rose|growth|grew|jump|surge|up|higher|aumento|incremento|subida|subió|subio|creció|crecio|alza)\w*/i;

/** Words that state a factor, with it: "doubled", "se triplicó", "halved", "se redujo a la mitad". */
const FACTOR_WORDS: readonly [RegExp, number][] = [
  [/\b(?:doubled|doubling|duplic[óo]|duplicaron|se\s+duplic[óo]|se\s+duplicaron|se\s+ha\s+duplicado|han\s+duplicado)(?!\p{L})/iu, 2],
  [/\b(?:tripled|trebled|tripling|triplic[óo]|triplicaron|se\s+triplic[óo]|se\s+triplicaron|se\s+ha\s+triplicado)(?!\p{L})/iu, 3],
  [/\b(?:quadrupled|cuadruplic[óo]|cuadruplicaron|se\s+cuadruplic[óo])(?!\p{L})/iu, 4],
  [/\b(?:halved|(?:se\s+)?redu(?:jo|jeron)\s+a\s+la\s+mitad|cay[óo]\s+a\s+la\s+mitad|bajaron\s+a\s+la\s+mitad|baj[óo]\s+a\s+la\s+mitad)(?!\p{L})/iu, 0.5],
];
const NEARLY = /\b(?:nearly|almost|close\s+to|roughly|about|casi|cerca\s+de|pr[áa]cticamente)\s+$/i;
const MORE_THAN = /\b(?:more\s+than|over|m[áa]s\s+que|m[áa]s\s+de)\s+$/i;

/** The changes one sentence states, with their ends. */
export function readChanges(s: SentenceView): ChangeRelation[] {
  const pairs = fromTo(s);
  if (pairs.length === 0) return [];
  const ends = new Set(pairs.flatMap((e) => [e.from.k, e.to.k, ...e.later.map((p) => p.k)]));
  const out: ChangeRelation[] = [];
  const others = s.figures.filter((p) => !ends.has(p.k));
  for (const p of others) {
    if (!isPercent(p.f)) continue;
    const around = s.text.slice(Math.max(s.start, p.f.start - 40), Math.min(s.end, p.f.end + 40));
    const down = DECREASE.test(around);
    const up = INCREASE.test(around);
    if (down === up) continue;
    const { from, to, later } = nearest(pairs, p.f.start, p.f.end);
    if (!sameClause(s, from, later[later.length - 1] ?? to, p.f.start, p.f.end)) continue;
    out.push({ kind: 'change', from, to, later, stated: { how: 'percent', figure: p, direction: down ? 'down' : 'up' } });
  }
  const sentence = s.text.slice(s.start, s.end);
  for (const [re, factor] of FACTOR_WORDS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const start = s.start + m.index;
    const { from, to, later } = nearest(pairs, start, start + m[0].length);
    if (!sameClause(s, from, later[later.length - 1] ?? to, start, start + m[0].length)) continue;
    const lead = s.text.slice(Math.max(s.start, start - 20), start);
    const hedge = NEARLY.test(lead) ? 'approx' : MORE_THAN.test(lead) ? 'at_least' : 'exact';
    out.push({ kind: 'change', from, to, later, stated: { how: 'factor', factor, more: false, hedge, start, end: start + m[0].length, words: m[0], figure: null } });
  }
  // "eight times more", "four times as many", "ocho veces más", "se multiplicó por ocho".
  for (const p of others) {
    if (typeof p.f.value !== 'number' || (p.f.kind !== 'number' && p.f.kind !== 'count')) continue;
    const rest = s.text.slice(p.f.end, Math.min(s.end, p.f.end + 30)).toLowerCase();
    const lead = before(s, p, 25);
    const multiplied = /multiplic\w*\s+(?:por\s+|by\s+)?$/.test(lead);
    const more = p.f.unit === 'times' && /^\s*(?:times|veces)?\s*(?:more|larger|higher|greater|bigger|m[áa]s|mayor)(?!\p{L})/u.test(rest);
    const asMany = p.f.unit === 'times' && /^\s*(?:times\s+)?as\s+(?:many|much|high|large)\b/.test(rest);
    if (!multiplied && !more && !asMany) continue;
    const hedge = p.f.hedge === 'approx' ? 'approx' : p.f.hedge === 'at_least' ? 'at_least' : p.f.hedge === 'exact' ? 'exact' : null;
    if (!hedge) continue;
    const { from, to, later } = nearest(pairs, p.f.start, p.f.end);
    if (!sameClause(s, from, later[later.length - 1] ?? to, p.f.start, p.f.end)) continue;
    out.push({ kind: 'change', from, to, later, stated: { how: 'factor', factor: p.f.value, more, hedge, start: p.f.start, end: p.f.end, words: p.f.text, figure: p } });
  }
  return out;
}

/** Words that open another clause: a percentage or "doubled" beyond them speaks of something else. */
const CLAUSE_BREAK = /;|\b(?:while|whereas|and|but|although|though|mientras|pero|aunque|y|e)\b/;

/** True when the stated change at [start, end) sits right beside its ends, in their clause ("from A to B, a P% drop"; "fell P% from A to B"). */
function sameClause(s: SentenceView, from: Placed, last: Placed, start: number, end: number): boolean {
  const gap = end <= from.f.start ? s.text.slice(end, from.f.start) : start >= last.f.end ? s.text.slice(last.f.end, start) : '';
  return gap.length <= 30 && !CLAUSE_BREAK.test(gap.toLowerCase());
}

/** A change's ends: "from A to B", and the values a series goes on to ("and C in 2022"). */
interface Ends {
  from: Placed;
  to: Placed;
  later: Placed[];
}

/** The ends closest to [start, end) (a sentence may state two changes: "doubled from 40 to 81, and tripled, from 500 to 1,050"). */
function nearest(pairs: readonly Ends[], start: number, end: number): Ends {
  const gap = (e: Ends): number => Math.max(0, e.from.f.start - end, start - (e.later[e.later.length - 1] ?? e.to).f.end);
  return pairs.reduce((best, p) => (gap(p) < gap(best) ? p : best));
}

/** Every pair of values of the same kind written "from A … to B" (or "de A … a B") in the sentence. */
export function fromTo(s: SentenceView): Ends[] {
  const out: Ends[] = [];
  const values = s.figures.filter((g) => typeof g.f.value === 'number' && g.f.kind !== 'year' && g.f.kind !== 'percent' && g.f.unit !== 'times' && !g.f.vague);
  for (let x = 0; x + 1 < values.length; x++) {
    const a = values[x]!;
    const b = values[x + 1]!;
    const lead = s.text.slice(Math.max(0, a.f.start - 12), a.f.start).toLowerCase();
    const gap = between(s, a, b);
    if (!/(?:^|\s)(?:from|de|desde)\s+$/.test(lead)) continue;
    if (!/(?:^|\s)(?:to|a|hasta)\s/.test(gap) || gap.length > 80) continue;
    if (!sameKind(a, b)) continue;
    if ((a.f.value as number) === 0) continue;
    // A series goes on ("to 18 in 2021 and 7.8 in 2022"): the stated change may be to any later value.
    const later: Placed[] = [];
    for (let y = x + 2; y < values.length; y++) {
      const prev = y === x + 2 ? b : later[later.length - 1]!;
      const c = values[y]!;
      const gap = between(s, prev, c);
      if (!sameKind(b, c) || gap.length > 40 || /[;:]/.test(gap) || !figuresBetween(s, prev, c).every((p) => isTime(p.f)) || !/(?:,|\b(?:and|then|to|y|luego|a|hasta))\s/.test(gap)) break;
      later.push(c);
    }
    out.push({ from: a, to: b, later });
    x += 1 + later.length;
  }
  return out;
}

/** Ends of one change: rates ("from 52 per 100,000 to 2.6"), amounts of one thing, or sums of money. */
function sameKind(a: Placed, b: Placed): boolean {
  if (a.f.kind === 'rate') return b.f.kind === 'rate' || b.f.kind === 'number';
  if (a.f.kind === 'money') return b.f.kind === 'money' || b.f.kind === 'number';
  if (!isAmount(a.f) || !isAmount(b.f)) return false;
  return a.f.unit === null || b.f.unit === null || a.f.unit === b.f.unit;
}
