/**
 * Values in words for messages and fixes. Messages are English, so their numbers are in
 * English style whatever the article's language (`uiNumber`); the article's own figures are
 * quoted as written; fixes write values in the article's language and style (`formatNumber`).
 */
import type { Language } from '../model';
import type { ClaimView } from '../match/verdict';

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * The number style for text in `lang`: the article's own for its main language; for a passage
 * in the other one (an English quote in a Spanish article), that language's usual style.
 */
export function styleFor(analysis: { language: Language; numberStyle: 'us' | 'eu' }, lang: Language): 'us' | 'eu' {
  return lang === analysis.language ? analysis.numberStyle : lang === 'en' ? 'us' : 'eu';
}

/** A number as an article in that language and style writes it. */
export function formatNumber(v: number, lang: Language, style: 'us' | 'eu'): string {
  const neg = v < 0;
  const abs = Math.abs(v);
  const rounded = Math.round(abs * 1000) / 1000;
  const [int, frac] = String(rounded).split('.') as [string, string | undefined];
  const group = style === 'eu' ? '.' : ',';
  const dec = style === 'eu' ? ',' : '.';
  const minGroup = lang === 'es' ? 5 : 4;
  const grouped = int.length >= minGroup ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return (neg ? '−' : '') + grouped + (frac ? dec + frac : '');
}

/** An ISO date, month or year in words. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[lang][Number(m) - 1]!;
  if (!d) return lang === 'es' ? `${month} de ${y}` : `${month} ${y}`;
  return lang === 'es' ? `${Number(d)} de ${month} de ${y}` : `${month} ${Number(d)}, ${y}`;
}

/** "Atlas News (2024-06-19): “nearly 75,000”". */
export function describeClaim(v: ClaimView): string {
  return `${v.source.publisher} (${v.source.published}) says “${v.claim.asWritten}”`;
}

/** A number in a message's (English) style: "20,000", "2.6", "−3". */
export function uiNumber(v: number): string {
  return formatNumber(v, 'en', 'us');
}

/**
 * A signed difference in a message's style: "+20,000 (+50%)"; for percentages a difference in
 * points ("+10 points"), never a percentage of a percentage.
 */
export function describeDifference(d: number, relative: number | null, unit: string | null = null): string {
  const sign = (v: number): string => (v > 0 ? '+' : '');
  if (unit === 'percent') return `${sign(d)}${uiNumber(Math.round(d * 10) / 10)} ${Math.abs(d) === 1 ? 'point' : 'points'}`;
  const pct = relative === null ? '' : ` (${sign(relative)}${uiNumber(Math.round(relative * 1000) / 10)}%)`;
  return `${sign(d)}${uiNumber(d)}${pct}`;
}

/** A figure's words in quotation marks, on one line ("31\nde enero" as the article wraps it reads “31 de enero”). */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ')}”`;
}

/**
 * A quote cut to about `width` characters around the figure it is cited for: the figure is
 * never cut, the cut falls between words, and "…" marks each cut side. A figure not found
 * in the quote (written differently) keeps the quote's start.
 */
export function trimQuote(quote: string, figure: string, width = 100): string {
  const text = oneLine(quote);
  if (text.length <= width) return text;
  let at = figureIndex(text, figure);
  let len = at >= 0 ? oneLine(figure).length : 0;
  if (at < 0) at = 0;
  const room = Math.max(0, width - len);
  let start = Math.max(0, at - Math.floor(room / 2));
  let end = Math.min(text.length, start + len + room);
  start = Math.max(0, Math.min(start, end - width));
  // Move each cut outwards to a space, so no word is split (and the figure stays whole).
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space >= 0 ? space : text.length;
  }
  if (end < at + len) end = at + len;
  len = end - start;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Where the figure is in the quote: exactly, ignoring case, or by its digits. */
function figureIndex(text: string, figure: string): number {
  const f = oneLine(figure);
  let at = text.indexOf(f);
  if (at >= 0) return at;
  at = text.toLowerCase().indexOf(f.toLowerCase());
  if (at >= 0) return at;
  // "14,532" in a quote that writes "14.532": the same digits, whatever separates them.
  const digits = f.replace(/\D/g, '');
  if (!digits) return -1;
  return text.search(new RegExp(digits.split('').join('[.,\\s\u00A0\u202F]?')));
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
