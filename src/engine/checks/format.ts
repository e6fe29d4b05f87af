/** Values in words for messages and fixes, in the article's language and number style. */
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

/** A signed difference with its share: "+20,000 (+50%)". */
export function describeDifference(d: number, relative: number | null, lang: Language, style: 'us' | 'eu'): string {
  const sign = d > 0 ? '+' : '';
  const pct = relative === null ? '' : ` (${relative > 0 ? '+' : ''}${formatNumber(Math.round(relative * 1000) / 10, lang, style)}%)`;
  return `${sign}${formatNumber(d, lang, style)}${pct}`;
}

/** A figure's words in quotation marks, on one line ("31\nde enero" as the article wraps it reads “31 de enero”). */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ')}”`;
}
