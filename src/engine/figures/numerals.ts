/**
 * Reading digit numerals with their separators: "40,000", "40.000" and "2,4" in Spanish,
 * "40 000" with a no-break or thin space, "2.6". Ambiguous separators follow the
 * document's convention ("us": 1,234.5; "eu": 1.234,5).
 */

export type NumberStyle = 'us' | 'eu';

export interface Numeral {
  value: number;
  /** Place value of the last significant digit: 40,000 → 10,000; 2.6 → 0.1; 150 → 10. */
  granularity: number;
}

const THIN = /[\u00A0\u202F\u2009]/;
/** Zero-width characters a numeral's token may carry (see tokens.ts); they are not digits. */
const ZERO_WIDTH_ALL = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const THIN_ALL = /[\u00A0\u202F\u2009]/g;
/** Numerals longer than this are identifiers, not figures. */
const MAX_DIGITS = 15;

/** Parses a digit token; null when its separators fit no convention. */
export function parseNumeral(token: string, style: NumberStyle): Numeral | null {
  let t = token.replace(ZERO_WIDTH_ALL, '');
  if (THIN.test(t)) {
    t = t.replace(THIN_ALL, '');
    // What remains may carry one decimal separator.
    const dec = /[.,]/.exec(t);
    return build(dec ? t.slice(0, dec.index) : t, dec ? t.slice(dec.index + 1) : '');
  }
  const commas = count(t, ',');
  const dots = count(t, '.');
  if (commas === 0 && dots === 0) return build(t, '');
  if (commas > 0 && dots > 0) {
    const lastComma = t.lastIndexOf(',');
    const lastDot = t.lastIndexOf('.');
    const decSep = lastComma > lastDot ? ',' : '.';
    const groupSep = decSep === ',' ? '.' : ',';
    if (count(t, decSep) !== 1) return null;
    const [int, frac] = t.split(decSep) as [string, string];
    return grouped(int, groupSep) ? build(int.split(groupSep).join(''), frac) : null;
  }
  const sep = commas > 0 ? ',' : '.';
  const n = commas + dots;
  const parts = t.split(sep);
  if (n > 1) return grouped(t, sep) ? build(parts.join(''), '') : null;
  const [int, frac] = parts as [string, string];
  if (frac.length === 3 && int.length <= 3 && int !== '0') {
    // "40,000" / "40.000": grouping or decimal, by convention.
    const thousands = (sep === ',') === (style === 'us');
    return thousands ? build(int + frac, '') : build(int, frac);
  }
  return build(int, frac);
}

function grouped(int: string, sep: string): boolean {
  const groups = int.split(sep);
  if (groups[0]!.length < 1 || groups[0]!.length > 3) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

function build(int: string, frac: string): Numeral | null {
  if (!/^\d+$/.test(int) || (frac !== '' && !/^\d+$/.test(frac))) return null;
  if (int.replace(/^0+/, '').length + frac.length > MAX_DIGITS) return null;
  const value = Number(frac ? `${int}.${frac}` : int);
  if (!Number.isFinite(value)) return null;
  return { value, granularity: granularityOf(int, frac) };
}

function granularityOf(int: string, frac: string): number {
  if (frac.length > 0) return 10 ** -frac.length;
  const trailing = /0*$/.exec(int)![0].length;
  if (trailing === int.length) return 1; // "0"
  return 10 ** trailing;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** Counts evidence for each convention in a text, to choose one for the document. */
export function detectNumberStyle(text: string, language: 'en' | 'es'): NumberStyle {
  let us = 0;
  let eu = 0;
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  for (const m of sample.matchAll(/\d([.,])(\d+)(?:([.,])\d+)?/g)) {
    const [, sep, digits, second] = m;
    if (second && second !== sep) {
      if (sep === ',') us++;
      else eu++;
    } else if (digits!.length === 3) {
      // grouping: weak evidence
      if (sep === ',') us += 0.25;
      else eu += 0.25;
    } else if (digits!.length <= 2) {
      // decimals: strong evidence
      if (sep === '.') us++;
      else eu++;
    }
  }
  if (us === eu) return language === 'es' ? 'eu' : 'us';
  return us > eu ? 'us' : 'eu';
}
