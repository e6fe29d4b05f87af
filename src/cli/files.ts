/** Turning the command line's paths, folders and globs into files, and reading them safely. */
import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.txt', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export interface Expanded {
  files: string[];
  /** Paths that matched nothing or could not be listed, with why. */
  problems: { path: string; message: string }[];
}

/** Expands files, folders (recursively, article files only) and globs (`*`, `**`, `?`, `{a,b}`). */
export function expandPaths(paths: readonly string[]): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (/[*?{]/.test(p)) {
      const found = glob(p);
      if (found.length === 0) problems.push({ path: p, message: 'no file matches this pattern' });
      found.forEach(add);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      problems.push({ path: p, message: describe(e) });
      continue;
    }
    if (st.isDirectory()) walk(p, (f) => isArticle(f) && add(f));
    else add(p);
  }
  return { files, problems };
}

function isArticle(f: string): boolean {
  const lower = f.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

function walk(dir: string, visit: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, visit);
    } else if (e.isFile()) visit(full);
  }
}

/** Matches a glob against the file tree under its fixed prefix. */
export function glob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?{]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(parts.join('/'));
  const out: string[] = [];
  walk(base, (f) => {
    const rel = relative(base, f).split(sep).join('/');
    if (re.test(rel)) out.push(f);
  });
  return out;
}

/** Converts a glob (relative part) to a regular expression. */
export function globToRegExp(g: string): RegExp {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        re += g[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += g[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + g.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp('^' + re + '$');
}

function escape(s: string): string {
  return s.replace(/[.+^$()|[\]\\]/g, '\\$&');
}

export type ReadResult = { ok: true; text: string } | { ok: true; skipped: string } | { ok: false; message: string };

/** Reads a file as UTF-8 text; over `maxBytes` it is skipped without being read whole. */
export function readArticle(path: string, maxBytes: number): ReadResult {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: 'is a folder' };
    if (st.size > maxBytes) return { ok: true, skipped: `skipped: ${st.size} bytes is over the size budget of ${maxBytes} bytes (--max-size)` };
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(st.size);
      let read = 0;
      while (read < st.size) {
        const n = readSync(fd, buf, read, st.size - read, read);
        if (n === 0) break;
        read += n;
      }
      const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(buf.subarray(0, read));
      return { ok: true, text };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, message: describe(e) };
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}
