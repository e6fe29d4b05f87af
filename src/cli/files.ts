/**
 * Turning the command line's paths, folders and globs into files, and reading them safely.
 * The file system comes in as a parameter (markdownlint's habit), so tests can make a folder
 * unreadable even when they run as root.
 */
import * as nodeFs from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** File endings read as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.txt', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** The names that mean standard input. */
export const STDIN_NAMES: ReadonlySet<string> = new Set(['-', '/dev/stdin']);

/** The file-system calls the CLI makes. `readStdin` reads at most `max` bytes of standard input. */
export interface FileSystem {
  statSync(path: string): Stats;
  lstatSync(path: string): Stats;
  realpathSync(path: string): string;
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[];
  openSync(path: string, flags: number): number;
  fstatSync(fd: number): Stats;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
  readStdin(max: number): Buffer;
}

export const NODE_FS: FileSystem = {
  statSync: (p) => nodeFs.statSync(p),
  lstatSync: (p) => nodeFs.lstatSync(p),
  realpathSync: (p) => nodeFs.realpathSync(p),
  readdirSync: (p, o) => nodeFs.readdirSync(p, o),
  openSync: (p, f) => nodeFs.openSync(p, f),
  fstatSync: (fd) => nodeFs.fstatSync(fd),
  readSync: (fd, b, o, l, p) => nodeFs.readSync(fd, b, o, l, p),
  closeSync: (fd) => nodeFs.closeSync(fd),
  readStdin: (max) => readAll(0, max),
};

export interface Expanded {
  files: string[];
  /** Paths that matched nothing or could not be listed or read, with why. Each one means exit 2. */
  problems: { path: string; message: string }[];
}

/**
 * Expands files, folders (recursively, article files only) and globs (`*`, `**`, `?`, `{a,b}`).
 * `-` and `/dev/stdin` stand for standard input. Symbolic links to files are followed, and so
 * are links to folders inside the folder given (each folder walked once); a link to a folder
 * outside it, a broken link, a folder that cannot be listed, a folder without article files
 * and a file that is not a regular file are problems, never silently passed over.
 */
