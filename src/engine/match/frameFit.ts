/**
 * Whether a candidate quantity fits the figure's frame (src/engine/frames): whose the figure is,
 * what a rate counts, and in what role it is given. A quantity of another place is no candidate;
 * a match whose role is not an actual value (a forecast, a part, an average…) becomes a weak
 * reading, shown as "may refer to" and never judged.
 */
import type { Catalog } from '../dataset/catalog';
import type { Analysis, Figure } from '../model';
import type { Frame, FrameReader } from '../frames/frame';
import { homePlaces } from '../frames/home';
import { paragraphTopic, placesNamedBy, REGIONS } from '../frames/places';
import type { CueHit } from './cues';
import type { Match } from './match';
import type { Candidate, Setting } from './score';

/** The filter on candidates for figure f: held by one of the quantity's places, and for a rate naming what it counts, a quantity of that. */
/** What the whole article says of where it is: read once per check, block by block (see Matcher). */
export interface ArticleReadings {
  /** The place the article is about (FrameReader.documentPlace). */
  place(): string | null;
  /** The one country it names, if it names exactly one (FrameReader.soleCountry). */
  sole(): string | null;
  /** The place of its dateline ("TECOLUCA, El Salvador —"). */
  dateline(): string | null;
  /** The places whose bodies it names by a name of their own ("CECOT" names El Salvador's). */
  names(): ReadonlySet<string>;
}

export function frameFits(f: Figure, frame: Frame, setting: Setting, catalog: Catalog, here: readonly CueHit[], prev: readonly CueHit[], article: ArticleReadings): (c: Candidate) => boolean {
  const noun = f.kind === 'rate' ? rateNoun(setting.text, f) : null;
  return (c) => heldHere(f, c, frame, setting, catalog, here, prev, article) && (!noun || here.some((h) => h.start >= noun.start && h.end <= noun.end && refersAny(h, c.q.id)));
}

/** The match read through the frame: weak for a date counted from its event, a qualified measure, or a role other than an actual value. */
export function readThroughFrame(m: Match, frame: Frame, setting: Setting, f: Figure, here: readonly CueHit[]): Match {
  const text = setting.text;
  const read = framed(m, frame, setting, f);
  // A date some time after the event its measure names ("a los 10 meses tras implementado el régimen, en enero del 2023") is not the event's date.
  if ((f.kind === 'date' || f.kind === 'year') && OFFSET.test(text.slice(Math.max(0, m.evidence.measure.start - 48), m.evidence.measure.start))) {
    return { ...read, confidence: { level: 'weak', doubt: 'it is dated from the event, not the event itself' } };
  }
  const qualified = qualifiedMeasure(text, f);
  if (qualified && !here.some((h) => h.start >= qualified.start && h.end <= qualified.end && refersAny(h, m.quantity))) {
    return { ...read, confidence: { level: 'weak', doubt: `it measures “${text.slice(qualified.start, qualified.end)}”` } };
  }
  return read;
}

/**
 * The candidate's quantity can belong to whoever the figure's frame names: a place named in its
 * clause, its sentence or (for a sentence naming none) the one before must be one of the
 * quantity's own places, unless the quantity's own subject is named in the figure's clause
 * ("Honduran officials toured CECOT, which holds 15,000").
 */
