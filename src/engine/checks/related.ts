/** Related information pointing at a source. */
import type { Related } from '../diagnostics';
import type { ClaimView } from '../match/verdict';

export function sourceRelated(v: ClaimView): Related {
  const quote = v.claim.quote.length > 160 ? v.claim.quote.slice(0, 157) + '…' : v.claim.quote;
  return { message: `${v.source.publisher} (${v.source.published}): “${quote}”`, ...(v.source.url ? { uri: v.source.url } : {}) };
}