export function expandPaths(paths: readonly string[], fs: FileSystem = NODE_FS): Expanded {
  const files: string[] = [];
  const problems: Expanded['problems'] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    const key = STDIN_NAMES.has(f) ? '-' : f;
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (STDIN_NAMES.has(p)) {
      add(p);
      continue;
    }
    if (/[*?{]/.test(p)) {
      const found = glob(p, fs, problems);
      if (found.length === 0) problems.push({ path: p, message: 'no file matches this pattern' });
      found.forEach(add);
      continue;
    }
    let st;
    try {
      st = fs.statSync(p);
    } catch (e) {
      problems.push({ path: p, message: brokenLink(fs, p) ?? describe(e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      const problemsBefore = problems.length;
      walk(p, (f) => isArticle(f) && add(f), fs, problems);
      if (files.length === before && problems.length === problemsBefore) problems.push({ path: p, message: `no article files in this folder (${ARTICLE_EXTENSIONS.join(', ')})` });
    } else if (st.isFile()) add(p);
    else problems.push({ path: p, message: notRegular(st) });
  }
  return { files, problems };
}

function isArticle(f: string): boolean {
  const lower = f.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

function walk(root: string, visit: (file: string) => void, fs: FileSystem, problems: Expanded['problems']): void {
  const visited = new Set<string>();
  let rootReal = root;
  try {
    rootReal = fs.realpathSync(root);
  } catch {
    // listing below reports it
  }
  /** True when a linked folder resolves inside the root: a link to `/` never walks the whole disk. */
  const inside = (link: string): boolean => {
    try {
      const real = fs.realpathSync(link);
      return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
    } catch {
      return false;
    }
  };
  const enter = (dir: string): void => {
    let real = dir;
    try {
      real = fs.realpathSync(dir);
    } catch {
      // listing below reports it
    }
    if (visited.has(real)) return; // a link back into a folder already walked
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, message: `cannot list this folder: ${describe(e)}` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) enter(full);
      } else if (e.isFile()) visit(full);
      else if (e.isSymbolicLink()) {
        let st: Stats;
        try {
          st = fs.statSync(full);
        } catch (err) {
          if (isArticle(full) || (err as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ path: full, message: brokenLink(fs, full) ?? describe(err) });
          continue;
        }
        if (st.isDirectory()) {
          if (SKIP_DIRS.has(e.name)) continue;
          if (inside(full)) enter(full);
          else problems.push({ path: full, message: 'not followed: a symbolic link to a folder outside the folder given; give that folder as a PATH of its own' });
        } else if (st.isFile()) visit(full);
        else if (isArticle(full)) problems.push({ path: full, message: notRegular(st) });
      } else if (isArticle(full)) {
        // a FIFO, socket or device named like an article: refused by name, never opened
        try {
          problems.push({ path: full, message: notRegular(fs.lstatSync(full)) });
        } catch (err) {
          problems.push({ path: full, message: describe(err) });
        }
      }
    }
  };
  enter(root);
}

/** Matches a glob against the file tree under its fixed prefix. */
export function glob(pattern: string, fs: FileSystem = NODE_FS, problems: Expanded['problems'] = []): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !/[*?{]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length ? fixed.join('/') || '/' : '.';
  const re = globToRegExp(parts.join('/'));
  const out: string[] = [];
  walk(base, (f) => {
    const rel = relative(base, f).split(sep).join('/');
    if (re.test(rel)) out.push(f);
  }, fs, problems);
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

/** Opening never waits on a FIFO: non-blocking, then refused by `fstat` unless a regular file. */
const OPEN_FLAGS = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file (or standard input, `-`) as text; over `maxBytes` it is skipped without
 * being read whole. UTF-16 (LE or BE) with a byte-order mark is decoded as UTF-16; anything
 * else as UTF-8. A byte-order mark is not part of the text: offsets count from the character
 * after it, as in the editor.
 */
export function readArticle(path: string, maxBytes: number, fs: FileSystem = NODE_FS): ReadResult {
  if (STDIN_NAMES.has(path)) {
    let buf: Buffer;
    try {
      buf = fs.readStdin(maxBytes + 1);
    } catch (e) {
      return { ok: false, message: `cannot read standard input: ${describe(e)}` };
    }
    if (buf.length > maxBytes) return { ok: true, skipped: `skipped: standard input is over the size budget of ${maxBytes} bytes (--max-size)` };
    return { ok: true, text: decodeText(buf) };
  }
  let fd: number;
  try {
    fd = fs.openSync(path, OPEN_FLAGS);
  } catch (e) {
    return { ok: false, message: brokenLink(fs, path) ?? describe(e) };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: 'is a folder' };
    if (!st.isFile()) return { ok: false, message: notRegular(st) };
    if (st.size > maxBytes) return { ok: true, skipped: `skipped: ${st.size} bytes is over the size budget of ${maxBytes} bytes (--max-size)` };
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = fs.readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, text: decodeText(buf.subarray(0, read)) };
  } catch (e) {
    return { ok: false, message: describe(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes to text: UTF-16 LE/BE by their byte-order mark, else UTF-8; the mark itself is dropped. */
export function decodeText(buf: Uint8Array): string {
  const encoding = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(buf);
}

/** Reads a file descriptor to its end, at most `max` bytes; waits (briefly, without spinning) on a non-blocking pipe. */
function readAll(fd: number, max: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  while (total < max) {
    const chunk = Buffer.alloc(Math.min(65536, max - total));
    let n: number;
    try {
      n = nodeFs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(wait, 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}

function notRegular(st: Stats): string {
  const kind = st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : 'not a regular file';
  return `refused: ${kind}, not a regular file (give "-" to read standard input)`;
}

/** "broken symbolic link" when the path is a link whose target does not exist, else null. */
function brokenLink(fs: FileSystem, path: string): string | null {
  try {
    if (!fs.lstatSync(path).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  try {
    fs.statSync(path);
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : null;
  }
}

export function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return (e as Error).message;
}
