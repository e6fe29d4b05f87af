/**
 * What the whole article says, read block by block and remembered by block id between analyses
 * (so an edit rereads only the blocks it touched): the quantities it is about (its subjects and
 * the places or bodies it names as their anchors) and the names of its places' bodies.
 */
import type { Catalog } from '../dataset/catalog';
import type { Analysis } from '../model';
import type { PlaceMemo } from '../frames/frame';
import type { CueHit } from './cues';
import type { CueEvidence } from './score';
import { anchorPlaces } from './frameFit';

/** One block's share of the article's subjects: per quantity, the sentences naming it. */
export type BlockSubjects = Map<string, { n: number; cue: string; strong: boolean; anchored?: boolean }>;

/** Per-block subject shares remembered between analyses, by block id (with whether the block opened the article). */
export interface SubjectMemo {
  /** Stable block ids of this analysis. */
  ids: readonly number[];
  shares: Map<number, { opening: boolean; share: BlockSubjects }>;
  /** Per block id, the places its sentences name (see `PlaceMemo`). */
  places?: PlaceMemo['tallies'];
  /** Per block id, the places whose bodies it names by a name of their own (see ArticleReadings.names). */
  names?: Map<number, readonly string[]>;
}

/**
 * The article's subjects: quantities whose subject cues appear in a heading or the opening
 * paragraphs, or in at least two sentences that carry figures. Counted block by block, so an
 * edit recounts only the blocks it touched.
 */
export function documentSubjects(analysis: Analysis, relCues: (s: number) => CueHit[], memo?: SubjectMemo, weights?: Map<string, number>, anchors?: Set<string>): Map<string, CueEvidence> {
  const counts = new Map<string, { n: number; cue: CueEvidence; strong: boolean }>();
  const { blocks, sentences } = analysis;
  const hasFigure = new Uint8Array(sentences.length);
  for (const f of analysis.figures) hasFigure[f.sentence] = 1;
  let paragraphs = 0;
  let s = 0;
  for (let b = 0; b < blocks.length; b++) {
    const opening = paragraphs < 3;
    if (blocks[b]!.type === 'paragraph') paragraphs++;
    const first = s;
    while (s < sentences.length && sentences[s]!.block === b) s++;
    const id = memo?.ids[b];
    const known = id !== undefined ? memo!.shares.get(id) : undefined;
    let share = known && known.opening === opening ? known.share : undefined;
    if (!share) {
      share = blockSubjects(first, s, blocks[b]!.type === 'heading' || opening, hasFigure, relCues);
      if (id !== undefined) memo!.shares.set(id, { opening, share });
    }
    for (const [q, c] of share) {
      if (c.anchored) anchors?.add(q);
      if (c.n === 0) continue;
      const total = counts.get(q);
      if (total) {
        total.n += c.n;
        total.strong ||= c.strong;
      } else counts.set(q, { n: c.n, cue: { cue: c.cue, start: -1, end: -1 }, strong: c.strong });
    }
  }
  const out = new Map<string, CueEvidence>();
  for (const [q, c] of counts) {
    if (!(c.strong || c.n >= 2)) continue;
    out.set(q, c.cue);
    weights?.set(q, c.n);
  }
  return out;
}

function blockSubjects(from: number, to: number, strong: boolean, hasFigure: Uint8Array, relCues: (s: number) => CueHit[]): BlockSubjects {
  const share: BlockSubjects = new Map();
  for (let k = from; k < to; k++) {
    if (!strong && !hasFigure[k]) continue;
    const named = new Set<string>(); // sentences, not hits
    for (const h of relCues(k)) {
      for (const q of h.entry.roles.get('subject') ?? []) {
        if (named.has(q)) continue;
        named.add(q);
        const c = share.get(q);
        if (c) c.n++;
        else share.set(q, { n: 1, cue: h.entry.text, strong });
      }
      for (const q of h.entry.roles.get('anchor') ?? []) {
        const c = share.get(q);
        if (c) c.anchored = true;
        else share.set(q, { n: 0, cue: h.entry.text, strong, anchored: true });
      }
    }
  }
  return share;
}

/**
 * The places whose bodies the article names by a name of their own ("CECOT", "Bukele"): anchor
 * cues written with a capital, read block by block (remembered by block id between analyses).
 */
export function articleNames(text: string, analysis: Analysis, catalog: Catalog, cuesOf: (s: number) => readonly CueHit[], memo?: SubjectMemo): ReadonlySet<string> {
  const out = new Set<string>();
  const { blocks, sentences } = analysis;
  let s = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = s;
    while (s < sentences.length && sentences[s]!.block === b) s++;
    const id = memo?.names ? memo.ids[b] : undefined;
    let named = id !== undefined ? memo!.names!.get(id) : undefined;
    if (!named) {
      const found = new Set<string>();
      for (let k = first; k < s; k++) {
        for (const h of cuesOf(k)) {
          if (!h.entry.roles.has('anchor') || !/^\p{Lu}/u.test(text.slice(h.start, h.start + 1))) continue;
          for (const p of anchorPlaces(h, catalog)) found.add(p);
        }
      }
      named = [...found];
      if (id !== undefined) memo!.names!.set(id, named);
    }
    for (const p of named) out.add(p);
  }
  return out;
}
