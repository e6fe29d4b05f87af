/**
 * The dataset prepared for matching: cue phrases indexed by their first word, claims by
 * quantity, series by id, and quote fingerprints for recognising an article that is itself a
 * source. Lookups cost the same whatever the dataset's size.
 */
import type { Language } from '../model';
import { irregularForms, mayStem, stemKey } from '../words/stem';
import { CUE_LIMITS, type Dataset } from './build';
import type { Claim, Quantity, Source } from './schema';

export type CueRole = 'subject' | 'measure' | 'require' | 'exclude' | 'veto' | 'anchor' | 'foreign';

/** One cue phrase and the quantities that use it. */
export interface CueEntry {
  words: string[];
  /** The last word matches as a prefix ("arrest*"). */
  prefix: boolean;
  /** The phrase as written in the dataset. */
  text: string;
  refs: { quantity: string; role: CueRole }[];
  /** The same references by role, for constant-time lookups. */
  roles: Map<CueRole, Set<string>>;
  /** The languages whose cue lists hold the phrase (its words meet other forms in these only). */
  langs: Set<Language>;
}

/** Cue phrases by the stems of their words (src/engine/words/stem.ts), per language. */
export interface StemIndex {
  /** By the key of the first word: one-word cues and two-word cues ending in a prefix. */
  one: Record<Language, Map<string, CueEntry[]>>;
  /** By the keys of the first two words ("key key"): longer phrases. */
  two: Record<Language, Map<string, CueEntry[]>>;
  /** First three letters of every word a key is made of: a word not starting so is never stemmed nor looked up. */
  starts: Record<Language, Set<string>>;
}

/** Single-word prefix cues sharing their first three letters, by prefix. */
export interface PrefixBucket {
  byPrefix: Map<string, CueEntry[]>;
  /** The prefix lengths present, ascending. */
  lengths: number[];
}

export interface Catalog {
  dataset: Dataset;
  /** One-word cues, and two-word cues ending in a prefix, by their first word (exact). */
  cuesByWord: Map<string, CueEntry[]>;
  /** Other phrases of two words or more, by their first two words ("el salvador"). */
  cuesByBigram: Map<string, CueEntry[]>;
  /** Cue phrases whose single word is a prefix, by the prefix's first three letters. */
  cuesByPrefix: Map<string, PrefixBucket>;
  /** Cue phrases by stem, for the forms of their words nobody listed ("detained" for "detain"). */
  cuesByStem: StemIndex;
  claimsByQuantity: Map<string, Claim[]>;
  /** Series id → its members, sorted by period. */
  series: Map<string, Quantity[]>;
  /** Fingerprint of a quote's first words → the source and claim. */
  quotePrints: Map<string, { source: string; claim: string }[]>;
  /** Number of claims per source, for recognition. */
  claimsPerSource: Map<string, number>;
  sources: Map<string, Source>;
}

/** Words a quote fingerprint spans. */
export const PRINT_WORDS = 8;

/** Builds the catalog from a dataset. */
export function buildCatalog(dataset: Dataset): Catalog {
  const cuesByWord = new Map<string, CueEntry[]>();
  const cuesByBigram = new Map<string, CueEntry[]>();
  const cuesByPrefix = new Map<string, PrefixBucket>();
  const byPhrase = new Map<string, CueEntry>();
  const addCue = (raw: string, quantity: string, role: CueRole, lang: Language): void => {
    const prefix = raw.endsWith('*');
    const words = words_(fold(prefix ? raw.slice(0, -1) : raw));
    if (words.length === 0) return;
    const k = (prefix ? '*' : '') + words.join(' ');
    let entry = byPhrase.get(k);
    if (!entry) {
      entry = { words, prefix, text: raw, refs: [], roles: new Map(), langs: new Set() };
      byPhrase.set(k, entry);
      if (prefix && words.length === 1) {
        if (words[0]!.length >= 3) {
          const p = words[0]!.slice(0, 3);
          let bucket = cuesByPrefix.get(p);
          if (!bucket) cuesByPrefix.set(p, (bucket = { byPrefix: new Map(), lengths: [] }));
          push(bucket.byPrefix, words[0]!, entry);
          if (!bucket.lengths.includes(words[0]!.length)) bucket.lengths = [...bucket.lengths, words[0]!.length].sort((x, y) => x - y);
        }
      } else if (words.length === 1 || (words.length === 2 && prefix)) push(cuesByWord, words[0]!, entry);
      else push(cuesByBigram, words[0]! + ' ' + words[1]!, entry);
    }
    entry.langs.add(lang);
    let set = entry.roles.get(role);
    if (!set) entry.roles.set(role, (set = new Set()));
    if (!set.has(quantity)) {
      set.add(quantity);
      entry.refs.push({ quantity, role });
    }
  };
  const memo = new Map<string, string[]>();
  for (const q of dataset.quantities.values()) {
    for (const role of ['subject', 'measure', 'require', 'exclude', 'veto', 'anchor', 'foreign'] as const) {
      const cues = q.cues[role];
      if (!cues) continue;
      for (const lang of ['en', 'es'] as const) {
        for (const cue of expand(cues[lang], lang, dataset, memo)) addCue(cue, q.id, role, lang);
      }
    }
  }
  const cuesByStem = stemIndex(byPhrase.values());
  const claimsByQuantity = new Map<string, Claim[]>();
  const quotePrints = new Map<string, { source: string; claim: string }[]>();
  const claimsPerSource = new Map<string, number>();
  for (const c of dataset.claims.values()) {
    push(claimsByQuantity, c.quantity, c);
    claimsPerSource.set(c.source, (claimsPerSource.get(c.source) ?? 0) + 1);
    const w = words_(fold(c.quote));
    if (w.length >= PRINT_WORDS) push(quotePrints, w.slice(0, PRINT_WORDS).join(' '), { source: c.source, claim: c.id });
  }
  const series = new Map<string, Quantity[]>();
  for (const q of dataset.quantities.values()) if (q.series) push(series, q.series.id, q);
  for (const members of series.values()) members.sort((a, b) => a.series!.period.localeCompare(b.series!.period));
  return { dataset, cuesByWord, cuesByBigram, cuesByPrefix, cuesByStem, claimsByQuantity, series, quotePrints, claimsPerSource, sources: dataset.sources };
}

