/** Related information pointing at a source: who, when, and its sentence trimmed around the figure. */
import type { Related } from '../diagnostics';
import type { ClaimView } from '../match/verdict';
import { trimQuote } from './format';

export function sourceRelated(v: ClaimView): Related {
  return { message: `${v.source.publisher} (${v.source.published}): “${trimQuote(v.claim.quote, v.claim.asWritten, 90)}”`, ...(v.source.url ? { uri: v.source.url } : {}) };
}
