/** Building masked copies of prose: non-prose characters become spaces, offsets stay put. */

/** A half-open range [start, end) of document offsets. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Returns text[from, to) with each range in `masks` (document offsets, any order, may
 * overlap) replaced by spaces; line breaks inside a mask are kept.
 */
export function maskSlice(text: string, from: number, to: number, masks: Range[]): string {
  if (masks.length === 0) return text.slice(from, to);
  masks.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = from;
  for (const m of masks) {
    const s = Math.max(m.start, pos);
    const e = Math.min(m.end, to);
    if (e <= s) continue;
    out += text.slice(pos, s) + spaces(text, s, e);
    pos = e;
  }
  return out + text.slice(pos, to);
}

function spaces(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  return /[\r\n]/.test(piece) ? piece.replace(/[^\r\n]/g, ' ') : ' '.repeat(end - start);
}

/** URLs, e-mail addresses and bare domains inside prose: never figures. */
const URLISH =
  /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|info|io|co|news|ar|sv|es|mx|uk)(?:\/[^\s<>"“”]*)?/gi;

/** Footnote markers: `[^1]`, `[12]`, `^3`, and superscript digits. */
const FOOTNOTES = /\[\^[^\]\s]{1,20}\]|\[\d{1,3}\]|(?<=\S)\^\d{1,3}\b|[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;

/** Masks URL-like and footnote-marker spans inside an already masked block string. */
export function maskInlineNoise(masked: string): string {
  let out = masked;
  if (URL_HINT.test(out)) out = out.replace(URLISH, blankRun);
  if (FOOTNOTE_HINT.test(out)) out = out.replace(FOOTNOTES, blankRun);
  return out;
}

/** Cheap tests that say whether the costlier patterns can match at all. */
const URL_HINT = /:\/\/|www\.|@|\.(?:com|org|net|gov|edu|info|io|co|news|ar|sv|es|mx|uk)\b/i;
const FOOTNOTE_HINT = /[\[^\u00B9\u00B2\u00B3\u2070-\u2079]/;

function blankRun(m: string): string {
  return ' '.repeat(m.length);
}
