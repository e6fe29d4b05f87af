/** The committable ignore file, `.crosscheck-ignore.json`, read from the working folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIgnoreFile } from '../engine/ignoreFile';
import type { IgnoreEntry } from '../engine/suppress';
import type { Io } from './main';

export const IGNORE_FILE = '.crosscheck-ignore.json';

export function readIgnoreFile(folder: string, io: Io): IgnoreEntry[] {
  const path = join(folder, IGNORE_FILE);
  if (!existsSync(path)) return [];
  const r = parseIgnoreFile(readFileSync(path, 'utf8'));
  if (r.error) io.err(`crosscheck: ${path}: ${r.error} (the file is not used)`);
  return r.entries;
}
