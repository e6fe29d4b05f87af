// Types for corpus.mjs, so TypeScript tests can generate the benchmark's articles.

/** A seeded PRNG (mulberry32) with the helpers the generator needs. */
export function rng(seed: number): { next(): number; int(lo: number, hi: number): number; pick<T>(xs: readonly T[]): T; chance(p: number): boolean };
/** Share of narrative (figure-free) sentences in news articles, calibrated to the seed articles' figure density. */
export const NEWS_NARRATIVE: number;
/** A deterministic Markdown archive of about `bytes` UTF-8 bytes. */
export function generateCorpus(bytes: number, seed: number, options?: { narrative?: number }): string;
