/**
 * Places a figure can belong to: countries and regions by name, demonym and possessive, in
 * English and Spanish. A built-in gazetteer (what every article may name), independent of any
 * dataset: a figure's holder is read from the text, then compared with the places a quantity
 * belongs to (read from the quantity's own anchor and subject words with the same gazetteer).
 */

/** A place named in the text. */
export interface PlaceMention {
  /** Canonical id: an ISO-like country code ("sv", "hn"), or a region ("latam", "world"). */
  place: string;
  start: number;
  end: number;
  /** How it is named: a name ("Honduras"), a demonym ("Honduran", "hondureños"). */
  how: 'name' | 'demonym';
}

interface Entry {
  place: string;
  names: string[];
  demonyms: string[];
  /** Names matched only as written (case-sensitive): "US" is not "us". */
  exact?: string[];
}

/** Regions contain countries: a region's figure is not a country's, but a country is in its region. */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  latam: ['sv', 'hn', 'gt', 'ni', 'cr', 'pa', 'mx', 'co', 've', 'ec', 'pe', 'bo', 'cl', 'ar', 'uy', 'py', 'br', 'cu', 'do', 'ht', 'jm'],
  ca: ['sv', 'hn', 'gt', 'ni', 'cr', 'pa', 'bz'],
};

const ENTRIES: Entry[] = [
  { place: 'sv', names: ['el salvador', 'san salvador'], demonyms: ['salvadoran', 'salvadorans', 'salvadoreño', 'salvadoreña', 'salvadoreños', 'salvadoreñas'] },
  { place: 'hn', names: ['honduras'], demonyms: ['honduran', 'hondurans', 'hondureño', 'hondureña', 'hondureños', 'hondureñas'] },
  { place: 'gt', names: ['guatemala'], demonyms: ['guatemalan', 'guatemalans', 'guatemalteco', 'guatemalteca', 'guatemaltecos', 'guatemaltecas'] },
  { place: 'ni', names: ['nicaragua'], demonyms: ['nicaraguan', 'nicaraguans', 'nicaragüense', 'nicaragüenses'] },
  { place: 'cr', names: ['costa rica'], demonyms: ['costa rican', 'costa ricans', 'costarricense', 'costarricenses'] },
  { place: 'pa', names: ['panama', 'panamá'], demonyms: ['panamanian', 'panamanians', 'panameño', 'panameña', 'panameños', 'panameñas'] },
  { place: 'bz', names: ['belize', 'belice'], demonyms: ['belizean', 'beliceño', 'beliceña'] },
  { place: 'mx', names: ['mexico', 'méxico'], demonyms: ['mexican', 'mexicans', 'mexicano', 'mexicana', 'mexicanos', 'mexicanas'] },
  { place: 'co', names: ['colombia'], demonyms: ['colombian', 'colombians', 'colombiano', 'colombiana', 'colombianos', 'colombianas'] },
  { place: 've', names: ['venezuela'], demonyms: ['venezuelan', 'venezuelans', 'venezolano', 'venezolana', 'venezolanos', 'venezolanas'] },
  { place: 'ec', names: ['ecuador'], demonyms: ['ecuadorian', 'ecuadorians', 'ecuadorean', 'ecuatoriano', 'ecuatoriana', 'ecuatorianos', 'ecuatorianas'] },
  { place: 'pe', names: ['peru', 'perú'], demonyms: ['peruvian', 'peruvians', 'peruano', 'peruana', 'peruanos', 'peruanas'] },
  { place: 'bo', names: ['bolivia'], demonyms: ['bolivian', 'bolivians', 'boliviano', 'boliviana', 'bolivianos', 'bolivianas'] },
  { place: 'cl', names: ['chile'], demonyms: ['chilean', 'chileans', 'chileno', 'chilena', 'chilenos', 'chilenas'] },
  { place: 'ar', names: ['argentina'], demonyms: ['argentine', 'argentines', 'argentinian', 'argentinians', 'argentino', 'argentinos', 'argentinas'] },
  { place: 'uy', names: ['uruguay'], demonyms: ['uruguayan', 'uruguayans', 'uruguayo', 'uruguaya', 'uruguayos', 'uruguayas'] },
  { place: 'py', names: ['paraguay'], demonyms: ['paraguayan', 'paraguayans', 'paraguayo', 'paraguaya', 'paraguayos', 'paraguayas'] },
  { place: 'br', names: ['brazil', 'brasil'], demonyms: ['brazilian', 'brazilians', 'brasileño', 'brasileña', 'brasileños', 'brasileñas'] },
  { place: 'cu', names: ['cuba'], demonyms: ['cuban', 'cubans', 'cubano', 'cubana', 'cubanos', 'cubanas'] },
  { place: 'do', names: ['dominican republic', 'república dominicana'], demonyms: ['dominicano', 'dominicana', 'dominicanos'] },
  { place: 'ht', names: ['haiti', 'haití'], demonyms: ['haitian', 'haitians', 'haitiano', 'haitiana', 'haitianos'] },
  { place: 'jm', names: ['jamaica'], demonyms: ['jamaican', 'jamaicans', 'jamaicano', 'jamaiquino'] },
  {
    place: 'us',
    names: ['united states', 'united states of america', 'estados unidos', 'ee. uu.', 'ee.uu.', 'eeuu', 'u.s.', 'u.s.a.'],
    demonyms: ['estadounidense', 'estadounidenses', 'norteamericano', 'norteamericana', 'norteamericanos'],
    exact: ['US', 'USA', 'EE UU'],
  },
  { place: 'canada', names: ['canada', 'canadá'], demonyms: ['canadian', 'canadians', 'canadiense', 'canadienses'] },
  { place: 'es', names: ['spain', 'españa'], demonyms: ['spaniard', 'spaniards', 'español', 'española', 'españoles'] },
  { place: 'uk', names: ['united kingdom', 'britain', 'england', 'reino unido', 'inglaterra'], demonyms: ['british', 'británico', 'británica', 'británicos'] },
  { place: 'latam', names: ['latin america', 'américa latina', 'latinoamérica', 'the region', 'la región', 'the hemisphere', 'the americas', 'las américas', 'the continent', 'el continente'], demonyms: ['latin american', 'latinoamericano', 'latinoamericana', 'latinoamericanos', 'latinoamericanas'] },
  { place: 'ca', names: ['central america', 'centroamérica', 'centro américa', 'américa central', 'northern triangle', 'triángulo norte'], demonyms: ['central american', 'centroamericano', 'centroamericana', 'centroamericanos', 'centroamericanas'] },
  { place: 'world', names: ['the world', 'el mundo', 'worldwide', 'globally', 'a nivel mundial'], demonyms: [] },
];

