/**
 * Sentence segmentation for English and Spanish news prose. A small rule set, measured
 * against the cases that trip general segmenters: "Jan. 31", "U.S.", "Dr.", initials,
 * decimals, closing quotes and Spanish "¿…?".
 */
import type { Range } from './mask';

/** Words that end with a period without ending a sentence (lower case, no period). */
const ABBREVIATIONS = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'drs', 'prof', 'sr', 'sra', 'srta', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt',
  'col', 'capt', 'sgt', 'cmdr', 'adm', 'pres', 'lic', 'ing', 'arq', 'dra', 'ud', 'uds', 'mons', 'hon', 'supt', 'insp',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic', 'set',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // misc
  'inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'no', 'nos', 'vol', 'pp', 'fig', 'figs', 'approx', 'aprox', 'est', 'núm',
  'pág', 'págs', 'art', 'arts', 'cap', 'av', 'avda', 'dept', 'depto', 'univ', 'assn', 'bros', 'mt', 'ft', 'ie', 'eg',
  'cf', 'al', 'ed', 'eds', 'op', 'cit', 'ca', 'c', 'p', 'a', 'm', 'u', 's', 'ee', 'uu', 'n', 'ma', 'mín', 'máx',
]);
/** Words that begin sentences often enough to override an abbreviation's period ("in the U.S. The"). */
const STARTERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but',
  'and', 'however', 'meanwhile', 'there', 'his', 'her', 'their', 'its', 'el', 'la', 'los', 'las', 'en', 'un', 'una',
  'pero', 'sin', 'según', 'por', 'para', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'también', 'además',
]);
const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«([¿¡';

/**
 * Splits a block's masked text into sentence ranges (offsets relative to the block).
 * `lineBreaks` treats single line breaks as boundaries where they look like one (plain text).
 */
export function splitSentences(s: string, lineBreaks: boolean): Range[] {
  const out: Range[] = [];
  let start = skipSpace(s, 0);
  const n = s.length;
  const TERM = lineBreaks ? /[.!?…]+|\n/g : /[.!?…]+/g;
  let m: RegExpExecArray | null;
  while ((m = TERM.exec(s)) !== null) {
    const at = m.index;
    if (at < start) continue;
    let end = at + m[0].length;
    if (m[0] === '\n') {
      if (!isLineBreakBoundary(s, at)) continue;
      pushSentence(out, s, start, at);
      start = skipSpace(s, end);
      continue;
    }
    // Swallow closing quotes and brackets after the terminator.
    while (end < n && CLOSERS.includes(s[end]!)) end++;
    // "2.6", "U.S.", "addressinFbg", "2.\uFEFF6" (a zero-width no-break space is no space): not a boundary
    if (end < n && !/[^\S\uFEFF]/.test(s[end]!)) continue;
    const next = skipSpace(s, end);
    if (next >= n) break;
    if (!isBoundary(s, at, m[0], next)) continue;
    pushSentence(out, s, start, end);
    start = next;
    TERM.lastIndex = next;
  }
  pushSentence(out, s, start, n);
  return out;
}

function isBoundary(s: string, at: number, term: string, next: number): boolean {
  const c = s[next]!;
  const nextWord = wordAt(s, next);
  if (/\p{Ll}/u.test(c)) return false; // continues in lower case
  if (term[0] !== '.' ) return true; // ! ? … followed by capital, digit, quote
  if (term.length > 1) return true; // "..." followed by a capital
  const word = wordBefore(s, at);
  if (word === '') return true;
  const lower = word.toLowerCase();
  const initial = /^\p{Lu}$/u.test(word);
  const dotted = /\p{L}\.\p{L}$/u.test(s.slice(Math.max(0, at - 4), at)); // U.S, a.m, EE.UU
  if (initial) return STARTERS.has(nextWord.toLowerCase()) && nextWord.length > 1;
  if (ABBREVIATIONS.has(lower) || dotted) {
    if (/\d/.test(c)) return false; // "Jan. 31", "No. 5"
    return STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

/** Plain text: a line break ends a sentence unless the next line continues in lower case. */
function isLineBreakBoundary(s: string, at: number): boolean {
  const next = skipSpace(s, at + 1);
  if (next >= s.length) return false;
  const prev = s.slice(Math.max(0, at - 2), at).trimEnd();
  if (/[,;\-–(]$/.test(prev)) return false;
  return !/\p{Ll}/u.test(s[next]!);
}

function pushSentence(out: Range[], s: string, start: number, end: number): void {
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  if (end > start && /\S/.test(s.slice(start, end))) out.push({ start, end });
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
}

function wordBefore(s: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{M}]/u.test(s[i - 1]!)) i--;
  return s.slice(i, at);
}

function wordAt(s: string, at: number): string {
  let i = at;
  while (i < s.length && OPENERS.includes(s[i]!)) i++;
  let j = i;
  while (j < s.length && /[\p{L}\p{M}]/u.test(s[j]!)) j++;
  return s.slice(i, j);
}
