/** Loading the dataset for a command: bundled data plus `--dataset` files; problems go to stderr. */
import { locate, MAX_DATASET_BYTES, sizeProblem } from '../engine/dataset/load';
import { openDataset, type OpenedDataset } from '../engine/dataset/open';
import { NODE_FS, readArticle, STDIN_NAMES, type FileSystem } from './files';
import type { Io } from './main';

/** Reads a dataset (or import) file: refused by its size before it is read, never blocking on a FIFO. */
export function readDatasetFile(path: string, fs: FileSystem = NODE_FS): { text: string } | { error: string } {
  if (!STDIN_NAMES.has(path)) {
    try {
      const st = fs.statSync(path);
      const big = st.isFile() ? sizeProblem(st.size) : null;
      if (big) return { error: big };
    } catch {
      // readArticle says why
    }
  }
  const read = readArticle(path, MAX_DATASET_BYTES, fs);
  if (read.ok && 'text' in read) return { text: read.text };
  return { error: read.ok ? read.skipped.replace(/ \(--max-size\)$/, ' for a dataset file') : read.message };
}

/**
 * Opens the dataset. Every problem is printed as FILE:LINE:COL: severity: JSON path: reason. A
 * file that cannot be read, or that has an error (refused whole or in part), counts in
 * `unreadable` and is named in `bad` and `failed`: the command still runs on the rest, and exits 2.
 * `verifyAll` reads every quote back whatever the files' size (dataset verify).
 */
export function loadCliDataset(
  paths: readonly string[],
  bundled: boolean,
  io: Io,
  verifyAll = false,
  extra: readonly { name: string; text: string }[] = [],
): { opened: OpenedDataset; unreadable: number; bad: ReadonlySet<string>; failed: { path: string; message: string }[] } {
  const files: { name: string; text: string }[] = [...extra];
  const failed: { path: string; message: string }[] = [];
  const bad = new Set<string>();
  for (const p of paths) {
    const r = readDatasetFile(p, io.fs);
    if ('text' in r) files.push({ name: p, text: r.text });
    else {
      io.err(`crosscheck: ${p}: ${r.error}`);
      failed.push({ path: p, message: r.error });
      bad.add(p);
    }
  }
  const opened = openDataset(files, { bundled, verifyAll });
  for (const p of opened.problems) {
    if (p.severity === 'information') continue;
    const text = files.find((f) => f.name === p.file)?.text;
    const offset = p.offset ?? (text !== undefined ? locate(text, p.path)?.offset : undefined);
    const where = text !== undefined ? `:${lineCol(text, offset ?? 0)}` : '';
    io.err(`crosscheck: ${p.file}${where}: ${p.severity}: ${p.path}: ${p.message}`);
    if (p.severity === 'error' && paths.includes(p.file) && !bad.has(p.file)) {
      bad.add(p.file);
      failed.push({ path: p.file, message: 'the dataset file has errors (see the messages above); what they concern was left out' });
    }
  }
  if (bad.size) io.err(`crosscheck: ${bad.size} dataset file${bad.size > 1 ? 's' : ''} did not load cleanly (see above); the results leave out what they refused`);
  return { opened, unreadable: bad.size, bad, failed };
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}
