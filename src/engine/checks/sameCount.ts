/**
 * The same count given two values in one article, with or without a dataset: two figures that
 * count the same noun ("907 homicides", "915 homicides"), of the same place named in their own
 * clause, in the same single year, each an actual value (not a forecast, a part or an average),
 * whose values cannot both hold. Conservative by design: a sentence with a month or day (a count
 * that grows over the year), another amount in the clause (a breakdown), or a qualified noun
 * ("homicides of women", "homicidios por arma de fuego") gives no reading. Figures the dataset
 * already ties to one quantity are left to the dataset's own check.
 */
import type { Diagnostic } from '../diagnostics';
import { MEASURE_UNITS } from '../figures/lexicon';
import { clauseOf, FrameReader } from '../frames/frame';
import { figureInterval, spansAgree } from '../match/verdict';
import type { Figure } from '../model';
import type { CheckContext, DocumentCheck } from './context';
import { quote } from './format';

const MEASURES: ReadonlySet<string> = new Set(Object.values(MEASURE_UNITS));
/** Words after the counted noun that narrow it to a subset ("homicides of women", "killed by police"). */
const QUALIFIED = /^\s*[\p{L}-]+\s+(?:of|for|against|by|with|among|aged|under|over|linked|related|involving|in\s+(?:the\s+)?\p{Lu}|de|del|por|para|contra|con|entre|menores|mayores|relacionad\w*|vinculad\w*|cometid\w*|en\s+(?:el\s+|la\s+)?\p{Lu})(?![\p{L}])/u;

export const sameCount: DocumentCheck = {
  scope: 'document',
  id: 'inconsistent-in-document',
  description: 'The same count (same noun, same place, same year) is given two incompatible values in one article, with or without a dataset.',
  run(ctx) {
    const out: Diagnostic[] = [];
    const frames = new FrameReader(ctx.text, ctx.analysis);
    const seen = new Map<string, number[]>();
    const figures = ctx.analysis.figures;
    for (let k = 0; k < figures.length; k++) {
      const key = keyOf(ctx, frames, k);
      if (!key) continue;
      const earlier = seen.get(key) ?? [];
      const f = figures[k]!;
      const clash = earlier.find((e) => {
        const a = figureInterval(figures[e]!);
        const b = figureInterval(f);
        const bothTied = ctx.matches[e] && ctx.matches[k] && ctx.matches[e]!.quantity === ctx.matches[k]!.quantity;
        return a && b && !bothTied && !spansAgree(a, b);
      });
      if (clash === undefined) {
        earlier.push(k);
        seen.set(key, earlier);
        continue;
      }
      const other = figures[clash]!;
      const holder = frames.frame(k).holder!;
      out.push({
        start: f.start,
        end: f.end,
        severity: 'warning',
        code: 'inconsistent-in-document',
        message: `${quote(f.text)} ${f.unit} contradicts ${quote(other.text)} ${other.unit}, given earlier in the same article for the same place (${holder.text.replace(/\s+/g, ' ')}) and year (${key.split('|')[2]}).`,
        related: [{ message: `Also given as ${quote(other.text)} here`, start: other.start, end: other.end }],
        fixes: [],
        figure: k,
      });
    }
    return out;
  },
};

/** "noun|place|year" for a figure that reads strongly as a whole count of its place and year, else null. */
function keyOf(ctx: CheckContext, frames: FrameReader, k: number): string | null {
  const f = ctx.analysis.figures[k]!;
  if (f.kind !== 'count' || typeof f.value !== 'number' || f.vague || !f.unit || f.unit === 'times' || MEASURES.has(f.unit)) return null;
  if (QUALIFIED.test(ctx.text.slice(f.end, f.end + 40))) return null;
  const s = ctx.analysis.sentences[f.sentence]!;
  const clause = clauseOf(ctx.text, f, s);
  const neighbours = sentenceFigures(ctx.analysis.figures, k);
  const times = neighbours.filter((g) => g.kind === 'year' || g.kind === 'date');
  if (times.length !== 1 || times[0]!.kind !== 'year') return null;
  if (neighbours.some((g) => g !== f && g.start >= clause.start && g.end <= clause.end && (g.kind === 'count' || g.kind === 'number' || g.kind === 'percent' || g.kind === 'range'))) return null;
  const frame = frames.frame(k);
  if (frame.role !== 'actual' || !frame.holder || frame.holder.where !== 'clause' || frame.places.length !== 1) return null;
  return `${f.unit.toLowerCase()}|${frame.holder.place}|${times[0]!.value}`;
}

/** The figures of figure k's sentence, itself included. */
function sentenceFigures(figures: readonly Figure[], k: number): Figure[] {
  const s = figures[k]!.sentence;
  let i = k;
  while (i > 0 && figures[i - 1]!.sentence === s) i--;
  let j = k;
  while (j + 1 < figures.length && figures[j + 1]!.sentence === s) j++;
  return figures.slice(i, j + 1);
}
