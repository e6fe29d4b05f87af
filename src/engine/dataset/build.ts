/**
 * Merging dataset files into one dataset and checking its integrity. Merge rule: bundled
 * files first, then workspace files in path order. Workspace data may add, never replace or
 * shadow: a workspace record with the id of a bundled one is ignored with an error (unless it
 * is the same record, as an import of an export writes), an id defined by two workspace files
 * keeps the first (the second is an error), and a workspace quantity with no claims (it would
 * capture figures without checking them) is left out with an error, or kept with a warning
 * when it names a related quantity it is told apart from, or is a derivation's output.
 * A file whose cue sets cannot be expanded within bounds (cycles, depth, fan-out, size) is
 * refused whole. Records that fail integrity are dropped with a problem; the rest keeps working.
 */
import type { Analysis } from '../model';
import { jsonPath } from '../schemaErrors';
import type { DatasetProblem } from './load';
import type { Claim, Cues, DatasetFile, Derivation, Quantity, Source } from './schema';

export interface DatasetInput {
  name: string;
  file: DatasetFile;
  bundled: boolean;
}

type Collection = 'sources' | 'quantities' | 'claims' | 'derivations' | 'cueSets';

/** Where a record came from, for messages. */
export interface Origin {
  file: string;
  collection: Collection;
  index: number | string;
  bundled: boolean;
}

export interface Dataset {
  sources: Map<string, Source>;
  quantities: Map<string, Quantity>;
  claims: Map<string, Claim>;
  derivations: Map<string, Derivation>;
  cueSets: Map<string, Cues>;
  origin: Map<string, Origin>;
}

/** Reads a quote with the engine (figures found in it). */
export type QuoteReader = (quote: string) => Analysis;

export interface BuildOptions {
  /** Run the engine on every quote to check the claim's value (bundled data, small user files). */
  verifyQuotes?: boolean;
  /** How quotes are read when they are verified (the engine's `analyze`; see `readQuote`). */
  reader?: QuoteReader;
}

const key = (c: Collection, id: string): string => `${c}:${id}`;

/** Merges the inputs and checks integrity. */
export function buildDataset(all: readonly DatasetInput[], options: BuildOptions = {}): { dataset: Dataset; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const inputs = withoutCueBombs(all, problems);
  const dataset: Dataset = { sources: new Map(), quantities: new Map(), claims: new Map(), derivations: new Map(), cueSets: new Map(), origin: new Map() };
  for (const input of mergeOrder(inputs)) {
    const f = input.file;
    mergeList(dataset, dataset.sources, 'sources', f.sources, input, problems);
    mergeList(dataset, dataset.quantities, 'quantities', f.quantities, input, problems);
    mergeList(dataset, dataset.claims, 'claims', f.claims, input, problems);
    mergeList(dataset, dataset.derivations, 'derivations', f.derivations, input, problems);
    for (const [name, cues] of Object.entries(f.cueSets ?? {})) {
      const prev = dataset.origin.get(key('cueSets', name));
      if (prev && !prev.bundled && !input.bundled) {
        problems.push(problem(input.name, jsonPath(['cueSets', name]), `cue set "${name}" is already defined in ${prev.file}; this one is ignored`));
        continue;
      }
      if (prev?.bundled && !input.bundled) {
        if (!sameRecord(dataset.cueSets.get(name), cues)) problems.push(problem(input.name, jsonPath(['cueSets', name]), `cue set "${name}" is bundled; workspace data may add cue sets but not replace bundled ones: this one is ignored (give it another name)`));
        continue;
      }
      dataset.cueSets.set(name, cues);
      dataset.origin.set(key('cueSets', name), { file: input.name, collection: 'cueSets', index: name, bundled: input.bundled });
    }
  }
  checkIntegrity(dataset, problems, options);
  return { dataset, problems };
}

