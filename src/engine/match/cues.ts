/**
 * Finding the dataset's cue phrases in a stretch of prose, by index lookups word by word: as
 * written, by prefix ("arrest*"), and, given the text's language, by stem for the forms of a
 * cue's words nobody listed ("detained" for "detain", "held" for "hold"; src/engine/words/).
 */
import { fold, wordsWithOffsets, type Catalog, type CueEntry } from '../dataset/catalog';
import type { Language } from '../model';
import { sameWord, stemKey } from '../words/stem';

export interface CueHit {
  start: number;
  end: number;
  entry: CueEntry;
  /** Set when a word of the phrase is another form of the cue's word, not the word as listed. */
  via?: 'stem';
}

/** Verb forms that are never nouns, and the articles that make the next word a noun (folded). */
const VERB_PAST: Record<Language, RegExp> = { en: /ed$/, es: /(?:aron|ieron)$/ };
const DETERMINER: Record<Language, RegExp> = { en: /^(?:the|a|an|this|that|each|every|its|their|his|her)$/, es: /^(?:el|un|una|unos|unas|su|sus|este|esta|cada)$/ };
// Spanish 'la', 'los', 'las' are left out: before a verb they are its object ('los asesinaron').

/** Every cue phrase in `text` (document offsets from `offset`); with `lang`, also other forms of its words. */
export function findCues(text: string, offset: number, catalog: Catalog, lang?: Language): CueHit[] {
  const ws = wordsWithOffsets(fold(text), offset);
  const hits: CueHit[] = [];
  const close = (i: number, n: number): boolean => n === 1 || ws[i + n - 1]!.start - ws[i]!.end <= 4 * n + 12;
  // Words met as written: another form of a cue word is never read into them.
  const written = new Uint8Array(ws.length);
  const phrase = (e: CueEntry, i: number): void => {
    const n = e.words.length;
    if (i + n > ws.length) return;
    for (let k = 0; k < n; k++) {
      const word = ws[i + k]!.w;
      const want = e.words[k]!;
      if (!(k === n - 1 && e.prefix ? word.startsWith(want) : word === want)) return;
    }
    // Words of a phrase must be close together (not across a long gap of masked text).
    if (!close(i, n)) return;
    hits.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, entry: e });
    written.fill(1, i, i + n);
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w;
    const single = catalog.cuesByWord.get(w);
    if (single) for (const e of single) phrase(e, i);
    if (i + 1 < ws.length) {
      const multi = catalog.cuesByBigram.get(w + ' ' + ws[i + 1]!.w);
      if (multi) for (const e of multi) phrase(e, i);
    }
    if (w.length >= 3) {
      const bucket = catalog.cuesByPrefix.get(w.slice(0, 3));
      if (!bucket) continue;
      for (const len of bucket.lengths) {
        if (len > w.length) break;
        const pre = bucket.byPrefix.get(len === w.length ? w : w.slice(0, len));
        if (pre) {
          // A prefix ("asesin*") takes in every form of its word and tells none apart: other
          // entries may still meet the word by stem ("asesinaban" is a form of "asesinaron").
          for (const e of pre) hits.push({ start: ws[i]!.start, end: ws[i]!.end, entry: e });
        }
      }
    }
  }
  if (!lang) return hits;
  const one = catalog.cuesByStem.one[lang];
  const two = catalog.cuesByStem.two[lang];
  const starts = catalog.cuesByStem.starts[lang];
  if (one.size === 0 && two.size === 0) return hits;
  // A phrase met with another form of some of its words, none of them a word met as written.
  const stemmed = (e: CueEntry, i: number): void => {
    const n = e.words.length;
    if (i + n > ws.length) return;
    let other = false;
    for (let k = 0; k < n; k++) {
      const word = ws[i + k]!.w;
      const want = e.words[k]!;
      if (k === n - 1 && e.prefix ? word.startsWith(want) : word === want) continue;
      if ((k === n - 1 && e.prefix) || written[i + k] || !sameWord(want, word, lang)) return;
      // After an article the word is a noun ("the murder of 87"): a cue listed as a verb's past ("murdered") does not meet it.
      if (VERB_PAST[lang].test(want) && i + k > 0 && DETERMINER[lang].test(ws[i + k - 1]!.w)) return;
      other = true;
    }
    if (other && close(i, n)) hits.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, entry: e, via: 'stem' });
  };
  // Only words that start like some cue word are stemmed (memoised in stemKey) and looked up.
  const key = (w: string): string | null => (starts.has(w.slice(0, 3)) ? stemKey(w, lang) : null);
  let next = ws.length ? key(ws[0]!.w) : null;
  for (let i = 0; i < ws.length; i++) {
    const k1 = next;
    next = i + 1 < ws.length ? key(ws[i + 1]!.w) : null;
    if (k1 === null) continue;
    const single = one.get(k1);
    if (single) for (const e of single) stemmed(e, i);
    if (next !== null) {
      const multi = two.get(k1 + ' ' + next);
      if (multi) for (const e of multi) stemmed(e, i);
    }
  }
  return hits;
}
