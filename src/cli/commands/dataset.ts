/** `crosscheck dataset …`: verify quotes against articles, list conflicts, export and import ClaimReview. */
import { writeFileSync } from 'node:fs';
import { importClaimReview, exportClaimReview } from '../../engine/dataset/claimreview';
import { relatedPairs, sourceConflicts } from '../../engine/dataset/conflicts';
import { verifyQuotes } from '../../engine/dataset/verifyQuotes';
import { DatasetArgs, parseOptions, UsageError, type RawArgs } from '../args';
import { loadCliDataset } from '../dataset';
import { expandPaths, readArticle } from '../files';
import type { Io } from '../main';
import { terminalSafe } from '../terminal';

export async function runDataset(args: RawArgs, io: Io): Promise<number> {
  const [sub, ...rest] = args.positionals;
  const opts = parseOptions(DatasetArgs, args.options);
  const { opened, unreadable } = loadCliDataset(opts.dataset, !opts['no-bundled'], io);
  if (unreadable) return 2;
  const { catalog } = opened;
  const write = (text: string, terminal = false): void => {
    if (opts.out) writeFileSync(opts.out, text + '\n');
    else io.out(terminal ? terminalSafe(text) : text);
  };
  const say = (line: string): void => io.out(terminalSafe(line));
  switch (sub) {
    case 'verify': {
      if (rest.length !== 1) throw new UsageError('dataset verify needs one FOLDER holding the source articles');
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
      const checks = verifyQuotes(catalog, articles);
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
        write(JSON.stringify({ conflicts: conflicts.map((c) => ({ quantity: c.quantity.id, a: { claim: c.a.id, source: c.a.source, value: c.a.value, asWritten: c.a.asWritten }, b: { claim: c.b.id, source: c.b.source, value: c.b.value, asWritten: c.b.asWritten }, difference: c.difference })), related: related.map((r) => ({ a: r.a.id, b: r.b.id, relation: r.relation, note: r.note, aValues: r.aValues, bValues: r.bValues })) }, null, 2));
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
      write(JSON.stringify(exportClaimReview(catalog), null, 2));
      return 0;
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError('dataset import needs one FILE of ClaimReview JSON-LD');
      const read = readArticle(rest[0]!, Number.MAX_SAFE_INTEGER, io.fs); // never blocks on a FIFO
      if (!read.ok || !('text' in read)) {
        io.err(`crosscheck: ${rest[0]}: ${read.ok ? read.skipped : read.message}`);
        return 2;
      }
      let json: unknown;
      try {
        json = JSON.parse(read.text);
      } catch (e) {
        io.err(`crosscheck: ${rest[0]}: ${(e as Error).message}`);
        return 2;
      }
      const r = importClaimReview(json, catalog);
      for (const s of r.skipped) io.err(`crosscheck: ${rest[0]}: review ${s.index} left out: ${s.reason}`);
      write(JSON.stringify({ $schema: 'https://example.invalid/crosscheck/schemas/crosscheck-dataset.schema.json', ...r.file }, null, 2));
      io.err(`crosscheck: imported ${r.file.claims?.length ?? 0} claims from ${r.file.sources?.length ?? 0} sources (${r.skipped.length} left out)`);
      return 0;
    }
    default:
      throw new UsageError(`dataset needs a subcommand: verify, conflicts, export or import`);
  }
}
