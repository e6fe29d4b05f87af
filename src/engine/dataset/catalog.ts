/**
 * The dataset prepared for matching: cue phrases indexed by their first word, claims by
 * quantity, series by id, and quote fingerprints for recognising an article that is itself a
 * source. Lookups cost the same whatever the dataset's size.
 */
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
  const addCue = (raw: string, quantity: string, role: CueRole): void => {
    const prefix = raw.endsWith('*');
    const words = words_(fold(prefix ? raw.slice(0, -1) : raw));
    if (words.length === 0) return;
    const k = (prefix ? '*' : '') + words.join(' ');
    let entry = byPhrase.get(k);
    if (!entry) {
      entry = { words, prefix, text: raw, refs: [], roles: new Map() };
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
        for (const cue of expand(cues[lang], lang, dataset, memo)) addCue(cue, q.id, role);
      }
    }
  }
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
  return { dataset, cuesByWord, cuesByBigram, cuesByPrefix, claimsByQuantity, series, quotePrints, claimsPerSource, sources: dataset.sources };
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
