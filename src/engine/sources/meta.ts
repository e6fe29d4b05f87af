/** Writing a source's metadata into its file: front matter for Markdown and text, meta tags for a saved page. */
import type { SourceMeta } from './read';

/** The file's text with the given metadata written in: front matter for Markdown and text, meta tags for a page. */
export function withMeta(path: string, raw: string, meta: Partial<SourceMeta>): string {
  const fields = (Object.entries(meta) as [keyof SourceMeta, string | null | undefined][]).filter((e): e is [keyof SourceMeta, string] => typeof e[1] === 'string' && e[1] !== '');
  if (fields.length === 0) return raw;
  if (/\.html?$/i.test(path)) {
    const tag: Record<string, (v: string) => string> = {
      publisher: (v) => `<meta property="og:site_name" content="${attr(v)}">`,
      date: (v) => `<meta property="article:published_time" content="${attr(v)}">`,
      url: (v) => (v === 'none' ? '' : `<link rel="canonical" href="${attr(v)}">`),
      title: (v) => `<meta property="og:title" content="${attr(v)}">`,
      author: (v) => `<meta name="author" content="${attr(v)}">`,
      language: (v) => `<meta property="og:locale" content="${attr(v)}">`,
    };
    const tags = fields.map(([k, v]) => tag[k]?.(v) ?? '').join('');
    const head = /<head[^>]*>/i.exec(raw);
    // Tags given by the user go first: the reader keeps the first of each.
    return head ? raw.slice(0, head.index + head[0].length) + tags + raw.slice(head.index + head[0].length) : tags + raw;
  }
  const lines = fields.map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(raw);
  if (open) {
    const rest = raw.slice(open[0].length);
    const drop = new Set(fields.map(([k]) => k));
    const kept = rest.split('\n');
    const close = kept.findIndex((l) => /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
    if (close >= 0) {
      const body = kept.slice(0, close).filter((l) => !drop.has((/^([A-Za-z_][\w-]*)\s*:/.exec(l)?.[1] ?? '').toLowerCase() as keyof SourceMeta));
      return open[0] + [...body, ...lines, ...kept.slice(close)].join('\n');
    }
  }
  return `---\n${lines.join('\n')}\n---\n\n${raw}`;
}

function attr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

