/** Fixes as data: replace a figure with a sourced value, or cite the source after the sentence. */
import type { Fix } from '../diagnostics';
import type { Figure } from '../model';
import type { ClaimView } from '../match/verdict';
import type { CheckContext } from './context';
import { formatDate, formatNumber, styleFor } from './format';

/** One "replace with" fix per distinct sourced value ("40,000" and "up to 40,000" are one), in the article's language. */
export function replacementFixes(ctx: CheckContext, f: Figure, views: readonly ClaimView[]): Fix[] {
  const seen = new Map<string, Fix>();
  const style = styleFor(ctx.analysis, f.language);
  for (const v of views) {
    const text = replacementText(f, v, style);
    if (!text || text === f.text) continue;
    const key = String(v.claim.value);
    const existing = seen.get(key);
    if (existing) {
      if (!existing.title.includes(v.source.publisher)) existing.title = existing.title.replace(/\)$/, `, ${v.source.publisher})`);
      continue;
    }
    seen.set(key, { title: `Replace with “${text}” (${v.source.publisher})`, edits: [{ start: f.start, end: f.end, text }] });
  }
  const fixes = [...seen.values()];
  if (fixes.length === 1) fixes[0]!.preferred = true;
  return fixes;
}

function replacementText(f: Figure, v: ClaimView, style: 'us' | 'eu'): string | null {
  const value = v.claim.value;
  if (typeof value === 'string') {
    if (f.kind === 'year') return value.slice(0, 4);
    return v.source.language === f.language ? v.claim.asWritten : formatDate(value, f.language);
  }
  if (v.source.language === f.language && style === (f.language === 'es' ? 'eu' : 'us')) {
    // Keep the article's own hedge words ("some") when the source's figure is bare digits.
    const bare = /^[\d.,\s\u00A0%]+$/.test(v.claim.asWritten);
    const keep = bare && f.hedgeText && f.text.toLowerCase().startsWith(f.hedgeText) ? f.text.slice(0, f.hedgeText.length) + ' ' : '';
    return keep + v.claim.asWritten;
  }
  const num = formatNumber(value, f.language, style);
  return f.kind === 'percent' && f.text.includes('%') ? `${num}%` : num;
}

/** A fix that cites a source right after the figure's sentence. */
export function citationFix(ctx: CheckContext, f: Figure, v: ClaimView): Fix {
  const sentence = ctx.analysis.sentences[f.sentence]!;
  let at = sentence.end;
  while (at > sentence.start && /[.!?…”"»)]/.test(ctx.text[at - 1]!)) at--;
  const s = v.source;
  const label = `${s.publisher}, ${s.published}`;
  const text = ctx.format === 'markdown' && s.url ? ` ([${s.publisher}](${s.url}))` : ` (${label})`;
  return { title: `Cite ${s.publisher} (${s.published})`, edits: [{ start: at, end: at, text }] };
}
