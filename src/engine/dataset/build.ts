/**
 * Merging dataset files into one dataset and checking its integrity. Merge rule: bundled
 * files first, then workspace files in path order; a workspace record with the id of a
 * bundled one replaces it (noted), and an id defined by two workspace files keeps the first
 * (the second is an error). Records that fail integrity are dropped with a problem; the
 * rest keeps working.
 */
import type { Analysis } from '../model';
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
export function buildDataset(inputs: readonly DatasetInput[], options: BuildOptions = {}): { dataset: Dataset; problems: DatasetProblem[] } {
  const dataset: Dataset = { sources: new Map(), quantities: new Map(), claims: new Map(), derivations: new Map(), cueSets: new Map(), origin: new Map() };
  const problems: DatasetProblem[] = [];
  const ordered = [...inputs.filter((i) => i.bundled), ...inputs.filter((i) => !i.bundled).sort((a, b) => a.name.localeCompare(b.name))];
  for (const input of ordered) {
    const f = input.file;
    mergeList(dataset, dataset.sources, 'sources', f.sources, input, problems);
    mergeList(dataset, dataset.quantities, 'quantities', f.quantities, input, problems);
    mergeList(dataset, dataset.claims, 'claims', f.claims, input, problems);
    mergeList(dataset, dataset.derivations, 'derivations', f.derivations, input, problems);
    for (const [name, cues] of Object.entries(f.cueSets ?? {})) {
      const prev = dataset.origin.get(key('cueSets', name));
      if (prev && !prev.bundled && !input.bundled) {
        problems.push(problem(input.name, `$.cueSets.${name}`, `cue set "${name}" is already defined in ${prev.file}; this one is ignored`));
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
        problems.push({ ...problem(input.name, path, `replaces the bundled ${collection.replace(/s$/, '').replace(/ie$/, 'y')} "${record.id}"`), severity: 'information' });
      } else if (prev.bundled && input.bundled) {
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
  for (const der of [...d.derivations.values()]) {
    const missing = [der.output, ...der.inputs].filter((id) => !d.quantities.has(id));
    if (missing.length) drop('derivations', der.id, 'inputs', `unknown quantit${missing.length > 1 ? 'ies' : 'y'} ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
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
