/**
 * Reading one source article: Markdown, plain text or a saved web page, with what it says
 * about itself (front matter or page metadata): title, publisher, date, URL, author, language.
 */
import * as z from 'zod/mini';
import { findFrontMatter, blank } from '../prose/frontMatter';
import { parseFullDate } from '../prose/furniture';
import { readHtml } from './html';

export type SourceFormat = 'markdown' | 'plaintext' | 'html';

/** A source's description; every field may be missing until the user supplies it. */
export interface SourceMeta {
  title: string | null;
  publisher: string | null;
  /** Publication day, YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  author: string | null;
  language: 'en' | 'es' | null;
  kind: 'news' | 'op-ed' | 'wire' | 'official' | 'ngo' | null;
}

/** The fields a source cannot go without (`url` may be given as "none"). */
export const REQUIRED_META = ['publisher', 'date', 'url'] as const;
export type RequiredMeta = (typeof REQUIRED_META)[number];

export interface ReadSource {
  /** The file's name (as given). */
  name: string;
  format: SourceFormat;
  /** The text the engine reads: front matter blanked (offsets kept); a page's extracted article. */
  text: string;
  /** How to analyse `text`. */
  analyzeAs: 'markdown' | 'plaintext';
  meta: SourceMeta;
  /** Required fields still missing. */
  missing: RequiredMeta[];
}

/** Source file endings the builder reads. */
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.html', '.htm'];

/** The format a file name implies. */
export function formatOfSource(name: string): SourceFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'plaintext';
  return 'markdown';
}

/** Reads a source file's text and metadata; `override` fields win over the file's own. */
export function readSource(name: string, raw: string, override: Partial<SourceMeta> = {}): ReadSource {
  const format = formatOfSource(name);
  let text = raw;
  let found: Partial<Record<keyof SourceMeta, string | null>> = {};
  if (format === 'html') {
    const page = readHtml(raw);
    text = page.text;
    found = page.meta;
  } else {
    const fm = findFrontMatter(raw);
    if (fm) {
      const f = fm.fields;
      found = {
        title: f['title'] ?? f['titulo'] ?? f['título'] ?? null,
        publisher: f['publisher'] ?? f['source'] ?? f['site'] ?? f['medio'] ?? null,
        date: f['date'] ?? f['published'] ?? f['fecha'] ?? null,
        url: f['url'] ?? f['link'] ?? f['canonical'] ?? null,
        author: f['author'] ?? f['autor'] ?? f['by'] ?? null,
        language: f['language'] ?? f['lang'] ?? f['idioma'] ?? null,
        kind: f['kind'] ?? null,
      };
      text = blank(raw, fm.start, fm.end);
    }
  }
  const meta: SourceMeta = {
    title: str(found.title) ?? firstHeading(text),
    publisher: str(found.publisher),
    date: dayOf(found.date ?? null),
    url: urlOf(found.url ?? null),
    author: str(found.author),
    language: langOf(found.language ?? null),
    kind: kindOf(found.kind ?? null),
  };
  for (const [k, v] of Object.entries(override) as [keyof SourceMeta, string | null][]) {
    if (v === undefined || v === null) continue;
    if (k === 'date') meta.date = dayOf(v);
    else if (k === 'url') meta.url = v === 'none' ? 'none' : urlOf(v);
    else if (k === 'language') meta.language = langOf(v);
    else if (k === 'kind') meta.kind = kindOf(v);
    else meta[k] = str(v);
  }
  const missing = REQUIRED_META.filter((k) => !meta[k]);
  return { name, format, text, analyzeAs: format === 'plaintext' ? 'plaintext' : 'markdown', meta, missing };
}

function str(v: string | null | undefined): string | null {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 500) : null;
}

function firstHeading(text: string): string | null {
  const m = /^#{1,6}\s+(.+)$/m.exec(text) ?? /^\s*(\S.{10,200})$/m.exec(text);
  return m ? str(m[1]) : null;
}

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A publication day from "2024-08-10", "2024-08-10T09:30:00Z", "August 10, 2024" or "10 de agosto de 2024". */
export function dayOf(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  const day = iso ? iso[1]! : parseFullDate(s);
  if (!day || !IsoDay.safeParse(day).success) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? day : null;
}

function urlOf(v: string | null): string | null {
  const s = v?.trim();
  if (!s) return null;
  if (s === 'none') return 'none';
  return /^https?:\/\/\S+$/.test(s) ? s.slice(0, 2000) : null;
}

function langOf(v: string | null): 'en' | 'es' | null {
  const s = v?.trim().toLowerCase() ?? '';
  if (s.startsWith('en')) return 'en';
  if (s.startsWith('es')) return 'es';
  return null;
}

function kindOf(v: string | null): SourceMeta['kind'] {
  const s = v?.trim().toLowerCase();
  return s === 'news' || s === 'op-ed' || s === 'wire' || s === 'official' || s === 'ngo' ? s : null;
}
