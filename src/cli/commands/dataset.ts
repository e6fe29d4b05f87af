/** `crosscheck dataset …`: verify quotes against articles, list conflicts, export and import ClaimReview. */
import { statSync, writeFileSync } from 'node:fs';
import { claimReviewJson, escapeJsonForHtml, importClaimReview } from '../../engine/dataset/claimreview';
import { openDataset } from '../../engine/dataset/open';
import { relatedPairs, sourceConflicts } from '../../engine/dataset/conflicts';
import { verifyQuotes } from '../../engine/dataset/verifyQuotes';
import { DatasetArgs, parseOptions, UsageError, type RawArgs } from '../args';
import type { OpenedDataset } from '../../engine/dataset/open';
import { loadCliDataset, readDatasetFile } from '../dataset';
import { expandPaths, readArticle } from '../files';
import type { Io } from '../main';
import { terminalSafe } from '../terminal';

export async function runDataset(args: RawArgs, io: Io): Promise<number> {
  const [sub, ...positionals] = args.positionals;
  const opts = parseOptions(DatasetArgs, args.options);
  // `dataset verify FILE.json [FOLDER]`: the user's dataset files are checked with no other flag.
  const isFile = (p: string): boolean => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const own = sub === 'verify' ? positionals.filter((p) => /\.jsonc?$/i.test(p) && isFile(p)) : [];
  const rest = positionals.filter((p) => !own.includes(p));
  const { opened, unreadable, bad } = loadCliDataset([...opts.dataset, ...own], !opts['no-bundled'], io, sub === 'verify');
  // A dataset file that did not load cleanly was reported; the command still runs on the rest, and exits 2.
  const code = run(sub, rest, own, opts, opened, bad, io);
  return unreadable ? 2 : code;
}

