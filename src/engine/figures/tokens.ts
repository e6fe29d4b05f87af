/** Tokens of one sentence: numbers, words and single punctuation marks, with their offsets. */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Document offsets. */
  start: number;
  end: number;
  type: 'num' | 'word' | 'punct';
  /** True when no white space separates this token from the previous one. */
  glued: boolean;
  /** True when a line break separates this token from the previous one. */
  afterBreak: boolean;
}

/**
 * Zero-width characters (space, non-joiner, joiner, word joiner, BOM) pasted inside a numeral
 * ("40,\u200B000") stay inside its token: one figure, whose text keeps them and whose value
 * `parseNumeral` reads without them.
 */
const ZW = '[\\u200B\\u200C\\u200D\\u2060\\uFEFF]';
const DIGITS = `\\d+(?:${ZW}+\\d+)*`;
const TOKEN = new RegExp(
  `\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+(?:[.,]\\d+)?(?!\\d)|${DIGITS}(?:${ZW}*[.,]${ZW}*${DIGITS})*|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*|\\S`,
  'gu',
);

/** Tokenizes `text` (a sentence), adding `offset` to every position. */
export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const s = m[0];
    const c = s.charCodeAt(0);
    const type: Token['type'] = c >= 48 && c <= 57 ? 'num' : isLetterStart(c, s) ? 'word' : 'punct';
    let lower = s;
    if (type === 'word') {
      lower = s.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
    let afterBreak = false;
    for (let k = prevEnd; k < m.index; k++) {
      if (text.charCodeAt(k) === 10) {
        afterBreak = true;
        break;
      }
    }
    out.push({
      text: s,
      lower,
      start: offset + m.index,
      end: offset + m.index + s.length,
      type,
      glued: m.index === prevEnd && out.length > 0,
      afterBreak,
    });
    prevEnd = m.index + s.length;
  }
  return out;
}

/** True if tokens[i..] spell the phrase (lower-case words; punctuation tokens compared as is). */
export function matchPhrase(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) return false;
  return true;
}

/** True if the token is a capitalised word. */
export function isCapitalized(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII without a regular expression
  return /^\p{Lu}/u.test(t.text);
}

/** True if a token starting with char code `c` (text `s`) starts with a letter or mark. */
function isLetterStart(c: number, s: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{M}]/u.test(s);
}

/** The token's text without a possessive ending ("Argentina’s" → "argentina"). */
export function stem(t: Token): string {
  return t.lower.replace(/'s$/, '');
}