function heldHere(f: Figure, c: Candidate, frame: Frame, setting: Setting, catalog: Catalog, here: readonly CueHit[], prev: readonly CueHit[], article: ArticleReadings): boolean {
  const home = homePlaces(catalog, c.q.id);
  const named = (x: CueHit): boolean => /^\p{Lu}/u.test(setting.text.slice(x.start, x.start + 1));
  const own = (h: CueHit): boolean => named(h) && (refersTo(h, c.q.id) || [...anchorPlaces(h, catalog)].some((p) => home.has(p)));
  // An article that names one country only, not the quantity's, speaks of that country: its
  // figures are not the quantity's unless a name of the quantity's own ("CECOT", "Bukele") is in
  // the sentence. A common noun ("a mega-prison", "the state of emergency") does not make them so.
  const sole = home.size > 0 && ![...home].every(isRegion) ? article.sole() : null;
  if (sole && !home.has(sole) && !here.some(own) && ![...home].some((p) => article.names().has(p))) return false;
  // An event's date involves whoever takes part ("Milei's visit to El Salvador for Bukele's inauguration"): its place words are the foreign cues' concern.
  if (f.kind === 'date' || f.kind === 'year') return true;
  if (!frame.holder) {
    // Nothing near the figure says whose it is, nor does its sentence name the quantity's subject:
    // the article's own place decides ("The country's prisons … more than 460 inmates killed" in an article about Ecuador).
    // A name of the quantity's own in the sentence ("CECOT") settles it; a common noun ("the gangs") does not.
    const byName = c.subject.where === 'sentence' && /^\p{Lu}/u.test(setting.text.slice(c.subject.start, c.subject.start + 1));
    // The paragraph's lead names its country (a round-up: "**Honduras.** …") before the article's does.
    // Then the article's: the place it leads with by name, else its dateline's.
    const about = byName ? null : (paragraphTopic(setting.text, setting.clause.start) ?? article.place() ?? article.dateline());
    return !about || home.size === 0 || home.has(about);
  }
  // A region's figure (an average across Latin America) is not a country's: a country holding the
  // figure is not outweighed by a region named elsewhere in its sentence ("Long the region's calm
  // exception, Costa Rica … its prisons are at 130% of capacity").
  if (home.size > 0 && [...home].every(isRegion) && !isRegion(frame.holder.place) && !home.has(frame.holder.place)) return false;
  // A region named outside the figure's clause frames the sentence, not the figure ("in the Americas, with room for 40,000").
  if (frame.holder.where !== 'clause' && frame.places.every(isRegion)) return true;
  if (home.size === 0 || frame.places.some((p) => home.has(p))) return true;
  // The quantity's own place or body named at the holder's level or nearer (the dataset's anchor
  // words: "CECOT" is El Salvador's) keeps it: "Argentina's minister toured CECOT, built for 40,000".
  // Only a name outweighs a place: "CECOT" does, a common noun ("the gangs", "a new megaprison") does not.
  // A name after the figure that it is compared with is not its own ("by 2023 it was 2.6, below the U.S. rate").
  const ownHere = (x: CueHit): boolean => own(x) && !(x.start >= f.end && COMPARED_AFTER.test(setting.text.slice(f.end, x.start)));
  const h = frame.holder;
  switch (h.where) {
    case 'clause': {
      // Nearer the figure than the other place: "the Argentine leader attended Bukele's second inauguration".
      const d = (x: { start: number; end: number }): number => (x.end <= f.start ? f.start - x.end : x.start - f.end);
      return here.some((x) => ownHere(x) && x.start >= setting.clause.start && x.end <= setting.clause.end && d(x) < d(h));
    }
    case 'sentence':
      return here.some(ownHere);
    case 'previous':
      return here.some(ownHere) || prev.some(own);
    default:
      // A table header or the question names the place: the figure's words, with those it borrowed, must name the quantity's own.
      return here.some(ownHere);
  }
}

/** Between a figure and a place it is compared with: "2.6, below the U.S. rate", "más que en Honduras". */
const COMPARED_AFTER = /(?:^|[^\p{L}])(?:than|below|above|under|over|behind|ahead of|compared (?:with|to)|versus|vs\.?|like|unlike|que|por debajo de|por encima de|frente a|como)\s+(?:the\s+|el\s+|la\s+|los\s+|en\s+)?$/iu;

function isRegion(place: string): boolean {
  return place in REGIONS || place === 'world';
}

/**
 * A measure qualified after its unit: "23 hectáreas de construcción" (built area, not the site),
 * "40 km of wall". Generic qualifiers ("of land", "de superficie") leave the measure as it is.
 */
