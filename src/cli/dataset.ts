/** Loading the dataset for a command: bundled data plus `--dataset` files; problems go to stderr. */
import { openDataset, type OpenedDataset } from '../engine/dataset/open';
import { readArticle } from './files';
import type { Io } from './main';

/**
 * Opens the dataset; a bad file is reported (file, line:column, JSON path, reason) and left out.
 * `unreadable` counts the files that could not be read or hold errors: the command exits 2.
 */
export function loadCliDataset(paths: readonly string[], bundled: boolean, io: Io): { opened: OpenedDataset; unreadable: number; failed: { path: string; message: string }[] } {
  const files: { name: string; text: string }[] = [];
  const failed: { path: string; message: string }[] = [];
  let unreadable = 0;
  for (const p of paths) {
    const read = readArticle(p, Number.MAX_SAFE_INTEGER, io.fs); // never blocks on a FIFO
    if (read.ok && 'text' in read) files.push({ name: p, text: read.text });
    else {
      io.err(`crosscheck: ${p}: ${read.ok ? read.skipped : read.message}`);
      failed.push({ path: p, message: read.ok ? read.skipped : read.message });
      unreadable++;
    }
  }
  const opened = openDataset(files, { bundled });
  for (const p of opened.problems) {
    if (p.severity === 'information') continue;
    const where = p.offset !== undefined ? `:${lineCol(files.find((f) => f.name === p.file)?.text ?? '', p.offset)}` : '';
    io.err(`crosscheck: ${p.file}${where}: ${p.severity}: ${p.path}: ${p.message}`);
  }
  for (const file of new Set(opened.problems.filter((p) => p.severity === 'error' && paths.includes(p.file)).map((p) => p.file))) {
    failed.push({ path: file, message: 'the dataset file has errors (see the messages above) and was left out' });
    unreadable++;
  }
  return { opened, unreadable, failed };
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}
