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
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.w;
    const exact = catalog.cuesByWord.get(w);
    if (exact) {
      for (const e of exact) {
        const n = e.words.length;
        if (i + n > ws.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const word = ws[i + k]!.w;
          const want = e.words[k]!;
          ok = k === n - 1 && e.prefix ? word.startsWith(want) : word === want;
        }
        if (n === 1 && e.prefix) ok = w.startsWith(e.words[0]!);
        // Words of a phrase must be close together (not across a long gap of masked text).
        if (ok && n > 1 && ws[i + n - 1]!.start - ws[i]!.end > 4 * n + 12) ok = false;
        if (ok) hits.push({ start: ws[i]!.start, end: ws[i + n - 1]!.end, entry: e });
      }
    }
    if (w.length >= 3) {
      const pre = catalog.cuesByPrefix.get(w.slice(0, 3));
      if (pre) for (const e of pre) if (w.startsWith(e.words[0]!)) hits.push({ start: ws[i]!.start, end: ws[i]!.end, entry: e });
    }
  }
  return hits;
}