function qualifiedMeasure(text: string, f: Figure): { start: number; end: number } | null {
  if (f.kind !== 'count' || !f.unit || !/^(?:hectares|acres|km|miles|m)$/.test(f.unit)) return null;
  const m = /^\s*(?:[\p{L}.]+\s+)?(?:de|of)\s+((?:the\s+|la\s+|el\s+)?[\p{L}]+)/u.exec(text.slice(f.end, f.end + 48));
  if (!m || /^(?:land|ground|terrain|terreno|terrenos|tierra|tierras|superficie|extensi[oó]n|[aá]rea|the|la|el)$/i.test(m[1]!)) return null;
  const start = f.end + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/** A length of time after an event: "10 months after", "a los 10 meses tras", "two years into". */
const OFFSET = /(?:^|[^\p{L}])(?:\d+|[\p{L}]+)\s+(?:months?|years?|days?|weeks?|meses|años|días|semanas)\s+(?:after|into|tras|después\s+de(?:l)?|luego\s+de(?:l)?|following)(?:\s+[\p{L}]+){0,2}\s*$/iu;

/** What a rate counts when it says so: "363.8 violent crimes per 100,000" (people are its denominator's, not its count). */
function rateNoun(text: string, f: Figure): { start: number; end: number } | null {
  const m = /^\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:per|por)\s/u.exec(text.slice(f.end, f.end + 60));
  if (!m || /^(?:people|persons|inhabitants|residents|habitantes|personas)$/i.test(m[1]!)) return null;
  const start = f.end + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

function refersAny(h: CueHit, quantity: string): boolean {
  for (const set of h.entry.roles.values()) if (set.has(quantity)) return true;
  return false;
}

function refersTo(h: CueHit, quantity: string): boolean {
  return (h.entry.roles.get('anchor')?.has(quantity) ?? false) || (h.entry.roles.get('subject')?.has(quantity) ?? false);
}

/** The places a cue names as an anchor of some quantity ("CECOT" names El Salvador). */
const anchorMemo = new WeakMap<CueHit['entry'], ReadonlySet<string>>();
export function anchorPlaces(h: CueHit, catalog: Catalog): ReadonlySet<string> {
  let p = anchorMemo.get(h.entry);
  if (!p) {
    // A place's own name names that place; another anchor ("CECOT") names the places of the quantities it anchors.
    const named = placesNamedBy([h.entry.text]);
    const s = new Set<string>(named);
    if (named.size === 0) for (const q of h.entry.roles.get('anchor') ?? []) for (const x of homePlaces(catalog, q)) s.add(x);
    anchorMemo.set(h.entry, (p = s));
  }
  return p;
}

const LISTED = /^(?:and|plus|y|e|más)$/i;

const ROLE_DOUBT: Record<Frame['role'], string> = {
  actual: '',
  forecast: 'it is given as a forecast or target',
  before: 'it describes the time before',
  part: 'it is a part of a figure given with it',
  other: 'it belongs to something else',
  average: 'it is an average',
  month: 'it is given for one month',
  'as-of': 'it dates another figure',
};

/** A match read through the figure's frame: its holder recorded, weak when its role is not an actual value. */
function framed(m: Match, frame: Frame, setting: Setting, f: Figure): Match {
  const holder = frame.holder ? { text: frame.holder.text, start: frame.holder.start, end: frame.holder.end, where: frame.holder.where } : undefined;
  const evidence = holder ? { ...m.evidence, holder } : m.evidence;
  let fine = frame.role === 'actual';
  // An average is the quantity only when the quantity is itself an average ("average occupancy").
  if (frame.role === 'average') fine = /average|promedio|media/i.test(m.evidence.measure.cue) || /average|mean/i.test(m.quantity);
  if (frame.role === 'part') {
    // A listed item ("7,000 soldiers and 3,000 police") is judged with its sibling (see `partsOfOne`).
    if (frame.roleEvidence !== null && LISTED.test(frame.roleEvidence.text)) fine = true;
    // A part with a predicate of its own ("about 7,000 of whom were freed") is measured in its own clause.
    else fine = m.evidence.measure.start >= f.end && m.evidence.measure.end <= setting.clause.end;
  }
  if (!fine) {
    const why = frame.roleEvidence ? `${ROLE_DOUBT[frame.role]} (“${frame.roleEvidence.text}”)` : ROLE_DOUBT[frame.role];
    return { ...m, evidence, confidence: { level: 'weak', doubt: why } };
  }
  return holder ? { ...m, evidence } : m;
}

/**
 * Two counts of different nouns listed together ("7,000 soldiers and 3,000 police") that both
 * took one quantity are its parts, not its value: each becomes a weak reading.
 */
export function partsOfOne(analysis: Analysis, frames: FrameReader, out: (Match | null)[], from: number, to: number): void {
  for (let k = from; k + 1 < to; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (!a || !b || a.quantity !== b.quantity || analysis.figures[k]!.sentence !== analysis.figures[k + 1]!.sentence) continue;
    const fa = frames.frame(k);
    const fb = frames.frame(k + 1);
    const listed = (fr: Frame): boolean => fr.role === 'part' && fr.roleEvidence !== null && LISTED.test(fr.roleEvidence.text);
    if (!listed(fa) || !listed(fb)) continue;
    for (const [j, m, fr] of [[k, a, fa], [k + 1, b, fb]] as const) {
      out[j] = { ...m, confidence: { level: 'weak', doubt: `${ROLE_DOUBT.part} (“${fr.roleEvidence!.text}”)` } };
    }
  }
}
