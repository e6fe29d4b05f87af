/**
 * Page furniture inside prose blocks: photo credits, copyright lines, reading-time and
 * comment counters, pop-up countdowns, and the byline or dateline (which gives the
 * article's date but is not a figure). Masked before figures are read.
 */
import { en as chronoEn, es as chronoEs } from 'chrono-node';
import { MONTHS_EN, MONTHS_ES } from '../figures/lexicon';
import type { ProseBlock } from '../model';

/** Month names, any case ("mar", "March", "MARZO"), without making the capitals test case-blind. */
const MONTH_NAMES = [...new Set([...Object.keys(MONTHS_EN), ...Object.keys(MONTHS_ES)])]
  .sort((a, b) => b.length - a.length)
  .map((m) => [...m].map((c) => `[${c}${c.toUpperCase()}]`).join(''))
  .join('|');

/**
 * A wire-service dateline opening a paragraph: "SAN SALVADOR, 27 mar (EFE).-",
 * "BUENOS AIRES, 3 de abril (Reuters) -", "WASHINGTON, March 27 (AP) —". The city is in
 * capitals; the day and month say when the dispatch was filed, not a figure of the story.
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{Lu} .'’-]{1,40}(?:,[ \t]*\p{Lu}[\p{L} .'’-]{1,30})?,[ \t]*` +
    String.raw`(?:\d{1,2}[ \t]+(?:de[ \t]+)?(?:${MONTH_NAMES})\.?|(?:${MONTH_NAMES})\.?[ \t]+\d{1,2})(?![\p{L}\d])` +
    String.raw`(?:,?[ \t]+(?:de[ \t]+)?\d{4})?[ \t]*(?:\([^)\n]{2,30}\)[ \t]*)?\.?[ \t]*[-–—]`,
  'gmu',
);

/**
 * The same with the city in title case, which then needs a full date and the dash:
 * "Buenos Aires, June 17, 2024 —", "San Salvador, 17 de junio de 2024 (EFE) -".
 */
const TITLE_DATELINE = new RegExp(
  String.raw`^[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+(?:de[ \t]+)?\p{Lu}\p{Ll}+){0,3},[ \t]*` +
    String.raw`(?:\d{1,2}[ \t]+(?:de[ \t]+)?(?:${MONTH_NAMES})\.?|(?:${MONTH_NAMES})\.?[ \t]+\d{1,2})(?![\p{L}\d]),?[ \t]+(?:de[ \t]+)?\d{4}` +
    String.raw`[ \t]*(?:\([^)\n]{2,30}\)[ \t]*)?\.?[ \t]*[-–—]`,
  'gmu',
);

const CHROME: readonly RegExp[] = [
  /\bThis (?:will|window will) close in \d+ seconds?\b/gi,
  /\bSe cerrará en \d+ segundos?\b/gi,
  /\b\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|de lectura)\b/gi,
  /\bLectura de \d+ min(?:utos)?\b/gi,
  /(?:©|\(c\)|\bCopyright\b)\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?/gi,
  /\((?:Photo|Photos|Foto|Fotos|Image|Imagen|Credit|Crédito|Photograph|Fotografía)\b[^)\n]{0,120}\)/gi,
  /^(?:Photo|Foto|Credit|Crédito|Image|Imagen|Photograph|Fotografía)s?\s*(?:[:–—]|by\b|de\b)[^\n]*$/gim,
  /^\s*\d+\s+(?:comments?|comentarios?|shares?|compartidos|replies|respuestas)\s*$/gim,
  /^\s*(?:Comments|Comentarios)\s*\(\d+\)\s*$/gim,
  /^(?:Photo|Foto|Image|Imagen|Slide|Diapositiva)\s+\d+\s+(?:of|de)\s+\d+\s*$/gim,
  WIRE_DATELINE,
  TITLE_DATELINE,
];

/** Masks furniture in a block's masked text (same length). */
export function maskFurniture(masked: string): string {
  if (!/\d/.test(masked)) return masked;
  let out = masked;
  for (const re of CHROME) {
    re.lastIndex = 0;
    out = out.replace(re, (m) => m.replace(/[^\r\n]/g, ' '));
  }
  return out;
}

export interface Dateline {
  /** ISO date read from the byline or dateline. */
  date: string;
  start: number;
  /** End of the date itself. */
  end: number;
  /** End of the whole line (a clock time or a trailing field), masked with it. */
  lineEnd: number;
}

const BYLINE = /^\s*(?:By|Por)\s+\p{Lu}[^\n|·•]{1,80}?\s*[|·•—–,]\s*([^\n|·•]{6,40}?)(?:\s*[|·•]\s*[^\n|·•]{1,30})?\s*$/mu;
const PUBLISHED = /^\s*(?:Published|Updated|Posted|Publicado|Actualizado|Fecha)(?:\s+(?:on|el))?\s*:?\s*([^\n]{6,40}?)\s*$/imu;
/** A clock time after a dateline's date: ", 10:32 a.m. EDT", " - 14:05 h", " a las 10.32". */
const TIME_TAIL = String.raw`(?:\s*[,|·•–—-]?\s*(?:at\s+|a\s+las\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?|\s*h(?:s|rs)?\.?)?(?:\s*\(?\p{Lu}{2,5}\)?)?)?`;
const DATE_LINE = new RegExp(
  String.raw`^\s*((?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2}))` +
    TIME_TAIL +
    String.raw`\s*$`,
  'mu',
);
/** Only the top of an article can hold its dateline. */
const DATELINE_WINDOW = 1500;

/** Finds a byline or dateline with a full date near the top of the document. */
export function findDateline(blocks: readonly ProseBlock[]): Dateline | null {
  for (const block of blocks) {
    if (block.start > DATELINE_WINDOW) break;
    for (const re of [BYLINE, PUBLISHED, DATE_LINE]) {
      const m = re.exec(block.masked);
      if (!m || m[1] === undefined) continue;
      const date = parseFullDate(m[1]);
      if (!date) continue;
      const at = block.start + m.index + m[0].indexOf(m[1]);
      return { date, start: block.start + m.index, end: at + m[1].length, lineEnd: block.start + m.index + m[0].trimEnd().length };
    }
  }
  return null;
}

/**
 * A wire-service dateline that carries a full date ("SAN SALVADOR, June 21, 2024 —",
 * "BUENOS AIRES, 3 de abril de 2024 (EFE).-") near the top of the article, read before the
 * furniture mask blanks it. A dateline without a year gives no reference date.
 */
export function findWireDateline(blocks: readonly ProseBlock[]): Dateline | null {
  const res = [new RegExp(WIRE_DATELINE.source, 'mu'), new RegExp(TITLE_DATELINE.source, 'mu')];
  for (const block of blocks) {
    if (block.start > DATELINE_WINDOW) break;
    const m = res[0]!.exec(block.masked) ?? res[1]!.exec(block.masked);
    if (!m) continue;
    const date = parseFullDate(m[0]);
    if (!date) continue;
    const start = block.start + m.index;
    return { date, start, end: start + m[0].length, lineEnd: start + m[0].length };
  }
  return null;
}

/** Parses a complete date (day, month and year) in English or Spanish; null otherwise. */
export function parseFullDate(s: string): string | null {
  for (const parser of [chronoEn, chronoEs]) {
    const r = parser.parse(s, new Date(2000, 0, 1))[0];
    if (!r) continue;
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const year = c.get('year')!;
    if (year < 1800 || year > 2200) continue; // not an article's date
    return `${year}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
  }
  return null;
}