/** Roles whose cues are names of places and bodies, matched only as written. */
const NAMES: ReadonlySet<CueRole> = new Set(['anchor', 'foreign']);
/**
 * Roles whose cue words meet their other forms: what is measured and the words that require or
 * rule it out. Subjects, places and bodies are names of who or what ("ministra" is not
 * "ministro"), matched only as written.
 */
const STEMMED: ReadonlySet<CueRole> = new Set(['measure', 'require', 'exclude', 'veto']);
/** Roles that rule a quantity out. */
const AGAINST: ReadonlySet<CueRole> = new Set(['exclude', 'veto']);

/**
 * Indexes each cue phrase, in each language that lists it, by the stem keys of the words its
 * exact index uses (the first, or the first two), when stemming can find a form not written:
 * some word of the phrase may stem. Left to exact matching: subjects and names of places (see
 * STEMMED), and words whose forms the dataset itself tells apart (a form that rules a quantity out beside a
 * form that names one, as "holds"/"held" rule out a capacity that "can hold" names): another
 * form of those could be either.
 */
function stemIndex(entries: Iterable<CueEntry>): StemIndex {
  const index: StemIndex = { one: { en: new Map(), es: new Map() }, two: { en: new Map(), es: new Map() }, starts: { en: new Set(), es: new Set() } };
  for (const lang of ['en', 'es'] as const) for (const f of irregularForms(lang)) index.starts[lang].add(f.slice(0, 3));
  const all = [...entries];
  const told = new Map<string, number>(); // lang:key → 1 named, 2 ruled out, 3 both
  for (const e of all)
    for (const lang of e.langs)
      for (const [role] of e.roles) {
        if (NAMES.has(role)) continue;
        const bit = AGAINST.has(role) ? 2 : 1;
        for (const w of e.words) {
          if (!mayStem(w)) continue;
          const k = `${lang}:${stemKey(w, lang)}`;
          told.set(k, (told.get(k) ?? 0) | bit);
        }
      }
  for (const whole of all) {
    if (whole.prefix && whole.words.length === 1) continue;
    // A hit by another form refers only to the phrase's roles that stem.
    const refs = whole.refs.filter((r) => STEMMED.has(r.role));
    if (refs.length === 0) continue;
    const e: CueEntry = refs.length === whole.refs.length ? whole : { ...whole, refs, roles: new Map([...whole.roles].filter(([r]) => STEMMED.has(r))) };
    const n = e.words.length === 1 || (e.words.length === 2 && e.prefix) ? 1 : 2;
    for (const lang of e.langs) {
      if (!e.words.some((w, i) => mayStem(w) && !(e.prefix && i === e.words.length - 1))) continue;
      const keys = e.words.map((w) => stemKey(w, lang));
      if (keys.some((k, i) => mayStem(e.words[i]!) && told.get(`${lang}:${k}`) === 3)) continue;
      for (const w of e.words.slice(0, n)) index.starts[lang].add(w.slice(0, 3));
      push(n === 1 ? index.one[lang] : index.two[lang], keys.slice(0, n).join(' '), e);
    }
  }
  return index;
}

/**
 * A cue list with its `@name` includes replaced by their phrases. The build has already refused
 * cycles and lists too deep or too large (CUE_LIMITS); each set is expanded once per catalog,
 * and a set met again on its own path expands to nothing, so this stays bounded whatever it is given.
 */
function expand(cues: readonly string[], lang: 'en' | 'es', dataset: Dataset, memo: Map<string, string[]>, path: Set<string> = new Set()): string[] {
  const out: string[] = [];
  for (const c of cues) {
    if (!c.startsWith('@')) {
      out.push(c);
      continue;
    }
    const name = c.slice(1);
    const k = `${lang}:${name}`;
    let list = memo.get(k);
    if (!list) {
      const set = dataset.cueSets.get(name);
      if (!set || path.has(k) || path.size >= CUE_LIMITS.depth) continue;
      path.add(k);
      list = expand(set[lang], lang, dataset, memo, path);
      path.delete(k);
      memo.set(k, list);
    }
    for (const x of list) out.push(x);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

const FOLD: Record<string, string> = {
  á: 'a', à: 'a', ä: 'a', â: 'a', ã: 'a', é: 'e', è: 'e', ë: 'e', ê: 'e', í: 'i', ì: 'i', ï: 'i', î: 'i', ó: 'o', ò: 'o',
  ö: 'o', ô: 'o', õ: 'o', ú: 'u', ù: 'u', ü: 'u', û: 'u', ñ: 'n', ç: 'c', '’': "'", '‘': "'",
};

/** Lower case with accents folded, one character for one (offsets are kept). */
export function fold(s: string): string {
  // ASCII keeps its length when lower-cased: the common case needs no character walk.
  if (!/[^\x00-\x7F]/.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    let l = c.toLowerCase();
    if (l.length !== 1) l = c;
    out += FOLD[l] ?? l;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of folded text. */
export function words_(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Words of folded text with their offsets. */
export function wordsWithOffsets(folded: string, offset: number): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded)) !== null) out.push({ w: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}
