/** Finding the dataset's cue phrases in a stretch of prose, by index lookups word by word. */
import { fold, wordsWithOffsets, type Catalog, type CueEntry } from '../dataset/catalog';

export interface CueHit {
  start: number;
  end: number;
  entry: CueEntry;
}

/** Every cue phrase in `text` (document offsets from `offset`). */
export function findCues(text: string, offset: number, catalog: Catalog): CueHit[] {
  const ws = wordsWithOffsets(fold(text), offset);
  const hits: CueHit[] = [];
  const phrase = (e: CueEntry, i: number): void => {
    const n = e.words.length;
    if (i + n > ws.length) return;
    for (let k = 0; k < n; k++) {
      const word = ws[i + k]!.w;
      const want = e.words[k]!;
      if (!(k === n - 1 && e.prefix ? word.startsWith(want) : word === want)) return;
    }
    // Words of a phrase must be close together (not across a long gap of masked text).
    if (n > 1 && ws[i + n - 1]!.start - ws[i]!.end > 4 * n + 12) return;
    hits.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, entry: e });
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
        if (pre) for (const e of pre) hits.push({ start: ws[i]!.start, end: ws[i]!.end, entry: e });
      }
    }
  }
  return hits;
}
