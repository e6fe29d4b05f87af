/** Loading the dataset for a command: bundled data plus `--dataset` files; problems go to stderr. */
import { readFileSync } from 'node:fs';
import { openDataset, type OpenedDataset } from '../engine/dataset/open';
import type { Io } from './main';

/** Opens the dataset; a bad file is reported (file, JSON path, reason) and left out. Returns null only when a file cannot be read. */
export function loadCliDataset(paths: readonly string[], bundled: boolean, io: Io, extra: readonly { name: string; text: string }[] = []): { opened: OpenedDataset; unreadable: number } {
  const files: { name: string; text: string }[] = [...extra];
  let unreadable = 0;
  for (const p of paths) {
    try {
      files.push({ name: p, text: readFileSync(p, 'utf8') });
    } catch (e) {
      io.err(`crosscheck: ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      unreadable++;
    }
  }
  const opened = openDataset(files, { bundled });
  for (const p of opened.problems) {
    if (p.severity === 'information') continue;
    const where = p.offset !== undefined ? `:${lineCol(files.find((f) => f.name === p.file)?.text ?? '', p.offset)}` : '';
    io.err(`crosscheck: ${p.file}${where}: ${p.severity}: ${p.path}: ${p.message}`);
  }
  return { opened, unreadable };
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}
