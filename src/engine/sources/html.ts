/**
 * A web page saved from a browser, read as an article: its text (paragraphs, headings and
 * list items of the `<article>` or `<main>` when there is one; scripts, styles, navigation,
 * headers, footers and forms left out) and its metadata (`<title>`, `og:site_name`,
 * `article:published_time`, `author`, canonical URL, `<html lang>`). htmlparser2 does the
 * tokenizing and entity decoding (a forgiving, maintained parser: saved pages are rarely
 * well-formed); this module only decides what is prose.
 */
import { Parser } from 'htmlparser2';

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
    const line = buf.replace(/\s+/g, ' ').trim();
    buf = '';
    if (!line) return;
    const out = heading ? `${'#'.repeat(Math.min(6, Math.max(2, heading)))} ${line}` : line;
    if (!heading && line.length < MIN_LINE && !/[.!?:]$/.test(line)) return;
    all.push(out);
    if (articleDepth > 0) inArticle.push(out);
  };
  const parser = new Parser(
    {
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
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
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
