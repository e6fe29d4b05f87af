/**
 * Shares and occupancy stated in one sentence: "45,210 inmates in 12,500 places, an occupancy
 * of 365%", "at 280% over capacity", "1,900 of the 3,200 detainees, or 59%", "de los cuales 634
 * …, es decir el 69,9%". Only explicit wording counts: two amounts tied by "of", "de", "of whom"
 * or a capacity ("in 12,500 places", "room for"), and a percentage tied to them by "or", "el",
 * "an occupancy of", "over capacity".
 */
import type { ShareRelation } from './types';
import { after, before, between, figuresBetween, isAmount, isPercent, isTime, type Placed, type SentenceView } from './sentence';

/** Nouns that name a capacity when they count places. */
const CAPACITY_UNITS = new Set(['places', 'place', 'spaces', 'space', 'beds', 'bed', 'slots', 'plazas', 'cupos', 'camas', 'lugares', 'espacios']);
/** Words before a capacity figure: "room for", "designed for", "capacidad para". */
const CAPACITY_BEFORE = /(?:room|space|capacity|designed|built|built to hold|capacidad|cupo|espacio)\s+(?:for|para)\s+(?:only\s+|just\s+|solo\s+|sólo\s+)?$/;
/** Words between the count and the capacity: "45,210 inmates in 12,500 places". */
const IN_CAPACITY = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in|into|for|en|para|occupy|occupied|occupying|fill|filled|ocupan|ocupaban|ocupaban)\s+(?:(?:the|a|an|its|their|los|las|sus|unos|unas|only|just|solo|sólo)\s+)?$/u;
/** Between a capacity and the count it holds: ", now holds", "y aloja a". */
const HOLDS = /^[^\d;:]{0,30}\b(?:holds?|held|houses?|housed|now\s+holds|aloja|alojaba|alberga|albergaba|hay|había)(?:\s+(?:a|an|about|some|unos|unas))?\s+$/;
/** "an occupancy of", "una ocupación del", "occupancy rate of". */
const OCCUPANCY_BEFORE = /(?:occupancy|ocupaci[óo]n)(?:\s+(?:rate|level|tasa|nivel))?\s+(?:of|at|de|del|al)?\s*(?:the\s+|el\s+|un\s+)?$|(?:at|al|a un)\s+$/;
const OCCUPANCY_AFTER = /^\s*(?:occupancy|of\s+(?:its\s+|their\s+|the\s+)?capacity|capacity|de\s+(?:su\s+|la\s+)?capacidad|de\s+ocupaci[óo]n)\b/;
const OVER_AFTER = /^\s*(?:over|above|beyond|more\s+than)\s+(?:its\s+|their\s+|the\s+)?(?:capacity|design capacity)\b|^\s*(?:por\s+encima\s+de|sobre|m[áa]s\s+all[áa]\s+de)\s+(?:su\s+|la\s+)?capacidad\b/;
/** "1,900 of the 3,200", "1.900 de los 3.200", "1,900 out of 3,200". */
const PART_OF = /^\s*(?:out\s+of|of|de|among|entre)\s+(?:(?:the|a|an|los|las|un|una|all|todos\s+los|todas\s+las)\s+)?$/;
/** "3,200 people, of whom 1,900", "907 homicidios, de los cuales 634". */
const OF_WHOM = /(?:,|\(|—|–)\s*(?:of\s+whom|of\s+which|of\s+them|de\s+(?:los|las)\s+cuales|de\s+ellos|de\s+ellas)\s+(?:(?:about|some|nearly|almost|around|over|more\s+than|unos|unas|cerca\s+de|casi|m[áa]s\s+de)\s+)?$/;
/** Between the whole (or the part) and the percentage: ", or", "(", ", el", ", es decir el", ", that is". */
const THEN_PERCENT = /(?:,\s*or|\bor|\(|,\s*(?:that\s+is|i\.e\.|which\s+is|representing|el|un|es\s+decir(?:\s+el|\s+un)?|o\s+sea(?:\s+el|\s+un)?|lo\s+que\s+representa(?:\s+el|\s+un)?|equivalente\s+al?|que\s+representan?(?:\s+el|\s+un)?)|—|–)\s*(?:(?:the|el|un)\s+)?$/;

/** Words that open another clause, whose percentage speaks of something else ("…, while the women's wing is at 130%"). */
const OTHER_CLAUSE = /;|\b(?:while|whereas|but|although|though|mientras|pero|aunque)\b|\b(?:and|y)\s+(?:the|its|their|el|la|los|las|su|sus)\b/;

/** The shares and occupancies one sentence states. */
export function readShares(s: SentenceView): ShareRelation[] {
  const out: ShareRelation[] = [];
  const amounts = s.figures.filter((p) => isAmount(p.f));
  for (let x = 0; x + 1 < amounts.length; x++) {
    const a = amounts[x]!;
    const b = amounts[x + 1]!;
    const gap = between(s, a, b);
    if (gap.length > 60 || figuresBetween(s, a, b).some((p) => !isTime(p.f))) continue;
    const capacity = b.f.unit !== null && CAPACITY_UNITS.has(b.f.unit) ? IN_CAPACITY.test(gap) || CAPACITY_BEFORE.test(gap) : CAPACITY_BEFORE.test(gap);
    if (capacity && (a.f.unit === null || !CAPACITY_UNITS.has(a.f.unit))) {
      const p = occupancyPercent(s, a, b);
      if (p) out.push({ kind: 'share', part: a, whole: b, percent: p.figure, what: p.over ? 'over-capacity' : 'occupancy' });
      continue;
    }
    // The capacity first: "built for 2,000, now holds 5,100", "capacidad para 1.200 internos y aloja a 2.600".
    if (CAPACITY_BEFORE.test(before(s, a, 30)) && HOLDS.test(gap)) {
      const p = occupancyPercent(s, a, b);
      if (p) out.push({ kind: 'share', part: b, whole: a, percent: p.figure, what: p.over ? 'over-capacity' : 'occupancy' });
      continue;
    }
    // "A of B …, or P%": the part first.
    if (PART_OF.test(gap) && (a.f.value as number) <= (b.f.value as number) && sameCounted(a, b)) {
      const p = percentAfter(s, b);
      if (p) out.push({ kind: 'share', part: a, whole: b, percent: p, what: 'share' });
      continue;
    }
    // "Of the B …, A …, or P%" and "B …, of whom A …, or P%": the whole first.
    const ofThe = /(?:^|[.;:]\s*|\s)(?:of|out\s+of|de)\s+(?:the|los|las)\s+$/.test(before(s, a, 20)) && /^\s*(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+,\s*$/u.test(gap);
    if ((ofThe || OF_WHOM.test(gap)) && (a.f.value as number) >= (b.f.value as number)) {
      const p = percentAfter(s, b);
      if (p) out.push({ kind: 'share', part: b, whole: a, percent: p, what: 'share' });
    }
  }
  return out;
}

/** Counts of the same thing (or one of them unnamed): "1,900 of the 3,200 detainees". */
function sameCounted(a: Placed, b: Placed): boolean {
  return a.f.unit === null || b.f.unit === null || a.f.unit === b.f.unit;
}

/** The percentage right after `b` tied to it by "or", "(", "el", "es decir": no other figure between, at most a few words. */
function percentAfter(s: SentenceView, b: Placed): Placed | null {
  const next = s.figures.find((p) => p.f.start >= b.f.end);
  if (!next || !isPercent(next.f)) return null;
  const gap = between(s, b, next);
  if (gap.length > 50 || !THEN_PERCENT.test(gap)) return null;
  // A percentage of something else ("or 59% of the total arrests") names its own base.
  if (/^\s*(?:of|de|del)\s+(?:the\s+|los\s+|las\s+|la\s+|el\s+)?(?:total|all|todos|todas)\b/.test(after(s, next, 30))) return next;
  if (/^\s*(?:of|de|del|more|less|fewer|higher|lower|m[áa]s|menos)\b/.test(after(s, next, 20))) return null;
  return next;
}

/** The percentage that states the occupancy of count `a` in capacity `b`: right after `b`, or just before `a`. */
function occupancyPercent(s: SentenceView, a: Placed, b: Placed): { figure: Placed; over: boolean } | null {
  const next = s.figures.find((p) => p.f.start >= b.f.end && !isTime(p.f));
  const prev = [...s.figures].reverse().find((p) => p.f.end <= a.f.start && !isTime(p.f));
  for (const p of [next, prev]) {
    if (!p || !isPercent(p.f)) continue;
    const gap = p === next ? between(s, b, p) : between(s, p, a);
    if (gap.length > 70 || OTHER_CLAUSE.test(gap)) continue;
    const over = OVER_AFTER.test(after(s, p, 30));
    const occupancy = over || OCCUPANCY_BEFORE.test(before(s, p, 40)) || OCCUPANCY_AFTER.test(after(s, p, 30));
    if (occupancy) return { figure: p, over };
  }
  return null;
}