function mergeList<T extends { id: string }>(
  dataset: Dataset,
  map: Map<string, T>,
  collection: Collection,
  list: readonly T[] | undefined,
  input: DatasetInput,
  problems: DatasetProblem[],
): void {
  (list ?? []).forEach((record, index) => {
    const k = key(collection, record.id);
    const prev = dataset.origin.get(k);
    const path = `$.${collection}[${index}].id`;
    if (prev) {
      if (prev.file === input.name) {
        problems.push(problem(input.name, path, `duplicate id "${record.id}" in ${collection}; the first one is kept`));
        return;
      }
      if (!prev.bundled && !input.bundled) {
        problems.push(problem(input.name, path, `id "${record.id}" is already defined in ${prev.file}; this one is ignored (the first file in path order wins)`));
        return;
      }
      if (prev.bundled && !input.bundled) {
        // The same record again (an import of an export) adds nothing and replaces nothing.
        if (!sameRecord(map.get(record.id), record)) {
          const kind = collection.replace(/s$/, '').replace(/ie$/, 'y');
          problems.push(problem(input.name, path, `"${record.id}" is a bundled ${kind}; workspace data may add records but not replace bundled ones: this one is ignored (give it another id)`));
        }
        return;
      }
      if (prev.bundled && input.bundled) {
        problems.push(problem(input.name, path, `duplicate id "${record.id}" in the bundled data (also in ${prev.file})`));
        return;
      }
    }
    map.set(record.id, record);
    dataset.origin.set(k, { file: input.name, collection, index, bundled: input.bundled });
  });
}

