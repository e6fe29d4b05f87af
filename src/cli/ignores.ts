/** The committable ignore file, `.crosscheck-ignore.json`, read from the working folder. */
import { join } from 'node:path';
import { parseIgnoreFile } from '../engine/ignoreFile';
import type { IgnoreEntry } from '../engine/suppress';
import { NODE_FS, readArticle, type FileSystem } from './files';
import type { Io } from './main';

export const IGNORE_FILE = '.crosscheck-ignore.json';

/** The ignore file's entries; a `problem` when it exists but cannot be read (a folder, no permission): exit 2. */
export function readIgnoreFile(folder: string, io: Io, fs: FileSystem = NODE_FS): { entries: IgnoreEntry[]; problem: { path: string; message: string } | null } {
  const path = join(folder, IGNORE_FILE);
  try {
    fs.lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problem: null };
  }
  const read = readArticle(path, 16 * 1024 * 1024, fs);
  if (!read.ok || !('text' in read)) {
    const message = `${read.ok ? 'over 16 MB' : read.message} (the ignore file cannot be read)`;
    io.err(`crosscheck: ${path}: ${message}`);
    return { entries: [], problem: { path, message } };
  }
  const r = parseIgnoreFile(read.text);
  if (r.error) io.err(`crosscheck: ${path}: ${r.error} (the file is not used)`);
  return { entries: r.entries, problem: null };
}