const FOLD: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', ñ: 'n', '’': "'" };
const foldChar = (c: string): string => FOLD[c] ?? c;
/** Lower case, accents folded, one character for one (offsets kept). */
function fold(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) out += c.length === 1 ? foldChar(c) : c;
  return out.length === s.length ? out : s.toLowerCase();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  folded: RegExp;
  exact: RegExp | null;
  byPhrase: Map<string, { place: string; how: 'name' | 'demonym' }>;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const byPhrase = new Map<string, { place: string; how: 'name' | 'demonym' }>();
  const exact: string[] = [];
  for (const e of ENTRIES) {
    for (const n of e.names) byPhrase.set(fold(n), { place: e.place, how: 'name' });
    for (const d of e.demonyms) byPhrase.set(fold(d), { place: e.place, how: 'demonym' });
    for (const x of e.exact ?? []) {
      exact.push(x);
      byPhrase.set(x, { place: e.place, how: 'name' });
    }
  }
  const phrases = [...byPhrase.keys()].filter((p) => p === p.toLowerCase()).sort((a, b) => b.length - a.length);
  const folded = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const ex = exact.length ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${exact.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'g') : null;
  compiled = { folded, exact: ex, byPhrase };
  return compiled;
}

/** Demonyms that also name a language. */
const LANGUAGE = /^(?:espanol|español)$/;

/** Names of a region that are common nouns ("the region", "la región"): they may name another region. */
const COMMON_NOUN = /^(?:the|la|el)\s+(?:region|continent|continente)$/;

/**
 * A common noun written as, or followed by, a proper name names a region of its own, not Latin
 * America: "la Región Metropolitana", "the region of Murcia", "la región del Biobío".
 */
function namesOne(text: string, start: number, end: number): boolean {
  const noun = text.slice(start, end).replace(/^\S+\s+/, '');
  if (/^\p{Lu}/u.test(noun)) return true;
  return /^\s+(?:(?:of|de|del|de\s+la)\s+)?\p{Lu}/u.test(text.slice(end, end + 24));
}