function checkIntegrity(d: Dataset, problems: DatasetProblem[], options: BuildOptions): void {
  const at = (c: Collection, id: string, field: string): { file: string; path: string } => {
    const o = d.origin.get(key(c, id));
    return { file: o?.file ?? '(dataset)', path: `$.${c}[${o?.index ?? '?'}]${field ? '.' + field : ''}` };
  };
  const drop = (c: Collection, id: string, field: string, message: string): void => {
    const where = at(c, id, field);
    problems.push(problem(where.file, where.path, message));
    (d[c] as Map<string, unknown>).delete(id);
  };
  for (const q of [...d.quantities.values()]) {
    for (const role of ['subject', 'measure', 'require', 'exclude', 'veto', 'anchor', 'foreign'] as const) {
      for (const lang of ['en', 'es'] as const) {
        for (const cue of q.cues[role]?.[lang] ?? []) {
          if (cue.startsWith('@') && !d.cueSets.has(cue.slice(1))) drop('quantities', q.id, `cues.${role}.${lang}`, `unknown cue set "${cue}"`);
        }
      }
    }
    if (!d.quantities.has(q.id)) continue;
    if (q.typical && q.typical.min > q.typical.max) drop('quantities', q.id, 'typical', 'typical.min is above typical.max');
    for (const r of q.related ?? []) {
      if (!d.quantities.has(r.quantity)) {
        const where = at('quantities', q.id, 'related');
        problems.push({ ...problem(where.file, where.path, `related quantity "${r.quantity}" does not exist`), severity: 'warning' });
      }
    }
  }
  for (const c of [...d.claims.values()]) {
    const q = d.quantities.get(c.quantity);
    if (!q) {
      drop('claims', c.id, 'quantity', `unknown quantity "${c.quantity}"`);
      continue;
    }
    if (!d.sources.has(c.source)) {
      drop('claims', c.id, 'source', `unknown source "${c.source}"`);
      continue;
    }
    const isDate = q.kind === 'date';
    if (isDate !== (typeof c.value === 'string')) {
      drop('claims', c.id, 'value', isDate ? `quantity "${q.id}" is a date: the value must be an ISO date string` : `quantity "${q.id}" is a ${q.kind}: the value must be a number`);
      continue;
    }
    if (!normalize(c.quote).includes(normalize(c.asWritten))) {
      drop('claims', c.id, 'quote', `the quote does not contain the figure as written ("${c.asWritten}")`);
      continue;
    }
    if (options.verifyQuotes && options.reader) {
      const message = verifyQuote(c, q, options.reader);
      if (message) drop('claims', c.id, 'asWritten', message);
    }
  }
  // A workspace quantity with nothing to compare would capture figures (and mute real conflicts) without checking them.
  const claimed = new Set([...d.claims.values()].map((c) => c.quantity));
  const derived = new Set([...d.derivations.values()].filter((x) => [x.output, ...x.inputs].every((id) => d.quantities.has(id))).map((x) => x.output));
  for (const q of [...d.quantities.values()]) {
    if (d.origin.get(key('quantities', q.id))?.bundled || claimed.has(q.id) || derived.has(q.id)) continue;
    if (q.related?.some((r) => d.quantities.has(r.quantity))) {
      // A related but different measure ("118,000 including police cells") may stand without claims: it keeps figures off the quantity it is told apart from.
      const where = at('quantities', q.id, 'id');
      problems.push({ ...problem(where.file, where.path, `quantity "${q.id}" has no claims: figures it takes are shown as related to ${q.related.map((r) => `"${r.quantity}"`).join(', ')} and never checked`), severity: 'warning' });
      continue;
    }
    drop('quantities', q.id, 'id', `quantity "${q.id}" has no claims, no related quantity and is the output of no derivation: it would take figures from other quantities without checking them, so it is left out (add a claim from a source)`);
  }
  for (const der of [...d.derivations.values()]) {
    const missing = [der.output, ...der.inputs].filter((id) => !d.quantities.has(id));
    if (missing.length) drop('derivations', der.id, 'inputs', `unknown quantit${missing.length > 1 ? 'ies' : 'y'} ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
}

/** Cue-set expansion bounds: nesting depth, `@` references in one list, phrases after expansion of one list, and of all a file's quantities. */
export const CUE_LIMITS = { depth: 4, refs: 20, phrases: 2000, total: 100_000 } as const;

/**
 * Checks that every cue list expands within bounds, without expanding it: the size of each
 * cue set is computed once (memoized), so a bomb costs no more than its own text. A workspace
 * file with a cycle, or a list too deep, too wide or too large, is refused whole.
 */
function withoutCueBombs(inputs: readonly DatasetInput[], problems: DatasetProblem[]): readonly DatasetInput[] {
  const sets = new Map<string, { cues: Cues; input: DatasetInput }>();
  for (const input of mergeOrder(inputs)) {
    for (const [name, cues] of Object.entries(input.file.cueSets ?? {})) if (!sets.has(name)) sets.set(name, { cues, input });
  }
  type Size = { phrases: number; depth: number } | { error: string; file: string; path: string };
  const sizes = new Map<string, Size>();
  const visiting = new Set<string>();
  const sizeOfList = (list: readonly string[], file: string, path: (i: number) => string): Size => {
    let phrases = 0;
    let depth = 0;
    let refs = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      if (!c.startsWith('@')) {
        phrases++;
        continue;
      }
      if (++refs > CUE_LIMITS.refs) return { error: `more than ${CUE_LIMITS.refs} cue-set references in one list`, file, path: path(i) };
      const s = sizeOfSet(c.slice(1), file, path(i));
      if (!s) continue; // unknown: reported by the integrity check
      if ('error' in s) return s;
      phrases += s.phrases;
      depth = Math.max(depth, s.depth + 1);
      if (depth > CUE_LIMITS.depth) return { error: `cue sets nested more than ${CUE_LIMITS.depth} deep`, file, path: path(i) };
      if (phrases > CUE_LIMITS.phrases) return { error: `expands to more than ${CUE_LIMITS.phrases} cue phrases`, file, path: path(i) };
    }
    return { phrases, depth };
  };
  const sizeOfSet = (name: string, fromFile: string, fromPath: string): Size | null => {
    const known = sizes.get(name);
    if (known) return known;
    const set = sets.get(name);
    if (!set) return null;
    if (visiting.has(name)) return { error: `cue set "@${name}" includes itself (a cycle)`, file: fromFile, path: fromPath };
    visiting.add(name);
    let out: Size = { phrases: 0, depth: 0 };
    for (const lang of ['en', 'es'] as const) {
      const s = sizeOfList(set.cues[lang], set.input.name, (i) => jsonPath(['cueSets', name, lang, i]));
      if ('error' in s || 'error' in out) {
        out = 'error' in out ? out : s;
        continue;
      }
      out = { phrases: Math.max(out.phrases, s.phrases), depth: Math.max(out.depth, s.depth) };
    }
    visiting.delete(name);
    sizes.set(name, out);
    return out;
  };
  const refused = new Map<DatasetInput, DatasetProblem>();
  // A bound broken in another file is that file's fault: refusing it turns the reference here into an unknown cue set.
  const refuse = (input: DatasetInput, s: Size): void => {
    if ('error' in s && s.file === input.name && !refused.has(input)) refused.set(input, problem(input.name, s.path, `${s.error}; the file is refused`));
  };
  for (const [name, set] of sets) {
    const s = sizeOfSet(name, set.input.name, jsonPath(['cueSets', name]));
    if (s) refuse(set.input, s);
  }
  for (const input of inputs) {
    let total = 0;
    (input.file.quantities ?? []).forEach((q, index) => {
      for (const [role, cues] of Object.entries(q.cues)) {
        for (const lang of ['en', 'es'] as const) {
          const s = sizeOfList(cues?.[lang] ?? [], input.name, (i) => jsonPath(['quantities', index, 'cues', role, lang, i]));
          refuse(input, s);
          if ('error' in s) continue;
          total += s.phrases;
          if (total > CUE_LIMITS.total) refuse(input, { error: `the file's quantities expand to more than ${CUE_LIMITS.total} cue phrases in all`, file: input.name, path: jsonPath(['quantities', index, 'cues', role, lang]) });
        }
      }
    });
  }
  for (const p of refused.values()) problems.push(p);
  return inputs.filter((i) => !refused.has(i));
}

