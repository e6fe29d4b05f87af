/** Loading the dataset for a command: bundled data plus `--dataset` files; problems go to stderr. */
import { readFileSync, statSync } from 'node:fs';
import { locate, sizeProblem } from '../engine/dataset/load';
import { openDataset, type OpenedDataset } from '../engine/dataset/open';
import type { Io } from './main';
import { plain } from './terminal';

/** Reads a dataset (or import) file, refusing it by its size before reading it. */
export function readDatasetFile(path: string): { text: string } | { error: string } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { error: st.isDirectory() ? 'is a folder, not a dataset file' : 'is not a regular file' };
    const big = sizeProblem(st.size);
    if (big) return { error: big };
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message };
  }
}

/**
 * Opens the dataset. Every problem is printed as FILE:LINE:COL: severity: JSON path: reason. A
 * file that cannot be read, or that has an error (refused whole or in part), counts in
 * `unreadable`: the command still runs on the rest, and exits 2.
 */
export function loadCliDataset(paths: readonly string[], bundled: boolean, io: Io, verifyAll = false): { opened: OpenedDataset; unreadable: number; bad: ReadonlySet<string> } {
  const files: { name: string; text: string }[] = [];
  const bad = new Set<string>();
  for (const p of paths) {
    const r = readDatasetFile(p);
    if ('text' in r) files.push({ name: p, text: r.text });
    else {
      io.err(`crosscheck: ${p}: error: ${r.error}`);
      bad.add(p);
    }
  }
  const opened = openDataset(files, { bundled, verifyAll });
  for (const p of opened.problems) {
    if (p.severity === 'information') continue;
    const text = files.find((f) => f.name === p.file)?.text;
    const offset = p.offset ?? (text !== undefined ? locate(text, p.path)?.offset : undefined);
    const where = text !== undefined ? `:${lineCol(text, offset ?? 0)}` : '';
    io.err(plain(`crosscheck: ${p.file}${where}: ${p.severity}: ${p.path}: ${p.message}`));
    if (p.severity === 'error') bad.add(p.file);
  }
  if (bad.size) io.err(`crosscheck: ${bad.size} dataset file${bad.size > 1 ? 's' : ''} did not load cleanly (see above); the results below leave out what they refused`);
  return { opened, unreadable: bad.size, bad };
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}