/** Places named in `text` (offsets from `offset`), in order. Linear in the text. */
export function findPlaces(text: string, offset = 0): PlaceMention[] {
  const c = compile();
  const f = fold(text);
  const out: PlaceMention[] = [];
  c.folded.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.folded.exec(f)) !== null) {
    const hit = c.byPhrase.get(m[0]);
    if (hit && COMMON_NOUN.test(m[0]) && namesOne(text, m.index, m.index + m[0].length)) continue;
    // A language is no place: "en español", "(español)", "in Spanish".
    if (hit && LANGUAGE.test(m[0]) && /(?:\ben|\bin|\()\s*$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (hit) out.push({ place: hit.place, start: offset + m.index, end: offset + m.index + m[0].length, how: hit.how });
  }
  if (c.exact) {
    c.exact.lastIndex = 0;
    while ((m = c.exact.exec(text)) !== null) {
      const hit = c.byPhrase.get(m[0]);
      if (hit) out.push({ place: hit.place, start: offset + m.index, end: offset + m.index + m[0].length, how: hit.how });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * The places a list of cue phrases names (a quantity's anchor or subject words). A cue ending in
 * `*` is a prefix: it names every place one of whose names or demonyms it begins ("argentin*").
 */
export function placesNamedBy(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    if (p.endsWith('*')) {
      const prefix = fold(p.slice(0, -1));
      if (prefix.length < 4) continue;
      for (const [phrase, hit] of compile().byPhrase) if (phrase.startsWith(prefix)) out.add(hit.place);
    } else for (const m of findPlaces(p)) out.add(m.place);
  }
  return out;
}

/** True when a figure held by `holder` can be a value of a quantity belonging to `home`. */
export function holderFits(holder: string, home: ReadonlySet<string>): boolean {
  if (home.has(holder)) return true;
  return false;
}

/** How far back a paragraph's start is looked for, and how near its start its topic must be named. */
const PARAGRAPH_REACH = 1200;
const LEAD = 48;

/**
 * The country a paragraph leads with, for a figure at `at`: a round-up's "**Honduras.** …",
 * "In Guatemala, …", "Ecuador: …". Read from the text before `at` back to the paragraph's start
 * (a blank line); a region, or a place named later in the paragraph, is no topic.
 */
export function paragraphTopic(text: string, at: number): string | null {
  const from = Math.max(0, at - PARAGRAPH_REACH);
  const before = text.slice(from, at);
  let start = -1;
  const blank = /\n[ \t]*\n/g;
  for (let m = blank.exec(before); m; m = blank.exec(before)) start = from + m.index + m[0].length;
  if (start < 0) {
    if (from > 0) return null;
    start = 0;
  }
  const lead = text.slice(start, Math.min(at, start + LEAD));
  const first = findPlaces(lead, start)[0];
  if (!first || first.place in REGIONS || first.place === 'world') return null;
  // Only its opening words: markup, then the name, or "In"/"En" and the name.
  if (!/^[\s*_#>\-]*(?:(?:in|en)\s+)?$/i.test(text.slice(start, first.start))) return null;
  return first.place;
}

/** The countries among some place mentions (regions and the world left out), each once. */
export function countriesOf(mentions: Iterable<PlaceMention>): Set<string> {
  const named = new Set<string>();
  for (const p of mentions) if (!(p.place in REGIONS) && p.place !== 'world') named.add(p.place);
  return named;
}

/**
 * The one country an article names, when it names exactly one (an article on Peru's prisons):
 * figures nothing else attributes are that country's. Regions do not count. (The matcher counts
 * it block by block, see FrameReader.soleCountry; this reads a whole text.)
 */
export function soleCountry(text: string): string | null {
  const named = countriesOf(findPlaces(text));
  return named.size === 1 ? [...named][0]! : null;
}

let datelineMemo: { text: string; place: string | null } | null = null;

/**
 * The place of a dateline opening the article's first lines ("TECOLUCA, El Salvador —",
 * "SAN SALVADOR, July 2, 2024 (Wire) —", "CIUDAD DE MÉXICO —"): where the article is written from.
 */
export function datelinePlace(text: string): string | null {
  if (datelineMemo?.text === text) return datelineMemo.place;
  const m = /(?:^|\n)[ \t*_]*(\p{Lu}[\p{Lu} .'’-]{2,40}(?:,[^\n—–]{0,60})?)\s*[—–]/u.exec(text.slice(0, 3000));
  const found = m ? findPlaces(m[1]!).filter((p) => !(p.place in REGIONS) && p.place !== 'world') : [];
  const place = found.length > 0 ? found[0]!.place : null;
  datelineMemo = { text, place };
  return place;
}