/** Bundled files first, then workspace files in path order. */
function mergeOrder(inputs: readonly DatasetInput[]): DatasetInput[] {
  return [...inputs.filter((i) => i.bundled), ...inputs.filter((i) => !i.bundled).sort((a, b) => a.name.localeCompare(b.name))];
}

function sameRecord(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** Reads the quote with the engine and checks that the figure as written has the claim's value and a compatible unit. */
function verifyQuote(c: Claim, q: Quantity, read: QuoteReader): string | null {
  const a = read(c.quote);
  const at = normalize(c.quote).indexOf(normalize(c.asWritten));
  const fig = a.figures.find((f) => f.start <= at + c.asWritten.length && f.end >= at && overlapsText(f.text, c.asWritten));
  if (!fig) return `the engine finds no figure "${c.asWritten}" in the quote`;
  if (q.kind === 'date') {
    const v = typeof fig.value === 'number' ? String(fig.value) : fig.value;
    if (typeof v !== 'string') return `"${c.asWritten}" is not read as a date`;
    const want = String(c.value);
    const n = Math.min(v.length, want.length);
    // Year-less dates in quotes resolve against a fixed date here, so compare month and day only.
    const cmp = fig.yearInferred ? (s: string) => s.slice(5, n) : (s: string) => s.slice(0, n);
    return cmp(v) === cmp(want) ? null : `"${c.asWritten}" reads as ${v}, not ${want}`;
  }
  if (typeof fig.value !== 'number') return `"${c.asWritten}" is not read as a number`;
  const value = q.kind === 'duration' && q.unit !== fig.unit && fig.unit ? null : fig.value;
  if (value === null) return `"${c.asWritten}" is in ${fig.unit}, the quantity in ${q.unit}`;
  if (Math.abs(value - (c.value as number)) > 1e-9 * Math.max(1, Math.abs(value))) return `"${c.asWritten}" reads as ${value}, not ${c.value}`;
  if (q.kind === 'percent' && fig.kind !== 'percent') return `"${c.asWritten}" is not a percentage, but the quantity is`;
  if (q.kind === 'rate' && fig.kind !== 'rate' && fig.kind !== 'number') return `"${c.asWritten}" is a ${fig.kind}, the quantity a rate`;
  return null;
}

function overlapsText(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  return na.includes(nb) || nb.includes(na);
}

/** Folds white space and quote styles so quotes compare as readers see them. */
export function normalize(s: string): string {
  return s.replace(/[\u00A0\u202F\u2009\s]+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();
}

function problem(file: string, path: string, message: string): DatasetProblem {
  return { file, path, message, severity: 'error' };
}
