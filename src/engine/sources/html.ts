/**
 * A web page saved from a browser, read as an article: its text (paragraphs, headings and
 * list items of the `<article>` or `<main>` when there is one; scripts, styles, navigation,
 * headers, footers and forms left out) and its metadata (`<title>`, `og:site_name`,
 * `article:published_time`, `author`, canonical URL, `<html lang>`). The tokenizer is a
 * forgiving one written here (tags, attributes, comments, raw-text elements, the entities
 * articles use): htmlparser2 did the same job but measured 52 KB minified, mostly entity
 * tables, which the extension's 400 KB bundle budget cannot take.
 */

/** What a page's markup says about it. */
export interface PageMeta {
  title: string | null;
  publisher: string | null;
  /** As written in the page (an ISO timestamp, usually). */
  date: string | null;
  author: string | null;
  url: string | null;
  language: string | null;
}

export interface Page {
  /** The article as Markdown: `## heading` lines and paragraphs separated by blank lines. */
  text: string;
  meta: PageMeta;
}

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'figure', 'head', 'menu', 'dialog']);
/** Elements that end a block of text. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'br', 'hr', 'dd', 'dt', 'pre', 'body']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'track']);
/** Paragraph-like text shorter than this outside a heading is page furniture ("Share", "Menu"). */
const MIN_LINE = 25;

/** Reads a saved web page. */
export function readHtml(html: string): Page {
  const meta: PageMeta = { title: null, publisher: null, date: null, author: null, url: null, language: null };
  let titleText = '';
  let inTitle = false;
  let skipDepth = 0;
  const stack: string[] = [];
  /** Blocks of the whole body, and of the article/main element (kept when it has prose). */
  const all: string[] = [];
  const inArticle: string[] = [];
  let articleDepth = 0;
  let buf = '';
  let heading = 0;
  const flush = (): void => {
    const line = buf.replace(/[ \t\r\n\f]+/g, ' ').trim();
    buf = '';
    if (!line) return;
    const out = heading ? `${'#'.repeat(Math.min(6, Math.max(2, heading)))} ${line}` : line;
    if (!heading && line.length < MIN_LINE && !/[.!?:]$/.test(line)) return;
    all.push(out);
    if (articleDepth > 0) inArticle.push(out);
  };
  tokenize(html, {
      onopentag(name, attrs) {
        if (!VOID.has(name)) stack.push(name);
        if (name === 'html' && attrs['lang']) meta.language = attrs['lang'];
        if (name === 'title') inTitle = true;
        if (name === 'meta') readMeta(attrs, meta);
        if (name === 'link' && /\bcanonical\b/i.test(attrs['rel'] ?? '') && attrs['href']) meta.url ??= attrs['href'];
        if (name === 'time' && attrs['datetime'] && articleDepth > 0) meta.date ??= attrs['datetime'];
        if (SKIP.has(name) && !VOID.has(name)) skipDepth++;
        if (BLOCK.has(name)) flush();
        if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
        if (name === 'article' || name === 'main' || attrs['role'] === 'main') articleDepth++;
      },
      onclosetag(name) {
        if (VOID.has(name)) {
          if (BLOCK.has(name)) flush();
          return;
        }
        // Close up to the matching open tag (saved pages leave tags open).
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        const closed = stack.splice(at);
        for (const t of closed.reverse()) {
          if (BLOCK.has(t)) flush();
          if (/^h[1-6]$/.test(t)) heading = 0;
          if (SKIP.has(t)) skipDepth = Math.max(0, skipDepth - 1);
          if (t === 'title') inTitle = false;
          if (t === 'article' || t === 'main') articleDepth = Math.max(0, articleDepth - 1);
        }
      },
      ontext(data) {
        if (inTitle) {
          titleText += data;
          return;
        }
        if (skipDepth > 0) return;
        buf += data;
      },
  });
  flush();
  meta.title ??= clean(titleText) || null;
  const body = inArticle.join(' ').length >= 200 ? inArticle : all;
  // A heading equal to the page title is the title: keep it once, as the first line.
  const lines = body.filter((l, i) => !(i === 0 && meta.title && l.replace(/^#+\s*/, '') === meta.title));
  const text = (meta.title ? `# ${meta.title}\n\n` : '') + lines.join('\n\n') + '\n';
  return { text, meta };
}

function readMeta(attrs: Record<string, string>, meta: PageMeta): void {
  const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
  const content = clean(attrs['content'] ?? '');
  if (!content) return;
  switch (key) {
    case 'og:site_name':
    case 'application-name':
      meta.publisher ??= content;
      break;
    case 'og:title':
      meta.title ??= content;
      break;
    case 'article:published_time':
    case 'datepublished':
    case 'date':
    case 'pubdate':
    case 'dc.date':
    case 'dcterms.date':
      meta.date ??= content;
      break;
    case 'author':
    case 'article:author':
    case 'dc.creator':
      if (!/^https?:/.test(content)) meta.author ??= content;
      break;
    case 'og:url':
      meta.url ??= content;
      break;
    case 'og:locale':
      meta.language ??= content;
      break;
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

interface Handler {
  onopentag(name: string, attrs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is raw text, never markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/** Calls the handler for each tag and run of text (entities decoded), as a browser would read a saved page. */
function tokenize(html: string, h: Handler): void {
  let at = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    if (m.index > at) h.ontext(decodeEntities(html.slice(at, m.index)));
    at = TOKEN.lastIndex;
    if (!m[2]) continue; // comment, doctype, processing instruction
    const name = m[2].toLowerCase();
    if (m[1]) {
      h.onclosetag(name);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] ??= decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    h.onopentag(name, attrs);
    if (RAW.has(name)) {
      const close = html.slice(at).search(new RegExp(`</${name}\\s*>`, 'i'));
      const end = close < 0 ? html.length : at + close;
      h.ontext(name === 'title' ? decodeEntities(html.slice(at, end)) : '');
      TOKEN.lastIndex = at = end;
    } else if (/\/\s*$/.test(m[3] ?? '')) h.onclosetag(name);
  }
  if (at < html.length) h.ontext(decodeEntities(html.slice(at)));
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', euro: '€', pound: '£', cent: '¢', copy: '©', reg: '®', deg: '°', middot: '·', bull: '•', times: '×', iexcl: '¡', iquest: '¿',
  ordm: 'º', ordf: 'ª', aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü', Aacute: 'Á', Eacute: 'É',
  Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Uuml: 'Ü', agrave: 'à', egrave: 'è', ccedil: 'ç', thinsp: '\u2009', shy: '',
};

/** Decodes numeric character references and the named entities articles use. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));?/g, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name] ?? all;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}
