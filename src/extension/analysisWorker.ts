/**
 * The engine's side of the analysis service: one `DocumentSession` per document, fed the
 * document's whole text at each run (the edit since the last run is found here, so runs that
 * were superseded before they started are skipped without breaking the chain of edits). The
 * same handler runs in a worker (node `worker_threads` on the desktop, a Web Worker in the web
 * bundle) and, where no worker can be started, on the extension host's thread.
 *
 * No `vscode` here: the worker bundles are built from `analysisWorkerMain.ts`, which starts this
 * handler in the worker.
 */
import type { CheckOptions, CheckResult } from '../engine/check';
import type { Catalog } from '../engine/dataset/catalog';
import { DocumentSession } from '../engine/session';
import type { IgnoreEntry } from '../engine/suppress';

/** Options of a run, without what travels once per change of dataset (see `context`). */
export type RunOptions = Omit<CheckOptions, 'catalog' | 'ignores'>;

export type ToEngine =
  /** A dataset and ignore list, sent once each time either changes; runs name it by id. */
  | { type: 'context'; id: number; catalog: Catalog | null; ignores: readonly IgnoreEntry[] }
  | { type: 'run'; key: string; generation: number; text: string; context: number; options: RunOptions }
  | { type: 'forget'; key: string };

export type FromEngine =
  | { type: 'result'; key: string; generation: number; result: CheckResult }
  /** A run skipped because a newer one for the document came in before it started. */
  | { type: 'superseded'; key: string; generation: number }
  | { type: 'error'; key: string; generation: number; message: string };

interface Doc {
  session: DocumentSession;
  text: string;
}

/**
 * The message handler. Runs are queued and started on the next turn, so a burst of edits that
 * arrived while a long check ran costs one run per document, the latest.
 */
export function engineHandler(post: (m: FromEngine) => void, defer: (f: () => void) => void): (m: ToEngine) => void {
  const contexts = new Map<number, { catalog: Catalog | null; ignores: readonly IgnoreEntry[] }>();
  const docs = new Map<string, Doc>();
  const pending = new Map<string, Extract<ToEngine, { type: 'run' }>>();
  let scheduled = false;
  const drain = (): void => {
    scheduled = false;
    const runs = [...pending.values()];
    pending.clear();
    for (const m of runs) {
      try {
        post({ type: 'result', key: m.key, generation: m.generation, result: run(m) });
      } catch (e) {
        docs.delete(m.key);
        post({ type: 'error', key: m.key, generation: m.generation, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      }
    }
  };
  const run = (m: Extract<ToEngine, { type: 'run' }>): CheckResult => {
    const ctx = contexts.get(m.context) ?? { catalog: null, ignores: [] };
    const options: CheckOptions = { ...m.options, catalog: ctx.catalog, ignores: ctx.ignores };
    let doc = docs.get(m.key);
    if (!doc) docs.set(m.key, (doc = { session: new DocumentSession(options), text: '' }));
    doc.session.setOptionsIfChanged(options);
    const result = doc.text && m.text.length > 0 ? doc.session.update(m.text, [diff(doc.text, m.text)]) : doc.session.update(m.text);
    doc.text = m.text;
    return result;
  };
  return (m) => {
    if (m.type === 'context') {
      contexts.set(m.id, { catalog: m.catalog, ignores: m.ignores });
      for (const id of contexts.keys()) if (id < m.id - 1) contexts.delete(id); // runs name the latest or the one before
    } else if (m.type === 'forget') {
      docs.delete(m.key);
      const p = pending.get(m.key);
      if (p) post({ type: 'superseded', key: p.key, generation: p.generation });
      pending.delete(m.key);
    } else {
      const before = pending.get(m.key);
      if (before) post({ type: 'superseded', key: before.key, generation: before.generation });
      pending.set(m.key, m);
      if (!scheduled) {
        scheduled = true;
        defer(drain);
      }
    }
  };
}

/** The single edit that turns `before` into `after` (common prefix and suffix left out). */
function diff(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}
