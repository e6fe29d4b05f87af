/**
 * A rate stated with its count and population in one sentence: "907 homicides in a population
 * of 5.2 million, a rate of 17.2 per 100,000"; "907 homicidios para una población de 5,2
 * millones, una tasa de 17,2 por cada 100.000 habitantes". The population must be named as one
 * ("a population of", "población de", "N inhabitants"), and the sentence must hold exactly one
 * counted amount besides it, so the count is not a guess.
 */
import type { RateRelation } from './types';
import { after, before, isAmount, type SentenceView } from './sentence';

const POPULATION_BEFORE = /(?:population|poblaci[óo]n)\s+(?:of|de)\s+(?:(?:about|some|around|nearly|almost|roughly|unos|unas|cerca\s+de|casi|alrededor\s+de|m[áa]s\s+de|more\s+than)\s+)?$/;
const POPULATION_AFTER = /^\s*(?:inhabitants|residents|habitantes|residentes|pobladores)\b/;
/** Counted nouns that are the population itself, not what it counts. */
const PEOPLE = new Set(['people', 'persons', 'inhabitants', 'residents', 'population', 'habitantes', 'personas', 'residentes', 'pobladores', 'citizens']);

/** The rates one sentence states with their count and population. */
export function readRates(s: SentenceView): RateRelation[] {
  const out: RateRelation[] = [];
  const rates = s.figures.filter((p) => p.f.kind === 'rate' && typeof p.f.value === 'number' && /^per_\d+|^per_(?:100k|1k|1m)$/.test(p.f.unit ?? ''));
  if (rates.length !== 1) return out;
  const rate = rates[0]!;
  const per = denominator(rate.f.unit!);
  if (!per) return out;
  const populations = s.figures.filter((p) => isAmount(p.f) && (POPULATION_BEFORE.test(before(s, p, 40)) || POPULATION_AFTER.test(after(s, p, 20))));
  if (populations.length !== 1) return out;
  const population = populations[0]!;
  const counts = s.figures.filter((p) => p !== population && isAmount(p.f) && p.f.unit !== null && !PEOPLE.has(p.f.unit) && (p.f.value as number) < (population.f.value as number));
  if (counts.length !== 1) return out;
  const count = counts[0]!;
  // Every other amount in the sentence would make the count a guess.
  if (s.figures.some((p) => p !== count && p !== population && p !== rate && isAmount(p.f))) return out;
  if ((population.f.value as number) < 1000) return out;
  out.push({ kind: 'rate', count, population, rate, per });
  return out;
}

function denominator(unit: string): number | null {
  if (unit === 'per_100k') return 100000;
  if (unit === 'per_1k') return 1000;
  if (unit === 'per_1m') return 1000000;
  const m = /^per_(\d+)$/.exec(unit);
  return m ? Number(m[1]) : null;
}