function run(sub: string | undefined, rest: string[], own: string[], opts: DatasetArgs, opened: OpenedDataset, bad: ReadonlySet<string>, io: Io): number {
  const { catalog } = opened;
  // Dataset text (publishers, figures as written) reaches the terminal without control characters; JSON stays exact (C1 escaped by escapeJsonForHtml).
  const write = (text: string, terminal = false): void => {
    if (opts.out) writeFileSync(opts.out, text + '\n');
    else io.out(terminal ? terminalSafe(text) : text);
  };
  const say = (line: string): void => io.out(terminalSafe(line));
  switch (sub) {
    case 'verify': {
      if (rest.length > 1 || (rest.length === 0 && own.length === 0)) throw new UsageError('dataset verify needs a dataset FILE.json, a FOLDER holding the source articles, or both');
      const users = new Set([...opts.dataset, ...own]);
      for (const f of own) {
        // What loaded from the file (records dropped with an error are not counted).
        const count = (c: 'sources' | 'quantities' | 'claims' | 'derivations'): number => [...catalog.dataset[c].keys()].filter((id) => catalog.dataset.origin.get(`${c}:${id}`)?.file === f).length;
        say(`${bad.has(f) ? 'FAIL' : 'ok'}  ${f}: ${count('sources')} sources, ${count('quantities')} quantities, ${count('claims')} claims, ${count('derivations')} derivations loaded`);
      }
      if (rest.length === 0) return 0;
      const { files, problems } = expandPaths([rest[0]!], io.fs);
      for (const p of problems) io.err(`crosscheck: ${p.path}: ${p.message}`);
      if (problems.length) return 2;
      const articles: { name: string; text: string }[] = [];
      for (const f of files) {
        const r = readArticle(f, Number.MAX_SAFE_INTEGER, io.fs);
        if (r.ok && 'text' in r) articles.push({ name: f, text: r.text });
        else {
          io.err(`crosscheck: ${f}: ${r.ok ? r.skipped : r.message}`);
          return 2;
        }
      }
      // With the user's files named, only their claims are looked for (the bundled quotes are in other articles).
      const checks = verifyQuotes(catalog, articles).filter((c) => users.size === 0 || users.has(catalog.dataset.origin.get(`claims:${c.claim}`)?.file ?? ''));
      const bySource = new Map<string, { found: number; total: number; files: Set<string> }>();
      for (const c of checks) {
        const e = bySource.get(c.source) ?? { found: 0, total: 0, files: new Set<string>() };
        e.total++;
        if (c.file) {
          e.found++;
          e.files.add(c.file);
        } else say(`missing  ${c.claim} (${c.source}): its quote is in no article of ${rest[0]}`);
        bySource.set(c.source, e);
      }
      for (const [source, e] of bySource) say(`${e.found === e.total ? 'ok' : 'FAIL'}  ${source}: ${e.found}/${e.total} quotes found${e.files.size ? ` in ${[...e.files].join(', ')}` : ''}${e.files.size > 1 ? ' (more than one file!)' : ''}`);
      const found = checks.filter((c) => c.file).length;
      say(`verified ${found}/${checks.length} quotes of ${bySource.size} sources against ${articles.length} articles`);
      return found === checks.length && [...bySource.values()].every((e) => e.files.size <= 1) ? 0 : 1;
    }
    case 'conflicts': {
      const conflicts = sourceConflicts(catalog);
      const related = relatedPairs(catalog);
      if (opts.format === 'json') {
        write(escapeJsonForHtml(JSON.stringify({ conflicts: conflicts.map((c) => ({ quantity: c.quantity.id, a: { claim: c.a.id, source: c.a.source, value: c.a.value, asWritten: c.a.asWritten }, b: { claim: c.b.id, source: c.b.source, value: c.b.value, asWritten: c.b.asWritten }, difference: c.difference })), related: related.map((r) => ({ a: r.a.id, b: r.b.id, relation: r.relation, note: r.note, aValues: r.aValues, bValues: r.bValues })) }, null, 2)));
        return 0;
      }
      const pub = (id: string): string => catalog.sources.get(id)?.publisher ?? id;
      const lines = [`Sources that disagree (${conflicts.length}):`];
      for (const c of conflicts) lines.push(`  ${c.quantity.id} (${c.quantity.label}): ${pub(c.a.source)} “${c.a.asWritten}” vs ${pub(c.b.source)} “${c.b.asWritten}”${c.difference !== null ? `, difference ${c.difference > 0 ? '+' : ''}${c.difference}` : ''}`);
      lines.push('', `Related but different measures, not conflicts (${related.length}):`);
      for (const r of related) lines.push(`  ${r.a.id} ${r.aValues.length ? `[${r.aValues.join('; ')}]` : '[no claims]'} ~ ${r.b.id} ${r.bValues.length ? `[${r.bValues.join('; ')}]` : '[no claims]'}: ${r.relation}. ${r.note}`);
      write(lines.join('\n'), true);
      return 0;
    }
    case 'export': {
      if (opts.format !== 'claimreview') throw new UsageError('dataset export needs --format claimreview');
      write(claimReviewJson(catalog));
      return 0;
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError('dataset import needs one FILE of ClaimReview JSON-LD');
      const input = rest[0]!;
      const read = readDatasetFile(input, io.fs);
      let json: unknown;
      try {
        if ('error' in read) throw new Error(read.error);
        json = JSON.parse(read.text);
      } catch (e) {
        io.err(`crosscheck: ${input}: ${(e as Error).message}`);
        return 2;
      }
      const r = importClaimReview(json, catalog);
      for (const s of r.skipped) io.err(`crosscheck: ${input}: ${s.index < 0 ? 'crosscheck:dataset' : `review ${s.index}`} left out: ${s.reason}`);
      const text = escapeJsonForHtml(JSON.stringify({ $schema: 'https://example.invalid/crosscheck/schemas/crosscheck-dataset.schema.json', ...r.file }, null, 2));
      // What is written must load: checked here with the same data it will be used with.
      const name = opts.out ?? '(imported)';
      const check = openDataset([{ name, text }], { bundled: !opts['no-bundled'] }).problems.filter((p) => p.file === name && p.severity === 'error');
      for (const p of check) io.err(`crosscheck: ${name}: error: ${p.path}: ${p.message}`);
      if (check.length) {
        io.err(`crosscheck: nothing written: the imported data would not load (see above)`);
        return 2;
      }
      write(text);
      io.err(`crosscheck: imported ${r.file.claims?.length ?? 0} claims from ${r.file.sources?.length ?? 0} sources (${r.skipped.length} left out${r.skipped.length ? ', each named above' : ''})`);
      return r.skipped.length ? 1 : 0;
    }
    default:
      throw new UsageError(`dataset needs a subcommand: verify, conflicts, export or import`);
  }
}
